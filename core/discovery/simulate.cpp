#include "discovery/simulate.h"

#include "data/accelerationwindow.h"
#include "mechanics/eulerlagrange.h"
#include "mechanics/integrator.h"

#include <Eigen/Eigenvalues>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>
#include <random>

Q_LOGGING_CATEGORY(lcSimulate, "lab.discovery.simulate")

namespace lab::discovery {

namespace {

constexpr int drawsPerRun = 100;
/// Initial states whose Hessian is worse conditioned than this are drawn again, so that the
/// simulated motion stays well inside the region where the Lagrangian is regular.
constexpr double maxInitialCondition = 1e6;

Eigen::VectorXd drawState(const DiscoverySimulation& settings, std::mt19937_64& random)
{
    const auto dof = static_cast<Eigen::Index>(settings.positionRanges.size());
    Eigen::VectorXd state(2 * dof);
    for (Eigen::Index i = 0; i < dof; ++i) {
        const Range& p = settings.positionRanges[static_cast<std::size_t>(i)];
        const Range& v = settings.velocityRanges[static_cast<std::size_t>(i)];
        state[i] = std::uniform_real_distribution<double>(p.low, p.high)(random);
        state[dof + i] = std::uniform_real_distribution<double>(v.low, v.high)(random);
    }
    return state;
}

Result<Trajectory> simulateOne(const Lagrangian& lagrangian, const Eigen::VectorXd& state,
                               const DiscoverySimulation& settings)
{
    const int dof = lagrangian.dof();
    const Eigen::VectorXd q = state.head(dof);
    const Eigen::VectorXd qd = state.tail(dof);
    const LagrangianTerms terms = lagrangian.terms(q, qd);
    if (!std::isfinite(terms.value))
        return Error{.kind = ErrorKind::InvalidState, .value = terms.value};
    Result<Eigen::VectorXd> start = solveAccelerations(terms, qd, maxInitialCondition);
    if (!start)
        return start.error();

    const AccelerationFunction f = [&lagrangian](const Eigen::VectorXd& position,
                                                 const Eigen::VectorXd& velocity) {
        return accelerations(lagrangian, position, velocity);
    };
    // RK4 steps of a quarter of the sampling interval keep the integration error well below the
    // noise, also where an orbit passes close to its centre.
    constexpr int substeps = 4;
    const int steps = static_cast<int>(std::lround(settings.duration / settings.timeStep));
    Result<Trajectory> run =
        integrateRk4(f, q, qd, settings.timeStep / substeps, steps * substeps, substeps);
    if (run && !(run->q.allFinite() && run->qd.allFinite() && run->qdd.allFinite()))
        return Error{.kind = ErrorKind::InvalidState};
    return run;
}

double standardDeviation(const std::vector<Trajectory>& runs, int column)
{
    double sum = 0.0;
    double squares = 0.0;
    double count = 0.0;
    for (const Trajectory& run : runs) {
        sum += run.q.col(column).sum();
        squares += run.q.col(column).squaredNorm();
        count += static_cast<double>(run.q.rows());
    }
    const double mean = sum / count;
    return std::sqrt(std::max(0.0, squares / count - mean * mean));
}

/// Adds the noise and replaces q, qdot and qddot by the differentiator's estimates.
int measure(std::vector<Trajectory>& runs, const std::vector<double>& noise,
            const DifferentiatorSettings& differentiator, std::mt19937_64& random)
{
    int window = 0;
    for (Trajectory& run : runs) {
        for (Eigen::Index j = 0; j < run.q.cols(); ++j) {
            std::normal_distribution<double> normal(0.0, noise[static_cast<std::size_t>(j)]);
            for (Eigen::Index i = 0; i < run.q.rows(); ++i)
                run.q(i, j) += normal(random);
        }
        DifferentiatorSettings chosen = differentiator;
        if (chosen.window <= 0)
            chosen.window = chooseAccelerationWindow(run.t, run.q, differentiator);
        const Derivatives estimate = differentiate(run.t, run.q, chosen);
        run.q = estimate.value;
        run.qd = estimate.first;
        run.qdd = estimate.second;
        window = std::max(window, estimate.window);
    }
    return window;
}

/// Whether L, its derivatives and a regular Hessian are defined at the state.
bool definedAt(const Lagrangian& lagrangian, const Eigen::VectorXd& q, const Eigen::VectorXd& qd)
{
    const LagrangianTerms terms = lagrangian.terms(q, qd);
    if (!std::isfinite(terms.value) || !terms.dq.allFinite() || !terms.dqd.allFinite() ||
        !terms.hessian.allFinite() || !terms.mixed.allFinite())
        return false;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(terms.hessian,
                                                                Eigen::EigenvaluesOnly);
    const Eigen::VectorXd magnitudes = solver.eigenvalues().cwiseAbs();
    return magnitudes.minCoeff() > 1e-9 * std::max(1.0, magnitudes.maxCoeff());
}

/// Whether L is defined at both stretched ends of `variable`'s range, from 20 random states
/// where it is defined.
bool edgesDefined(const Lagrangian& lagrangian, const std::vector<Range>& ranges, int variable,
                  std::mt19937_64& random)
{
    const int dof = lagrangian.dof();
    Eigen::VectorXd state(2 * dof);
    for (int trial = 0; trial < 20; ++trial) {
        for (int v = 0; v < 2 * dof; ++v) {
            std::uniform_real_distribution<double> uniform(ranges[v].low, ranges[v].high);
            state[v] = uniform(random);
        }
        // A state that is undefined already is another variable's failure.
        if (!definedAt(lagrangian, state.head(dof), state.tail(dof)))
            continue;
        for (const double end : {ranges[variable].low, ranges[variable].high}) {
            state[variable] = 1.2 * end;
            if (!definedAt(lagrangian, state.head(dof), state.tail(dof)))
                return false;
        }
    }
    return true;
}

} // namespace

void fitDefaultRanges(const Lagrangian& lagrangian, std::vector<Range>& positions,
                      std::vector<Range>& velocities)
{
    std::vector<Range> ranges = positions;
    ranges.insert(ranges.end(), velocities.begin(), velocities.end());
    std::mt19937_64 random(1);
    for (int attempt = 0; attempt < 10; ++attempt) {
        bool shrunk = false;
        for (int v = 0; v < static_cast<int>(ranges.size()); ++v) {
            if (edgesDefined(lagrangian, ranges, v, random))
                continue;
            ranges[v] = Range{0.8 * ranges[v].low, 0.8 * ranges[v].high};
            shrunk = true;
        }
        if (!shrunk)
            break;
    }
    const auto dof = static_cast<std::ptrdiff_t>(positions.size());
    positions.assign(ranges.begin(), ranges.begin() + dof);
    velocities.assign(ranges.begin() + dof, ranges.end());
}

Result<SimulatedData> simulateForDiscovery(const Lagrangian& lagrangian,
                                           std::vector<Coordinate> coordinates,
                                           const DiscoverySimulation& settings)
{
    std::mt19937_64 random(settings.seed);
    SimulatedData result;
    std::vector<Trajectory> runs;
    while (static_cast<int>(runs.size()) < settings.trajectories) {
        Error last;
        bool done = false;
        for (int draw = 0; draw < drawsPerRun && !done; ++draw) {
            Result<Trajectory> run = simulateOne(lagrangian, drawState(settings, random), settings);
            if (run) {
                runs.push_back(std::move(*run));
                done = true;
            } else {
                last = run.error();
                ++result.redrawn;
            }
        }
        if (!done)
            return last;
    }
    if (result.redrawn > 0)
        qCInfo(lcSimulate) << "drew" << result.redrawn
                           << "initial states again because L was undefined or singular there";

    if (settings.relativeNoise > 0.0) {
        for (int j = 0; j < lagrangian.dof(); ++j)
            result.noise.push_back(settings.relativeNoise * standardDeviation(runs, j));
        result.window = measure(runs, result.noise, settings.differentiator, random);
    }
    result.dataset = splitByTrajectory(std::move(coordinates), std::move(runs), 0.2,
                                       QStringLiteral("simulation"));
    return result;
}

} // namespace lab::discovery
