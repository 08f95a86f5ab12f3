// The conservation part of MainWindow: collecting the data and the learned models for the
// conservation panel, and feeding its results to the animation.

#include "mainwindow.h"

#include "conservationpanel.h"
#include "conservationworker.h"
#include "discoverypanel.h"
#include "logging.h"
#include "systemanimation.h"
#include "systempanel.h"

#include "symbolic/parser.h"

#include <QLabel>
#include <QTabWidget>

namespace lab {

void MainWindow::connectConservation()
{
    connect(m_conservationPanel, &ConservationPanel::analysisRequested, this,
            &MainWindow::startConservation);
    connect(m_conservationPanel, &ConservationPanel::comparisonRequested, this,
            &MainWindow::startComparison);
    connect(m_conservationPanel, &ConservationPanel::reportShown, this, &MainWindow::showAnimation);
    connect(m_conservationPanel->controller(), &ConservationController::failed, this,
            [this](const Error& error) { showError(tr("Conservation analysis failed"), error); });
    // The panel's own handlers run first, because they were connected first, so its status
    // line already contains the outcome.
    const auto copyStatus = [this] {
        showStatus(m_conservationPanel->statusLabel()->text());
    };
    const ConservationController* controller = m_conservationPanel->controller();
    connect(controller, &ConservationController::analysed, this, copyStatus);
    connect(controller, &ConservationController::compared, this, copyStatus);
    connect(controller, &ConservationController::cancelled, this, copyStatus);
}

std::optional<ModelSources> MainWindow::conservationSources()
{
    if (const QString problem = m_systemPanel->inputProblem(); !problem.isEmpty()) {
        m_conservationPanel->statusLabel()->setText(
            tr("Correct the typed Lagrangian first. %1").arg(problem));
        return std::nullopt;
    }
    ModelSources sources{.data = m_systemPanel->dataSource(), .network = m_network};
    const int selected = m_discoveryPanel->selectedCandidate();
    if (m_systemPanel->usesMeasuredData() && !hasTrainedNetwork() && selected < 0) {
        m_conservationPanel->statusLabel()->setText(
            tr("Measured data come with no Lagrangian. Train a network or select a candidate of "
               "the symbolic regression first."));
        return std::nullopt;
    }
    const DiscoverySnapshot& snapshot = m_discoveryPanel->snapshot();
    if (selected >= 0 && selected < int(snapshot.front.candidates.size())) {
        const symbolic::Expression& expression = snapshot.front.candidates[selected].expression;
        sources.candidate =
            SymbolicModel{.lagrangian = expression,
                          .symbols = snapshot.symbols,
                          .label = symbolic::formatExpression(expression, snapshot.symbols,
                                                              symbolic::Notation::Unicode)};
    }
    return sources;
}

bool MainWindow::startConservation()
{
    const std::optional<ModelSources> sources = conservationSources();
    if (!sources)
        return false;
    m_tabs->setCurrentWidget(m_conservationPanel);
    const bool started = m_conservationPanel->analyse(*sources, m_systemPanel->planarPairs(),
                                                      m_systemPanel->differentiatorTrim());
    if (started)
        showStatus(
            tr("Analysing the conserved quantities of %1…").arg(m_systemPanel->sourceName()));
    return started;
}

bool MainWindow::startComparison()
{
    const std::optional<ModelSources> sources = conservationSources();
    if (!sources)
        return false;
    m_tabs->setCurrentWidget(m_conservationPanel);
    const bool started = m_conservationPanel->compare(*sources);
    if (started)
        showStatus(tr("Comparing RK4 with the variational integrator…"));
    return started;
}

void MainWindow::showAnimation(const ConservationReport& report)
{
    if (report.curves.empty())
        return;
    const QuantityCurves& measured = report.curves.front();
    // The candidate's rollout comes last when there is one, else the network's.
    const QuantityCurves* learned = report.curves.size() > 1 ? &report.curves.back() : nullptr;
    const QString presetId =
        m_systemPanel->usesMeasuredData() || m_systemPanel->usesTypedLagrangian()
            ? QString()
            : m_systemPanel->currentPreset().id;
    m_animationPanel->setRuns(measured.trajectory, learned ? learned->trajectory : Trajectory{},
                              learned ? learned->label : QString(),
                              chooseAnimationStyle(presetId, report.coordinates),
                              stateNames(report.coordinates).mid(0, measured.trajectory.dof()));
    qCInfo(lcConservation) << "animation ready with" << measured.trajectory.samples() << "samples";
}

} // namespace lab
