#include "symbolic/typedsystem.h"

#include "symbolic/expressionlagrangian.h"
#include "symbolic/parser.h"

#include <QRegularExpression>
#include <algorithm>

namespace lab::symbolic {

namespace {

bool looksLikeAngle(const QString& name)
{
    static const QStringList angles = {"theta", "phi",    "psi",      "alpha", "beta",
                                       "gamma", "varphi", "vartheta", "angle"};
    return std::ranges::any_of(angles,
                               [&name](const QString& angle) { return name.startsWith(angle); });
}

Status checkName(const QString& name, const QStringList& usedNames)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    static const QStringList reserved = {"sin", "cos", "exp", "log", "sqrt", "abs", "pi"};
    const bool valid = identifier.match(name).hasMatch() && !name.endsWith(QLatin1String("_dot")) &&
                       !reserved.contains(name) && !usedNames.contains(name);
    if (valid)
        return Success{};
    return Error{.kind = ErrorKind::InvalidParameter, .text = name};
}

} // namespace

std::unique_ptr<Lagrangian> TypedSystem::makeLagrangian() const
{
    return std::make_unique<ExpressionLagrangian>(lagrangian, symbols);
}

Result<TypedSystem> parseTypedSystem(const QString& formula, const QStringList& coordinates,
                                     const std::vector<std::pair<QString, double>>& parameters)
{
    TypedSystem system;
    system.formula = formula;
    QStringList usedNames;
    for (const QString& name : coordinates) {
        if (Status ok = checkName(name, usedNames); !ok)
            return ok.error();
        usedNames << name;
        system.symbols.coordinates << name;
        system.coordinates.push_back(Coordinate{
            name, looksLikeAngle(name) ? QStringLiteral("rad") : QString(), looksLikeAngle(name)});
    }
    for (const auto& [name, value] : parameters) {
        if (Status ok = checkName(name, usedNames); !ok)
            return ok.error();
        usedNames << name;
        system.symbols.parameters << name;
        system.symbols.parameterValues.push_back(value);
    }

    Result<Expression> parsed = parseExpression(formula, system.symbols);
    if (!parsed)
        return parsed.error();
    system.lagrangian = *parsed;

    // Without its velocity, a coordinate's row of d2L/dqdot2 is zero at every state, so the
    // Euler-Lagrange equations cannot give its acceleration.
    const auto dof = static_cast<int>(coordinates.size());
    for (int i = 0; i < dof; ++i) {
        if (!system.lagrangian.dependsOn(dof + i))
            return Error{.kind = ErrorKind::MissingVelocity, .text = coordinates.at(i)};
    }
    return system;
}

} // namespace lab::symbolic
