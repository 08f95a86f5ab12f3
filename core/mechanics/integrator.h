#pragma once

#include "common/result.h"
#include "data/trajectory.h"

#include <Eigen/Core>
#include <atomic>
#include <functional>

namespace lab {

/// Accelerations qddot at one state (q, qdot), or the Error that prevents them.
using AccelerationFunction =
    std::function<Result<Eigen::VectorXd>(const Eigen::VectorXd& q, const Eigen::VectorXd& qd)>;

/// Accelerations at many states at once: one row per state.
using BatchAccelerationFunction =
    std::function<Result<Eigen::MatrixXd>(const Eigen::MatrixXd& q, const Eigen::MatrixXd& qd)>;

/// Integrates qddot = f(q, qdot) with the classical fixed-step fourth-order Runge-Kutta method
/// from (q0, qd0) at t = 0 for `steps` steps of `dt` seconds, keeping every sampleEvery-th
/// state (the first included). The returned trajectory's qdd contains f at the kept states.
/// Stops with the Error of f, e.g. a singular Hessian along the way, with Error::step set to
/// the index of the step whose end state was being computed (0: the initial state).
Result<Trajectory> integrateRk4(const AccelerationFunction& f, const Eigen::VectorXd& q0,
                                const Eigen::VectorXd& qd0, double dt, int steps,
                                int sampleEvery = 1);

/// Integrates several initial states together (one row each) with the same RK4 scheme, so
/// that a batched model evaluates all of them in one call. Returns one trajectory per row.
/// Stops early, with the trajectories so far, when `cancel` becomes true.
Result<std::vector<Trajectory>> integrateRk4Batch(const BatchAccelerationFunction& f,
                                                  const Eigen::MatrixXd& q0,
                                                  const Eigen::MatrixXd& qd0, double dt, int steps,
                                                  int sampleEvery = 1,
                                                  const std::atomic<bool>* cancel = nullptr);

} // namespace lab
