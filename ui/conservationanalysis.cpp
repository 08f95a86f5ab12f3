// The computations behind the conservation tab. They run on a worker thread and call only
// core/ functions, so the GUI thread never integrates.

#include "conservationanalysis.h"

#include "analysis/oscillation.h"
#include "errortext.h"
#include "mechanics/simulation.h"
#include "symbolic/expressionlagrangian.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace lab {

namespace {

constexpr int maxNoetherStates = 2000;
constexpr int comparisonChunkSteps = 2000;
constexpr double networkSymmetryTolerance = 1e-2;
constexpr Eigen::Index maxComparisonPoints = 20000;

Error cancelled()
{
    return Error{.kind = ErrorKind::Cancelled};
}

Result<ReferenceModel> modelReference(const ModelSources& sources)
{
    if (sources.candidate) {
        auto model = std::make_shared<symbolic::ExpressionLagrangian>(sources.candidate->lagrangian,
                                                                      sources.candidate->symbols);
        return ReferenceModel{.lagrangian = model, .name = sources.candidate->label};
    }
    if (sources.network.network)
        return ReferenceModel{.lagrangian = sources.network.network,
                              .name = QObject::tr("the trained network"),
                              .isNetwork = true};
    return Error{.kind = ErrorKind::InvalidParameter, .text = QStringLiteral("model")};
}

Trajectory appendRows(const Trajectory& first, const Trajectory& second)
{
    Trajectory joined;
    const Eigen::Index rows = first.samples() + second.samples();
    joined.t.resize(rows);
    joined.t << first.t, second.t;
    joined.q.resize(rows, first.dof());
    joined.q << first.q, second.q;
    joined.qd.resize(rows, first.dof());
    joined.qd << first.qd, second.qd;
    if (first.qdd.rows() == first.samples() && second.qdd.rows() == second.samples()) {
        joined.qdd.resize(rows, first.dof());
        joined.qdd << first.qdd, second.qdd;
    }
    return joined;
}

// Joins the blocks of a dataset when they are consecutive pieces of one run, as after a split
// into time blocks. Otherwise returns the first trajectory.
Result<Trajectory> joinedRun(const Dataset& dataset)
{
    std::vector<Trajectory> blocks = dataset.training;
    blocks.insert(blocks.end(), dataset.validation.begin(), dataset.validation.end());
    blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                                [](const Trajectory& block) { return block.samples() == 0; }),
                 blocks.end());
    if (blocks.empty())
        return Error{.kind = ErrorKind::TooFewRows, .value = 0.0, .limit = 2};
    const Trajectory first = blocks.front();
    std::sort(blocks.begin(), blocks.end(),
              [](const Trajectory& a, const Trajectory& b) { return a.t(0) < b.t(0); });
    for (std::size_t i = 1; i < blocks.size(); ++i) {
        if (blocks[i].t(0) <= blocks[i - 1].t(blocks[i - 1].samples() - 1))
            return first;
    }
    Trajectory joined = blocks.front();
    for (std::size_t i = 1; i < blocks.size(); ++i)
        joined = appendRows(joined, blocks[i]);
    return joined;
}

// The first run of a simulated system, simulated again on its own because a dataset of a
// single run is cut into time blocks. The same seed draws the same first initial state.
Result<Trajectory> simulateFirstRun(const Lagrangian& lagrangian,
                                    const std::vector<Range>& positions,
                                    const std::vector<Range>& velocities,
                                    SimulationSettings settings)
{
    settings.trajectories = 1;
    if (settings.initialStates.size() > 1)
        settings.initialStates.resize(1);
    Result<std::vector<Trajectory>> runs =
        simulateRuns(lagrangian, positions, velocities, settings);
    if (!runs)
        return runs.error();
    return std::move(runs->front());
}

const std::vector<Range>& pick(const std::vector<Range>& chosen, const std::vector<Range>& preset)
{
    return chosen.empty() ? preset : chosen;
}

Result<Trajectory> firstDataRun(const DataSource& source, const ReferenceModel& reference,
                                std::vector<Coordinate>& coordinates)
{
    if (const auto* system = std::get_if<SimulatedSystem>(&source)) {
        coordinates = system->preset.coordinates;
        const SimulationSettings& settings = system->simulation;
        return simulateFirstRun(
            *reference.lagrangian, pick(settings.positionRanges, system->preset.positionRanges),
            pick(settings.velocityRanges, system->preset.velocityRanges), settings);
    }
    if (const auto* typed = std::get_if<TypedSimulation>(&source)) {
        const Result<symbolic::TypedSystem> parsed =
            symbolic::parseTypedSystem(typed->formula, typed->coordinates, typed->parameters);
        if (!parsed)
            return parsed.error();
        coordinates = parsed->coordinates;
        return simulateFirstRun(*reference.lagrangian, typed->positionRanges, typed->velocityRanges,
                                typed->simulation);
    }
    const Dataset& dataset = std::get<Dataset>(source);
    coordinates = dataset.coordinates;
    return joinedRun(dataset);
}

