#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "symbolic/expression.h"

#include <Eigen/Core>
#include <vector>

namespace lab {

/// A conservative model fitted to measured motion, for data that come without a Lagrangian.
struct RestoringFit
{
    symbolic::Expression lagrangian; ///< sum over the coordinates of the terms described below
    symbolic::SymbolTable symbols;   ///< the coordinate names, no parameters
    Eigen::VectorXd stiffness;       ///< c per coordinate, 1/s^2
    Eigen::VectorXd damping;         ///< gamma per coordinate from the same fit, 1/s
    Eigen::VectorXd constant;        ///< b per coordinate from the same fit, in q units per s^2
};

/// Fits every coordinate on its own by least squares as qddot_i = -c_i f(q_i) - gamma_i
/// qdot_i + b_i, with f = sin for angles and f(q) = q for other coordinates, and returns
/// the conservative model L = sum_i 1/2 qdot_i^2 + c_i cos(q_i) (angles) or
/// 1/2 qdot_i^2 - 1/2 c_i q_i^2 (others): a pendulum or a harmonic oscillator per
/// coordinate, without coupling. gamma and b are fitted so that they do not bias c, and the
/// model leaves them out. `edgeSamples` rows at each end are left out, as for
/// analyseDamping(). Errors: TooFewRows when fewer than 20 rows remain (value: the rows,
/// limit 20). InvalidParameter with the coordinate's name as text and c as value when a
/// coordinate has no restoring force (c <= 0) or the fit is not finite.
Result<RestoringFit> fitRestoringModel(const Trajectory& data,
                                       const std::vector<Coordinate>& coordinates,
                                       int edgeSamples = 0);

} // namespace lab
