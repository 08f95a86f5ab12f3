#pragma once

#include "common/result.h"
#include "data/differentiator.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"
#include "mechanics/preset.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace lab {

/// How to make a dataset by simulating a system.
struct SimulationSettings
{
    int trajectories = 8;   ///< number of runs, each from its own initial state
    double duration = 10.0; ///< seconds per run
    double timeStep = 0.01; ///< RK4 step, seconds
    int sampleEvery = 1;    ///< keep every n-th integration step
    double noise = 0.0;     ///< standard deviation of Gaussian noise on positions
    double validationFraction = 0.25;
    std::uint64_t seed = 1;
    std::vector<Range> positionRanges;          ///< per coordinate; empty: the preset's defaults
    std::vector<Range> velocityRanges;          ///< per coordinate; empty: the preset's defaults
    std::vector<Eigen::VectorXd> initialStates; ///< (q, qdot) each; when set, used instead
    DifferentiatorSettings differentiator;      ///< used when noise > 0
};

/// Simulates `settings.trajectories` runs of the Lagrangian from initial states drawn
/// uniformly from the ranges (or the given initial states). Without noise, qdot and qddot are
/// the exact ones. With noise, Gaussian noise is added to the positions only and velocities
/// and accelerations are estimated from the noisy positions, as for measured data.
Result<std::vector<Trajectory>> simulateRuns(const Lagrangian& lagrangian,
                                             const std::vector<Range>& positionRanges,
                                             const std::vector<Range>& velocityRanges,
                                             const SimulationSettings& settings);

/// Simulates a preset and splits the runs into training and validation by trajectory.
Result<Dataset> simulateDataset(const SystemPreset& preset, const SimulationSettings& settings);

/// Checks the settings' values; the Error names the first invalid one.
Status validateSimulationSettings(const SimulationSettings& settings, int dof);

} // namespace lab
