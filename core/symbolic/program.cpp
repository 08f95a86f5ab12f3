#include "symbolic/program.h"

#include "symbolic/arithmetic.h"

#include <QtGlobal>
#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>
#include <unordered_map>

namespace lab::symbolic {

namespace {

/// Hands out registers and takes back those whose value is no longer needed.
class RegisterAllocator
{
public:
    int allocate()
    {
        if (m_free.empty())
            return m_count++;
        const int reg = m_free.back();
        m_free.pop_back();
        return reg;
    }

    void release(int reg) { m_free.push_back(reg); }
    int count() const { return m_count; }

private:
    std::vector<int> m_free;
    int m_count = 0;
};

} // namespace

/// Turns expressions into a Program. Each distinct operation on distinct operands gets one
/// value number (hash-consing), so a subexpression shared between outputs, or repeated
/// inside one, is computed once. Operations on constants are folded as they are numbered.
class ProgramBuilder
{
public:
    int valueOf(const Expression& e)
    {
        const auto found = m_memo.find(e.node());
        if (found != m_memo.end())
            return found->second;
        const int id = number(e);
        m_memo.emplace(e.node(), id);
        return id;
    }

    Program build(const std::vector<int>& outputs) const;

private:
    std::vector<bool> liveValues(const std::vector<int>& outputs) const;
    std::vector<int> lastUses(const std::vector<bool>& live, const std::vector<int>& outputs) const;
    std::vector<int> sinCosPartners(const std::vector<bool>& live) const;
    void allocateLeaves(const std::vector<bool>& live, Program& program,
                        RegisterAllocator& registers, std::vector<int>& operand) const;
    void releaseIfLast(int source, int reader, const std::vector<int>& lastUse,
                       const std::vector<int>& operand, RegisterAllocator& registers) const;

    struct Value
    {
        Operator op = Operator::Constant;
        int left = -1;
        int right = -1;
        double constant = 0.0; ///< of a Constant
        int variable = -1;     ///< of a Variable
    };

    struct Key
    {
        Operator op;
        std::uint64_t first;
        std::uint64_t second;
        bool operator==(const Key&) const = default;
    };

    struct KeyHash
    {
        std::size_t operator()(const Key& key) const
        {
            std::uint64_t h = static_cast<std::uint64_t>(key.op) * 0x9e3779b97f4a7c15ULL;
            h ^= key.first + 0x7f4a7c159e3779b9ULL + (h << 6) + (h >> 2);
            h ^= key.second + 0x94d049bb133111ebULL + (h << 6) + (h >> 2);
            return static_cast<std::size_t>(h);
        }
    };

    int number(const Expression& e)
    {
        switch (e.op()) {
        case Operator::Constant:
            return constant(e.value());
        case Operator::Variable:
            return intern({Operator::Variable, static_cast<std::uint64_t>(e.index()), 0},
                          Value{.op = Operator::Variable, .variable = e.index()});
        case Operator::Parameter:
            // Program::compile substitutes every parameter that has a value.
            return constant(std::nan(""));
        default:
            break;
        }

        const int left = valueOf(e.operand(0));
        if (e.operandCount() == 1) {
            if (isConstant(left))
                return constant(applyUnary(e.op(), m_values[left].constant));
            return intern({e.op(), static_cast<std::uint64_t>(left), 0},
                          Value{.op = e.op(), .left = left});
        }

        int right = valueOf(e.operand(1));
        if (isConstant(left) && isConstant(right))
            return constant(applyBinary(e.op(), m_values[left].constant, m_values[right].constant));
        // Addition and multiplication of doubles are commutative, so a+b and b+a share a value.
        int first = left;
        if ((e.op() == Operator::Add || e.op() == Operator::Multiply) && right < left)
            std::swap(first, right);
        return intern(
            {e.op(), static_cast<std::uint64_t>(first), static_cast<std::uint64_t>(right)},
            Value{.op = e.op(), .left = first, .right = right});
    }

    bool isConstant(int id) const { return m_values[id].op == Operator::Constant; }

    int constant(double value)
    {
        // Bit patterns, so that -0 and +0 stay apart (1/-0 differs from 1/+0).
        return intern({Operator::Constant, std::bit_cast<std::uint64_t>(value), 0},
                      Value{.constant = value});
    }