/// Returns the first data run when it has at least 2 samples and as many coordinates as the
/// reference Lagrangian.
Result<Trajectory> checkedDataRun(const DataSource& source, const ReferenceModel& reference,
                                  std::vector<Coordinate>& coordinates)
{
    Result<Trajectory> data = firstDataRun(source, reference, coordinates);
    if (!data)
        return data.error();
    if (data->samples() < 2)
        return Error{.kind = ErrorKind::TooFewRows, .value = double(data->samples()), .limit = 2};
    if (data->dof() != reference.lagrangian->dof())
        return Error{.kind = ErrorKind::InvalidParameter,
                     .text = QStringLiteral("model"),
                     .value = double(reference.lagrangian->dof()),
                     .limit = double(data->dof())};
    return data;
}

// Every k-th row of the run, so that the symmetry check looks at no more than `count` states.
std::pair<Eigen::MatrixXd, Eigen::MatrixXd> thinnedStates(const Trajectory& run, int count)
{
    const int stride = std::max(1, (run.samples() + count - 1) / count);
    const int rows = (run.samples() + stride - 1) / stride;
    Eigen::MatrixXd q(rows, run.dof());
    Eigen::MatrixXd qd(rows, run.dof());
    for (int i = 0; i < rows; ++i) {
        q.row(i) = run.q.row(i * stride);
        qd.row(i) = run.qd.row(i * stride);
    }
    return {q, qd};
}

void copyRows(Trajectory& into, const Trajectory& chunk, int firstRow)
{
    const int rows = chunk.samples() - 1;
    into.t.segment(firstRow, rows) = chunk.t.tail(rows);
    into.q.middleRows(firstRow, rows) = chunk.q.bottomRows(rows);
    into.qd.middleRows(firstRow, rows) = chunk.qd.bottomRows(rows);
    into.qdd.middleRows(firstRow, rows) = chunk.qdd.bottomRows(rows);
}

QuantityCurves measureCurves(const QString& label, Trajectory trajectory,
                             const ReferenceModel& reference,
                             const std::vector<ConservedQuantity>& quantities)
{
    QuantityCurves curves{.label = label, .trajectory = std::move(trajectory)};
    curves.energy = energySeries(*reference.lagrangian, curves.trajectory);
    curves.energyDrift = measureDrift(curves.trajectory.t, curves.energy);
    for (const ConservedQuantity& quantity : quantities)
        curves.quantities.push_back(
            quantitySeries(quantity, *reference.lagrangian, curves.trajectory));
    return curves;
}

IntegrationSettings rolloutSettings(const ConservationJob& job, const Trajectory& data)
{
    const double step = data.t(1) - data.t(0);
    const double span = data.t(data.samples() - 1) - data.t(0);
    IntegrationSettings settings;
    settings.kind = job.integrator;
    settings.timeStep = step;
    settings.steps =
        std::clamp(static_cast<int>(std::lround(span / step)), 1, std::max(1, job.maxRolloutSteps));
    return settings;
}

// Rolls out one model from the data's first state and measures it against the data. A failed
// rollout keeps the part before the failure, with the reason in `failure`.
std::optional<QuantityCurves> rollOut(const QString& label, const Lagrangian& model,
                                      const ConservationJob& job, const Trajectory& data,
                                      const ReferenceModel& reference,
                                      const std::vector<ConservedQuantity>& quantities,
                                      const std::atomic<bool>& stop)
{
    ChunkedRun run = integrateInChunks(model, data.q.row(0).transpose(), data.qd.row(0).transpose(),
                                       rolloutSettings(job, data), stop);
    if (run.error && run.error->kind == ErrorKind::Cancelled)
        return std::nullopt;
    run.trajectory.t.array() += data.t(0);
    QuantityCurves curves = measureCurves(label, run.trajectory, reference, quantities);
    curves.scheme = schemeId(run.scheme);
    if (run.error)
        curves.failure = describeError(*run.error);
    if (reference.isTrueSystem && run.trajectory.samples() > 1)
        curves.phase = measurePhaseError(run.trajectory, data, 0);
    const Result<BandExit> band = measureBandExit(run.trajectory, data, job.bandTolerance);
    if (band)
        curves.band = *band;
    return curves;
}

