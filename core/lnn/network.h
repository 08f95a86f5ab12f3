#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"

#include <Eigen/Core>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace lab {

/// Smooth activation of the hidden layers. The Euler-Lagrange equations need second
/// derivatives of L, so piecewise-linear activations such as ReLU are not offered.
enum class Activation
{
    Softplus,
    Tanh
};

QString activationName(Activation activation);
std::optional<Activation> parseActivation(const QString& name);

/// Shape and number type of the multilayer perceptron L(q, qdot) -> scalar.
struct NetworkSettings
{
    int width = 128; ///< units per hidden layer
    int depth = 2;   ///< hidden layers
    Activation activation = Activation::Softplus;
    bool doublePrecision = false; ///< float64 instead of float32
};

/// A Lagrangian neural network (Cranmer et al., "Lagrangian Neural Networks",
/// arXiv:2003.04630): an MLP that maps the normalised state (q, qdot) to a scalar L.
/// Accelerations follow from the Euler-Lagrange equations, with the input gradient and
/// Hessian of the MLP computed in closed form in one forward pass (see network.cpp).
class LagrangianNetwork final : public Lagrangian
{
public:
    LagrangianNetwork(int dof, const NetworkSettings& settings, std::uint64_t seed);
    ~LagrangianNetwork() override;
    LagrangianNetwork(LagrangianNetwork&&) noexcept;
    LagrangianNetwork& operator=(LagrangianNetwork&&) noexcept;

    int dof() const override;
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override;

    const NetworkSettings& settings() const;

    /// Sets the input normalisation x_n = (x - mean) / scale for x = (q, qdot).
    void setNormalisation(const Eigen::VectorXd& mean, const Eigen::VectorXd& scale);
    Eigen::VectorXd normalisationMean() const;
    Eigen::VectorXd normalisationScale() const;

    /// Accelerations at many states (one row each). Fails with SingularHessian at the first
    /// state whose d2L/dqdot2 is singular or ill-conditioned.
    Result<Eigen::MatrixXd> accelerations(const Eigen::MatrixXd& q,
                                          const Eigen::MatrixXd& qd) const;

    /// A deep copy, e.g. for rollouts on another thread while training goes on.
    std::unique_ptr<LagrangianNetwork> clone() const;

    /// Copies the parameters (not the settings) of another network of the same shape.
    void copyParametersFrom(const LagrangianNetwork& other);

    struct Impl;
    Impl& impl();
    const Impl& impl() const;

private:
    std::unique_ptr<Impl> m_impl;
};

/// A trained network with the coordinates it was trained on and the run's metadata.
struct TrainedModel
{
    std::unique_ptr<LagrangianNetwork> network;
    std::vector<Coordinate> coordinates;
    QJsonObject metadata;
};

/// Writes model.json (architecture, normalisation, coordinates, metadata) and model.pt
/// (parameters) into directory, creating it if needed.
Status saveModel(const QString& directory, const LagrangianNetwork& network,
                 const std::vector<Coordinate>& coordinates, const QJsonObject& metadata = {});

/// Reads a model written by saveModel().
Result<TrainedModel> loadModel(const QString& directory);

} // namespace lab
