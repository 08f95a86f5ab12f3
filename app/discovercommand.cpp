#include "commandline.h"
#include "discoveroptions.h"
#include "discoverreport.h"
#include "discoverytext.h"
#include "errortext.h"
#include "runreport.h"

#include "discovery/samples.h"
#include "lnn/network.h"
#include "symbolic/parser.h"
#include "symbolic/typedsystem.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <cmath>
#include <random>

namespace lab::cli {

namespace {

using discovery::MotionSamples;

/// Samples for the search with what the output records about their origin.
struct PreparedMotion
{
    MotionSamples samples;
    std::vector<Coordinate> coordinates;
    QJsonObject source;
};

int fail(const QString& message)
{
    printError(QStringLiteral("lagrangian-lab discover: ") + message);
    return 1;
}

int searchAndWrite(const DiscoverRequest& request, const discovery::MotionSamples& samples,
                   const std::vector<Coordinate>& coordinates, const QJsonObject& source);

Result<PreparedMotion> simulate(const Lagrangian& lagrangian, std::vector<Coordinate> coordinates,
                                DiscoverRequest& request, QJsonObject source, QString& message)
{
    discovery::DiscoverySimulation& s = request.simulation;
    QStringList names;
    for (const Coordinate& c : coordinates)
        names << c.name;
    if (!applyRanges(request.ranges, names, s, message))
        return Error{.kind = ErrorKind::InvalidState, .text = request.ranges};

    Result<discovery::SimulatedData> data = simulateForDiscovery(lagrangian, coordinates, s);
    if (!data)
        return data.error();
    PreparedMotion prepared;
    prepared.coordinates = coordinates;
    prepared.samples = discovery::samplesForMotion(data->dataset, data->window, request.maxSamples,
                                                   request.search.seed, data->noise);
    source.insert("trajectories", s.trajectories);
    source.insert("duration_s", s.duration);
    source.insert("time_step_s", s.timeStep);
    source.insert("noise_percent_of_std", 100.0 * s.relativeNoise);
    source.insert("noise_std", QJsonArray::fromVariantList(
                                   QVariantList(data->noise.begin(), data->noise.end())));
    source.insert("differentiator_window", data->window);
    source.insert("redrawn_initial_states", data->redrawn);
    source.insert("weak_rows", prepared.samples.weak.rows());
    source.insert("noise_floor", prepared.samples.weak.noiseFloor);
    QJsonArray ranges;
    for (std::size_t i = 0; i < coordinates.size(); ++i)
        ranges.append(QJsonObject{
            {"name", coordinates[i].name},
            {"position", QJsonArray{s.positionRanges[i].low, s.positionRanges[i].high}},
            {"velocity", QJsonArray{s.velocityRanges[i].low, s.velocityRanges[i].high}}});
    source.insert("ranges", ranges);
    prepared.source = source;
    return prepared;
}

Result<PreparedMotion> prepareMeasured(const DiscoverRequest& request)
{
    Result<MeasuredData> measured = readMeasured(request.path, request.import);
    if (!measured)
        return measured.error();
    Dataset dataset;
    dataset.coordinates = measured->coordinates;
    dataset.training.push_back(measured->trajectory);
    PreparedMotion prepared;
    prepared.coordinates = measured->coordinates;
    const std::vector<double> noise(static_cast<std::size_t>(dataset.dof()), measured->noise);
    prepared.samples = discovery::samplesForMotion(dataset, measured->window, request.maxSamples,
                                                   request.search.seed, noise);
    prepared.source = QJsonObject{{"kind", "data"},
                                  {"file", measured->file},
                                  {"differentiator_window", measured->window},
                                  {"noise_estimate", measured->noise},
                                  {"weak_rows", prepared.samples.weak.rows()},
                                  {"noise_floor", prepared.samples.weak.noiseFloor}};
    return prepared;
}

/// Targets from a trained network at states drawn uniformly from the box of its training
/// data's normalisation (mean +- sqrt(3) standard deviations per variable), which includes
/// states between and beyond the measured ones.
Result<PreparedMotion> prepareFromNetwork(const DiscoverRequest& request)
{
    Result<TrainedModel> model = loadModel(QDir(request.path).filePath(QStringLiteral("model")));
    if (!model)
        model = loadModel(request.path);
    if (!model)
        return model.error();
    const Eigen::VectorXd mean = model->network->normalisationMean();
    const Eigen::VectorXd scale = model->network->normalisationScale();

    std::mt19937_64 random(request.search.seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::vector<Eigen::VectorXd> states;
    for (int i = 0; i < std::min(request.maxSamples, 6000); ++i) {
        Eigen::VectorXd state(mean.size());
        for (Eigen::Index v = 0; v < state.size(); ++v)
            state[v] = mean[v] + std::sqrt(3.0) * scale[v] * unit(random);
        states.push_back(state);
    }
    PreparedMotion prepared;
    prepared.coordinates = model->coordinates;
    prepared.samples = discovery::samplesFromTeacher(*model->network, states);
    prepared.source = QJsonObject{{"kind", "network"}, {"run", request.path}};
    return prepared;
}

Result<PreparedMotion> prepare(DiscoverRequest& request, QString& message)
{
    switch (request.source) {
    case DiscoverSource::Run:
        return prepareFromNetwork(request);
    case DiscoverSource::Data:
        return prepareMeasured(request);
    case DiscoverSource::System: {
        const SystemPreset& preset = *request.system;
        request.simulation.positionRanges = preset.positionRanges;
        request.simulation.velocityRanges = preset.velocityRanges;
        QJsonObject parameters;
        for (const Parameter& p : preset.parameters)
            parameters.insert(p.symbol, p.value);
        return simulate(*makeLagrangian(preset), preset.coordinates, request,
                        QJsonObject{{"kind", "system"},
                                    {"system", preset.id},
                                    {"lagrangian", preset.formula},
                                    {"parameters", parameters}},
                        message);
    }
    case DiscoverSource::Lagrangian:
        break;
    }
    Result<symbolic::TypedSystem> typed =
        symbolic::parseTypedSystem(request.formula, request.coordinates, request.parameters);
    if (!typed)
        return typed.error();
    const auto dof = static_cast<std::size_t>(typed->coordinates.size());
    const std::unique_ptr<Lagrangian> lagrangian = typed->makeLagrangian();
    // Amplitudes of 2 make terms beyond the quadratic visible, such as the x^4 of an
    // anharmonic potential, which at amplitude 1 fits no better than cos x.
    request.simulation.positionRanges.assign(dof, Range{-2.0, 2.0});
    request.simulation.velocityRanges.assign(dof, Range{-2.0, 2.0});
    discovery::fitDefaultRanges(*lagrangian, request.simulation.positionRanges,
                                request.simulation.velocityRanges);
    QJsonObject parameters;
    for (const auto& [name, value] : request.parameters)
        parameters.insert(name, value);
    return simulate(*lagrangian, typed->coordinates, request,
                    QJsonObject{{"kind", "lagrangian"},
                                {"lagrangian", request.formula},
                                {"parameters", parameters}},
                    message);
}

} // namespace

int runDiscover(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Searches for closed-form Lagrangians that explain the motion and writes the "
                "accuracy-versus-complexity front to pareto.json and pareto.csv."));
    parser.addHelpOption();
    addDiscoverOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    QString message;
    std::optional<DiscoverRequest> request = readDiscoverRequest(parser, message);
    if (!request)
        return fail(message);
    Result<PreparedMotion> prepared = prepare(*request, message);
    if (!prepared)
        return fail(message.isEmpty() ? describeError(prepared.error()) : message);
    if (prepared->samples.count < 50)
        return fail(Cli::tr("only %1 usable samples: record a longer trajectory")
                        .arg(prepared->samples.count));
    if (request->search.loss == discovery::LossKind::Distillation &&
        prepared->samples.values.empty())
        return fail(Cli::tr("--loss distillation needs the network's L values: use --run DIR"));

