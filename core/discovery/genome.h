#pragma once

#include "symbolic/expression.h"

#include <cstdint>
#include <random>
#include <vector>

namespace lab::discovery {

/// The operators that the search may use, and how large its terms may grow.
struct Grammar
{
    Grammar(); ///< the default operators: + - * / square cube sin cos sqrt

    int dof = 1;
    std::vector<symbolic::Operator> unaryOperators;
    std::vector<symbolic::Operator> binaryOperators;
    int maxTermComplexity = 14; ///< nodes per term
    int maxTerms = 7;           ///< terms per candidate
};

/// A candidate Lagrangian as a list of terms phi_k. Its coefficients c_k are not part of
/// the genome: a linear fit sets them, so the search only proposes the terms.
using Genome = std::vector<symbolic::Expression>;

using RandomEngine = std::mt19937_64;

/// Random terms and the variation operators of the genetic programming search.
class Variation
{
public:
    explicit Variation(Grammar grammar);

    const Grammar& grammar() const { return m_grammar; }

    /// A random term grown to at most `depth` levels.
    symbolic::Expression randomTerm(RandomEngine& random, int depth) const;

    /// A term shaped like kinetic energy: a velocity squared, a product of two velocities,
    /// or either times a function of a coordinate.
    symbolic::Expression randomKineticTerm(RandomEngine& random) const;

    /// A simple term: a function of one variable (sin q, cos q, q^2, ...), a variable, or a
    /// product of two variables. Most terms of textbook Lagrangians have this form, so the
    /// search proposes such terms often.
    symbolic::Expression randomSimpleTerm(RandomEngine& random) const;

    /// A new term for a genome: kinetic, simple or random.
    symbolic::Expression randomNewTerm(RandomEngine& random) const;

    /// A random starting genome: one kinetic term per velocity and one or two random terms.
    Genome randomGenome(RandomEngine& random) const;

    /// One random mutation: replace, add or remove a term, or change, insert, delete or
    /// regrow a node, or perturb a constant.
    Genome mutate(const Genome& parent, RandomEngine& random) const;

    /// Crossover of two parents: swaps terms, or subtrees between two terms.
    Genome crossover(const Genome& first, const Genome& second, RandomEngine& random) const;

    /// Brings a genome to its canonical form: terms simplified, top-level sums split into
    /// terms, leading constant factors and signs dropped (a fit sets the coefficients), terms
    /// without a variable, duplicates and terms above the size limit removed.
    Genome canonical(const Genome& genome) const;

    /// Returns the genome's terms multiplied out and split into their summands, each without its
    /// constant factor, with no limit on their number: (x_dot - x^2)^2 gives x_dot^2,
    /// x^2 x_dot and x^4.
    Genome expandedTerms(const Genome& genome) const;

private:
    Genome splitTerms(const Genome& genome) const;
    symbolic::Expression randomLeaf(RandomEngine& random) const;
    symbolic::Expression mutateNode(const symbolic::Expression& term, RandomEngine& random) const;
    symbolic::Expression insertNode(const symbolic::Expression& term, RandomEngine& random) const;
    symbolic::Expression deleteNode(const symbolic::Expression& term, RandomEngine& random) const;
    symbolic::Expression regrowNode(const symbolic::Expression& term, RandomEngine& random) const;
    symbolic::Expression perturbConstant(const symbolic::Expression& term,
                                         RandomEngine& random) const;

    Grammar m_grammar;
};

/// Node of a tree by its pre-order index (0 is the root).
symbolic::Expression nodeAt(const symbolic::Expression& tree, int index);

/// The tree with the node at a pre-order index replaced.
symbolic::Expression replaceNode(const symbolic::Expression& tree, int index,
                                 const symbolic::Expression& replacement);

/// Number of Constant leaves of a tree.
int constantCount(const symbolic::Expression& tree);

/// Collects the values of the Constant leaves in pre-order.
void collectConstants(const symbolic::Expression& tree, std::vector<double>& values);

/// The tree with its Constant leaves set, in pre-order, from `values` starting at `next`.
/// The terms with their Constant leaves set from `values`, in the pre-order of
/// collectConstants() over the terms one after another.
Genome withConstantValues(const Genome& terms, const std::vector<double>& values);

symbolic::Expression withConstants(const symbolic::Expression& tree,
                                   const std::vector<double>& values, std::size_t& next);

} // namespace lab::discovery
