#pragma once

#include <QStringList>

namespace lab::bench {

/// Runs `lagrangian-lab-bench search`: whole symbolic regression searches on simulated data
/// until the loss of the true Lagrangian's terms is reached, over several seeds. Prints one
/// line of JSON per system with the median seconds and evaluations. Returns the exit status.
int runSearchBenchmark(const QStringList& arguments);

} // namespace lab::bench
