#pragma once

#include "discovery/genome.h"

#include <random>
#include <vector>

namespace lab::discovery {

/// A number drawn uniformly from [0, 1).
inline double uniform(RandomEngine& random)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(random);
}

/// An index drawn uniformly from [0, size); size must be positive.
inline int randomIndex(RandomEngine& random, int size)
{
    return std::uniform_int_distribution<int>(0, size - 1)(random);
}

/// An element drawn uniformly from a non-empty vector.
template <class T>
const T& pick(const std::vector<T>& items, RandomEngine& random)
{
    return items[static_cast<std::size_t>(randomIndex(random, static_cast<int>(items.size())))];
}

} // namespace lab::discovery
