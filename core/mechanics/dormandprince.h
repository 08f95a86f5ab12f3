#pragma once

#include "common/result.h"
#include "mechanics/integration.h"
#include "mechanics/integrator.h"

#include <Eigen/Core>

namespace lab {

/// Integrates qddot = f(q, qdot) from (q0, qd0) at t = 0 with the embedded Runge-Kutta pair of
/// Dormand and Prince (order 5, error estimate of order 4, "A family of embedded Runge-Kutta
/// formulae", J. Comput. Appl. Math. 6 (1980) 19-26), with local extrapolation and a standard
/// step-size controller. Uses settings.timeStep, steps, relativeTolerance, absoluteTolerance,
/// initialStep and maxAttempts. Steps are shortened to land on every output time k h, so the
/// result lies exactly on the grid without interpolation.
/// NOTE: a step never exceeds the output spacing h, so a fine output grid costs steps even
/// where the tolerance would allow longer ones.
/// Errors: the Error of f with Error::step set to the index of the step being attempted, and
/// NotConverged (value: the step size, limit: the smallest step tried) when the step size
/// underflows or maxAttempts is reached.
Result<IntegrationRun> integrateDormandPrince(const AccelerationFunction& f,
                                              const Eigen::VectorXd& q0, const Eigen::VectorXd& qd0,
                                              const IntegrationSettings& settings);

} // namespace lab
