#include "mechanics/dormandprince.h"

#include "mechanics/integrationsupport.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace lab {

namespace {

// Butcher tableau of Dormand and Prince (1980). The seventh stage is evaluated at the new
// state (its row equals the fifth-order weights), so it is the first stage of the next step.
constexpr int stageCount = 7;
constexpr std::array<std::array<double, 6>, stageCount> stageWeights = {{
    {},
    {1.0 / 5.0},
    {3.0 / 40.0, 9.0 / 40.0},
    {44.0 / 45.0, -56.0 / 15.0, 32.0 / 9.0},
    {19372.0 / 6561.0, -25360.0 / 2187.0, 64448.0 / 6561.0, -212.0 / 729.0},
    {9017.0 / 3168.0, -355.0 / 33.0, 46732.0 / 5247.0, 49.0 / 176.0, -5103.0 / 18656.0},
    {35.0 / 384.0, 0.0, 500.0 / 1113.0, 125.0 / 192.0, -2187.0 / 6784.0, 11.0 / 84.0},
}};
// Fifth-order weights (the solution) and fourth-order weights (for the error estimate).
constexpr std::array<double, stageCount> fifthOrder = {
    35.0 / 384.0, 0.0, 500.0 / 1113.0, 125.0 / 192.0, -2187.0 / 6784.0, 11.0 / 84.0, 0.0};
constexpr std::array<double, stageCount> fourthOrder = {
    5179.0 / 57600.0, 0.0,       7571.0 / 16695.0, 393.0 / 640.0, -92097.0 / 339200.0,
    187.0 / 2100.0,   1.0 / 40.0};

// Step-size controller: safety factor and bounds of the change per step.
constexpr double safety = 0.9;
constexpr double minFactor = 0.2;
constexpr double maxFactor = 5.0;

/// One integration with its state y = (q, qdot), its derivative k = (qdot, qddot) at y and the
/// step size proposed for the next attempt.
class DormandPrinceRun
{
public:
    DormandPrinceRun(const AccelerationFunction& f, const IntegrationSettings& settings)
        : m_f(f), m_settings(settings)
    {}

    Status start(const Eigen::VectorXd& q0, const Eigen::VectorXd& qd0);
    Status advanceTo(double target);

    Eigen::Index dof() const { return m_y.size() / 2; }
    Eigen::VectorXd q() const { return m_y.head(dof()); }
    Eigen::VectorXd qd() const { return m_y.tail(dof()); }
    Eigen::VectorXd qdd() const { return m_k.tail(dof()); }
    const IntegrationStatistics& statistics() const { return m_statistics; }

private:
    Result<Eigen::VectorXd> derivative(const Eigen::VectorXd& y);
    Status attempt(double h, bool lands, double target);
    double errorNorm(const Eigen::VectorXd& y1, const Eigen::VectorXd& estimate) const;
    double chooseInitialStep();

