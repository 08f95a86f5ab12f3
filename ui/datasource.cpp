#include "logging.h"
#include "trainingjob.h"

#include "mechanics/lagrangian.h"

namespace lab {

namespace {

Result<Dataset> simulateTyped(const TypedSimulation& typed)
{
    const Result<symbolic::TypedSystem> parsed =
        symbolic::parseTypedSystem(typed.formula, typed.coordinates, typed.parameters);
    if (!parsed)
        return parsed.error();
    const symbolic::TypedSystem& system = *parsed;
    qCInfo(lcTraining).noquote() << "simulating the typed Lagrangian" << system.formula << "with"
                                 << typed.simulation.trajectories << "runs of"
                                 << typed.simulation.duration << "s, seed" << typed.simulation.seed;
    const Status valid = validateSimulationSettings(typed.simulation, system.symbols.dof());
    if (!valid)
        return valid.error();

    const std::unique_ptr<Lagrangian> lagrangian = system.makeLagrangian();
    Result<std::vector<Trajectory>> runs =
        simulateRuns(*lagrangian, typed.positionRanges, typed.velocityRanges, typed.simulation);
    if (!runs)
        return runs.error();
    return splitByTrajectory(system.coordinates, std::move(runs).value(),
                             typed.simulation.validationFraction,
                             QStringLiteral("typed Lagrangian ") + system.formula);
}

} // namespace

Result<Dataset> prepareDataset(const DataSource& source)
{
    if (const auto* dataset = std::get_if<Dataset>(&source)) {
        qCInfo(lcTraining) << "using" << dataset->source << "with" << dataset->trainingSamples()
                           << "training samples";
        return *dataset;
    }
    if (const auto* typed = std::get_if<TypedSimulation>(&source))
        return simulateTyped(*typed);

    const SimulatedSystem& system = std::get<SimulatedSystem>(source);
    qCInfo(lcTraining) << "simulating" << system.preset.id << system.simulation.trajectories
                       << "runs of" << system.simulation.duration << "s, step"
                       << system.simulation.timeStep << "s, seed" << system.simulation.seed;
    return simulateDataset(system.preset, system.simulation);
}

} // namespace lab
