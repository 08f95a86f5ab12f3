#include "modelsource.h"

#include "commandline.h"
#include "errortext.h"
#include "optionreaders.h"

#include "lnn/network.h"
#include "symbolic/typedsystem.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace lab::cli {

namespace {

ModelSource symbolicSource(const symbolic::TypedSystem& typed, QJsonObject description)
{
    ModelSource source;
    source.lagrangian = typed.makeLagrangian();
    source.coordinates = typed.coordinates;
    source.expression = typed.lagrangian;
    source.symbols = typed.symbols;
    source.positionRanges.assign(typed.coordinates.size(), Range{-1.0, 1.0});
    source.velocityRanges.assign(typed.coordinates.size(), Range{-1.0, 1.0});
    source.description = std::move(description);
    return source;
}

std::optional<ModelSource> loadNetwork(const QString& directory, QString& message)
{
    Result<TrainedModel> model = loadModel(directory);
    if (!model && QFile::exists(QDir(directory).filePath(QStringLiteral("model"))))
        model = loadModel(QDir(directory).filePath(QStringLiteral("model")));
    if (!model) {
        message = describeError(model.error());
        return std::nullopt;
    }
    ModelSource source;
    source.coordinates = model->coordinates;
    for (const Coordinate& c : model->coordinates)
        source.symbols.coordinates << c.name;

    // The box of the training data's normalisation, mean +- sqrt(3) standard deviations.
    const Eigen::VectorXd mean = model->network->normalisationMean();
    const Eigen::VectorXd scale = model->network->normalisationScale();
    const auto dof = static_cast<Eigen::Index>(model->coordinates.size());
    for (Eigen::Index i = 0; i < 2 * dof; ++i) {
        const Range range{mean[i] - std::sqrt(3.0) * scale[i], mean[i] + std::sqrt(3.0) * scale[i]};
        (i < dof ? source.positionRanges : source.velocityRanges).push_back(range);
    }
    source.lagrangian = std::move(model->network);
    source.description = QJsonObject{{"kind", "network"}, {"model", directory}};
    return source;
}

std::optional<QJsonObject> readParetoFile(const QString& directory, QString& message)
{
    const QString path = QDir(directory).filePath(QStringLiteral("pareto.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message = Cli::tr("cannot read %1 (%2): --run expects the directory that "
                          "'lagrangian-lab discover --out DIR' wrote")
                      .arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        message = Cli::tr("invalid JSON in %1 at byte %2 (%3): run discover again to rewrite it")
                      .arg(path)
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

/// The candidate's index: --candidate N, else the file's pick.
std::optional<int> readCandidateIndex(const QCommandLineParser& parser, const QJsonObject& front,
                                      const QString& path, QString& message)
{
    const int count = static_cast<int>(front.value("candidates").toArray().size());
    if (count == 0) {
        message = Cli::tr("%1 lists no candidates: run discover again").arg(path);
        return std::nullopt;
    }
    if (!parser.isSet("candidate"))
        return std::clamp(front.value("picked").toInt(0), 0, count - 1);
    bool ok = false;
    const int index = parser.value("candidate").toInt(&ok);
    if (!ok || index < 0 || index >= count) {
        message = Cli::tr("invalid --candidate \"%1\": %2 has %3 candidates, numbered 0 to %4")
                      .arg(parser.value("candidate"), path)
                      .arg(count)
                      .arg(count - 1);
        return std::nullopt;
    }
    return index;
}

/// Replaces the -1 to 1 defaults by the simulation ranges that discover recorded.
void applyRecordedRanges(const QJsonObject& front, ModelSource& source)
{
    const QJsonArray ranges = front.value("source").toObject().value("ranges").toArray();
    for (const auto& item : ranges) {
        const QJsonObject range = item.toObject();
        const qsizetype index = source.symbols.coordinates.indexOf(range.value("name").toString());
        const QJsonArray position = range.value("position").toArray();
        const QJsonArray velocity = range.value("velocity").toArray();
        if (index < 0 || position.size() != 2 || velocity.size() != 2)
            continue;
        const auto i = static_cast<std::size_t>(index);
        source.positionRanges[i] = Range{position[0].toDouble(), position[1].toDouble()};
        source.velocityRanges[i] = Range{velocity[0].toDouble(), velocity[1].toDouble()};
    }
}

std::optional<ModelSource> loadCandidate(const QCommandLineParser& parser, QString& message)
{
    const QString directory = parser.value("run");
    const QString path = QDir(directory).filePath(QStringLiteral("pareto.json"));
    const std::optional<QJsonObject> front = readParetoFile(directory, message);
    if (!front)
        return std::nullopt;
    const std::optional<int> index = readCandidateIndex(parser, *front, path, message);
    if (!index)
        return std::nullopt;

    QStringList names;
    const QJsonArray coordinates = front->value("coordinates").toArray();
    for (const auto& name : coordinates)
        names << name.toString();
    const QString formula =
        front->value("candidates").toArray().at(*index).toObject().value("formula").toString();
    Result<symbolic::TypedSystem> typed = symbolic::parseTypedSystem(formula, names, {});
    if (!typed) {
        message = Cli::tr("candidate %1 in %2 cannot be read: %3")
                      .arg(*index)
                      .arg(path, describeError(typed.error()));
        return std::nullopt;
    }
    ModelSource source = symbolicSource(
        *typed, QJsonObject{{"kind", "candidate"}, {"run", directory}, {"candidate", *index}});
    applyRecordedRanges(*front, source);
    return source;
}

std::optional<ModelSource> loadTyped(const QCommandLineParser& parser, QString& message)
{
    if (!parser.isSet("coordinates")) {
        message = Cli::tr("missing --coordinates: name the coordinates of the Lagrangian, for "
                          "example --coordinates theta or --coordinates r,theta");
        return std::nullopt;
    }
    std::vector<std::pair<QString, double>> parameters;
    if (!readNamedValues(parser, "param", parameters, message))
        return std::nullopt;
    const QString formula = parser.value("lagrangian");
    Result<symbolic::TypedSystem> typed = symbolic::parseTypedSystem(
        formula, parser.value("coordinates").split(QLatin1Char(',')), parameters);
    if (!typed) {
        message = describeError(typed.error());
        return std::nullopt;
    }
    return symbolicSource(*typed, QJsonObject{{"kind", "lagrangian"}, {"lagrangian", formula}});
}

std::optional<ModelSource> loadPreset(const QCommandLineParser& parser, QString& message)
{
    Result<SystemPreset> preset = findPreset(parser.value("system"));
    if (!preset) {
        message = describeError(preset.error());
        return std::nullopt;
    }
    if (!readPresetParameters(parser, *preset, message))
        return std::nullopt;
    QStringList names;
    std::vector<std::pair<QString, double>> parameters;
    for (const Coordinate& c : preset->coordinates)
        names << c.name;
    for (const Parameter& p : preset->parameters)
        parameters.emplace_back(p.symbol, p.value);
    Result<symbolic::TypedSystem> typed =
        symbolic::parseTypedSystem(preset->formula, names, parameters);
    if (!typed) {
        message = describeError(typed.error());
        return std::nullopt;
    }
    ModelSource source = symbolicSource(
        *typed,
        QJsonObject{{"kind", "system"}, {"system", preset->id}, {"lagrangian", preset->formula}});
    source.coordinates = preset->coordinates;
    source.positionRanges = preset->positionRanges;
    source.velocityRanges = preset->velocityRanges;
    return source;
}

} // namespace

void addModelSourceOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"model", Cli::tr("A trained network's directory (the output of train)."), "dir"},
        {"run", Cli::tr("A directory with pareto.json (the output of discover)."), "dir"},
        {"candidate",
         Cli::tr("Index of the --run candidate in pareto.json's candidates list (default: the "
                 "picked one)."),
         "n"},
        {"lagrangian", Cli::tr("A typed Lagrangian, e.g. \"0.5*theta_dot^2 + 9.81*cos(theta)\"."),
         "formula"},
        {"coordinates", Cli::tr("Coordinate names of --lagrangian, comma-separated."), "names"},
        {"param", Cli::tr("Set a parameter, e.g. g=9.81 or length=1.47 (SI units); repeatable."),
         "name=value"},
        {"system", Cli::tr("A preset: pendulum, spring or double_pendulum."), "name"},
        {"planar",
         Cli::tr("Two coordinates that are the x and y of one point, e.g. x,y; repeatable. "
                 "Without it, coordinates named x and y are paired."),
         "x,y"},
        {"tolerance",
         Cli::tr("Largest relative symmetry violation that counts as conserved (default 1e-6; "
                 "0.01 for a network)."),
         "value"},
    });
}

