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

void appendRows(const Trajectory& run, int trimEdges, std::vector<Row>& rows)
{
    const int dof = run.dof();
    for (int i = trimEdges; i < run.samples() - trimEdges; ++i) {
        Row row;
        row.state.resize(2 * dof);
        row.state << run.q.row(i).transpose(), run.qd.row(i).transpose();
        row.acceleration = run.qdd.row(i).transpose();
        rows.push_back(std::move(row));
    }
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
    const std::vector<int> chosenIndices = randomIndices(samples.count, count, seed);
    MotionSamples result;
    result.dof = samples.dof;
    result.count = static_cast<int>(chosenIndices.size());
    result.states.resize(static_cast<std::size_t>(2 * samples.dof) * chosenIndices.size());
    result.accelerations.resize(static_cast<std::size_t>(samples.dof) * chosenIndices.size());
    for (int k = 0; k < result.count; ++k) {
        const int i = chosenIndices[k];
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

} // namespace lab::discovery
