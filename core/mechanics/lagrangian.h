#pragma once

#include <Eigen/Core>

namespace lab {

/// A Lagrangian's value and the derivatives that the Euler-Lagrange equations need, at one
/// state (q, qdot).
struct LagrangianTerms
{
    double value = 0.0;
    Eigen::VectorXd dq;      ///< dL/dq_i
    Eigen::VectorXd dqd;     ///< dL/dqdot_i (the canonical momenta p_i)
    Eigen::MatrixXd hessian; ///< H_ij = d2L / (dqdot_i dqdot_j)
    Eigen::MatrixXd mixed;   ///< M_ij = d2L / (dqdot_i dq_j)
};

/// A Lagrangian L(q, qdot) of dof() coordinates with no explicit time dependence.
class Lagrangian
{
public:
    virtual ~Lagrangian() = default;

    virtual int dof() const = 0;
    virtual LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const = 0;
};

} // namespace lab
