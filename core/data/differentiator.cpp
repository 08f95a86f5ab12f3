#include "data/differentiator.h"

#include <Eigen/QR>
#include <algorithm>
#include <cmath>
#include <vector>

namespace lab {
namespace {

/// A window may grow while its pooled residual standard deviation stays within this factor
/// of the noise level: sqrt(sigma0^2 + bias^2) <= 1.05 sigma0 allows a bias of 0.32 sigma0.
/// NOTE: on records of about 100 samples the pooled estimates of different windows differ by
/// 5 to 10 % by chance, so the search can stop at minWindow even on noisy data.
constexpr double residualGrowthLimit = 1.05;

/// Once the residual standard deviation exceeds this multiple of sigma0, the smoothing bias
/// dominates it and grows with every larger window, so the search for that column stops.
constexpr double biasDominatedRatio = 1.5;

/// A column whose noise estimate is below this fraction of its spread (max - min) is treated
/// as noise-free. Such data has no noise to average out, so it gets the smallest window.
constexpr double noiseFreeRatio = 1e-12;

/// Degree and windows of the local fits, made consistent with the number of samples.
struct FitPlan
{
    int degree = 0;
    int window = 0; ///< 0 when the window is to be chosen from the data
    int minWindow = 0;
    int maxWindow = 0;
};

int oddAtMost(int value)
{
    return value % 2 == 0 ? value - 1 : value;
}

int oddAtLeast(int value)
{
    return value % 2 == 0 ? value + 1 : value;
}

/// Clamps the settings to what `rows` samples allow (rows >= 3): the degree to [2, rows - 1],
/// every window to an odd count within [degree + 1, rows].
FitPlan makePlan(int rows, const DifferentiatorSettings& settings)
{
    const int largest = oddAtMost(rows);

    FitPlan plan;
    plan.degree = std::clamp(settings.degree, 2, largest - 1);

    const int smallest = plan.degree + 1;
    const int minWindow = oddAtLeast(std::max(settings.minWindow, plan.degree + 3));
    plan.minWindow = std::clamp(minWindow, smallest, largest);
    plan.maxWindow = std::clamp(oddAtLeast(settings.maxWindow), plan.minWindow, largest);
    if (settings.window > 0)
        plan.window = std::clamp(oddAtLeast(settings.window), smallest, largest);
    return plan;
}

/// Fills `vandermonde` with tau^k, k = 0..degree, for the samples [first, first + count),
/// where tau = (t - centre) / scale keeps the powers near 1 and the fit well conditioned.
void fillVandermonde(const Eigen::VectorXd& t, int first, int count, double centre, double scale,
                     int degree, Eigen::MatrixXd& vandermonde)
{
    vandermonde.resize(count, degree + 1);
    for (int j = 0; j < count; ++j) {
        const double tau = (t[first + j] - centre) / scale;
        double power = 1.0;
        for (int k = 0; k <= degree; ++k) {
            vandermonde(j, k) = power;
            power *= tau;
        }
    }
}

/// Returns the larger distance in time from `centre` to the ends of the window, or 1 when
/// the window has no extent (which only invalid time stamps produce).
double windowScale(const Eigen::VectorXd& t, int first, int count, double centre)
{
    const double scale = std::max(centre - t[first], t[first + count - 1] - centre);
    return scale > 0.0 && std::isfinite(scale) ? scale : 1.0;
}

/// Returns the pooled residual variance of each column over all windows of `window` samples:
/// the sum of the residual squares of every local fit divided by the sum of the degrees of
/// freedom, window - degree - 1 per fit. Zero when the fits have no degree of freedom.
Eigen::VectorXd pooledResidualVariance(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                                       int window, int degree)
{
    const int rows = static_cast<int>(q.rows());
    const int freedom = window - degree - 1;
    Eigen::VectorXd sum = Eigen::VectorXd::Zero(q.cols());
    if (freedom <= 0 || window > rows)
        return sum;

    Eigen::MatrixXd vandermonde;
    Eigen::HouseholderQR<Eigen::MatrixXd> qr;
    Eigen::MatrixXd coefficients;
    Eigen::MatrixXd residual;
    const int fits = rows - window + 1;
    for (int first = 0; first < fits; ++first) {
        const double centre = t[first + window / 2];
        const double scale = windowScale(t, first, window, centre);
        fillVandermonde(t, first, window, centre, scale, degree, vandermonde);
        qr.compute(vandermonde);

        const auto samples = q.middleRows(first, window);
        coefficients = qr.solve(samples);
        residual = samples;
        residual.noalias() -= vandermonde * coefficients;
        sum += residual.colwise().squaredNorm().transpose();
    }
    return sum / (static_cast<double>(fits) * freedom);
}

/// Returns, for each column that is not constant, the largest window whose pooled residual
/// standard deviation is at most residualGrowthLimit times sigma0. Noise-free columns get the
/// smallest window. Constant columns are left out.
std::vector<int> windowsPerColumn(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                                  const FitPlan& plan, const Eigen::VectorXd& sigma0)
{
    std::vector<int> columns;
    std::vector<int> chosen;
    std::vector<bool> searching;
    for (int c = 0; c < q.cols(); ++c) {
        const double spread = q.col(c).maxCoeff() - q.col(c).minCoeff();
        if (!(spread > 0.0))
            continue;
        columns.push_back(c);
        chosen.push_back(plan.minWindow);
        searching.push_back(sigma0[c] >= noiseFreeRatio * spread);
    }

    for (int window = plan.minWindow + 2; window <= plan.maxWindow; window += 2) {
        if (std::none_of(searching.begin(), searching.end(), [](bool open) { return open; }))
            break;

        const Eigen::VectorXd sigma = pooledResidualVariance(t, q, window, plan.degree).cwiseSqrt();
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const double ratio = sigma[columns[k]] / sigma0[columns[k]];
            if (searching[k] && ratio <= residualGrowthLimit)
                chosen[k] = window;
            if (!(ratio <= biasDominatedRatio))
                searching[k] = false;
        }
    }
    return chosen;
}

/// Returns sqrt(mean over columns of sigma^2).
double rootMeanSquare(const Eigen::VectorXd& sigma)
{
    return sigma.size() > 0 ? std::sqrt(sigma.squaredNorm() / static_cast<double>(sigma.size()))
                            : 0.0;
}

/// Chooses the window as chooseWindow() documents and returns it with the per-column noise.
int chooseWindowWithNoise(const Eigen::VectorXd& t, const Eigen::MatrixXd& q, const FitPlan& plan,
                          Eigen::VectorXd& sigma0)
{
    sigma0 = pooledResidualVariance(t, q, plan.minWindow, plan.degree).cwiseSqrt();
    const std::vector<int> chosen = windowsPerColumn(t, q, plan, sigma0);
    if (chosen.empty())
        return plan.minWindow;
    return *std::min_element(chosen.begin(), chosen.end());
}

/// Fits the local polynomial around every sample and evaluates value, first and second
/// derivative at the sample: with q(t) = sum_k c_k tau^k and tau = (t - t_i) / h, these are
/// c_0, c_1 / h and 2 c_2 / h^2.
Derivatives fitEverySample(const Eigen::VectorXd& t, const Eigen::MatrixXd& q, int window,
                           int degree)
{
    const int rows = static_cast<int>(q.rows());
    Derivatives result;
    result.value.resize(rows, q.cols());
    result.first.resize(rows, q.cols());
    result.second.resize(rows, q.cols());
    result.window = window;

    Eigen::MatrixXd vandermonde;
    Eigen::HouseholderQR<Eigen::MatrixXd> qr;
    for (int i = 0; i < rows; ++i) {
        const int first = std::clamp(i - window / 2, 0, rows - window);
        const double scale = windowScale(t, first, window, t[i]);
        fillVandermonde(t, first, window, t[i], scale, degree, vandermonde);
        qr.compute(vandermonde);

        const Eigen::MatrixXd coefficients = qr.solve(q.middleRows(first, window));
        result.value.row(i) = coefficients.row(0);
        result.first.row(i) = coefficients.row(1) / scale;
        result.second.row(i) = coefficients.row(2) * (2.0 / (scale * scale));
    }
    return result;
}

/// Returns the samples unchanged with zero derivatives, for inputs too short to fit.
Derivatives passThrough(const Eigen::MatrixXd& q)
{
    Derivatives result;
    result.value = q;
    result.first = Eigen::MatrixXd::Zero(q.rows(), q.cols());
    result.second = Eigen::MatrixXd::Zero(q.rows(), q.cols());
    result.window = static_cast<int>(q.rows());
    return result;
}

} // namespace

