#include "bench/conservationbenchmark.h"

#include "analysis/conservation.h"
#include "analysis/damping.h"
#include "data/measuredreader.h"
#include "mechanics/integration.h"
#include "mechanics/presetlagrangians.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>

namespace lab::bench {

namespace {

struct IntegratorOptions
{
    double timeStep = 0.1;
    int steps = 20000;
    double theta0 = 1.0;
};

std::optional<IntegratorOptions> parseIntegratorOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{"time-step", "Step and output spacing h, seconds", "h", "0.1"},
                       {"steps", "Number of steps N", "n", "20000"},
                       {"theta0", "Release angle from rest, radians", "rad", "1"}});
    if (!parser.parse(QStringList{"integrators"} + arguments)) {
        std::fprintf(stderr, "integrators: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    IntegratorOptions options;
    options.timeStep = parser.value("time-step").toDouble();
    options.steps = parser.value("steps").toInt();
    options.theta0 = parser.value("theta0").toDouble();
    if (!(options.timeStep > 0.0) || options.steps < 10 || !std::isfinite(options.theta0)) {
        std::fprintf(stderr, "integrators: invalid options; --time-step must be above 0, "
                             "--steps at least 10 and --theta0 finite\n");
        return std::nullopt;
    }
    return options;
}

/// Integrates the pendulum with one method and prints its energy figures as a JSON line.
bool printEnergyFigures(const IntegratorOptions& options, IntegrationSettings settings)
{
    const PendulumLagrangian pendulum(1.0, 1.0, 9.81);
    settings.timeStep = options.timeStep;
    settings.steps = options.steps;
    const auto start = std::chrono::steady_clock::now();
    const Result<IntegrationRun> run = integrate(
        pendulum, Eigen::VectorXd::Constant(1, options.theta0), Eigen::VectorXd::Zero(1), settings);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!run.ok()) {
        std::fprintf(
            stderr, "integrators: integration failed at step %d at the state %s (error kind %d)\n",
            run.error().step, qPrintable(run.error().text), static_cast<int>(run.error().kind));
        return false;
    }

    const DriftMeasures drift =
        measureDrift(run->trajectory.t, energySeries(pendulum, run->trajectory));
    const QJsonObject result{{"system", "pendulum, L = 1/2 thetadot^2 + 9.81 cos(theta)"},
                             {"scheme", schemeId(run->scheme)},
                             {"time_step", options.timeStep},
                             {"steps", options.steps},
                             {"theta0", options.theta0},
                             {"initial_energy", drift.initial},
                             {"max_relative_error", drift.maxRelativeError},
                             {"first_tenth_mean", drift.firstTenthMean},
                             {"last_tenth_mean", drift.lastTenthMean},
                             {"final_relative_error", drift.finalRelativeError},
                             {"relative_trend_per_s", drift.relativeTrend},
                             {"accepted_steps", run->statistics.acceptedSteps},
                             {"rejected_steps", run->statistics.rejectedSteps},
                             {"milliseconds", 1000.0 * seconds}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return true;
}

struct DampingOptions
{
    QString file;
    double stiffness = 0.0;
};

std::optional<DampingOptions> parseDampingOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{"file", "Tracker export of a pendulum bob (t, x, y)", "path"},
                       {"stiffness", "c in L = 1/2 thetadot^2 + c cos(theta), 1/s^2", "c"}});
    if (!parser.parse(QStringList{"damping"} + arguments)) {
        std::fprintf(stderr, "damping: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    const DampingOptions options{parser.value("file"), parser.value("stiffness").toDouble()};
    if (options.file.isEmpty() || !(options.stiffness > 0.0)) {
        std::fprintf(stderr, "damping: --file is missing or --stiffness is not above 0\n");
        return std::nullopt;
    }
    return options;
}

void printDampingFigures(const DampingOptions& options, const MeasuredData& measured,
                         const DampingAnalysis& analysis)
{
    const QJsonObject result{{"file", options.file},
                             {"stiffness", options.stiffness},
                             {"samples", measured.trajectory.samples()},
                             {"window", measured.window},
                             {"gamma", analysis.gamma[0]},
                             {"gamma_error", analysis.gammaError[0]},
                             {"constant_acceleration", analysis.constantForce[0]},
                             {"loss_rate", analysis.lossRate},
                             {"loss_rate_error", analysis.lossRateError},
                             {"trend_t", analysis.trendT},
                             {"blocks", analysis.blocks},
                             {"energy_drop", analysis.energyDrop},
                             {"energy_noise", analysis.energyNoise},
                             {"significant", analysis.significant}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
}

} // namespace

int runIntegratorBenchmark(const QStringList& arguments)
{
    const std::optional<IntegratorOptions> options = parseIntegratorOptions(arguments);
    if (!options)
        return 2;
    IntegrationSettings rk4;
    rk4.kind = IntegratorKind::Rk4;
    IntegrationSettings verlet;
    verlet.kind = IntegratorKind::Variational;
    IntegrationSettings midpoint = verlet;
    midpoint.allowStormerVerlet = false;
    IntegrationSettings adaptive;
    adaptive.kind = IntegratorKind::DormandPrince;
    for (const IntegrationSettings& settings : {rk4, verlet, midpoint, adaptive}) {
        if (!printEnergyFigures(*options, settings))
            return 1;
    }
    return 0;
}

int runDampingBenchmark(const QStringList& arguments)
{
    const std::optional<DampingOptions> options = parseDampingOptions(arguments);
    if (!options)
        return 2;
    const Result<MeasuredData> measured = readMeasured(options->file);
    if (!measured.ok() && measured.error().kind == ErrorKind::FileNotFound) {
        std::fprintf(stderr, "damping: the file %s was not found. Check the path.\n",
                     qPrintable(options->file));
        return 1;
    }
    if (!measured.ok()) {
        std::fprintf(stderr,
                     "damping: reading %s failed at line %d, column %d: \"%s\" (error kind %d). "
                     "Check the path and that the file is a Tracker export with t, x and y.\n",
                     qPrintable(options->file), measured.error().line, measured.error().column,
                     qPrintable(measured.error().text), static_cast<int>(measured.error().kind));
        return 1;
    }
    // c = m g l / (m l^2) with m = l = 1.
    const PendulumLagrangian model(1.0, 1.0, options->stiffness);
    DampingSettings settings;
    settings.edgeSamples = measured->window / 2;
    const Result<DampingAnalysis> analysis = analyseDamping(model, measured->trajectory, settings);
    if (!analysis.ok()) {
        std::fprintf(stderr, "damping: the analysis failed: \"%s\" (error kind %d, value %g)\n",
                     qPrintable(analysis.error().text), static_cast<int>(analysis.error().kind),
                     analysis.error().value);
        return 1;
    }
    printDampingFigures(*options, *measured, *analysis);
    return 0;
}

} // namespace lab::bench
