#pragma once

#include "data/trajectory.h"
#include "mechanics/lagrangian.h"
#include "symbolic/program.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace lab::discovery {

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

    symbolic::StateBatch batch() const;
    double state(int variable, int sample) const { return states[variable * count + sample]; }
    double acceleration(int j, int sample) const { return accelerations[j * count + sample]; }
};

/// Collects the samples of every training and validation trajectory, leaving out `trimEdges`
/// samples at each end of a trajectory (where a local polynomial fit is one-sided), and keeps
/// at most maxSamples of them, chosen at random with the seed.
MotionSamples samplesFromDataset(const Dataset& dataset, int maxSamples, int trimEdges,
                                 std::uint64_t seed);

/// Samples whose accelerations (and values) come from a teacher Lagrangian, such as a trained
/// network, at the given states (each a vector q, qdot). States where the teacher's Hessian
/// is singular are skipped.
MotionSamples samplesFromTeacher(const Lagrangian& teacher,
                                 const std::vector<Eigen::VectorXd>& states);

/// Draws `count` samples of `samples` at random without replacement (all when count is larger).
MotionSamples subsample(const MotionSamples& samples, int count, std::uint64_t seed);

/// Fills in MotionSamples::weights from the accelerations.
void computeWeights(MotionSamples& samples);

} // namespace lab::discovery
