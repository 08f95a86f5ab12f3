#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "lnn/network.h"
#include "lnn/trainer.h"

#include <QJsonObject>
#include <optional>

namespace lab::cli {

/// Writes epoch, training and validation loss, learning rate and seconds, one row an epoch.
Status writeLossCsv(const QString& path, const std::vector<LossRecord>& history);

/// Writes a JSON object, indented.
Status writeJson(const QString& path, const QJsonObject& object);

/// Draws the data's phase portrait (first coordinate) with rollouts of the network from the
/// same initial states, as the GUI shows it, and saves it as a PNG. `epoch` is the epoch of
/// the network's parameters, shown in the legend.
Status writePhasePortrait(const QString& path, const Dataset& dataset,
                          const LagrangianNetwork& network, int epoch);

/// Compares the oscillation period of a one-coordinate trajectory with that of a rollout of
/// the network from the trajectory's first state over the same span (at most `periods`
/// periods). Empty when the trajectory does not oscillate or the rollout fails.
std::optional<QJsonObject> comparePeriods(const Trajectory& run, const LagrangianNetwork& network,
                                          int periods = 10);

/// Summary of a finished training run for summary.json.
QJsonObject describeOutcome(const TrainingOutcome& outcome);
QJsonObject describeSettings(const TrainingSettings& settings, int threads);

} // namespace lab::cli
