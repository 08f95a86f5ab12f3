#include "trainingworker.h"

#include "errortext.h"
#include "lnn/rollout.h"
#include "logging.h"

#include <QThread>
#include <algorithm>
#include <exception>

namespace lab {

namespace {

constexpr qint64 progressIntervalMs = 66; // at most about 15 updates a second
constexpr qint64 minRolloutIntervalMs = 1500;
constexpr int maxPhaseSamples = 2000; // per run, because more points add nothing visible

const char* stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::MaxEpochs:
        return "max epochs";
    case StopReason::EarlyStopping:
        return "early stopping";
    case StopReason::TimeLimit:
        return "time limit";
    case StopReason::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

std::vector<Trajectory> allRuns(const Dataset& dataset)
{
    std::vector<Trajectory> runs = dataset.training;
    runs.insert(runs.end(), dataset.validation.begin(), dataset.validation.end());
    return runs;
}

} // namespace

std::vector<Trajectory> phaseRuns(const std::vector<Trajectory>& runs, int maxSamples)
{
    std::vector<Trajectory> result;
    result.reserve(runs.size());
    for (const Trajectory& run : runs) {
        const int stride = std::max(1, (run.samples() + maxSamples - 1) / std::max(1, maxSamples));
        const int count = (run.samples() + stride - 1) / stride;
        const auto rows = Eigen::seqN(0, count, stride);
        Trajectory copy;
        copy.t = run.t(rows);
        copy.q = run.q(rows, Eigen::all);
        copy.qd = run.qd(rows, Eigen::all);
        result.push_back(std::move(copy));
    }
    return result;
}

TrainingWorker::TrainingWorker(TrainingJob job, std::shared_ptr<TrainingControl> control)
    : m_job(std::move(job)), m_control(std::move(control))
{}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::run()
{
    try {
        Result<Dataset> dataset = prepareDataset();
        if (!dataset) {
            qCWarning(lcTraining) << "no dataset:" << describeError(dataset.error());
            emit failed(dataset.error());
        } else if (m_control->stop.load()) {
            qCInfo(lcTraining) << "stopped before the first epoch";
            emit finished(TrainingOutcome{.reason = StopReason::Cancelled});
        } else {
            train(std::move(dataset).value());
        }
    } catch (const std::exception& exception) {
        // Core reports errors as values, so an exception here is a bug, most likely in the use
        // of LibTorch. It is logged in full and reported as an error of kind ModelInvalid.
        qCCritical(lcTraining) << "training threw an exception:" << exception.what();
        emit failed(Error{.kind = ErrorKind::ModelInvalid,
                          .text = QString::fromLocal8Bit(exception.what())});
    }
    thread()->quit();
}

Result<Dataset> TrainingWorker::prepareDataset()
{
    return lab::prepareDataset(m_job.data);
}

void TrainingWorker::train(Dataset dataset)
{
    m_coordinates = dataset.coordinates;
    const std::vector<Trajectory>& starts =
        dataset.validation.empty() ? dataset.training : dataset.validation;
    const auto count = std::min<std::size_t>(starts.size(), std::max(0, m_job.rolloutRuns));
    m_rolloutStarts.assign(starts.begin(), starts.begin() + static_cast<std::ptrdiff_t>(count));

    const PhaseSnapshot data{m_coordinates, phaseRuns(allRuns(dataset), maxPhaseSamples), 0};
    emit datasetReady(data, dataset.trainingSamples(), dataset.validationSamples());

    const NetworkSettings& network = m_job.training.network;
    qCInfo(lcTraining).noquote()
        << QStringLiteral("training a %1 x %2 %3 network in %4: max %5 epochs, batch %6, "
                          "learning rate %7, seed %8")
               .arg(network.depth)
               .arg(network.width)
               .arg(activationName(network.activation),
                    network.doublePrecision ? QStringLiteral("float64") : QStringLiteral("float32"))
               .arg(m_job.training.maxEpochs)
               .arg(m_job.training.batchSize)
               .arg(m_job.training.learningRate)
               .arg(m_job.training.seed);

    Trainer trainer(std::move(dataset), m_job.training);
    m_sinceProgress.start();
    m_sinceRollouts.start();
    const Result<TrainingOutcome> result =
        trainer.run(*m_control, [this, &trainer](const TrainingProgress& progress) {
            handleEpoch(trainer, progress);
        });
    finish(result, trainer);
}

void TrainingWorker::handleEpoch(const Trainer& trainer, const TrainingProgress& progress)
{
    m_pendingRecords.push_back(progress.latest);
    m_latest = progress;
    m_progressPending = true;
    // A pause request flushes at once, because no epoch ends while the trainer waits.
    if (m_sinceProgress.elapsed() >= progressIntervalMs || m_control->pause.load())
        flushProgress();

    if (m_sinceRollouts.elapsed() < m_rolloutIntervalMs || m_control->stop.load())
        return;
    QElapsedTimer timer;
    timer.start();
    emitRollouts(*trainer.snapshot(), progress.latest.epoch);
    // Rollouts block training, so a slow rollout is repeated less often.
    m_rolloutIntervalMs = std::max(minRolloutIntervalMs, 4 * timer.elapsed());
    m_sinceRollouts.restart();
}

void TrainingWorker::flushProgress()
{
    if (!m_pendingRecords.empty()) {
        emit lossRecorded(m_pendingRecords);
        m_pendingRecords.clear();
    }
    if (m_progressPending) {
        m_latest.paused = m_latest.paused || m_control->pause.load();
        emit progressed(m_latest);
        m_progressPending = false;
    }
    m_sinceProgress.restart();
}

void TrainingWorker::emitRollouts(const LagrangianNetwork& network, int epoch)
{
    const Result<std::vector<Trajectory>> runs = rolloutFromData(
        network, m_rolloutStarts, m_job.rolloutRuns, m_job.rolloutDuration, 0.0, &m_control->stop);
    if (!runs) {
        // An untrained network often has a singular Hessian somewhere, and a later one may not.
        qCInfo(lcTraining) << "no rollout at epoch" << epoch << ":" << describeError(runs.error());
        return;
    }
    if (m_control->stop.load())
        return; // the runs may have been cut short
    emit rolloutsReady(PhaseSnapshot{m_coordinates, phaseRuns(*runs, maxPhaseSamples), epoch});
}

void TrainingWorker::finish(const Result<TrainingOutcome>& result, const Trainer& trainer)
{
    flushProgress();
    if (!result && result.error().kind == ErrorKind::Cancelled) {
        qCInfo(lcTraining) << "training stopped on request";
        emit finished(TrainingOutcome{.reason = StopReason::Cancelled});
        return;
    }
    if (!result) {
        qCWarning(lcTraining) << "training failed:" << describeError(result.error());
        emit failed(result.error());
        return;
    }
    const TrainingOutcome& outcome = *result;
    qCInfo(lcTraining) << "training ended:" << stopReasonName(outcome.reason) << "after"
                       << outcome.epochs << "epochs in" << outcome.seconds
                       << "s; best validation loss" << outcome.bestValidation << "at epoch"
                       << outcome.bestEpoch;
    if (!m_control->stop.load())
        emitRollouts(trainer.network(), outcome.bestEpoch);
    if (outcome.epochs > 0)
        emit networkReady(TrainedNetwork{trainer.network().clone(), m_coordinates});
    emit finished(outcome);
}

} // namespace lab
