#pragma once

// LibTorch comes first: Qt's `slots` macro breaks LibTorch's headers when it is defined
// before them. Only core/lnn sources and the benchmark include this header.
#include <torch/torch.h>

#include "lnn/network.h"

#include <vector>

namespace lab {

/// Input derivatives of the network's L at a batch of states x = (q, qdot), B rows.
struct NetworkDerivatives
{
    torch::Tensor gradient;     ///< dL/dx, B x 2n
    torch::Tensor velocityRows; ///< d2L/(dqdot_i dx_j), B x n x 2n: columns [M | H]
};

struct LagrangianNetwork::Impl
{
    int dof = 0;
    NetworkSettings settings;
    torch::Dtype dtype = torch::kFloat32;
    std::vector<torch::Tensor> weights; ///< hidden layers then the output layer, (out x in)
    std::vector<torch::Tensor> biases;
    torch::Tensor mean;  ///< input normalisation, 2n
    torch::Tensor scale; ///< input normalisation, 2n

    std::vector<torch::Tensor> parameters() const;

    /// L at a batch of physical states x (B x 2n).
    torch::Tensor value(const torch::Tensor& x) const;

    /// Gradient and velocity rows of the Hessian of L with respect to the physical state,
    /// in closed form (no autograd pass is needed for them, but the result is differentiable
    /// with respect to the parameters by autograd, which training uses).
    NetworkDerivatives derivatives(const torch::Tensor& x) const;

    /// Euler-Lagrange accelerations for a batch, solving H qddot = dL/dq - M qdot without a
    /// conditioning check (training relies on the loss guard instead).
    torch::Tensor accelerations(const torch::Tensor& x) const;
};

/// Converts an Eigen matrix (rows = samples) into a tensor of the given type.
torch::Tensor toTensor(const Eigen::MatrixXd& matrix, torch::Dtype dtype);

/// Converts a 2-D tensor into an Eigen matrix of doubles.
Eigen::MatrixXd toMatrix(const torch::Tensor& tensor);

} // namespace lab
