#pragma once

#include "symbolic/expression.h"

#include <vector>

namespace lab::symbolic {

/// A batch of states in structure-of-arrays layout: variable v of state i is
/// data[v * count + i], with the coordinates first, then the velocities.
struct StateBatch
{
    int count = 0;
    int variableCount = 0;
    const double* data = nullptr;

    const double* variable(int v) const { return data + static_cast<std::ptrdiff_t>(v) * count; }
};

/// Several expressions compiled together into one flat instruction list, with common
/// subexpressions shared, evaluated a block of states at a time so that each instruction runs
/// as a tight loop over the block. Parameters are replaced by their values when compiled.
/// evaluate() may run on several threads at once: each thread has its own scratch registers.
class Program
{
public:
    Program() = default;
    static Program compile(const std::vector<Expression>& outputs, const SymbolTable& symbols);

    int outputCount() const;
    int instructionCount() const;

    /// Evaluates every output at every state: output k of state i goes to
    /// out[k * states.count + i]. Non-finite results are written as they are.
    void evaluate(const StateBatch& states, double* out) const;

    /// Evaluates every output at every state: output k of state i goes to outputs[k][i].
    void evaluate(const StateBatch& states, double* const* outputs) const;

    /// States per block, small enough that the registers of one block (registerCount() *
    /// blockSize doubles) of a Lagrangian's program can stay in the cache while every
    /// instruction runs over the block.
    static constexpr int blockSize = 128;

    int registerCount() const { return m_registerCount; }

private:
    /// One operation over a block. An operand is a register (>= 0) or a state variable v,
    /// encoded as -1 - v. The target is always a register that neither operand uses.
    struct Instruction
    {
        Operator op = Operator::Constant;
        int target = 0;
        int left = 0;
        int right = 0;
        int cosine = -1; ///< for Sin: a register that also receives the cosine, or -1
    };

    struct ConstantRegister
    {
        int target = 0;
        double value = 0.0;
    };

    friend class ProgramBuilder;

    std::vector<Instruction> m_instructions;
    std::vector<int> m_outputs; ///< operand (register or variable) of each output
    std::vector<ConstantRegister> m_constants;
    int m_registerCount = 0;
    int m_variableCount = 0;
};

/// L and the derivatives that the Euler-Lagrange equations need, over a batch of states.
/// Layouts: value[i]; dq[(j * count) + i] = dL/dq_j; dqd likewise; hessian[((a * dof + b) *
/// count) + i] = d2L/(dqdot_a dqdot_b); mixed[((a * dof + b) * count) + i] =
/// d2L/(dqdot_a dq_b).
struct TermsBatch
{
    int count = 0;
    int dof = 0;
    std::vector<double> value;
    std::vector<double> dq;
    std::vector<double> dqd;
    std::vector<double> hessian;
    std::vector<double> mixed;
};

/// A Lagrangian expression and its symbolic derivatives compiled into one Program.
class LagrangianProgram
{
public:
    LagrangianProgram() = default;
    static LagrangianProgram compile(const Expression& lagrangian, const SymbolTable& symbols);

    /// Returns the simplified expressions that compile() evaluates, with the parameters
    /// substituted: L, dL/dq_j, dL/dqdot_j, d2L/(dqdot_a dqdot_b) for a <= b by rows, then
    /// d2L/(dqdot_a dq_b) by rows.
    static std::vector<Expression> termExpressions(const Expression& lagrangian,
                                                   const SymbolTable& symbols);

    int dof() const { return m_dof; }
    const Program& program() const { return m_program; }

    /// Fills every field of out, resizing its vectors to the batch.
    void evaluate(const StateBatch& states, TermsBatch& out) const;

private:
    Program m_program;
    int m_dof = 0;
};

} // namespace lab::symbolic
