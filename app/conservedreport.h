#pragma once

#include "modelsource.h"

#include "analysis/damping.h"
#include "analysis/noether.h"
#include "analysis/restoringfit.h"
#include "common/result.h"
#include "data/trajectory.h"

#include <QJsonObject>
#include <utility>
#include <vector>

namespace lab::cli {

/// Number of random states that the symmetry checks draw from a box of states.
inline constexpr int symmetryCheckStates = 2000;

/// The box that contains every state of the trajectory, widened on each side by a tenth of its
/// span and at least by 0.1, so that the symmetry checks also see states beside the motion.
std::pair<std::vector<Range>, std::vector<Range>> boxAround(const Trajectory& trajectory);

/// Checks the Lagrangian's symmetries on symmetryCheckStates states drawn from the box (seed 1).
Result<std::vector<ConservedQuantity>> checkSymmetries(const ModelSource& source,
                                                       const std::vector<Range>& positions,
                                                       const std::vector<Range>& velocities,
                                                       const NoetherSettings& settings);

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
