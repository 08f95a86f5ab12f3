#pragma once

#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace lab::symbolic {

/// Node kinds of an expression tree. Square and Cube are cheap one-node powers.
enum class Operator : std::uint8_t
{
    Constant,  ///< a number
    Variable,  ///< a coordinate (index < dof) or a velocity (index >= dof)
    Parameter, ///< a named parameter such as m, g or l
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    Negate,
    Square,
    Cube,
    Sin,
    Cos,
    Exp,
    Log,
    Sqrt,
    Abs,
};

/// Number of operands of an operator: 0 for leaves, 1 for unary, 2 for binary operators.
int arity(Operator op);

/// Names that an expression refers to. Variables 0 .. dof-1 are the coordinates and
/// dof .. 2 dof-1 their velocities, written NAME_dot. Parameters carry values used when
/// an expression is evaluated.
struct SymbolTable
{
    QStringList coordinates;
    QStringList parameters;
    std::vector<double> parameterValues; ///< one per parameter

    int dof() const { return static_cast<int>(coordinates.size()); }
    int variableCount() const { return 2 * dof(); }
    QString variableName(int index) const; ///< "theta" or "theta_dot"
};

struct Node;

/// Immutable expression tree with shared subtrees; copying is cheap.
class Expression
{
public:
    Expression(); ///< the constant 0

    static Expression constant(double value);
    static Expression variable(int index);
    static Expression parameter(int index);
    static Expression unary(Operator op, Expression operand);
    static Expression binary(Operator op, Expression left, Expression right);

    Operator op() const;
    double value() const; ///< the number of a Constant
    int index() const;    ///< the index of a Variable or Parameter
    int operandCount() const;
    const Expression& operand(int i) const;

    /// Number of nodes, counting a shared subtree at each place it occurs, at most INT_MAX.
    int complexity() const;
    bool isConstant(double value) const;
    bool dependsOn(int variable) const;
    std::size_t hash() const; ///< structural hash, equal for equal trees

    /// The shared node. Copies of an expression return the same pointer, so it identifies
    /// shared subtrees (for memoisation); equal trees built separately have different nodes.
    const Node* node() const { return m_node.get(); }

    friend bool operator==(const Expression& a, const Expression& b); ///< structural equality

private:
    friend struct Node;
    explicit Expression(std::shared_ptr<const Node> node);
    std::shared_ptr<const Node> m_node;
};

/// Total order on expressions that is 0 exactly for structurally equal trees: leaves first
/// (constants by value, then parameters and variables by index), then by operator, size, hash
/// and operands.
/// simplify() sorts terms and factors by it, so the order is part of the canonical form.
int compare(const Expression& a, const Expression& b);

Expression operator+(const Expression& a, const Expression& b);
Expression operator-(const Expression& a, const Expression& b);
Expression operator*(const Expression& a, const Expression& b);
Expression operator/(const Expression& a, const Expression& b);
Expression operator-(const Expression& a);
Expression power(const Expression& base, const Expression& exponent);

/// Symbolic partial derivative with respect to a variable, simplified.
Expression derivative(const Expression& expression, int variable);

/// Rewrites an expression into an equal, simpler form. Constants are folded, and x*1, x+0,
/// x^1 and double negation are removed. Like terms and like factors are collected, powers 2
/// and 3 become Square and Cube, and sin^2 + cos^2 of the same argument becomes 1.
Expression simplify(const Expression& expression);

/// Multiplies out products, squares and cubes of sums, e.g. (x^2 + 1)^2 into
/// x^2*x^2 + x^2 + x^2 + 1, which simplify() then collects. Function arguments stay as they are.
Expression expandProducts(const Expression& expression);

/// The summands of a sum, with subtracted and negated ones as -(summand).
std::vector<Expression> summandsOf(const Expression& expression);

/// Replaces every parameter by its value from the table.
Expression substituteParameters(const Expression& expression, const SymbolTable& symbols);

/// Evaluates the expression at one state of 2 dof variables (coordinates, then velocities).
double evaluate(const Expression& expression, const double* state, const SymbolTable& symbols);

} // namespace lab::symbolic
