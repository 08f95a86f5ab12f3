#include "discovery/genome.h"
#include "discovery/randomchoice.h"

#include <algorithm>
#include <cmath>

namespace lab::discovery {

using symbolic::Expression;
using symbolic::Operator;

namespace {} // namespace

Expression nodeAt(const Expression& tree, int index)
{
    if (index == 0)
        return tree;
    --index;
    for (int i = 0; i < tree.operandCount(); ++i) {
        const int size = tree.operand(i).complexity();
        if (index < size)
            return nodeAt(tree.operand(i), index);
        index -= size;
    }
    return tree;
}

Expression replaceNode(const Expression& tree, int index, const Expression& replacement)
{
    if (index == 0)
        return replacement;
    --index;
    if (tree.operandCount() == 1)
        return Expression::unary(tree.op(), replaceNode(tree.operand(0), index, replacement));
    if (tree.operandCount() == 2) {
        const int leftSize = tree.operand(0).complexity();
        if (index < leftSize)
            return Expression::binary(tree.op(), replaceNode(tree.operand(0), index, replacement),
                                      tree.operand(1));
        return Expression::binary(tree.op(), tree.operand(0),
                                  replaceNode(tree.operand(1), index - leftSize, replacement));
    }
    return tree;
}

int constantCount(const Expression& tree)
{
    int count = tree.op() == Operator::Constant ? 1 : 0;
    for (int i = 0; i < tree.operandCount(); ++i)
        count += constantCount(tree.operand(i));
    return count;
}

void collectConstants(const Expression& tree, std::vector<double>& values)
{
    if (tree.op() == Operator::Constant)
        values.push_back(tree.value());
    for (int i = 0; i < tree.operandCount(); ++i)
        collectConstants(tree.operand(i), values);
}

Expression withConstants(const Expression& tree, const std::vector<double>& values,
                         std::size_t& next)
{
    if (tree.op() == Operator::Constant)
        return Expression::constant(values[next++]);
    if (tree.operandCount() == 1)
        return Expression::unary(tree.op(), withConstants(tree.operand(0), values, next));
    if (tree.operandCount() == 2) {
        Expression left = withConstants(tree.operand(0), values, next);
        Expression right = withConstants(tree.operand(1), values, next);
        return Expression::binary(tree.op(), std::move(left), std::move(right));
    }
    return tree;
}

Genome withConstantValues(const Genome& terms, const std::vector<double>& values)
{
    std::size_t next = 0;
    Genome result;
    result.reserve(terms.size());
    for (const Expression& term : terms)
        result.push_back(withConstants(term, values, next));
    return result;
}

Grammar::Grammar()
    : unaryOperators{Operator::Square, Operator::Cube, Operator::Sin, Operator::Cos,
                     Operator::Sqrt},
      binaryOperators{Operator::Add, Operator::Subtract, Operator::Multiply, Operator::Divide}
{}

Variation::Variation(Grammar grammar) : m_grammar(std::move(grammar)) {}

Expression Variation::randomLeaf(RandomEngine& random) const
{
    if (uniform(random) < 0.1) {
        static const std::vector<double> simple = {1.0, 2.0, 0.5, 3.0};
        if (uniform(random) < 0.7)
            return Expression::constant(pick(simple, random));
        return Expression::constant(std::normal_distribution<double>(0.0, 2.0)(random));
    }
    return Expression::variable(randomIndex(random, 2 * m_grammar.dof));
}

Expression Variation::randomTerm(RandomEngine& random, int depth) const
{
    if (depth <= 1 || uniform(random) < 0.3)
        return randomLeaf(random);
    const bool unary = m_grammar.binaryOperators.empty() ||
                       (!m_grammar.unaryOperators.empty() && uniform(random) < 0.5);
    if (unary)
        return Expression::unary(pick(m_grammar.unaryOperators, random),
                                 randomTerm(random, depth - 1));
    Expression left = randomTerm(random, depth - 1);
    Expression right = randomTerm(random, depth - 1);
    return Expression::binary(pick(m_grammar.binaryOperators, random), std::move(left),
                              std::move(right));
}

Expression Variation::randomKineticTerm(RandomEngine& random) const
{
    const int dof = m_grammar.dof;
    const int i = randomIndex(random, dof);
    const int j = randomIndex(random, dof);
    Expression term = i == j ? Expression::unary(Operator::Square, Expression::variable(dof + i))
                             : Expression::variable(dof + i) * Expression::variable(dof + j);
    // Kinetic energies that are not quadratic, such as the relativistic -sqrt(1 - v^2), are a
    // function of a constant minus a velocity squared. The constant is tuned later.
    if (i == j && !m_grammar.unaryOperators.empty() && uniform(random) < 0.1) {
        const auto& unary = m_grammar.unaryOperators;
        const bool root = std::find(unary.begin(), unary.end(), Operator::Sqrt) != unary.end() &&
                          uniform(random) < 0.5;
        return Expression::unary(root ? Operator::Sqrt : pick(unary, random),
                                 Expression::constant(1.0) - term);
    }
    if (uniform(random) < 0.6)
        return term;

    Expression position = Expression::variable(randomIndex(random, dof));
    if (dof > 1 && uniform(random) < 0.5)
        position = position - Expression::variable(randomIndex(random, dof));
    if (!m_grammar.unaryOperators.empty() && uniform(random) < 0.7)
        position = Expression::unary(pick(m_grammar.unaryOperators, random), position);
    return term * position;
}

Expression Variation::randomSimpleTerm(RandomEngine& random) const
{
    Expression variable = Expression::variable(randomIndex(random, 2 * m_grammar.dof));
    const double choice = uniform(random);
    if (choice < 0.6 && !m_grammar.unaryOperators.empty())
        return Expression::unary(pick(m_grammar.unaryOperators, random), variable);
    if (choice < 0.8)
        return variable * Expression::variable(randomIndex(random, 2 * m_grammar.dof));
    return variable;
}

Expression Variation::randomNewTerm(RandomEngine& random) const
{
    const double choice = uniform(random);
    if (choice < 0.3)
        return randomKineticTerm(random);
    if (choice < 0.7)
        return randomSimpleTerm(random);
    return randomTerm(random, 3);
}

Genome Variation::randomGenome(RandomEngine& random) const
{
    Genome genome;
    for (int i = 0; i < m_grammar.dof; ++i) {
        const Expression velocity = Expression::variable(m_grammar.dof + i);
        genome.push_back(uniform(random) < 0.8 ? Expression::unary(Operator::Square, velocity)
                                               : randomKineticTerm(random));
    }
    const int extra = 1 + randomIndex(random, 2);
    for (int k = 0; k < extra; ++k)
        genome.push_back(randomTerm(random, 3));
    return canonical(genome);
}

} // namespace lab::discovery
