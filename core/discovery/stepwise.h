#pragma once

#include "discovery/evaluator.h"
#include "discovery/genome.h"

#include <vector>

namespace lab::discovery {

/// Terms that textbook Lagrangians are built from, in the grammar's operators: each variable,
/// each unary operator applied to a variable, each product of two variables and, with cos
/// among the operators, qdot_i qdot_j cos(q_i - q_j) for each pair of coordinates (the
/// coupling of linked pendulums).
Genome termLibrary(const Grammar& grammar);

/// Genomes met by backward elimination, with the loss that each one reaches.
struct Elimination
{
    std::vector<Scored> path; ///< from the most terms to one term
    long long evaluations = 0;
};

/// Backward elimination, the stepwise regression that sparse model selection often uses:
/// starting from the summands of `start` together with the usable terms of `library`, it
/// removes one term at a time, always the one whose removal leaves the lowest
/// log(loss) + parsimony * complexity, and records each genome on the way. A law whose terms the search met only as stand-ins
/// (x^4 - x^2 for cos x) is thus found whenever its terms are in the library: the stand-ins
/// leave first, as the true terms explain the same motion without them.
Elimination eliminateTerms(const Genome& start, const Genome& library, double parsimony,
                           const Variation& variation, Evaluator& evaluator);

} // namespace lab::discovery
