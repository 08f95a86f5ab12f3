#pragma once

#include "analysis/noether.h"
#include "data/measuredreader.h"
#include "trainingjob.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lab {

class TypedLagrangianForm;

/// The system to learn: a preset with its parameters, or a typed Lagrangian, and the settings
/// of the simulated data, or a measured trajectory imported from a file. A failed import leaves
/// the current choice and every setting as they were.
class SystemPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SystemPanel(QWidget* parent = nullptr);

    /// The data the next run uses: the preset or typed Lagrangian to simulate, or the imported
    /// dataset.
    DataSource dataSource() const;
    /// The chosen preset with the parameter values of the form.
    SystemPreset currentPreset() const;
    SimulationSettings simulationSettings() const;
    ImportOptions importOptions() const;
    bool usesMeasuredData() const { return m_measured.has_value(); }
    /// True when "Type a Lagrangian" is chosen and no measured data is in use.
    bool usesTypedLagrangian() const;
    /// The message of an input that cannot be simulated (a typed formula that does not parse),
    /// or an empty string.
    QString inputProblem() const;
    /// Samples to leave out at each end of a run, where the differentiator's window is
    /// one-sided: half the window for imported or noisy simulated data, else 0.
    int differentiatorTrim() const;
    /// The planar pairs of the current system for the Noether check: those of the typed form
    /// for a typed Lagrangian, else the Cartesian pairs of the coordinates (see cartesianPairs()).
    std::vector<PlanarPair> planarPairs() const;
    /// Short name of the data source for the status line, e.g. "Pendulum" or "swing.txt".
    QString sourceName() const;

    /// Selects a preset by id ("pendulum", "spring", "double_pendulum", or "typed" for a typed
    /// Lagrangian) and leaves measured data. Returns false for an unknown id.
    bool selectPreset(const QString& id);
    /// Reads a measured trajectory with lab::readMeasured. On failure emits importFailed()
    /// and keeps the current system. Returns true on success.
    bool importFile(const QString& path);
    void setSimulationSettings(const SimulationSettings& settings);
    /// Enables or disables every input, e.g. while training runs.
    void setEditable(bool editable);

    QComboBox* presetCombo() const { return m_presetCombo; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* usePresetButton() const { return m_usePresetButton; }
    QLabel* importSummary() const { return m_importSummary; }
    TypedLagrangianForm* typedForm() const { return m_typedForm; }

public slots:
    /// Asks for a file with an open dialog, then calls importFile().
    void importWithDialog();
    /// Leaves the imported data and trains on the chosen preset again.
    void usePreset();

signals:
    void importFailed(const lab::Error& error);
    void imported(const QString& path);
    /// The data source or a setting that changes the data changed.
    void sourceChanged();

private:
    QGroupBox* createPresetGroup();
    QGroupBox* createGenerationGroup();
    QGroupBox* createImportGroup();
    void showPreset(int index);
    void addParameterRow(const Parameter& parameter);
    void setParameter(const QString& name, double value);
    void showImportSummary(const MeasuredData& measured);
    void updateEnabledState();

    std::vector<SystemPreset> m_presets;
    int m_presetIndex = 0;
    std::optional<MeasuredData> m_measured;
    Dataset m_measuredDataset;
    bool m_editable = true;
    bool m_typedChosen = false;

    QComboBox* m_presetCombo = nullptr;
    QLabel* m_formula = nullptr;
    QGroupBox* m_presetGroup = nullptr;
    QFormLayout* m_parameterForm = nullptr;
    TypedLagrangianForm* m_typedForm = nullptr;
    QGroupBox* m_generationGroup = nullptr;
    QSpinBox* m_trajectories = nullptr;
    QDoubleSpinBox* m_duration = nullptr;
    QDoubleSpinBox* m_timeStep = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QSpinBox* m_seed = nullptr;
    QGroupBox* m_importGroup = nullptr;
    QComboBox* m_pivotCombo = nullptr;
    QComboBox* m_pointCombo = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_usePresetButton = nullptr;
    QLabel* m_importSummary = nullptr;
};

/// Pairs of coordinates that are not angles, named x and y, or xN and yN with the same suffix N,
/// such as (x1, y1). These are the Cartesian coordinates of a point in a plane.
std::vector<PlanarPair> cartesianPairs(const std::vector<Coordinate>& coordinates);

/// Translated display name of a preset id, e.g. "Mass on a spring" for "spring".
QString presetDisplayName(const QString& id);

} // namespace lab