    int intern(const Key& key, const Value& value)
    {
        const auto [position, inserted] =
            m_lookup.try_emplace(key, static_cast<int>(m_values.size()));
        if (inserted)
            m_values.push_back(value);
        return position->second;
    }

    std::vector<Value> m_values;
    std::unordered_map<Key, int, KeyHash> m_lookup;
    std::unordered_map<const Node*, int> m_memo;
};

// Operands have smaller value numbers than their users, so one backward pass marks every
// value that an output needs.
std::vector<bool> ProgramBuilder::liveValues(const std::vector<int>& outputs) const
{
    std::vector<bool> live(m_values.size(), false);
    for (int id : outputs)
        live[id] = true;
    for (int id = static_cast<int>(m_values.size()) - 1; id >= 0; --id) {
        if (!live[id] || m_values[id].left < 0)
            continue;
        live[m_values[id].left] = true;
        if (m_values[id].right >= 0)
            live[m_values[id].right] = true;
    }
    return live;
}

// The last value that reads each value, or INT_MAX for outputs, which are read at the end.
std::vector<int> ProgramBuilder::lastUses(const std::vector<bool>& live,
                                          const std::vector<int>& outputs) const
{
    std::vector<int> lastUse(m_values.size(), -1);
    for (int id = 0; id < static_cast<int>(m_values.size()); ++id) {
        if (live[id] && m_values[id].left >= 0) {
            lastUse[m_values[id].left] = id;
            if (m_values[id].right >= 0)
                lastUse[m_values[id].right] = id;
        }
    }
    for (int id : outputs)
        lastUse[id] = INT_MAX;
    return lastUse;
}

// For each live sin(u) whose cos(u) is live too, the other one's value number, else -1.
// Each pair runs as one instruction, which the compiler turns into one sincos() call.
std::vector<int> ProgramBuilder::sinCosPartners(const std::vector<bool>& live) const
{
    std::vector<int> partner(m_values.size(), -1);
    std::unordered_map<int, int> sineOf;
    for (int id = 0; id < static_cast<int>(m_values.size()); ++id) {
        if (live[id] && m_values[id].op == Operator::Sin)
            sineOf.emplace(m_values[id].left, id);
    }
    for (int id = 0; id < static_cast<int>(m_values.size()); ++id) {
        if (!live[id] || m_values[id].op != Operator::Cos)
            continue;
        const auto sine = sineOf.find(m_values[id].left);
        if (sine != sineOf.end()) {
            partner[id] = sine->second;
            partner[sine->second] = id;
        }
    }
    return partner;
}

Program ProgramBuilder::build(const std::vector<int>& outputs) const
{
    const std::vector<bool> live = liveValues(outputs);
    const std::vector<int> lastUse = lastUses(live, outputs);
    const std::vector<int> partner = sinCosPartners(live);

    Program program;
    RegisterAllocator registers;
    std::vector<int> operand(m_values.size(), 0);
    allocateLeaves(live, program, registers, operand);

    for (int id = 0; id < static_cast<int>(m_values.size()); ++id) {
        const Value& value = m_values[id];
        if (!live[id] || value.left < 0 || (partner[id] >= 0 && partner[id] < id))
            continue;

        // The target is taken before the operands are released, so that it never aliases
        // an operand: the block loops rely on that.
        operand[id] = registers.allocate();
        Program::Instruction instruction{value.op, operand[id], operand[value.left],
                                         value.right >= 0 ? operand[value.right] : 0};
        if (partner[id] >= 0) {
            operand[partner[id]] = registers.allocate();
            const bool sine = value.op == Operator::Sin;
            instruction = {Operator::Sin, operand[sine ? id : partner[id]], operand[value.left], 0,
                           operand[sine ? partner[id] : id]};
        }
        program.m_instructions.push_back(instruction);

        // x*x reads x twice but releases it once. A sin-cos pair reads its operand for both.
        releaseIfLast(value.left, id, lastUse, operand, registers);
        if (value.right >= 0 && value.right != value.left)
            releaseIfLast(value.right, id, lastUse, operand, registers);
        if (partner[id] >= 0)
            releaseIfLast(value.left, partner[id], lastUse, operand, registers);
    }

    for (int id : outputs)
        program.m_outputs.push_back(operand[id]);
    program.m_registerCount = registers.count();
    return program;
}

// Variables are read from the batch; constants get registers that evaluate() fills once.
void ProgramBuilder::allocateLeaves(const std::vector<bool>& live, Program& program,
                                    RegisterAllocator& registers, std::vector<int>& operand) const
{
    for (int id = 0; id < static_cast<int>(m_values.size()); ++id) {
        const Value& value = m_values[id];
        if (!live[id])
            continue;
        if (value.op == Operator::Variable) {
            operand[id] = -1 - value.variable;
            program.m_variableCount = std::max(program.m_variableCount, value.variable + 1);
        } else if (value.op == Operator::Constant) {
            operand[id] = registers.allocate();
            program.m_constants.push_back({operand[id], value.constant});
        }
    }
}

// Releases the register of a computed value if reader is the last value that reads it.
void ProgramBuilder::releaseIfLast(int source, int reader, const std::vector<int>& lastUse,
                                   const std::vector<int>& operand,
                                   RegisterAllocator& registers) const
{
    const bool computed = m_values[source].left >= 0;
    if (computed && lastUse[source] == reader)
        registers.release(operand[source]);
}

Program Program::compile(const std::vector<Expression>& outputs, const SymbolTable& symbols)
{
    // The builder remembers nodes by address, so the substituted trees must outlive it.
    std::vector<Expression> substituted;
    substituted.reserve(outputs.size());
    for (const Expression& output : outputs)
        substituted.push_back(substituteParameters(output, symbols));

    ProgramBuilder builder;
    std::vector<int> values;
    values.reserve(outputs.size());
    for (const Expression& output : substituted)
        values.push_back(builder.valueOf(output));
    return builder.build(values);
}

int Program::outputCount() const
{
    return static_cast<int>(m_outputs.size());
}

int Program::instructionCount() const
{
    return static_cast<int>(m_instructions.size());
}

namespace {

// Each loop runs over one block with non-aliasing pointers, so the compiler vectorises the
// arithmetic loops. The loops of sin, cos, exp, log and pow call the C library per element.
template <class Function>
void mapUnary(double* __restrict out, const double* __restrict a, int n, Function f)
{
    for (int i = 0; i < n; ++i)
        out[i] = f(a[i]);
}

template <class Function>
void mapBinary(double* __restrict out, const double* __restrict a, const double* __restrict b,
               int n, Function f)
{
    for (int i = 0; i < n; ++i)
        out[i] = f(a[i], b[i]);
}

void runBinary(Operator op, double* out, const double* a, const double* b, int n)
{
    switch (op) {
    case Operator::Add:
        mapBinary(out, a, b, n, [](double x, double y) { return x + y; });
        break;
    case Operator::Subtract:
        mapBinary(out, a, b, n, [](double x, double y) { return x - y; });
        break;
    case Operator::Multiply:
        mapBinary(out, a, b, n, [](double x, double y) { return x * y; });
        break;
    case Operator::Divide:
        mapBinary(out, a, b, n, [](double x, double y) { return x / y; });
        break;
    default:
        mapBinary(out, a, b, n, [](double x, double y) { return std::pow(x, y); });
        break;
    }
}

void runUnary(Operator op, double* out, const double* a, int n)
{
    switch (op) {
    case Operator::Negate:
        mapUnary(out, a, n, [](double x) { return -x; });
        break;
    case Operator::Square:
        mapUnary(out, a, n, [](double x) { return x * x; });
        break;
    case Operator::Cube:
        mapUnary(out, a, n, [](double x) { return x * x * x; });
        break;
    case Operator::Sqrt:
        mapUnary(out, a, n, [](double x) { return std::sqrt(x); });
        break;
    case Operator::Abs:
        mapUnary(out, a, n, [](double x) { return std::fabs(x); });
        break;
    default:
        mapUnary(out, a, n, [op](double x) { return applyUnary(op, x); });
        break;
    }
}

// Both loops in one, so that GCC and Clang call sincos() once per element.
void runSinCos(double* __restrict sine, double* __restrict cosine, const double* __restrict a,
               int n)
{
    for (int i = 0; i < n; ++i) {
        sine[i] = std::sin(a[i]);
        cosine[i] = std::cos(a[i]);
    }
}

} // namespace

void Program::evaluate(const StateBatch& states, double* out) const
{
    std::vector<double*> outputs(m_outputs.size());
    for (std::size_t k = 0; k < outputs.size(); ++k)
        outputs[k] = out + static_cast<std::ptrdiff_t>(k) * states.count;
    evaluate(states, outputs.data());
}

void Program::evaluate(const StateBatch& states, double* const* outputs) const
{
    Q_ASSERT(states.variableCount >= m_variableCount);
    if (states.count <= 0)
        return;

    // One scratch register file per thread, reused between calls so that evaluating a
    // single state does not allocate.
    const int block = std::min(blockSize, states.count);
    thread_local std::vector<double> scratch;
    scratch.resize(static_cast<std::size_t>(m_registerCount) * static_cast<std::size_t>(block));
    double* registers = scratch.data();
    for (const ConstantRegister& constant : m_constants)
        std::fill_n(registers + static_cast<std::ptrdiff_t>(constant.target) * block, block,
                    constant.value);

    for (int start = 0; start < states.count; start += block) {
        const int n = std::min(block, states.count - start);
        const auto source = [&](int code) -> const double* {
            if (code >= 0)
                return registers + static_cast<std::ptrdiff_t>(code) * block;
            return states.variable(-1 - code) + start;
        };

        for (const Instruction& instruction : m_instructions) {
            double* target = registers + static_cast<std::ptrdiff_t>(instruction.target) * block;
            if (instruction.cosine >= 0)
                runSinCos(target,
                          registers + static_cast<std::ptrdiff_t>(instruction.cosine) * block,
                          source(instruction.left), n);
            else if (arity(instruction.op) == 2)
                runBinary(instruction.op, target, source(instruction.left),
                          source(instruction.right), n);
            else
                runUnary(instruction.op, target, source(instruction.left), n);
        }

        for (std::size_t k = 0; k < m_outputs.size(); ++k)
            std::copy_n(source(m_outputs[k]), n, outputs[k] + start);
    }
}

std::vector<Expression> LagrangianProgram::termExpressions(const Expression& lagrangian,
                                                           const SymbolTable& symbols)
{
    const int dof = symbols.dof();
    const Expression value = simplify(substituteParameters(lagrangian, symbols));

    std::vector<Expression> outputs{value};
    std::vector<Expression> momenta;
    for (int j = 0; j < dof; ++j)
        outputs.push_back(derivative(value, j));
    for (int j = 0; j < dof; ++j) {
        momenta.push_back(derivative(value, dof + j));
        outputs.push_back(momenta.back());
    }
    for (int a = 0; a < dof; ++a) {
        for (int b = a; b < dof; ++b)
            outputs.push_back(derivative(momenta[a], dof + b));
    }
    for (int a = 0; a < dof; ++a) {
        for (int b = 0; b < dof; ++b)
            outputs.push_back(derivative(momenta[a], b));
    }
    return outputs;
}

LagrangianProgram LagrangianProgram::compile(const Expression& lagrangian,
                                             const SymbolTable& symbols)
{
    LagrangianProgram program;
    program.m_program = Program::compile(termExpressions(lagrangian, symbols), symbols);
    program.m_dof = symbols.dof();
    return program;
}

void LagrangianProgram::evaluate(const StateBatch& states, TermsBatch& out) const
{
    const int count = states.count;
    const auto size = [count](int rows) {
        return static_cast<std::size_t>(rows) * static_cast<std::size_t>(count);
    };
    out.count = count;
    out.dof = m_dof;
    out.value.resize(size(1));
    out.dq.resize(size(m_dof));
    out.dqd.resize(size(m_dof));
    out.hessian.resize(size(m_dof * m_dof));
    out.mixed.resize(size(m_dof * m_dof));

    std::vector<double*> outputs{out.value.data()};
    for (int j = 0; j < m_dof; ++j)
        outputs.push_back(out.dq.data() + size(j));
    for (int j = 0; j < m_dof; ++j)
        outputs.push_back(out.dqd.data() + size(j));
    for (int a = 0; a < m_dof; ++a) {
        for (int b = a; b < m_dof; ++b)
            outputs.push_back(out.hessian.data() + size(a * m_dof + b));
    }
    for (int a = 0; a < m_dof * m_dof; ++a)
        outputs.push_back(out.mixed.data() + size(a));
    m_program.evaluate(states, outputs.data());

    // H is symmetric: the lower triangle is a copy of the upper one.
    for (int a = 0; a < m_dof; ++a) {
        for (int b = 0; b < a; ++b)
            std::copy_n(out.hessian.data() + size(b * m_dof + a), count,
                        out.hessian.data() + size(a * m_dof + b));
    }
}

} // namespace lab::symbolic
