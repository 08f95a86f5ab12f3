#pragma once

#include "discovery/evaluator.h"

#include <map>
#include <vector>

namespace lab::discovery {

/// The best few distinct candidates found at each complexity.
class HallOfFame
{
public:
    explicit HallOfFame(int perComplexity = 3) : m_perComplexity(perComplexity) {}

    /// Keeps the candidate if it is among the best at its complexity; returns whether it was
    /// kept as the new best.
    bool insert(const Scored& candidate);
    void merge(const HallOfFame& other);

    /// The best candidate at each complexity that beats every simpler one, by complexity.
    std::vector<Scored> front() const;

    /// Every kept candidate, by complexity and then loss.
    std::vector<Scored> all() const;

    double bestLoss() const;

private:
    int m_perComplexity;
    std::map<int, std::vector<Scored>> m_entries;
};

/// Whether two genomes hold the same terms in any order.
bool sameTerms(const Genome& a, const Genome& b);

/// The entries of `candidates` that no simpler entry matches or beats, by complexity. An entry
/// whose loss is within a relative 1e-9 of a simpler one's counts as matched.
std::vector<Scored> paretoFront(std::vector<Scored> candidates);

} // namespace lab::discovery
