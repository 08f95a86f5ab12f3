#pragma once

#include "data/differentiator.h"

#include <Eigen/Core>

namespace lab {

/// Chooses the differentiator window for fits of a law of motion to accelerations: the
/// smallest window whose second-derivative estimate is at most 20 % noise (by mean square).
/// A wider window flattens the peaks of the acceleration, and that smoothing bias shifts
/// fitted coefficients by several percent at windows the pointwise rule of chooseWindow()
/// accepts; narrower windows let the noise dominate. The noise variance is sigma^2
/// |weights_w|^2, with sigma measured per column from the residuals of the smallest window
/// and the weights of the local fit at the median time step; the signal is the estimate's
/// mean square less that variance. Every column must meet the limit.
int chooseAccelerationWindow(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                             const DifferentiatorSettings& settings);

} // namespace lab
