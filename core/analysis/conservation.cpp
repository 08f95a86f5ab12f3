#include "analysis/conservation.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace lab {

namespace {

/// Evaluates the cubic Hermite interpolant through (x0, slope0) and (x1, slope1) over an interval
/// of length h, at the fraction s of the interval.
double cubicHermite(double x0, double slope0, double x1, double slope1, double h, double s)
{
    const double s2 = s * s;
    const double s3 = s2 * s;
    return (2.0 * s3 - 3.0 * s2 + 1.0) * x0 + (s3 - 2.0 * s2 + s) * h * slope0 +
           (-2.0 * s3 + 3.0 * s2) * x1 + (s3 - s2) * h * slope1;
}

double median(const Eigen::VectorXd& values)
{
    std::vector<double> sorted(values.data(), values.data() + values.size());
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    return sorted[sorted.size() / 2];
}

/// Times at which column `coordinate` of q crosses `level` upwards.
std::vector<double> upwardCrossings(const Trajectory& run, int coordinate, double level)
{
    std::vector<double> crossings;
    for (int i = 0; i + 1 < run.samples(); ++i) {
        const double x0 = run.q(i, coordinate) - level;
        const double x1 = run.q(i + 1, coordinate) - level;
        if (!(x0 < 0.0 && x1 >= 0.0))
            continue;
        const double h = run.t[i + 1] - run.t[i];
        const double v0 = run.qd(i, coordinate);
        const double v1 = run.qd(i + 1, coordinate);
        double low = 0.0;
        double high = 1.0;
        for (int iteration = 0; iteration < 50; ++iteration) {
            const double middle = 0.5 * (low + high);
            if (cubicHermite(x0, v0, x1, v1, h, middle) < 0.0)
                low = middle;
            else
                high = middle;
        }
        crossings.push_back(run.t[i] + 0.5 * (low + high) * h);
    }
    return crossings;
}

/// The rollout's q and qdot at time tau, which lies inside its span.
void interpolateState(const Trajectory& rollout, double tau, Eigen::VectorXd& q,
                      Eigen::VectorXd& qd)
{
    const double* begin = rollout.t.data();
    const double* end = begin + rollout.t.size();
    const double* const after = std::upper_bound(begin, end, tau);
    const Eigen::Index i = std::clamp<Eigen::Index>((after - begin) - 1, 0, rollout.t.size() - 2);
    const double h = rollout.t[i + 1] - rollout.t[i];
    const double s = std::clamp((tau - rollout.t[i]) / h, 0.0, 1.0);
    for (Eigen::Index j = 0; j < rollout.q.cols(); ++j) {
        q[j] = cubicHermite(rollout.q(i, j), rollout.qd(i, j), rollout.q(i + 1, j),
                            rollout.qd(i + 1, j), h, s);
        qd[j] = cubicHermite(rollout.qd(i, j), rollout.qdd(i, j), rollout.qd(i + 1, j),
                             rollout.qdd(i + 1, j), h, s);
    }
}

/// Rows of the data whose time lies inside the rollout's span.
std::vector<Eigen::Index> samplesInside(const Trajectory& rollout, const Trajectory& data)
{
    std::vector<Eigen::Index> inside;
    if (rollout.samples() < 2)
        return inside;
    const double first = rollout.t[0];
    const double last = rollout.t[rollout.samples() - 1];
    for (int i = 0; i < data.samples(); ++i) {
        if (data.t[i] >= first && data.t[i] <= last)
            inside.push_back(i);
    }
    return inside;
}

/// Standard deviation of each column, or 1 where a column does not vary.
Eigen::VectorXd columnScales(const Eigen::MatrixXd& values)
{
    Eigen::VectorXd scales = Eigen::VectorXd::Ones(values.cols());
    for (Eigen::Index j = 0; j < values.cols(); ++j) {
        const double mean = values.col(j).mean();
        const double deviation = std::sqrt((values.col(j).array() - mean).square().mean());
        if (deviation > 0.0 && std::isfinite(deviation))
            scales[j] = deviation;
    }
    return scales;
}

} // namespace

Eigen::VectorXd energySeries(const Lagrangian& lagrangian, const Trajectory& trajectory)
{
    Eigen::VectorXd energy(trajectory.samples());
    for (int i = 0; i < trajectory.samples(); ++i) {
        const Eigen::VectorXd qd = trajectory.qd.row(i).transpose();
        const LagrangianTerms terms = lagrangian.terms(trajectory.q.row(i).transpose(), qd);
        energy[i] = qd.dot(terms.dqd) - terms.value;
    }
    return energy;
}

Eigen::MatrixXd momentumSeries(const Lagrangian& lagrangian, const Trajectory& trajectory)
{
    Eigen::MatrixXd momenta(trajectory.samples(), trajectory.dof());
    for (int i = 0; i < trajectory.samples(); ++i) {
        const LagrangianTerms terms =
            lagrangian.terms(trajectory.q.row(i).transpose(), trajectory.qd.row(i).transpose());
        momenta.row(i) = terms.dqd.transpose();
    }
    return momenta;
}

