#include "lnn/networkimpl.h"

#include "lnn/trainer.h"

#include <QDir>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace lab {

namespace {

using Clock = std::chrono::steady_clock;

/// Concatenated states x = (q, qdot) and target accelerations of a list of trajectories.
struct Samples
{
    torch::Tensor x;
    torch::Tensor y;
    int64_t count = 0;
};

Samples gather(const std::vector<Trajectory>& runs, int dof, torch::Dtype dtype)
{
    int rows = 0;
    for (const Trajectory& run : runs)
        rows += run.samples();
    Eigen::MatrixXd x(rows, 2 * dof);
    Eigen::MatrixXd y(rows, dof);
    int row = 0;
    for (const Trajectory& run : runs) {
        x.block(row, 0, run.samples(), dof) = run.q;
        x.block(row, dof, run.samples(), dof) = run.qd;
        y.middleRows(row, run.samples()) = run.qdd;
        row += run.samples();
    }
    return Samples{toTensor(x, dtype), toTensor(y, dtype), rows};
}

/// Column standard deviations with a floor, so that a constant column does not divide by 0.
torch::Tensor spread(const torch::Tensor& values)
{
    const torch::Tensor deviation = values.std(0, /*unbiased=*/false);
    return torch::where(deviation > 1e-8, deviation, torch::ones_like(deviation));
}

/// Up to `count` samples drawn without replacement.
Samples sampleSubset(const Samples& all, int64_t count, std::mt19937_64& random)
{
    if (all.count <= count)
        return all;
    std::vector<int64_t> order(static_cast<size_t>(all.count));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    order.resize(static_cast<size_t>(count));
    const torch::Tensor indices = torch::tensor(order, torch::kInt64);
    return Samples{all.x.index_select(0, indices), all.y.index_select(0, indices), count};
}

double cosineLearningRate(const TrainingSettings& s, int epoch)
{
    // std::numbers::pi would do, but clang-tidy 14 cannot parse this file as C++20.
    constexpr double pi = 3.14159265358979323846;
    const double progress = std::min(1.0, static_cast<double>(epoch) / s.maxEpochs);
    return s.finalLearningRate +
           0.5 * (s.learningRate - s.finalLearningRate) * (1.0 + std::cos(pi * progress));
}

Error diverged(double loss, int epoch)
{
    return Error{.kind = ErrorKind::Diverged, .line = epoch, .value = loss};
}

} // namespace

struct Trainer::State
{
    Dataset dataset;
    TrainingSettings settings;
    std::unique_ptr<LagrangianNetwork> network;
    std::unique_ptr<LagrangianNetwork> best;
    Samples training;
    Samples trainingProbe; ///< a fixed random subset of training, for the reported loss
    Samples validation;
    torch::Tensor targetScale;
    std::unique_ptr<torch::optim::Adam> optimizer;
    std::mt19937_64 random;
    Clock::time_point start;
    double pausedSeconds = 0.0;
    int consecutiveSkips = 0;
    int skippedBatches = 0;

    double elapsed() const
    {
        return std::chrono::duration<double>(Clock::now() - start).count() - pausedSeconds;
    }
    bool timeUp() const { return settings.timeLimit > 0.0 && elapsed() >= settings.timeLimit; }

    void prepare();
    torch::Tensor loss(const torch::Tensor& x, const torch::Tensor& y) const;
    double evaluate(const Samples& samples) const;
    void waitWhilePaused(TrainingControl& control);
    Result<double> trainEpoch(TrainingControl& control);
    void checkpoint(int epoch) const;
};

