#include "discoveryworker.h"

#include "discoverytext.h"
#include "errortext.h"
#include "logging.h"
#include "trainingworker.h"

#include "lnn/network.h"

#include <QThread>
#include <cmath>
#include <exception>
#include <random>

namespace lab {

namespace {

constexpr qint64 progressIntervalMs = 100; // at most 10 updates a second
constexpr int maxPhaseSamples = 2000;      // per run, because more points add nothing visible
constexpr int minSamples = 50;

std::vector<Trajectory> allRuns(const Dataset& dataset)
{
    std::vector<Trajectory> runs = dataset.training;
    runs.insert(runs.end(), dataset.validation.begin(), dataset.validation.end());
    return runs;
}

} // namespace

std::vector<Eigen::VectorXd> drawTeacherStates(const Eigen::VectorXd& mean,
                                               const Eigen::VectorXd& scale, int count,
                                               std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::vector<Eigen::VectorXd> states;
    states.reserve(static_cast<std::size_t>(std::max(0, count)));
    for (int i = 0; i < count; ++i) {
        Eigen::VectorXd state(mean.size());
        for (Eigen::Index v = 0; v < state.size(); ++v)
            state[v] = mean[v] + std::sqrt(3.0) * scale[v] * unit(random);
        states.push_back(state);
    }
    return states;
}

DiscoveryWorker::DiscoveryWorker(DiscoveryJob job,
                                 std::shared_ptr<discovery::SearchControl> control)
    : m_job(std::move(job)), m_control(std::move(control))
{}

DiscoveryWorker::~DiscoveryWorker() = default;

void DiscoveryWorker::run()
{
    try {
        Result<discovery::MotionSamples> samples = prepareSamples();
        if (!samples) {
            qCWarning(lcDiscovery) << "no samples:" << describeError(samples.error());
            emit failed(samples.error());
        } else {
            search(*samples);
        }
    } catch (const std::exception& exception) {
        // Core reports errors as values, so an exception here is a bug, most likely in the
        // teacher network's use of LibTorch. It is logged in full and reported as ModelInvalid.
        qCCritical(lcDiscovery) << "the search threw an exception:" << exception.what();
        emit failed(Error{.kind = ErrorKind::ModelInvalid,
                          .text = QString::fromLocal8Bit(exception.what())});
    }
    thread()->quit();
}

Result<discovery::MotionSamples> DiscoveryWorker::prepareSamples()
{
    Result<Dataset> dataset = prepareDataset(m_job.data);
    if (!dataset)
        return dataset.error();
    m_coordinates = dataset->coordinates;
    emit dataReady(PhaseSnapshot{m_coordinates, phaseRuns(allRuns(*dataset), maxPhaseSamples), 0});

    discovery::MotionSamples samples;
    if (m_job.target == DiscoveryTarget::TrainedNetwork) {
        m_coordinates = m_job.teacher.coordinates;
        samples = teacherSamples();
    } else {
        samples = discovery::samplesForMotion(*dataset, 2 * m_job.trimEdges + 1, m_job.maxSamples,
                                              m_job.search.seed);
    }
    for (const Coordinate& coordinate : m_coordinates)
        m_symbols.coordinates << coordinate.name;

    qCInfo(lcDiscovery) << "prepared" << samples.count << "samples of" << samples.dof
                        << "coordinates, trimming" << m_job.trimEdges << "at each end";
    if (samples.count < minSamples)
        return Error{.kind = ErrorKind::TooFewRows, .value = double(samples.count), .limit = 50};
    if (m_job.search.loss == discovery::LossKind::Distillation && samples.values.empty())
        return Error{.kind = ErrorKind::InvalidParameter, .text = QStringLiteral("loss")};
    return samples;
}

discovery::MotionSamples DiscoveryWorker::teacherSamples() const
{
    const LagrangianNetwork& network = *m_job.teacher.network;
    const std::vector<Eigen::VectorXd> states =
        drawTeacherStates(network.normalisationMean(), network.normalisationScale(),
                          m_job.maxSamples, m_job.search.seed);
    return discovery::samplesFromTeacher(network, states);
}

void DiscoveryWorker::search(const discovery::MotionSamples& samples)
{
    const discovery::SearchSettings& settings = m_job.search;
    qCInfo(lcDiscovery) << "search started: max complexity" << settings.maxComplexity
                        << "time limit" << settings.timeLimit << "s, evaluation budget"
                        << settings.evaluationBudget << "seed" << settings.seed << "threads"
                        << settings.threads;
    m_sinceProgress.start();
    Result<discovery::SearchResult> result = discovery::runSearch(
        samples, m_symbols, settings, m_control.get(),
        [this](const discovery::SearchProgress& progress) { handleProgress(progress); });
    if (!result) {
        qCWarning(lcDiscovery) << "search failed:" << describeError(result.error());
        emit failed(result.error());
        return;
    }
    qCInfo(lcDiscovery).noquote() << "search ended:" << describeStopReason(result->reason)
                                  << "after" << result->evaluations << "evaluations in"
                                  << result->seconds << "s, front of"
                                  << result->front.candidates.size();
    emit finished(DiscoverySnapshot{.coordinates = m_coordinates,
                                    .symbols = m_symbols,
                                    .front = std::move(result->front),
                                    .evaluations = result->evaluations,
                                    .seconds = result->seconds,
                                    .final = true,
                                    .reason = result->reason});
}

void DiscoveryWorker::handleProgress(const discovery::SearchProgress& progress)
{
    if (m_sinceProgress.elapsed() < progressIntervalMs)
        return;
    m_sinceProgress.restart();
    discovery::ParetoFront front;
    front.candidates = progress.front;
    emit progressed(DiscoverySnapshot{.coordinates = m_coordinates,
                                      .symbols = m_symbols,
                                      .front = std::move(front),
                                      .evaluations = progress.evaluations,
                                      .seconds = progress.seconds});
}

} // namespace lab
