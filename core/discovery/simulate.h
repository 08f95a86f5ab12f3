#pragma once

#include "common/result.h"
#include "data/differentiator.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"
#include "mechanics/preset.h"

#include <cstdint>
#include <vector>

namespace lab::discovery {

/// How to simulate data for a search, as if it were measured.
struct DiscoverySimulation
{
    int trajectories = 10;
    double duration = 10.0;      ///< seconds per run
    double timeStep = 0.01;      ///< RK4 step and sampling interval, seconds
    double relativeNoise = 0.01; ///< noise standard deviation per coordinate, as a fraction of
                                 ///< that coordinate's standard deviation over all runs
    std::vector<Range> positionRanges; ///< one per coordinate
    std::vector<Range> velocityRanges; ///< one per coordinate
    DifferentiatorSettings differentiator;
    std::uint64_t seed = 1;
};

/// Simulated runs and what it took to make them.
struct SimulatedData
{
    Dataset dataset;
    int redrawn = 0;           ///< initial states drawn again because L or its motion failed
    std::vector<double> noise; ///< standard deviation added to each coordinate
    int window = 0;            ///< differentiator window chosen (largest over the runs)
};

/// Shrinks the range of each variable by a factor 0.8, at most 10 times, while L, its
/// gradient or its Hessian is undefined, or the Hessian singular, at the range's ends
/// stretched by 1.2. The other variables are drawn from their ranges. Default ranges fitted so keep
/// the motion and its noisy estimates where L is defined, e.g. |x_dot| <= 0.8 for
/// -sqrt(1 - x_dot^2). The ranges must be symmetric about 0.
void fitDefaultRanges(const Lagrangian& lagrangian, std::vector<Range>& positions,
                      std::vector<Range>& velocities);

/// Draws initial states uniformly from the ranges, integrates the Lagrangian with RK4 and
/// adds Gaussian noise to the positions only. Velocities and accelerations are then estimated
/// from the noisy positions, as for measured data, with the window that
/// chooseAccelerationWindow() picks for each run unless the settings fix one. A state where L
/// is not defined or its Hessian is singular (or whose run leaves that region) is drawn again
/// and counted. After 100 failed draws for one run, the Error of the last failure is returned.
Result<SimulatedData> simulateForDiscovery(const Lagrangian& lagrangian,
                                           std::vector<Coordinate> coordinates,
                                           const DiscoverySimulation& settings);

} // namespace lab::discovery
