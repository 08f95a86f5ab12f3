#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "symbolic/expression.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

namespace lab {
class Lagrangian;
}

namespace lab::symbolic {

/// A Lagrangian that the user typed, with its coordinates and parameter values.
struct TypedSystem
{
    QString formula;
    Expression lagrangian;
    SymbolTable symbols;
    std::vector<Coordinate> coordinates;

    std::unique_ptr<Lagrangian> makeLagrangian() const;
};

/// Parses a typed Lagrangian over the named coordinates (velocities are NAME_dot) with
/// parameters given as name and value. Coordinate names must be identifiers, distinct, and
/// not function names; names such as theta or phi count as angles. Errors name the bad
/// name or the formula's column.
Result<TypedSystem> parseTypedSystem(const QString& formula, const QStringList& coordinates,
                                     const std::vector<std::pair<QString, double>>& parameters);

} // namespace lab::symbolic
