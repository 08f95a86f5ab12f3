#include "discovery/stepwise.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lab::discovery {

using symbolic::Expression;
using symbolic::Operator;

namespace {

bool hasOperator(const std::vector<Operator>& operators, Operator op)
{
    return std::find(operators.begin(), operators.end(), op) != operators.end();
}

void addOnce(Genome& terms, const Expression& term)
{
    if (std::find(terms.begin(), terms.end(), term) == terms.end())
        terms.push_back(term);
}

/// Collects the genome's summands followed by the library's terms that the genome lacks, keeping
/// only terms that change the motion and are finite on the samples.
Genome startingTerms(const Genome& start, const Genome& library, const Variation& variation,
                     Evaluator& evaluator)
{
    Genome candidates = variation.expandedTerms(start);
    candidates.insert(candidates.end(), library.begin(), library.end());
    Genome terms;
    for (const Expression& term : candidates) {
        if (evaluator.usableTerm(term))
            addOnce(terms, term);
    }
    return terms;
}

/// Returns the genome without one term that scores best by log(loss) + parsimony * complexity, or
/// an invalid score when none fits.
Scored bestRemoval(const Genome& terms, double parsimony, Evaluator& evaluator,
                   long long& evaluations)
{
    Scored best;
    double bestFitness = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < terms.size(); ++k) {
        Genome fewer = terms;
        fewer.erase(fewer.begin() + static_cast<std::ptrdiff_t>(k));
        Scored scored = evaluator.evaluate(fewer, 0);
        ++evaluations;
        if (!scored.valid)
            continue;
        const double fitness =
            std::log(std::max(scored.loss, lossFloor)) + parsimony * scored.complexity;
        if (fitness < bestFitness) {
            bestFitness = fitness;
            best = std::move(scored);
        }
    }
    return best;
}

} // namespace

Genome termLibrary(const Grammar& grammar)
{
    const int dof = grammar.dof;
    const bool products = hasOperator(grammar.binaryOperators, Operator::Multiply);
    Genome library;
    for (int v = 0; v < 2 * dof; ++v) {
        const Expression variable = Expression::variable(v);
        addOnce(library, variable);
        for (Operator op : grammar.unaryOperators)
            addOnce(library, symbolic::simplify(Expression::unary(op, variable)));
        for (int w = v; w < 2 * dof && products; ++w)
            addOnce(library, symbolic::simplify(variable * Expression::variable(w)));
    }
    if (!products || !hasOperator(grammar.binaryOperators, Operator::Subtract) ||
        !hasOperator(grammar.unaryOperators, Operator::Cos))
        return library;
    for (int i = 0; i < dof; ++i) {
        for (int j = i + 1; j < dof; ++j) {
            const Expression angle = Expression::variable(i) - Expression::variable(j);
            addOnce(library, symbolic::simplify(Expression::variable(dof + i) *
                                                Expression::variable(dof + j) *
                                                Expression::unary(Operator::Cos, angle)));
        }
    }
    return library;
}

Elimination eliminateTerms(const Genome& start, const Genome& library, double parsimony,
                           const Variation& variation, Evaluator& evaluator)
{
    Elimination elimination;
    Scored current = evaluator.evaluate(startingTerms(start, library, variation, evaluator), 0);
    ++elimination.evaluations;
    while (current.valid) {
        elimination.path.push_back(current);
        if (current.terms.size() < 2)
            break;
        current = bestRemoval(current.terms, parsimony, evaluator, elimination.evaluations);
    }
    return elimination;
}

} // namespace lab::discovery
