#pragma once

#include "discovery/samples.h"
#include "discovery/termcolumns.h"

#include <Eigen/Core>
#include <limits>
#include <vector>

namespace lab::discovery {

/// Loss that a candidate is scored by.
enum class LossKind
{
    /// Relative mean squared error of the accelerations that the candidate's Euler-Lagrange
    /// equations predict, per coordinate: sum_j w_j mean_i (a_ij - target_ij)^2 / dof with
    /// w_j = 1 / mean_i target_ij^2. Invariant to the scale of L, added constants and total
    /// time derivatives. A candidate whose Hessian d2L/dqdot2 is singular on a sample is
    /// rejected.
    Motion,
    /// Relative mean squared error of a teacher's L values after fitting scale and offset:
    /// mean (c . phi + b - L)^2 / variance(L).
    Distillation,
};

/// Coefficients of a sum of terms and the loss they reach.
struct LinearFit
{
    Eigen::VectorXd coefficients;
    double offset = 0.0; ///< the fitted constant of the distillation loss
    double loss = std::numeric_limits<double>::infinity();
    bool valid = false;
};

/// Smallest loss that is reported. Relative errors below it are at the level of rounding in
/// the derivatives and linear solves, so a lower loss would only reward fitting rounding
/// noise with extra terms.
inline constexpr double lossFloor = 1e-13;

/// Largest accepted condition number of the candidate's Hessian on a sample.
inline constexpr double maxCandidateCondition = 1e8;

/// Motion loss of the Lagrangian sum_k c_k phi_k. With `residual` set, also returns the
/// weighted residuals (dof * count, coordinate-major) whose sum of squares is the loss, and
/// with `jacobian` set their derivatives by each coefficient. Returns infinity when the
/// Hessian is singular or not finite on any sample.
double motionLoss(const std::vector<const TermColumns*>& terms, const Eigen::VectorXd& c,
                  const MotionSamples& samples, Eigen::VectorXd* residual = nullptr,
                  Eigen::MatrixXd* jacobian = nullptr);

/// Fits the coefficients of a sum of terms by the motion loss. A linear least-squares fit of
/// the Euler-Lagrange residual sum_k c_k EL[phi_k] with the scale fixed by mean trace(H) = 1
/// (as in Lagrangian SINDy) gives the start; `refinements` Levenberg-Marquardt steps on the
/// motion loss itself then move the coefficients to its optimum.
LinearFit fitMotion(const std::vector<const TermColumns*>& terms, const MotionSamples& samples,
                    int refinements);

/// Fits c and an offset b so that sum_k c_k phi_k + b matches the teacher's L values.
LinearFit fitDistillation(const std::vector<const TermColumns*>& terms,
                          const MotionSamples& samples);

/// Fits by the chosen loss.
LinearFit fitTerms(const std::vector<const TermColumns*>& terms, const MotionSamples& samples,
                   LossKind loss, int refinements);

} // namespace lab::discovery
