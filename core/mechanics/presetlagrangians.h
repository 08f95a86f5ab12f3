#pragma once

#include "mechanics/lagrangian.h"

namespace lab {

/// Simple pendulum: L = 1/2 m l^2 thetadot^2 + m g l cos(theta), theta from the downward
/// vertical.
class PendulumLagrangian final : public Lagrangian
{
public:
    PendulumLagrangian(double mass, double length, double gravity);

    int dof() const override { return 1; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override;

private:
    double m_inertia; ///< m l^2, kg m^2
    double m_torque;  ///< m g l, N m
};

/// Mass on a spring, x measured from the rest length: L = 1/2 m xdot^2 - 1/2 k x^2.
class SpringLagrangian final : public Lagrangian
{
public:
    SpringLagrangian(double mass, double stiffness);

    int dof() const override { return 1; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override;

private:
    double m_mass;
    double m_stiffness;
};

/// Double pendulum of point masses on massless rods, both angles from the downward vertical:
/// L = 1/2 (m1 + m2) l1^2 w1^2 + 1/2 m2 l2^2 w2^2 + m2 l1 l2 w1 w2 cos(q1 - q2)
///     + (m1 + m2) g l1 cos q1 + m2 g l2 cos q2.
class DoublePendulumLagrangian final : public Lagrangian
{
public:
    DoublePendulumLagrangian(double mass1, double mass2, double length1, double length2,
                             double gravity);

    int dof() const override { return 2; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override;

private:
    double m_inertia1; ///< (m1 + m2) l1^2
    double m_inertia2; ///< m2 l2^2
    double m_coupling; ///< m2 l1 l2
    double m_torque1;  ///< (m1 + m2) g l1
    double m_torque2;  ///< m2 g l2
};

} // namespace lab
