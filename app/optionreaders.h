#pragma once

#include "mechanics/preset.h"

#include <Eigen/Core>
#include <QCommandLineParser>
#include <optional>
#include <utility>
#include <vector>

namespace lab::cli {

/// Reads a number option into `target` when it is set. Sets `message` and returns false when
/// the value is not a number from low to high.
bool readNumber(const QCommandLineParser& parser, const QString& name, double low, double high,
                double& target, QString& message);

/// Reads a whole-number option like readNumber().
bool readInteger(const QCommandLineParser& parser, const QString& name, int low, int high,
                 int& target, QString& message);

/// Applies every --param NAME=VALUE to a preset after checking the parameter's range.
bool readPresetParameters(const QCommandLineParser& parser, SystemPreset& preset, QString& message);

/// Reads every NAME=VALUE of a repeatable option.
bool readNamedValues(const QCommandLineParser& parser, const QString& name,
                     std::vector<std::pair<QString, double>>& values, QString& message);

/// Parses --state "Q1,...,QD1,..." into 2 * dof numbers, the coordinates and then their
/// velocities. Sets message and returns nothing on a wrong count or a non-finite item.
std::optional<Eigen::VectorXd> parseState(const QString& text, const QStringList& coordinateNames,
                                          QString& message);

} // namespace lab::cli
