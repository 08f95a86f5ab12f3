#pragma once

#include "trainingjob.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QThread;

namespace lab {

class TrainingWorker;

/// Starts TrainingWorker jobs on their own QThread, one at a time, and forwards the worker's
/// signals. stop() and setPaused() set the shared atomic flags directly, so they act within
/// one mini-batch even while the worker is busy. Only the destructor and stopAndWait() block.
class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject* parent = nullptr);
    /// Sets the stop flag and waits for the worker thread to end.
    ~TrainingController() override;

    /// Starts the job on a new thread. Returns false, and does nothing, while a job runs.
    bool start(TrainingJob job);
    void setPaused(bool paused);
    /// Requests the running job to stop. finished() with reason Cancelled follows.
    void stop();
    /// Sets the stop flag and blocks until the thread has ended or timeoutMs has passed, for
    /// use at application exit. Returns true when no thread is left running.
    bool stopAndWait(int timeoutMs);

    /// True from start() until the worker thread has ended.
    bool isRunning() const;
    bool isPaused() const;
    QThread* workerThread() const;

signals:
    void runningChanged(bool running);
    void pausedChanged(bool paused);
    void datasetReady(const lab::PhaseSnapshot& data, int trainingSamples, int validationSamples);
    void progressed(const lab::TrainingProgress& progress);
    void lossRecorded(const lab::LossRecords& records);
    void rolloutsReady(const lab::PhaseSnapshot& rollouts);
    void networkReady(const lab::TrainedNetwork& network);
    void finished(const lab::TrainingOutcome& outcome);
    void failed(const lab::Error& error);

private:
    void connectWorker(TrainingWorker* worker);
    void handleThreadFinished();

    QPointer<QThread> m_thread;
    std::shared_ptr<TrainingControl> m_control;
};

/// Registers the value types that cross threads in the training signals.
void registerTrainingMetaTypes();

} // namespace lab
