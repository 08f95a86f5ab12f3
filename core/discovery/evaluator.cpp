#include "discovery/evaluator.h"

#include <Eigen/Dense>
#include <cmath>

namespace lab::discovery {

using symbolic::Expression;

namespace {

/// Cached terms beyond this count clear the cache (about 1 KB to 200 KB each).
constexpr std::size_t maxCachedTerms = 20000;

std::vector<const TermColumns*> pointers(const std::vector<std::shared_ptr<const TermColumns>>& all)
{
    std::vector<const TermColumns*> result;
    result.reserve(all.size());
    for (const auto& columns : all)
        result.push_back(columns.get());
    return result;
}

/// Weighted residual of the distillation fit, whose sum of squares is its loss.
Eigen::VectorXd distillationResidual(const std::vector<const TermColumns*>& terms,
                                     const LinearFit& fit, const MotionSamples& samples)
{
    const int count = samples.count;
    const Eigen::Map<const Eigen::VectorXd> target(samples.values.data(), count);
    Eigen::VectorXd prediction = Eigen::VectorXd::Constant(count, fit.offset);
    for (std::size_t k = 0; k < terms.size(); ++k)
        prediction += fit.coefficients[static_cast<Eigen::Index>(k)] *
                      Eigen::Map<const Eigen::VectorXd>(terms[k]->value.data(), count);
    const double variance = (target.array() - target.mean()).square().mean();
    return (prediction - target) / std::sqrt(variance * count);
}

} // namespace

int candidateComplexity(const Genome& terms)
{
    if (terms.empty())
        return 0;
    int nodes = static_cast<int>(terms.size()) - 1;
    for (const Expression& term : terms)
        nodes += term.complexity() + 2;
    return nodes;
}

Evaluator::Evaluator(const MotionSamples& samples, const symbolic::SymbolTable& symbols,
                     LossKind loss)
    : m_samples(samples), m_symbols(symbols), m_loss(loss)
{}

std::shared_ptr<const TermColumns> Evaluator::columns(const Expression& term)
{
    auto& bucket = m_cache[term.hash()];
    for (const auto& [expression, columns] : bucket) {
        if (expression == term)
            return columns;
    }
    if (m_cached >= maxCachedTerms) {
        m_cache.clear();
        m_cached = 0;
    }
    auto computed = std::make_shared<const TermColumns>(evaluateTerm(term, m_samples, m_symbols));
    m_cache[term.hash()].emplace_back(term, computed);
    ++m_cached;
    return computed;
}

Scored Evaluator::fitColumns(const Genome& terms,
                             const std::vector<std::shared_ptr<const TermColumns>>& columns,
                             int refinements) const
{
    Scored scored;
    std::vector<std::shared_ptr<const TermColumns>> nonTrivial;
    for (std::size_t k = 0; k < terms.size(); ++k) {
        if (!columns[k]->finite)
            return scored;
        if (columns[k]->trivial)
            continue;
        scored.terms.push_back(terms[k]);
        nonTrivial.push_back(columns[k]);
    }
    if (nonTrivial.empty())
        return scored;

    const LinearFit fit = fitTerms(pointers(nonTrivial), m_samples, m_loss, refinements);
    scored.coefficients = fit.coefficients;
    scored.offset = fit.offset;
    scored.loss = fit.loss;
    scored.valid = fit.valid;
    scored.complexity = candidateComplexity(scored.terms);
    return scored;
}

Scored Evaluator::evaluate(const Genome& genome, int refinements)
{
    std::vector<std::shared_ptr<const TermColumns>> all;
    all.reserve(genome.size());
    for (const Expression& term : genome)
        all.push_back(columns(term));
    return fitColumns(genome, all, refinements);
}

bool Evaluator::usableTerm(const Expression& term)
{
    const std::shared_ptr<const TermColumns> pieces = columns(term);
    return pieces->finite && !pieces->trivial;
}

Eigen::VectorXd Evaluator::residuals(const Genome& terms)
{
    double loss = 0.0;
    return residualOf(terms, 15, loss);
}

Eigen::VectorXd Evaluator::residualOf(const Genome& terms, int refinements, double& loss)
{
    std::vector<std::shared_ptr<const TermColumns>> all;
    for (const Expression& term : terms)
        all.push_back(
            std::make_shared<const TermColumns>(evaluateTerm(term, m_samples, m_symbols)));
    const Scored scored = fitColumns(terms, all, refinements);
    loss = scored.loss;
    if (!scored.valid || scored.terms.size() != terms.size())
        return {};

    const std::vector<const TermColumns*> nonTrivial = pointers(all);
    if (m_loss == LossKind::Distillation) {
        LinearFit fit;
        fit.coefficients = scored.coefficients;
        fit.offset = scored.offset;
        return distillationResidual(nonTrivial, fit, m_samples);
    }
    Eigen::VectorXd residual;
    motionLoss(nonTrivial, scored.coefficients, m_samples, &residual);
    return residual;
}

} // namespace lab::discovery
