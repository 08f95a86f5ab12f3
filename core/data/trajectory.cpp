#include "data/trajectory.h"

#include <algorithm>
#include <cmath>

namespace lab {

Trajectory Trajectory::slice(int first, int count) const
{
    Trajectory part;
    part.t = t.segment(first, count);
    part.q = q.middleRows(first, count);
    part.qd = qd.middleRows(first, count);
    part.qdd = qdd.middleRows(first, count);
    return part;
}

int Dataset::trainingSamples() const
{
    int total = 0;
    for (const Trajectory& run : training)
        total += run.samples();
    return total;
}

int Dataset::validationSamples() const
{
    int total = 0;
    for (const Trajectory& run : validation)
        total += run.samples();
    return total;
}

Dataset splitByTrajectory(std::vector<Coordinate> coordinates, std::vector<Trajectory> runs,
                          double validationFraction, QString source)
{
    if (runs.size() == 1)
        return splitIntoTimeBlocks(std::move(coordinates), runs.front(), validationFraction, 10,
                                   std::move(source));

    Dataset dataset;
    dataset.coordinates = std::move(coordinates);
    dataset.source = std::move(source);

    // At least one trajectory on each side whenever there are two or more.
    const int count = static_cast<int>(runs.size());
    const int validationCount =
        std::clamp(static_cast<int>(std::lround(validationFraction * count)), 1, count - 1);
    for (int i = 0; i < count; ++i) {
        const bool toValidation = i >= count - validationCount;
        (toValidation ? dataset.validation : dataset.training).push_back(std::move(runs[i]));
    }
    return dataset;
}

Dataset splitIntoTimeBlocks(std::vector<Coordinate> coordinates, const Trajectory& run,
                            double validationFraction, int blocks, QString source)
{
    Dataset dataset;
    dataset.coordinates = std::move(coordinates);
    dataset.source = std::move(source);

    blocks = std::clamp(blocks, 2, std::max(2, run.samples() / 2));
    const int stride = std::max(2, static_cast<int>(std::lround(1.0 / validationFraction)));

    // Block b covers rows [b * n / blocks, (b + 1) * n / blocks). Every stride-th block,
    // counted from the second, goes to validation, so both sides span the whole run.
    const int n = run.samples();
    for (int b = 0; b < blocks; ++b) {
        const int first = static_cast<int>(static_cast<long long>(b) * n / blocks);
        const int last = static_cast<int>(static_cast<long long>(b + 1) * n / blocks);
        const bool toValidation = b % stride == 1;
        (toValidation ? dataset.validation : dataset.training)
            .push_back(run.slice(first, last - first));
    }
    return dataset;
}

QStringList stateNames(const std::vector<Coordinate>& coordinates)
{
    QStringList names;
    for (const Coordinate& coordinate : coordinates)
        names << coordinate.name;
    for (const Coordinate& coordinate : coordinates)
        names << coordinate.name + QStringLiteral("_dot");
    return names;
}

} // namespace lab
