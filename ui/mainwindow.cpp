#include "mainwindow.h"

#include "wheelguard.h"

#include "conservationpanel.h"
#include "conservationworker.h"
#include "discoverycontroller.h"
#include "discoverypanel.h"
#include "discoverysettingspanel.h"
#include "discoverytext.h"
#include "errordialog.h"
#include "errortext.h"
#include "logging.h"
#include "lossplot.h"
#include "paretofrontplot.h"
#include "phaseportraitplot.h"
#include "phaseportraitview.h"
#include "systemanimation.h"
#include "systempanel.h"
#include "trainingcontroller.h"
#include "trainingpanel.h"
#include "trainingsettingspanel.h"
#include "trainingworker.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lab {

namespace {

constexpr int maxPreviewSamples = 2000;

QString formatLossValue(double loss)
{
    return QLocale().toString(loss, 'e', 3);
}

} // namespace

QString describeOutcome(const TrainingOutcome& outcome)
{
    QString best = MainWindow::tr("Best validation loss %1 at epoch %2.")
                       .arg(formatLossValue(outcome.bestValidation))
                       .arg(outcome.bestEpoch);
    switch (outcome.reason) {
    case StopReason::MaxEpochs:
        return MainWindow::tr("Finished all %1 epochs.").arg(outcome.epochs) + QLatin1Char(' ') +
               best;
    case StopReason::EarlyStopping:
        return MainWindow::tr("Stopped early after %1 epochs, because the validation loss no "
                              "longer improved.")
                   .arg(outcome.epochs) +
               QLatin1Char(' ') + best;
    case StopReason::TimeLimit:
        return MainWindow::tr("Reached the time limit after %1 epochs.").arg(outcome.epochs) +
               QLatin1Char(' ') + best;
    case StopReason::Cancelled:
        if (outcome.epochs == 0)
            return MainWindow::tr("Stopped before the first epoch.");
        return MainWindow::tr("Stopped after %1 epochs.").arg(outcome.epochs) + QLatin1Char(' ') +
               best;
    }
    return best;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lagrangian Lab"));
    m_controller = new TrainingController(this);
    m_discovery = new DiscoveryController(this);

    createLayout();
    createActions();
    createMenus();
    connectPanels();
    connectController();
    connectDiscovery();
    connectConservation();
    applyRunningState(false);
    m_trainingPanel->resetProgress(m_settingsPanel->settings().maxEpochs);
    showStatus(readyText());
    resize(1440, 900);
}

MainWindow::~MainWindow() = default;

PhasePortraitPlot* MainWindow::phasePortrait() const
{
    return m_phaseView->plot();
}

bool MainWindow::isTraining() const
{
    return m_controller->isRunning();
}

bool MainWindow::isDiscovering() const
{
    return m_discovery->isRunning();
}

void MainWindow::createLayout()
{
    m_systemPanel = new SystemPanel;
    m_settingsPanel = new TrainingSettingsPanel;
    auto* settings = new QWidget;
    auto* settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(m_systemPanel);
    settingsLayout->addWidget(m_settingsPanel);
    settingsLayout->addStretch();
    WheelGuard::install(settings);

    auto* scroll = new QScrollArea;
    m_settingsScroll = scroll;
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(settings->sizeHint().width() + 24);

    m_trainingPanel = new TrainingPanel;
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 0, 0, 6);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_trainingPanel);

    m_lossPlot = new LossPlot;
    m_discoveryPanel = new DiscoveryPanel;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(m_lossPlot, tr("Training loss"));
    m_tabs->addTab(m_discoveryPanel, tr("Symbolic regression"));
    m_conservationPanel = new ConservationPanel;
    m_animationPanel = new AnimationPanel;
    m_tabs->addTab(m_conservationPanel, tr("Conservation"));
    m_tabs->addTab(m_animationPanel, tr("Animation"));
    m_phaseView = new PhasePortraitView;
    auto* plots = new QSplitter(Qt::Vertical);
    plots->addWidget(m_tabs);
    plots->addWidget(m_phaseView);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(plots);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
}

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("&Import measured data…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportLossAction = new QAction(tr("Export &loss plot…"), this);
    m_exportPhaseAction = new QAction(tr("Export &phase portrait…"), this);
    m_exportFrontAction = new QAction(tr("Export Pareto &front…"), this);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_startAction = new QAction(tr("&Start"), this);
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pauseAction = new QAction(tr("&Pause"), this);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_stopAction = new QAction(tr("S&top"), this);
    m_stopAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::Key_Escape)});

    connect(m_importAction, &QAction::triggered, this, &MainWindow::importMeasuredData);
    connect(m_exportLossAction, &QAction::triggered, m_lossPlot,
            qOverload<>(&ExportablePlot::exportWithDialog));
    connect(m_exportPhaseAction, &QAction::triggered, m_phaseView->plot(),
            qOverload<>(&ExportablePlot::exportWithDialog));
    connect(m_exportFrontAction, &QAction::triggered, m_discoveryPanel->frontPlot(),
            qOverload<>(&ExportablePlot::exportWithDialog));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startTraining);
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::togglePause);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopTraining);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_exportLossAction);
    file->addAction(m_exportPhaseAction);
    file->addAction(m_exportFrontAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    training->addAction(m_startAction);
    training->addAction(m_pauseAction);
    training->addAction(m_stopAction);
}

