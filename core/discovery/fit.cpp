#include "discovery/fit.h"

#include <Eigen/Dense>
#include <cmath>
#include <limits>

namespace lab::discovery {

namespace {

constexpr int maxDof = 6;
using SmallMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, 0, maxDof, maxDof>;
using SmallVector = Eigen::Matrix<double, Eigen::Dynamic, 1, 0, maxDof, 1>;

double meanAbsoluteTrace(const std::vector<const TermColumns*>& terms, const Eigen::VectorXd& c)
{
    double trace = 0.0;
    for (std::size_t k = 0; k < terms.size(); ++k)
        trace += c[static_cast<Eigen::Index>(k)] * terms[k]->meanTrace;
    return std::abs(trace);
}

/// Assembles H and g of the combination at sample i.
void assemble(const std::vector<const TermColumns*>& terms, const Eigen::VectorXd& c, int n,
              int count, int i, SmallMatrix& h, SmallVector& g)
{
    h.setZero(n, n);
    g.setZero(n);
    for (std::size_t k = 0; k < terms.size(); ++k) {
        const double ck = c[static_cast<Eigen::Index>(k)];
        for (int a = 0; a < n; ++a) {
            g[a] += ck * terms[k]->force[static_cast<std::size_t>(a) * count + i];
            for (int b = 0; b < n; ++b)
                h(a, b) += ck * terms[k]->hessian[static_cast<std::size_t>(a * n + b) * count + i];
        }
    }
}

/// Inverts a small symmetric H after checking its conditioning against `scale`, the typical
/// size of H over the samples (so that a 1-coordinate H of nearly zero is caught too).
bool invertChecked(const SmallMatrix& h, double scale, SmallMatrix& inverse)
{
    if (!h.allFinite())
        return false;
    const Eigen::SelfAdjointEigenSolver<SmallMatrix> solver(h, Eigen::EigenvaluesOnly);
    const auto magnitudes = solver.eigenvalues().cwiseAbs();
    const double smallest = magnitudes.minCoeff();
    const double largest = magnitudes.maxCoeff();
    if (!(smallest > 0.0) || largest > maxCandidateCondition * smallest ||
        smallest * maxCandidateCondition < scale)
        return false;

    inverse = h.inverse();
    return inverse.allFinite();
}

/// Fills the Jacobian rows of sample i: da/dc_k = H^-1 (g_k - H_k a), from differentiating
/// H a = g, weighted like the residuals.
void fillJacobianRows(const std::vector<const TermColumns*>& terms, int i, int count,
                      const SmallMatrix& inverse, const SmallVector& a, const SmallVector& weight,
                      Eigen::MatrixXd& jacobian)
{
    const auto n = static_cast<int>(a.size());
    SmallVector local(n);
    for (std::size_t k = 0; k < terms.size(); ++k) {
        for (int p = 0; p < n; ++p) {
            local[p] = terms[k]->force[static_cast<std::size_t>(p) * count + i];
            for (int b = 0; b < n; ++b)
                local[p] -=
                    terms[k]->hessian[static_cast<std::size_t>(p * n + b) * count + i] * a[b];
        }
        const SmallVector da = inverse * local;
        for (int j = 0; j < n; ++j)
            jacobian(static_cast<Eigen::Index>(j) * count + i, static_cast<Eigen::Index>(k)) =
                weight[j] * da[j];
    }
}

/// Predicted accelerations at every sample (coordinate-major) and, with `derivatives`, their
/// derivatives by each coefficient. Returns false when H is singular or not finite anywhere.
bool predictAccelerations(const std::vector<const TermColumns*>& terms, const Eigen::VectorXd& c,
                          const MotionSamples& samples, Eigen::VectorXd& predicted,
                          Eigen::MatrixXd* derivatives)
{
    const int n = samples.dof;
    const int count = samples.count;
    if (n < 1 || n > maxDof || count == 0 || terms.empty())
        return false;
    const double scale = meanAbsoluteTrace(terms, c) / n;
    predicted.resize(static_cast<Eigen::Index>(n) * count);
    if (derivatives)
        derivatives->resize(static_cast<Eigen::Index>(n) * count, c.size());

    const SmallVector unit = SmallVector::Ones(n);
    SmallMatrix h;
    SmallMatrix inverse;
    SmallVector g;
    for (int i = 0; i < count; ++i) {
        assemble(terms, c, n, count, i, h, g);
        if (!invertChecked(h, scale, inverse))
            return false;
        const SmallVector a = inverse * g;
        for (int j = 0; j < n; ++j)
            predicted[static_cast<Eigen::Index>(j) * count + i] = a[j];
        if (derivatives)
            fillJacobianRows(terms, i, count, inverse, a, unit, *derivatives);
    }
    return predicted.allFinite();
}

/// The motion loss on weak rows: each row's average of the predicted accelerations against
/// its target, weighted per coordinate by 1 / mean(target^2).
double weakMotionLoss(const std::vector<const TermColumns*>& terms, const Eigen::VectorXd& c,
                      const MotionSamples& samples, Eigen::VectorXd* residual,
                      Eigen::MatrixXd* jacobian)
{
    const WeakRows& weak = samples.weak;
    const int n = samples.dof;
    const int rows = weak.rows();
    Eigen::VectorXd predicted;
    Eigen::MatrixXd derivatives;
    if (!predictAccelerations(terms, c, samples, predicted, jacobian ? &derivatives : nullptr))
        return std::numeric_limits<double>::infinity();
    if (residual)
        residual->resize(static_cast<Eigen::Index>(n) * rows);
    if (jacobian)
        jacobian->setZero(static_cast<Eigen::Index>(n) * rows, c.size());

    double loss = 0.0;
    for (int j = 0; j < n; ++j) {
        const double weight = std::sqrt(weak.weights[j] / (static_cast<double>(n) * rows));
        const Eigen::Index offset = static_cast<Eigen::Index>(j) * samples.count;
        for (int m = 0; m < rows; ++m) {
            const Eigen::Index row = static_cast<Eigen::Index>(j) * rows + m;
            double average = 0.0;
            for (int e = weak.start[m]; e < weak.start[m + 1]; ++e) {
                average += weak.weight[e] * predicted[offset + weak.sample[e]];
                if (jacobian)
                    jacobian->row(row) +=
                        weight * weak.weight[e] * derivatives.row(offset + weak.sample[e]);
            }
            const double r = weight * (average - weak.target(j, m));
            loss += r * r;
            if (residual)
                (*residual)[row] = r;
        }
    }
    return std::isfinite(loss) ? loss : std::numeric_limits<double>::infinity();
}

} // namespace

double motionLoss(const std::vector<const TermColumns*>& terms, const Eigen::VectorXd& c,
                  const MotionSamples& samples, Eigen::VectorXd* residual,
                  Eigen::MatrixXd* jacobian)
{
    if (samples.weak.rows() > 0)
        return weakMotionLoss(terms, c, samples, residual, jacobian);

    const int n = samples.dof;
    const int count = samples.count;
    const int termCount = static_cast<int>(terms.size());
    const double infinity = std::numeric_limits<double>::infinity();
    if (n < 1 || n > maxDof || count == 0 || termCount == 0)
        return infinity;

    const double scale = meanAbsoluteTrace(terms, c) / n;
    if (residual)
        residual->resize(static_cast<Eigen::Index>(n) * count);
    if (jacobian)
        jacobian->resize(static_cast<Eigen::Index>(n) * count, termCount);

    SmallVector weight(n);
    for (int j = 0; j < n; ++j)
        weight[j] = std::sqrt(samples.weights[j] / (static_cast<double>(n) * count));

    SmallMatrix h;
    SmallMatrix inverse;
    SmallVector g;
    SmallVector a;
    double loss = 0.0;
    for (int i = 0; i < count; ++i) {
        assemble(terms, c, n, count, i, h, g);
        if (!invertChecked(h, scale, inverse))
            return infinity;

        a = inverse * g;
        for (int j = 0; j < n; ++j) {
            const double r = weight[j] * (a[j] - samples.acceleration(j, i));
            loss += r * r;
            if (residual)
                (*residual)[static_cast<Eigen::Index>(j) * count + i] = r;
        }
        if (!jacobian)
            continue;

        fillJacobianRows(terms, i, count, inverse, a, weight, *jacobian);
    }
    return std::isfinite(loss) ? loss : infinity;
}

namespace {

/// Builds the columns of the least-squares start for pointwise samples: each term's Euler-Lagrange
/// residual at the target accelerations, weighted per coordinate.
Eigen::MatrixXd pointwiseColumns(const std::vector<const TermColumns*>& terms,
                                 const MotionSamples& samples)
{
    const int n = samples.dof;
    const int count = samples.count;
    Eigen::MatrixXd columns(static_cast<Eigen::Index>(n) * count,
                            static_cast<Eigen::Index>(terms.size()));
    for (std::size_t k = 0; k < terms.size(); ++k) {
        for (int j = 0; j < n; ++j) {
            const double w = std::sqrt(samples.weights[j]);
            for (int i = 0; i < count; ++i)
                columns(static_cast<Eigen::Index>(j) * count + i, static_cast<Eigen::Index>(k)) =
                    w * terms[k]->residual[static_cast<std::size_t>(j) * count + i];
        }
    }
    return columns;
}

/// Builds the columns of the least-squares start for weak rows: each term's Euler-Lagrange
/// expression d/dt p_a - dphi/dq_a averaged over the row's test function and integrated by parts,
/// -sum_e (phi'_e p_a + phi_e dphi/dq_a) with p_a = dphi/dqdot_a. It needs no accelerations,
/// so the noise of twice-differentiated positions does not bias the start.
Eigen::MatrixXd weakColumns(const std::vector<const TermColumns*>& terms,
                            const MotionSamples& samples)
{
    const WeakRows& weak = samples.weak;
    const int n = samples.dof;
    const int rows = weak.rows();
    Eigen::MatrixXd columns(static_cast<Eigen::Index>(n) * rows,
                            static_cast<Eigen::Index>(terms.size()));
    for (std::size_t k = 0; k < terms.size(); ++k) {
        for (int j = 0; j < n; ++j) {
            const double w = std::sqrt(weak.weights[j]);
            const double* momentum =
                terms[k]->momentum.data() + static_cast<std::ptrdiff_t>(j) * samples.count;
            const double* dq = terms[k]->dq.data() + static_cast<std::ptrdiff_t>(j) * samples.count;
            for (int m = 0; m < rows; ++m) {
                double sum = 0.0;
                for (int e = weak.start[m]; e < weak.start[m + 1]; ++e)
                    sum += weak.slope[e] * momentum[weak.sample[e]] +
                           weak.weight[e] * dq[weak.sample[e]];
                columns(static_cast<Eigen::Index>(j) * rows + m, static_cast<Eigen::Index>(k)) =
                    -w * sum;
            }
        }
    }
    return columns;
}

/// Least-squares start: minimise |sum_k c_k EL[phi_k]|^2 subject to sum_k c_k trace_k = 1,
/// whose solution is c proportional to G^-1 h with G = A^T A. Columns are scaled to unit
/// norm first, and a tiny ridge keeps collinear terms solvable.
bool linearStart(const std::vector<const TermColumns*>& terms, const MotionSamples& samples,
                 Eigen::VectorXd& c)
{
    const Eigen::MatrixXd columns =
        samples.weak.rows() > 0 ? weakColumns(terms, samples) : pointwiseColumns(terms, samples);
    Eigen::VectorXd trace(static_cast<Eigen::Index>(terms.size()));
    for (std::size_t k = 0; k < terms.size(); ++k)
        trace[static_cast<Eigen::Index>(k)] = terms[k]->meanTrace;

    Eigen::VectorXd norms = columns.colwise().norm().transpose();
    for (Eigen::Index k = 0; k < norms.size(); ++k)
        norms[k] = norms[k] > 0.0 ? 1.0 / norms[k] : 1.0;
    const Eigen::MatrixXd scaled = columns * norms.asDiagonal();
    Eigen::MatrixXd gram = scaled.transpose() * scaled;
    gram.diagonal().array() += 1e-12 * std::max(gram.trace(), 1e-300);

    const Eigen::VectorXd h = norms.cwiseProduct(trace);
    if (h.cwiseAbs().maxCoeff() == 0.0)
        return false;
    const Eigen::VectorXd y = gram.ldlt().solve(h);
    const double denominator = h.dot(y);
    if (!std::isfinite(denominator) || denominator == 0.0)
        return false;
    c = norms.cwiseProduct(y) / denominator;
    return c.allFinite();
}

/// Levenberg-Marquardt steps on the motion loss from c.
double refineMotion(const std::vector<const TermColumns*>& terms, const MotionSamples& samples,
                    int steps, Eigen::VectorXd& c)
{
    Eigen::VectorXd residual;
    Eigen::MatrixXd jacobian;
    double loss = motionLoss(terms, c, samples, &residual, &jacobian);
    double damping = 1e-3;
    for (int step = 0; step < steps && std::isfinite(loss); ++step) {
        const Eigen::MatrixXd normal = jacobian.transpose() * jacobian;
        const Eigen::VectorXd gradient = jacobian.transpose() * residual;
        bool improved = false;
        for (int attempt = 0; attempt < 6 && !improved; ++attempt) {
            Eigen::MatrixXd system = normal;
            system.diagonal() += damping * normal.diagonal() +
                                 Eigen::VectorXd::Constant(c.size(), 1e-15 * normal.trace());
            const Eigen::VectorXd trial = c - system.ldlt().solve(gradient);
            const double trialLoss = motionLoss(terms, trial, samples);
            if (trialLoss < loss) {
                improved = loss - trialLoss > 1e-12 * loss;
                c = trial;
                loss = motionLoss(terms, c, samples, &residual, &jacobian);
                damping = std::max(damping / 3.0, 1e-9);
                if (!improved)
                    return loss;
                break;
            }
            damping *= 4.0;
        }
        if (!improved)
            break;
    }
    return loss;
}

} // namespace

LinearFit fitMotion(const std::vector<const TermColumns*>& terms, const MotionSamples& samples,
                    int refinements)
{
    LinearFit fit;
    for (const TermColumns* term : terms) {
        if (!term->finite)
            return fit;
    }
    if (terms.empty() || !linearStart(terms, samples, fit.coefficients))
        return fit;

    fit.loss = refinements > 0 ? refineMotion(terms, samples, refinements, fit.coefficients)
                               : motionLoss(terms, fit.coefficients, samples);

    double trace = 0.0;
    for (std::size_t k = 0; k < terms.size(); ++k)
        trace += fit.coefficients[static_cast<Eigen::Index>(k)] * terms[k]->meanTrace;
    if (trace != 0.0 && std::isfinite(trace))
        fit.coefficients /= trace;
    fit.valid = std::isfinite(fit.loss);
    return fit;
}

LinearFit fitDistillation(const std::vector<const TermColumns*>& terms,
                          const MotionSamples& samples)
{
    LinearFit fit;
    const int count = samples.count;
    const int termCount = static_cast<int>(terms.size());
    if (samples.values.size() != static_cast<std::size_t>(count) || count < 2 || termCount == 0)
        return fit;

    Eigen::MatrixXd design(count, termCount + 1);
    for (int k = 0; k < termCount; ++k) {
        if (!terms[k]->finite)
            return fit;
        design.col(k) = Eigen::Map<const Eigen::VectorXd>(terms[k]->value.data(), count);
    }
    design.col(termCount).setOnes();
    const Eigen::Map<const Eigen::VectorXd> target(samples.values.data(), count);

    const Eigen::VectorXd solution = design.colPivHouseholderQr().solve(target);
    const double variance = (target.array() - target.mean()).square().mean();
    const double error = (design * solution - target).squaredNorm() / count;
    fit.coefficients = solution.head(termCount);
    fit.offset = solution[termCount];
    fit.loss = variance > 0.0 ? error / variance : std::numeric_limits<double>::infinity();
    fit.valid = std::isfinite(fit.loss) && fit.coefficients.allFinite();
    return fit;
}

LinearFit fitTerms(const std::vector<const TermColumns*>& terms, const MotionSamples& samples,
                   LossKind loss, int refinements)
{
    LinearFit fit = loss == LossKind::Distillation ? fitDistillation(terms, samples)
                                                   : fitMotion(terms, samples, refinements);
    fit.loss = std::max(fit.loss, lossFloor);
    return fit;
}

} // namespace lab::discovery