Result<std::vector<ConservedQuantity>> conservedQuantities(const ConservationJob& job,
                                                           const ReferenceModel& reference,
                                                           const Trajectory& data,
                                                           const std::vector<Coordinate>& names)
{
    const auto [q, qd] = thinnedStates(data, maxNoetherStates);
    NoetherSettings settings;
    settings.planarPairs = job.planarPairs;
    // NOTE: a network's symmetries hold only to its fitting error, so it gets a looser
    // tolerance. The value 1e-2 is a guess, not measured on trained networks.
    if (reference.isNetwork)
        settings.tolerance = networkSymmetryTolerance;
    return findConservedQuantities(*reference.lagrangian, q, qd, settings, names);
}

std::vector<ConservedQuantity> onlyConserved(const std::vector<ConservedQuantity>& all)
{
    std::vector<ConservedQuantity> conserved;
    std::copy_if(all.begin(), all.end(), std::back_inserter(conserved),
                 [](const ConservedQuantity& quantity) { return quantity.conserved; });
    return conserved;
}

Result<ComparisonCurve> compareRun(const ReferenceModel& reference, const Trajectory& data,
                                   const IntegrationSettings& settings,
                                   const std::atomic<bool>& stop)
{
    QElapsedTimer clock;
    clock.start();
    Eigen::VectorXd t(Eigen::Index(settings.steps) + 1);
    Eigen::VectorXd energy(t.size());
    const Lagrangian& lagrangian = *reference.lagrangian;
    const ChunkOutcome outcome =
        integrateChunks(lagrangian, data.q.row(0).transpose(), data.qd.row(0).transpose(), settings,
                        stop, comparisonChunkSteps, [&](const Trajectory& piece, int done) {
                            t.segment(done, piece.samples()) = piece.t;
                            energy.segment(done, piece.samples()) = energySeries(lagrangian, piece);
                        });
    if (outcome.error)
        return *outcome.error;

    ComparisonCurve curve{.scheme = schemeId(outcome.scheme)};
    curve.seconds = double(clock.nsecsElapsed()) * 1e-9;
    curve.drift = measureDrift(t, energy);
    // The plot shows at most maxComparisonPoints samples, so that it stays responsive.
    const Eigen::Index stride = std::max<Eigen::Index>(1, t.size() / maxComparisonPoints);
    const Eigen::Index points = (t.size() + stride - 1) / stride;
    curve.t = Eigen::Map<Eigen::VectorXd, 0, Eigen::InnerStride<>>(t.data(), points,
                                                                   Eigen::InnerStride<>(stride));
    curve.energy = Eigen::Map<Eigen::VectorXd, 0, Eigen::InnerStride<>>(
        energy.data(), points, Eigen::InnerStride<>(stride));
    return curve;
}

} // namespace

Result<ReferenceModel> chooseReference(const ModelSources& sources)
{
    if (const auto* system = std::get_if<SimulatedSystem>(&sources.data))
        return ReferenceModel{.lagrangian = makeLagrangian(system->preset),
                              .name = system->preset.formula,
                              .isTrueSystem = true};
    if (const auto* typed = std::get_if<TypedSimulation>(&sources.data)) {
        const Result<symbolic::TypedSystem> parsed =
            symbolic::parseTypedSystem(typed->formula, typed->coordinates, typed->parameters);
        if (!parsed)
            return parsed.error();
        return ReferenceModel{
            .lagrangian = parsed->makeLagrangian(), .name = parsed->formula, .isTrueSystem = true};
    }
    return modelReference(sources);
}

ChunkOutcome integrateChunks(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                             const Eigen::VectorXd& qd0, const IntegrationSettings& settings,
                             const std::atomic<bool>& stop, int chunkSteps,
                             const ChunkVisitor& visit)
{
    ChunkOutcome outcome;
    Eigen::VectorXd q = q0;
    Eigen::VectorXd qd = qd0;
    while (outcome.steps < settings.steps) {
        IntegrationSettings chunk = settings;
        chunk.steps = std::min(chunkSteps, settings.steps - outcome.steps);
        Result<IntegrationRun> run = integrate(lagrangian, q, qd, chunk);
        if (!run) {
            Error error = run.error();
            if (error.step >= 0)
                error.step += outcome.steps;
            outcome.error = error;
            break;
        }
        Trajectory& piece = run->trajectory;
        piece.t.array() += outcome.steps * settings.timeStep;
        visit(piece, outcome.steps);
        outcome.scheme = run->scheme;
        outcome.steps += chunk.steps;
        q = piece.q.bottomRows(1).transpose();
        qd = piece.qd.bottomRows(1).transpose();
        if (outcome.steps < settings.steps && stop.load()) {
            outcome.error = cancelled();
            break;
        }
    }
    return outcome;
}

