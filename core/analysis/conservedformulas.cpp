#include "analysis/conservedformulas.h"

namespace lab {

using symbolic::Expression;

Expression momentumFormula(const Expression& lagrangian, const symbolic::SymbolTable& symbols,
                           int coordinate)
{
    return symbolic::derivative(lagrangian, symbols.dof() + coordinate);
}

Expression energyFormula(const Expression& lagrangian, const symbolic::SymbolTable& symbols)
{
    const int dof = symbols.dof();
    Expression sum = -lagrangian;
    for (int i = 0; i < dof; ++i)
        sum = sum + Expression::variable(dof + i) * momentumFormula(lagrangian, symbols, i);
    // Multiplying out lets q_dot * dL/dq_dot cancel against L term by term.
    return symbolic::simplify(symbolic::expandProducts(symbolic::simplify(sum)));
}

Expression quantityFormula(const Expression& lagrangian, const symbolic::SymbolTable& symbols,
                           const ConservedQuantity& quantity)
{
    Expression sum = Expression::constant(0.0);
    for (const MomentumTerm& term : quantity.terms) {
        Expression product = Expression::constant(term.coefficient) *
                             momentumFormula(lagrangian, symbols, term.momentum);
        if (term.coordinate >= 0)
            product = Expression::variable(term.coordinate) * product;
        sum = sum + product;
    }
    return symbolic::simplify(symbolic::expandProducts(symbolic::simplify(sum)));
}

QString quantityKey(const ConservedQuantity& quantity)
{
    QString key = quantity.name;
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    return key;
}

QString symmetryKindId(SymmetryKind kind)
{
    switch (kind) {
    case SymmetryKind::Cyclic:
        return QStringLiteral("cyclic");
    case SymmetryKind::Rotation:
        return QStringLiteral("rotation");
    case SymmetryKind::Translation:
        return QStringLiteral("translation");
    }
    return QStringLiteral("cyclic");
}

} // namespace lab
