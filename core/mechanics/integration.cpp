#include "mechanics/integration.h"

#include "mechanics/dormandprince.h"
#include "mechanics/eulerlagrange.h"
#include "mechanics/integrator.h"
#include "mechanics/variational.h"

#include <cmath>

namespace lab {

namespace {

Error notPositive(const char* name, double value)
{
    return Error{.kind = ErrorKind::NotPositive, .text = QString::fromLatin1(name), .value = value};
}

Error outOfRange(const char* name, double value, double limit)
{
    return Error{.kind = ErrorKind::InvalidParameter,
                 .text = QString::fromLatin1(name),
                 .value = value,
                 .limit = limit};
}

bool positiveFinite(double value)
{
    return value > 0.0 && std::isfinite(value);
}

/// Euler-Lagrange accelerations that count their calls.
AccelerationFunction countedAccelerations(const Lagrangian& lagrangian, long long& evaluations)
{
    return [&lagrangian, &evaluations](const Eigen::VectorXd& q, const Eigen::VectorXd& qd) {
        ++evaluations;
        return accelerations(lagrangian, q, qd);
    };
}

Result<IntegrationRun> integrateWithRk4(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                                        const Eigen::VectorXd& qd0,
                                        const IntegrationSettings& settings)
{
    IntegrationRun run;
    run.scheme = IntegrationScheme::Rk4;
    const AccelerationFunction f = countedAccelerations(lagrangian, run.statistics.evaluations);
    Result<Trajectory> trajectory = integrateRk4(f, q0, qd0, settings.timeStep, settings.steps);
    if (!trajectory.ok())
        return trajectory.error();
    run.trajectory = std::move(*trajectory);
    run.statistics.acceptedSteps = settings.steps;
    return run;
}

Result<IntegrationRun> integrateVariationally(const Lagrangian& lagrangian,
                                              const Eigen::VectorXd& q0, const Eigen::VectorXd& qd0,
                                              const IntegrationSettings& settings)
{
    const bool separable =
        settings.allowStormerVerlet &&
        checkSeparable(lagrangian, q0, qd0, settings.separabilityTolerance).separable;
    if (separable)
        return integrateStormerVerlet(lagrangian, q0, qd0, settings);
    return integrateVariationalMidpoint(lagrangian, q0, qd0, settings);
}

} // namespace

Status validateIntegration(const IntegrationSettings& settings, int dof, const Eigen::VectorXd& q0,
                           const Eigen::VectorXd& qd0)
{
    if (q0.size() != dof || qd0.size() != dof || !q0.allFinite() || !qd0.allFinite())
        return Error{.kind = ErrorKind::InvalidState, .text = describeState(q0, qd0)};
    if (!positiveFinite(settings.timeStep))
        return notPositive("time-step", settings.timeStep);
    if (settings.steps < 1 || settings.steps > maxIntegrationSteps)
        return outOfRange("steps", settings.steps, settings.steps < 1 ? 1 : maxIntegrationSteps);
    if (!positiveFinite(settings.relativeTolerance))
        return notPositive("relative-tolerance", settings.relativeTolerance);
    if (!positiveFinite(settings.absoluteTolerance))
        return notPositive("absolute-tolerance", settings.absoluteTolerance);
    if (!(settings.initialStep >= 0.0) || !std::isfinite(settings.initialStep))
        return outOfRange("initial-step", settings.initialStep, 0.0);
    if (settings.maxAttempts < 1)
        return outOfRange("max-attempts", settings.maxAttempts, 1);
    if (!positiveFinite(settings.newtonTolerance))
        return notPositive("newton-tolerance", settings.newtonTolerance);
    if (settings.maxNewtonIterations < 1)
        return outOfRange("max-newton-iterations", settings.maxNewtonIterations, 1);
    if (!(settings.separabilityTolerance >= 0.0))
        return outOfRange("separability-tolerance", settings.separabilityTolerance, 0.0);
    return Success{};
}

Result<IntegrationRun> integrate(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                                 const Eigen::VectorXd& qd0, const IntegrationSettings& settings)
{
    const Status valid = validateIntegration(settings, lagrangian.dof(), q0, qd0);
    if (!valid.ok())
        return valid.error();

    switch (settings.kind) {
    case IntegratorKind::Rk4:
        return integrateWithRk4(lagrangian, q0, qd0, settings);
    case IntegratorKind::DormandPrince: {
        long long evaluations = 0; // integrateDormandPrince counts its own evaluations

        const AccelerationFunction f = countedAccelerations(lagrangian, evaluations);
        return integrateDormandPrince(f, q0, qd0, settings);
    }
    case IntegratorKind::Variational:
        return integrateVariationally(lagrangian, q0, qd0, settings);
    }
    return outOfRange("integrator", static_cast<int>(settings.kind), 0);
}

QString schemeId(IntegrationScheme scheme)
{
    switch (scheme) {
    case IntegrationScheme::Rk4:
        return QStringLiteral("rk4");
    case IntegrationScheme::DormandPrince:
        return QStringLiteral("dormand-prince");
    case IntegrationScheme::VariationalMidpoint:
        return QStringLiteral("variational-midpoint");
    case IntegrationScheme::StormerVerlet:
        return QStringLiteral("stormer-verlet");
    }
    return QStringLiteral("unknown");
}

} // namespace lab
