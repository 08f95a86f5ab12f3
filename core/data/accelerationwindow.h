#pragma once

#include "data/differentiator.h"

#include <Eigen/Core>

namespace lab {

/// Chooses the differentiator window for fits of a law of motion to accelerations: the
/// smallest window whose second-derivative estimate is at most 20 % noise (by mean square).
/// A wider window flattens the peaks of the acceleration. At the windows that the pointwise
/// rule of chooseWindow() accepts, that smoothing bias shifts fitted coefficients by several
/// percent, while narrower windows let the noise dominate. The noise variance is sigma^2
/// |weights_w|^2, where sigma is measured per column from the residuals of the smallest
/// window and the weights are those of the local fit at the median time step. The signal is
/// the estimate's mean square less that variance. Every column must meet the limit.
int chooseAccelerationWindow(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                             const DifferentiatorSettings& settings);

} // namespace lab
