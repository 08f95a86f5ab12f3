#include "commandline.h"
#include "errortext.h"
#include "runreport.h"
#include "trainoptions.h"

#include "data/measuredreader.h"
#include "lnn/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>
#include <cmath>

namespace lab::cli {

namespace {

QString formatDuration(double seconds)
{
    const int whole = static_cast<int>(std::lround(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

/// Prints a progress line on stderr at most every two seconds.
class ProgressPrinter
{
public:
    ProgressPrinter() { m_timer.start(); }

    void operator()(const TrainingProgress& p)
    {
        if (m_timer.isValid() && m_timer.elapsed() < 2000 && p.latest.epoch != 1)
            return;
        m_timer.restart();
        QTextStream(stderr) << Cli::tr("epoch %1/%2  training loss %3  validation loss %4  "
                                       "%5 samples/s  time left %6")
                                   .arg(p.latest.epoch)
                                   .arg(p.maxEpochs)
                                   .arg(p.latest.training, 0, 'e', 3)
                                   .arg(p.latest.validation, 0, 'e', 3)
                                   .arg(std::lround(p.samplesPerSecond))
                                   .arg(formatDuration(p.secondsLeft))
                            << Qt::endl;
    }

private:
    QElapsedTimer m_timer;
};

struct PreparedData
{
    Dataset dataset;
    std::optional<Trajectory> wholeRun; ///< the measured trajectory before splitting
    QJsonObject source;
};

QJsonObject describeMeasured(const MeasuredData& data)
{
    return QJsonObject{{"kind", "data"},
                       {"file", QFileInfo(data.file).absoluteFilePath()},
                       {"rows", static_cast<int>(data.rawTime.size())},
                       {"pendulum_track", data.pendulumTrack},
                       {"pivot_m", QJsonArray{data.pivot.x(), data.pivot.y()}},
                       {"radius_m", data.radius},
                       {"differentiator_window", data.window},
                       {"noise_estimate", data.noise}};
}

Result<PreparedData> prepareData(const TrainRequest& request)
{
    PreparedData prepared;
    if (request.system) {
        Result<Dataset> dataset = simulateDataset(*request.system, request.simulation);
        if (!dataset.ok())
            return dataset.error();
        QJsonObject parameters;
        for (const Parameter& p : request.system->parameters)
            parameters.insert(p.name, p.value);
        prepared.dataset = std::move(*dataset);
        prepared.source = QJsonObject{{"kind", "system"},
                                      {"system", request.system->id},
                                      {"parameters", parameters},
                                      {"trajectories", request.simulation.trajectories},
                                      {"duration_s", request.simulation.duration},
                                      {"time_step_s", request.simulation.timeStep},
                                      {"noise", request.simulation.noise}};
        return prepared;
    }
    Result<MeasuredData> measured = readMeasured(request.dataFile, request.import);
    if (!measured.ok())
        return measured.error();
    prepared.dataset =
        splitIntoTimeBlocks(measured->coordinates, measured->trajectory, 0.2, 10, measured->file);
    prepared.wholeRun = measured->trajectory;
    prepared.source = describeMeasured(*measured);
    return prepared;
}

QJsonArray describeCoordinates(const std::vector<Coordinate>& coordinates)
{
    QJsonArray array;
    for (const Coordinate& c : coordinates)
        array.append(QJsonObject{{"name", c.name}, {"unit", c.unit}, {"angle", c.isAngle}});
    return array;
}

Status writeOutputs(const TrainRequest& request, const PreparedData& data, const Trainer& trainer,
                    const TrainingOutcome& outcome, int threads)
{
    const QDir out(request.outputDirectory);
    QJsonObject summary{{"source", data.source},
                        {"coordinates", describeCoordinates(data.dataset.coordinates)},
                        {"training_samples", data.dataset.trainingSamples()},
                        {"validation_samples", data.dataset.validationSamples()},
                        {"settings", describeSettings(request.training, threads)},
                        {"result", describeOutcome(outcome)}};
    const Trajectory& reference = data.wholeRun ? *data.wholeRun : data.dataset.validation.front();
    if (std::optional<QJsonObject> periods = comparePeriods(reference, trainer.network()))
        summary.insert("period_check", *periods);

    Status status = saveModel(out.path(), trainer.network(), data.dataset.coordinates, summary);
    if (status.ok())
        status = writeLossCsv(out.filePath("loss.csv"), outcome.history);
    if (status.ok())
        status = writeJson(out.filePath("summary.json"), summary);
    if (status.ok())
        status = writePhasePortrait(out.filePath("phase-portrait.png"), data.dataset,
                                    trainer.network(), outcome.bestEpoch);
    return status;
}

int fail(const Error& error)
{
    printError(QStringLiteral("lagrangian-lab train: ") + describeError(error));
    return 1;
}

} // namespace

int runTrain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Trains a Lagrangian neural network and writes it with its loss history."));
    parser.addHelpOption();
    addTrainOptions(parser);
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("lagrangian-lab train: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QString message;
    const std::optional<TrainRequest> request = readTrainRequest(parser, message);
    if (!request) {
        printError(QStringLiteral("lagrangian-lab train: ") + message);
        return 2;
    }

    const int threads = configureTorchThreads(request->threads);
    Result<PreparedData> data = prepareData(*request);
    if (!data.ok())
        return fail(data.error());
    if (!QDir().mkpath(request->outputDirectory)) {
        const bool isFile = QFileInfo(request->outputDirectory).isFile();
        return fail(Error{.kind = ErrorKind::FileNotWritable,
                          .file = request->outputDirectory,
                          .text = isFile ? Cli::tr("a file of that name exists; --out needs a "
                                                   "directory")
                                         : Cli::tr("the directory could not be created")});
    }

    TrainingSettings settings = request->training;
    settings.checkpointDirectory = QDir(request->outputDirectory).filePath("checkpoint");
    Trainer trainer(data->dataset, settings);
    TrainingControl control;
    ProgressPrinter printer;
    const Result<TrainingOutcome> outcome = trainer.run(control, std::ref(printer));
    if (!outcome.ok())
        return fail(outcome.error());
    if (const Status written = writeOutputs(*request, *data, trainer, *outcome, threads);
        !written.ok())
        return fail(written.error());

    QTextStream(stdout) << Cli::tr(
                               "Trained %1 epochs in %2 s; best validation loss %3 at epoch %4. "
                               "Wrote %5")
                               .arg(outcome->epochs)
                               .arg(outcome->seconds, 0, 'f', 1)
                               .arg(outcome->bestValidation, 0, 'e', 3)
                               .arg(outcome->bestEpoch)
                               .arg(QDir(request->outputDirectory).absolutePath())
                        << Qt::endl;
    return 0;
}

} // namespace lab::cli
