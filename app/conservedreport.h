#pragma once

#include "modelsource.h"

#include "analysis/damping.h"
#include "analysis/noether.h"
#include "analysis/restoringfit.h"
#include "common/result.h"
#include "data/trajectory.h"

#include <QJsonObject>
#include <optional>
#include <utility>
#include <vector>

namespace lab::cli {

/// Number of random states that the symmetry checks draw from a box of states.
inline constexpr int symmetryCheckStates = 2000;

/// The box that contains every state of the trajectory, widened on each side by a tenth of its
/// span and at least by 0.1, so that the symmetry checks also see states beside the motion.
std::pair<std::vector<Range>, std::vector<Range>> boxAround(const Trajectory& trajectory);

/// Minimum number of states with a finite Lagrangian that a symmetry check accepts.
inline constexpr int minimumCheckedStates = 100;

/// The outcome of checkSymmetries().
struct SymmetryCheck
{
    std::vector<ConservedQuantity> quantities;
    int states = 0; ///< states on which L and its derivatives are finite, the ones checked
};

/// Checks the Lagrangian's symmetries on symmetryCheckStates states drawn from the box
/// (seed 1), leaving out states where L or its gradient is not finite, such as the origin of
/// 1/r. Sets message and returns nothing when fewer than minimumCheckedStates remain or the
/// check fails.
std::optional<SymmetryCheck> checkSymmetries(const ModelSource& source,
                                             const std::vector<Range>& positions,
                                             const std::vector<Range>& velocities,
                                             const NoetherSettings& settings, QString& message);

/// The conserved quantities and the energy as JSON: "energy" (SymPy or null), "conserved"
/// (name, kind, sympy, violation), "not_conserved" (name, kind, violation).
QJsonObject describeQuantities(const ModelSource& source,
                               const std::vector<ConservedQuantity>& quantities);

/// The energy loss, the damping fit and a statement about the conservative model, as JSON.
/// `formula` is the model's Lagrangian in SymPy notation.
QJsonObject describeDamping(const DampingAnalysis& analysis, const QString& formula);

/// The fitted default model, as JSON: its formula, stiffness and the fit's own figures.
QJsonObject describeRestoringFit(const RestoringFit& fit);

} // namespace lab::cli
