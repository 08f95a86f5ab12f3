#pragma once

#include "analysis/noether.h"
#include "mechanics/lagrangian.h"
#include "mechanics/preset.h"
#include "symbolic/expression.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <memory>
#include <optional>
#include <vector>

namespace lab::cli {

/// A Lagrangian that the rollout and conserved commands work on, read from --model, --run,
/// --lagrangian or --system.
struct ModelSource
{
    std::unique_ptr<Lagrangian> lagrangian;
    std::vector<Coordinate> coordinates;
    /// L as a formula for every source except a network (--model).
    std::optional<symbolic::Expression> expression;
    symbolic::SymbolTable symbols; ///< the coordinates and, for presets and --param, parameters
    /// Box of states for the symmetry checks: the preset's ranges, the simulation ranges that
    /// pareto.json records, the network's training box, else -1 to 1 for every variable.
    std::vector<Range> positionRanges;
    std::vector<Range> velocityRanges;
    QJsonObject description; ///< kind and origin of the Lagrangian, for the JSON output
};

/// Declares --model, --run, --candidate, --lagrangian, --coordinates, --param, --system,
/// --planar and --tolerance on the parser.
void addModelSourceOptions(QCommandLineParser& parser);

/// True when one of --model, --run, --lagrangian and --system is set.
bool hasModelSource(const QCommandLineParser& parser);

/// Loads the Lagrangian that exactly one of the source options names. Sets message and
/// returns nothing on bad options or unreadable files.
std::optional<ModelSource> loadModelSource(const QCommandLineParser& parser, QString& message);

/// Reads every --planar NAME,NAME as a pair of coordinate indices. Without --planar, pairs
/// coordinates named x and y when both exist (`automatic` is then true).
bool readPlanarPairs(const QCommandLineParser& parser, const std::vector<Coordinate>& coordinates,
                     std::vector<PlanarPair>& pairs, bool& automatic, QString& message);

/// Reads --tolerance, whose default is 1e-6 for formulas and 0.01 for a network.
bool readTolerance(const QCommandLineParser& parser, const ModelSource& source, double& tolerance,
                   QString& message);

/// The coordinates' names.
QStringList coordinateNames(const std::vector<Coordinate>& coordinates);

} // namespace lab::cli