bool hasModelSource(const QCommandLineParser& parser)
{
    return parser.isSet("model") || parser.isSet("run") || parser.isSet("lagrangian") ||
           parser.isSet("system");
}

std::optional<ModelSource> loadModelSource(const QCommandLineParser& parser, QString& message)
{
    const int count = int(parser.isSet("model")) + int(parser.isSet("run")) +
                      int(parser.isSet("lagrangian")) + int(parser.isSet("system"));
    if (count != 1) {
        message = Cli::tr("give exactly one of --model DIR, --run DIR, --lagrangian FORMULA and "
                          "--system NAME");
        return std::nullopt;
    }
    if (parser.isSet("candidate") && !parser.isSet("run")) {
        message = Cli::tr("--candidate needs --run DIR, the directory with pareto.json");
        return std::nullopt;
    }
    if (parser.isSet("model"))
        return loadNetwork(parser.value("model"), message);
    if (parser.isSet("run"))
        return loadCandidate(parser, message);
    if (parser.isSet("lagrangian"))
        return loadTyped(parser, message);
    return loadPreset(parser, message);
}

bool readPlanarPairs(const QCommandLineParser& parser, const std::vector<Coordinate>& coordinates,
                     std::vector<PlanarPair>& pairs, bool& automatic, QString& message)
{
    const QStringList names = coordinateNames(coordinates);
    automatic = !parser.isSet("planar");
    if (automatic) {
        if (names.contains(QStringLiteral("x")) && names.contains(QStringLiteral("y")))
            pairs.push_back(PlanarPair{static_cast<int>(names.indexOf(QStringLiteral("x"))),
                                       static_cast<int>(names.indexOf(QStringLiteral("y")))});
        return true;
    }
    for (const QString& item : parser.values("planar")) {
        const QStringList parts = item.split(QLatin1Char(','));
        const qsizetype x = parts.size() == 2 ? names.indexOf(parts[0].trimmed()) : -1;
        const qsizetype y = parts.size() == 2 ? names.indexOf(parts[1].trimmed()) : -1;
        const bool used = std::ranges::any_of(pairs, [&](const PlanarPair& p) {
            return p.x == x || p.y == x || p.x == y || p.y == y;
        });
        if (x < 0 || y < 0 || x == y || used) {
            message = Cli::tr("invalid --planar \"%1\": write two different coordinates as X,Y, "
                              "each in one pair only; the coordinates are %2")
                          .arg(item, names.join(QStringLiteral(", ")));
            return false;
        }
        pairs.push_back(PlanarPair{static_cast<int>(x), static_cast<int>(y)});
    }
    return true;
}

bool readTolerance(const QCommandLineParser& parser, const ModelSource& source, double& tolerance,
                   QString& message)
{
    // NOTE: 0.01 for networks is an estimate of how closely a trained network keeps an exact
    // symmetry of its data. It has not been measured on trained models.
    tolerance = source.expression ? 1e-6 : 0.01;
    if (!readNumber(parser, "tolerance", 0.0, 1e6, tolerance, message))
        return false;
    if (!(tolerance > 0.0)) {
        message = Cli::tr("invalid value \"%1\" for --tolerance: expected a number above 0")
                      .arg(parser.value("tolerance"));
        return false;
    }
    return true;
}

QStringList coordinateNames(const std::vector<Coordinate>& coordinates)
{
    QStringList names;
    for (const Coordinate& c : coordinates)
        names << c.name;
    return names;
}

} // namespace lab::cli
