#pragma once

#include "trainingjob.h"

#include "discovery/search.h"
#include "symbolic/expression.h"

#include <QMetaType>
#include <vector>

namespace lab {

/// Source of the accelerations that candidates must reproduce.
enum class DiscoveryTarget
{
    Data,           ///< the current dataset, simulated or imported
    TrainedNetwork, ///< a trained network, at states drawn from its normalisation box
};

/// Input of one symbolic regression run. The worker owns its own copy.
struct DiscoveryJob
{
    DiscoveryTarget target = DiscoveryTarget::Data;
    DataSource data;        ///< used for the Data target and for the phase portrait
    TrainedNetwork teacher; ///< used for the TrainedNetwork target
    /// Samples left out at each end of every trajectory, where the differentiator's local fit
    /// is one-sided: half its window for differentiated data, 0 for exact derivatives.
    int trimEdges = 0;
    int maxSamples = 6000;
    discovery::SearchSettings search;
};

/// The state of a search as the GUI shows it. While the search runs, the front contains raw
/// sums with no pick and no notes. The final snapshot contains the refitted front in normal form.
struct DiscoverySnapshot
{
    std::vector<Coordinate> coordinates;
    symbolic::SymbolTable symbols;
    discovery::ParetoFront front;
    long long evaluations = 0;
    double seconds = 0.0;
    bool final = false;
    discovery::StopReason reason = discovery::StopReason::TimeLimit; ///< set when final
};

/// Registers the value types that cross threads in the discovery signals.
void registerDiscoveryMetaTypes();

} // namespace lab

Q_DECLARE_METATYPE(lab::DiscoverySnapshot)
