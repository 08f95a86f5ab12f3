#include "discoveroptions.h"

#include "commandline.h"
#include "optionreaders.h"

#include "errortext.h"

#include <array>

namespace lab::cli {

namespace {

using symbolic::Operator;

struct OperatorName
{
    const char* name;
    Operator op;
};

constexpr std::array<OperatorName, 13> operatorNames = {{
    {"+", Operator::Add},
    {"-", Operator::Subtract},
    {"*", Operator::Multiply},
    {"/", Operator::Divide},
    {"^", Operator::Power},
    {"square", Operator::Square},
    {"cube", Operator::Cube},
    {"sin", Operator::Sin},
    {"cos", Operator::Cos},
    {"exp", Operator::Exp},
    {"log", Operator::Log},
    {"sqrt", Operator::Sqrt},
    {"abs", Operator::Abs},
}};

bool readOperators(const QString& text, discovery::Grammar& grammar, QString& message)
{
    grammar.unaryOperators.clear();
    grammar.binaryOperators.clear();
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.trimmed();
        const auto* found =
            std::find_if(std::begin(operatorNames), std::end(operatorNames),
                         [&](const OperatorName& o) { return name == QLatin1String(o.name); });
        if (found == operatorNames.end()) {
            message = Cli::tr("invalid operator \"%1\" in --operators: expected a comma-separated "
                              "list of + - * / ^ square cube sin cos exp log sqrt abs")
                          .arg(name);
            return false;
        }
        auto& list =
            symbolic::arity(found->op) == 1 ? grammar.unaryOperators : grammar.binaryOperators;
        list.push_back(found->op);
    }
    if (grammar.binaryOperators.empty()) {
        message = Cli::tr("invalid --operators \"%1\": include at least one of + - * /").arg(text);
        return false;
    }
    return true;
}

bool readSource(const QCommandLineParser& parser, DiscoverRequest& request, QString& message)
{
    const int sourceCount = int(parser.isSet("run")) + int(parser.isSet("data")) +
                            int(parser.isSet("system")) + int(parser.isSet("lagrangian"));
    if (sourceCount != 1) {
        message = Cli::tr("give exactly one of --run DIR, --data FILE, --system NAME and "
                          "--lagrangian FORMULA");
        return false;
    }
    if (parser.isSet("run")) {
        request.source = DiscoverSource::Run;
        request.path = parser.value("run");
        return true;
    }
    if (parser.isSet("data")) {
        request.source = DiscoverSource::Data;
        request.path = parser.value("data");
        request.import.pivot = parser.isSet("fit-pivot") ? PivotMode::FitArc : PivotMode::Origin;
        return readInteger(parser, "window", 0, 501, request.import.differentiator.window, message);
    }
    if (parser.isSet("system")) {
        request.source = DiscoverSource::System;
        Result<SystemPreset> preset = findPreset(parser.value("system"));
        if (!preset) {
            message = describeError(preset.error());
            return false;
        }
        request.system = *preset;
        return readPresetParameters(parser, *request.system, message);
    }
    request.source = DiscoverSource::Lagrangian;
    request.formula = parser.value("lagrangian");
    if (!parser.isSet("coordinates")) {
        message = Cli::tr("missing --coordinates: name the coordinates of the Lagrangian, for "
                          "example --coordinates theta or --coordinates r,theta");
        return false;
    }
    request.coordinates = parser.value("coordinates").split(QLatin1Char(','));
    return readNamedValues(parser, "param", request.parameters, message);
}

bool readSimulation(const QCommandLineParser& parser, DiscoverRequest& request, QString& message)
{
    discovery::DiscoverySimulation& s = request.simulation;
    request.ranges = parser.value("ranges");
    double noisePercent = s.relativeNoise * 100.0;
    const bool ok = readInteger(parser, "window", 0, 501, s.differentiator.window, message) &&
                    readInteger(parser, "trajectories", 1, 1000, s.trajectories, message) &&
                    readNumber(parser, "duration", 0.2, 1e4, s.duration, message) &&
                    readNumber(parser, "time-step", 1e-4, 1.0, s.timeStep, message) &&
                    readNumber(parser, "noise", 0.0, 100.0, noisePercent, message);
    s.relativeNoise = noisePercent / 100.0;
    return ok;
}

bool readSearch(const QCommandLineParser& parser, DiscoverRequest& request, QString& message)
{
    discovery::SearchSettings& s = request.search;
    double seed = 1.0;
    double evaluations = 0.0;
    bool ok = readNumber(parser, "time-limit", 0.0, 1e6, s.timeLimit, message) &&
              readNumber(parser, "evaluations", 0.0, 1e12, evaluations, message) &&
              readNumber(parser, "target-loss", 0.0, 1.0, s.targetLoss, message) &&
              readInteger(parser, "max-complexity", 3, 400, s.maxComplexity, message) &&
              readInteger(parser, "threads", 0, 256, s.threads, message) &&
              readInteger(parser, "samples", 100, 10000000, request.maxSamples, message) &&
              readNumber(parser, "seed", 0.0, 4294967295.0, seed, message);
    if (ok && parser.isSet("operators"))
        ok = readOperators(parser.value("operators"), s.grammar, message);
    if (ok && parser.isSet("loss")) {
        const QString loss = parser.value("loss");
        if (loss == QLatin1String("motion")) {
            s.loss = discovery::LossKind::Motion;
        } else if (loss == QLatin1String("distillation")) {
            s.loss = discovery::LossKind::Distillation;
        } else {
            message = Cli::tr("invalid value \"%1\" for --loss: expected motion or distillation")
                          .arg(loss);
            return false;
        }
    }
    if (ok && evaluations > 0.0 && !parser.isSet("time-limit"))
        s.timeLimit = 0.0;
    if (ok && s.timeLimit == 0.0 && evaluations == 0.0 && s.targetLoss == 0.0) {
        message = Cli::tr("invalid value 0 for --time-limit: a search without a time limit "
                          "needs --evaluations or --target-loss to stop");
        return false;
    }
    s.evaluationBudget = static_cast<long long>(evaluations);
    s.seed = static_cast<std::uint64_t>(seed);
    request.simulation.seed = s.seed;
    return ok;
}

} // namespace

void addDiscoverOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"run", Cli::tr("Discover from a trained network's directory (the output of train)."),
         "dir"},
        {"data", Cli::tr("Discover from a measured trajectory (Tracker export or CSV)."), "file"},
        {"system",
         Cli::tr("Discover from simulated motion of a preset: pendulum, spring or "
                 "double_pendulum."),
         "name"},
        {"lagrangian",
         Cli::tr("Discover from simulated motion of a typed Lagrangian, e.g. "
                 "\"0.5*theta_dot^2 + 9.81*cos(theta)\"."),
         "formula"},
        {"coordinates", Cli::tr("Coordinate names of --lagrangian, comma-separated."), "names"},
        {"param", Cli::tr("Set a parameter, e.g. g=9.81 or length=1.47 (SI units); repeatable."),
         "name=value"},
        {"ranges",
         Cli::tr("Initial-state ranges for simulation, e.g. r=0.8:1.4,theta_dot=0.6:1.2 "
                 "(default: the preset's, or -2:2 shrunk to where L is defined)."),
         "ranges"},
        {"noise",
         Cli::tr("Noise on simulated positions, in percent of each coordinate's standard "
                 "deviation (default 1)."),
         "percent"},
        {"trajectories", Cli::tr("Simulated runs (default 10)."), "n"},
        {"duration", Cli::tr("Seconds per simulated run (default 10)."), "s"},
        {"time-step", Cli::tr("Simulation step and sampling interval in seconds (default 0.01)."),
         "s"},
        {"fit-pivot", Cli::tr("For --data: fit the pendulum's pivot as the centre of the arc.")},
        {"window",
         Cli::tr("Samples per local fit of the differentiator (measured or simulated data); 0 "
                 "chooses from the data."),
         "n"},
        {"loss",
         Cli::tr("motion (default): accelerations of the candidate's Euler-Lagrange "
                 "equations; distillation: the network's L values (needs --run)."),
         "name"},
        {"operators",
         Cli::tr("Operators to use, e.g. +,-,*,/,square,cube,sin,cos,sqrt (the default)."), "list"},
        {"max-complexity", Cli::tr("Largest candidate, in nodes (default 60)."), "n"},
        {"time-limit",
         Cli::tr("Seconds for the search and the final refit of the front (default 60; 0 for "
                 "none, with --evaluations or --target-loss)."),
         "s"},
        {"evaluations",
         Cli::tr("Stop after this many candidate evaluations; without --time-limit the result "
                 "then depends only on the seed."),
         "n"},
        {"target-loss", Cli::tr("Stop once a candidate's loss is at most this."), "loss"},
        {"samples", Cli::tr("Most data samples used (default 20000)."), "n"},
        {"threads", Cli::tr("Worker threads (default: every core)."), "n"},
        {"seed", Cli::tr("Random seed (default 1)."), "n"},
        {"out", Cli::tr("Directory for pareto.json and pareto.csv."), "dir"},
    });
}

std::optional<DiscoverRequest> readDiscoverRequest(const QCommandLineParser& parser,
                                                   QString& message)
{
    DiscoverRequest request;
    if (!parser.isSet("out")) {
        message = Cli::tr("missing --out DIR: the directory to write pareto.json into");
        return std::nullopt;
    }
    request.outputDirectory = parser.value("out");
    if (!readSource(parser, request, message) || !readSimulation(parser, request, message) ||
        !readSearch(parser, request, message))
        return std::nullopt;
    return request;
}

bool applyRanges(const QString& text, const QStringList& coordinates,
                 discovery::DiscoverySimulation& simulation, QString& message)
{
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString name = item.left(equals).trimmed();
        const QStringList bounds = item.mid(equals + 1).split(QLatin1Char(':'));
        bool lowOk = false;
        bool highOk = false;
        const double low = bounds.value(0).toDouble(&lowOk);
        const double high = bounds.value(1).toDouble(&highOk);
        const bool velocity = name.endsWith(QLatin1String("_dot"));
        const qsizetype index = coordinates.indexOf(velocity ? name.chopped(4) : name);
        if (equals <= 0 || bounds.size() != 2 || !lowOk || !highOk || !(low <= high)) {
            message = Cli::tr("invalid --ranges item \"%1\": write NAME=LOW:HIGH with LOW <= HIGH, "
                              "for example theta=-1:1")
                          .arg(item);
            return false;
        }
        if (index < 0) {
            message = Cli::tr("invalid --ranges item \"%1\": \"%2\" is not a coordinate or "
                              "velocity; the coordinates are %3")
                          .arg(item, name, coordinates.join(QStringLiteral(", ")));
            return false;
        }
        auto& ranges = velocity ? simulation.velocityRanges : simulation.positionRanges;
        ranges[static_cast<std::size_t>(index)] = Range{low, high};
    }
    return true;
}

} // namespace lab::cli
