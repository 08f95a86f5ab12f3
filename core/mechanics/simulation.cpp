#include "mechanics/simulation.h"

#include "mechanics/eulerlagrange.h"
#include "mechanics/integrator.h"

#include <cmath>
#include <random>

namespace lab {

namespace {

Error invalid(const char* name, double value, double limit)
{
    return Error{.kind = ErrorKind::InvalidParameter,
                 .text = QString::fromLatin1(name),
                 .value = value,
                 .limit = limit};
}

Eigen::VectorXd drawState(const std::vector<Range>& positions, const std::vector<Range>& velocities,
                          std::mt19937_64& random)
{
    const auto dof = static_cast<Eigen::Index>(positions.size());
    Eigen::VectorXd state(2 * dof);
    for (Eigen::Index i = 0; i < dof; ++i) {
        std::uniform_real_distribution<double> position(positions[i].low, positions[i].high);
        std::uniform_real_distribution<double> velocity(velocities[i].low, velocities[i].high);
        state[i] = position(random);
        state[dof + i] = velocity(random);
    }
    return state;
}

/// Adds noise to the positions and replaces q, qd and qdd by the differentiator's estimates.
void addMeasurementNoise(Trajectory& run, const SimulationSettings& settings,
                         std::mt19937_64& random)
{
    std::normal_distribution<double> normal(0.0, settings.noise);
    for (Eigen::Index i = 0; i < run.q.rows(); ++i) {
        for (Eigen::Index j = 0; j < run.q.cols(); ++j)
            run.q(i, j) += normal(random);
    }
    const Derivatives estimate = differentiate(run.t, run.q, settings.differentiator);
    run.q = estimate.value;
    run.qd = estimate.first;
    run.qdd = estimate.second;
}

} // namespace

Status validateSimulationSettings(const SimulationSettings& settings, int dof)
{
    if (settings.trajectories < 1 || settings.trajectories > 10000)
        return invalid("trajectories", settings.trajectories, settings.trajectories < 1 ? 1 : 1e4);
    if (!(settings.timeStep > 0.0) || settings.timeStep > 1.0)
        return invalid("time-step", settings.timeStep, settings.timeStep > 1.0 ? 1.0 : 0.0);
    const double steps = settings.duration / settings.timeStep;
    if (!(steps >= 20.0) || steps > 1e6)
        return invalid("duration", settings.duration, 20.0 * settings.timeStep);
    if (settings.sampleEvery < 1 || steps / settings.sampleEvery < 20.0)
        return invalid("sample-every", settings.sampleEvery, 1);
    if (!(settings.noise >= 0.0) || !std::isfinite(settings.noise))
        return invalid("noise", settings.noise, 0.0);
    if (!(settings.validationFraction > 0.0 && settings.validationFraction < 1.0))
        return invalid("validation-fraction", settings.validationFraction, 0.0);
    for (const Eigen::VectorXd& state : settings.initialStates) {
        if (state.size() != 2 * dof || !state.allFinite())
            return Error{.kind = ErrorKind::InvalidState, .value = double(state.size())};
    }
    return Success{};
}

Result<std::vector<Trajectory>> simulateRuns(const Lagrangian& lagrangian,
                                             const std::vector<Range>& positionRanges,
                                             const std::vector<Range>& velocityRanges,
                                             const SimulationSettings& settings)
{
    std::mt19937_64 random(settings.seed);
    const int dof = lagrangian.dof();
    const int steps = static_cast<int>(std::lround(settings.duration / settings.timeStep));
    const AccelerationFunction f = [&lagrangian](const Eigen::VectorXd& q,
                                                 const Eigen::VectorXd& qd) {
        return accelerations(lagrangian, q, qd);
    };

    std::vector<Trajectory> runs;
    const bool chosen = !settings.initialStates.empty();
    const int count =
        chosen ? static_cast<int>(settings.initialStates.size()) : settings.trajectories;
    for (int i = 0; i < count; ++i) {
        const Eigen::VectorXd state =
            chosen ? settings.initialStates[i] : drawState(positionRanges, velocityRanges, random);
        Result<Trajectory> run = integrateRk4(f, state.head(dof), state.tail(dof),
                                              settings.timeStep, steps, settings.sampleEvery);
        if (!run.ok())
            return run.error();
        if (settings.noise > 0.0)
            addMeasurementNoise(*run, settings, random);
        runs.push_back(std::move(*run));
    }
    return runs;
}

Result<Dataset> simulateDataset(const SystemPreset& preset, const SimulationSettings& settings)
{
    if (Status valid = validateSimulationSettings(settings, preset.dof()); !valid.ok())
        return valid.error();

    const auto pick = [](const std::vector<Range>& chosen, const std::vector<Range>& fallback) {
        return chosen.empty() ? fallback : chosen;
    };
    const std::unique_ptr<Lagrangian> lagrangian = makeLagrangian(preset);
    Result<std::vector<Trajectory>> runs =
        simulateRuns(*lagrangian, pick(settings.positionRanges, preset.positionRanges),
                     pick(settings.velocityRanges, preset.velocityRanges), settings);
    if (!runs.ok())
        return runs.error();

    return splitByTrajectory(preset.coordinates, std::move(*runs), settings.validationFraction,
                             QStringLiteral("system ") + preset.id);
}

} // namespace lab
