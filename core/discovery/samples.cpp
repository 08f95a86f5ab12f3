#include "discovery/samples.h"

#include "mechanics/eulerlagrange.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace lab::discovery {

namespace {

/// A sample as one row: q, qdot, qddot.
struct Row
{
    Eigen::VectorXd state;
    Eigen::VectorXd acceleration;
};

void appendRow(const Trajectory& run, int i, std::vector<Row>& rows)
{
    Row row;
    row.state.resize(2 * run.dof());
    row.state << run.q.row(i).transpose(), run.qd.row(i).transpose();
    row.acceleration = run.qdd.row(i).transpose();
    rows.push_back(std::move(row));
}

void appendRows(const Trajectory& run, int trimEdges, std::vector<Row>& rows)
{
    for (int i = trimEdges; i < run.samples() - trimEdges; ++i)
        appendRow(run, i, rows);
}

MotionSamples fromRows(const std::vector<Row>& rows, int dof)
{
    MotionSamples samples;
    samples.dof = dof;
    samples.count = static_cast<int>(rows.size());
    samples.states.resize(static_cast<std::size_t>(2 * dof) * rows.size());
    samples.accelerations.resize(static_cast<std::size_t>(dof) * rows.size());
    for (int i = 0; i < samples.count; ++i) {
        for (int v = 0; v < 2 * dof; ++v)
            samples.states[v * samples.count + i] = rows[i].state[v];
        for (int j = 0; j < dof; ++j)
            samples.accelerations[j * samples.count + i] = rows[i].acceleration[j];
    }
    computeWeights(samples);
    return samples;
}

/// Consecutive weak rows that subsample() draws together, so that they share samples.
constexpr int weakBlock = 8;
/// Integral of (1 - tau^2)^4 over [-1, 1].
constexpr double bumpIntegral = 256.0 / 315.0;

/// Returns the test function (1 - tau^2)^4 at tau, with its first and second derivatives by tau in
/// `first` and `second`.
double bump(double tau, double& first, double& second)
{
    const double u = 1.0 - tau * tau;
    if (u <= 0.0) {
        first = 0.0;
        second = 0.0;
        return 0.0;
    }
    first = -8.0 * tau * u * u * u;
    second = 48.0 * tau * tau * u * u - 8.0 * u * u * u;
    return u * u * u * u;
}

/// Integral of phi'' q over the support of the test function centred at sample c, divided by
/// the integral of phi: the test function's average of qddot.
std::vector<double> weakTarget(const Trajectory& run, int c, int halfWidth, double duration,
                               double& gain)
{
    std::vector<double> target(static_cast<std::size_t>(run.dof()), 0.0);
    gain = 0.0;
    const double scale = 1.0 / (duration * duration * duration * bumpIntegral);
    for (int i = c - halfWidth + 1; i < c + halfWidth; ++i) {
        double first = 0.0;
        double second = 0.0;
        bump((run.t(i) - run.t(c)) / duration, first, second);
        const double step = 0.5 * (run.t(i + 1) - run.t(i - 1));
        gain += (second * step * scale) * (second * step * scale);
        for (int j = 0; j < run.dof(); ++j)
            target[static_cast<std::size_t>(j)] += second * step * scale * run.q(i, j);
    }
    return target;
}

/// Appends the run's grid samples (every stride-th) and its test functions' rows.
void appendWeakRun(const Trajectory& run, int halfWidth, std::vector<Row>& grid, WeakRows& weak,
                   std::vector<std::vector<double>>& targets)
{
    const int n = run.samples();
    const int stride = std::max(1, halfWidth / 10);
    const int first = static_cast<int>(grid.size());
    for (int i = 0; i < n; i += stride)
        appendRow(run, i, grid);

    for (int c = halfWidth; c + halfWidth < n; c += std::max(1, halfWidth / 2)) {
        const double duration = 0.5 * (run.t(c + halfWidth) - run.t(c - halfWidth));
        const int firstGrid = (c - halfWidth + stride - 1) / stride * stride;
        for (int g = firstGrid; g <= c + halfWidth; g += stride) {
            double slope = 0.0;
            double second = 0.0;
            const double value = bump((run.t(g) - run.t(c)) / duration, slope, second);
            if (value <= 0.0)
                continue;
            const double step =
                0.5 * (run.t(std::min(n - 1, g + stride)) - run.t(std::max(0, g - stride)));
            weak.sample.push_back(first + g / stride);
            weak.weight.push_back(value * step / (duration * bumpIntegral));
            weak.slope.push_back(slope * step / (duration * duration * bumpIntegral));
        }
        weak.start.push_back(static_cast<int>(weak.sample.size()));
        double gain = 0.0;
        targets.push_back(weakTarget(run, c, halfWidth, duration, gain));
        weak.gains.push_back(gain);
    }
}

/// Copies the samples at the given indices, with the per-coordinate weights of the whole set.
MotionSamples pick(const MotionSamples& samples, const std::vector<int>& indices)
{
    MotionSamples result;
    result.dof = samples.dof;
    result.count = static_cast<int>(indices.size());
    result.states.resize(static_cast<std::size_t>(2 * samples.dof) * indices.size());
    result.accelerations.resize(static_cast<std::size_t>(samples.dof) * indices.size());
    for (int k = 0; k < result.count; ++k) {
        const int i = indices[k];
        for (int v = 0; v < 2 * samples.dof; ++v)
            result.states[v * result.count + k] = samples.state(v, i);
        for (int j = 0; j < samples.dof; ++j)
            result.accelerations[j * result.count + k] = samples.acceleration(j, i);
        if (!samples.values.empty())
            result.values.push_back(samples.values[i]);
    }
    result.weights = samples.weights;
    return result;
}

/// Rows of blocks drawn in random order until their samples reach `count`.
std::vector<char> drawWeakRows(const MotionSamples& samples, int count, std::uint64_t seed)
{
    const WeakRows& weak = samples.weak;
    const int rows = weak.rows();
    std::vector<int> blocks((rows + weakBlock - 1) / weakBlock);
    std::iota(blocks.begin(), blocks.end(), 0);
    std::mt19937_64 generator(seed);
    std::shuffle(blocks.begin(), blocks.end(), generator);

    std::vector<char> rowDrawn(static_cast<std::size_t>(rows), 0);
    std::vector<char> used(static_cast<std::size_t>(samples.count), 0);
    int usedCount = 0;
    for (int block : blocks) {
        if (usedCount >= count)
            break;
        for (int m = block * weakBlock; m < std::min(rows, (block + 1) * weakBlock); ++m) {
            rowDrawn[static_cast<std::size_t>(m)] = 1;
            for (int e = weak.start[m]; e < weak.start[m + 1]; ++e) {
                char& flag = used[static_cast<std::size_t>(weak.sample[e])];
                usedCount += flag != 0 ? 0 : 1;
                flag = 1;
            }
        }
    }
    return rowDrawn;
}

MotionSamples subsampleWeak(const MotionSamples& samples, int count, std::uint64_t seed)
{
    const WeakRows& weak = samples.weak;
    const std::vector<char> rowDrawn = drawWeakRows(samples, count, seed);
    if (std::all_of(rowDrawn.begin(), rowDrawn.end(), [](char drawn) { return drawn != 0; }))
        return samples;

    std::vector<int> newIndex(static_cast<std::size_t>(samples.count), -1);
    std::vector<int> usedSamples;
    std::vector<int> drawnRows;
    for (int m = 0; m < weak.rows(); ++m) {
        if (rowDrawn[static_cast<std::size_t>(m)] == 0)
            continue;
        drawnRows.push_back(m);
        for (int e = weak.start[m]; e < weak.start[m + 1]; ++e)
            newIndex[static_cast<std::size_t>(weak.sample[e])] = 0;
    }
    for (int i = 0; i < samples.count; ++i) {
        if (newIndex[static_cast<std::size_t>(i)] == 0) {
            newIndex[static_cast<std::size_t>(i)] = static_cast<int>(usedSamples.size());
            usedSamples.push_back(i);
        }
    }

    MotionSamples result = pick(samples, usedSamples);
    WeakRows& out = result.weak;
    out.start = {0};
    for (int m : drawnRows) {
        for (int e = weak.start[m]; e < weak.start[m + 1]; ++e) {
            out.sample.push_back(newIndex[static_cast<std::size_t>(weak.sample[e])]);
            out.weight.push_back(weak.weight[e]);
            out.slope.push_back(weak.slope[e]);
        }
        out.start.push_back(static_cast<int>(out.sample.size()));
        out.gains.push_back(weak.gains[static_cast<std::size_t>(m)]);
    }
    const auto rows = static_cast<int>(drawnRows.size());
    out.targets.resize(static_cast<std::size_t>(samples.dof) * drawnRows.size());
    for (int j = 0; j < samples.dof; ++j) {
        for (int k = 0; k < rows; ++k)
            out.targets[(static_cast<std::size_t>(j) * rows) + k] = weak.target(j, drawnRows[k]);
    }
    out.weights = weak.weights;
    out.noiseFloor = weak.noiseFloor;
    return result;
}

std::vector<int> randomIndices(int available, int requested, std::uint64_t seed)
{
    std::vector<int> indices(available);
    std::iota(indices.begin(), indices.end(), 0);
    if (requested >= available)
        return indices;

    std::mt19937_64 generator(seed);
    std::shuffle(indices.begin(), indices.end(), generator);
    indices.resize(requested);
    std::sort(indices.begin(), indices.end());
    return indices;
}

} // namespace