void Trainer::State::prepare()
{
    const int dof = dataset.dof();
    const torch::Dtype dtype = settings.network.doublePrecision ? torch::kFloat64 : torch::kFloat32;
    training = gather(dataset.training, dof, dtype);
    validation = gather(dataset.validation, dof, dtype);
    trainingProbe = sampleSubset(training, 4096, random);

    const torch::Tensor mean = training.x.mean(0);
    const torch::Tensor scale = spread(training.x);
    network->setNormalisation(toMatrix(mean.unsqueeze(1)), toMatrix(scale.unsqueeze(1)));
    targetScale = spread(training.y);
    best = network->clone();

    optimizer = std::make_unique<torch::optim::Adam>(
        network->impl().parameters(), torch::optim::AdamOptions(settings.learningRate));
}

torch::Tensor Trainer::State::loss(const torch::Tensor& x, const torch::Tensor& y) const
{
    const torch::Tensor predicted = network->impl().accelerations(x);
    return ((predicted - y) / targetScale).pow(2).mean();
}

double Trainer::State::evaluate(const Samples& samples) const
{
    if (samples.count == 0)
        return std::nan("");
    torch::NoGradGuard noGrad;
    constexpr int64_t chunk = 4096;
    double total = 0.0;
    for (int64_t first = 0; first < samples.count; first += chunk) {
        const int64_t size = std::min(chunk, samples.count - first);
        const torch::Tensor part =
            loss(samples.x.narrow(0, first, size), samples.y.narrow(0, first, size));
        total += part.item<double>() * static_cast<double>(size);
    }
    return total / static_cast<double>(samples.count);
}

