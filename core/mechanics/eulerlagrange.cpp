#include "mechanics/eulerlagrange.h"

#include <Eigen/SVD>
#include <QStringList>
#include <cmath>
#include <limits>

namespace lab {

QString describeState(const Eigen::VectorXd& values)
{
    QStringList parts;
    for (Eigen::Index i = 0; i < values.size(); ++i)
        parts << QString::number(values[i], 'g', 6);
    return parts.join(QLatin1Char(','));
}

QString describeState(const Eigen::VectorXd& q, const Eigen::VectorXd& qd)
{
    Eigen::VectorXd state(q.size() + qd.size());
    state << q, qd;
    return describeState(state);
}

Result<Eigen::VectorXd> solveAccelerations(const LagrangianTerms& terms, const Eigen::VectorXd& qd,
                                           double maxCondition)
{
    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(terms.hessian,
                                                Eigen::ComputeFullU | Eigen::ComputeFullV);
    const Eigen::VectorXd& singular = svd.singularValues();
    const double largest = singular.size() > 0 ? singular[0] : 0.0;
    const double smallest = singular.size() > 0 ? singular[singular.size() - 1] : 0.0;
    const double condition =
        smallest > 0.0 ? largest / smallest : std::numeric_limits<double>::infinity();

    if (!std::isfinite(condition) || condition > maxCondition || !terms.dq.allFinite() ||
        !terms.mixed.allFinite()) {
        Error error{.kind = ErrorKind::SingularHessian};
        error.value = condition;
        error.limit = maxCondition;
        error.text = describeState(qd);
        return error;
    }

    const Eigen::VectorXd rhs = terms.dq - terms.mixed * qd;
    return Eigen::VectorXd(svd.solve(rhs));
}

bool isFinite(const LagrangianTerms& terms)
{
    return std::isfinite(terms.value) && terms.dq.allFinite() && terms.dqd.allFinite() &&
           terms.hessian.allFinite() && terms.mixed.allFinite();
}

Result<Eigen::VectorXd> accelerations(const Lagrangian& lagrangian, const Eigen::VectorXd& q,
                                      const Eigen::VectorXd& qd)
{
    if (!q.allFinite() || !qd.allFinite())
        return Error{.kind = ErrorKind::NonFiniteState, .text = describeState(q, qd)};
    const LagrangianTerms terms = lagrangian.terms(q, qd);
    if (!isFinite(terms))
        return Error{.kind = ErrorKind::NonFiniteState, .text = describeState(q, qd)};

    Result<Eigen::VectorXd> result = solveAccelerations(terms, qd);
    if (!result.ok()) {
        Error error = result.error();
        error.text = describeState(q, qd);
        return error;
    }
    return result;
}

double energy(const Lagrangian& lagrangian, const Eigen::VectorXd& q, const Eigen::VectorXd& qd)
{
    const LagrangianTerms terms = lagrangian.terms(q, qd);
    return qd.dot(terms.dqd) - terms.value;
}

} // namespace lab
