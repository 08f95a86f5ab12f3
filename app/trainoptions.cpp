#include "trainoptions.h"

#include "commandline.h"
#include "optionreaders.h"

#include "errortext.h"

#include <QCoreApplication>

namespace lab::cli {

namespace {

bool readSource(const QCommandLineParser& parser, TrainRequest& request, QString& message)
{
    if (parser.isSet("system") == parser.isSet("data")) {
        message = Cli::tr("give either --system NAME or --data FILE");
        return false;
    }
    if (parser.isSet("data")) {
        request.dataFile = parser.value("data");
        request.import.pivot = parser.isSet("fit-pivot") ? PivotMode::FitArc : PivotMode::Origin;
        request.import.point = parser.isSet("cartesian") ? PointCoordinates::Cartesian
                                                         : PointCoordinates::PendulumAngle;
        return readInteger(parser, "window", 0, 501, request.import.differentiator.window, message);
    }
    Result<SystemPreset> preset = findPreset(parser.value("system"));
    if (!preset.ok()) {
        message = describeError(preset.error());
        return false;
    }
    request.system = *preset;
    SimulationSettings& s = request.simulation;
    return readPresetParameters(parser, *request.system, message) &&
           readInteger(parser, "trajectories", 1, 10000, s.trajectories, message) &&
           readNumber(parser, "duration", 0.1, 1e5, s.duration, message) &&
           readNumber(parser, "time-step", 1e-5, 1.0, s.timeStep, message) &&
           readNumber(parser, "noise", 0.0, 1e3, s.noise, message);
}

bool readTraining(const QCommandLineParser& parser, TrainRequest& request, QString& message)
{
    TrainingSettings& t = request.training;
    if (parser.isSet("activation")) {
        const std::optional<Activation> activation = parseActivation(parser.value("activation"));
        if (!activation) {
            message = Cli::tr("invalid value \"%1\" for --activation: expected softplus or tanh")
                          .arg(parser.value("activation"));
            return false;
        }
        t.network.activation = *activation;
    }
    t.network.doublePrecision = parser.isSet("float64");
    double seed = static_cast<double>(t.seed);
    const bool ok = readInteger(parser, "width", 1, 4096, t.network.width, message) &&
                    readInteger(parser, "depth", 1, 16, t.network.depth, message) &&
                    readInteger(parser, "epochs", 1, 10000000, t.maxEpochs, message) &&
                    readInteger(parser, "batch", 1, 1000000, t.batchSize, message) &&
                    readNumber(parser, "learning-rate", 1e-8, 1.0, t.learningRate, message) &&
                    readInteger(parser, "patience", 1, 10000000, t.patience, message) &&
                    readNumber(parser, "time-limit", 0.0, 1e7, t.timeLimit, message) &&
                    readNumber(parser, "seed", 0.0, 4294967295.0, seed, message) &&
                    readInteger(parser, "threads", 0, 256, request.threads, message);
    t.seed = static_cast<std::uint64_t>(seed);
    request.simulation.seed = t.seed;
    t.finalLearningRate = std::min(t.finalLearningRate, t.learningRate);
    return ok;
}

} // namespace

void addTrainOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"system",
         Cli::tr("Train on simulated motion of a preset: pendulum, spring or "
                 "double_pendulum."),
         "name"},
        {"param", Cli::tr("Set a preset parameter, e.g. length=1.47 (SI units); repeatable."),
         "name=value"},
        {"trajectories", Cli::tr("Simulated runs (default 8)."), "n"},
        {"duration", Cli::tr("Seconds per simulated run (default 10)."), "s"},
        {"time-step", Cli::tr("Simulation step in seconds (default 0.01)."), "s"},
        {"noise",
         Cli::tr("Standard deviation of Gaussian noise on simulated positions (default 0)."),
         "sigma"},
        {"data", Cli::tr("Train on a measured trajectory (Tracker export or CSV)."), "file"},
        {"fit-pivot",
         Cli::tr("The pendulum's pivot is not at the origin: fit it as the centre of the "
                 "bob's arc.")},
        {"cartesian", Cli::tr("Keep a point track's x and y instead of converting to an angle.")},
        {"window", Cli::tr("Samples per local fit of the differentiator; 0 chooses from the data."),
         "n"},
        {"width", Cli::tr("Units per hidden layer (default 128)."), "n"},
        {"depth", Cli::tr("Hidden layers (default 2)."), "n"},
        {"activation", Cli::tr("softplus (default) or tanh."), "name"},
        {"epochs", Cli::tr("Maximum epochs (default 2000)."), "n"},
        {"batch", Cli::tr("Mini-batch size (default 256)."), "n"},
        {"learning-rate", Cli::tr("Initial Adam learning rate (default 0.003)."), "rate"},
        {"patience",
         Cli::tr("Stop after this many epochs without a better validation loss "
                 "(default 300)."),
         "n"},
        {"time-limit", Cli::tr("Stop training after this many seconds (default: none)."), "s"},
        {"seed", Cli::tr("Random seed (default 1)."), "n"},
        {"threads", Cli::tr("LibTorch threads (default 1, the fastest for networks of this size)."),
         "n"},
        {"float64", Cli::tr("Train in double precision instead of float32.")},
        {"out", Cli::tr("Directory for the model, loss.csv, summary.json and phase-portrait.png."),
         "dir"},
    });
}

std::optional<TrainRequest> readTrainRequest(const QCommandLineParser& parser, QString& message)
{
    TrainRequest request;
    if (!parser.isSet("out")) {
        message = Cli::tr("missing --out DIR: the directory to write the model into");
        return std::nullopt;
    }
    request.outputDirectory = parser.value("out");
    if (!readSource(parser, request, message) || !readTraining(parser, request, message))
        return std::nullopt;
    return request;
}

} // namespace lab::cli