symbolic::StateBatch MotionSamples::batch() const
{
    return symbolic::StateBatch{count, 2 * dof, states.data()};
}

void computeWeights(MotionSamples& samples)
{
    samples.weights.assign(samples.dof, 1.0);
    for (int j = 0; j < samples.dof; ++j) {
        double sum = 0.0;
        for (int i = 0; i < samples.count; ++i)
            sum += samples.acceleration(j, i) * samples.acceleration(j, i);
        const double mean = samples.count > 0 ? sum / samples.count : 0.0;
        samples.weights[j] = mean > 0.0 ? 1.0 / mean : 1.0;
    }
}

MotionSamples samplesFromDataset(const Dataset& dataset, int maxSamples, int trimEdges,
                                 std::uint64_t seed)
{
    std::vector<Row> rows;
    for (const Trajectory& run : dataset.training)
        appendRows(run, trimEdges, rows);
    for (const Trajectory& run : dataset.validation)
        appendRows(run, trimEdges, rows);

    const std::vector<int> chosenIndices =
        randomIndices(static_cast<int>(rows.size()), maxSamples, seed);
    std::vector<Row> chosen;
    chosen.reserve(chosenIndices.size());
    for (int index : chosenIndices)
        chosen.push_back(std::move(rows[index]));
    return fromRows(chosen, dataset.dof());
}

