#include "paretofrontplot.h"

#include <algorithm>
#include <cmath>

namespace lab {

namespace {

constexpr double smallestPlottedLoss = 1e-16;

} // namespace

double plottedLoss(double loss)
{
    if (!std::isfinite(loss))
        return loss;
    return std::max(loss, smallestPlottedLoss);
}

ParetoFrontPlot::ParetoFrontPlot(QWidget* parent) : ExportablePlot(parent)
{
    setObjectName(QStringLiteral("paretoFrontPlot"));
    setExportName(QStringLiteral("pareto-front"));
    setTitle(tr("Pareto front"));
    // QCustomPlot writes powers of ten as 10^n only when the locale's exponent character is "e".
    setLocale(QLocale::c());

    xAxis->setLabel(tr("Complexity (nodes)"));
    yAxis->setLabel(tr("Loss"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    yAxis->setNumberFormat(QStringLiteral("eb"));
    yAxis->setNumberPrecision(0);

    m_front = addGraph();
    m_front->setName(tr("Front"));
    m_front->setPen(QPen(QColor(31, 119, 180), 1.6));
    m_front->setLineStyle(QCPGraph::lsStepLeft);
    m_front->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180), 6));
    m_alternatives = addMarkerGraph(
        tr("Alternative"), QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                           QPen(QColor(255, 127, 14), 2), Qt::NoBrush, 11));
    m_pick = addMarkerGraph(tr("Pick"),
                            QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(214, 39, 40), 12));
    m_selected =
        addMarkerGraph(tr("Selected"), QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                       QPen(Qt::black, 2), Qt::NoBrush, 18));

    legend->setVisible(true);
    legend->setBrush(QColor(255, 255, 255, 220));
    // A front falls from the top left to the bottom right, so the bottom left stays free.
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    clear();
}

QCPGraph* ParetoFrontPlot::addMarkerGraph(const QString& name, const QCPScatterStyle& style)
{
    QCPGraph* graph = addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    return graph;
}

void ParetoFrontPlot::clear()
{
    m_frontData = {};
    for (QCPGraph* graph : {m_front, m_alternatives, m_pick, m_selected})
        graph->data()->clear();
    m_alternatives->removeFromLegend();
    xAxis->setRange(0.0, 20.0);
    yAxis->setRange(1e-4, 1.0);
    replot(rpQueuedReplot);
}

void ParetoFrontPlot::setFront(const discovery::ParetoFront& front)
{
    m_frontData = front;
    for (QCPGraph* graph : {m_front, m_alternatives, m_pick, m_selected})
        graph->data()->clear();
    for (std::size_t i = 0; i < front.candidates.size(); ++i) {
        const discovery::Candidate& candidate = front.candidates[i];
        const double loss = plottedLoss(candidate.loss);
        if (!std::isfinite(loss))
            continue;
        if (candidate.alternativeTo >= 0)
            m_alternatives->addData(candidate.complexity, loss);
        else
            m_front->addData(candidate.complexity, loss);
        if (static_cast<int>(i) == front.picked)
            m_pick->addData(candidate.complexity, loss);
    }
    // The legend lists alternatives only when the front has some.
    if (m_alternatives->data()->isEmpty())
        m_alternatives->removeFromLegend();
    else
        m_alternatives->addToLegend();
    rescale();
    replot(rpQueuedReplot);
}

void ParetoFrontPlot::setSelected(int index)
{
    m_selected->data()->clear();
    if (index >= 0 && index < static_cast<int>(m_frontData.candidates.size())) {
        const discovery::Candidate& candidate = m_frontData.candidates[index];
        m_selected->addData(candidate.complexity, plottedLoss(candidate.loss));
    }
    replot(rpQueuedReplot);
}

void ParetoFrontPlot::rescale()
{
    double lowest = 0.0;
    double highest = 0.0;
    int largest = 0;
    for (const discovery::Candidate& candidate : m_frontData.candidates) {
        const double loss = plottedLoss(candidate.loss);
        if (!std::isfinite(loss))
            continue;
        lowest = highest > 0.0 ? std::min(lowest, loss) : loss;
        highest = std::max(highest, loss);
        largest = std::max(largest, candidate.complexity);
    }
    xAxis->setRange(0.0, std::max(10.0, largest + 2.0));
    if (highest > 0.0)
        yAxis->setRange(lowest / 3.0, highest * 3.0);
}

} // namespace lab
