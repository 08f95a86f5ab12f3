#include "discoverycontroller.h"

#include "discoveryworker.h"
#include "logging.h"
#include "trainingcontroller.h"

#include <QDeadlineTimer>
#include <QThread>

namespace lab {

void registerDiscoveryMetaTypes()
{
    registerTrainingMetaTypes();
    qRegisterMetaType<DiscoverySnapshot>();
}

DiscoveryController::DiscoveryController(QObject* parent) : QObject(parent)
{
    registerDiscoveryMetaTypes();
}

DiscoveryController::~DiscoveryController()
{
    stopAndWait(-1);
}

bool DiscoveryController::start(DiscoveryJob job)
{
    if (isRunning()) {
        qCWarning(lcDiscovery) << "start ignored: a search is still running";
        return false;
    }
    m_control = std::make_shared<discovery::SearchControl>();
    auto* worker = new DiscoveryWorker(std::move(job), m_control);
    auto* thread = new QThread(this);
    thread->setObjectName(QStringLiteral("discovery"));
    worker->moveToThread(thread);

    connect(thread, &QThread::started, worker, &DiscoveryWorker::run);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (thread == m_thread)
            handleThreadFinished();
        thread->deleteLater();
    });
    // The worker lives in the other thread, so these connections are queued.
    connect(worker, &DiscoveryWorker::dataReady, this, &DiscoveryController::dataReady);
    connect(worker, &DiscoveryWorker::progressed, this, &DiscoveryController::progressed);
    connect(worker, &DiscoveryWorker::finished, this, &DiscoveryController::finished);
    connect(worker, &DiscoveryWorker::failed, this, &DiscoveryController::failed);

    m_thread = thread;
    thread->start();
    qCInfo(lcDiscovery) << "discovery thread started";
    emit runningChanged(true);
    return true;
}

void DiscoveryController::handleThreadFinished()
{
    m_thread = nullptr;
    m_control.reset();
    qCInfo(lcDiscovery) << "discovery thread ended";
    emit runningChanged(false);
}

void DiscoveryController::stop()
{
    if (!m_control)
        return;
    m_control->stop.store(true);
    qCInfo(lcDiscovery) << "stop requested";
}

bool DiscoveryController::stopAndWait(int timeoutMs)
{
    if (!m_thread || m_thread->isFinished())
        return true;
    stop();
    const bool ended = m_thread->wait(QDeadlineTimer(timeoutMs));
    if (!ended)
        qCWarning(lcDiscovery) << "discovery thread still running after" << timeoutMs << "ms";
    return ended;
}

bool DiscoveryController::isRunning() const
{
    return !m_thread.isNull();
}

QThread* DiscoveryController::workerThread() const
{
    return m_thread;
}

} // namespace lab
