#pragma once

#include "conservationjob.h"
#include "discoveryjob.h"
#include "trainingjob.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QCloseEvent;
class QScrollArea;
class QTabWidget;

namespace lab {

class AnimationPanel;
class ConservationPanel;
class DiscoveryController;
class DiscoveryPanel;
class LossPlot;
class PhasePortraitPlot;
class PhasePortraitView;
class SystemPanel;
class TrainingController;
class TrainingPanel;
class TrainingSettingsPanel;

/// The lab's main window. On the left, the system and training settings scroll above the Start,
/// Pause and Stop buttons and the progress, which stay visible. On the right, tabs show the loss
/// plot, the symbolic regression panel, the conservation panel or the animation above the phase
/// portrait. The window starts with the
/// pendulum preset, ready to train. Training and the search run one at a time, each in the
/// worker thread of its controller. The window waits on a worker thread only when it is closed
/// while a job runs, after setting the stop flag.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SystemPanel* systemPanel() const { return m_systemPanel; }
    TrainingSettingsPanel* trainingSettingsPanel() const { return m_settingsPanel; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    LossPlot* lossPlot() const { return m_lossPlot; }
    PhasePortraitView* phasePortraitView() const { return m_phaseView; }
    PhasePortraitPlot* phasePortrait() const;
    TrainingController* trainingController() const { return m_controller; }
    DiscoveryPanel* discoveryPanel() const { return m_discoveryPanel; }
    DiscoveryController* discoveryController() const { return m_discovery; }
    ConservationPanel* conservationPanel() const { return m_conservationPanel; }
    AnimationPanel* animationPanel() const { return m_animationPanel; }
    QTabWidget* viewTabs() const { return m_tabs; }
    /// True from startTraining() until the worker thread has ended.
    bool isTraining() const;
    /// True from startDiscovery() until the search's worker thread has ended.
    bool isDiscovering() const;
    /// True when a trained network is available as the search's teacher.
    bool hasTrainedNetwork() const { return m_network.network != nullptr; }

public slots:
    /// Starts training with the panels' settings. Returns false while a run is going on.
    bool startTraining();
    void setPaused(bool paused);
    void togglePause();
    /// Requests the run to stop. trainingFinished() follows once the thread has ended.
    void stopTraining();
    /// Starts a symbolic regression search with the discovery panel's settings on the current
    /// data or the trained network. Returns false while training or a search runs.
    bool startDiscovery();
    /// Requests the search to stop. discoveryFinished() follows once the thread has ended.
    void stopDiscovery();
    /// Asks for a measured-data file and imports it (see SystemPanel::importFile()).
    void importMeasuredData();
    /// Starts the conservation analysis of the current data, network and selected candidate.
    /// Returns false while one runs or the input cannot be simulated.
    bool startConservation();
    /// Starts the comparison of RK4 with the variational integrator on the current system.
    bool startComparison();

signals:
    void trainingStarted();
    /// The worker thread has ended and the buttons are enabled again. succeeded is false when
    /// the run failed with an error (a stop request counts as success).
    void trainingFinished(bool succeeded);
    void discoveryStarted();
    /// The search's worker thread has ended. succeeded is false when the search failed.
    void discoveryFinished(bool succeeded);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void connectPanels();
    void connectController();
    void connectDiscovery();
    void connectConservation();
    /// The data, the trained network and the selected candidate, for the conservation tab.
    /// Empty, with the reason shown in the status line, when the input cannot be simulated.
    std::optional<lab::ModelSources> conservationSources();
    void showAnimation(const lab::ConservationReport& report);
    void handleDiscoveryRunningChanged(bool running);
    void handleDiscoveryData(const lab::PhaseSnapshot& dataRuns);
    void handleDiscoveryFinished(const lab::DiscoverySnapshot& snapshot);
    void handleNetworkReady(const lab::TrainedNetwork& network);
    void handleRunningChanged(bool running);
    void applyRunningState(bool running);
    void handlePausedChanged(bool paused);
    void handleDatasetReady(const lab::PhaseSnapshot& snapshot, int trainingSamples,
                            int validationSamples);
    void handleFinished(const lab::TrainingOutcome& outcome);
    void handleFailed(const lab::Error& error);
    void handleSourceChanged();
    void showError(const QString& title, const lab::Error& error);
    void showStatus(const QString& text);
    QString readyText() const;

    SystemPanel* m_systemPanel = nullptr;
    TrainingSettingsPanel* m_settingsPanel = nullptr;
    TrainingPanel* m_trainingPanel = nullptr;
    LossPlot* m_lossPlot = nullptr;
    PhasePortraitView* m_phaseView = nullptr;
    QScrollArea* m_settingsScroll = nullptr;
    TrainingController* m_controller = nullptr;
    bool m_lastRunSucceeded = true;
    QTabWidget* m_tabs = nullptr;
    DiscoveryPanel* m_discoveryPanel = nullptr;
    DiscoveryController* m_discovery = nullptr;
    bool m_lastSearchSucceeded = true;
    ConservationPanel* m_conservationPanel = nullptr;
    AnimationPanel* m_animationPanel = nullptr;
    TrainedNetwork m_network;

    QAction* m_importAction = nullptr;
    QAction* m_exportLossAction = nullptr;
    QAction* m_exportPhaseAction = nullptr;
    QAction* m_exportFrontAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
};

/// Describes why training ended, with the epoch count and the best validation loss.
QString describeOutcome(const TrainingOutcome& outcome);

} // namespace lab
