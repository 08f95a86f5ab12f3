#include "phaseportraitplot.h"

#include "coordinatetext.h"

#include <array>

namespace lab {

namespace {

const std::array<QColor, 6> rolloutColors = {QColor(214, 39, 40),  QColor(31, 119, 180),
                                             QColor(44, 160, 44),  QColor(148, 103, 189),
                                             QColor(255, 127, 14), QColor(23, 190, 207)};

// Range of the values with a margin of 8 % on each side, or [-1, 1] around a constant.
QCPRange paddedRange(double low, double high)
{
    if (!(high > low))
        return QCPRange(low - 1.0, high + 1.0);
    const double margin = 0.08 * (high - low);
    return QCPRange(low - margin, high + margin);
}

} // namespace

PhasePortraitPlot::PhasePortraitPlot(QWidget* parent) : ExportablePlot(parent)
{
    setObjectName(QStringLiteral("phasePortraitPlot"));
    setExportName(QStringLiteral("phase-portrait"));
    setTitle(tr("Phase portrait"));
    placeLegendBelow();
    clear();
}

void PhasePortraitPlot::placeLegendBelow()
{
    // Closed orbits fill every corner of the axis rect, so the legend gets its own row below,
    // centred between two empty elements that keep the row as wide as the plot.
    axisRect()->insetLayout()->take(legend);
    auto* row = new QCPLayoutGrid;
    plotLayout()->addElement(plotLayout()->rowCount(), 0, row);
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
    row->addElement(0, 0, new QCPLayoutElement(this));
    row->addElement(0, 1, legend);
    row->addElement(0, 2, new QCPLayoutElement(this));
    row->setColumnStretchFactors({1.0, 0.001, 1.0});
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setVisible(true);
}

void PhasePortraitPlot::clear()
{
    m_data = {};
    m_rollouts = {};
    m_coordinate = 0;
    removeCurves(m_dataCurves);
    removeCurves(m_rolloutCurves);
    clearExtraRun();
    xAxis->setLabel(tr("Position"));
    yAxis->setLabel(tr("Velocity"));
    xAxis->setRange(-1.0, 1.0);
    yAxis->setRange(-1.0, 1.0);
    replot(rpQueuedReplot);
}

void PhasePortraitPlot::setData(const lab::PhaseSnapshot& snapshot)
{
    m_data = snapshot;
    m_rollouts = {};
    clearExtraRun();
    if (m_coordinate >= static_cast<int>(m_data.coordinates.size()))
        m_coordinate = 0;
    rebuildData();
    rebuildRollouts();
    updateAxes();
    replot(rpQueuedReplot);
}

void PhasePortraitPlot::setRollouts(const lab::PhaseSnapshot& rollouts)
{
    m_rollouts = rollouts;
    rebuildRollouts();
    replot(rpQueuedReplot);
}

void PhasePortraitPlot::setCoordinate(int index)
{
    if (index < 0 || index >= static_cast<int>(m_data.coordinates.size()) || index == m_coordinate)
        return;
    m_coordinate = index;
    rebuildData();
    rebuildRollouts();
    rebuildExtraRun();
    updateAxes();
    replot(rpQueuedReplot);
}

void PhasePortraitPlot::setExtraRun(const lab::Trajectory& run, const QString& label)
{
    m_extraRun = run;
    m_extraLabel = label;
    rebuildExtraRun();
    replot(rpQueuedReplot);
}

void PhasePortraitPlot::clearExtraRun()
{
    m_extraRun = {};
    m_extraLabel.clear();
    if (m_extraCurve)
        removePlottable(m_extraCurve);
    m_extraCurve = nullptr;
    replot(rpQueuedReplot);
}

void PhasePortraitPlot::rebuildExtraRun()
{
    if (m_extraCurve)
        removePlottable(m_extraCurve);
    m_extraCurve = nullptr;
    if (m_extraRun.samples() == 0)
        return;
    m_extraCurve = addRunCurve(m_extraRun);
    m_extraCurve->setPen(QPen(QColor(20, 20, 20), 2.0, Qt::DashLine));
    m_extraCurve->setName(m_extraLabel);
}

int PhasePortraitPlot::dataPointCount() const
{
    int count = 0;
    for (const QCPCurve* curve : m_dataCurves)
        count += curve->dataCount();
    return count;
}

void PhasePortraitPlot::removeCurves(QList<QCPCurve*>& curves)
{
    for (QCPCurve* curve : curves)
        removePlottable(curve);
    curves.clear();
}

QCPCurve* PhasePortraitPlot::addRunCurve(const Trajectory& run)
{
    auto* curve = new QCPCurve(xAxis, yAxis);
    const int column = m_coordinate;
    if (column >= run.dof())
        return curve;
    QVector<double> positions(run.samples());
    QVector<double> velocities(run.samples());
    for (int row = 0; row < run.samples(); ++row) {
        positions[row] = run.q(row, column);
        velocities[row] = run.qd(row, column);
    }
    curve->setData(positions, velocities);
    return curve;
}

void PhasePortraitPlot::rebuildData()
{
    removeCurves(m_dataCurves);
    for (const Trajectory& run : m_data.runs) {
        QCPCurve* curve = addRunCurve(run);
        curve->setLineStyle(QCPCurve::lsNone);
        curve->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(120, 130, 140), 2.5));
        curve->setName(tr("Data"));
        if (!m_dataCurves.isEmpty())
            curve->removeFromLegend();
        m_dataCurves.append(curve);
    }
}

void PhasePortraitPlot::rebuildRollouts()
{
    removeCurves(m_rolloutCurves);
    for (const Trajectory& run : m_rollouts.runs) {
        QCPCurve* curve = addRunCurve(run);
        const QColor color = rolloutColors.at(m_rolloutCurves.size() % rolloutColors.size());
        curve->setPen(QPen(color, 2.0));
        curve->setName(tr("Model rollouts (epoch %1)").arg(m_rollouts.epoch));
        if (!m_rolloutCurves.isEmpty())
            curve->removeFromLegend();
        m_rolloutCurves.append(curve);
    }
}

void PhasePortraitPlot::updateAxes()
{
    if (m_coordinate < static_cast<int>(m_data.coordinates.size())) {
        const Coordinate& coordinate = m_data.coordinates.at(m_coordinate);
        xAxis->setLabel(positionLabel(coordinate));
        yAxis->setLabel(velocityLabel(coordinate));
    }
    bool any = false;
    QCPRange positions;
    QCPRange velocities;
    for (const Trajectory& run : m_data.runs) {
        if (run.samples() == 0 || m_coordinate >= run.dof())
            continue;
        const QCPRange q(run.q.col(m_coordinate).minCoeff(), run.q.col(m_coordinate).maxCoeff());
        const QCPRange qd(run.qd.col(m_coordinate).minCoeff(), run.qd.col(m_coordinate).maxCoeff());
        positions =
            any ? QCPRange(std::min(positions.lower, q.lower), std::max(positions.upper, q.upper))
                : q;
        velocities = any ? QCPRange(std::min(velocities.lower, qd.lower),
                                    std::max(velocities.upper, qd.upper))
                         : qd;
        any = true;
    }
    if (!any)
        return;
    xAxis->setRange(paddedRange(positions.lower, positions.upper));
    yAxis->setRange(paddedRange(velocities.lower, velocities.upper));
}

} // namespace lab
