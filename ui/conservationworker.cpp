#include "conservationworker.h"

#include "conservationanalysis.h"
#include "errortext.h"
#include "logging.h"
#include "trainingcontroller.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace lab {

void registerConservationMetaTypes()
{
    registerTrainingMetaTypes();
    qRegisterMetaType<ConservationReport>();
    qRegisterMetaType<ComparisonReport>();
}

ConservationWorker::ConservationWorker(Job job, std::shared_ptr<std::atomic<bool>> stop)
    : m_job(std::move(job)), m_stop(std::move(stop))
{}

void ConservationWorker::run()
{
    QElapsedTimer clock;
    clock.start();
    if (const auto* analysis = std::get_if<ConservationJob>(&m_job)) {
        Result<ConservationReport> result = analyseConservation(*analysis, *m_stop);
        if (result)
            emit analysed(*result);
        else
            report(result.error());
    } else {
        Result<ComparisonReport> result =
            compareIntegrators(std::get<ComparisonJob>(m_job), *m_stop);
        if (result)
            emit compared(*result);
        else
            report(result.error());
    }
    qCInfo(lcConservation) << "conservation job ended after" << clock.elapsed() << "ms";
    QThread::currentThread()->quit();
}

void ConservationWorker::report(const Error& error)
{
    if (error.kind == ErrorKind::Cancelled) {
        emit cancelled();
        return;
    }
    qCWarning(lcConservation) << "conservation job failed:" << describeError(error);
    emit failed(error);
}

ConservationController::ConservationController(QObject* parent) : QObject(parent)
{
    registerConservationMetaTypes();
}

ConservationController::~ConservationController()
{
    stopAndWait(-1);
}

bool ConservationController::start(ConservationWorker::Job job)
{
    if (isRunning()) {
        qCWarning(lcConservation) << "start ignored: a conservation job is still running";
        return false;
    }
    m_stop = std::make_shared<std::atomic<bool>>(false);
    auto* worker = new ConservationWorker(std::move(job), m_stop);
    auto* thread = new QThread(this);
    thread->setObjectName(QStringLiteral("conservation"));
    worker->moveToThread(thread);

    connect(thread, &QThread::started, worker, &ConservationWorker::run);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (thread == m_thread) {
            m_thread = nullptr;
            emit runningChanged(false);
        }
        thread->deleteLater();
    });
    // The worker lives in the other thread, so these connections are queued.
    connect(worker, &ConservationWorker::analysed, this, &ConservationController::analysed);
    connect(worker, &ConservationWorker::compared, this, &ConservationController::compared);
    connect(worker, &ConservationWorker::cancelled, this, &ConservationController::cancelled);
    connect(worker, &ConservationWorker::failed, this, &ConservationController::failed);

    m_thread = thread;
    thread->start();
    emit runningChanged(true);
    return true;
}

void ConservationController::stop()
{
    if (!m_stop)
        return;
    m_stop->store(true);
    qCInfo(lcConservation) << "stop requested";
}

bool ConservationController::stopAndWait(int timeoutMs)
{
    if (!m_thread || m_thread->isFinished())
        return true;
    stop();
    const bool ended = m_thread->wait(QDeadlineTimer(timeoutMs));
    if (!ended)
        qCWarning(lcConservation) << "conservation thread still running after" << timeoutMs << "ms";
    return ended;
}

bool ConservationController::isRunning() const
{
    return !m_thread.isNull();
}

} // namespace lab
