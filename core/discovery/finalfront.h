#pragma once

#include "discovery/halloffame.h"
#include "discovery/search.h"

#include <limits>

namespace lab::discovery {

/// A scored genome as a front entry whose expression is the raw sum sum_k c_k phi_k.
Candidate toCandidate(const Scored& scored, int dof);

/// Turns the search's hall of fame into the front that the user reads. The best candidates
/// are refitted on a larger sample set (coefficients by Levenberg-Marquardt, inner constants
/// tuned), and terms that do not lower the loss are pruned. Then the front is scored, the
/// default is picked, alternatives that the data cannot tell from the pick are added, and
/// each candidate is written in normal form.
/// With a finite `secondsLeft`, a candidate whose refit starts after that time only gets its
/// coefficients refitted, without tuning inner constants or pruning. The front's own entries
/// come first, so a time limit mostly trims the runners-up.
ParetoFront finishFront(const HallOfFame& hall, const MotionSamples& samples,
                        const symbolic::SymbolTable& symbols, const SearchSettings& settings,
                        int workers, double secondsLeft = std::numeric_limits<double>::infinity());

/// PySR's score of each front entry: -d log(loss) / d complexity against the next simpler
/// entry (0 for the simplest), and its pick: the highest score among the entries whose loss
/// is within 1.5 times the lowest (M. Cranmer, arXiv:2305.01582). When a noise floor is given
/// and the lowest loss exceeds systematicFactor times it, the error left is not noise, and
/// the pick is the highest score among all entries.
void scoreFront(std::vector<Candidate>& front, int& picked, double noiseFloor = 0.0);

/// Lowest loss, in multiples of the noise floor, above which the error left counts as
/// systematic: an effect that no candidate describes, such as damping.
inline constexpr double systematicFactor = 4.0;

/// The candidate sum_k c_k phi_k as the user reads it: products, squares and cubes of sums
/// multiplied out, like terms and numeric factors collected, constant terms and total
/// derivatives g(q_i) qdot_i dropped,
/// velocity-dependent terms first, constants to 6 significant digits.
symbolic::Expression readableForm(const Genome& terms, const std::vector<double>& coefficients,
                                  int dof);

/// Scale that brings sum_k c_k phi_k to the normal form: the coefficient of the first
/// velocity squared in the multiplied-out sum becomes 1/2, or, without such a term, the mean of
/// d2L/dqdot_0^2 at rest over the samples' positions becomes 1.
double normalScale(const Genome& terms, const std::vector<double>& coefficients,
                   const MotionSamples& samples, const symbolic::SymbolTable& symbols);

/// sum_k c_k phi_k with the coefficients rounded to `digits` significant digits, kinetic
/// (velocity-dependent) terms first.
symbolic::Expression sumOfTerms(const Genome& terms, const std::vector<double>& coefficients,
                                int dof, int digits);

} // namespace lab::discovery
