#pragma once

#include <Eigen/Core>

namespace lab {

/// Settings of the local polynomial differentiator.
struct DifferentiatorSettings
{
    int degree = 4;     ///< degree of the local polynomial (2 or more)
    int window = 0;     ///< samples per local fit, odd; 0 chooses the window from the data
    int minWindow = 7;  ///< smallest window tried when choosing (at least degree + 3)
    int maxWindow = 51; ///< largest window tried when choosing
};

/// Smoothed positions and their first and second time derivatives, one row per sample.
struct Derivatives
{
    Eigen::MatrixXd value;
    Eigen::MatrixXd first;
    Eigen::MatrixXd second;
    int window = 0;     ///< samples per local fit that was used
    double noise = 0.0; ///< estimated standard deviation of the position noise (RMS over columns)
};

/// Estimates derivatives of the sampled signal q(t) by a least-squares polynomial fit over a
/// window of neighbouring samples around each sample, using the actual time stamps, so that
/// non-uniform steps are handled exactly (a Savitzky-Golay filter for irregular sampling).
/// Near the ends the window is shifted inwards instead of shrunk. t must be strictly
/// increasing and hold at least settings.degree + 3 samples (callers validate this).
Derivatives differentiate(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                          const DifferentiatorSettings& settings);

/// Chooses the window for differentiate() from the data: the largest odd window whose
/// fit residuals stay at the noise level measured with the smallest window, so that the
/// smoothing bias stays below the noise. In detail, sigma(w) is the residual standard
/// deviation pooled over all fits of w samples; each column gets the largest w in
/// [minWindow, maxWindow] with sigma(w) <= 1.05 sigma(minWindow), and the smallest of these
/// over the columns is returned. Noise-free data (sigma below 1e-12 of the spread) get
/// minWindow. Windows are clamped to the number of samples.
int chooseWindow(const Eigen::VectorXd& t, const Eigen::MatrixXd& q,
                 const DifferentiatorSettings& settings);

} // namespace lab
