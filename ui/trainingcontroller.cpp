#include "trainingcontroller.h"

#include "logging.h"
#include "trainingworker.h"

#include <QDeadlineTimer>
#include <QThread>

namespace lab {

void registerTrainingMetaTypes()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<TrainingProgress>();
    qRegisterMetaType<TrainingOutcome>();
    qRegisterMetaType<LossRecords>();
    qRegisterMetaType<PhaseSnapshot>();
    qRegisterMetaType<TrainedNetwork>();
}

TrainingController::TrainingController(QObject* parent) : QObject(parent)
{
    registerTrainingMetaTypes();
}

TrainingController::~TrainingController()
{
    stopAndWait(-1);
}

bool TrainingController::start(TrainingJob job)
{
    if (isRunning()) {
        qCWarning(lcTraining) << "start ignored: a training job is still running";
        return false;
    }
    m_control = std::make_shared<TrainingControl>();
    auto* worker = new TrainingWorker(std::move(job), m_control);
    auto* thread = new QThread(this);
    thread->setObjectName(QStringLiteral("training"));
    worker->moveToThread(thread);

    connect(thread, &QThread::started, worker, &TrainingWorker::run);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (thread == m_thread)
            handleThreadFinished();
        thread->deleteLater();
    });
    connectWorker(worker);

    m_thread = thread;
    thread->start();
    qCInfo(lcTraining) << "training thread started";
    emit runningChanged(true);
    return true;
}

void TrainingController::connectWorker(TrainingWorker* worker)
{
    // The worker lives in the other thread, so these connections are queued.
    connect(worker, &TrainingWorker::datasetReady, this, &TrainingController::datasetReady);
    connect(worker, &TrainingWorker::progressed, this, &TrainingController::progressed);
    connect(worker, &TrainingWorker::lossRecorded, this, &TrainingController::lossRecorded);
    connect(worker, &TrainingWorker::rolloutsReady, this, &TrainingController::rolloutsReady);
    connect(worker, &TrainingWorker::networkReady, this, &TrainingController::networkReady);
    connect(worker, &TrainingWorker::finished, this, &TrainingController::finished);
    connect(worker, &TrainingWorker::failed, this, &TrainingController::failed);
}

void TrainingController::handleThreadFinished()
{
    m_thread = nullptr;
    m_control.reset();
    qCInfo(lcTraining) << "training thread ended";
    emit runningChanged(false);
}

void TrainingController::setPaused(bool paused)
{
    if (!m_control || m_control->pause.load() == paused)
        return;
    m_control->pause.store(paused);
    qCInfo(lcTraining) << (paused ? "training paused" : "training resumed");
    emit pausedChanged(paused);
}

void TrainingController::stop()
{
    if (!m_control)
        return;
    m_control->stop.store(true);
    qCInfo(lcTraining) << "stop requested";
}

bool TrainingController::stopAndWait(int timeoutMs)
{
    if (!m_thread || m_thread->isFinished())
        return true;
    stop();
    const bool ended = m_thread->wait(QDeadlineTimer(timeoutMs));
    if (!ended)
        qCWarning(lcTraining) << "training thread still running after" << timeoutMs << "ms";
    return ended;
}

bool TrainingController::isRunning() const
{
    return !m_thread.isNull();
}

bool TrainingController::isPaused() const
{
    return m_control && m_control->pause.load();
}

QThread* TrainingController::workerThread() const
{
    return m_thread;
}

} // namespace lab
