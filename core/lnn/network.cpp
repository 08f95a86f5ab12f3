#include "lnn/networkimpl.h"

#include "mechanics/eulerlagrange.h"

#include <ATen/CPUGeneratorImpl.h>
#include <cmath>

namespace lab {

namespace {

/// Activation a(z) with its first and second derivatives.
struct ActivationValues
{
    torch::Tensor value;
    torch::Tensor first;
    torch::Tensor second;
};

ActivationValues activate(Activation activation, const torch::Tensor& z)
{
    if (activation == Activation::Tanh) {
        const torch::Tensor t = torch::tanh(z);
        const torch::Tensor slope = 1.0 - t * t;
        return {t, slope, -2.0 * t * slope};
    }
    // softplus(z) = log(1 + e^z); its derivative is the logistic sigmoid s, and s' = s(1 - s).
    const torch::Tensor s = torch::sigmoid(z);
    return {torch::nn::functional::softplus(z), s, s * (1.0 - s)};
}

/// Velocity rows of Jz^T diag(curvature) Jz for one layer: B x n x 2n.
torch::Tensor curvatureTerm(size_t layer, const torch::Tensor& curvature,
                            const torch::Tensor& firstJacobian,
                            const std::vector<torch::Tensor>& jacobians, int64_t n)
{
    const int64_t batch = curvature.size(0);
    if (layer == 0) {
        // table[k, i * 2n + j] = J[n + i, k] * J[j, k] for the shared first-layer Jacobian J.
        const torch::Tensor velocity = firstJacobian.slice(0, n, 2 * n);
        const torch::Tensor table =
            (velocity.unsqueeze(1) * firstJacobian.unsqueeze(0)).reshape({n * 2 * n, -1}).t();
        return torch::mm(curvature, table).view({batch, n, 2 * n});
    }
    // Elementwise products summed over the width beat a batched product of tiny matrices.
    const torch::Tensor& jacobian = jacobians[layer];
    const torch::Tensor weighted = jacobian.slice(1, n, 2 * n) * curvature.unsqueeze(1);
    return (weighted.unsqueeze(2) * jacobian.unsqueeze(1)).sum(3);
}

} // namespace

QString activationName(Activation activation)
{
    return activation == Activation::Tanh ? QStringLiteral("tanh") : QStringLiteral("softplus");
}

std::optional<Activation> parseActivation(const QString& name)
{
    if (name.compare(QLatin1String("softplus"), Qt::CaseInsensitive) == 0)
        return Activation::Softplus;
    if (name.compare(QLatin1String("tanh"), Qt::CaseInsensitive) == 0)
        return Activation::Tanh;
    return std::nullopt;
}

torch::Tensor toTensor(const Eigen::MatrixXd& matrix, torch::Dtype dtype)
{
    // Eigen stores column-major; a row-major copy matches the tensor's layout.
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = matrix;
    return torch::from_blob(const_cast<double*>(rows.data()), {rows.rows(), rows.cols()},
                            torch::kFloat64)
        .to(dtype)
        .clone();
}

Eigen::MatrixXd toMatrix(const torch::Tensor& tensor)
{
    const torch::Tensor values = tensor.detach().to(torch::kFloat64).contiguous();
    const auto rows = values.size(0);
    const auto cols = values.dim() > 1 ? values.size(1) : 1;
    return Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        values.data_ptr<double>(), rows, cols);
}

std::vector<torch::Tensor> LagrangianNetwork::Impl::parameters() const
{
    std::vector<torch::Tensor> all;
    for (size_t i = 0; i < weights.size(); ++i) {
        all.push_back(weights[i]);
        all.push_back(biases[i]);
    }
    return all;
}

torch::Tensor LagrangianNetwork::Impl::value(const torch::Tensor& x) const
{
    torch::Tensor h = (x - mean) / scale;
    const size_t hidden = weights.size() - 1;
    for (size_t l = 0; l < hidden; ++l)
        h = activate(settings.activation, torch::addmm(biases[l], h, weights[l].t())).value;
    return torch::addmm(biases[hidden], h, weights[hidden].t()).squeeze(1);
}