    const AccelerationFunction& m_f;
    const IntegrationSettings& m_settings;
    Eigen::VectorXd m_y;
    Eigen::VectorXd m_k;
    double m_t = 0.0;
    double m_h = 0.0;
    bool m_lastRejected = false;
    IntegrationStatistics m_statistics;
};

Result<Eigen::VectorXd> DormandPrinceRun::derivative(const Eigen::VectorXd& y)
{
    const Eigen::Index n = y.size() / 2;
    ++m_statistics.evaluations;
    Result<Eigen::VectorXd> a = m_f(y.head(n), y.tail(n));
    if (!a.ok())
        return detail::atStep(a.error(), m_statistics.acceptedSteps + 1, y.head(n), y.tail(n));
    Eigen::VectorXd k(y.size());
    k << y.tail(n), *a;
    return k;
}

Status DormandPrinceRun::start(const Eigen::VectorXd& q0, const Eigen::VectorXd& qd0)
{
    m_y.resize(q0.size() + qd0.size());
    m_y << q0, qd0;
    Result<Eigen::VectorXd> k = derivative(m_y);
    if (!k.ok()) {
        Error error = k.error();
        error.step = 0;
        return error;
    }
    m_k = *k;
    m_h = m_settings.initialStep > 0.0 ? m_settings.initialStep : chooseInitialStep();
    return Success{};
}

/// RMS over the components of estimate_i / (atol + rtol max(|y_i|, |y1_i|)).
double DormandPrinceRun::errorNorm(const Eigen::VectorXd& y1, const Eigen::VectorXd& estimate) const
{
    const Eigen::ArrayXd scale =
        m_settings.absoluteTolerance +
        m_settings.relativeTolerance * m_y.array().abs().max(y1.array().abs());
    const double norm = std::sqrt((estimate.array() / scale).square().mean());
    return std::isfinite(norm) ? norm : std::numeric_limits<double>::infinity();
}

/// Chooses a first step from the sizes of y, of its derivative and of the derivative's change
/// over a trial step, so that the first error estimate is about 1. It never exceeds the grid
/// step.
double DormandPrinceRun::chooseInitialStep()
{
    const Eigen::ArrayXd scale =
        m_settings.absoluteTolerance + m_settings.relativeTolerance * m_y.array().abs();
    const double sizeY = std::sqrt((m_y.array() / scale).square().mean());
    const double sizeK = std::sqrt((m_k.array() / scale).square().mean());
    double h0 = (sizeY < 1e-5 || sizeK < 1e-5) ? 1e-6 : 0.01 * sizeY / sizeK;
    h0 = std::min(h0, m_settings.timeStep);

    const Result<Eigen::VectorXd> trial = derivative(m_y + h0 * m_k);
    if (!trial.ok())
        return h0;
    const double change = std::sqrt(((*trial - m_k).array() / scale).square().mean()) / h0;
    const double largest = std::max(sizeK, change);
    const double h1 =
        largest <= 1e-15 ? std::max(1e-6, 1e-3 * h0) : std::pow(0.01 / largest, 1.0 / 5.0);
    return std::min({100.0 * h0, h1, m_settings.timeStep});
}

/// Tries one step of size h. An accepted step moves the state (to exactly `target` when
/// `lands`); either way the next step size follows from the error estimate.
Status DormandPrinceRun::attempt(double h, bool lands, double target)
{
    std::array<Eigen::VectorXd, stageCount> k;
    k[0] = m_k;
    Eigen::VectorXd y1 = m_y;
    for (int stage = 1; stage < stageCount; ++stage) {
        Eigen::VectorXd input = m_y;
        for (int j = 0; j < stage; ++j)
            input += h * stageWeights[stage][j] * k[j];
        if (!input.allFinite()) {
            k[stage] =
                Eigen::VectorXd::Constant(m_y.size(), std::numeric_limits<double>::infinity());
            continue;
        }
        Result<Eigen::VectorXd> derivativeAtStage = derivative(input);
        if (!derivativeAtStage.ok())
            return derivativeAtStage.error();
        k[stage] = *derivativeAtStage;
        y1 = input;
    }

    Eigen::VectorXd estimate = Eigen::VectorXd::Zero(m_y.size());
    for (int j = 0; j < stageCount; ++j)
        estimate += h * (fifthOrder[j] - fourthOrder[j]) * k[j];
    const double error = errorNorm(y1, estimate);

    const bool accepted = error <= 1.0;
    double factor = error > 0.0 ? safety * std::pow(error, -1.0 / 5.0) : maxFactor;
    factor = std::clamp(factor, minFactor, m_lastRejected || !accepted ? 1.0 : maxFactor);
    m_h = h * factor;
    m_lastRejected = !accepted;
    if (!accepted) {
        ++m_statistics.rejectedSteps;
        return Success{};
    }
    ++m_statistics.acceptedSteps;
    m_t = lands ? target : m_t + h;
    m_y = y1;
    m_k = k[stageCount - 1];
    return Success{};
}

Status DormandPrinceRun::advanceTo(double target)
{
    const double minStep = 1e-12 * std::max(1.0, std::abs(target));
    while (m_t < target) {
        const double remaining = target - m_t;
        double h = m_h;
        const bool lands = h >= remaining;
        if (lands)
            h = remaining;
        else if (2.0 * h > remaining)
            h = 0.5 * remaining; // two equal steps instead of one long and one sliver

        const int attempts = m_statistics.acceptedSteps + m_statistics.rejectedSteps;
        if (h < minStep || attempts >= m_settings.maxAttempts) {
            Error error{.kind = ErrorKind::NotConverged, .value = h, .limit = minStep};
            return detail::atStep(error, m_statistics.acceptedSteps + 1, q(), qd());
        }
        Status status = attempt(h, lands, target);
        if (!status.ok())
            return status;
    }
    return Success{};
}

} // namespace

Result<IntegrationRun> integrateDormandPrince(const AccelerationFunction& f,
                                              const Eigen::VectorXd& q0, const Eigen::VectorXd& qd0,
                                              const IntegrationSettings& settings)
{
    const Status valid = validateIntegration(settings, static_cast<int>(q0.size()), q0, qd0);
    if (!valid.ok())
        return valid.error();

    DormandPrinceRun run(f, settings);
    const Status started = run.start(q0, qd0);
    if (!started.ok())
        return started.error();

    IntegrationRun result;
    result.scheme = IntegrationScheme::DormandPrince;
    result.trajectory = detail::makeTrajectory(settings.steps + 1, static_cast<int>(q0.size()));
    detail::setSample(result.trajectory, 0, 0.0, run.q(), run.qd(), run.qdd());
    for (int out = 1; out <= settings.steps; ++out) {
        const double target = out * settings.timeStep;
        const Status reached = run.advanceTo(target);
        if (!reached.ok())
            return reached.error();
        detail::setSample(result.trajectory, out, target, run.q(), run.qd(), run.qdd());
    }
    result.statistics = run.statistics();
    return result;
}

} // namespace lab
