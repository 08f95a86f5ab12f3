#pragma once

#include "common/result.h"
#include "discovery/search.h"
#include "symbolic/expression.h"

#include <QJsonObject>

namespace lab::cli {

/// The front as JSON: coordinates, velocities, picked, candidates (complexity, loss, score,
/// formula, unicode, latex, sympy and, for alternatives, alternative_to) and notes.
QJsonObject describeFront(const discovery::ParetoFront& front,
                          const symbolic::SymbolTable& symbols);

/// Writes the candidates as CSV with a header row, one row per candidate.
Status writeFrontCsv(const QString& path, const discovery::ParetoFront& front,
                     const symbolic::SymbolTable& symbols);

} // namespace lab::cli
