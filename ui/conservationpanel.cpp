#include "conservationpanel.h"

#include "conservationworker.h"
#include "errortext.h"
#include "exportableplot.h"
#include "logging.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <array>

namespace lab {

namespace {

ExportablePlot* createPlot(const QString& name, const QString& title, const QString& yLabel)
{
    auto* plot = new ExportablePlot;
    plot->setObjectName(name);
    plot->setExportName(name);
    plot->setTitle(title);
    plot->xAxis->setLabel(ConservationPanel::tr("Time t (s)"));
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    plot->setMinimumSize(280, 200);
    return plot;
}

QLabel* createTextLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

ConservationPanel::ConservationPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("conservationPanel"));
    m_controller = new ConservationController(this);
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("conservationPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(createAnalysisPage(), tr("Along the data"));
    m_pages->addTab(createComparisonPage(), tr("Integrators"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls());
    layout->addWidget(m_pages, 1);
    connectController();
    setRunning(false);
}

ConservationPanel::~ConservationPanel() = default;

QWidget* ConservationPanel::createControls()
{
    m_integrator = new QComboBox;
    m_integrator->setObjectName(QStringLiteral("integratorCombo"));
    m_integrator->addItem(tr("RK4 (fixed step)"), int(IntegratorKind::Rk4));
    m_integrator->addItem(tr("Adaptive (Dormand-Prince 5(4))"), int(IntegratorKind::DormandPrince));
    m_integrator->addItem(tr("Variational (symplectic)"), int(IntegratorKind::Variational));
    m_integrator->setToolTip(tr("Integrator of the network's and the candidate's rollouts"));
    m_analyseButton = new QPushButton(tr("Analyse"));
    m_analyseButton->setObjectName(QStringLiteral("analyseButton"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelConservationButton"));
    m_status = new QLabel(tr("Press Analyse to plot the energy and momenta of the data."));
    m_status->setObjectName(QStringLiteral("conservationStatus"));
    m_status->setWordWrap(true);

    auto* controls = new QWidget;
    auto* layout = new QHBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Rollout integrator:")));
    layout->addWidget(m_integrator);
    layout->addWidget(m_analyseButton);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_status, 1);
    connect(m_analyseButton, &QPushButton::clicked, this, &ConservationPanel::analysisRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConservationPanel::cancel);
    return controls;
}

QWidget* ConservationPanel::createAnalysisPage()
{
    m_energyPlot =
        createPlot(QStringLiteral("energy"), tr("Energy E = q̇·∂L/∂q̇ − L"), tr("Energy E"));
    m_momentumPlot = createPlot(QStringLiteral("momenta"), tr("Conserved momenta"), tr("Momentum"));
    auto* plots = new QSplitter(Qt::Vertical);
    plots->addWidget(m_energyPlot);
    plots->addWidget(m_momentumPlot);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);

    auto* page = new QSplitter(Qt::Horizontal);
    page->addWidget(plots);
    page->addWidget(createSidePanel());
    page->setStretchFactor(0, 3);
    page->setStretchFactor(1, 2);
    return page;
}

QWidget* ConservationPanel::createSidePanel()
{
    m_drift = createTextLabel(QStringLiteral("driftLabel"));
    m_quantities = new QTableWidget(0, 4);
    m_quantities->setObjectName(QStringLiteral("quantityTable"));
    m_quantities->setHorizontalHeaderLabels(
        {tr("Quantity"), tr("Symmetry"), tr("Violation"), tr("Conserved")});
    m_quantities->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quantities->horizontalHeader()->setStretchLastSection(true);
    m_quantities->verticalHeader()->setVisible(false);
    m_quantities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quantities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_damping = createTextLabel(QStringLiteral("dampingLabel"));

    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_drift);
    layout->addWidget(new QLabel(tr("Noether symmetries of the reference Lagrangian:")));
    layout->addWidget(m_quantities, 1);
    layout->addWidget(m_damping);
    return side;
}

QWidget* ConservationPanel::createComparisonPage()
{
    m_periods = new QDoubleSpinBox;
    m_periods->setObjectName(QStringLiteral("periodsSpin"));
    m_periods->setRange(1.0, 1e5);
    m_periods->setDecimals(0);
    m_periods->setValue(200.0);
    m_periods->setToolTip(tr("Length of the run in periods of the data's first coordinate, or "
                             "in seconds when the data show no period"));
    m_step = new QDoubleSpinBox;
    m_step->setObjectName(QStringLiteral("stepSpin"));
    m_step->setRange(1e-4, 1.0);
    m_step->setDecimals(4);
    m_step->setSingleStep(0.01);
    m_step->setValue(0.1);
    m_step->setSuffix(tr(" s"));
    m_compareButton = new QPushButton(tr("Compare integrators"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    connect(m_compareButton, &QPushButton::clicked, this, &ConservationPanel::comparisonRequested);

    auto* settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Periods:")));
    settings->addWidget(m_periods);
    settings->addWidget(new QLabel(tr("Step h:")));
    settings->addWidget(m_step);
    settings->addWidget(m_compareButton);
    settings->addStretch();

    auto* plots = new QHBoxLayout;
    const std::array names = {QStringLiteral("energyRk4"), QStringLiteral("energyVariational")};
    const std::array titles = {tr("RK4"), tr("Variational")};
    for (std::size_t i = 0; i < names.size(); ++i) {
        m_comparisonPlots.push_back(createPlot(names.at(i), titles.at(i), tr("Energy E")));
        m_comparisonLabels.push_back(createTextLabel(names.at(i) + QStringLiteral("Label")));
        auto* column = new QVBoxLayout;
        column->addWidget(m_comparisonPlots.back(), 1);
        column->addWidget(m_comparisonLabels.back());
        plots->addLayout(column, 1);
    }

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(settings);
    layout->addLayout(plots, 1);
    return page;
}

void ConservationPanel::connectController()
{
    connect(m_controller, &ConservationController::runningChanged, this,
            &ConservationPanel::setRunning);
    connect(m_controller, &ConservationController::analysed, this, &ConservationPanel::showReport);
    connect(m_controller, &ConservationController::compared, this,
            &ConservationPanel::showComparison);
    connect(m_controller, &ConservationController::cancelled, this,
            [this] { m_status->setText(tr("Cancelled. The plots show the previous results.")); });
    connect(m_controller, &ConservationController::failed, this, [this](const Error& error) {
        m_status->setText(tr("Failed: %1").arg(describeError(error)));
    });
}

bool ConservationPanel::analyse(const ModelSources& sources,
                                const std::vector<PlanarPair>& planarPairs, int edgeSamples)
{
    ConservationJob job{.sources = sources,
                        .integrator = IntegratorKind(m_integrator->currentData().toInt()),
                        .planarPairs = planarPairs,
                        .edgeSamples = edgeSamples};
    if (!m_controller->start(std::move(job)))
        return false;
    m_status->setText(tr("Analysing…"));
    qCInfo(lcConservation) << "analysis started with integrator"
                           << m_integrator->currentData().toInt();
    return true;
}

bool ConservationPanel::compare(const ModelSources& sources)
{
    ComparisonJob job{
        .sources = sources, .timeStep = m_step->value(), .periods = m_periods->value()};
    qCInfo(lcConservation) << "comparison requested: step" << job.timeStep << "s," << job.periods
                           << "periods";
    if (!m_controller->start(std::move(job)))
        return false;
    m_pages->setCurrentIndex(1);
    m_status->setText(tr("Integrating with RK4 and the variational integrator…"));
    return true;
}

void ConservationPanel::cancel()
{
    if (!m_controller->isRunning())
        return;
    m_controller->stop();
    m_status->setText(tr("Cancelling…"));
}

bool ConservationPanel::isRunning() const
{
    return m_controller->isRunning();
}

void ConservationPanel::setStartEnabled(bool enabled)
{
    m_startEnabled = enabled;
    setRunning(m_controller->isRunning());
}

void ConservationPanel::setRunning(bool running)
{
    m_analyseButton->setEnabled(!running && m_startEnabled);
    m_compareButton->setEnabled(!running && m_startEnabled);
    m_cancelButton->setEnabled(running);
}

} // namespace lab
