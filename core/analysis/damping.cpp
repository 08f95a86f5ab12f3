#include "analysis/damping.h"

#include "analysis/conservation.h"
#include "analysis/oscillation.h"
#include "mechanics/eulerlagrange.h"
#include "mechanics/variational.h"

#include <Eigen/Cholesky>
#include <Eigen/LU>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace lab {

namespace {

constexpr int minSamples = 20;
constexpr int minBlocks = 4;

Status validateDamping(const Lagrangian& lagrangian, const Trajectory& data,
                       const DampingSettings& settings)
{
    if (settings.edgeSamples < 0)
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("edge-samples"),
                     .value = double(settings.edgeSamples)};
    const int used = data.samples() - 2 * settings.edgeSamples;
    if (used < minSamples)
        return Error{.kind = ErrorKind::TooFewRows,
                     .value = double(std::max(used, 0)),
                     .limit = double(minSamples)};
    const Eigen::Index rows = data.samples();
    const int dof = lagrangian.dof();
    const int first = settings.edgeSamples;
    const Eigen::Index last = rows - 1 - settings.edgeSamples;
    if (data.dof() != dof || data.qd.rows() != rows || data.qd.cols() != dof ||
        data.qdd.rows() != rows || data.qdd.cols() != dof || !(data.t[last] > data.t[first]))
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("data"),
                     .value = double(data.dof()),
                     .limit = double(dof)};
    if (!(settings.minTrendT >= 0.0) || !std::isfinite(settings.minTrendT))
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("min-trend-t"),
                     .value = settings.minTrendT};
    if (!(settings.minDropOverNoise >= 0.0) || !std::isfinite(settings.minDropOverNoise))
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("min-drop-over-noise"),
                     .value = settings.minDropOverNoise};
    if (settings.maxBlocks < minBlocks)
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("max-blocks"),
                     .value = double(settings.maxBlocks),
                     .limit = double(minBlocks)};
    return Success{};
}

/// Computes the potential E(q, 0) = -L(q, 0) at every sample.
Eigen::VectorXd potentialSeries(const Lagrangian& lagrangian, const Trajectory& data)
{
    const Eigen::VectorXd rest = Eigen::VectorXd::Zero(data.dof());
    Eigen::VectorXd potential(data.samples());
    for (int i = 0; i < data.samples(); ++i)
        potential[i] = -lagrangian.terms(data.q.row(i).transpose(), rest).value;
    return potential;
}

/// Finds the minimum of sign * E(q, 0), starting from the lowest sample. Newton's method
/// refines it while each step lowers the potential, the Hessian is positive definite, and the
/// point stays inside the data's range widened by a tenth on each side.
double minimumPotential(const Lagrangian& lagrangian, const Trajectory& data,
                        const Eigen::VectorXd& potential, double sign)
{
    Eigen::Index lowest = 0;
    const double sampleMinimum = potential.minCoeff(&lowest);
    const Eigen::VectorXd rest = Eigen::VectorXd::Zero(data.dof());
    const Eigen::ArrayXd margin = 0.1 * (data.q.colwise().maxCoeff() - data.q.colwise().minCoeff());
    const Eigen::ArrayXd low = data.q.colwise().minCoeff().transpose().array() - margin;
    const Eigen::ArrayXd high = data.q.colwise().maxCoeff().transpose().array() + margin;

    Eigen::VectorXd q = data.q.row(lowest).transpose();
    double value = sampleMinimum;
    for (int iteration = 0; iteration < 20; ++iteration) {
        const Eigen::VectorXd gradient = -sign * lagrangian.terms(q, rest).dq;
        const Eigen::MatrixXd hessian = -sign * positionHessian(lagrangian, q, rest);
        const Eigen::LLT<Eigen::MatrixXd> cholesky(hessian);
        if (cholesky.info() != Eigen::Success)
            break;
        const Eigen::VectorXd next = q - cholesky.solve(gradient);
        if (!next.allFinite() || (next.array() < low).any() || (next.array() > high).any())
            break;
        const double nextValue = -sign * lagrangian.terms(next, rest).value;
        if (!(nextValue <= value))
            break;
        const bool settled = (next - q).lpNorm<Eigen::Infinity>() <= 1e-12;
        q = next;
        value = nextValue;
        if (settled)
            break;
    }
    return value;
}

