#pragma once

#include "common/result.h"
#include "mechanics/integration.h"
#include "mechanics/lagrangian.h"

#include <Eigen/Core>

namespace lab {

/// Outcome of checkSeparable(): whether L = 1/2 qdot^T M qdot + b . qdot - V(q) with constant
/// M and b, judged from probe states, and the measured departures from that form.
struct SeparabilityCheck
{
    bool separable = false;
    double hessianVariation = 0.0; ///< max |H(probe) - H(q0, qd0)| / max |H(q0, qd0)|
    double mixedSize = 0.0;        ///< max |d2L/(dqdot dq)(probe)| / max |H(q0, qd0)|
};

/// Checks numerically whether d2L/dqdot2 is constant and d2L/(dqdot dq) vanishes, at the state
/// (q0, qd0) and at four probe states spread around it by up to twice max(1, |q0|_inf) in
/// position and twice max(1, |qd0|_inf) in velocity. Then dL/dq depends on q alone and the
/// accelerations H^-1 dL/dq(q) do not depend on the velocities, as Störmer-Verlet requires.
/// Separable when both measures are at most `tolerance`.
/// NOTE: the mixed block is compared with the Hessian although its unit differs by one over
/// the coordinate's unit. So the check assumes coordinates of order one. It can also miss a
/// dependence that shows only outside the probes' spread.
SeparabilityCheck checkSeparable(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                                 const Eigen::VectorXd& qd0, double tolerance);

/// Integrates with the variational integrator of the midpoint discrete Lagrangian
/// L_d(q0, q1) = h L((q0 + q1) / 2, (q1 - q0) / h) (the midpoint rule of Marsden and West,
/// "Discrete mechanics and variational integrators", Acta Numerica 2001). Each step solves
/// the discrete Euler-Lagrange equations p_k + D1 L_d(q_k, q_k+1) = 0 for q_k+1 by Newton's
/// method, with p_k = D2 L_d(q_k-1, q_k) the discrete momentum and p_0 = dL/dqdot(q0, qd0).
/// The reported velocity at step k solves dL/dqdot(q_k, qdot) = p_k, and qdd is the
/// Euler-Lagrange acceleration there. Works for any regular Lagrangian, separable or not.
/// Uses settings.timeStep, steps, newtonTolerance and maxNewtonIterations.
Result<IntegrationRun> integrateVariationalMidpoint(const Lagrangian& lagrangian,
                                                    const Eigen::VectorXd& q0,
                                                    const Eigen::VectorXd& qd0,
                                                    const IntegrationSettings& settings);

/// Integrates with Störmer-Verlet in velocity form: v_1/2 = v + h/2 a(q), q1 = q + h v_1/2,
/// v1 = v_1/2 + h/2 a(q1), with a = H^-1 dL/dq. Correct only for Lagrangians that
/// checkSeparable() accepts. Uses settings.timeStep and steps.
Result<IntegrationRun> integrateStormerVerlet(const Lagrangian& lagrangian,
                                              const Eigen::VectorXd& q0, const Eigen::VectorXd& qd0,
                                              const IntegrationSettings& settings);

/// Returns d2L/dq2 at (q, qd) from central differences of dL/dq with steps of
/// cbrt(machine epsilon) times max(1, |q_j|), because the Lagrangian interface provides no
/// second derivative in q. Costs 2 dof() evaluations of the Lagrangian.
Eigen::MatrixXd positionHessian(const Lagrangian& lagrangian, const Eigen::VectorXd& q,
                                const Eigen::VectorXd& qd);

} // namespace lab
