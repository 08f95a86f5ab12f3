#pragma once

#include <Eigen/Core>
#include <optional>

namespace lab {

/// Period of an oscillating signal x(t), from the times at which x - median(x) crosses zero
/// upwards (linearly interpolated between samples): the mean spacing of the first and last
/// of at least three such crossings. Empty when the signal crosses fewer than three times.
std::optional<double> estimatePeriod(const Eigen::VectorXd& t, const Eigen::VectorXd& x);

} // namespace lab
