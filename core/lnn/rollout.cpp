#include "lnn/rollout.h"

#include "mechanics/integrator.h"

#include <algorithm>
#include <cmath>

namespace lab {

namespace {

double medianStep(const Eigen::VectorXd& t)
{
    if (t.size() < 2)
        return 0.0;
    std::vector<double> steps(static_cast<size_t>(t.size() - 1));
    for (Eigen::Index i = 0; i + 1 < t.size(); ++i)
        steps[i] = t[i + 1] - t[i];
    std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
    return steps[steps.size() / 2];
}

} // namespace

Result<std::vector<Trajectory>> rolloutFromData(const LagrangianNetwork& network,
                                                const std::vector<Trajectory>& runs, int maxRuns,
                                                double maxDuration, double timeStep,
                                                const std::atomic<bool>* cancel)
{
    const int count = std::min(maxRuns, static_cast<int>(runs.size()));
    if (count <= 0)
        return std::vector<Trajectory>{};

    const int dof = network.dof();
    Eigen::MatrixXd q0(count, dof);
    Eigen::MatrixXd qd0(count, dof);
    double duration = 0.0;
    for (int i = 0; i < count; ++i) {
        q0.row(i) = runs[i].q.row(0);
        qd0.row(i) = runs[i].qd.row(0);
        duration = std::max(duration, runs[i].t[runs[i].samples() - 1] - runs[i].t[0]);
    }
    duration = std::min(duration, maxDuration);
    const double step = timeStep > 0.0 ? timeStep : std::clamp(medianStep(runs[0].t), 1e-4, 0.02);
    const int steps = std::max(1, static_cast<int>(std::lround(duration / step)));

    const BatchAccelerationFunction f = [&network](const Eigen::MatrixXd& q,
                                                   const Eigen::MatrixXd& qd) {
        return network.accelerations(q, qd);
    };
    return integrateRk4Batch(f, q0, qd0, step, steps, 1, cancel);
}

} // namespace lab
