#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"

#include <Eigen/Core>

namespace lab {

/// Choices and thresholds of analyseDamping().
struct DampingSettings
{
    bool perCoordinate = false;   ///< fit one gamma per coordinate instead of one for all
    bool fitConstantForce = true; ///< also fit a constant acceleration per coordinate
    double minTrendT = 3.0;       ///< t-statistic of the energy's fall needed to call it damped
    /// Fall of the energy over the run, in units of its scatter, needed as well.
    double minDropOverNoise = 3.0;
    int maxBlocks = 40; ///< maximum number of time blocks for the energy trend, at least 4
    /// Samples left out of the fits at each end of the run. Set it to half the window of the
    /// differentiator that estimated qdot and qddot: near the ends its window is shifted
    /// inwards, and the estimates there are biased and noisier, enough to shift gamma.
    int edgeSamples = 0;
};

/// Energy loss along measured data under a conservative model, and the fitted damping.
///
/// Energy: E = qdot . dL/dqdot - L at every sample, with its sign flipped when the model's
/// kinetic part E(q, qdot) - E(q, 0) is negative on average (a Lagrangian learned with a
/// negative scale). E_min is the minimum of the potential E(q, 0): the lowest sample value,
/// refined by Newton's method when the refined point lies inside the data's range.
///
/// Loss rate kappa: the exponential decay rate of the oscillation energy E - E_min. The run is
/// cut into blocks of whole periods of the dominant coordinate (equal blocks when no period
/// is found), and ln(mean of E - E_min over a block) is fitted by a straight line in the
/// block's mean time, so kappa = -slope, in 1/s. Block means remove the oscillation of E
/// within each period that a slightly wrong model causes. For a weakly damped oscillator
/// with qddot = a(q) - gamma qdot, kappa is close to gamma.
///
/// Damping fit: the residual accelerations qddot - a_L(q, qdot), with a_L the Euler-Lagrange
/// accelerations of the model, are fitted by least squares as -gamma qdot (+ a constant per
/// coordinate). So gamma is in acceleration units: for L = 1/2 thetadot^2 + c cos(theta) it is
/// the gamma of thetaddot = -c sin(theta) - gamma thetadot. It is the same for L and any
/// multiple of L, and corresponds to the generalised force -gamma H qdot, which is the
/// Rayleigh dissipation D = 1/2 gamma qdot^T H qdot when H = d2L/dqdot2 is constant.
struct DampingAnalysis
{
    Eigen::VectorXd energy;     ///< E at every sample (edges included), sign as described above
    double minimumEnergy = 0.0; ///< E_min
    double lossRate = 0.0;      ///< kappa, 1/s; negative when the energy grows
    double lossRateError = 0.0; ///< standard error of kappa from the block fit, 1/s
    double trendT = 0.0;        ///< kappa / lossRateError
    int blocks = 0;             ///< number of time blocks in the trend fit
    double energyDrop = 0.0;    ///< fitted fall of E - E_min over the samples used in the fits
    double energyNoise = 0.0;   ///< RMS of E - E_min about the fitted exponential
    /// Whether the data lose energy steadily: kappa > 0, trendT >= minTrendT and
    /// energyDrop >= minDropOverNoise * energyNoise.
    bool significant = false;

    Eigen::VectorXd gamma;         ///< 1/s: one value, or one per coordinate
    Eigen::VectorXd gammaError;    ///< standard errors of gamma, 1/s
    Eigen::VectorXd constantForce; ///< fitted constant accelerations; zeros when not fitted
    double residualRms = 0.0;      ///< RMS residual acceleration after the fit
};

/// Analyses the energy loss of data (t, q, qd, qdd, for example measured data differentiated
/// by data/differentiator.h) under the conservative Lagrangian. The standard errors of gamma
/// come from a delete-one-block jackknife over the energy trend's blocks, because smoothed
/// derivatives and model error make neighbouring residuals alike, which the textbook
/// least-squares error ignores. Fewer than 3 usable blocks give an infinite error.
/// Errors: TooFewRows when fewer than 20 samples remain after leaving out the edge samples
/// (value: the samples that remain, limit 20). InvalidParameter with text "data" when the
/// data's coordinates differ from the Lagrangian's or the last time used is not after the
/// first. InvalidParameter with text "velocities" when the velocities are too few or too alike
/// to determine gamma and the constants. InvalidParameter with the setting's name when a
/// setting is invalid. And the Error of the Euler-Lagrange solver at a sample, for example
/// SingularHessian with the state as text.
Result<DampingAnalysis> analyseDamping(const Lagrangian& lagrangian, const Trajectory& data,
                                       const DampingSettings& settings = {});

} // namespace lab
