#pragma once

#include "data/measuredreader.h"
#include "lnn/trainer.h"
#include "mechanics/preset.h"
#include "mechanics/simulation.h"

#include <QCommandLineParser>
#include <optional>

namespace lab::cli {

/// Everything the train command needs, read from its options.
struct TrainRequest
{
    std::optional<SystemPreset> system; ///< set for --system
    SimulationSettings simulation;
    QString dataFile; ///< set for --data
    ImportOptions import;
    TrainingSettings training;
    int threads = 0;
    QString outputDirectory;
};

/// Declares the train command's options on the parser.
void addTrainOptions(QCommandLineParser& parser);

/// Reads and checks the options. On a bad value returns the one-line reason in `message`.
std::optional<TrainRequest> readTrainRequest(const QCommandLineParser& parser, QString& message);

} // namespace lab::cli
