#pragma once

#include "data/trajectory.h"

#include <QString>

namespace lab {

/// Writes a coordinate name with Greek letters and subscript digits: "theta1" -> "θ₁".
QString coordinateSymbol(const QString& name);

/// Axis label of a coordinate, e.g. "θ (rad)".
QString positionLabel(const Coordinate& coordinate);

/// Axis label of a coordinate's velocity, e.g. "dθ/dt (rad/s)".
QString velocityLabel(const Coordinate& coordinate);

/// Writes a plain-text formula for display: Greek letters, subscript indices, velocities as
/// derivatives, superscript powers and "·" for products.
/// "0.5*m1*theta1_dot^2" -> "0.5·m₁·(dθ₁∕dt)²", written with U+2215 DIVISION SLASH.
QString formatFormula(const QString& formula);

/// An SI unit written for display: "m/s^2" -> "m/s²".
QString displayUnit(const QString& unit);

} // namespace lab
