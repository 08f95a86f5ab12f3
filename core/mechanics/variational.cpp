#include "mechanics/variational.h"

#include "mechanics/eulerlagrange.h"
#include "mechanics/integrationsupport.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace lab {

namespace {

double maxAbs(const Eigen::MatrixXd& matrix)
{
    return matrix.size() > 0 ? matrix.cwiseAbs().maxCoeff() : 0.0;
}

/// Inputs of one variational step besides the state: the Lagrangian, the settings with the step
/// size, the counters to update and the index of the step.
struct StepContext
{
    const Lagrangian& lagrangian;
    const IntegrationSettings& settings;
    IntegrationStatistics& statistics;
    int step = 0;
};

bool converged(const Eigen::VectorXd& delta, const Eigen::VectorXd& x, double tolerance)
{
    return delta.lpNorm<Eigen::Infinity>() <=
           tolerance * std::max(1.0, x.lpNorm<Eigen::Infinity>());
}

Error notConverged(const StepContext& context, const Eigen::VectorXd& delta,
                   const Eigen::VectorXd& q, const Eigen::VectorXd& qd)
{
    const Error error{.kind = ErrorKind::NotConverged,
                      .value = delta.lpNorm<Eigen::Infinity>(),
                      .limit = context.settings.newtonTolerance};
    return detail::atStep(error, context.step, q, qd);
}

/// Solves p + D1 L_d(q, q1) = 0 for q1 by Newton's method, from `guess`. With the midpoint
/// state m = (q + q1) / 2 and velocity v = (q1 - q) / h, D1 L_d = h/2 dL/dq(m, v) - dL/dqdot(m, v),
/// and its Jacobian in q1 is h/4 Lqq + 1/2 (M^T - M) - H / h. Lqq comes from central
/// differences once per step: it enters only the Jacobian, in a term h^2 / 4 times smaller
/// than H, so its error slows the convergence slightly but never moves the solution.
Result<Eigen::VectorXd> solveNextPosition(StepContext& context, const Eigen::VectorXd& q,
                                          const Eigen::VectorXd& p, const Eigen::VectorXd& guess)
{
    const double h = context.settings.timeStep;
    Eigen::VectorXd q1 = guess;
    const Eigen::MatrixXd lqq = positionHessian(context.lagrangian, 0.5 * (q + q1), (q1 - q) / h);
    Eigen::VectorXd delta = Eigen::VectorXd::Zero(q.size());
    for (int iteration = 1; iteration <= context.settings.maxNewtonIterations; ++iteration) {
        const Eigen::VectorXd v = (q1 - q) / h;
        const LagrangianTerms terms = context.lagrangian.terms(0.5 * (q + q1), v);
        if (!isFinite(terms))
            return detail::nonFiniteState(context.step, q1, v);
        const Eigen::VectorXd residual = p + 0.5 * h * terms.dq - terms.dqd;
        const Eigen::MatrixXd jacobian =
            0.25 * h * lqq + 0.5 * (terms.mixed.transpose() - terms.mixed) - terms.hessian / h;
        Result<Eigen::VectorXd> step =
            detail::solveWellConditioned(jacobian, -residual, maxHessianCondition);
        if (!step.ok())
            return detail::atStep(step.error(), context.step, q1, v);
        delta = *step;
        q1 += delta;
        if (!q1.allFinite())
            return detail::nonFiniteState(context.step, q1, v);
        if (converged(delta, q1, context.settings.newtonTolerance)) {
            context.statistics.newtonIterations += iteration;
            context.statistics.maxNewtonIterationsPerStep =
                std::max(context.statistics.maxNewtonIterationsPerStep, iteration);
            return q1;
        }
    }
    return notConverged(context, delta, q1, (q1 - q) / h);
}

/// Solves dL/dqdot(q, qd) = p for qd by Newton's method with the Jacobian H, from `guess`.
Result<Eigen::VectorXd> velocityFromMomentum(const StepContext& context, const Eigen::VectorXd& q,
                                             const Eigen::VectorXd& p, const Eigen::VectorXd& guess)
{
    Eigen::VectorXd qd = guess;
    Eigen::VectorXd delta = Eigen::VectorXd::Zero(q.size());
    for (int iteration = 1; iteration <= context.settings.maxNewtonIterations; ++iteration) {
        const LagrangianTerms terms = context.lagrangian.terms(q, qd);
        if (!isFinite(terms))
            return detail::nonFiniteState(context.step, q, qd);
        Result<Eigen::VectorXd> step =
            detail::solveWellConditioned(terms.hessian, p - terms.dqd, maxHessianCondition);
        if (!step.ok())
            return detail::atStep(step.error(), context.step, q, qd);
        delta = *step;
        qd += delta;
        if (!qd.allFinite())
            return detail::nonFiniteState(context.step, q, qd);
        if (converged(delta, qd, context.settings.newtonTolerance))
            return qd;
    }
    return notConverged(context, delta, q, qd);
}

/// The state of a variational run: position, discrete momentum, and the velocity and
/// acceleration reported with them.
struct MidpointState
{
    Eigen::VectorXd q;
    Eigen::VectorXd p;
    Eigen::VectorXd qd;
    Eigen::VectorXd qdd;
};

/// Advances the state by one step of the discrete Euler-Lagrange equations.
Status advanceMidpoint(StepContext& context, MidpointState& state)
{
    const double h = context.settings.timeStep;
    const Eigen::VectorXd guess = state.q + h * state.qd + 0.5 * h * h * state.qdd;
    Result<Eigen::VectorXd> q1 = solveNextPosition(context, state.q, state.p, guess);
    if (!q1.ok())
        return q1.error();

    // Discrete momentum p_k+1 = D2 L_d(q_k, q_k+1) = h/2 dL/dq(m, v) + dL/dqdot(m, v).
    const Eigen::VectorXd v = (*q1 - state.q) / h;
    const LagrangianTerms terms = context.lagrangian.terms(0.5 * (state.q + *q1), v);
    const Eigen::VectorXd p1 = 0.5 * h * terms.dq + terms.dqd;
    if (!p1.allFinite())
        return detail::nonFiniteState(context.step, *q1, v);

    Result<Eigen::VectorXd> qd1 = velocityFromMomentum(context, *q1, p1, v);
    if (!qd1.ok())
        return qd1.error();
    Result<Eigen::VectorXd> qdd1 = accelerations(context.lagrangian, *q1, *qd1);
    if (!qdd1.ok())
        return detail::atStep(qdd1.error(), context.step, *q1, *qd1);

    state = MidpointState{.q = *q1, .p = p1, .qd = *qd1, .qdd = *qdd1};
    return Success{};
}

} // namespace

