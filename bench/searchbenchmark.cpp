#include "bench/searchbenchmark.h"

#include "discovery/fit.h"
#include "discovery/search.h"
#include "discovery/simulate.h"
#include "discovery/termcolumns.h"
#include "mechanics/preset.h"
#include "symbolic/parser.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace lab::bench {

namespace {

/// A system with the terms of its true Lagrangian, whose fitted loss is the target.
struct SearchCase
{
    const char* system;
    QStringList trueTerms;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Loss of the true terms fitted on the search's own samples (the first searchSamples drawn
/// with the seed), so the target is reachable but not below the noise.
double trueLoss(const SearchCase& c, const discovery::MotionSamples& samples,
                const symbolic::SymbolTable& symbols, const discovery::SearchSettings& settings)
{
    const discovery::MotionSamples scored =
        discovery::subsample(samples, settings.searchSamples, settings.seed);
    std::vector<discovery::TermColumns> columns;
    for (const QString& term : c.trueTerms)
        columns.push_back(
            discovery::evaluateTerm(*symbolic::parseExpression(term, symbols), scored, symbols));
    std::vector<const discovery::TermColumns*> pointers;
    pointers.reserve(columns.size());
    for (const auto& column : columns)
        pointers.push_back(&column);
    return discovery::fitMotion(pointers, scored, 0).loss;
}

/// Runs the searches of one system with the default settings and with backward elimination
/// switched off, side by side.
void runCase(const SearchCase& c, int seeds, double timeLimit)
{
    const SystemPreset preset = *findPreset(QString::fromLatin1(c.system));
    discovery::DiscoverySimulation simulation;
    simulation.positionRanges = preset.positionRanges;
    simulation.velocityRanges = preset.velocityRanges;
    const discovery::SimulatedData data =
        *discovery::simulateForDiscovery(*makeLagrangian(preset), preset.coordinates, simulation);
    const discovery::MotionSamples samples =
        discovery::samplesForMotion(data.dataset, data.window, 20000, 1, data.noise);
    symbolic::SymbolTable symbols;
    for (const Coordinate& coordinate : preset.coordinates)
        symbols.coordinates << coordinate.name;

    for (const int eliminationCycles : {discovery::SearchSettings().eliminationCycles, 0}) {
        std::vector<double> seconds;
        std::vector<double> evaluations;
        int reached = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            discovery::SearchSettings settings;
            settings.seed = static_cast<std::uint64_t>(seed);
            settings.timeLimit = timeLimit;
            settings.eliminationCycles = eliminationCycles;
            settings.targetLoss = 1.0001 * trueLoss(c, samples, symbols, settings);
            const auto result = discovery::runSearch(samples, symbols, settings, nullptr, {});
            seconds.push_back(result->seconds);
            evaluations.push_back(static_cast<double>(result->evaluations));
            reached += result->reason == discovery::StopReason::TargetLoss ? 1 : 0;
        }
        std::printf("{\"system\": \"%s\", \"elimination_cycles\": %d, \"seeds\": %d, "
                    "\"reached\": %d, \"median_seconds\": %.2f, \"median_evaluations\": %.0f, "
                    "\"time_limit_s\": %.0f}\n",
                    c.system, eliminationCycles, seeds, reached, median(seconds),
                    median(evaluations), timeLimit);
        std::fflush(stdout);
    }
}

} // namespace

int runSearchBenchmark(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{"system", "pendulum, spring or double_pendulum (default: all)", "name"},
                       {"seeds", "searches per system (default 3)", "n"},
                       {"time-limit", "seconds per search (default 120)", "s"}});
    if (!parser.parse(QStringList{QStringLiteral("search")} + arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const std::vector<SearchCase> cases = {
        {"spring", {"x_dot^2", "x^2"}},
        {"pendulum", {"theta_dot^2", "cos(theta)"}},
        {"double_pendulum",
         {"theta1_dot^2", "theta2_dot^2", "theta1_dot*theta2_dot*cos(theta1 - theta2)",
          "cos(theta1)", "cos(theta2)"}}};
    const int seeds = std::max(1, parser.value("seeds").toInt());
    const double timeLimit =
        parser.isSet("time-limit") ? parser.value("time-limit").toDouble() : 120.0;
    for (const SearchCase& c : cases) {
        if (!parser.isSet("system") || parser.value("system") == QLatin1String(c.system))
            runCase(c, parser.isSet("seeds") ? seeds : 3, timeLimit);
    }
    return 0;
}

} // namespace lab::bench
