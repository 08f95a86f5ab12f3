#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"

#include <Eigen/Core>
#include <optional>

namespace lab {

/// Computes the energy function E = qdot . dL/dqdot - L at every sample of the trajectory.
Eigen::VectorXd energySeries(const Lagrangian& lagrangian, const Trajectory& trajectory);

/// Computes the canonical momenta p_i = dL/dqdot_i at every sample, with one row per sample
/// and one column per coordinate.
Eigen::MatrixXd momentumSeries(const Lagrangian& lagrangian, const Trajectory& trajectory);

/// How far a quantity that should be conserved moves from its initial value. All relative
/// figures divide by `scale`: |Q0| when Q0 is not 0, else the largest |Q| of the series,
/// else 1.
struct DriftMeasures
{
    double initial = 0.0; ///< Q0, the first value
    double scale = 1.0;
    double maxRelativeError = 0.0;   ///< max over the samples of |Q - Q0| / scale
    double finalRelativeError = 0.0; ///< (Q_last - Q0) / scale, signed
    double relativeTrend = 0.0;      ///< least-squares slope of Q over t, divided by scale; 1/s
    double firstTenthMean = 0.0; ///< mean of (Q - Q0) / scale over the first tenth of the samples
    double lastTenthMean = 0.0;  ///< the same over the last tenth (at least one sample each)
};

/// Measures the drift of the series `values` sampled at times t (same length, at least 2
/// samples; fewer give all-zero measures).
DriftMeasures measureDrift(const Eigen::VectorXd& t, const Eigen::VectorXd& values);

/// Timing error of a rollout's oscillation against a reference trajectory of the true system.
/// It compares the times at which one coordinate crosses the reference's median upwards,
/// located by cubic Hermite interpolation of q with qdot at both ends of a sample interval.
struct PhaseError
{
    Eigen::VectorXd times;   ///< reference crossing times, seconds
    Eigen::VectorXd lags;    ///< rollout crossing time minus reference crossing time, seconds
    double period = 0.0;     ///< mean spacing of the reference crossings, seconds
    double finalPhase = 0.0; ///< 2 pi times the last lag over the period, radians
    double lagRate = 0.0;    ///< least-squares slope of the lags over time, seconds per second
};

/// Pairs the k-th upward crossing of the rollout with the k-th of the reference, for as many
/// as both have. Empty when the reference crosses fewer than twice or the rollout never.
/// NOTE: once a lag exceeds about half a period, the k-th crossings belong to different
/// swings and the figures stop measuring the phase.
std::optional<PhaseError> measurePhaseError(const Trajectory& rollout, const Trajectory& reference,
                                            int coordinate);

/// Distance between a rollout and data over time, and when it first exceeds a band.
struct BandExit
{
    bool left = false;        ///< the distance exceeded the band inside the overlap
    double time = 0.0;        ///< first data time with distance above the band; else the last
    Eigen::VectorXd t;        ///< data times inside the rollout's time span
    Eigen::VectorXd distance; ///< state distance at those times
};

/// Compares a rollout with data at the data's times inside the rollout's span, interpolating
/// the rollout by cubic Hermite polynomials (q with qdot, qdot with qddot). The distance is
/// the Euclidean norm over q and qdot of the differences, each divided by the data column's
/// standard deviation when scaleBySpread (a column that does not vary keeps a scale of 1).
/// Errors: InvalidParameter when the numbers of coordinates differ (text "rollout", value the
/// rollout's, limit the data's) or when no data time lies inside the rollout's span (text
/// "rollout", value 0), NotPositive when tolerance is not above 0 (text "tolerance").
Result<BandExit> measureBandExit(const Trajectory& rollout, const Trajectory& data,
                                 double tolerance, bool scaleBySpread = true);

/// Returns the least-squares slope of y over x, or 0 when x does not vary.
double leastSquaresSlope(const Eigen::VectorXd& x, const Eigen::VectorXd& y);

} // namespace lab
