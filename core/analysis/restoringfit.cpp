#include "analysis/restoringfit.h"

#include <Eigen/Dense>
#include <cmath>

namespace lab {

namespace {

using symbolic::Expression;
using symbolic::Operator;

constexpr int minimumRows = 20;

/// Least-squares solution (-c, -gamma, b) of qddot = -c f(q) - gamma qdot + b over the rows.
Eigen::Vector3d fitCoordinate(const Trajectory& data, int coordinate, bool angle, int first,
                              int count)
{
    Eigen::MatrixXd design(count, 3);
    Eigen::VectorXd target(count);
    for (int row = 0; row < count; ++row) {
        const double q = data.q(first + row, coordinate);
        design(row, 0) = angle ? std::sin(q) : q;
        design(row, 1) = data.qd(first + row, coordinate);
        design(row, 2) = 1.0;
        target[row] = data.qdd(first + row, coordinate);
    }
    return design.colPivHouseholderQr().solve(target);
}

/// Returns 1/2 qdot^2 + c cos(q) for an angle, else 1/2 qdot^2 - 1/2 c q^2.
Expression coordinateTerm(int coordinate, int dof, bool angle, double stiffness)
{
    const Expression kinetic =
        Expression::constant(0.5) *
        Expression::unary(Operator::Square, Expression::variable(dof + coordinate));
    if (angle)
        return kinetic + Expression::constant(stiffness) *
                             Expression::unary(Operator::Cos, Expression::variable(coordinate));
    return kinetic - Expression::constant(0.5 * stiffness) *
                         Expression::unary(Operator::Square, Expression::variable(coordinate));
}

} // namespace

Result<RestoringFit> fitRestoringModel(const Trajectory& data,
                                       const std::vector<Coordinate>& coordinates, int edgeSamples)
{
    const int dof = data.dof();
    const int first = std::max(edgeSamples, 0);
    const int count = data.samples() - 2 * first;
    if (count < minimumRows)
        return Error{.kind = ErrorKind::TooFewRows,
                     .value = double(std::max(count, 0)),
                     .limit = double(minimumRows)};

    RestoringFit fit;
    fit.stiffness.resize(dof);
    fit.damping.resize(dof);
    fit.constant.resize(dof);
    Expression sum = Expression::constant(0.0);
    for (int i = 0; i < dof; ++i) {
        const Coordinate coordinate =
            i < static_cast<int>(coordinates.size()) ? coordinates[i] : Coordinate{};
        fit.symbols.coordinates << (coordinate.name.isEmpty() ? QStringLiteral("q%1").arg(i + 1)
                                                              : coordinate.name);
        const Eigen::Vector3d solution = fitCoordinate(data, i, coordinate.isAngle, first, count);
        const double stiffness = -solution[0];
        if (!(stiffness > 0.0) || !std::isfinite(stiffness))
            return Error{.kind = ErrorKind::InvalidParameter,
                         .text = fit.symbols.variableName(i),
                         .value = stiffness};
        fit.stiffness[i] = stiffness;
        fit.damping[i] = -solution[1];
        fit.constant[i] = solution[2];
        sum = sum + coordinateTerm(i, dof, coordinate.isAngle, stiffness);
    }
    fit.lagrangian = symbolic::simplify(sum);
    return fit;
}

} // namespace lab
