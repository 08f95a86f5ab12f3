#include "analysis/noether.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace lab {

namespace {

Error invalidPair(int coordinate)
{
    return Error{.kind = ErrorKind::InvalidParameter,
                 .text = QStringLiteral("planar pair"),
                 .value = double(coordinate)};
}

Status validateInput(const Lagrangian& lagrangian, const Eigen::MatrixXd& q,
                     const Eigen::MatrixXd& qd, const NoetherSettings& settings)
{
    const int dof = lagrangian.dof();
    if (q.rows() == 0 || q.rows() != qd.rows() || q.cols() != dof || qd.cols() != dof)
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("states"),
                     .value = double(q.cols())};
    if (!(settings.tolerance > 0.0))
        return Error{.kind = ErrorKind::NotPositive,
                     .text = QStringLiteral("tolerance"),
                     .value = settings.tolerance};

    std::vector<bool> used(static_cast<size_t>(dof), false);
    for (const PlanarPair& pair : settings.planarPairs) {
        for (const int coordinate : {pair.x, pair.y}) {
            if (coordinate < 0 || coordinate >= dof || used[static_cast<size_t>(coordinate)])
                return invalidPair(coordinate);
            used[static_cast<size_t>(coordinate)] = true;
        }
    }
    return Success{};
}

QString coordinateName(const std::vector<Coordinate>& coordinates, int index)
{
    if (index < static_cast<int>(coordinates.size()) && !coordinates[index].name.isEmpty())
        return coordinates[index].name;
    return QStringLiteral("q%1").arg(index + 1);
}

/// The candidates: one per coordinate, then rotation and translations over the pairs.
std::vector<ConservedQuantity> candidates(int dof, const std::vector<PlanarPair>& pairs,
                                          const std::vector<Coordinate>& coordinates)
{
    std::vector<ConservedQuantity> list;
    list.reserve(static_cast<size_t>(dof) + (pairs.empty() ? 0 : 3));
    for (int i = 0; i < dof; ++i)
        list.push_back({.name = QStringLiteral("p_") + coordinateName(coordinates, i),
                        .kind = SymmetryKind::Cyclic,
                        .terms = {{.coefficient = 1.0, .coordinate = -1, .momentum = i}}});
    if (pairs.empty())
        return list;

    ConservedQuantity rotation{.name = QStringLiteral("angular momentum"),
                               .kind = SymmetryKind::Rotation};
    ConservedQuantity alongX{.name = QStringLiteral("momentum x"),
                             .kind = SymmetryKind::Translation};
    ConservedQuantity alongY{.name = QStringLiteral("momentum y"),
                             .kind = SymmetryKind::Translation};
    for (const PlanarPair& pair : pairs) {
        rotation.terms.push_back({.coefficient = 1.0, .coordinate = pair.x, .momentum = pair.y});
        rotation.terms.push_back({.coefficient = -1.0, .coordinate = pair.y, .momentum = pair.x});
        alongX.terms.push_back({.coefficient = 1.0, .coordinate = -1, .momentum = pair.x});
        alongY.terms.push_back({.coefficient = 1.0, .coordinate = -1, .momentum = pair.y});
    }
    list.push_back(rotation);
    list.push_back(alongX);
    list.push_back(alongY);
    return list;
}

/// The transformation that generates Q = sum c q_a p_b: dq_b = sum c q_a (c alone when a is
/// -1) and, differentiating in time, dqdot_b = sum c qdot_a.
void generator(const ConservedQuantity& quantity, const Eigen::VectorXd& q,
               const Eigen::VectorXd& qd, Eigen::VectorXd& dq, Eigen::VectorXd& dqd)
{
    dq.setZero(q.size());
    dqd.setZero(q.size());
    for (const MomentumTerm& term : quantity.terms) {
        dq[term.momentum] += term.coefficient * (term.coordinate < 0 ? 1.0 : q[term.coordinate]);
        if (term.coordinate >= 0)
            dqd[term.momentum] += term.coefficient * qd[term.coordinate];
    }
}

