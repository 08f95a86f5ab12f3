#include "discovery/genome.h"
#include "discovery/randomchoice.h"
#include "symbolic/expression.h"

#include <algorithm>
#include <cmath>

namespace lab::discovery {

using symbolic::Expression;
using symbolic::Operator;

namespace {

/// Returns the pre-order indices of the nodes that satisfy `keep`.
template <class Predicate>
std::vector<int> nodesWhere(const Expression& tree, Predicate keep)
{
    std::vector<int> indices;
    for (int i = 0; i < tree.complexity(); ++i) {
        if (keep(nodeAt(tree, i)))
            indices.push_back(i);
    }
    return indices;
}

bool hasVariable(const Expression& e)
{
    if (e.op() == Operator::Variable)
        return true;
    for (int i = 0; i < e.operandCount(); ++i) {
        if (hasVariable(e.operand(i)))
            return true;
    }
    return false;
}

/// Drops constant factors and signs, which the linear fit supplies.
Expression stripCoefficient(const Expression& e)
{
    switch (e.op()) {
    case Operator::Negate:
        return stripCoefficient(e.operand(0));
    case Operator::Multiply:
        if (e.operand(0).op() == Operator::Constant)
            return stripCoefficient(e.operand(1));
        if (e.operand(1).op() == Operator::Constant)
            return stripCoefficient(e.operand(0));
        return stripCoefficient(e.operand(0)) * stripCoefficient(e.operand(1));
    case Operator::Divide:
        if (e.operand(1).op() == Operator::Constant)
            return stripCoefficient(e.operand(0));
        return e;
    default:
        return e;
    }
}

void splitSum(const Expression& e, std::vector<Expression>& summands)
{
    if (e.op() == Operator::Add || e.op() == Operator::Subtract) {
        splitSum(e.operand(0), summands);
        splitSum(e.operand(1), summands);
        return;
    }
    if (e.op() == Operator::Negate) {
        splitSum(e.operand(0), summands);
        return;
    }
    summands.push_back(e);
}

} // namespace

Expression Variation::mutateNode(const Expression& term, RandomEngine& random) const
{
    const int index = randomIndex(random, term.complexity());
    const Expression node = nodeAt(term, index);
    if (node.operandCount() == 0)
        return replaceNode(term, index, randomLeaf(random));
    if (node.operandCount() == 1 && !m_grammar.unaryOperators.empty())
        return replaceNode(
            term, index,
            Expression::unary(pick(m_grammar.unaryOperators, random), node.operand(0)));
    if (node.operandCount() == 2 && !m_grammar.binaryOperators.empty())
        return replaceNode(term, index,
                           Expression::binary(pick(m_grammar.binaryOperators, random),
                                              node.operand(0), node.operand(1)));
    return term;
}

Expression Variation::insertNode(const Expression& term, RandomEngine& random) const
{
    const int index = randomIndex(random, term.complexity());
    const Expression node = nodeAt(term, index);
    const bool unary = m_grammar.binaryOperators.empty() ||
                       (!m_grammar.unaryOperators.empty() && uniform(random) < 0.5);
    if (unary)
        return replaceNode(term, index,
                           Expression::unary(pick(m_grammar.unaryOperators, random), node));

    const Expression other = randomTerm(random, 2);
    const Operator op = pick(m_grammar.binaryOperators, random);
    const Expression wrapped = uniform(random) < 0.5 ? Expression::binary(op, node, other)
                                                     : Expression::binary(op, other, node);
    return replaceNode(term, index, wrapped);
}

Expression Variation::deleteNode(const Expression& term, RandomEngine& random) const
{
    const std::vector<int> internal =
        nodesWhere(term, [](const Expression& e) { return e.operandCount() > 0; });
    if (internal.empty())
        return term;
    const int index = pick(internal, random);
    const Expression node = nodeAt(term, index);
    return replaceNode(term, index, node.operand(randomIndex(random, node.operandCount())));
}

Expression Variation::regrowNode(const Expression& term, RandomEngine& random) const
{
    const int index = randomIndex(random, term.complexity());
    return replaceNode(term, index, randomTerm(random, 3));
}

Expression Variation::perturbConstant(const Expression& term, RandomEngine& random) const
{
    const std::vector<int> constants =
        nodesWhere(term, [](const Expression& e) { return e.op() == Operator::Constant; });
    if (constants.empty())
        return mutateNode(term, random);
    const int index = pick(constants, random);
    const double value = nodeAt(term, index).value();
    const double factor = 1.0 + 0.2 * std::normal_distribution<double>(0.0, 1.0)(random);
    const double shift = 0.1 * std::normal_distribution<double>(0.0, 1.0)(random);
    const double changed = uniform(random) < 0.5 ? value * factor : value + shift;
    return replaceNode(term, index, Expression::constant(changed));
}

Genome Variation::mutate(const Genome& parent, RandomEngine& random) const
{
    Genome child = parent;
    const double choice = uniform(random);
    const bool canGrow = static_cast<int>(child.size()) < m_grammar.maxTerms;
    if (child.empty() || (choice < 0.15 && canGrow)) {
        child.push_back(randomNewTerm(random));
        return canonical(child);
    }

    const auto position =
        static_cast<std::size_t>(randomIndex(random, static_cast<int>(child.size())));
    Expression& term = child[position];
    if (choice < 0.25 && child.size() > 1)
        child.erase(child.begin() + static_cast<std::ptrdiff_t>(position));
    else if (choice < 0.35)
        term = randomNewTerm(random);
    else if (choice < 0.55)
        term = mutateNode(term, random);
    else if (choice < 0.70)
        term = insertNode(term, random);
    else if (choice < 0.80)
        term = deleteNode(term, random);
    else if (choice < 0.90)
        term = regrowNode(term, random);
    else
        term = perturbConstant(term, random);
    return canonical(child);
}

Genome Variation::crossover(const Genome& first, const Genome& second, RandomEngine& random) const
{
    if (first.empty() || second.empty())
        return canonical(first.empty() ? second : first);

    Genome child = first;
    const Expression& donor = pick(second, random);
    if (uniform(random) < 0.5) {
        if (static_cast<int>(child.size()) < m_grammar.maxTerms && uniform(random) < 0.5)
            child.push_back(donor);
        else
            child[static_cast<std::size_t>(randomIndex(random, static_cast<int>(child.size())))] =
                donor;
        return canonical(child);
    }

    Expression& target =
        child[static_cast<std::size_t>(randomIndex(random, static_cast<int>(child.size())))];
    const Expression piece = nodeAt(donor, randomIndex(random, donor.complexity()));
    target = replaceNode(target, randomIndex(random, target.complexity()), piece);
    return canonical(child);
}

Genome Variation::splitTerms(const Genome& genome) const
{
    Genome result;
    for (const Expression& term : genome) {
        std::vector<Expression> summands;
        splitSum(symbolic::simplify(term), summands);
        for (const Expression& summand : summands) {
            const Expression stripped = symbolic::simplify(stripCoefficient(summand));
            if (!hasVariable(stripped) || stripped.complexity() > m_grammar.maxTermComplexity)
                continue;
            if (std::find(result.begin(), result.end(), stripped) == result.end())
                result.push_back(stripped);
        }
    }
    return result;
}

Genome Variation::canonical(const Genome& genome) const
{
    Genome result = splitTerms(genome);
    if (static_cast<int>(result.size()) > m_grammar.maxTerms)
        result.resize(static_cast<std::size_t>(m_grammar.maxTerms));
    return result;
}

Genome Variation::expandedTerms(const Genome& genome) const
{
    Genome expanded;
    expanded.reserve(genome.size());
    for (const Expression& term : genome)
        expanded.push_back(symbolic::expandProducts(term));
    return splitTerms(expanded);
}

} // namespace lab::discovery
