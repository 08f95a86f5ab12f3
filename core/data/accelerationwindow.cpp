#include "data/accelerationwindow.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace lab {

namespace {

/// Largest accepted share of the acceleration estimate's mean square that is noise.
constexpr double maxNoiseShare = 0.2;

/// Weights that give the second derivative at the centre of a local polynomial fit of
/// `window` samples spaced by h.
Eigen::VectorXd secondDerivativeWeights(int window, int degree, double h)
{
    Eigen::MatrixXd vandermonde(window, degree + 1);
    for (int k = 0; k < window; ++k) {
        const int tau = k - window / 2;
        double power = 1.0;
        for (int p = 0; p <= degree; ++p) {
            vandermonde(k, p) = power;
            power *= tau;
        }
    }
    const Eigen::MatrixXd pseudoInverse =
        (vandermonde.transpose() * vandermonde).ldlt().solve(vandermonde.transpose());
    return 2.0 / (h * h) * pseudoInverse.row(2).transpose();
}

double medianStep(const Eigen::VectorXd& t)
{
    std::vector<double> steps(static_cast<std::size_t>(t.size() - 1));
    for (Eigen::Index i = 0; i + 1 < t.size(); ++i)
        steps[static_cast<std::size_t>(i)] = t[i + 1] - t[i];
    std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 2),
                     steps.end());
    return steps[steps.size() / 2];
}

} // namespace

int chooseAccelerationWindow(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                             const DifferentiatorSettings& settings)
{
    const int degree = settings.degree;
    const int smallest = std::max(settings.minWindow | 1, degree + 3);
    const int largest = std::min(settings.maxWindow, static_cast<int>(t.size()) / 2 * 2 - 1);
    if (largest <= smallest || t.size() < 3)
        return smallest;

    DifferentiatorSettings fixed = settings;
    fixed.window = smallest;
    const Derivatives base = differentiate(t, q, fixed);
    const double h = medianStep(t);
    const double freedom = static_cast<double>(smallest) / (smallest - degree - 1);
    const Eigen::ArrayXd noiseVariance =
        (q - base.value).array().square().colwise().mean().transpose() * freedom;

    for (int window = smallest; window <= largest; window += 2) {
        fixed.window = window;
        const Derivatives estimate = differentiate(t, q, fixed);
        const Eigen::ArrayXd variance =
            noiseVariance * secondDerivativeWeights(window, degree, h).squaredNorm();
        const Eigen::ArrayXd meanSquare =
            estimate.second.array().square().colwise().mean().transpose();
        const Eigen::ArrayXd signal = (meanSquare - variance).max(0.0);
        if ((variance <= maxNoiseShare * signal).all())
            return window;
    }
    return largest;
}

} // namespace lab