/// Violation of the quantity's symmetry, as defined at findConservedQuantities().
double measureViolation(const ConservedQuantity& quantity, const Eigen::MatrixXd& q,
                        const Eigen::MatrixXd& qd, const std::vector<LagrangianTerms>& terms,
                        double gradientScale)
{
    double largestChange = 0.0;
    double generatorSquares = 0.0;
    Eigen::VectorXd dq;
    Eigen::VectorXd dqd;
    for (Eigen::Index s = 0; s < q.rows(); ++s) {
        generator(quantity, q.row(s).transpose(), qd.row(s).transpose(), dq, dqd);
        const double change = terms[s].dq.dot(dq) + terms[s].dqd.dot(dqd);
        largestChange = std::max(largestChange, std::abs(change));
        if (!std::isfinite(change))
            largestChange = std::numeric_limits<double>::infinity();
        generatorSquares += dq.squaredNorm() + dqd.squaredNorm();
    }
    if (largestChange == 0.0)
        return 0.0;
    const double generatorScale = std::sqrt(generatorSquares / double(q.rows()));
    const double denominator = gradientScale * generatorScale;
    if (!(denominator > 0.0))
        return std::numeric_limits<double>::infinity();
    return largestChange / denominator;
}

} // namespace

Result<std::vector<ConservedQuantity>>
findConservedQuantities(const Lagrangian& lagrangian, const Eigen::MatrixXd& q,
                        const Eigen::MatrixXd& qd, const NoetherSettings& settings,
                        const std::vector<Coordinate>& coordinates)
{
    const Status valid = validateInput(lagrangian, q, qd, settings);
    if (!valid.ok())
        return valid.error();

    std::vector<LagrangianTerms> terms;
    terms.reserve(static_cast<size_t>(q.rows()));
    double gradientSquares = 0.0;
    for (Eigen::Index s = 0; s < q.rows(); ++s) {
        terms.push_back(lagrangian.terms(q.row(s).transpose(), qd.row(s).transpose()));
        gradientSquares += terms.back().dq.squaredNorm() + terms.back().dqd.squaredNorm();
    }
    const double gradientScale = std::sqrt(gradientSquares / double(q.rows()));

    std::vector<ConservedQuantity> quantities =
        candidates(lagrangian.dof(), settings.planarPairs, coordinates);
    for (ConservedQuantity& quantity : quantities) {
        quantity.violation = measureViolation(quantity, q, qd, terms, gradientScale);
        quantity.conserved = quantity.violation <= settings.tolerance;
    }
    return quantities;
}

double evaluateQuantity(const ConservedQuantity& quantity, const Eigen::VectorXd& q,
                        const Eigen::VectorXd& p)
{
    double value = 0.0;
    for (const MomentumTerm& term : quantity.terms)
        value +=
            term.coefficient * (term.coordinate < 0 ? 1.0 : q[term.coordinate]) * p[term.momentum];
    return value;
}

Eigen::VectorXd quantitySeries(const ConservedQuantity& quantity, const Lagrangian& lagrangian,
                               const Trajectory& trajectory)
{
    Eigen::VectorXd values(trajectory.samples());
    for (int i = 0; i < trajectory.samples(); ++i) {
        const Eigen::VectorXd q = trajectory.q.row(i).transpose();
        const LagrangianTerms terms = lagrangian.terms(q, trajectory.qd.row(i).transpose());
        values[i] = evaluateQuantity(quantity, q, terms.dqd);
    }
    return values;
}

std::pair<Eigen::MatrixXd, Eigen::MatrixXd> sampleStates(const std::vector<Range>& positions,
                                                         const std::vector<Range>& velocities,
                                                         int count, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    const auto dof = static_cast<Eigen::Index>(std::min(positions.size(), velocities.size()));
    count = std::max(count, 0);
    Eigen::MatrixXd q(count, dof);
    Eigen::MatrixXd qd(count, dof);
    for (int s = 0; s < count; ++s) {
        for (Eigen::Index j = 0; j < dof; ++j) {
            std::uniform_real_distribution<double> position(positions[j].low, positions[j].high);
            std::uniform_real_distribution<double> velocity(velocities[j].low, velocities[j].high);
            q(s, j) = position(random);
            qd(s, j) = velocity(random);
        }
    }
    return {q, qd};
}

} // namespace lab
