// The result views of ConservationPanel: energy and momentum curves, drift figures, the list
// of Noether symmetries, the damping fit and the integrator comparison.

#include "conservationpanel.h"

#include "exportableplot.h"
#include "logging.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <algorithm>
#include <array>
#include <cmath>

namespace lab {

namespace {

QColor curveColor(int index)
{
    static const std::array colors = {QColor(150, 150, 150), QColor(31, 119, 180),
                                      QColor(255, 127, 14), QColor(44, 160, 44)};
    return colors.at(static_cast<std::size_t>(index) % colors.size());
}

// The data are drawn wide and light below the rollouts, so a rollout that follows them exactly
// leaves them visible on both sides.
QPen curvePen(int index)
{
    return QPen(curveColor(index), index == 0 ? 4.0 : 1.4);
}

Qt::PenStyle quantityStyle(int index)
{
    static const std::array styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles.at(static_cast<std::size_t>(index) % styles.size());
}

QString percent(double fraction)
{
    return QLocale().toString(100.0 * fraction, 'g', 3) + QStringLiteral(" %");
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

void addSeries(ExportablePlot* plot, const QString& name, const Eigen::VectorXd& t,
               const Eigen::VectorXd& values, const QPen& pen)
{
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(pen);
    const auto count = static_cast<qsizetype>(std::min(t.size(), values.size()));
    QVector<double> keys(count);
    QVector<double> data(count);
    for (qsizetype i = 0; i < count; ++i) {
        keys[i] = t(i);
        data[i] = values(i);
    }
    graph->setData(keys, data, true);
}

// Rescales the axes to the finite data, so that a rollout that ran away cannot flatten the rest.
void rescaleToData(ExportablePlot* plot)
{
    plot->rescaleAxes();
    const QCPRange range = plot->yAxis->range();
    const double pad = std::max(1e-9, 0.05 * range.size());
    plot->yAxis->setRange(range.lower - pad, range.upper + pad);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

// Display name of a schemeId(), e.g. "Störmer-Verlet" for "stormer-verlet".
QString schemeName(const QString& id)
{
    if (id == QLatin1String("rk4"))
        return ConservationPanel::tr("RK4");
    if (id == QLatin1String("dormand-prince"))
        return ConservationPanel::tr("Dormand-Prince");
    if (id == QLatin1String("variational-midpoint"))
        return ConservationPanel::tr("variational midpoint");
    if (id == QLatin1String("stormer-verlet"))
        return ConservationPanel::tr("Störmer-Verlet");
    return id;
}

QString describeBand(const BandExit& band, double tolerance)
{
    if (band.left)
        return ConservationPanel::tr("leaves the band of %1 data spreads at t = %2 s")
            .arg(number(tolerance), number(band.time));
    return ConservationPanel::tr("stays within %1 data spreads up to t = %2 s")
        .arg(number(tolerance), number(band.time));
}

} // namespace

QString symmetryKindName(SymmetryKind kind)
{
    switch (kind) {
    case SymmetryKind::Cyclic:
        return ConservationPanel::tr("cyclic");
    case SymmetryKind::Rotation:
        return ConservationPanel::tr("rotation");
    case SymmetryKind::Translation:
        return ConservationPanel::tr("translation");
    }
    return {};
}

QString describeDrift(const QuantityCurves& curves, double bandTolerance)
{
    const DriftMeasures& drift = curves.energyDrift;
    QString text = QStringLiteral("<b>%1</b>").arg(curves.label.toHtmlEscaped());
    if (!curves.scheme.isEmpty())
        text += QStringLiteral(" (%1)").arg(schemeName(curves.scheme));
    text += QStringLiteral(": ") +
            ConservationPanel::tr("relative energy drift max %1, first tenth %2, last tenth %3")
                .arg(percent(drift.maxRelativeError), percent(drift.firstTenthMean),
                     percent(drift.lastTenthMean));
    if (curves.phase)
        text += QStringLiteral("; ") +
                ConservationPanel::tr("phase error %1 rad after %2 s")
                    .arg(number(curves.phase->finalPhase),
                         number(curves.phase->times.size() > 0
                                    ? curves.phase->times(curves.phase->times.size() - 1)
                                    : 0.0));
    if (curves.band)
        text += QStringLiteral("; ") + describeBand(*curves.band, bandTolerance);
    if (!curves.failure.isEmpty())
        text += QStringLiteral("; ") +
                ConservationPanel::tr("stopped early: %1").arg(curves.failure.toHtmlEscaped());
    return text;
}

void ConservationPanel::showReport(const ConservationReport& report)
{
    m_report = report;
    plotEnergy(report);
    plotMomenta(report);
    QStringList lines;
    for (const QuantityCurves& curves : report.curves)
        lines << describeDrift(curves, report.bandTolerance);
    m_drift->setText(
        tr("Energy and momenta of <i>%1</i>.").arg(report.referenceName.toHtmlEscaped()) +
        QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    fillQuantities(report);
    showDamping(report);
    m_status->setText(tr("Analysis done: %n curve(s).", nullptr, int(report.curves.size())) +
                      (report.notes.isEmpty()
                           ? QString()
                           : QLatin1Char(' ') + report.notes.join(QLatin1Char(' '))));
    emit reportShown(report);
}

void ConservationPanel::plotEnergy(const ConservationReport& report)
{
    m_energyPlot->clearGraphs();
    for (std::size_t i = 0; i < report.curves.size(); ++i) {
        const QuantityCurves& curves = report.curves[i];
        addSeries(m_energyPlot, curves.label, curves.trajectory.t, curves.energy, curvePen(int(i)));
    }
    rescaleToData(m_energyPlot);
}

void ConservationPanel::plotMomenta(const ConservationReport& report)
{
    m_momentumPlot->clearGraphs();
    std::vector<const ConservedQuantity*> plotted;
    for (const ConservedQuantity& quantity : report.quantities) {
        if (quantity.conserved)
            plotted.push_back(&quantity);
    }
    for (std::size_t i = 0; i < report.curves.size(); ++i) {
        const QuantityCurves& curves = report.curves[i];
        for (std::size_t k = 0; k < plotted.size() && k < curves.quantities.size(); ++k) {
            QPen pen = curvePen(int(i));
            pen.setStyle(quantityStyle(int(k)));
            addSeries(m_momentumPlot, QStringLiteral("%1, %2").arg(plotted[k]->name, curves.label),
                      curves.trajectory.t, curves.quantities[k], pen);
        }
    }
    m_momentumPlot->legend->setVisible(!plotted.empty());
    m_momentumPlot->setTitle(plotted.empty()
                                 ? tr("Conserved momenta: none found within the tolerance")
                                 : tr("Conserved momenta"));
    rescaleToData(m_momentumPlot);
}

void ConservationPanel::fillQuantities(const ConservationReport& report)
{
    m_quantities->setRowCount(int(report.quantities.size()));
    for (int row = 0; row < int(report.quantities.size()); ++row) {
        const ConservedQuantity& quantity = report.quantities[std::size_t(row)];
        m_quantities->setItem(row, 0, new QTableWidgetItem(quantity.name));
        m_quantities->setItem(row, 1, new QTableWidgetItem(symmetryKindName(quantity.kind)));
        m_quantities->setItem(row, 2,
                              new QTableWidgetItem(QLocale().toString(quantity.violation, 'e', 2)));
        m_quantities->setItem(row, 3,
                              new QTableWidgetItem(quantity.conserved ? tr("yes") : tr("no")));
    }
}

void ConservationPanel::showDamping(const ConservationReport& report)
{
    if (!report.damping || !report.damping->significant) {
        m_damping->setText(report.damping ? tr("The data show no steady loss of energy.")
                                          : QString());
        return;
    }
    const DampingAnalysis& damping = *report.damping;
    const double gamma = damping.gamma.size() > 0 ? damping.gamma(0) : 0.0;
    const double gammaError = damping.gammaError.size() > 0 ? damping.gammaError(0) : 0.0;
    m_damping->setText(
        tr("<b>The data lose energy</b> at a rate of %1 ± %2 per second, and the fitted damping "
           "coefficient is γ = %3 ± %4 1/s. The data are not conservative, so the conservative "
           "Lagrangian is the best conservative model of them, not an exact law.")
            .arg(number(damping.lossRate), number(damping.lossRateError), number(gamma),
                 number(gammaError)));
}

void ConservationPanel::showComparison(const ComparisonReport& report)
{
    double low = 0.0;
    double high = 0.0;
    for (std::size_t i = 0; i < report.curves.size() && i < m_comparisonPlots.size(); ++i) {
        const ComparisonCurve& curve = report.curves[i];
        ExportablePlot* plot = m_comparisonPlots[i];
        plot->clearGraphs();
        const QString name = schemeName(curve.scheme);
        addSeries(plot, name, curve.t, curve.energy, QPen(curveColor(int(i) + 1), 1.2));
        plot->setTitle(tr("%1, h = %2 s").arg(name, number(report.timeStep)));
        plot->rescaleAxes();
        low = i == 0 ? curve.energy.minCoeff() : std::min(low, curve.energy.minCoeff());
        high = i == 0 ? curve.energy.maxCoeff() : std::max(high, curve.energy.maxCoeff());
        m_comparisonLabels[i]->setText(
            tr("Relative energy drift max %1, first tenth %2, last tenth %3, trend %4 per "
               "second. %5 steps in %6 s.")
                .arg(percent(curve.drift.maxRelativeError), percent(curve.drift.firstTenthMean),
                     percent(curve.drift.lastTenthMean), percent(curve.drift.relativeTrend))
                .arg(report.steps)
                .arg(number(curve.seconds)));
    }
    // One energy range for both plots, so that their drifts compare at a glance.
    const double pad = std::max(1e-9, 0.05 * (high - low));
    for (ExportablePlot* plot : m_comparisonPlots) {
        plot->yAxis->setRange(low - pad, high + pad);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_status->setText(tr("Compared the integrators on %1 over %2 s.")
                          .arg(report.referenceName, number(report.steps * report.timeStep)));
}

} // namespace lab
