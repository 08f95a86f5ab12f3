#include "analysis/oscillation.h"

#include <algorithm>
#include <vector>

namespace lab {

std::optional<double> estimatePeriod(const Eigen::VectorXd& t, const Eigen::VectorXd& x)
{
    if (x.size() < 3 || t.size() != x.size())
        return std::nullopt;
    std::vector<double> sorted(x.data(), x.data() + x.size());
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double centre = sorted[sorted.size() / 2];

    std::vector<double> crossings;
    for (Eigen::Index i = 0; i + 1 < x.size(); ++i) {
        const double a = x[i] - centre;
        const double b = x[i + 1] - centre;
        if (a < 0.0 && b >= 0.0)
            crossings.push_back(t[i] + (t[i + 1] - t[i]) * (-a) / (b - a));
    }
    if (crossings.size() < 3)
        return std::nullopt;
    return (crossings.back() - crossings.front()) / static_cast<double>(crossings.size() - 1);
}

} // namespace lab
