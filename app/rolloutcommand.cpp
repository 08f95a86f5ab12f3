#include "commandline.h"
#include "conservedreport.h"
#include "errortext.h"
#include "modelsource.h"
#include "optionreaders.h"

#include "analysis/conservation.h"
#include "analysis/conservedformulas.h"
#include "mechanics/integration.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace lab::cli {

namespace {

int fail(const QString& message, int status = 1)
{
    printError(QStringLiteral("lagrangian-lab rollout: ") + message);
    return status;
}

void addRolloutOptions(QCommandLineParser& parser)
{
    addModelSourceOptions(parser);
    parser.addOptions({
        {"state",
         Cli::tr("Initial coordinates then velocities, e.g. 1,0 for theta = 1 rad at "
                 "rest."),
         "q1,...,qd1,..."},
        {"dt", Cli::tr("Time step and output spacing in seconds."), "s"},
        {"steps", Cli::tr("Number of steps; the CSV has steps + 1 rows."), "n"},
        {"integrator",
         Cli::tr("rk4 (default), adaptive (Dormand-Prince 5(4) with error control) or "
                 "variational (Stoermer-Verlet for separable L, else the midpoint rule)."),
         "name"},
        {"out", Cli::tr("CSV file to write."), "file"},
    });
}

/// Reads --dt, --steps and --integrator.
bool readIntegration(const QCommandLineParser& parser, IntegrationSettings& settings,
                     QString& message)
{
    if (!parser.isSet("dt") || !parser.isSet("steps")) {
        message = Cli::tr("missing --dt or --steps: give the time step in seconds and the number "
                          "of steps, for example --dt 0.01 --steps 1000");
        return false;
    }
    if (!readNumber(parser, "dt", 1e-9, 1e6, settings.timeStep, message) ||
        !readInteger(parser, "steps", 1, maxIntegrationSteps, settings.steps, message))
        return false;
    const QString name = parser.value("integrator");
    if (name.isEmpty() || name == QLatin1String("rk4")) {
        settings.kind = IntegratorKind::Rk4;
    } else if (name == QLatin1String("adaptive")) {
        settings.kind = IntegratorKind::DormandPrince;
    } else if (name == QLatin1String("variational")) {
        settings.kind = IntegratorKind::Variational;
    } else {
        message = Cli::tr("invalid value \"%1\" for --integrator: expected rk4, adaptive or "
                          "variational")
                      .arg(name);
        return false;
    }
    return true;
}

QString integrationFailure(const Error& error, const IntegrationSettings& settings)
{
    if (error.step < 0)
        return describeError(error);
    return Cli::tr("the rollout failed at step %1 (t = %2 s): %3")
        .arg(error.step)
        .arg(error.step * settings.timeStep, 0, 'g', 6)
        .arg(describeError(error));
}

/// Writes t, the coordinates, the velocities, the energy and one column per quantity.
Status writeRolloutCsv(const QString& path, const ModelSource& source, const Trajectory& run,
                       const Eigen::VectorXd& energy,
                       const std::vector<ConservedQuantity>& quantities)
{
    QStringList header{QStringLiteral("t")};
    header << stateNames(source.coordinates) << QStringLiteral("energy");
    std::vector<Eigen::VectorXd> columns{energy};
    for (const ConservedQuantity& quantity : quantities) {
        header << quantityKey(quantity);
        columns.push_back(quantitySeries(quantity, *source.lagrangian, run));
    }

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error{.kind = ErrorKind::FileNotWritable, .file = path, .text = file.errorString()};
    QTextStream out(&file);
    out << header.join(QLatin1Char(',')) << '\n';
    const auto number = [&out](double value) {
        out << ',' << QString::number(value, 'g', 15);
    };
    for (int row = 0; row < run.samples(); ++row) {
        out << QString::number(run.t[row], 'g', 15);
        for (int i = 0; i < run.dof(); ++i)
            number(run.q(row, i));
        for (int i = 0; i < run.dof(); ++i)
            number(run.qd(row, i));
        for (const Eigen::VectorXd& column : columns)
            number(column[row]);
        out << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        return Error{.kind = ErrorKind::FileNotWritable, .file = path, .text = file.errorString()};
    return Success{};
}

/// The quantities that are conserved on the box around the rollout.
std::optional<std::vector<ConservedQuantity>> conservedAlong(const QCommandLineParser& parser,
                                                             const ModelSource& source,
                                                             const Trajectory& run,
                                                             QString& message)
{
    NoetherSettings settings;
    bool automatic = false;
    if (!readPlanarPairs(parser, source.coordinates, settings.planarPairs, automatic, message) ||
        !readTolerance(parser, source, settings.tolerance, message))
        return std::nullopt;
    const auto [positions, velocities] = boxAround(run);
    const std::optional<SymmetryCheck> check =
        checkSymmetries(source, positions, velocities, settings, message);
    if (!check)
        return std::nullopt;
    std::vector<ConservedQuantity> conserved;
    std::ranges::copy_if(check->quantities, std::back_inserter(conserved),
                         [](const ConservedQuantity& q) { return q.conserved; });
    return conserved;
}

QJsonObject describeRollout(const QString& path, const IntegrationRun& run,
                            const Eigen::VectorXd& energy,
                            const std::vector<ConservedQuantity>& quantities)
{
    const DriftMeasures drift = measureDrift(run.trajectory.t, energy);
    QJsonArray columns;
    for (const ConservedQuantity& quantity : quantities)
        columns.append(quantityKey(quantity));
    return QJsonObject{
        {"file", path},
        {"rows", run.trajectory.samples()},
        {"scheme", schemeId(run.scheme)},
        {"conserved_columns", columns},
        {"energy_drift", QJsonObject{{"initial", drift.initial},
                                     {"max_relative_error", drift.maxRelativeError},
                                     {"final_relative_error", drift.finalRelativeError},
                                     {"relative_trend", drift.relativeTrend}}}};
}

int rolloutAndWrite(const QCommandLineParser& parser, const ModelSource& source,
                    const Eigen::VectorXd& state, const IntegrationSettings& settings)
{
    const int dof = source.lagrangian->dof();
    const Result<IntegrationRun> run =
        integrate(*source.lagrangian, state.head(dof), state.tail(dof), settings);
    if (!run)
        return fail(integrationFailure(run.error(), settings));

    QString message;
    const std::optional<std::vector<ConservedQuantity>> quantities =
        conservedAlong(parser, source, run->trajectory, message);
    if (!quantities)
        return fail(message, 2);
    const QString path = parser.value("out");
    const Eigen::VectorXd energy = energySeries(*source.lagrangian, run->trajectory);
    const Status written = writeRolloutCsv(path, source, run->trajectory, energy, *quantities);
    if (!written)
        return fail(describeError(written.error()));

    QTextStream(stdout) << QJsonDocument(describeRollout(path, *run, energy, *quantities))
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
    return 0;
}

} // namespace

int runRollout(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Integrates the Euler-Lagrange equations of a model from one state and writes t, the "
        "coordinates, the velocities, the energy and every conserved momentum to a CSV file."));
    parser.addHelpOption();
    addRolloutOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    QString message;
    IntegrationSettings settings;
    if (!parser.isSet("out") || !parser.isSet("state"))
        return fail(Cli::tr("missing --out FILE or --state Q1,...,QD1,...: give the CSV file to "
                            "write and the initial state"),
                    2);
    if (!readIntegration(parser, settings, message))
        return fail(message, 2);
    std::optional<ModelSource> source = loadModelSource(parser, message);
    if (!source)
        return fail(message);
    const std::optional<Eigen::VectorXd> state =
        parseState(parser.value("state"), coordinateNames(source->coordinates), message);
    if (!state)
        return fail(message, 2);
    return rolloutAndWrite(parser, *source, *state, settings);
}

} // namespace lab::cli