MotionSamples samplesFromTeacher(const Lagrangian& teacher,
                                 const std::vector<Eigen::VectorXd>& states)
{
    const int dof = teacher.dof();
    std::vector<Row> rows;
    std::vector<double> values;
    for (const Eigen::VectorXd& state : states) {
        const Eigen::VectorXd q = state.head(dof);
        const Eigen::VectorXd qd = state.tail(dof);
        const LagrangianTerms terms = teacher.terms(q, qd);
        Result<Eigen::VectorXd> acceleration = solveAccelerations(terms, qd);
        if (!acceleration)
            continue;
        rows.push_back(Row{state, *acceleration});
        values.push_back(terms.value);
    }
    MotionSamples samples = fromRows(rows, dof);
    samples.values = std::move(values);
    return samples;
}

MotionSamples subsample(const MotionSamples& samples, int count, std::uint64_t seed)
{
    if (samples.weak.rows() > 0)
        return subsampleWeak(samples, count, seed);
    return pick(samples, randomIndices(samples.count, count, seed));
}

namespace {

/// Expected loss from position noise: sum_j w_j sigma_j^2 mean(gain) / dof. The targets come
/// from smoothed positions, whose noise is smaller, so this is an upper bound.
double noiseFloor(const WeakRows& weak, const std::vector<double>& positionNoise)
{
    const auto dof = static_cast<int>(weak.weights.size());
    if (positionNoise.size() != weak.weights.size() || weak.gains.empty())
        return 0.0;
    double gain = 0.0;
    for (double g : weak.gains)
        gain += g / static_cast<double>(weak.gains.size());
    double floor = 0.0;
    for (int j = 0; j < dof; ++j) {
        const double sigma = positionNoise[static_cast<std::size_t>(j)];
        floor += weak.weights[static_cast<std::size_t>(j)] * sigma * sigma * gain / dof;
    }
    return floor;
}

} // namespace

MotionSamples weakSamplesFromDataset(const Dataset& dataset, int halfWidth,
                                     const std::vector<double>& positionNoise)
{
    halfWidth = std::max(halfWidth, 10);
    std::vector<Row> grid;
    WeakRows weak;
    weak.start = {0};
    std::vector<std::vector<double>> targets;
    for (const Trajectory& run : dataset.training)
        appendWeakRun(run, halfWidth, grid, weak, targets);
    for (const Trajectory& run : dataset.validation)
        appendWeakRun(run, halfWidth, grid, weak, targets);

    MotionSamples samples = fromRows(grid, dataset.dof());
    if (targets.empty())
        return samples;
    const auto rows = static_cast<int>(targets.size());
    weak.targets.resize(static_cast<std::size_t>(dataset.dof()) * targets.size());
    weak.weights.assign(static_cast<std::size_t>(dataset.dof()), 1.0);
    for (int j = 0; j < dataset.dof(); ++j) {
        double sum = 0.0;
        for (int m = 0; m < rows; ++m) {
            const double value = targets[static_cast<std::size_t>(m)][static_cast<std::size_t>(j)];
            weak.targets[(static_cast<std::size_t>(j) * rows) + m] = value;
            sum += value * value;
        }
        weak.weights[static_cast<std::size_t>(j)] = sum > 0.0 ? rows / sum : 1.0;
    }
    weak.noiseFloor = noiseFloor(weak, positionNoise);
    samples.weak = std::move(weak);
    return samples;
}

MotionSamples samplesForMotion(const Dataset& dataset, int halfWidth, int maxSamples,
                               std::uint64_t seed, const std::vector<double>& positionNoise)
{
    // Noise-free data keep their exact accelerations (window 0), which the weak form's
    // quadrature would only blur.
    if (halfWidth < minWeakWindow)
        return samplesFromDataset(dataset, maxSamples, std::max(halfWidth, 0), seed);
    MotionSamples weak = weakSamplesFromDataset(dataset, halfWidth, positionNoise);
    if (weak.weak.rows() >= minWeakRows)
        return weak;
    return samplesFromDataset(dataset, maxSamples, halfWidth, seed);
}

} // namespace lab::discovery
