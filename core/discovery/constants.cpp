#include "discovery/evaluator.h"

#include <Eigen/Dense>
#include <cmath>

namespace lab::discovery {

using symbolic::Expression;

namespace {

constexpr int maxTunedConstants = 6;

Genome genomeWithConstants(const Genome& terms, const Eigen::VectorXd& values)
{
    return withConstantValues(terms,
                              std::vector<double>(values.data(), values.data() + values.size()));
}

} // namespace

Scored Evaluator::optimizeConstants(const Scored& candidate, int steps)
{
    std::vector<double> initial;
    for (const Expression& term : candidate.terms)
        collectConstants(term, initial);
    const int m = static_cast<int>(initial.size());
    if (!candidate.valid || m == 0 || m > maxTunedConstants)
        return candidate;

    Eigen::VectorXd theta = Eigen::Map<const Eigen::VectorXd>(initial.data(), m);
    double loss = 0.0;
    Eigen::VectorXd residual = residualOf(candidate.terms, 2, loss);
    if (residual.size() == 0)
        return candidate;

    double damping = 1e-2;
    for (int step = 0; step < steps; ++step) {
        // Forward differences for the Jacobian of the residual by each inner constant.
        Eigen::MatrixXd jacobian(residual.size(), m);
        for (int j = 0; j < m; ++j) {
            Eigen::VectorXd shifted = theta;
            const double h = 1e-6 * std::max(1.0, std::abs(theta[j]));
            shifted[j] += h;
            double shiftedLoss = 0.0;
            const Eigen::VectorXd r =
                residualOf(genomeWithConstants(candidate.terms, shifted), 2, shiftedLoss);
            if (r.size() != residual.size())
                return candidate;
            jacobian.col(j) = (r - residual) / h;
        }

        const Eigen::MatrixXd normal = jacobian.transpose() * jacobian;
        const Eigen::VectorXd gradient = jacobian.transpose() * residual;
        bool improved = false;
        for (int attempt = 0; attempt < 5 && !improved; ++attempt) {
            Eigen::MatrixXd system = normal;
            system.diagonal() += damping * normal.diagonal() +
                                 Eigen::VectorXd::Constant(m, 1e-12 * (normal.trace() + 1e-300));
            const Eigen::VectorXd trial = theta - system.ldlt().solve(gradient);
            double trialLoss = 0.0;
            const Eigen::VectorXd r =
                residualOf(genomeWithConstants(candidate.terms, trial), 2, trialLoss);
            if (r.size() == residual.size() && trialLoss < loss) {
                improved = true;
                theta = trial;
                residual = r;
                loss = trialLoss;
                damping = std::max(damping / 3.0, 1e-9);
            } else {
                damping *= 5.0;
            }
        }
        if (!improved)
            break;
    }

    Scored tuned = evaluate(genomeWithConstants(candidate.terms, theta), 2);
    return tuned.valid && tuned.loss < candidate.loss ? tuned : candidate;
}

} // namespace lab::discovery
