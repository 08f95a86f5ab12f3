#pragma once

#include <QStringList>

namespace lab::bench {

/// Runs the pendulum energy benchmark of every integrator with the given arguments (after
/// "integrators") and prints one JSON line per scheme. Returns the process exit status.
int runIntegratorBenchmark(const QStringList& arguments);

/// Analyses the energy loss of a measured pendulum track with the model
/// L = 1/2 thetadot^2 + c cos(theta), given the arguments after "damping", and prints one JSON
/// line. Returns the process exit status.
int runDampingBenchmark(const QStringList& arguments);

} // namespace lab::bench
