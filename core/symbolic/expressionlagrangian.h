#pragma once

#include "mechanics/lagrangian.h"
#include "symbolic/expression.h"
#include "symbolic/program.h"

namespace lab::symbolic {

/// A Lagrangian given as an expression, for typed formulas and symbolic candidates. Its
/// derivatives are taken symbolically once and evaluated from a compiled Program.
class ExpressionLagrangian : public Lagrangian
{
public:
    ExpressionLagrangian(Expression expression, SymbolTable symbols);

    int dof() const override;
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override;

    const Expression& expression() const { return m_expression; }
    const SymbolTable& symbols() const { return m_symbols; }

private:
    Expression m_expression;
    SymbolTable m_symbols;
    LagrangianProgram m_program;
};

} // namespace lab::symbolic
