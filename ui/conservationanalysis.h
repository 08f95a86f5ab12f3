#pragma once

#include "conservationjob.h"

#include <atomic>
#include <functional>
#include <memory>

namespace lab {

/// The Lagrangian whose energy and momenta the conservation views show, with its name.
struct ReferenceModel
{
    std::shared_ptr<const Lagrangian> lagrangian;
    QString name;
    bool isTrueSystem = false; ///< the data were simulated from this Lagrangian
    bool isNetwork = false;    ///< a trained network, whose symmetries hold only approximately
};

/// Chooses the reference Lagrangian of the sources (see ModelSources). Fails with
/// InvalidParameter, text "model", for measured data with neither a candidate nor a network.
Result<ReferenceModel> chooseReference(const ModelSources& sources);

/// A run of integrate() split into chunks, so that a stop request ends it between chunks. A
/// run that fails part of the way keeps the samples computed so far and the error.
struct ChunkedRun
{
    Trajectory trajectory;
    IntegrationScheme scheme = IntegrationScheme::Rk4;
    std::optional<Error> error; ///< Cancelled when stopped
};

/// Outcome of a run of integrateChunks().
struct ChunkOutcome
{
    int steps = 0; ///< steps done
    IntegrationScheme scheme = IntegrationScheme::Rk4;
    std::optional<Error> error; ///< Cancelled when stopped
};

/// Receives each chunk, with its time shifted to the whole run's, and the steps done before it.
/// The chunk's first sample repeats the last sample of the chunk before.
using ChunkVisitor = std::function<void(const Trajectory& chunk, int stepsBefore)>;

/// Integrates like integrate(), in chunks of at most `chunkSteps` steps, each starting from the
/// last state of the one before, passes each chunk to `visit` and checks `stop` between chunks.
ChunkOutcome integrateChunks(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                             const Eigen::VectorXd& qd0, const IntegrationSettings& settings,
                             const std::atomic<bool>& stop, int chunkSteps,
                             const ChunkVisitor& visit);

/// Integrates like integrate(), in chunks of at most `chunkSteps` steps, each starting from
/// the last state of the one before, and checks `stop` between chunks.
ChunkedRun integrateInChunks(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                             const Eigen::VectorXd& qd0, const IntegrationSettings& settings,
                             const std::atomic<bool>& stop, int chunkSteps = 200);

/// Runs the conservation analysis: simulates or takes the data, finds the conserved
/// quantities of the reference Lagrangian on the data's states, rolls out the network and the
/// candidate from the data's first state, and measures their drift. Returns Cancelled when
/// stopped.
Result<ConservationReport> analyseConservation(const ConservationJob& job,
                                               const std::atomic<bool>& stop);

/// Largest number of steps of one integrator in a comparison; longer requests are cut to it.
/// The run keeps the energy of every step, 8 bytes each.
inline constexpr int maxComparisonSteps = 2'000'000;

/// Integrates the reference Lagrangian with RK4 and with the variational integrator from the
/// data's first state and measures the energy drift of both. Returns Cancelled when stopped.
Result<ComparisonReport> compareIntegrators(const ComparisonJob& job,
                                            const std::atomic<bool>& stop);

} // namespace lab
