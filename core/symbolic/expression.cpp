#include "symbolic/expression.h"

#include "symbolic/arithmetic.h"

#include <QtGlobal>
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace lab::symbolic {

/// One tree node. Leaves keep two null operands so that the node has a fixed size.
struct Node
{
    explicit Node(Operator nodeOp)
        : op(nodeOp), operands{Expression(std::shared_ptr<const Node>()),
                               Expression(std::shared_ptr<const Node>())}
    {}

    Operator op;
    double value = 0.0;
    int index = -1;
    std::array<Expression, 2> operands;
    int complexity = 1;
    std::size_t hash = 0;

    /// Bit v is set when variable v < 63 occurs; bit 63 marks any variable from 63 up.
    std::uint64_t variableMask = 0;
};

namespace {

constexpr int maskOverflowBit = 63;

std::uint64_t mixHash(std::uint64_t seed, std::uint64_t value)
{
    // splitmix64's finaliser applied to the combination, so that nearby inputs spread out.
    std::uint64_t x = seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// -0 and +0 compare equal, and every NaN equals every other NaN, so they hash alike.
std::uint64_t constantBits(double value)
{
    if (value == 0.0)
        return 0;
    if (std::isnan(value))
        return 0x7ff8000000000000ULL;
    return std::bit_cast<std::uint64_t>(value);
}

std::uint64_t variableBit(int index)
{
    return std::uint64_t{1} << std::min(index, maskOverflowBit);
}

// A tree with shared subtrees can count more nodes than an int holds, so the count stops at
// INT_MAX.
int saturatedCount(long long count)
{
    return static_cast<int>(std::min<long long>(count, std::numeric_limits<int>::max()));
}

const std::shared_ptr<const Node>& zeroNode()
{
    static const std::shared_ptr<const Node> zero = [] {
        auto node = std::make_shared<Node>(Operator::Constant);
        node->hash = mixHash(static_cast<std::uint64_t>(Operator::Constant), 0);
        return std::shared_ptr<const Node>(std::move(node));
    }();
    return zero;
}

} // namespace

int arity(Operator op)
{
    switch (op) {
    case Operator::Constant:
    case Operator::Variable:
    case Operator::Parameter:
        return 0;
    case Operator::Add:
    case Operator::Subtract:
    case Operator::Multiply:
    case Operator::Divide:
    case Operator::Power:
        return 2;
    default:
        return 1;
    }
}

QString SymbolTable::variableName(int index) const
{
    if (index < 0 || index >= variableCount())
        return QStringLiteral("v%1").arg(index);
    if (index < dof())
        return coordinates[index];
    return coordinates[index - dof()] + QStringLiteral("_dot");
}

Expression::Expression() : m_node(zeroNode()) {}

Expression::Expression(std::shared_ptr<const Node> node) : m_node(std::move(node)) {}

Expression Expression::constant(double value)
{
    if (value == 0.0 && !std::signbit(value))
        return Expression();
    auto node = std::make_shared<Node>(Operator::Constant);
    node->value = value;
    node->hash = mixHash(static_cast<std::uint64_t>(Operator::Constant), constantBits(value));
    return Expression(std::move(node));
}

Expression Expression::variable(int index)
{
    Q_ASSERT(index >= 0);
    auto node = std::make_shared<Node>(Operator::Variable);
    node->index = index;
    node->hash =
        mixHash(static_cast<std::uint64_t>(Operator::Variable), static_cast<std::uint64_t>(index));
    node->variableMask = variableBit(index);
    return Expression(std::move(node));
}

Expression Expression::parameter(int index)
{
    Q_ASSERT(index >= 0);
    auto node = std::make_shared<Node>(Operator::Parameter);
    node->index = index;
    node->hash =
        mixHash(static_cast<std::uint64_t>(Operator::Parameter), static_cast<std::uint64_t>(index));
    return Expression(std::move(node));
}

Expression Expression::unary(Operator op, Expression operand)
{
    Q_ASSERT(arity(op) == 1);
    auto node = std::make_shared<Node>(op);
    node->complexity = saturatedCount(1LL + operand.complexity());
    node->hash = mixHash(static_cast<std::uint64_t>(op), operand.hash());
    node->variableMask = operand.m_node->variableMask;
    node->operands[0] = std::move(operand);
    return Expression(std::move(node));
}

Expression Expression::binary(Operator op, Expression left, Expression right)
{
    Q_ASSERT(arity(op) == 2);
    auto node = std::make_shared<Node>(op);
    node->complexity = saturatedCount(1LL + left.complexity() + right.complexity());
    node->hash = mixHash(mixHash(static_cast<std::uint64_t>(op), left.hash()), right.hash());
    node->variableMask = left.m_node->variableMask | right.m_node->variableMask;
    node->operands[0] = std::move(left);
    node->operands[1] = std::move(right);
    return Expression(std::move(node));
}

Operator Expression::op() const
{
    return m_node->op;
}

double Expression::value() const
{
    return m_node->value;
}

int Expression::index() const
{
    return m_node->index;
}

int Expression::operandCount() const
{
    return arity(m_node->op);
}

const Expression& Expression::operand(int i) const
{
    Q_ASSERT(i >= 0 && i < operandCount());
    return m_node->operands[static_cast<std::size_t>(i)];
}

int Expression::complexity() const
{
    return m_node->complexity;
}

bool Expression::isConstant(double value) const
{
    return m_node->op == Operator::Constant && m_node->value == value;
}

bool Expression::dependsOn(int variable) const
{
    if (variable < 0)
        return false;
    if ((m_node->variableMask & variableBit(variable)) == 0)
        return false;
    if (variable < maskOverflowBit)
        return true;

    // Variables from 63 up share one bit, so the tree has to be searched.
    if (m_node->op == Operator::Variable)
        return m_node->index == variable;
    for (int i = 0; i < operandCount(); ++i) {
        if (operand(i).dependsOn(variable))
            return true;
    }
    return false;
}

std::size_t Expression::hash() const
{
    return m_node->hash;
}

bool operator==(const Expression& a, const Expression& b)
{
    return compare(a, b) == 0;
}

namespace {

// Leaves come first: constants, then parameters, then variables, so that a simplified
// product reads m*g*l*cos(theta).
int rank(const Node* node)
{
    switch (node->op) {
    case Operator::Constant:
        return 0;
    case Operator::Parameter:
        return 1;
    case Operator::Variable:
        return 2;
    default:
        return 3 + static_cast<int>(node->op);
    }
}

template <class T>
int threeWay(T a, T b)
{
    if (a == b)
        return 0;
    return a < b ? -1 : 1;
}

// Orders two leaves of the same rank: constants by value with NaN last, the others by index.
int compareLeaves(const Node* x, const Node* y)
{
    if (x->op != Operator::Constant)
        return threeWay(x->index, y->index);
    if (constantBits(x->value) == constantBits(y->value))
        return 0;
    if (std::isnan(x->value) || std::isnan(y->value))
        return std::isnan(x->value) ? 1 : -1;
    return x->value < y->value ? -1 : 1;
}

} // namespace

int compare(const Expression& a, const Expression& b)
{
    const Node* x = a.node();
    const Node* y = b.node();
    if (x == y)
        return 0;
    if (rank(x) != rank(y))
        return threeWay(rank(x), rank(y));
    if (arity(x->op) == 0)
        return compareLeaves(x, y);

    // Unequal hashes prove the trees differ, so the operands are compared only on a tie.
    if (x->complexity != y->complexity)
        return threeWay(x->complexity, y->complexity);
    if (x->hash != y->hash)
        return threeWay(x->hash, y->hash);
    for (int i = 0; i < arity(x->op); ++i) {
        const int order = compare(a.operand(i), b.operand(i));
        if (order != 0)
            return order;
    }
    return 0;
}

Expression operator+(const Expression& a, const Expression& b)
{
    return Expression::binary(Operator::Add, a, b);
}

Expression operator-(const Expression& a, const Expression& b)
{
    return Expression::binary(Operator::Subtract, a, b);
}

Expression operator*(const Expression& a, const Expression& b)
{
    return Expression::binary(Operator::Multiply, a, b);
}

Expression operator/(const Expression& a, const Expression& b)
{
    return Expression::binary(Operator::Divide, a, b);
}

Expression operator-(const Expression& a)
{
    return Expression::unary(Operator::Negate, a);
}

Expression power(const Expression& base, const Expression& exponent)
{
    return Expression::binary(Operator::Power, base, exponent);
}

namespace {

// Builders that fold the zeros and ones which the chain rule produces, so that derivative()
// hands simplify() small trees.
Expression sum(const Expression& a, const Expression& b)
{
    if (a.isConstant(0.0))
        return b;
    if (b.isConstant(0.0))
        return a;
    return a + b;
}

Expression difference(const Expression& a, const Expression& b)
{
    if (b.isConstant(0.0))
        return a;
    if (a.isConstant(0.0))
        return -b;
    return a - b;
}

Expression product(const Expression& a, const Expression& b)
{
    if (a.isConstant(0.0) || b.isConstant(0.0))
        return Expression();
    if (a.isConstant(1.0))
        return b;
    if (b.isConstant(1.0))
        return a;
    return a * b;
}

Expression quotient(const Expression& a, const Expression& b)
{
    if (a.isConstant(0.0))
        return Expression();
    if (b.isConstant(1.0))
        return a;
    return a / b;
}

Expression function(Operator op, const Expression& operand)
{
    return Expression::unary(op, operand);
}

/// Applies the chain rule with respect to one variable, once per shared subtree.
class Differentiator
{
public:
    explicit Differentiator(int variable) : m_variable(variable) {}

    Expression of(const Expression& e)
    {
        if (!e.dependsOn(m_variable))
            return Expression();
        if (e.op() == Operator::Variable)
            return Expression::constant(1.0);

        const auto found = m_memo.find(e.node());
        if (found != m_memo.end())
            return found->second;
        Expression result = arity(e.op()) == 2 ? ofBinary(e) : ofUnary(e);
        m_memo.emplace(e.node(), result);
        return result;
    }

private:
    Expression ofBinary(const Expression& e)
    {
        const Expression& a = e.operand(0);
        const Expression& b = e.operand(1);
        switch (e.op()) {
        case Operator::Add:
            return sum(of(a), of(b));
        case Operator::Subtract:
            return difference(of(a), of(b));
        case Operator::Multiply:
            return sum(product(of(a), b), product(a, of(b)));
        case Operator::Divide:
            // (a/b)' = (a' b - a b') / b^2
            return quotient(difference(product(of(a), b), product(a, of(b))),
                            function(Operator::Square, b));
        default:
            return ofPower(a, b);
        }
    }

    Expression ofPower(const Expression& base, const Expression& exponent)
    {
        // A constant exponent c gives c x^(c-1) x', which stays finite at x = 0.
        if (exponent.op() == Operator::Constant || !exponent.dependsOn(m_variable)) {
            const Expression lowered = exponent.op() == Operator::Constant
                                           ? Expression::constant(exponent.value() - 1.0)
                                           : difference(exponent, Expression::constant(1.0));
            return product(product(exponent, power(base, lowered)), of(base));
        }

        // (x^y)' = x^y (y' log x + y x' / x)
        const Expression logTerm = product(of(exponent), function(Operator::Log, base));
        const Expression baseTerm = quotient(product(exponent, of(base)), base);
        return product(power(base, exponent), sum(logTerm, baseTerm));
    }

    Expression ofUnary(const Expression& e)
    {
        const Expression& u = e.operand(0);
        const Expression du = of(u);
        switch (e.op()) {
        case Operator::Negate:
            return -du;
        case Operator::Square:
            return product(product(Expression::constant(2.0), u), du);
        case Operator::Cube:
            return product(product(Expression::constant(3.0), function(Operator::Square, u)), du);
        case Operator::Sin:
            return product(function(Operator::Cos, u), du);
        case Operator::Cos:
            return -product(function(Operator::Sin, u), du);
        case Operator::Exp:
            return product(e, du);
        case Operator::Log:
            return quotient(du, u);
        case Operator::Sqrt:
            return quotient(du, product(Expression::constant(2.0), e));
        case Operator::Abs:
            // d|u|/du = u/|u|, undefined (NaN) at u = 0.
            return product(quotient(u, e), du);
        default:
            Q_UNREACHABLE();
        }
    }

    int m_variable;
    std::unordered_map<const Node*, Expression> m_memo;
};

/// Replaces parameters by constants, rebuilding only the subtrees that contain one.
class ParameterSubstitution
{
public:
    explicit ParameterSubstitution(const SymbolTable& symbols) : m_symbols(symbols) {}

    Expression of(const Expression& e)
    {
        if (e.op() == Operator::Parameter) {
            const auto index = static_cast<std::size_t>(e.index());
            const double value = index < m_symbols.parameterValues.size()
                                     ? m_symbols.parameterValues[index]
                                     : std::numeric_limits<double>::quiet_NaN();
            return Expression::constant(value);
        }
        if (e.operandCount() == 0)
            return e;

        const auto found = m_memo.find(e.node());
        if (found != m_memo.end())
            return found->second;
        Expression result = rebuild(e);
        m_memo.emplace(e.node(), result);
        return result;
    }

private:
    Expression rebuild(const Expression& e)
    {
        Expression left = of(e.operand(0));
        if (e.operandCount() == 1) {
            if (left.node() == e.operand(0).node())
                return e;
            return Expression::unary(e.op(), std::move(left));
        }
        Expression right = of(e.operand(1));
        if (left.node() == e.operand(0).node() && right.node() == e.operand(1).node())
            return e;
        return Expression::binary(e.op(), std::move(left), std::move(right));
    }

    const SymbolTable& m_symbols;
    std::unordered_map<const Node*, Expression> m_memo;
};

} // namespace

Expression derivative(const Expression& expression, int variable)
{
    Differentiator differentiator(variable);
    return simplify(differentiator.of(expression));
}

Expression substituteParameters(const Expression& expression, const SymbolTable& symbols)
{
    ParameterSubstitution substitution(symbols);
    return substitution.of(expression);
}

double evaluate(const Expression& expression, const double* state, const SymbolTable& symbols)
{
    switch (expression.op()) {
    case Operator::Constant:
        return expression.value();
    case Operator::Variable:
        return state[expression.index()];
    case Operator::Parameter: {
        const auto index = static_cast<std::size_t>(expression.index());
        return index < symbols.parameterValues.size() ? symbols.parameterValues[index]
                                                      : std::numeric_limits<double>::quiet_NaN();
    }
    default:
        break;
    }

    const double x = evaluate(expression.operand(0), state, symbols);
    if (expression.operandCount() == 1)
        return applyUnary(expression.op(), x);
    const double y = evaluate(expression.operand(1), state, symbols);
    return applyBinary(expression.op(), x, y);
}

} // namespace lab::symbolic