    return searchAndWrite(*request, prepared->samples, prepared->coordinates, prepared->source);
}

} // namespace lab::cli

namespace lab::cli {

namespace {

/// Prints a progress line on stderr at most every two seconds.
void printProgress(const discovery::SearchProgress& progress, QElapsedTimer& timer)
{
    if (timer.isValid() && timer.elapsed() < 2000)
        return;
    timer.restart();
    double best = std::numeric_limits<double>::infinity();
    for (const discovery::Candidate& c : progress.front)
        best = std::min(best, c.loss);
    QTextStream(stderr) << Cli::tr("%1 s  %2 candidates evaluated  front of %3  best loss %4")
                               .arg(progress.seconds, 0, 'f', 1)
                               .arg(progress.evaluations)
                               .arg(progress.front.size())
                               .arg(best, 0, 'e', 3)
                        << Qt::endl;
}

void printFront(const discovery::ParetoFront& front, const symbolic::SymbolTable& symbols)
{
    QTextStream out(stdout);
    for (std::size_t i = 0; i < front.candidates.size(); ++i) {
        const discovery::Candidate& c = front.candidates[i];
        out << (static_cast<int>(i) == front.picked ? "* " : "  ") << qSetFieldWidth(3)
            << c.complexity << qSetFieldWidth(0) << "  " << QString::number(c.loss, 'e', 3) << "  "
            << QString::number(c.score, 'f', 3) << "  "
            << symbolic::formatExpression(c.expression, symbols, symbolic::Notation::Unicode)
            << '\n';
    }
    for (const discovery::FrontNote& note : front.notes)
        out << describeFrontNote(note, front, symbols) << '\n';
}

int searchAndWrite(const DiscoverRequest& request, const discovery::MotionSamples& samples,
                   const std::vector<Coordinate>& coordinates, const QJsonObject& source)
{
    symbolic::SymbolTable symbols;
    for (const Coordinate& c : coordinates)
        symbols.coordinates << c.name;
    QElapsedTimer timer;
    Result<discovery::SearchResult> result = discovery::runSearch(
        samples, symbols, request.search, nullptr,
        [&timer](const discovery::SearchProgress& p) { printProgress(p, timer); });
    if (!result)
        return fail(describeError(result.error()));

    QJsonObject document = describeFront(result->front, symbols);
    document.insert("loss_kind", request.search.loss == discovery::LossKind::Motion
                                     ? QStringLiteral("motion")
                                     : QStringLiteral("distillation"));
    document.insert("source", source);
    document.insert("samples", samples.count);
    document.insert("search", QJsonObject{{"evaluations", result->evaluations},
                                          {"seconds", result->seconds},
                                          {"stopped", describeStopReason(result->reason)},
                                          {"seed", QString::number(request.search.seed)},
                                          {"time_limit_s", request.search.timeLimit},
                                          {"max_complexity", request.search.maxComplexity}});

    const QDir out(request.outputDirectory);
    if (!QDir().mkpath(out.path()))
        return fail(Cli::tr("cannot create the output directory %1").arg(out.path()));
    Status status = writeJson(out.filePath(QStringLiteral("pareto.json")), document);
    if (status)
        status = writeFrontCsv(out.filePath(QStringLiteral("pareto.csv")), result->front, symbols);
    if (!status)
        return fail(describeError(status.error()));
    printFront(result->front, symbols);
    return 0;
}

} // namespace

} // namespace lab::cli
