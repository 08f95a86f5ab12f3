#pragma once

#include "discovery/evaluator.h"
#include "discovery/genome.h"

#include <vector>

namespace lab::discovery {

/// Returns the terms that textbook Lagrangians are built from, in the grammar's operators: each
/// variable, each unary operator applied to a variable and, with *, each product of two variables.
/// With
/// *, - and cos, it adds qdot_i qdot_j cos(q_i - q_j) for each pair of coordinates (the
/// coupling of linked pendulums).
Genome termLibrary(const Grammar& grammar);

/// Genomes met by backward elimination, with the loss that each one reaches.
struct Elimination
{
    std::vector<Scored> path; ///< from the most terms to one term
    long long evaluations = 0;
};

/// Runs backward elimination, the stepwise regression that sparse model selection often uses.
/// It starts from the summands of `start` and the usable terms of `library`, removes one term
/// at a time and records each genome on the way. Each step removes the term whose removal
/// leaves the lowest log(loss) + parsimony * complexity. A law whose terms the search met only
/// as stand-ins (x^4 - x^2 for cos x) is thus found whenever its terms are in the library,
/// because the stand-ins leave first: the true terms explain the same motion without them.
Elimination eliminateTerms(const Genome& start, const Genome& library, double parsimony,
                           const Variation& variation, Evaluator& evaluator);

} // namespace lab::discovery
