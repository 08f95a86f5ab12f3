#pragma once

#include <QStringList>

namespace lab::bench {

/// Runs the LNN training-step benchmark with the given arguments (after "lnn") and prints
/// one JSON line. Returns the process exit status.
int runLnnBenchmark(const QStringList& arguments);

} // namespace lab::bench