/// Returns the index of the coordinate whose positions vary most.
Eigen::Index dominantCoordinate(const Eigen::MatrixXd& q)
{
    const Eigen::RowVectorXd mean = q.colwise().mean();
    Eigen::Index dominant = 0;
    (q.rowwise() - mean).colwise().squaredNorm().maxCoeff(&dominant);
    return dominant;
}

/// Time blocks of the run: the block of every sample (-1 for samples after the last whole
/// block) and the number of blocks.
struct Blocks
{
    std::vector<int> index;
    int count = 0;
};

/// Cuts the run into blocks of whole periods of the dominant coordinate, at most maxBlocks of
/// them, or into maxBlocks / 2 equal blocks when fewer than minBlocks periods are found.
Blocks assignBlocks(const Trajectory& data, int maxBlocks)
{
    const double start = data.t[0];
    const double duration = data.t[data.samples() - 1] - start;
    const std::optional<double> period =
        estimatePeriod(data.t, data.q.col(dominantCoordinate(data.q)));
    const double periods = period ? std::floor(duration / *period) : 0.0;
    Blocks blocks;
    blocks.count = maxBlocks / 2;
    double length = duration / blocks.count;
    if (periods >= minBlocks) {
        length = std::ceil(periods / maxBlocks) * *period;
        blocks.count = static_cast<int>(std::floor(duration / length));
    }

    blocks.index.resize(static_cast<size_t>(data.samples()));
    for (int i = 0; i < data.samples(); ++i) {
        const int block = static_cast<int>((data.t[i] - start) / length);
        // With equal blocks the last sample ends the last block, and with period blocks the
        // samples after the last whole block belong to none.
        if (block < blocks.count)
            blocks.index[i] = block;
        else
            blocks.index[i] = periods >= minBlocks ? -1 : blocks.count - 1;
    }
    return blocks;
}

/// Mean time and mean oscillation energy of each block whose mean energy is positive.
struct BlockMeans
{
    std::vector<double> t;
    std::vector<double> energy;
};

BlockMeans blockMeans(const Trajectory& data, const Eigen::VectorXd& oscillation,
                      const Blocks& blocks)
{
    std::vector<double> sumT(blocks.count, 0.0);
    std::vector<double> sumEnergy(blocks.count, 0.0);
    std::vector<int> counts(blocks.count, 0);
    for (int i = 0; i < data.samples(); ++i) {
        const int block = blocks.index[i];
        if (block < 0)
            continue;
        sumT[block] += data.t[i];
        sumEnergy[block] += oscillation[i];
        ++counts[block];
    }
    BlockMeans means;
    for (int block = 0; block < blocks.count; ++block) {
        if (counts[block] > 0 && sumEnergy[block] > 0.0) {
            means.t.push_back(sumT[block] / counts[block]);
            means.energy.push_back(sumEnergy[block] / counts[block]);
        }
    }
    return means;
}

/// Fits ln(block energy) = intercept + slope t and fills the loss rate, its standard error,
/// the t-statistic, the fitted drop and the scatter about the fit.
void fitEnergyTrend(const Trajectory& data, const Eigen::VectorXd& oscillation,
                    const BlockMeans& means, DampingAnalysis& analysis)
{
    const auto count = static_cast<Eigen::Index>(means.t.size());
    analysis.blocks = static_cast<int>(count);
    if (count < 3)
        return;
    const Eigen::Map<const Eigen::VectorXd> t(means.t.data(), count);
    const Eigen::VectorXd logEnergy =
        Eigen::Map<const Eigen::VectorXd>(means.energy.data(), count).array().log().matrix();
    const double slope = leastSquaresSlope(t, logEnergy);
    const double intercept = logEnergy.mean() - slope * t.mean();
    const Eigen::ArrayXd residual = logEnergy.array() - intercept - slope * t.array();
    const double spread = (t.array() - t.mean()).square().sum();
    const double variance = residual.square().sum() / double(count - 2);

    analysis.lossRate = -slope;
    analysis.lossRateError = std::sqrt(variance / spread);
    analysis.trendT = analysis.lossRateError > 0.0 ? analysis.lossRate / analysis.lossRateError
                                                   : std::numeric_limits<double>::infinity();
    const Eigen::ArrayXd fitted = (intercept + slope * data.t.array()).exp();
    analysis.energyDrop = fitted[0] - fitted[fitted.size() - 1];
    analysis.energyNoise = std::sqrt((oscillation.array() - fitted).square().mean());
}

