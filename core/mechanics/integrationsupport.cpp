#include "mechanics/integrationsupport.h"

#include "mechanics/eulerlagrange.h"

#include <Eigen/SVD>
#include <cmath>
#include <limits>

namespace lab::detail {

Trajectory makeTrajectory(int samples, int dof)
{
    Trajectory trajectory;
    trajectory.t = Eigen::VectorXd::Zero(samples);
    trajectory.q = Eigen::MatrixXd::Zero(samples, dof);
    trajectory.qd = Eigen::MatrixXd::Zero(samples, dof);
    trajectory.qdd = Eigen::MatrixXd::Zero(samples, dof);
    return trajectory;
}

void setSample(Trajectory& trajectory, int row, double t, const Eigen::VectorXd& q,
               const Eigen::VectorXd& qd, const Eigen::VectorXd& qdd)
{
    trajectory.t[row] = t;
    trajectory.q.row(row) = q.transpose();
    trajectory.qd.row(row) = qd.transpose();
    trajectory.qdd.row(row) = qdd.transpose();
}

Error atStep(Error error, int step, const Eigen::VectorXd& q, const Eigen::VectorXd& qd)
{
    error.step = step;
    if (error.text.isEmpty())
        error.text = describeState(q, qd);
    return error;
}

Error nonFiniteState(int step, const Eigen::VectorXd& q, const Eigen::VectorXd& qd)
{
    Error error{.kind = ErrorKind::NonFiniteState, .text = describeState(q, qd)};
    error.step = step;
    return error;
}

Result<Eigen::VectorXd> solveWellConditioned(const Eigen::MatrixXd& a, const Eigen::VectorXd& b,
                                             double maxCondition)
{
    if (!a.allFinite() || !b.allFinite()) {
        return Error{.kind = ErrorKind::SingularHessian,
                     .value = std::numeric_limits<double>::infinity(),
                     .limit = maxCondition};
    }
    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(a, Eigen::ComputeFullU | Eigen::ComputeFullV);
    const Eigen::VectorXd& singular = svd.singularValues();
    const double smallest = singular.size() > 0 ? singular[singular.size() - 1] : 0.0;
    const double condition =
        smallest > 0.0 ? singular[0] / smallest : std::numeric_limits<double>::infinity();
    if (!std::isfinite(condition) || condition > maxCondition)
        return Error{.kind = ErrorKind::SingularHessian, .value = condition, .limit = maxCondition};
    return Eigen::VectorXd(svd.solve(b));
}

} // namespace lab::detail
