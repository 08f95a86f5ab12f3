#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"

#include <Eigen/Core>
#include <QString>

namespace lab {

/// Integration method that a caller requests.
enum class IntegratorKind
{
    Rk4,           ///< classical fixed-step fourth-order Runge-Kutta
    DormandPrince, ///< adaptive Dormand-Prince 5(4) with error control
    Variational,   ///< symplectic: Störmer-Verlet when L separates, else the midpoint rule
};

/// Integration scheme that actually ran.
enum class IntegrationScheme
{
    Rk4,
    DormandPrince,
    VariationalMidpoint, ///< discrete Lagrangian h L((q0 + q1) / 2, (q1 - q0) / h)
    StormerVerlet,       ///< velocity Verlet for L = 1/2 qdot^T M qdot - V(q), M constant
};

/// Largest accepted number of steps. The trajectory then stores 4 x 10^7 doubles (320 MB) per
/// coordinate.
inline constexpr int maxIntegrationSteps = 10'000'000;

/// How to integrate. The output grid is t = 0, h, ..., N h with h = timeStep and N = steps,
/// for every method.
struct IntegrationSettings
{
    IntegratorKind kind = IntegratorKind::Rk4;
    double timeStep = 0.01; ///< h, seconds: the output spacing and the fixed methods' step
    int steps = 1000;       ///< N, so the trajectory has N + 1 samples; 1 to maxIntegrationSteps

    // Dormand-Prince: a step from y to y1 is accepted when the RMS over the state components
    // of error_i / (absoluteTolerance + relativeTolerance * max(|y_i|, |y1_i|)) is at most 1.
    double relativeTolerance = 1e-8;
    double absoluteTolerance = 1e-10;
    double initialStep = 0.0;     ///< first trial step, seconds; 0 chooses it from the state
    int maxAttempts = 10'000'000; ///< accepted plus rejected steps before giving up

    // Variational schemes.
    double newtonTolerance = 1e-12; ///< Newton stops when |dq|_inf <= tolerance * max(1, |q|_inf)
    int maxNewtonIterations = 50;
    bool allowStormerVerlet = true; ///< false forces the midpoint rule for separable Lagrangians
    double separabilityTolerance = 1e-9; ///< see checkSeparable()
};

/// Counters of one integration run.
struct IntegrationStatistics
{
    int acceptedSteps = 0;
    int rejectedSteps = 0;          ///< Dormand-Prince steps whose error estimate was too large
    long long evaluations = 0;      ///< calls of the acceleration function (explicit methods)
    long long newtonIterations = 0; ///< variational midpoint rule, over all steps
    int maxNewtonIterationsPerStep = 0;
};

/// A trajectory on the requested grid, the scheme that produced it and its counters.
struct IntegrationRun
{
    Trajectory trajectory; ///< t, q, qd and the Euler-Lagrange accelerations qdd
    IntegrationScheme scheme = IntegrationScheme::Rk4;
    IntegrationStatistics statistics;
};

/// Integrates the Euler-Lagrange equations of the Lagrangian from (q0, qd0) at t = 0 with the
/// requested method. A state of the wrong size or not finite gives InvalidState, and invalid
/// settings give NotPositive or InvalidParameter with the setting's name in text. During the
/// integration, SingularHessian means that d2L/dqdot2 cannot be inverted, NonFiniteState that
/// the state stopped being finite, and NotConverged that an implicit step or the error control
/// failed. These errors carry the step index in Error::step.
Result<IntegrationRun> integrate(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                                 const Eigen::VectorXd& qd0, const IntegrationSettings& settings);

/// Checks the settings and the initial state's size and finiteness.
Status validateIntegration(const IntegrationSettings& settings, int dof, const Eigen::VectorXd& q0,
                           const Eigen::VectorXd& qd0);

/// Stable identifier of a scheme for files and logs: "rk4", "dormand-prince",
/// "variational-midpoint" or "stormer-verlet".
QString schemeId(IntegrationScheme scheme);

} // namespace lab
