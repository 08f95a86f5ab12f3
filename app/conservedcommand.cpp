#include "commandline.h"
#include "conservedreport.h"
#include "discoveroptions.h"
#include "errortext.h"
#include "modelsource.h"
#include "optionreaders.h"

#include "analysis/damping.h"
#include "analysis/restoringfit.h"
#include "data/measuredreader.h"
#include "symbolic/expressionlagrangian.h"
#include "symbolic/parser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace lab::cli {

namespace {

int fail(const QString& message, int status = 1)
{
    printError(QStringLiteral("lagrangian-lab conserved: ") + message);
    return status;
}

void addConservedOptions(QCommandLineParser& parser)
{
    addModelSourceOptions(parser);
    parser.addOptions({
        {"data",
         Cli::tr("Measured trajectory (Tracker export or CSV): check the symmetries on its "
                 "states and measure its energy loss and damping. Without a model option, a "
                 "pendulum (angles) or harmonic oscillator per coordinate is fitted to it."),
         "file"},
        {"ranges",
         Cli::tr("Box of states for the symmetry checks, e.g. r=0.5:2,theta_dot=-1:1 (default "
                 "-1:1, the preset's, the ranges in pareto.json or the network's training "
                 "box). With --data, the box around the data's states is used."),
         "ranges"},
        {"fit-pivot", Cli::tr("For --data: fit the pendulum's pivot as the centre of the arc.")},
        {"window",
         Cli::tr("For --data: samples per local fit of the differentiator; 0 chooses from the "
                 "data."),
         "n"},
    });
}

/// A model source for the default conservative model fitted to the data.
ModelSource fittedSource(const RestoringFit& fit, const std::vector<Coordinate>& coordinates)
{
    ModelSource source;
    source.lagrangian =
        std::make_unique<symbolic::ExpressionLagrangian>(fit.lagrangian, fit.symbols);
    source.coordinates = coordinates;
    source.expression = fit.lagrangian;
    source.symbols = fit.symbols;
    source.description = describeRestoringFit(fit);
    return source;
}

/// The model for --data: the one the options name, else the fitted default.
std::optional<ModelSource> loadDataModel(const QCommandLineParser& parser,
                                         const MeasuredData& measured, QString& message)
{
    if (hasModelSource(parser))
        return loadModelSource(parser, message);
    const Result<RestoringFit> fit =
        fitRestoringModel(measured.trajectory, measured.coordinates, measured.window / 2);
    if (fit)
        return fittedSource(*fit, measured.coordinates);
    if (fit.error().kind == ErrorKind::InvalidParameter)
        message = Cli::tr("no restoring force found for %1 in %2 (fitted stiffness %3): give a "
                          "model with --model, --run, --lagrangian or --system")
                      .arg(fit.error().text, measured.file)
                      .arg(fit.error().value);
    else
        message = describeError(fit.error());
    return std::nullopt;
}

QJsonArray describePairs(const std::vector<PlanarPair>& pairs, const ModelSource& source)
{
    QJsonArray array;
    for (const PlanarPair& pair : pairs)
        array.append(QJsonArray{source.symbols.coordinates.value(pair.x),
                                source.symbols.coordinates.value(pair.y)});
    return array;
}

/// The symmetry checks and formulas as JSON, or nothing with a message.
std::optional<QJsonObject> describeSymmetries(const QCommandLineParser& parser,
                                              const ModelSource& source,
                                              const std::vector<Range>& positions,
                                              const std::vector<Range>& velocities,
                                              QString& message)
{
    NoetherSettings settings;
    bool automatic = false;
    if (!readPlanarPairs(parser, source.coordinates, settings.planarPairs, automatic, message) ||
        !readTolerance(parser, source, settings.tolerance, message))
        return std::nullopt;
    const std::optional<SymmetryCheck> check =
        checkSymmetries(source, positions, velocities, settings, message);
    if (!check)
        return std::nullopt;
    QJsonObject object = describeQuantities(source, check->quantities);
    object.insert("source", source.description);
    object.insert("coordinates", QJsonArray::fromStringList(source.symbols.coordinates));
    object.insert("lagrangian",
                  source.expression
                      ? QJsonValue(symbolic::formatExpression(*source.expression, source.symbols,
                                                              symbolic::Notation::Sympy))
                      : QJsonValue(QJsonValue::Null));
    QJsonObject parameters;
    for (int i = 0; i < source.symbols.parameters.size(); ++i)
        parameters.insert(source.symbols.parameters[i], source.symbols.parameterValues[i]);
    object.insert("parameters", parameters);
    object.insert("planar_pairs", describePairs(settings.planarPairs, source));
    object.insert("planar_pairs_automatic", automatic);
    object.insert("tolerance", settings.tolerance);
    object.insert("states_checked", check->states);
    return object;
}

int printJson(const QJsonObject& object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
    return 0;
}

int runOnModel(const QCommandLineParser& parser)
{
    QString message;
    std::optional<ModelSource> source = loadModelSource(parser, message);
    if (!source)
        return fail(message);
    discovery::DiscoverySimulation box;
    box.positionRanges = source->positionRanges;
    box.velocityRanges = source->velocityRanges;
    if (!applyRanges(parser.value("ranges"), source->symbols.coordinates, box, message))
        return fail(message, 2);
    const std::optional<QJsonObject> object =
        describeSymmetries(parser, *source, box.positionRanges, box.velocityRanges, message);
    if (!object)
        return fail(message, 2);
    return printJson(*object);
}

int addDamping(const ModelSource& source, const MeasuredData& measured, QJsonObject& object)
{
    DampingSettings settings;
    settings.edgeSamples = measured.window / 2;
    const Result<DampingAnalysis> analysis =
        analyseDamping(*source.lagrangian, measured.trajectory, settings);
    if (!analysis)
        return fail(describeError(analysis.error()));
    const QString formula = object.value("lagrangian").toString();
    const QJsonObject damping = describeDamping(*analysis, formula);
    for (auto it = damping.begin(); it != damping.end(); ++it)
        object.insert(it.key(), it.value());
    object.insert("data", QJsonObject{{"file", measured.file},
                                      {"samples", measured.trajectory.samples()},
                                      {"differentiator_window", measured.window},
                                      {"edge_samples", settings.edgeSamples}});
    return printJson(object);
}

int runOnData(const QCommandLineParser& parser)
{
    QString message;
    ImportOptions import;
    import.pivot = parser.isSet("fit-pivot") ? PivotMode::FitArc : PivotMode::Origin;
    if (!readInteger(parser, "window", 0, 501, import.differentiator.window, message))
        return fail(message, 2);
    const Result<MeasuredData> measured = readMeasured(parser.value("data"), import);
    if (!measured)
        return fail(describeError(measured.error()));
    const std::optional<ModelSource> source = loadDataModel(parser, *measured, message);
    if (!source)
        return fail(message);
    if (source->lagrangian->dof() != measured->trajectory.dof())
        return fail(Cli::tr("the model has %1 coordinates (%2) but %3 has %4 (%5): give a model "
                            "of the measured system")
                        .arg(source->lagrangian->dof())
                        .arg(source->symbols.coordinates.join(QStringLiteral(", ")), measured->file)
                        .arg(measured->trajectory.dof())
                        .arg(coordinateNames(measured->coordinates).join(QStringLiteral(", "))));

    const auto [positions, velocities] = boxAround(measured->trajectory);
    std::optional<QJsonObject> object =
        describeSymmetries(parser, *source, positions, velocities, message);
    if (!object)
        return fail(message, 2);
    return addDamping(*source, *measured, *object);
}

} // namespace

int runConserved(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints the energy and the conserved momenta of a model as one JSON object, with "
                "formulas in SymPy notation where the model is symbolic. With --data, also the "
                "measured energy loss and damping."));
    parser.addHelpOption();
    addConservedOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return parser.isSet("data") ? runOnData(parser) : runOnModel(parser);
}

} // namespace lab::cli
