#include "bench/termsbenchmark.h"

#include "discovery/fit.h"
#include "discovery/search.h"
#include "discovery/simulate.h"
#include "discovery/termcolumns.h"
#include "symbolic/parser.h"
#include "symbolic/typedsystem.h"

#include <QCommandLineParser>
#include <cstdio>

namespace lab::bench {

namespace {

/// Reads "LOW:HIGH,..." with one range per coordinate, then one per velocity.
bool readRanges(const QString& text, int dof, discovery::DiscoverySimulation& simulation)
{
    simulation.positionRanges.assign(dof, Range{-1.0, 1.0});
    simulation.velocityRanges.assign(dof, Range{-1.0, 1.0});
    if (text.isEmpty())
        return true;
    const QStringList parts = text.split(',');
    if (parts.size() != 2 * dof)
        return false;
    for (int i = 0; i < 2 * dof; ++i) {
        const QStringList bounds = parts[i].split(':');
        if (bounds.size() != 2)
            return false;
        Range& range = i < dof ? simulation.positionRanges[i] : simulation.velocityRanges[i - dof];
        range = Range{bounds[0].toDouble(), bounds[1].toDouble()};
    }
    return true;
}

/// Fitted motion loss of the terms on the first `count` samples drawn with the seed.
double termLoss(const QStringList& terms, const discovery::MotionSamples& samples,
                const symbolic::SymbolTable& symbols, int count)
{
    const discovery::MotionSamples scored = discovery::subsample(samples, count, 1);
    std::vector<discovery::TermColumns> columns;
    for (const QString& term : terms) {
        const auto expression = symbolic::parseExpression(term.trimmed(), symbols);
        if (!expression)
            return -1.0;
        columns.push_back(discovery::evaluateTerm(*expression, scored, symbols));
    }
    std::vector<const discovery::TermColumns*> pointers;
    pointers.reserve(columns.size());
    for (const auto& column : columns)
        pointers.push_back(&column);
    const discovery::LinearFit fit = discovery::fitMotion(pointers, scored, 20);
    Eigen::VectorXd residual;
    discovery::motionLoss(pointers, fit.coefficients, scored, &residual);
    const Eigen::Index rows = residual.size() / scored.dof;
    for (int j = 0; j < scored.dof && fit.valid; ++j)
        std::printf("[q%d %.3e] ", j, residual.segment(j * rows, rows).squaredNorm());
    return fit.loss;
}

} // namespace

int runTermsBenchmark(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{"lagrangian", "true Lagrangian to simulate", "formula"},
                       {"coordinates", "coordinate names, comma-separated", "names"},
                       {"ranges", "LOW:HIGH per coordinate, then per velocity", "ranges"},
                       {"terms", "term sets, terms split by ';', sets by '|'", "sets"},
                       {"noise", "noise, percent of each coordinate's spread", "percent"},
                       {"duration", "seconds per run", "s"},
                       {"window", "differentiator window (0: chosen per run)", "n"},
                       {"degree", "differentiator polynomial degree", "n"},
                       {"pointwise", "compare accelerations at samples, not weak averages"},
                       {"max-window", "largest differentiator window", "n"}});
    if (!parser.parse(QStringList{QStringLiteral("terms")} + arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const auto typed = symbolic::parseTypedSystem(parser.value("lagrangian"),
                                                  parser.value("coordinates").split(','), {});
    if (!typed) {
        std::fprintf(stderr, "invalid Lagrangian \"%s\": check its syntax and the coordinates\n",
                     qPrintable(parser.value("lagrangian")));
        return 2;
    }
    discovery::DiscoverySimulation simulation;
    if (parser.isSet("noise"))
        simulation.relativeNoise = parser.value("noise").toDouble() / 100.0;
    if (parser.isSet("duration"))
        simulation.duration = parser.value("duration").toDouble();
    if (parser.isSet("window"))
        simulation.differentiator.window = parser.value("window").toInt();
    if (parser.isSet("degree"))
        simulation.differentiator.degree = parser.value("degree").toInt();
    if (parser.isSet("max-window"))
        simulation.differentiator.maxWindow = parser.value("max-window").toInt();
    const auto dof = static_cast<int>(typed->coordinates.size());
    if (!readRanges(parser.value("ranges"), dof, simulation)) {
        std::fprintf(
            stderr,
            "invalid ranges \"%s\": give LOW:HIGH for each coordinate, then each velocity\n",
            qPrintable(parser.value("ranges")));
        return 2;
    }
    const auto data =
        discovery::simulateForDiscovery(*typed->makeLagrangian(), typed->coordinates, simulation);
    if (!data) {
        std::fprintf(stderr, "simulation failed: %s\n", qPrintable(data.error().text));
        return 1;
    }
    const discovery::MotionSamples samples =
        parser.isSet("pointwise")
            ? discovery::samplesFromDataset(data->dataset, 20000, data->window / 2, 1)
            : discovery::samplesForMotion(data->dataset, data->window, 20000, 1);
    const discovery::SearchSettings settings;
    std::printf("window %d, samples %d, weak rows %d\n", data->window, samples.count,
                samples.weak.rows());
    for (const QString& set : parser.value("terms").split('|')) {
        const QStringList terms = set.split(';');
        std::printf("%-60s search %.5e  final %.5e\n", qPrintable(set),
                    termLoss(terms, samples, typed->symbols, settings.searchSamples),
                    termLoss(terms, samples, typed->symbols, settings.finalSamples));
    }
    return 0;
}

} // namespace lab::bench