void Trainer::State::waitWhilePaused(TrainingControl& control)
{
    if (!control.pause.load())
        return;
    const Clock::time_point pausedAt = Clock::now();
    while (control.pause.load() && !control.stop.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    pausedSeconds += std::chrono::duration<double>(Clock::now() - pausedAt).count();
}

Result<double> Trainer::State::trainEpoch(TrainingControl& control)
{
    constexpr int maxConsecutiveSkips = 50;
    constexpr double maxGradientNorm = 10.0;
    std::vector<int64_t> order(static_cast<size_t>(training.count));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    const torch::Tensor indices = torch::tensor(order, torch::kInt64);

    double total = 0.0;
    int64_t used = 0;
    for (int64_t first = 0; first < training.count; first += settings.batchSize) {
        waitWhilePaused(control);
        if (control.stop.load() || timeUp())
            break;
        const int64_t size = std::min<int64_t>(settings.batchSize, training.count - first);
        const torch::Tensor batch = indices.narrow(0, first, size);

        optimizer->zero_grad();
        const torch::Tensor value =
            loss(training.x.index_select(0, batch), training.y.index_select(0, batch));
        const double batchLoss = value.item<double>();
        if (!std::isfinite(batchLoss)) {
            // A singular network Hessian somewhere in the batch: skip the step.
            ++skippedBatches;
            if (++consecutiveSkips > maxConsecutiveSkips)
                return Error{.kind = ErrorKind::Diverged, .value = batchLoss};
            continue;
        }
        consecutiveSkips = 0;
        value.backward();
        torch::nn::utils::clip_grad_norm_(network->impl().parameters(), maxGradientNorm);
        optimizer->step();
        total += batchLoss * static_cast<double>(size);
        used += size;
    }
    return used > 0 ? total / static_cast<double>(used) : std::nan("");
}

void Trainer::State::checkpoint(int epoch) const
{
    if (settings.checkpointDirectory.isEmpty() || settings.checkpointEvery <= 0 ||
        epoch % settings.checkpointEvery != 0)
        return;
    // A failed checkpoint does not stop training; the final model is saved by the caller.
    saveModel(settings.checkpointDirectory, *best, dataset.coordinates,
              QJsonObject{{"checkpoint_epoch", epoch}});
}

Trainer::Trainer(Dataset dataset, const TrainingSettings& settings)
    : m_state(std::make_unique<State>())
{
    m_state->dataset = std::move(dataset);
    m_state->settings = settings;
    m_state->network = std::make_unique<LagrangianNetwork>(m_state->dataset.dof(), settings.network,
                                                           settings.seed);
    m_state->random.seed(settings.seed);
}

Trainer::~Trainer() = default;

const LagrangianNetwork& Trainer::network() const
{
    return *m_state->network;
}

const Dataset& Trainer::dataset() const
{
    return m_state->dataset;
}

const TrainingSettings& Trainer::settings() const
{
    return m_state->settings;
}

std::unique_ptr<LagrangianNetwork> Trainer::snapshot() const
{
    return m_state->network->clone();
}

namespace {

TrainingProgress makeProgress(const TrainingOutcome& outcome, const TrainingSettings& settings,
                              int64_t samplesPerEpoch, double seconds)
{
    TrainingProgress progress;
    progress.latest = outcome.history.back();
    progress.maxEpochs = settings.maxEpochs;
    progress.bestValidation = outcome.bestValidation;
    const int epoch = progress.latest.epoch;
    const double perEpoch = seconds / std::max(1, epoch);
    progress.samplesPerSecond = seconds > 0.0 ? samplesPerEpoch * epoch / seconds : 0.0;
    progress.secondsLeft = perEpoch * (settings.maxEpochs - epoch);
    if (settings.timeLimit > 0.0)
        progress.secondsLeft = std::min(progress.secondsLeft, settings.timeLimit - seconds);
    progress.secondsLeft = std::max(0.0, progress.secondsLeft);
    return progress;
}

} // namespace

Result<TrainingOutcome> Trainer::run(TrainingControl& control, const ProgressCallback& progress)
{
    constexpr double divergenceFactor = 1e4;
    State& s = *m_state;
    s.prepare();
    s.start = Clock::now();
    TrainingOutcome outcome;
    outcome.bestValidation = std::numeric_limits<double>::infinity();
    double firstLoss = std::nan("");

    for (int epoch = 1; epoch <= s.settings.maxEpochs; ++epoch) {
        const double learningRate = cosineLearningRate(s.settings, epoch - 1);
        static_cast<torch::optim::AdamOptions&>(s.optimizer->param_groups()[0].options())
            .lr(learningRate);
        Result<double> trained = s.trainEpoch(control);
        if (!trained.ok() || control.stop.load()) {
            s.network->copyParametersFrom(*s.best);
            if (!trained.ok())
                return diverged(trained.error().value, epoch);
            outcome.reason = StopReason::Cancelled;
            break;
        }

        // The running mean of the batch losses mixes the network's states during the epoch. In
        // the first epoch, a random network's near-singular Hessians give losses of 1e6 and
        // more. So the reported training loss is measured at the epoch's end, like validation.
        const double training = s.evaluate(s.trainingProbe);
        const double validation = s.validation.count > 0 ? s.evaluate(s.validation) : training;
        outcome.history.push_back({epoch, training, validation, learningRate, s.elapsed()});
        outcome.epochs = epoch;
        outcome.finalTraining = training;
        if (epoch == 1)
            firstLoss = *trained;
        if (!std::isfinite(*trained) || *trained > divergenceFactor * std::max(firstLoss, 1.0)) {
            s.network->copyParametersFrom(*s.best);
            return diverged(*trained, epoch);
        }
        if (validation < outcome.bestValidation) {
            outcome.bestValidation = validation;
            outcome.bestEpoch = epoch;
            s.best->copyParametersFrom(*s.network);
        }
        s.checkpoint(epoch);
        if (progress)
            progress(makeProgress(outcome, s.settings, s.training.count, s.elapsed()));

        if (epoch - outcome.bestEpoch >= s.settings.patience) {
            outcome.reason = StopReason::EarlyStopping;
            break;
        }
        if (s.timeUp()) {
            outcome.reason = StopReason::TimeLimit;
            break;
        }
    }
    s.network->copyParametersFrom(*s.best);
    outcome.seconds = s.elapsed();
    outcome.skippedBatches = s.skippedBatches;
    return outcome;
}

} // namespace lab
