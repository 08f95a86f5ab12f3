#pragma once

#include "trainingjob.h"

#include <QMainWindow>

class QAction;
class QCloseEvent;
class QScrollArea;

namespace lab {

class LossPlot;
class PhasePortraitPlot;
class PhasePortraitView;
class SystemPanel;
class TrainingController;
class TrainingPanel;
class TrainingSettingsPanel;

/// The lab's main window. On the left, the system and training settings scroll above the Start,
/// Pause and Stop buttons and the progress, which stay visible. The loss plot and the phase
/// portrait fill the right side. The window starts with the pendulum preset, ready to train.
/// Training runs in the worker thread of a TrainingController. The window waits on that thread
/// only when it is closed during training, after setting the stop flag.
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
    /// True from startTraining() until the worker thread has ended.
    bool isTraining() const;

public slots:
    /// Starts training with the panels' settings. Returns false while a run is going on.
    bool startTraining();
    void setPaused(bool paused);
    void togglePause();
    /// Requests the run to stop. trainingFinished() follows once the thread has ended.
    void stopTraining();
    /// Asks for a measured-data file and imports it (see SystemPanel::importFile()).
    void importMeasuredData();

signals:
    void trainingStarted();
    /// The worker thread has ended and the buttons are enabled again. succeeded is false when
    /// the run failed with an error (a stop request counts as success).
    void trainingFinished(bool succeeded);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void connectPanels();
    void connectController();
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

    QAction* m_importAction = nullptr;
    QAction* m_exportLossAction = nullptr;
    QAction* m_exportPhaseAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
};

/// Describes why training ended, with the epoch count and the best validation loss.
QString describeOutcome(const TrainingOutcome& outcome);

} // namespace lab
