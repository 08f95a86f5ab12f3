#include "commandline.h"
#include "errortext.h"

#include "lnn/network.h"
#include "mechanics/eulerlagrange.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

namespace lab::cli {

namespace {

/// Parses "Q1,...,QD1,..." into 2 * dof numbers; sets message on failure.
std::optional<Eigen::VectorXd> parseState(const QString& text, const QStringList& coordinateNames,
                                          QString& message)
{
    const auto dof = static_cast<int>(coordinateNames.size());
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2 * dof) {
        message = Cli::tr("invalid --state \"%1\": expected %2 comma-separated numbers, the "
                          "coordinates (%3) and then their velocities")
                      .arg(text)
                      .arg(2 * dof)
                      .arg(coordinateNames.join(QLatin1Char(',')));
        return std::nullopt;
    }
    Eigen::VectorXd state(2 * dof);
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        state[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(state[i])) {
            message = Cli::tr("invalid --state \"%1\": item %2, \"%3\", is not a finite number")
                          .arg(text)
                          .arg(i + 1)
                          .arg(parts[i]);
            return std::nullopt;
        }
    }
    return state;
}

QStringList stateCoordinateNames(const std::vector<Coordinate>& coordinates)
{
    QStringList names;
    for (const Coordinate& coordinate : coordinates)
        names << coordinate.name;
    return names;
}

} // namespace

int runAccelerations(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints a trained model's accelerations at one state as a line of JSON."));
    parser.addHelpOption();
    parser.addOptions(
        {{"model", Cli::tr("Directory written by 'lagrangian-lab train --out'."), "dir"},
         {"state", Cli::tr("Coordinates then velocities, e.g. 0.2,0 or -0.2,0."),
          "q1,...,qd1,..."}});
    const QString prefix = QStringLiteral("lagrangian-lab accelerations: ");
    if (!parser.parse(arguments)) {
        printError(prefix + parser.errorText());
        return 2;
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet("model") || !parser.isSet("state")) {
        printError(prefix + Cli::tr("give --model DIR and --state Q1,...,QD1,..."));
        return 2;
    }

    Result<TrainedModel> model = loadModel(parser.value("model"));
    if (!model.ok()) {
        printError(prefix + describeError(model.error()));
        return 1;
    }
    const int dof = model->network->dof();
    QString message;
    const std::optional<Eigen::VectorXd> state =
        parseState(parser.value("state"), stateCoordinateNames(model->coordinates), message);
    if (!state) {
        printError(prefix + message);
        return 2;
    }
    const Result<Eigen::VectorXd> a =
        accelerations(*model->network, state->head(dof), state->tail(dof));
    if (!a.ok()) {
        printError(prefix + describeError(a.error()));
        return 1;
    }
    QJsonArray values;
    for (Eigen::Index i = 0; i < a->size(); ++i)
        values.append((*a)[i]);
    QTextStream(stdout)
        << QJsonDocument(QJsonObject{{"accelerations", values}}).toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace lab::cli
