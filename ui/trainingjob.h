#pragma once

#include "common/error.h"
#include "data/trajectory.h"
#include "lnn/trainer.h"
#include "mechanics/preset.h"
#include "mechanics/simulation.h"

#include <QMetaType>
#include <variant>
#include <vector>

namespace lab {

/// A preset system whose trajectories the worker simulates before training.
struct SimulatedSystem
{
    SystemPreset preset;
    SimulationSettings simulation;
};

/// Source of the training data: a preset to simulate, or a dataset imported beforehand.
using DataSource = std::variant<SimulatedSystem, Dataset>;

/// Input of one training run. The worker owns its own copy.
struct TrainingJob
{
    DataSource data;
    TrainingSettings training;
    int rolloutRuns = 3;           ///< trajectories rolled out for the phase portrait
    double rolloutDuration = 20.0; ///< seconds, at most, per rollout
};

/// Positions and velocities of several runs of one system, for the phase portrait. Each run
/// contains t, q and qd, and qdd is left empty.
struct PhaseSnapshot
{
    std::vector<Coordinate> coordinates;
    std::vector<Trajectory> runs;
    int epoch = 0; ///< epoch of the network that produced rollouts; 0 for data
};

using LossRecords = std::vector<LossRecord>;

} // namespace lab

Q_DECLARE_METATYPE(lab::Error)
Q_DECLARE_METATYPE(lab::TrainingProgress)
Q_DECLARE_METATYPE(lab::TrainingOutcome)
Q_DECLARE_METATYPE(lab::LossRecords)
Q_DECLARE_METATYPE(lab::PhaseSnapshot)
