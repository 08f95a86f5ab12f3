#pragma once

#include "data/trajectory.h"
#include "mechanics/lagrangian.h"
#include "symbolic/program.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace lab::discovery {

/// Averages of the accelerations against smooth test functions: the weak form of the equations
/// of motion (Messenger and Bortz, "Weak SINDy", J. Comput. Phys. 443, 2021). For a test
/// function phi that vanishes with its derivatives at the ends of its support, the average of
/// qddot equals the integral of phi'' q. The data thus enter without a second derivative and
/// without the smoothing bias of one. A row m averages the predicted accelerations at the
/// samples `sample[e]` with weights `weight[e]` for e in [start[m], start[m + 1]).
struct WeakRows
{
    std::vector<int> start;      ///< entry range of each row, plus the end; empty: no rows
    std::vector<int> sample;     ///< sample index of each entry
    std::vector<double> weight;  ///< quadrature weight of each entry
    std::vector<double> slope;   ///< quadrature weight of phi' (per second) of each entry
    std::vector<double> targets; ///< coordinate j of row m at [j * rows() + m]
    std::vector<double> weights; ///< per coordinate: 1 / mean(target^2)
    std::vector<double> gains;   ///< per row: sum of squared target weights of the positions
    /// Expected loss of the exact law from the position noise alone (0: noise unknown).
    double noiseFloor = 0.0;

    int rows() const { return start.empty() ? 0 : static_cast<int>(start.size()) - 1; }
    double target(int j, int row) const { return targets[j * rows() + row]; }
};

/// States with the accelerations that a candidate Lagrangian must reproduce, in the
/// structure-of-arrays layout of symbolic::StateBatch. For the distillation loss, `values`
/// contains a teacher's L at the states. Otherwise it is empty.
struct MotionSamples
{
    int dof = 0;
    int count = 0;
    std::vector<double> states;        ///< variable v of sample i at states[v * count + i]
    std::vector<double> accelerations; ///< coordinate j of sample i at [j * count + i]
    std::vector<double> values;        ///< teacher's L at sample i, or empty
    std::vector<double> weights;       ///< per coordinate: 1 / mean(acceleration^2)
    WeakRows weak; ///< with rows, the motion loss compares these averages instead

    symbolic::StateBatch batch() const;
    double state(int variable, int sample) const { return states[variable * count + sample]; }
    double acceleration(int j, int sample) const { return accelerations[j * count + sample]; }
};

/// Collects the samples of every training and validation trajectory, leaving out `trimEdges`
/// samples at each end of a trajectory (where a local polynomial fit is one-sided), and keeps
/// at most maxSamples of them, chosen at random with the seed.
MotionSamples samplesFromDataset(const Dataset& dataset, int maxSamples, int trimEdges,
                                 std::uint64_t seed);

/// Samples for the motion loss in weak form: test functions (1 - tau^2)^4 over 2 * halfWidth + 1
/// samples, centred every halfWidth / 2 samples inside each trajectory, with the predicted
/// accelerations evaluated on every (halfWidth / 10)-th sample. `halfWidth` is at least 10.
/// Trajectories shorter than a support give no rows, so the result may have none.
/// With `positionNoise` (standard deviation per coordinate, or empty), the rows' noiseFloor is
/// set from it.
MotionSamples weakSamplesFromDataset(const Dataset& dataset, int halfWidth,
                                     const std::vector<double>& positionNoise = {});

/// Weak samples when `halfWidth` (the differentiator's window) is at least minWeakWindow and the
/// trajectories give at least minWeakRows rows, else samplesFromDataset() with `halfWidth`
/// samples trimmed at each end. Noise-free simulations have window 0 and exact accelerations.
MotionSamples samplesForMotion(const Dataset& dataset, int halfWidth, int maxSamples,
                               std::uint64_t seed, const std::vector<double>& positionNoise = {});

/// Minimum number of weak rows for samplesForMotion() to use them instead of pointwise samples.
inline constexpr int minWeakRows = 20;
/// Smallest differentiator window for which samplesForMotion() uses the weak form.
inline constexpr int minWeakWindow = 7;

/// Samples whose accelerations (and values) come from a teacher Lagrangian, such as a trained
/// network, at the given states (each a vector q, qdot). States where the teacher's Hessian
/// is singular are skipped.
MotionSamples samplesFromTeacher(const Lagrangian& teacher,
                                 const std::vector<Eigen::VectorXd>& states);

/// Draws `count` samples of `samples` at random without replacement (all when count is larger).
/// With weak rows, draws blocks of consecutive rows instead until their samples reach `count`.
MotionSamples subsample(const MotionSamples& samples, int count, std::uint64_t seed);

/// Fills in MotionSamples::weights from the accelerations.
void computeWeights(MotionSamples& samples);

} // namespace lab::discovery
