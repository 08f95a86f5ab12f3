#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"

#include <QString>
#include <memory>
#include <vector>

namespace lab {

/// A named physical parameter of a preset, in SI units.
struct Parameter
{
    QString name;   ///< identifier used on the command line, e.g. "length"
    QString symbol; ///< symbol in formulas, e.g. "l"
    QString unit;   ///< SI unit, e.g. "m", "kg", "m/s^2", "N/m"
    double value = 0.0;
    double minimum = 0.0; ///< smallest accepted value (exclusive when strictlyPositive)
    double maximum = 0.0; ///< largest accepted value
    bool strictlyPositive = true;
};

/// Closed interval [low, high].
struct Range
{
    double low = 0.0;
    double high = 0.0;
};

/// A built-in mechanical system: its coordinates, parameters and default ranges of
/// initial conditions for simulation.
struct SystemPreset
{
    QString id;      ///< e.g. "pendulum"
    QString formula; ///< the Lagrangian in plain text, with parameter symbols
    std::vector<Coordinate> coordinates;
    std::vector<Parameter> parameters;
    std::vector<Range> positionRanges; ///< one per coordinate
    std::vector<Range> velocityRanges; ///< one per coordinate

    int dof() const { return static_cast<int>(coordinates.size()); }
    double parameter(const QString& name) const;
};

/// The built-in presets: "pendulum", "spring" and "double_pendulum".
const std::vector<SystemPreset>& presets();

/// The preset with this id, or an Error of kind UnknownSystem.
Result<SystemPreset> findPreset(const QString& id);

/// Sets a parameter by name (or symbol) after checking its range.
Status setParameter(SystemPreset& preset, const QString& name, double value);

/// The preset's Lagrangian with its current parameter values.
std::unique_ptr<Lagrangian> makeLagrangian(const SystemPreset& preset);

} // namespace lab