/// Builds the rows of the damping fit for one sample: row i contains -qdot_i under its gamma column
/// and 1 under the column of coordinate i's constant.
Eigen::MatrixXd sampleDesign(const Trajectory& data, int sample, const DampingSettings& settings)
{
    const Eigen::Index n = data.dof();
    const Eigen::Index gammas = settings.perCoordinate ? n : 1;
    Eigen::MatrixXd rows = Eigen::MatrixXd::Zero(n, gammas + (settings.fitConstantForce ? n : 0));
    for (Eigen::Index i = 0; i < n; ++i) {
        rows(i, settings.perCoordinate ? i : 0) = -data.qd(sample, i);
        if (settings.fitConstantForce)
            rows(i, gammas + i) = 1.0;
    }
    return rows;
}

/// Normal equations X^T X b = X^T y of the damping fit, in total and per block.
struct NormalEquations
{
    Eigen::MatrixXd matrix;
    Eigen::VectorXd vector;
    double squaredTarget = 0.0;
    std::vector<Eigen::MatrixXd> blockMatrix;
    std::vector<Eigen::VectorXd> blockVector;
};

NormalEquations accumulate(const Trajectory& data, const Eigen::MatrixXd& residual,
                           const Blocks& blocks, const DampingSettings& settings)
{
    NormalEquations normal;
    const Eigen::Index columns = sampleDesign(data, 0, settings).cols();
    normal.matrix = Eigen::MatrixXd::Zero(columns, columns);
    normal.vector = Eigen::VectorXd::Zero(columns);
    normal.blockMatrix.assign(blocks.count, normal.matrix);
    normal.blockVector.assign(blocks.count, normal.vector);
    for (int s = 0; s < data.samples(); ++s) {
        const Eigen::MatrixXd rows = sampleDesign(data, s, settings);
        const Eigen::MatrixXd product = rows.transpose() * rows;
        const Eigen::VectorXd projection = rows.transpose() * residual.row(s).transpose();
        normal.matrix += product;
        normal.vector += projection;
        normal.squaredTarget += residual.row(s).squaredNorm();
        // Samples after the last whole period join the last block, so that every sample is
        // left out once by the jackknife.
        const int block = blocks.index[s] >= 0 ? blocks.index[s] : blocks.count - 1;
        normal.blockMatrix[block] += product;
        normal.blockVector[block] += projection;
    }
    return normal;
}

/// Estimates the standard errors of the coefficients by the delete-one-block jackknife. It
/// refits without each block in turn, and the variance is (B - 1) / B times the sum of squared
/// deviations of the B refits from their mean. Blocks of whole periods keep correlated
/// residuals together.
Eigen::VectorXd jackknifeErrors(const NormalEquations& normal)
{
    std::vector<Eigen::VectorXd> refits;
    for (size_t block = 0; block < normal.blockMatrix.size(); ++block) {
        if (normal.blockMatrix[block].isZero(0.0))
            continue;
        const Eigen::LDLT<Eigen::MatrixXd> solver(normal.matrix - normal.blockMatrix[block]);
        refits.emplace_back(solver.solve(normal.vector - normal.blockVector[block]));
    }
    const Eigen::Index columns = normal.vector.size();
    if (refits.size() < 3)
        return Eigen::VectorXd::Constant(columns, std::numeric_limits<double>::infinity());

    Eigen::VectorXd mean = Eigen::VectorXd::Zero(columns);
    for (const Eigen::VectorXd& refit : refits)
        mean += refit / double(refits.size());
    Eigen::VectorXd squares = Eigen::VectorXd::Zero(columns);
    for (const Eigen::VectorXd& refit : refits)
        squares += (refit - mean).cwiseAbs2();
    const double count = double(refits.size());
    return ((count - 1.0) / count * squares).cwiseSqrt();
}