// For z_l = W_l h_(l-1) + b_l and h_l = a(z_l), the input Hessian of L is
//   d2L/dx2 = sum_l Jz_l^T diag(delta_l * a''(z_l)) Jz_l,
// where Jz_l = dz_l/dx (forward Jacobians) and delta_l = dL/dh_l (reverse adjoints), because
// the affine maps contribute no curvature. Only the velocity rows of it are formed.
// The Jacobians are kept transposed (B x 2n x width), so that each layer's product with W_l^T
// is one matrix product over all B * 2n rows. The first layer's Jacobian is the same for every
// sample, so its term is one product of the curvatures with a fixed width x (n * 2n) table.
NetworkDerivatives LagrangianNetwork::Impl::derivatives(const torch::Tensor& x) const
{
    const int64_t batch = x.size(0);
    const int64_t n = dof;
    const size_t hidden = weights.size() - 1;
    const torch::Tensor inverseScale = 1.0 / scale;
    const torch::Tensor firstJacobian = (weights[0] * inverseScale).t(); // 2n x width

    std::vector<ActivationValues> activations;
    std::vector<torch::Tensor> jacobians{torch::Tensor()}; // Jz_l^T for l >= 1, B x 2n x width
    torch::Tensor h = (x - mean) * inverseScale;
    torch::Tensor hiddenJacobian;
    for (size_t l = 0; l < hidden; ++l) {
        activations.push_back(
            activate(settings.activation, torch::addmm(biases[l], h, weights[l].t())));
        if (l > 0) {
            const int64_t width = weights[l].size(0);
            jacobians.push_back(
                torch::mm(hiddenJacobian.reshape({batch * 2 * n, -1}), weights[l].t())
                    .view({batch, 2 * n, width}));
        }
        const torch::Tensor& jz = l == 0 ? firstJacobian : jacobians[l];
        hiddenJacobian = jz * activations.back().first.unsqueeze(-2);
        h = activations.back().value;
    }

    NetworkDerivatives result;
    torch::Tensor delta = weights[hidden].expand({batch, -1}); // dL/dh of the last hidden layer
    result.velocityRows = torch::zeros({batch, n, 2 * n}, x.options());
    for (size_t l = hidden; l-- > 0;) {
        const torch::Tensor curvature = delta * activations[l].second;
        result.velocityRows =
            result.velocityRows + curvatureTerm(l, curvature, firstJacobian, jacobians, n);
        delta = torch::mm(delta * activations[l].first, weights[l]);
    }
    result.gradient = delta * inverseScale;
    return result;
}

torch::Tensor LagrangianNetwork::Impl::accelerations(const torch::Tensor& x) const
{
    const int64_t n = dof;
    const NetworkDerivatives d = derivatives(x);
    const torch::Tensor qd = x.slice(1, n, 2 * n);
    const torch::Tensor mixed = d.velocityRows.slice(2, 0, n);
    const torch::Tensor hessian = d.velocityRows.slice(2, n, 2 * n);
    const torch::Tensor rhs =
        d.gradient.slice(1, 0, n) - torch::bmm(mixed, qd.unsqueeze(2)).squeeze(2);

    if (n == 1)
        return rhs / hessian.squeeze(2);
    if (n == 2) {
        // Cramer's rule: cheaper than a batched LU solve for 2 x 2 systems.
        const torch::Tensor h00 = hessian.select(1, 0).select(1, 0);
        const torch::Tensor h01 = hessian.select(1, 0).select(1, 1);
        const torch::Tensor h10 = hessian.select(1, 1).select(1, 0);
        const torch::Tensor h11 = hessian.select(1, 1).select(1, 1);
        const torch::Tensor r0 = rhs.select(1, 0);
        const torch::Tensor r1 = rhs.select(1, 1);
        const torch::Tensor det = h00 * h11 - h01 * h10;
        return torch::stack({(h11 * r0 - h01 * r1) / det, (h00 * r1 - h10 * r0) / det}, 1);
    }
    return torch::linalg_solve(hessian, rhs.unsqueeze(2)).squeeze(2);
}

LagrangianNetwork::LagrangianNetwork(int dof, const NetworkSettings& settings, std::uint64_t seed)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->dof = dof;
    m_impl->settings = settings;
    m_impl->dtype = settings.doublePrecision ? torch::kFloat64 : torch::kFloat32;
    const auto options = torch::TensorOptions().dtype(m_impl->dtype);

    // Uniform initialisation in +-1/sqrt(fan_in), the default of torch.nn.Linear, drawn from
    // a generator of our own so that the seed alone fixes the network.
    at::Generator generator = at::detail::createCPUGenerator(seed);
    int64_t fanIn = 2 * dof;
    for (int l = 0; l <= settings.depth; ++l) {
        const int64_t fanOut = l == settings.depth ? 1 : settings.width;
        const double bound = 1.0 / std::sqrt(static_cast<double>(fanIn));
        m_impl->weights.push_back(
            ((torch::rand({fanOut, fanIn}, generator, options) * 2.0 - 1.0) * bound)
                .requires_grad_(true));
        m_impl->biases.push_back(
            ((torch::rand({fanOut}, generator, options) * 2.0 - 1.0) * bound).requires_grad_(true));
        fanIn = fanOut;
    }
    m_impl->mean = torch::zeros({2 * dof}, options);
    m_impl->scale = torch::ones({2 * dof}, options);
}

