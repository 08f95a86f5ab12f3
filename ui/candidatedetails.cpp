#include "candidatedetails.h"

#include "mechanics/eulerlagrange.h"
#include "mechanics/integrator.h"
#include "symbolic/expressionlagrangian.h"
#include "symbolic/parser.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace lab {

using symbolic::Expression;
using symbolic::Notation;

namespace {

constexpr double maxRolloutStep = 0.01; // seconds
constexpr int maxRolloutSteps = 20000;

QString unicode(const Expression& expression, const symbolic::SymbolTable& symbols)
{
    return symbolic::formatExpression(expression, symbols, Notation::Unicode);
}

QString equationFor(const Expression& lagrangian, const symbolic::SymbolTable& symbols, int i)
{
    const int velocity = symbols.dof() + i;
    const Expression momentum = symbolic::simplify(symbolic::derivative(lagrangian, velocity));
    const Expression force = symbolic::simplify(symbolic::derivative(lagrangian, i));
    return QStringLiteral("d/dt(%1) = %2").arg(unicode(momentum, symbols), unicode(force, symbols));
}

QString explicitAcceleration(const Expression& lagrangian, const symbolic::SymbolTable& symbols)
{
    const Expression force = symbolic::derivative(lagrangian, 0);
    const Expression momentum = symbolic::derivative(lagrangian, 1);
    const Expression mixed = symbolic::derivative(momentum, 0);
    const Expression mass = symbolic::derivative(momentum, 1);
    const Expression acceleration =
        symbolic::simplify((force - mixed * Expression::variable(1)) / mass);
    const QString name = unicode(Expression::variable(0), symbols);
    // U+0308 is the combining diaeresis, which writes the second time derivative as a dot pair.
    return QStringLiteral("%1\u0308 = %2").arg(name, unicode(acceleration, symbols));
}

QString csvField(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString describeEquationsOfMotion(const Expression& lagrangian,
                                  const symbolic::SymbolTable& symbols)
{
    QStringList lines;
    for (int i = 0; i < symbols.dof(); ++i)
        lines << equationFor(lagrangian, symbols, i);
    if (symbols.dof() == 1)
        lines << explicitAcceleration(lagrangian, symbols);
    return lines.join(QLatin1Char('\n'));
}

Result<Trajectory> rolloutCandidate(const Expression& lagrangian,
                                    const symbolic::SymbolTable& symbols,
                                    const Trajectory& reference)
{
    if (reference.samples() < 2 || reference.dof() != symbols.dof())
        return Error{
            .kind = ErrorKind::TooFewRows, .value = double(reference.samples()), .limit = 2};
    const symbolic::ExpressionLagrangian model(lagrangian, symbols);
    const double span = reference.t(reference.samples() - 1) - reference.t(0);
    const double step = std::min(maxRolloutStep, reference.t(1) - reference.t(0));
    const int steps = std::clamp(static_cast<int>(std::lround(span / step)), 1, maxRolloutSteps);
    const AccelerationFunction accelerationOf = [&model](const Eigen::VectorXd& q,
                                                         const Eigen::VectorXd& qd) {
        return accelerations(model, q, qd);
    };
    Result<Trajectory> run = integrateRk4(accelerationOf, reference.q.row(0).transpose(),
                                          reference.qd.row(0).transpose(), step, steps);
    if (run)
        run->t.array() += reference.t(0);
    return run;
}

QString frontToCsv(const discovery::ParetoFront& front, const symbolic::SymbolTable& symbols)
{
    QStringList lines{QStringLiteral("complexity,loss,score,mark,lagrangian,sympy")};
    for (std::size_t i = 0; i < front.candidates.size(); ++i) {
        const discovery::Candidate& candidate = front.candidates[i];
        QString mark;
        if (static_cast<int>(i) == front.picked)
            mark = QStringLiteral("pick");
        else if (candidate.alternativeTo >= 0)
            mark = QStringLiteral("alternative");
        lines << QStringLiteral("%1,%2,%3,%4,%5,%6")
                     .arg(candidate.complexity)
                     .arg(QString::number(candidate.loss, 'g', 17),
                          QString::number(candidate.score, 'g', 17), mark,
                          csvField(symbolic::formatExpression(candidate.expression, symbols,
                                                              Notation::Text)),
                          csvField(symbolic::formatExpression(candidate.expression, symbols,
                                                              Notation::Sympy)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lab