/// Fits the residual accelerations (one row per sample) and fills gamma, its standard error,
/// the constants and the RMS residual. Fails when the velocities cannot determine gamma.
Status fitDamping(const Trajectory& data, const Eigen::MatrixXd& residual, const Blocks& blocks,
                  const DampingSettings& settings, DampingAnalysis& analysis)
{
    const NormalEquations normal = accumulate(data, residual, blocks, settings);
    const Eigen::FullPivLU<Eigen::MatrixXd> lu(normal.matrix);
    if (lu.rank() < normal.matrix.cols())
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("velocities"),
                     .value = double(lu.rank()),
                     .limit = double(normal.matrix.cols())};
    const Eigen::VectorXd coefficients = lu.solve(normal.vector);
    const Eigen::VectorXd errors = jackknifeErrors(normal);

    const Eigen::Index n = data.dof();
    const Eigen::Index gammas = settings.perCoordinate ? n : 1;
    analysis.gamma = coefficients.head(gammas);
    analysis.gammaError = errors.head(gammas);
    analysis.constantForce = settings.fitConstantForce ? Eigen::VectorXd(coefficients.tail(n))
                                                       : Eigen::VectorXd::Zero(n);
    // |y - X b|^2 = y^T y - 2 b^T X^T y + b^T X^T X b, clamped against rounding.
    const double misfit = normal.squaredTarget - 2.0 * coefficients.dot(normal.vector) +
                          coefficients.dot(normal.matrix * coefficients);
    analysis.residualRms = std::sqrt(std::max(0.0, misfit) / double(residual.size()));
    return Success{};
}

/// Computes the residual accelerations qddot - a_L(q, qdot) at every sample.
Result<Eigen::MatrixXd> residualAccelerations(const Lagrangian& lagrangian, const Trajectory& data)
{
    Eigen::MatrixXd residual(data.samples(), data.dof());
    for (int s = 0; s < data.samples(); ++s) {
        const Result<Eigen::VectorXd> model =
            accelerations(lagrangian, data.q.row(s).transpose(), data.qd.row(s).transpose());
        if (!model.ok())
            return model.error();
        residual.row(s) = data.qdd.row(s) - model->transpose();
    }
    return residual;
}

} // namespace

Result<DampingAnalysis> analyseDamping(const Lagrangian& lagrangian, const Trajectory& data,
                                       const DampingSettings& settings)
{
    const Status valid = validateDamping(lagrangian, data, settings);
    if (!valid.ok())
        return valid.error();
    const Trajectory inner =
        data.slice(settings.edgeSamples, data.samples() - 2 * settings.edgeSamples);
    const Result<Eigen::MatrixXd> residual = residualAccelerations(lagrangian, inner);
    if (!residual.ok())
        return residual.error();

    DampingAnalysis analysis;
    analysis.energy = energySeries(lagrangian, data);
    Eigen::VectorXd potential = potentialSeries(lagrangian, data);
    const double sign = (analysis.energy - potential).mean() >= 0.0 ? 1.0 : -1.0;
    analysis.energy *= sign;
    potential *= sign;
    analysis.minimumEnergy = minimumPotential(lagrangian, data, potential, sign);

    const Eigen::VectorXd oscillation =
        analysis.energy.segment(settings.edgeSamples, inner.samples()).array() -
        analysis.minimumEnergy;
    const Blocks blocks = assignBlocks(inner, settings.maxBlocks);
    fitEnergyTrend(inner, oscillation, blockMeans(inner, oscillation, blocks), analysis);
    analysis.significant = analysis.lossRate > 0.0 && analysis.trendT >= settings.minTrendT &&
                           analysis.energyDrop >= settings.minDropOverNoise * analysis.energyNoise;

    const Status fitted = fitDamping(inner, *residual, blocks, settings, analysis);
    if (!fitted.ok())
        return fitted.error();
    return analysis;
}

} // namespace lab