double leastSquaresSlope(const Eigen::VectorXd& x, const Eigen::VectorXd& y)
{
    const Eigen::ArrayXd dx = x.array() - x.mean();
    const double spread = dx.square().sum();
    if (!(spread > 0.0))
        return 0.0;
    return (dx * (y.array() - y.mean())).sum() / spread;
}

DriftMeasures measureDrift(const Eigen::VectorXd& t, const Eigen::VectorXd& values)
{
    DriftMeasures drift;
    const Eigen::Index n = values.size();
    if (n == 0 || t.size() != n)
        return drift;
    drift.initial = values[0];
    const double largest = values.cwiseAbs().maxCoeff();
    drift.scale = drift.initial != 0.0 ? std::abs(drift.initial) : (largest > 0.0 ? largest : 1.0);
    if (n < 2)
        return drift;

    const Eigen::ArrayXd relative = (values.array() - drift.initial) / drift.scale;
    drift.maxRelativeError = relative.abs().maxCoeff();
    drift.finalRelativeError = relative[n - 1];
    drift.relativeTrend = leastSquaresSlope(t, values) / drift.scale;

    const Eigen::Index tenth = std::max<Eigen::Index>(1, n / 10);
    drift.firstTenthMean = relative.head(tenth).mean();
    drift.lastTenthMean = relative.tail(tenth).mean();
    return drift;
}

std::optional<PhaseError> measurePhaseError(const Trajectory& rollout, const Trajectory& reference,
                                            int coordinate)
{
    if (coordinate < 0 || coordinate >= reference.dof() || coordinate >= rollout.dof() ||
        reference.samples() < 3)
        return std::nullopt;
    const double level = median(reference.q.col(coordinate));
    const std::vector<double> expected = upwardCrossings(reference, coordinate, level);
    const std::vector<double> actual = upwardCrossings(rollout, coordinate, level);
    if (expected.size() < 2 || actual.empty())
        return std::nullopt;

    const auto pairs = static_cast<Eigen::Index>(std::min(expected.size(), actual.size()));
    PhaseError phase;
    phase.times.resize(pairs);
    phase.lags.resize(pairs);
    for (Eigen::Index k = 0; k < pairs; ++k) {
        phase.times[k] = expected[k];
        phase.lags[k] = actual[k] - expected[k];
    }
    phase.period = (expected.back() - expected.front()) / static_cast<double>(expected.size() - 1);
    phase.finalPhase = 2.0 * std::numbers::pi * phase.lags[pairs - 1] / phase.period;
    phase.lagRate = leastSquaresSlope(phase.times, phase.lags);
    return phase;
}

Result<BandExit> measureBandExit(const Trajectory& rollout, const Trajectory& data,
                                 double tolerance, bool scaleBySpread)
{
    if (rollout.dof() != data.dof())
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("rollout"),
                     .value = double(rollout.dof()),
                     .limit = double(data.dof())};
    if (!(tolerance > 0.0))
        return Error{.kind = ErrorKind::NotPositive,
                     .text = QStringLiteral("tolerance"),
                     .value = tolerance};
    const std::vector<Eigen::Index> inside = samplesInside(rollout, data);
    if (inside.empty())
        return Error{.kind = ErrorKind::InvalidParameter, .text = QStringLiteral("rollout")};

    const Eigen::Index dof = data.dof();
    const Eigen::VectorXd qScale =
        scaleBySpread ? columnScales(data.q) : Eigen::VectorXd::Ones(dof);
    const Eigen::VectorXd qdScale =
        scaleBySpread ? columnScales(data.qd) : Eigen::VectorXd::Ones(dof);
    BandExit exit;
    exit.t.resize(static_cast<Eigen::Index>(inside.size()));
    exit.distance.resize(exit.t.size());
    Eigen::VectorXd q(dof);
    Eigen::VectorXd qd(dof);
    for (Eigen::Index k = 0; k < exit.t.size(); ++k) {
        const Eigen::Index i = inside[k];
        interpolateState(rollout, data.t[i], q, qd);
        const Eigen::ArrayXd dq = (q - data.q.row(i).transpose()).array() / qScale.array();
        const Eigen::ArrayXd dqd = (qd - data.qd.row(i).transpose()).array() / qdScale.array();
        exit.t[k] = data.t[i];
        exit.distance[k] = std::sqrt(dq.square().sum() + dqd.square().sum());
    }

    // A NaN distance counts as outside the band.
    const auto outside =
        std::find_if(exit.distance.begin(), exit.distance.end(),
                     [tolerance](double distance) { return !(distance <= tolerance); });
    exit.left = outside != exit.distance.end();
    exit.time = exit.left ? exit.t[outside - exit.distance.begin()] : exit.t[exit.t.size() - 1];
    return exit;
}

} // namespace lab