LagrangianNetwork::~LagrangianNetwork() = default;
LagrangianNetwork::LagrangianNetwork(LagrangianNetwork&&) noexcept = default;
LagrangianNetwork& LagrangianNetwork::operator=(LagrangianNetwork&&) noexcept = default;

int LagrangianNetwork::dof() const
{
    return m_impl->dof;
}

const NetworkSettings& LagrangianNetwork::settings() const
{
    return m_impl->settings;
}

LagrangianNetwork::Impl& LagrangianNetwork::impl()
{
    return *m_impl;
}

const LagrangianNetwork::Impl& LagrangianNetwork::impl() const
{
    return *m_impl;
}

void LagrangianNetwork::setNormalisation(const Eigen::VectorXd& mean, const Eigen::VectorXd& scale)
{
    m_impl->mean = toTensor(mean.transpose(), m_impl->dtype).squeeze(0);
    m_impl->scale = toTensor(scale.transpose(), m_impl->dtype).squeeze(0);
}

Eigen::VectorXd LagrangianNetwork::normalisationMean() const
{
    return toMatrix(m_impl->mean.unsqueeze(1));
}

Eigen::VectorXd LagrangianNetwork::normalisationScale() const
{
    return toMatrix(m_impl->scale.unsqueeze(1));
}

LagrangianTerms LagrangianNetwork::terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const
{
    torch::NoGradGuard noGrad;
    const int n = m_impl->dof;
    Eigen::MatrixXd state(1, 2 * n);
    state << q.transpose(), qd.transpose();
    const torch::Tensor x = toTensor(state, m_impl->dtype);

    const NetworkDerivatives d = m_impl->derivatives(x);
    const Eigen::MatrixXd gradient = toMatrix(d.gradient);
    const Eigen::MatrixXd rows = toMatrix(d.velocityRows.squeeze(0));

    LagrangianTerms terms;
    terms.value = m_impl->value(x).item<double>();
    terms.dq = gradient.row(0).head(n).transpose();
    terms.dqd = gradient.row(0).tail(n).transpose();
    terms.mixed = rows.leftCols(n);
    terms.hessian = rows.rightCols(n);
    return terms;
}

Result<Eigen::MatrixXd> LagrangianNetwork::accelerations(const Eigen::MatrixXd& q,
                                                         const Eigen::MatrixXd& qd) const
{
    torch::NoGradGuard noGrad;
    const int n = m_impl->dof;
    Eigen::MatrixXd state(q.rows(), 2 * n);
    state << q, qd;
    const NetworkDerivatives d = m_impl->derivatives(toTensor(state, m_impl->dtype));
    const Eigen::MatrixXd gradient = toMatrix(d.gradient);
    const Eigen::MatrixXd rows = toMatrix(d.velocityRows.reshape({q.rows() * n, 2 * n}));

    Eigen::MatrixXd result(q.rows(), n);
    for (Eigen::Index i = 0; i < q.rows(); ++i) {
        LagrangianTerms terms;
        terms.dq = gradient.row(i).head(n).transpose();
        terms.mixed = rows.block(i * n, 0, n, n);
        terms.hessian = rows.block(i * n, n, n, n);
        Result<Eigen::VectorXd> a = solveAccelerations(terms, qd.row(i).transpose());
        if (!a.ok())
            return a.error();
        result.row(i) = a->transpose();
    }
    return result;
}

std::unique_ptr<LagrangianNetwork> LagrangianNetwork::clone() const
{
    auto copy = std::make_unique<LagrangianNetwork>(m_impl->dof, m_impl->settings, 0);
    copy->copyParametersFrom(*this);
    copy->m_impl->mean = m_impl->mean.clone();
    copy->m_impl->scale = m_impl->scale.clone();
    return copy;
}

void LagrangianNetwork::copyParametersFrom(const LagrangianNetwork& other)
{
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < m_impl->weights.size(); ++i) {
        m_impl->weights[i].copy_(other.m_impl->weights[i]);
        m_impl->biases[i].copy_(other.m_impl->biases[i]);
    }
}

} // namespace lab