void MainWindow::connectPanels()
{
    connect(m_trainingPanel, &TrainingPanel::startRequested, this, &MainWindow::startTraining);
    connect(m_trainingPanel, &TrainingPanel::pauseRequested, this, &MainWindow::setPaused);
    connect(m_trainingPanel, &TrainingPanel::stopRequested, this, &MainWindow::stopTraining);
    connect(m_systemPanel, &SystemPanel::importFailed, this,
            [this](const Error& error) { showError(tr("Import failed"), error); });
    connect(m_systemPanel, &SystemPanel::sourceChanged, this, &MainWindow::handleSourceChanged);
    connect(m_systemPanel, &SystemPanel::imported, this, [this](const QString& path) {
        showStatus(tr("Imported %1. %2").arg(QFileInfo(path).fileName(), readyText()));
        // After the summary's new text has been laid out.
        QTimer::singleShot(0, this, [this] {
            m_settingsScroll->ensureWidgetVisible(m_systemPanel->importSummary());
        });
    });
}

void MainWindow::connectController()
{
    connect(m_controller, &TrainingController::runningChanged, this,
            &MainWindow::handleRunningChanged);
    connect(m_controller, &TrainingController::pausedChanged, this,
            &MainWindow::handlePausedChanged);
    connect(m_controller, &TrainingController::datasetReady, this, &MainWindow::handleDatasetReady);
    connect(m_controller, &TrainingController::progressed, m_trainingPanel,
            &TrainingPanel::showProgress);
    connect(m_controller, &TrainingController::lossRecorded, m_lossPlot, &LossPlot::appendRecords);
    connect(m_controller, &TrainingController::rolloutsReady, m_phaseView,
            &PhasePortraitView::setRollouts);
    connect(m_controller, &TrainingController::networkReady, this, &MainWindow::handleNetworkReady);
    connect(m_controller, &TrainingController::finished, this, &MainWindow::handleFinished);
    connect(m_controller, &TrainingController::failed, this, &MainWindow::handleFailed);
}

bool MainWindow::startTraining()
{
    if (m_controller->isRunning() || m_discovery->isRunning())
        return false;
    if (const QString problem = m_systemPanel->inputProblem(); !problem.isEmpty()) {
        showStatus(tr("Correct the typed Lagrangian first. %1").arg(problem));
        return false;
    }
    TrainingJob job{.data = m_systemPanel->dataSource(), .training = m_settingsPanel->settings()};
    m_lossPlot->clear();
    m_trainingPanel->resetProgress(job.training.maxEpochs);
    m_lastRunSucceeded = true;
    if (!m_controller->start(std::move(job)))
        return false;
    const QString source = m_systemPanel->sourceName();
    showStatus(m_systemPanel->usesMeasuredData() ? tr("Preparing %1…").arg(source)
                                                 : tr("Simulating %1…").arg(source));
    qCInfo(lcWindow) << "training started on" << source;
    emit trainingStarted();
    return true;
}

void MainWindow::setPaused(bool paused)
{
    m_controller->setPaused(paused);
}

void MainWindow::togglePause()
{
    m_controller->setPaused(!m_controller->isPaused());
}

void MainWindow::stopTraining()
{
    if (!m_controller->isRunning())
        return;
    m_controller->stop();
    showStatus(tr("Stopping…"));
}