Eigen::MatrixXd positionHessian(const Lagrangian& lagrangian, const Eigen::VectorXd& q,
                                const Eigen::VectorXd& qd)
{
    const Eigen::Index n = q.size();
    const double relativeStep = std::cbrt(std::numeric_limits<double>::epsilon());
    Eigen::MatrixXd hessian(n, n);
    for (Eigen::Index j = 0; j < n; ++j) {
        const double delta = relativeStep * std::max(1.0, std::abs(q[j]));
        Eigen::VectorXd forward = q;
        Eigen::VectorXd backward = q;
        forward[j] += delta;
        backward[j] -= delta;
        hessian.col(j) =
            (lagrangian.terms(forward, qd).dq - lagrangian.terms(backward, qd).dq) / (2.0 * delta);
    }
    return 0.5 * (hessian + hessian.transpose());
}

SeparabilityCheck checkSeparable(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                                 const Eigen::VectorXd& qd0, double tolerance)
{
    const LagrangianTerms reference = lagrangian.terms(q0, qd0);
    const double scale = maxAbs(reference.hessian);
    SeparabilityCheck check;
    if (!(scale > 0.0) || !std::isfinite(scale))
        return check;

    // Fixed seed: the same Lagrangian and state always get the same verdict.
    std::mt19937_64 random(20010101);
    std::uniform_real_distribution<double> offset(-2.0, 2.0);
    const double positionSpread = std::max(1.0, q0.lpNorm<Eigen::Infinity>());
    const double velocitySpread = std::max(1.0, qd0.lpNorm<Eigen::Infinity>());
    check.mixedSize = maxAbs(reference.mixed) / scale;
    for (int probe = 0; probe < 4; ++probe) {
        Eigen::VectorXd q = q0;
        Eigen::VectorXd qd = qd0;
        for (Eigen::Index j = 0; j < q.size(); ++j) {
            q[j] += positionSpread * offset(random);
            qd[j] += velocitySpread * offset(random);
        }
        const LagrangianTerms terms = lagrangian.terms(q, qd);
        check.hessianVariation =
            std::max(check.hessianVariation, maxAbs(terms.hessian - reference.hessian) / scale);
        check.mixedSize = std::max(check.mixedSize, maxAbs(terms.mixed) / scale);
    }
    // A NaN measure fails both comparisons, so a Lagrangian that is not finite at a probe is
    // never called separable.
    check.separable = check.hessianVariation <= tolerance && check.mixedSize <= tolerance;
    return check;
}

