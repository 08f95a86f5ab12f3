#include "symbolic/expressionlagrangian.h"

#include <utility>

namespace lab::symbolic {

ExpressionLagrangian::ExpressionLagrangian(Expression expression, SymbolTable symbols)
    : m_expression(std::move(expression)), m_symbols(std::move(symbols)),
      m_program(LagrangianProgram::compile(m_expression, m_symbols))
{}

int ExpressionLagrangian::dof() const
{
    return m_symbols.dof();
}

LagrangianTerms ExpressionLagrangian::terms(const Eigen::VectorXd& q,
                                            const Eigen::VectorXd& qd) const
{
    const int n = dof();
    Q_ASSERT(q.size() == n && qd.size() == n);
    Eigen::VectorXd state(2 * n);
    state << q, qd;

    // A batch of one state: variable v of the batch is state[v].
    const StateBatch batch{.count = 1, .variableCount = 2 * n, .data = state.data()};
    TermsBatch batchTerms;
    m_program.evaluate(batch, batchTerms);

    LagrangianTerms terms;
    terms.value = batchTerms.value[0];
    terms.dq = Eigen::Map<const Eigen::VectorXd>(batchTerms.dq.data(), n);
    terms.dqd = Eigen::Map<const Eigen::VectorXd>(batchTerms.dqd.data(), n);
    // TermsBatch stores H and M row by row, Eigen's default storage is column-major.
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    terms.hessian = Eigen::Map<const RowMajor>(batchTerms.hessian.data(), n, n);
    terms.mixed = Eigen::Map<const RowMajor>(batchTerms.mixed.data(), n, n);
    return terms;
}

} // namespace lab::symbolic
