#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "discovery/search.h"
#include "symbolic/expression.h"

#include <QString>

namespace lab {

/// Writes the Euler-Lagrange equations of a Lagrangian in Unicode, one line per coordinate q:
/// d/dt(∂L/∂q̇) = ∂L/∂q with both sides simplified. For one coordinate a last line gives the
/// explicit acceleration q̈ = (∂L/∂q − ∂²L/∂q̇∂q q̇) / ∂²L/∂q̇², simplified.
QString describeEquationsOfMotion(const symbolic::Expression& lagrangian,
                                  const symbolic::SymbolTable& symbols);

/// Integrates the Lagrangian's motion with RK4 from the reference run's first state over the
/// same time span, with the run's first sampling step (at most 0.01 s). The result contains
/// t, q and qd. Fails with the solver's Error, e.g. when the Hessian becomes singular on the way.
Result<Trajectory> rolloutCandidate(const symbolic::Expression& lagrangian,
                                    const symbolic::SymbolTable& symbols,
                                    const Trajectory& reference);

/// Writes the front as CSV: complexity, loss, score, mark ("pick", "alternative" or empty),
/// and the Lagrangian in plain text and in SymPy notation, one candidate per row.
QString frontToCsv(const discovery::ParetoFront& front, const symbolic::SymbolTable& symbols);

} // namespace lab
