#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "lnn/network.h"

#include <atomic>
#include <vector>

namespace lab {

/// Integrates the network's dynamics with RK4 from the first state of each of the first
/// maxRuns trajectories, over each trajectory's own duration (at most maxDuration seconds),
/// with a step of timeStep seconds (0: the trajectory's median sampling step, at most 0.02 s).
/// All runs are integrated together as one batch. Stops early when cancel becomes true.
Result<std::vector<Trajectory>> rolloutFromData(const LagrangianNetwork& network,
                                                const std::vector<Trajectory>& runs, int maxRuns,
                                                double maxDuration, double timeStep = 0.0,
                                                const std::atomic<bool>* cancel = nullptr);

} // namespace lab
