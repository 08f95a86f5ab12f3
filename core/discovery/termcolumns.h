#pragma once

#include "discovery/samples.h"
#include "symbolic/expression.h"

#include <vector>

namespace lab::discovery {

/// One candidate term phi(q, qdot) evaluated on a sample set: the pieces of its
/// Euler-Lagrange expression. Because the Euler-Lagrange equations are linear in L, a
/// Lagrangian sum_k c_k phi_k has the Hessian sum_k c_k H_k and the force sum_k c_k g_k.
struct TermColumns
{
    std::vector<double> hessian;  ///< H_ab = d2 phi / (dqdot_a dqdot_b) at [(a*dof+b)*count+i]
    std::vector<double> force;    ///< g_a = dphi/dq_a - sum_b d2phi/(dqdot_a dq_b) qdot_b
    std::vector<double> residual; ///< EL_a = sum_b H_ab qddot_b - g_a at the target qddot
    std::vector<double> value;    ///< phi itself
    std::vector<double> dq;       ///< dphi/dq_a at [a*count+i]
    std::vector<double> momentum; ///< dphi/dqdot_a at [a*count+i]
    double meanTrace = 0.0;       ///< mean of trace(H) over the samples
    bool finite = false;          ///< every entry is finite
    bool trivial = false;         ///< EL[phi] vanishes: a constant or a total time derivative
};

/// Evaluates a term and its Euler-Lagrange pieces on the samples. The symbol table gives the
/// coordinates (and parameter values, if the term has parameters).
TermColumns evaluateTerm(const symbolic::Expression& term, const MotionSamples& samples,
                         const symbolic::SymbolTable& symbols);

} // namespace lab::discovery
