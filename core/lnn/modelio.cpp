#include "lnn/networkimpl.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lab {

namespace {

const QLatin1String modelFormat("lagrangian-lab-model");
constexpr int modelVersion = 1;

QJsonArray toJson(const Eigen::VectorXd& values)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < values.size(); ++i)
        array.append(values[i]);
    return array;
}

Eigen::VectorXd vectorFromJson(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    Eigen::VectorXd result(array.size());
    for (int i = 0; i < array.size(); ++i)
        result[i] = array[i].toDouble(std::nan(""));
    return result;
}

std::string parameterName(size_t index)
{
    return QStringLiteral("p%1").arg(index).toStdString();
}

Error modelError(const QString& directory, const QString& problem)
{
    return Error{.kind = ErrorKind::ModelInvalid, .file = directory, .text = problem};
}

QJsonObject describe(const LagrangianNetwork& network, const std::vector<Coordinate>& coordinates)
{
    QJsonArray coordinateArray;
    for (const Coordinate& c : coordinates)
        coordinateArray.append(
            QJsonObject{{"name", c.name}, {"unit", c.unit}, {"angle", c.isAngle}});

    const NetworkSettings& s = network.settings();
    return QJsonObject{
        {"format", modelFormat},
        {"version", modelVersion},
        {"dof", network.dof()},
        {"coordinates", coordinateArray},
        {"network", QJsonObject{{"width", s.width},
                                {"depth", s.depth},
                                {"activation", activationName(s.activation)},
                                {"dtype", s.doublePrecision ? "float64" : "float32"}}},
        {"normalisation", QJsonObject{{"mean", toJson(network.normalisationMean())},
                                      {"scale", toJson(network.normalisationScale())}}},
    };
}

Result<NetworkSettings> readSettings(const QJsonObject& json, const QString& directory)
{
    NetworkSettings settings;
    settings.width = json.value("width").toInt(0);
    settings.depth = json.value("depth").toInt(0);
    settings.doublePrecision = json.value("dtype").toString() == QLatin1String("float64");
    const std::optional<Activation> activation =
        parseActivation(json.value("activation").toString());
    if (settings.width < 1 || settings.depth < 1 || !activation)
        return modelError(directory, QStringLiteral("network settings"));
    settings.activation = *activation;
    return settings;
}

std::vector<Coordinate> readCoordinates(const QJsonArray& array)
{
    std::vector<Coordinate> coordinates;
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        coordinates.push_back(Coordinate{.name = object.value("name").toString(),
                                         .unit = object.value("unit").toString(),
                                         .isAngle = object.value("angle").toBool()});
    }
    return coordinates;
}

} // namespace

Status saveModel(const QString& directory, const LagrangianNetwork& network,
                 const std::vector<Coordinate>& coordinates, const QJsonObject& metadata)
{
    if (!QDir().mkpath(directory))
        return Error{.kind = ErrorKind::FileNotWritable, .file = directory};

    QJsonObject description = describe(network, coordinates);
    description.insert("metadata", metadata);
    QFile file(QDir(directory).filePath("model.json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{.kind = ErrorKind::FileNotWritable,
                     .file = file.fileName(),
                     .text = file.errorString()};
    file.write(QJsonDocument(description).toJson());

    const QString weightsPath = QDir(directory).filePath("model.pt");
    try {
        torch::serialize::OutputArchive archive;
        const std::vector<torch::Tensor> parameters = network.impl().parameters();
        for (size_t i = 0; i < parameters.size(); ++i)
            archive.write(parameterName(i), parameters[i].detach());
        archive.save_to(weightsPath.toStdString());
    } catch (const c10::Error& error) {
        return Error{.kind = ErrorKind::FileNotWritable,
                     .file = weightsPath,
                     .text = QString::fromStdString(error.what_without_backtrace())};
    }
    return Success{};
}

Result<TrainedModel> loadModel(const QString& directory)
{
    QFile file(QDir(directory).filePath("model.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{.kind = ErrorKind::FileNotFound, .file = file.fileName()};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value("format").toString() != modelFormat || json.value("version").toInt() != 1)
        return modelError(directory, QStringLiteral("model.json format"));

    const int dof = json.value("dof").toInt(0);
    std::vector<Coordinate> coordinates = readCoordinates(json.value("coordinates").toArray());
    Result<NetworkSettings> settings = readSettings(json.value("network").toObject(), directory);
    if (!settings.ok())
        return settings.error();
    if (dof < 1 || static_cast<int>(coordinates.size()) != dof)
        return modelError(directory, QStringLiteral("coordinates"));

    const QJsonObject normalisation = json.value("normalisation").toObject();
    const Eigen::VectorXd mean = vectorFromJson(normalisation.value("mean"));
    const Eigen::VectorXd scale = vectorFromJson(normalisation.value("scale"));
    if (mean.size() != 2 * dof || scale.size() != 2 * dof || !mean.allFinite() ||
        !scale.allFinite() || (scale.array() <= 0.0).any())
        return modelError(directory, QStringLiteral("normalisation"));

    TrainedModel model;
    model.network = std::make_unique<LagrangianNetwork>(dof, *settings, 0);
    model.network->setNormalisation(mean, scale);
    model.coordinates = std::move(coordinates);
    model.metadata = json.value("metadata").toObject();

    const QString weightsPath = QDir(directory).filePath("model.pt");
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(weightsPath.toStdString());
        torch::NoGradGuard noGrad;
        const std::vector<torch::Tensor> parameters = model.network->impl().parameters();
        for (size_t i = 0; i < parameters.size(); ++i) {
            torch::Tensor stored;
            archive.read(parameterName(i), stored);
            if (!stored.sizes().equals(parameters[i].sizes()))
                return modelError(directory, QStringLiteral("model.pt shapes"));
            parameters[i].copy_(stored);
        }
    } catch (const c10::Error& error) {
        return modelError(weightsPath, QString::fromStdString(error.what_without_backtrace()));
    }
    return model;
}

} // namespace lab
