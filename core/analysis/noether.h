#pragma once

#include "common/result.h"
#include "data/trajectory.h"
#include "mechanics/lagrangian.h"
#include "mechanics/preset.h"

#include <Eigen/Core>
#include <QString>
#include <cstdint>
#include <vector>

namespace lab {

/// Symmetry of the Lagrangian behind a conserved quantity (Noether's theorem).
enum class SymmetryKind
{
    Cyclic,      ///< L does not depend on one coordinate q_i, so p_i is conserved
    Rotation,    ///< L is invariant when every planar pair rotates together about the origin
    Translation, ///< L is invariant when every planar pair moves together along x or along y
};

/// Two coordinates that are the x and y of one point in a plane.
struct PlanarPair
{
    int x = 0;
    int y = 1;
};

/// One term of a conserved quantity: coefficient * q_coordinate * p_momentum, where a
/// coordinate of -1 stands for the factor 1 and p_momentum = dL/dqdot_momentum.
struct MomentumTerm
{
    double coefficient = 1.0;
    int coordinate = -1;
    int momentum = 0;
};

/// A candidate conserved quantity Q = sum over its terms, and how closely its symmetry holds.
/// For example a rotation over the pair (0, 1) has the terms +1 q0 p1 and -1 q1 p0, that is
/// x p_y - y p_x.
struct ConservedQuantity
{
    QString name; ///< e.g. "p_theta", "angular momentum", "momentum x"
    SymmetryKind kind = SymmetryKind::Cyclic;
    std::vector<MomentumTerm> terms;
    double violation = 0.0; ///< relative violation of the symmetry, see findConservedQuantities()
    bool conserved = false; ///< the violation is at most the tolerance
};

/// Tolerance and planar pairs for findConservedQuantities().
struct NoetherSettings
{
    double tolerance = 1e-6;             ///< largest relative violation that counts as a symmetry
    std::vector<PlanarPair> planarPairs; ///< empty: no rotation or translation candidates
};

/// Checks the symmetries of the Lagrangian on a set of states (rows of q and qd) and returns
/// every candidate with its violation: one Cyclic candidate per coordinate, and with planar
/// pairs one Rotation and two Translation (x, y) candidates.
///
/// A candidate is an infinitesimal transformation (dq, dqdot) of every state: the unit vector
/// of q_i for Cyclic; dx = -y, dy = x, dxdot = -ydot, dydot = xdot on every pair for
/// Rotation; dx = 1 (or dy = 1) on every pair for Translation. Its change of L is
/// dL = dL/dq . dq + dL/dqdot . dqdot. The violation is max |dL| over the states divided by
/// G * R, where G is the RMS over the states of the norm of the gradient (dL/dq, dL/dqdot) and
/// R the RMS of the norm of (dq, dqdot): a scale-free measure, 0 for an exact symmetry.
/// `coordinates` names the coordinates in the results (may be empty: "q1", "q2", ...).
/// Errors: InvalidParameter with text "states" when the states' sizes disagree with the
/// Lagrangian or no state is given. InvalidParameter with text "planar pair" and the
/// coordinate as value when a pair names a coordinate outside the Lagrangian or one coordinate
/// is used twice. NotPositive with text "tolerance" when the tolerance is not above 0.
Result<std::vector<ConservedQuantity>>
findConservedQuantities(const Lagrangian& lagrangian, const Eigen::MatrixXd& q,
                        const Eigen::MatrixXd& qd, const NoetherSettings& settings,
                        const std::vector<Coordinate>& coordinates = {});

/// Evaluates the quantity at positions q with canonical momenta p.
double evaluateQuantity(const ConservedQuantity& quantity, const Eigen::VectorXd& q,
                        const Eigen::VectorXd& p);

/// Evaluates the quantity at every sample of the trajectory, with p = dL/dqdot.
Eigen::VectorXd quantitySeries(const ConservedQuantity& quantity, const Lagrangian& lagrangian,
                               const Trajectory& trajectory);

/// Draws `count` states uniformly from the ranges, one position and one velocity range per
/// coordinate, from the given seed so that a check can be repeated. Returns q and qd with one
/// row per state and one column per coordinate (the shorter list of ranges sets the columns).
std::pair<Eigen::MatrixXd, Eigen::MatrixXd> sampleStates(const std::vector<Range>& positions,
                                                         const std::vector<Range>& velocities,
                                                         int count, std::uint64_t seed);

} // namespace lab
