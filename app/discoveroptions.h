#pragma once

#include "data/measuredreader.h"
#include "discovery/search.h"
#include "discovery/simulate.h"
#include "mechanics/preset.h"

#include <QCommandLineParser>
#include <optional>
#include <utility>
#include <vector>

namespace lab::cli {

/// Source of the motion that the discover command searches on.
enum class DiscoverSource
{
    Run,        ///< a trained network's directory (from train)
    Data,       ///< a measured trajectory
    System,     ///< a simulated preset
    Lagrangian, ///< a simulated typed Lagrangian
};

/// Everything the discover command needs, read from its options.
struct DiscoverRequest
{
    DiscoverSource source = DiscoverSource::System;
    QString path; ///< the run directory or data file
    ImportOptions import;
    std::optional<SystemPreset> system;
    QString formula;
    QStringList coordinates;
    std::vector<std::pair<QString, double>> parameters;
    QString ranges; ///< NAME=LOW:HIGH items, checked once the coordinates are known
    discovery::DiscoverySimulation simulation;
    discovery::SearchSettings search;
    int maxSamples = 20000;
    QString outputDirectory;
};

/// Declares the discover command's options on the parser.
void addDiscoverOptions(QCommandLineParser& parser);

/// Reads and checks the options. On a bad value returns the one-line reason in `message`.
std::optional<DiscoverRequest> readDiscoverRequest(const QCommandLineParser& parser,
                                                   QString& message);

/// Applies "NAME=LOW:HIGH,..." to the ranges of the named coordinates and velocities.
bool applyRanges(const QString& text, const QStringList& coordinates,
                 discovery::DiscoverySimulation& simulation, QString& message);

} // namespace lab::cli
