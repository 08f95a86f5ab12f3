#pragma once

#include "common/result.h"
#include "mechanics/lagrangian.h"

#include <Eigen/Core>
#include <QString>

namespace lab {

/// Largest accepted condition number of H = d2L/dqdot2. Beyond it, the accelerations carry
/// less than about 6 significant digits in double precision, so the state is rejected.
inline constexpr double maxHessianCondition = 1e10;

/// Solves the Euler-Lagrange equations H qddot = dL/dq - M qdot for qddot, with
/// H = d2L/dqdot2 and M = d2L/(dqdot dq). A singular or ill-conditioned H (condition number
/// above maxCondition, or not finite) is never pseudo-inverted. It gives an Error of kind
/// SingularHessian whose value is the condition number.
Result<Eigen::VectorXd> solveAccelerations(const LagrangianTerms& terms, const Eigen::VectorXd& qd,
                                           double maxCondition = maxHessianCondition);

/// Whether the value and every derivative in the terms are finite.
bool isFinite(const LagrangianTerms& terms);

/// Accelerations of the Lagrangian at the state (q, qd). A state that is not finite, or at
/// which the Lagrangian's terms are not finite, gives an Error of kind NonFiniteState.
Result<Eigen::VectorXd> accelerations(const Lagrangian& lagrangian, const Eigen::VectorXd& q,
                                      const Eigen::VectorXd& qd);

/// Formats values as comma-separated numbers of 6 significant digits, as in Error::text.
QString describeState(const Eigen::VectorXd& values);

/// Formats the state (q, qdot) as the positions followed by the velocities.
QString describeState(const Eigen::VectorXd& q, const Eigen::VectorXd& qd);

/// Energy function E = qdot . dL/dqdot - L, conserved when L has no explicit time dependence.
double energy(const Lagrangian& lagrangian, const Eigen::VectorXd& q, const Eigen::VectorXd& qd);

} // namespace lab
