#include "mechanics/presetlagrangians.h"

#include <cmath>

namespace lab {

namespace {

LagrangianTerms emptyTerms(int dof)
{
    LagrangianTerms terms;
    terms.dq = Eigen::VectorXd::Zero(dof);
    terms.dqd = Eigen::VectorXd::Zero(dof);
    terms.hessian = Eigen::MatrixXd::Zero(dof, dof);
    terms.mixed = Eigen::MatrixXd::Zero(dof, dof);
    return terms;
}

} // namespace

PendulumLagrangian::PendulumLagrangian(double mass, double length, double gravity)
    : m_inertia(mass * length * length), m_torque(mass * gravity * length)
{}

LagrangianTerms PendulumLagrangian::terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const
{
    LagrangianTerms terms = emptyTerms(1);
    terms.value = 0.5 * m_inertia * qd[0] * qd[0] + m_torque * std::cos(q[0]);
    terms.dq[0] = -m_torque * std::sin(q[0]);
    terms.dqd[0] = m_inertia * qd[0];
    terms.hessian(0, 0) = m_inertia;
    return terms;
}

SpringLagrangian::SpringLagrangian(double mass, double stiffness)
    : m_mass(mass), m_stiffness(stiffness)
{}

LagrangianTerms SpringLagrangian::terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const
{
    LagrangianTerms terms = emptyTerms(1);
    terms.value = 0.5 * m_mass * qd[0] * qd[0] - 0.5 * m_stiffness * q[0] * q[0];
    terms.dq[0] = -m_stiffness * q[0];
    terms.dqd[0] = m_mass * qd[0];
    terms.hessian(0, 0) = m_mass;
    return terms;
}

DoublePendulumLagrangian::DoublePendulumLagrangian(double mass1, double mass2, double length1,
                                                   double length2, double gravity)
    : m_inertia1((mass1 + mass2) * length1 * length1), m_inertia2(mass2 * length2 * length2),
      m_coupling(mass2 * length1 * length2), m_torque1((mass1 + mass2) * gravity * length1),
      m_torque2(mass2 * gravity * length2)
{}

LagrangianTerms DoublePendulumLagrangian::terms(const Eigen::VectorXd& q,
                                                const Eigen::VectorXd& qd) const
{
    const double w1 = qd[0];
    const double w2 = qd[1];
    const double cosDelta = std::cos(q[0] - q[1]);
    const double sinDelta = std::sin(q[0] - q[1]);

    LagrangianTerms terms = emptyTerms(2);
    terms.value = 0.5 * m_inertia1 * w1 * w1 + 0.5 * m_inertia2 * w2 * w2 +
                  m_coupling * w1 * w2 * cosDelta + m_torque1 * std::cos(q[0]) +
                  m_torque2 * std::cos(q[1]);

    terms.dq[0] = -m_coupling * w1 * w2 * sinDelta - m_torque1 * std::sin(q[0]);
    terms.dq[1] = m_coupling * w1 * w2 * sinDelta - m_torque2 * std::sin(q[1]);
    terms.dqd[0] = m_inertia1 * w1 + m_coupling * w2 * cosDelta;
    terms.dqd[1] = m_inertia2 * w2 + m_coupling * w1 * cosDelta;

    terms.hessian << m_inertia1, m_coupling * cosDelta, m_coupling * cosDelta, m_inertia2;
    terms.mixed << -m_coupling * w2 * sinDelta, m_coupling * w2 * sinDelta,
        -m_coupling * w1 * sinDelta, m_coupling * w1 * sinDelta;
    return terms;
}

} // namespace lab
