#pragma once

#include "trainingjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

namespace lab {

/// Runs one TrainingJob in the thread it is moved to. It simulates the data or takes the
/// imported dataset, trains with Trainer::run() and reports value snapshots through queued
/// signals. Progress and loss records are sent at most about 15 times a second. Rollouts of a
/// copy of the network, for the phase portrait, follow about every 1.5 s, or less often when a
/// rollout takes long, because they pause training while they run.
/// The caller stops or pauses the job by setting the flags of the shared TrainingControl
/// directly, from any thread. The worker emits exactly one of finished() or failed().
class TrainingWorker : public QObject
{
    Q_OBJECT

public:
    TrainingWorker(TrainingJob job, std::shared_ptr<TrainingControl> control);
    ~TrainingWorker() override;

public slots:
    /// Runs the whole job and then quits the current thread's event loop.
    void run();

signals:
    /// The training data, sent once before the first epoch.
    void datasetReady(const lab::PhaseSnapshot& data, int trainingSamples, int validationSamples);
    void progressed(const lab::TrainingProgress& progress);
    /// The loss records of the epochs since the previous emission, oldest first.
    void lossRecorded(const lab::LossRecords& records);
    /// Rollouts of the network from the initial states of a few validation trajectories.
    void rolloutsReady(const lab::PhaseSnapshot& rollouts);
    /// Training ended normally or by a stop request (reason Cancelled).
    void finished(const lab::TrainingOutcome& outcome);
    /// A copy of the trained network, sent just before finished() when training ran to a
    /// normal end or was stopped after at least one epoch.
    void networkReady(const lab::TrainedNetwork& network);
    void failed(const lab::Error& error);

private:
    Result<Dataset> prepareDataset();
    void train(Dataset dataset);
    void handleEpoch(const Trainer& trainer, const TrainingProgress& progress);
    void flushProgress();
    void emitRollouts(const LagrangianNetwork& network, int epoch);
    void finish(const Result<TrainingOutcome>& result, const Trainer& trainer);

    TrainingJob m_job;
    std::shared_ptr<TrainingControl> m_control;
    std::vector<Trajectory> m_rolloutStarts;
    std::vector<Coordinate> m_coordinates;
    LossRecords m_pendingRecords;
    TrainingProgress m_latest;
    bool m_progressPending = false;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceRollouts;
    qint64 m_rolloutIntervalMs = 1500;
};

/// A copy of the runs with t, q and qd only, keeping at most maxSamples samples of each run
/// (every k-th sample when a run is longer).
std::vector<Trajectory> phaseRuns(const std::vector<Trajectory>& runs, int maxSamples);

} // namespace lab
