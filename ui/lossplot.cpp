#include "lossplot.h"

#include <cmath>

namespace lab {

namespace {

QCPGraph* addLossGraph(QCustomPlot* plot, const QString& name, const QColor& color)
{
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, 1.6));
    graph->setLineStyle(QCPGraph::lsLine);
    return graph;
}

} // namespace

LossPlot::LossPlot(QWidget* parent) : ExportablePlot(parent)
{
    setObjectName(QStringLiteral("lossPlot"));
    setExportName(QStringLiteral("loss"));
    setTitle(tr("Loss"));
    // QCustomPlot writes powers of ten as 10^n only when the locale's exponent character is
    // "e"; some locales, such as Turkish, use "E". The axes here show no decimal fractions.
    setLocale(QLocale::c());

    xAxis->setLabel(tr("Epoch"));
    yAxis->setLabel(tr("Loss (relative acceleration error)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    yAxis->setNumberFormat(QStringLiteral("eb"));
    yAxis->setNumberPrecision(0);

    m_training = addLossGraph(this, tr("Training"), QColor(31, 119, 180));
    m_validation = addLossGraph(this, tr("Validation"), QColor(255, 127, 14));

    legend->setVisible(true);
    legend->setBrush(QColor(255, 255, 255, 220));
    clear();
}

void LossPlot::clear()
{
    m_training->data()->clear();
    m_validation->data()->clear();
    m_lowest = 0.0;
    m_highest = 0.0;
    m_lastEpoch = 0.0;
    xAxis->setRange(0.0, 10.0);
    yAxis->setRange(1e-3, 1.0);
    replot(rpQueuedReplot);
}

void LossPlot::appendRecords(const lab::LossRecords& records)
{
    for (const LossRecord& record : records) {
        addPoint(m_training, record.epoch, record.training);
        addPoint(m_validation, record.epoch, record.validation);
        m_lastEpoch = std::max(m_lastEpoch, static_cast<double>(record.epoch));
    }
    rescale();
    replot(rpQueuedReplot);
}

void LossPlot::addPoint(QCPGraph* graph, double epoch, double loss)
{
    if (!std::isfinite(loss) || loss <= 0.0)
        return;
    graph->addData(epoch, loss);
    const bool first = m_highest <= 0.0;
    m_lowest = first ? loss : std::min(m_lowest, loss);
    m_highest = first ? loss : std::max(m_highest, loss);
}

void LossPlot::rescale()
{
    xAxis->setRange(0.0, std::max(10.0, std::ceil(m_lastEpoch * 1.05)));
    if (m_highest > 0.0)
        yAxis->setRange(m_lowest / 1.5, m_highest * 1.5);
}

} // namespace lab
