#pragma once

#include "discovery/search.h"
#include "symbolic/expression.h"

#include <QString>

namespace lab {

/// Describes a finding about a Pareto front in one or two translated sentences. Uses only
/// Qt Core, so the command line prints the same text as the window.
QString describeFrontNote(const discovery::FrontNote& note, const discovery::ParetoFront& front,
                          const symbolic::SymbolTable& symbols);

/// A stop reason in words, e.g. "time limit reached".
QString describeStopReason(discovery::StopReason reason);

} // namespace lab
