#include "discovery/halloffame.h"

#include <algorithm>
#include <limits>

namespace lab::discovery {

bool sameTerms(const Genome& a, const Genome& b)
{
    if (a.size() != b.size())
        return false;
    return std::ranges::all_of(a, [&b](const symbolic::Expression& term) {
        return std::find(b.begin(), b.end(), term) != b.end();
    });
}

bool HallOfFame::insert(const Scored& candidate)
{
    if (!candidate.valid)
        return false;

    std::vector<Scored>& entries = m_entries[candidate.complexity];
    for (Scored& entry : entries) {
        if (!sameTerms(entry.terms, candidate.terms))
            continue;
        if (candidate.loss >= entry.loss)
            return false;
        entry = candidate;
        std::sort(entries.begin(), entries.end(),
                  [](const Scored& a, const Scored& b) { return a.loss < b.loss; });
        return entries.front().loss == candidate.loss;
    }

    entries.push_back(candidate);
    std::sort(entries.begin(), entries.end(),
              [](const Scored& a, const Scored& b) { return a.loss < b.loss; });
    if (static_cast<int>(entries.size()) > m_perComplexity)
        entries.resize(static_cast<std::size_t>(m_perComplexity));
    return entries.front().loss == candidate.loss;
}

void HallOfFame::merge(const HallOfFame& other)
{
    for (const auto& [complexity, entries] : other.m_entries) {
        for (const Scored& entry : entries)
            insert(entry);
    }
}

std::vector<Scored> HallOfFame::all() const
{
    std::vector<Scored> result;
    for (const auto& [complexity, entries] : m_entries)
        result.insert(result.end(), entries.begin(), entries.end());
    return result;
}

std::vector<Scored> HallOfFame::front() const
{
    std::vector<Scored> best;
    for (const auto& [complexity, entries] : m_entries) {
        if (!entries.empty())
            best.push_back(entries.front());
    }
    return paretoFront(std::move(best));
}

double HallOfFame::bestLoss() const
{
    double best = std::numeric_limits<double>::infinity();
    for (const auto& [complexity, entries] : m_entries) {
        if (!entries.empty())
            best = std::min(best, entries.front().loss);
    }
    return best;
}

namespace {

/// Relative loss reduction that a more complex candidate needs to join the front. Rewritings
/// of the same function, such as cos(a - b) and cos(b - a), differ only by rounding.
constexpr double minFrontGain = 1e-9;

} // namespace

std::vector<Scored> paretoFront(std::vector<Scored> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Scored& a, const Scored& b) {
        return a.complexity != b.complexity ? a.complexity < b.complexity : a.loss < b.loss;
    });
    std::vector<Scored> front;
    double best = std::numeric_limits<double>::infinity();
    for (const Scored& candidate : candidates) {
        if (candidate.valid && candidate.loss < (1.0 - minFrontGain) * best) {
            front.push_back(candidate);
            best = candidate.loss;
        }
    }
    return front;
}

} // namespace lab::discovery
