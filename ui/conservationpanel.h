#pragma once

#include "conservationjob.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace lab {

class ConservationController;
class ExportablePlot;

/// The conservation view. "Along the data" plots the energy E = qdot . dL/dqdot - L and the
/// conserved momenta of the reference Lagrangian against time. It shows them along the data and
/// along the rollouts of the trained network and the selected candidate, beside their drift
/// figures, the list of Noether symmetries and the damping fit. "Integrators" compares the energy
/// of RK4 and of the variational integrator over many periods. Both jobs run on the worker thread
/// of the panel's ConservationController and can be cancelled.
class ConservationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConservationPanel(QWidget* parent = nullptr);
    ~ConservationPanel() override;

    /// Starts the analysis with the chosen integrator. edgeSamples is passed to the damping fit
    /// (half the differentiator's window for measured data). Returns false while a job runs.
    bool analyse(const lab::ModelSources& sources, const std::vector<PlanarPair>& planarPairs,
                 int edgeSamples = 0);
    /// Starts the comparison with the chosen periods and step. Returns false while a job runs.
    bool compare(const lab::ModelSources& sources);
    /// Requests the running job to stop. The panel keeps what it showed before.
    void cancel();
    bool isRunning() const;
    /// Enables or disables the start buttons, e.g. while training uses the data.
    void setStartEnabled(bool enabled);

    ConservationController* controller() const { return m_controller; }
    ExportablePlot* energyPlot() const { return m_energyPlot; }
    ExportablePlot* momentumPlot() const { return m_momentumPlot; }
    ExportablePlot* comparisonPlot(int index) const { return m_comparisonPlots.at(index); }
    QTabWidget* pages() const { return m_pages; }
    QComboBox* integratorCombo() const { return m_integrator; }
    QDoubleSpinBox* periodsSpin() const { return m_periods; }
    QDoubleSpinBox* stepSpin() const { return m_step; }
    QPushButton* analyseButton() const { return m_analyseButton; }
    QPushButton* compareButton() const { return m_compareButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QTableWidget* quantityTable() const { return m_quantities; }
    QLabel* driftLabel() const { return m_drift; }
    QLabel* dampingLabel() const { return m_damping; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* comparisonLabel(int index) const { return m_comparisonLabels.at(index); }
    const ConservationReport& report() const { return m_report; }

public slots:
    void showReport(const lab::ConservationReport& report);
    void showComparison(const lab::ComparisonReport& report);

signals:
    /// The user pressed Analyse; the owner then calls analyse().
    void analysisRequested();
    /// The user pressed Compare integrators; the owner then calls compare().
    void comparisonRequested();
    /// A new analysis is shown, e.g. for the animation.
    void reportShown(const lab::ConservationReport& report);

private:
    QWidget* createControls();
    QWidget* createAnalysisPage();
    QWidget* createSidePanel();
    QWidget* createComparisonPage();
    void connectController();
    void setRunning(bool running);
    void plotEnergy(const ConservationReport& report);
    void plotMomenta(const ConservationReport& report);
    void fillQuantities(const ConservationReport& report);
    void showDamping(const ConservationReport& report);

    ConservationController* m_controller = nullptr;
    ConservationReport m_report;
    bool m_startEnabled = true;

    QTabWidget* m_pages = nullptr;
    QComboBox* m_integrator = nullptr;
    QPushButton* m_analyseButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_status = nullptr;
    ExportablePlot* m_energyPlot = nullptr;
    ExportablePlot* m_momentumPlot = nullptr;
    QLabel* m_drift = nullptr;
    QTableWidget* m_quantities = nullptr;
    QLabel* m_damping = nullptr;
    QDoubleSpinBox* m_periods = nullptr;
    QDoubleSpinBox* m_step = nullptr;
    QPushButton* m_compareButton = nullptr;
    std::vector<ExportablePlot*> m_comparisonPlots;
    std::vector<QLabel*> m_comparisonLabels;
};

/// Describes the drift figures of one curve in a line of rich text.
QString describeDrift(const QuantityCurves& curves, double bandTolerance);
/// Names a symmetry kind for the list of conserved quantities: "cyclic", "rotation" or
/// "translation".
QString symmetryKindName(SymmetryKind kind);

} // namespace lab