Derivatives differentiate(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                          const DifferentiatorSettings& settings)
{
    const Eigen::Index rows = std::min(t.size(), q.rows());
    const Eigen::VectorXd times = t.head(rows);
    const Eigen::MatrixXd samples = q.topRows(rows);
    if (rows < 3)
        return passThrough(samples);

    const FitPlan plan = makePlan(static_cast<int>(rows), settings);
    Eigen::VectorXd sigma0;
    int window = plan.window;
    if (window == 0)
        window = chooseWindowWithNoise(times, samples, plan, sigma0);
    else
        sigma0 = pooledResidualVariance(times, samples, plan.minWindow, plan.degree).cwiseSqrt();

    const int degree = std::min(plan.degree, window - 1);
    Derivatives result = fitEverySample(times, samples, window, degree);
    result.noise = rootMeanSquare(sigma0);
    return result;
}

int chooseWindow(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                 const DifferentiatorSettings& settings)
{
    const Eigen::Index rows = std::min(t.size(), q.rows());
    if (rows < 3)
        return static_cast<int>(rows);

    const FitPlan plan = makePlan(static_cast<int>(rows), settings);
    Eigen::VectorXd sigma0;
    return chooseWindowWithNoise(t.head(rows), q.topRows(rows), plan, sigma0);
}

} // namespace lab
