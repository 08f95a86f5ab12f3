#include "discovery/termcolumns.h"

#include "symbolic/program.h"

#include <algorithm>
#include <cmath>

namespace lab::discovery {

namespace {

double rootMeanSquare(const std::vector<double>& values)
{
    if (values.empty())
        return 0.0;
    double sum = 0.0;
    for (double v : values)
        sum += v * v;
    return std::sqrt(sum / static_cast<double>(values.size()));
}

bool allFinite(const std::vector<double>& values)
{
    return std::ranges::all_of(values, [](double v) { return std::isfinite(v); });
}

/// g_a = dL/dq_a - sum_b M_ab qdot_b and EL_a = sum_b H_ab qddot_b - g_a.
void fillForceAndResidual(const symbolic::TermsBatch& batch, const MotionSamples& samples,
                          TermColumns& columns)
{
    const int n = samples.dof;
    const int count = samples.count;
    columns.force.assign(static_cast<std::size_t>(n) * count, 0.0);
    columns.residual.assign(static_cast<std::size_t>(n) * count, 0.0);
    for (int a = 0; a < n; ++a) {
        double* force = columns.force.data() + static_cast<std::ptrdiff_t>(a) * count;
        double* residual = columns.residual.data() + static_cast<std::ptrdiff_t>(a) * count;
        const double* dq = batch.dq.data() + static_cast<std::ptrdiff_t>(a) * count;
        for (int i = 0; i < count; ++i)
            force[i] = dq[i];
        for (int b = 0; b < n; ++b) {
            const std::ptrdiff_t block = static_cast<std::ptrdiff_t>(a * n + b) * count;
            const double* mixed = batch.mixed.data() + block;
            const double* hessian = batch.hessian.data() + block;
            const double* velocity =
                samples.states.data() + static_cast<std::ptrdiff_t>(n + b) * count;
            const double* acceleration =
                samples.accelerations.data() + static_cast<std::ptrdiff_t>(b) * count;
            for (int i = 0; i < count; ++i) {
                force[i] -= mixed[i] * velocity[i];
                residual[i] += hessian[i] * acceleration[i];
            }
        }
        for (int i = 0; i < count; ++i)
            residual[i] -= force[i];
    }
}

double meanTrace(const std::vector<double>& hessian, int n, int count)
{
    double sum = 0.0;
    for (int a = 0; a < n; ++a) {
        const std::ptrdiff_t block = static_cast<std::ptrdiff_t>(a * n + a) * count;
        for (int i = 0; i < count; ++i)
            sum += hessian[block + i];
    }
    return count > 0 ? sum / count : 0.0;
}

/// A term is trivial when its Euler-Lagrange expression is zero up to rounding while its
/// derivatives are not: constants and total time derivatives such as f(q) qdot in one
/// coordinate.
bool isTrivial(const symbolic::TermsBatch& batch, const std::vector<double>& force)
{
    const double scale = rootMeanSquare(batch.dq) + rootMeanSquare(batch.dqd) +
                         rootMeanSquare(batch.hessian) + rootMeanSquare(batch.mixed);
    const double elSize = rootMeanSquare(force) + rootMeanSquare(batch.hessian);
    return elSize <= 1e-9 * scale || scale == 0.0;
}

} // namespace

TermColumns evaluateTerm(const symbolic::Expression& term, const MotionSamples& samples,
                         const symbolic::SymbolTable& symbols)
{
    const symbolic::LagrangianProgram program = symbolic::LagrangianProgram::compile(term, symbols);
    symbolic::TermsBatch batch;
    program.evaluate(samples.batch(), batch);

    TermColumns columns;
    fillForceAndResidual(batch, samples, columns);
    columns.finite = allFinite(batch.hessian) && allFinite(columns.force) &&
                     allFinite(batch.value) && allFinite(batch.dqd);
    columns.trivial = columns.finite && isTrivial(batch, columns.force);
    columns.meanTrace = meanTrace(batch.hessian, samples.dof, samples.count);
    columns.hessian = std::move(batch.hessian);
    columns.value = std::move(batch.value);
    columns.dq = std::move(batch.dq);
    columns.momentum = std::move(batch.dqd);
    return columns;
}

} // namespace lab::discovery
