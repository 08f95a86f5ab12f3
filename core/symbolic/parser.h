#pragma once

#include "common/result.h"
#include "symbolic/expression.h"

#include <QString>

namespace lab::symbolic {

/// Parses a typed formula such as "0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)". Accepts numbers
/// (with exponents), the table's coordinates, their velocities NAME_dot, its parameters, pi,
/// + - * / ^ (right-associative, binding tighter than unary minus, so -x^2 is -(x^2)),
/// ** as a synonym of ^, parentheses and sin cos exp log sqrt abs. A minus sign directly
/// before a number gives a negative constant, and a power with the constant exponent 2 or 3
/// gives Square or Cube. Errors have line 1 and the 1-based column (in UTF-16 code units) of
/// the offending token, and nesting deeper than 200 levels is rejected.
Result<Expression> parseExpression(const QString& text, const SymbolTable& symbols);

/// Output notations of formatExpression.
enum class Notation
{
    Text,    ///< plain text that parseExpression reads back: 0.5*theta_dot^2 + 9.81*cos(theta)
    Unicode, ///< for reading: 0.5 θ̇² + 9.81 cos θ
    Latex,   ///< 0.5 \dot{\theta}^{2} + 9.81 \cos\theta
    /// Text that sympy.sympify reads back to the same expression: uses **, Abs and NAME_dot.
    /// NOTE: names that SymPy defines itself (E, I, N, S, beta, gamma, lambda) read back as
    /// SymPy's objects or fail to read (SymPy 1.11) unless sympify gets them as Symbols in its
    /// locals argument.
    Sympy,
};

/// Writes an expression with the names of the table. Numbers are written with up to 6
/// significant digits in Unicode and LaTeX and exactly (shortest round-trip form) in Text and
/// Sympy.
QString formatExpression(const Expression& expression, const SymbolTable& symbols,
                         Notation notation);

} // namespace lab::symbolic
