#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "lnn/network.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace lab {

/// Hyperparameters of LNN training.
struct TrainingSettings
{
    NetworkSettings network;
    int maxEpochs = 2000; ///< one epoch is one pass over the training samples
    int batchSize = 256;
    double learningRate = 3e-3;      ///< Adam's initial step size
    double finalLearningRate = 3e-5; ///< cosine schedule from learningRate down to this
    int patience = 300;              ///< epochs without a better validation loss before stopping
    std::uint64_t seed = 1;
    double timeLimit = 0.0;      ///< seconds; 0 means no limit
    QString checkpointDirectory; ///< empty: no checkpoints
    int checkpointEvery = 100;   ///< epochs between checkpoints
};

/// Flags set from another thread; the trainer reads them between mini-batches.
struct TrainingControl
{
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
};

/// Losses at the end of one epoch: mean squared acceleration errors divided by the variance
/// of the target accelerations, per coordinate, so 1 means "no better than zero". The training
/// loss is measured on a fixed random subset of at most 4096 training samples.
struct LossRecord
{
    int epoch = 0;
    double training = 0.0;
    double validation = 0.0;
    double learningRate = 0.0;
    double seconds = 0.0;
};

/// Progress after one epoch, for display.
struct TrainingProgress
{
    LossRecord latest;
    int maxEpochs = 0;
    double bestValidation = 0.0;
    double samplesPerSecond = 0.0;
    double secondsLeft = 0.0; ///< estimate from the epoch rate, the epoch and time limits
    bool paused = false;
};

enum class StopReason
{
    MaxEpochs,
    EarlyStopping,
    TimeLimit,
    Cancelled
};

struct TrainingOutcome
{
    StopReason reason = StopReason::MaxEpochs;
    int epochs = 0;
    int bestEpoch = 0;
    double bestValidation = 0.0;
    double finalTraining = 0.0;
    double seconds = 0.0;
    int skippedBatches = 0; ///< mini-batches dropped because the network's Hessian was singular
    std::vector<LossRecord> history;
};

/// Called in the training thread after every epoch; the receiver throttles what it shows.
using ProgressCallback = std::function<void(const TrainingProgress&)>;

/// Trains a LagrangianNetwork on a Dataset with Adam, mini-batches, a cosine learning-rate
/// schedule, validation after every epoch, early stopping and a divergence guard. At the end
/// the network has the parameters of the epoch with the best validation loss.
class Trainer
{
public:
    Trainer(Dataset dataset, const TrainingSettings& settings);
    ~Trainer();

    /// Runs until a stop condition. A diverging run (non-finite or exploding loss) ends with an
    /// Error of kind Diverged; the best network so far is kept.
    Result<TrainingOutcome> run(TrainingControl& control, const ProgressCallback& progress = {});

    const LagrangianNetwork& network() const;
    const Dataset& dataset() const;
    const TrainingSettings& settings() const;

    /// A copy of the network as it is now; safe to call from the progress callback.
    std::unique_ptr<LagrangianNetwork> snapshot() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// Sets LibTorch's intra-op thread count and returns the count in force: `requested` if
/// positive, else 1. One thread is the default because the networks here are small. A training
/// step (batch 256, width 128) took 5 times longer with 2 OpenMP threads than with 1 on a loaded
/// 2-core machine (docs/benchmarks.md), and one thread leaves a core free for the GUI.
int configureTorchThreads(int requested);

/// Path of the BLAS library that provides sgemm_ in this process, with symbolic links resolved.
/// Debian's LibTorch multiplies matrices through it. Empty when it cannot be found.
QString blasLibraryPath();

/// True when blasLibraryPath() is the unoptimised reference BLAS (Netlib).
bool isReferenceBlas(const QString& path);

} // namespace lab
