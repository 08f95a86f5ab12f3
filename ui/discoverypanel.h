#pragma once

#include "common/result.h"
#include "discoveryjob.h"
#include "symbolic/parser.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;

namespace lab {

class DiscoverySettingsPanel;
class ParetoFrontPlot;

/// The symbolic regression view. It contains the search settings with Start and Stop, the live
/// Pareto front plot, the table of candidates with the front's notes, and the equations of
/// motion of the selected candidate with buttons that copy it or export the table. Selecting a
/// candidate rolls it out from the first data run's initial state and sends the run with
/// rolloutReady(), for the phase portrait.
class DiscoveryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiscoveryPanel(QWidget* parent = nullptr);

    DiscoverySettingsPanel* settingsPanel() const { return m_settings; }
    ParetoFrontPlot* frontPlot() const { return m_plot; }
    QTableWidget* table() const { return m_table; }
    QLabel* notesLabel() const { return m_notes; }
    QLabel* equationsLabel() const { return m_equations; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* startButton() const { return m_startButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QPushButton* copySympyButton() const { return m_copySympyButton; }

    /// The last front shown, from a progress or a final snapshot.
    const DiscoverySnapshot& snapshot() const { return m_snapshot; }
    /// Index of the selected candidate in snapshot().front, or -1.
    int selectedCandidate() const;
    void selectCandidate(int index);

    /// Switches the buttons between the idle and the running state.
    void setRunning(bool running);
    void setStatus(const QString& text);
    /// Writes the table as CSV (see frontToCsv()). Fails with FileNotWritable.
    Status exportCsv(const QString& path) const;
    /// Creates the menu with the copy and export actions. The caller owns it.
    QMenu* createContextMenu(QWidget* parent);

public slots:
    /// Keeps the first data run as the start of candidate rollouts.
    void setData(const lab::PhaseSnapshot& dataRuns);
    void clearFront();
    void showProgress(const lab::DiscoverySnapshot& snapshot);
    /// Shows the final front and selects its pick.
    void showResult(const lab::DiscoverySnapshot& snapshot);
    /// Copies the selected candidate's Lagrangian to the clipboard in a notation.
    void copyCandidate(symbolic::Notation notation);
    /// Asks for a file name and writes the table as CSV.
    void exportCsvWithDialog();

signals:
    void startRequested();
    void stopRequested();
    /// The rollout of the selected candidate, with the name to show it under.
    void rolloutReady(const lab::Trajectory& run, const QString& label);
    /// No candidate is selected, or its rollout failed.
    void rolloutCleared();

private:
    QWidget* createControls();
    QWidget* createTable();
    QWidget* createDetails();
    void fillTable();
    void showCandidate(int index);
    void showRollout(int index);

    DiscoverySnapshot m_snapshot;
    Trajectory m_reference;

    DiscoverySettingsPanel* m_settings = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_status = nullptr;
    ParetoFrontPlot* m_plot = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_equations = nullptr;
    QPushButton* m_copyTextButton = nullptr;
    QPushButton* m_copyLatexButton = nullptr;
    QPushButton* m_copySympyButton = nullptr;
    QPushButton* m_exportCsvButton = nullptr;
};

} // namespace lab
