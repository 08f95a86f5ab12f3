#pragma once

// Helpers shared by the integrators' sources; not part of the public API.

#include "common/result.h"
#include "data/trajectory.h"

#include <Eigen/Core>

namespace lab::detail {

/// Trajectory of `samples` zero rows over `dof` coordinates, to be filled by setSample().
Trajectory makeTrajectory(int samples, int dof);

void setSample(Trajectory& trajectory, int row, double t, const Eigen::VectorXd& q,
               const Eigen::VectorXd& qd, const Eigen::VectorXd& qdd);

/// The error with Error::step set and, unless it already names one, the state in Error::text.
Error atStep(Error error, int step, const Eigen::VectorXd& q, const Eigen::VectorXd& qd);

/// NonFiniteState error for the state (q, qd) reached at `step`.
Error nonFiniteState(int step, const Eigen::VectorXd& q, const Eigen::VectorXd& qd);

/// Solves A x = b, or returns a SingularHessian error whose value is the condition number of A
/// when that exceeds maxCondition or is not finite.
Result<Eigen::VectorXd> solveWellConditioned(const Eigen::MatrixXd& a, const Eigen::VectorXd& b,
                                             double maxCondition);

} // namespace lab::detail