Result<IntegrationRun> integrateVariationalMidpoint(const Lagrangian& lagrangian,
                                                    const Eigen::VectorXd& q0,
                                                    const Eigen::VectorXd& qd0,
                                                    const IntegrationSettings& settings)
{
    const Status valid = validateIntegration(settings, lagrangian.dof(), q0, qd0);
    if (!valid.ok())
        return valid.error();
    Result<Eigen::VectorXd> qdd0 = accelerations(lagrangian, q0, qd0);
    if (!qdd0.ok())
        return detail::atStep(qdd0.error(), 0, q0, qd0);

    IntegrationRun run;
    run.scheme = IntegrationScheme::VariationalMidpoint;
    run.trajectory = detail::makeTrajectory(settings.steps + 1, lagrangian.dof());
    MidpointState state{.q = q0, .p = lagrangian.terms(q0, qd0).dqd, .qd = qd0, .qdd = *qdd0};
    detail::setSample(run.trajectory, 0, 0.0, state.q, state.qd, state.qdd);
    StepContext context{lagrangian, settings, run.statistics};
    for (int step = 1; step <= settings.steps; ++step) {
        context.step = step;
        const Status advanced = advanceMidpoint(context, state);
        if (!advanced.ok())
            return advanced.error();
        ++run.statistics.acceptedSteps;
        detail::setSample(run.trajectory, step, step * settings.timeStep, state.q, state.qd,
                          state.qdd);
    }
    return run;
}

Result<IntegrationRun> integrateStormerVerlet(const Lagrangian& lagrangian,
                                              const Eigen::VectorXd& q0, const Eigen::VectorXd& qd0,
                                              const IntegrationSettings& settings)
{
    const Status valid = validateIntegration(settings, lagrangian.dof(), q0, qd0);
    if (!valid.ok())
        return valid.error();
    const double h = settings.timeStep;
    Eigen::VectorXd q = q0;
    Eigen::VectorXd qd = qd0;
    Result<Eigen::VectorXd> a = accelerations(lagrangian, q, qd);
    if (!a.ok())
        return detail::atStep(a.error(), 0, q, qd);

    IntegrationRun run;
    run.scheme = IntegrationScheme::StormerVerlet;
    run.statistics.evaluations = 1;
    run.trajectory = detail::makeTrajectory(settings.steps + 1, lagrangian.dof());
    detail::setSample(run.trajectory, 0, 0.0, q, qd, *a);
    for (int step = 1; step <= settings.steps; ++step) {
        const Eigen::VectorXd halfStepVelocity = qd + 0.5 * h * *a;
        q += h * halfStepVelocity;
        if (!q.allFinite() || !halfStepVelocity.allFinite())
            return detail::nonFiniteState(step, q, halfStepVelocity);
        a = accelerations(lagrangian, q, halfStepVelocity);
        ++run.statistics.evaluations;
        if (!a.ok())
            return detail::atStep(a.error(), step, q, halfStepVelocity);
        qd = halfStepVelocity + 0.5 * h * *a;
        ++run.statistics.acceptedSteps;
        detail::setSample(run.trajectory, step, step * h, q, qd, *a);
    }
    return run;
}

} // namespace lab
