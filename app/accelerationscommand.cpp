#include "commandline.h"
#include "errortext.h"
#include "optionreaders.h"

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
