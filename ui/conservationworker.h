#pragma once

#include "conservationjob.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>
#include <variant>

class QThread;

namespace lab {

/// Runs one conservation analysis or integrator comparison in the thread it is moved to. The
/// caller stops it by setting the shared flag directly, from any thread; the integrations
/// check it between chunks of steps. The worker emits exactly one of analysed(), compared(),
/// cancelled() or failed().
class ConservationWorker : public QObject
{
    Q_OBJECT

public:
    using Job = std::variant<ConservationJob, ComparisonJob>;

    ConservationWorker(Job job, std::shared_ptr<std::atomic<bool>> stop);

public slots:
    /// Runs the job and then quits the current thread's event loop.
    void run();

signals:
    void analysed(const lab::ConservationReport& report);
    void compared(const lab::ComparisonReport& report);
    void cancelled();
    void failed(const lab::Error& error);

private:
    void report(const Error& error);

    Job m_job;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

/// Starts ConservationWorker jobs on their own QThread, one at a time, and forwards the
/// worker's signals. stop() sets the atomic flag directly, so the job ends after its current
/// chunk of integration steps. Only the destructor and stopAndWait() block.
class ConservationController : public QObject
{
    Q_OBJECT

public:
    explicit ConservationController(QObject* parent = nullptr);
    /// Sets the stop flag and waits for the worker thread to end.
    ~ConservationController() override;

    /// Starts the job on a new thread. Returns false, and does nothing, while a job runs.
    bool start(ConservationWorker::Job job);
    /// Requests the running job to stop. cancelled() follows.
    void stop();
    /// Sets the stop flag and blocks until the thread has ended or timeoutMs has passed.
    /// Returns true when no thread is left running.
    bool stopAndWait(int timeoutMs);
    /// True from start() until the worker thread has ended.
    bool isRunning() const;

signals:
    void runningChanged(bool running);
    void analysed(const lab::ConservationReport& report);
    void compared(const lab::ComparisonReport& report);
    void cancelled();
    void failed(const lab::Error& error);

private:
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace lab
