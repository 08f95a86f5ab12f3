#pragma once

#include <QStringList>

namespace lab::bench {

/// Simulates data from a typed Lagrangian as `discover` does and prints the fitted motion loss
/// of each given set of terms, on the search's sample count and on the final sample count.
/// A diagnostic for what the data can tell apart. Returns the process exit code.
int runTermsBenchmark(const QStringList& arguments);

} // namespace lab::bench