void MainWindow::importMeasuredData()
{
    if (!m_controller->isRunning() && !m_discovery->isRunning())
        m_systemPanel->importWithDialog();
}

void MainWindow::handleRunningChanged(bool running)
{
    applyRunningState(running);
    if (!running)
        emit trainingFinished(m_lastRunSucceeded);
}

void MainWindow::applyRunningState(bool running)
{
    // Training and the search share the data and the two cores, so they run one at a time.
    const bool searching = m_discovery->isRunning();
    const bool busy = running || searching;
    m_trainingPanel->setRunning(running);
    m_trainingPanel->startButton()->setEnabled(!busy);
    m_settingsPanel->setEnabled(!running);
    m_systemPanel->setEditable(!busy);
    m_importAction->setEnabled(!busy);
    m_startAction->setEnabled(!busy);
    m_pauseAction->setEnabled(running);
    m_stopAction->setEnabled(running);
    m_discoveryPanel->setRunning(searching);
    m_discoveryPanel->startButton()->setEnabled(!busy);
    handlePausedChanged(false);
}

void MainWindow::handlePausedChanged(bool paused)
{
    m_trainingPanel->setPaused(paused);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (m_controller->isRunning())
        showStatus(paused ? tr("Paused. Press Resume to continue.") : tr("Training…"));
}

void MainWindow::handleDatasetReady(const lab::PhaseSnapshot& snapshot, int trainingSamples,
                                    int validationSamples)
{
    m_phaseView->setData(snapshot);
    showStatus(tr("Training on %1: %2 training and %3 validation samples.")
                   .arg(m_systemPanel->sourceName())
                   .arg(trainingSamples)
                   .arg(validationSamples));
}

void MainWindow::handleFinished(const lab::TrainingOutcome& outcome)
{
    m_lastRunSucceeded = true;
    showStatus(describeOutcome(outcome));
}

void MainWindow::handleFailed(const lab::Error& error)
{
    m_lastRunSucceeded = false;
    showError(tr("Training failed"), error);
}

void MainWindow::handleSourceChanged()
{
    if (m_controller->isRunning())
        return;
    if (hasTrainedNetwork())
        qCInfo(lcWindow) << "data source changed: the trained network no longer applies";
    m_network = {};
    m_discoveryPanel->settingsPanel()->setNetworkAvailable(false);
    // A front found on other data does not describe these, and the conservation tab and the
    // animation read their candidate from the front.
    if (!m_discovery->isRunning())
        m_discoveryPanel->clearFront();
    if (!m_systemPanel->usesMeasuredData()) {
        m_phaseView->clear();
        showStatus(readyText());
        return;
    }
    const DataSource source = m_systemPanel->dataSource();
    const auto* dataset = std::get_if<Dataset>(&source);
    if (!dataset)
        return;
    std::vector<Trajectory> runs = dataset->training;
    runs.insert(runs.end(), dataset->validation.begin(), dataset->validation.end());
    m_phaseView->setData(PhaseSnapshot{dataset->coordinates, phaseRuns(runs, maxPreviewSamples)});
}

void MainWindow::showError(const QString& title, const lab::Error& error)
{
    const QString text = describeError(error);
    qCWarning(lcWindow) << title << ":" << text;
    m_trainingPanel->setStatus(text);
    statusBar()->showMessage(text);
    showErrorBox(this, title, error);
}

void MainWindow::showStatus(const QString& text)
{
    m_trainingPanel->setStatus(text);
    statusBar()->showMessage(text);
}

QString MainWindow::readyText() const
{
    return tr("Ready to train on %1. Press Start (Ctrl+R).").arg(m_systemPanel->sourceName());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_controller->isRunning()) {
        qCInfo(lcWindow) << "window closing during training: stopping the worker";
        m_controller->stopAndWait(-1);
    }
    if (m_discovery->isRunning()) {
        qCInfo(lcWindow) << "window closing during a search: stopping the worker";
        m_discovery->stopAndWait(-1);
    }
    if (m_conservationPanel->isRunning()) {
        qCInfo(lcWindow) << "window closing during a conservation job: stopping the worker";
        m_conservationPanel->controller()->stopAndWait(-1);
    }
    event->accept();
}

} // namespace lab
