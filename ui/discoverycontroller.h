#pragma once

#include "discoveryjob.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QThread;

namespace lab {

class DiscoveryWorker;

/// Starts DiscoveryWorker jobs on their own QThread, one at a time, and forwards the worker's
/// signals. stop() sets the shared atomic flag directly, so the search ends after its current
/// cycle even while the worker is busy. Only the destructor and stopAndWait() block.
class DiscoveryController : public QObject
{
    Q_OBJECT

public:
    explicit DiscoveryController(QObject* parent = nullptr);
    /// Sets the stop flag and waits for the worker thread to end.
    ~DiscoveryController() override;

    /// Starts the job on a new thread. Returns false, and does nothing, while a job runs.
    bool start(DiscoveryJob job);
    /// Requests the running search to stop. finished() with reason Cancelled follows.
    void stop();
    /// Sets the stop flag and blocks until the thread has ended or timeoutMs has passed, for
    /// use at application exit. Returns true when no thread is left running.
    bool stopAndWait(int timeoutMs);

    /// True from start() until the worker thread has ended.
    bool isRunning() const;
    QThread* workerThread() const;

signals:
    void runningChanged(bool running);
    void dataReady(const lab::PhaseSnapshot& data);
    void progressed(const lab::DiscoverySnapshot& snapshot);
    void finished(const lab::DiscoverySnapshot& snapshot);
    void failed(const lab::Error& error);

private:
    void handleThreadFinished();

    QPointer<QThread> m_thread;
    std::shared_ptr<discovery::SearchControl> m_control;
};

} // namespace lab
