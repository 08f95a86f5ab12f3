#pragma once

#include "discovery/fit.h"
#include "discovery/genome.h"
#include "discovery/samples.h"
#include "discovery/termcolumns.h"
#include "symbolic/expression.h"

#include <Eigen/Core>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

namespace lab::discovery {

/// A genome with the coefficients that fit it and the loss they reach.
struct Scored
{
    Genome terms;                 ///< the genome's terms without trivial ones
    Eigen::VectorXd coefficients; ///< one per term
    double offset = 0.0;          ///< distillation only
    double loss = std::numeric_limits<double>::infinity();
    int complexity = 0; ///< nodes of sum_k c_k * phi_k
    bool valid = false;
};

/// Nodes of the expression sum_k c_k * phi_k: each term adds its nodes, its coefficient and
/// a product, and k terms need k - 1 sums.
int candidateComplexity(const Genome& terms);

/// Scores genomes on one sample set, caching each term's Euler-Lagrange pieces. It keeps a
/// reference to the samples, which must outlive it. It is not thread-safe, so each worker
/// thread owns one.
class Evaluator
{
public:
    Evaluator(const MotionSamples& samples, const symbolic::SymbolTable& symbols, LossKind loss);

    /// Fits and scores a genome; `refinements` Levenberg-Marquardt steps refine the motion fit.
    Scored evaluate(const Genome& genome, int refinements);

    /// Tunes the constants inside the terms (such as the 1 in sqrt(1 - x_dot^2)) by
    /// Levenberg-Marquardt on the loss, with the coefficients refitted at every step
    /// (variable projection). Keeps the original when nothing improves.
    Scored optimizeConstants(const Scored& candidate, int steps);

    /// Returns whether a term has finite Euler-Lagrange pieces on the samples and changes the
    /// motion (it is not a constant or a total time derivative).
    bool usableTerm(const symbolic::Expression& term);

    /// Residuals of the terms refitted on the samples, whose sum of squares is the loss;
    /// empty when the fit fails.
    Eigen::VectorXd residuals(const Genome& terms);

    const MotionSamples& samples() const { return m_samples; }

private:
    std::shared_ptr<const TermColumns> columns(const symbolic::Expression& term);
    Scored fitColumns(const Genome& terms,
                      const std::vector<std::shared_ptr<const TermColumns>>& columns,
                      int refinements) const;
    Eigen::VectorXd residualOf(const Genome& terms, int refinements, double& loss);

    const MotionSamples& m_samples;
    const symbolic::SymbolTable& m_symbols;
    LossKind m_loss;
    std::unordered_map<
        std::size_t,
        std::vector<std::pair<symbolic::Expression, std::shared_ptr<const TermColumns>>>>
        m_cache;
    std::size_t m_cached = 0;
};

} // namespace lab::discovery