ChunkedRun integrateInChunks(const Lagrangian& lagrangian, const Eigen::VectorXd& q0,
                             const Eigen::VectorXd& qd0, const IntegrationSettings& settings,
                             const std::atomic<bool>& stop, int chunkSteps)
{
    ChunkedRun result;
    Trajectory& out = result.trajectory;
    const auto rows = Eigen::Index(settings.steps) + 1;
    out.t = Eigen::VectorXd::Zero(rows);
    out.q = Eigen::MatrixXd::Zero(rows, q0.size());
    out.qd = out.q;
    out.qdd = out.q;
    out.q.row(0) = q0.transpose();
    out.qd.row(0) = qd0.transpose();

    const ChunkOutcome outcome = integrateChunks(lagrangian, q0, qd0, settings, stop, chunkSteps,
                                                 [&out](const Trajectory& piece, int done) {
                                                     if (done == 0)
                                                         out.qdd.row(0) = piece.qdd.row(0);
                                                     copyRows(out, piece, done + 1);
                                                 });
    result.scheme = outcome.scheme;
    result.error = outcome.error;
    if (outcome.steps < settings.steps)
        out = out.slice(0, outcome.steps + 1);
    return result;
}

Result<ConservationReport> analyseConservation(const ConservationJob& job,
                                               const std::atomic<bool>& stop)
{
    const Result<ReferenceModel> reference = chooseReference(job.sources);
    if (!reference)
        return reference.error();
    ConservationReport report{.referenceName = reference->name, .bandTolerance = job.bandTolerance};
    const Result<Trajectory> data =
        checkedDataRun(job.sources.data, *reference, report.coordinates);
    if (!data)
        return data.error();

    Result<std::vector<ConservedQuantity>> all =
        conservedQuantities(job, *reference, *data, report.coordinates);
    if (!all)
        return all.error();
    report.quantities = std::move(all).value();
    const std::vector<ConservedQuantity> plotted = onlyConserved(report.quantities);
    report.curves.push_back(measureCurves(QObject::tr("data"), *data, *reference, plotted));
    // Data simulated from a conservative L lose energy only through the integrator's error,
    // which the damping fit would call significant because the data have no noise.
    if (!reference->isTrueSystem) {
        const DampingSettings dampingSettings{.edgeSamples = job.edgeSamples};
        if (const Result<DampingAnalysis> damping =
                analyseDamping(*reference->lagrangian, *data, dampingSettings))
            report.damping = *damping;
    }
    if (stop.load())
        return cancelled();

    std::vector<std::pair<QString, std::shared_ptr<const Lagrangian>>> models;
    if (job.sources.network.network)
        models.emplace_back(QObject::tr("network rollout"), job.sources.network.network);
    if (job.sources.candidate)
        models.emplace_back(QObject::tr("candidate rollout"),
                            std::make_shared<symbolic::ExpressionLagrangian>(
                                job.sources.candidate->lagrangian, job.sources.candidate->symbols));
    for (const auto& [label, model] : models) {
        if (model->dof() != data->dof()) {
            report.notes << QObject::tr("The %1 was left out: it has %2 coordinates, the data %3.")
                                .arg(label)
                                .arg(model->dof())
                                .arg(data->dof());
            continue;
        }
        std::optional<QuantityCurves> curves =
            rollOut(label, *model, job, *data, *reference, plotted, stop);
        if (!curves)
            return cancelled();
        report.curves.push_back(std::move(*curves));
    }
    return report;
}

Result<ComparisonReport> compareIntegrators(const ComparisonJob& job, const std::atomic<bool>& stop)
{
    const Result<ReferenceModel> reference = chooseReference(job.sources);
    if (!reference)
        return reference.error();
    std::vector<Coordinate> coordinates;
    const Result<Trajectory> data = checkedDataRun(job.sources.data, *reference, coordinates);
    if (!data)
        return data.error();

    ComparisonReport report{.referenceName = reference->name, .timeStep = job.timeStep};
    report.period = estimatePeriod(data->t, data->q.col(0)).value_or(0.0);
    const double duration = job.periods * (report.period > 0.0 ? report.period : 1.0);
    report.steps = static_cast<int>(
        std::clamp(std::ceil(duration / job.timeStep), 1.0, double(maxComparisonSteps)));
    for (IntegratorKind kind : {IntegratorKind::Rk4, IntegratorKind::Variational}) {
        const IntegrationSettings settings{
            .kind = kind, .timeStep = job.timeStep, .steps = report.steps};
        Result<ComparisonCurve> curve = compareRun(*reference, *data, settings, stop);
        if (!curve)
            return curve.error();
        report.curves.push_back(std::move(curve).value());
    }
    return report;
}

} // namespace lab
