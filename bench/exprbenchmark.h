#pragma once

#include <QStringList>

namespace lab::bench {

/// Runs the expression evaluation benchmark with the given arguments (after "expr") and prints
/// one JSON line per evaluator and case. Returns the process exit status.
int runExpressionBenchmark(const QStringList& arguments);

} // namespace lab::bench
