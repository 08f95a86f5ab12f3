#pragma once

#include "common/error.h"
#include "data/trajectory.h"
#include "lnn/trainer.h"
#include "mechanics/preset.h"
#include "mechanics/simulation.h"
#include "symbolic/typedsystem.h"

#include <QMetaType>
#include <memory>
#include <utility>
#include <variant>
#include <vector>

namespace lab {

/// A preset system whose trajectories the worker simulates before training.
struct SimulatedSystem
{
    SystemPreset preset;
    SimulationSettings simulation;
};

/// A Lagrangian typed by the user, simulated like a preset from initial states drawn uniformly
/// from the ranges (one per coordinate each). It is parsed again by prepareDataset(), which
/// returns the parse error, if any.
struct TypedSimulation
{
    QString formula;
    QStringList coordinates;
    std::vector<std::pair<QString, double>> parameters;
    std::vector<Range> positionRanges;
    std::vector<Range> velocityRanges;
    SimulationSettings simulation;
};

/// Source of the training data: a preset or a typed Lagrangian to simulate, or a dataset
/// imported beforehand.
using DataSource = std::variant<SimulatedSystem, TypedSimulation, Dataset>;

/// Simulates a preset or typed Lagrangian, or returns the imported dataset as it is.
Result<Dataset> prepareDataset(const DataSource& source);

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

/// A copy of a trained network with the coordinates it was trained on, shared read-only with
/// the symbolic regression as a teacher.
struct TrainedNetwork
{
    std::shared_ptr<const LagrangianNetwork> network;
    std::vector<Coordinate> coordinates;
};

} // namespace lab

Q_DECLARE_METATYPE(lab::Error)
Q_DECLARE_METATYPE(lab::TrainingProgress)
Q_DECLARE_METATYPE(lab::TrainingOutcome)
Q_DECLARE_METATYPE(lab::LossRecords)
Q_DECLARE_METATYPE(lab::PhaseSnapshot)
Q_DECLARE_METATYPE(lab::TrainedNetwork)
