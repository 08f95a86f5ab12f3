#pragma once

#include "analysis/noether.h"
#include "symbolic/expression.h"

#include <QString>

namespace lab {

/// Symbolic formulas of the quantities that a symbolic Lagrangian conserves. Each function
/// takes L as an Expression over the table's variables (coordinates 0 .. dof-1, velocities
/// dof .. 2 dof-1) and returns a simplified Expression over the same variables and parameters,
/// so that formatExpression() prints it with the coordinate names and NAME_dot velocities.

/// Returns the canonical momentum p_i = dL/dqdot_i of coordinate i (0 <= i < dof).
symbolic::Expression momentumFormula(const symbolic::Expression& lagrangian,
                                     const symbolic::SymbolTable& symbols, int coordinate);

/// Returns the energy function E = sum_i qdot_i dL/dqdot_i - L.
symbolic::Expression energyFormula(const symbolic::Expression& lagrangian,
                                   const symbolic::SymbolTable& symbols);

/// Returns Q = sum over the quantity's terms of coefficient * q_coordinate * p_momentum, with
/// the factor 1 in place of q where a term's coordinate is -1 (see MomentumTerm). For the
/// rotation of the pair (x, y) that is x dL/dydot - y dL/dxdot. The quantity's indices must
/// lie in 0 .. dof-1, as findConservedQuantities() returns them.
symbolic::Expression quantityFormula(const symbolic::Expression& lagrangian,
                                     const symbolic::SymbolTable& symbols,
                                     const ConservedQuantity& quantity);

/// Returns a column or key name for the quantity: its name with spaces replaced by
/// underscores, for example "p_theta", "angular_momentum" or "momentum_x".
QString quantityKey(const ConservedQuantity& quantity);

/// Returns "cyclic", "rotation" or "translation".
QString symmetryKindId(SymmetryKind kind);

} // namespace lab
