// The symbolic regression part of MainWindow: starting and stopping the search, and showing
// its data, front and candidate rollouts.

#include "mainwindow.h"

#include "discoverycontroller.h"
#include "discoverypanel.h"
#include "discoverysettingspanel.h"
#include "discoverytext.h"
#include "logging.h"
#include "phaseportraitplot.h"
#include "phaseportraitview.h"
#include "systempanel.h"
#include "trainingcontroller.h"
#include "trainingpanel.h"

#include <QTabWidget>

namespace lab {

void MainWindow::connectDiscovery()
{
    connect(m_discoveryPanel, &DiscoveryPanel::startRequested, this, &MainWindow::startDiscovery);
    connect(m_discoveryPanel, &DiscoveryPanel::stopRequested, this, &MainWindow::stopDiscovery);
    connect(m_discoveryPanel, &DiscoveryPanel::rolloutReady, m_phaseView->plot(),
            &PhasePortraitPlot::setExtraRun);
    connect(m_discoveryPanel, &DiscoveryPanel::rolloutCleared, m_phaseView->plot(),
            &PhasePortraitPlot::clearExtraRun);

    connect(m_discovery, &DiscoveryController::runningChanged, this,
            &MainWindow::handleDiscoveryRunningChanged);
    connect(m_discovery, &DiscoveryController::dataReady, this, &MainWindow::handleDiscoveryData);
    connect(m_discovery, &DiscoveryController::progressed, m_discoveryPanel,
            &DiscoveryPanel::showProgress);
    connect(m_discovery, &DiscoveryController::finished, this,
            &MainWindow::handleDiscoveryFinished);
    connect(m_discovery, &DiscoveryController::failed, this, [this](const Error& error) {
        m_lastSearchSucceeded = false;
        m_discoveryPanel->setStatus(tr("The search failed."));
        showError(tr("Search failed"), error);
    });
}

bool MainWindow::startDiscovery()
{
    if (m_controller->isRunning() || m_discovery->isRunning())
        return false;
    if (const QString problem = m_systemPanel->inputProblem(); !problem.isEmpty()) {
        m_discoveryPanel->setStatus(tr("Correct the typed Lagrangian first. %1").arg(problem));
        return false;
    }
    const DiscoverySettingsPanel* settings = m_discoveryPanel->settingsPanel();
    DiscoveryJob job;
    job.target = settings->target();
    if (job.target == DiscoveryTarget::TrainedNetwork && !hasTrainedNetwork())
        job.target = DiscoveryTarget::Data;
    job.data = m_systemPanel->dataSource();
    job.teacher = m_network;
    job.trimEdges = m_systemPanel->differentiatorTrim();
    job.search = settings->settings();

    const QString source = job.target == DiscoveryTarget::TrainedNetwork
                               ? tr("the trained network")
                               : m_systemPanel->sourceName();
    m_discoveryPanel->clearFront();
    m_lastSearchSucceeded = true;
    if (!m_discovery->start(std::move(job)))
        return false;
    m_tabs->setCurrentWidget(m_discoveryPanel);
    m_discoveryPanel->setStatus(tr("Preparing the samples of %1…").arg(source));
    showStatus(tr("Searching for a Lagrangian of %1…").arg(source));
    qCInfo(lcWindow) << "search started on" << source;
    emit discoveryStarted();
    return true;
}

void MainWindow::stopDiscovery()
{
    if (!m_discovery->isRunning())
        return;
    m_discovery->stop();
    m_discoveryPanel->setStatus(tr("Stopping… the front found so far is refitted."));
}

void MainWindow::handleDiscoveryRunningChanged(bool running)
{
    applyRunningState(m_controller->isRunning());
    if (!running)
        emit discoveryFinished(m_lastSearchSucceeded);
}

void MainWindow::handleDiscoveryData(const lab::PhaseSnapshot& dataRuns)
{
    m_phaseView->setData(dataRuns);
    m_discoveryPanel->setData(dataRuns);
}

void MainWindow::handleDiscoveryFinished(const lab::DiscoverySnapshot& snapshot)
{
    m_discoveryPanel->showResult(snapshot);
    showStatus(tr("Search ended: %1, %2 candidates on the front.")
                   .arg(describeStopReason(snapshot.reason))
                   .arg(snapshot.front.candidates.size()));
}

void MainWindow::handleNetworkReady(const lab::TrainedNetwork& network)
{
    m_network = network;
    m_discoveryPanel->settingsPanel()->setNetworkAvailable(true);
    qCInfo(lcWindow) << "a trained network is available for the search";
}

} // namespace lab
