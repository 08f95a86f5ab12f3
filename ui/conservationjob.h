#pragma once

#include "trainingjob.h"

#include "analysis/conservation.h"
#include "analysis/damping.h"
#include "analysis/noether.h"
#include "mechanics/integration.h"
#include "symbolic/expression.h"

#include <QMetaType>
#include <QStringList>
#include <optional>
#include <vector>

namespace lab {

/// A symbolic Lagrangian, e.g. the candidate selected on the Pareto front.
struct SymbolicModel
{
    symbolic::Expression lagrangian;
    symbolic::SymbolTable symbols;
    QString label; ///< shown in legends, e.g. the candidate's formula
};

/// The data and the models learned from it. The reference Lagrangian, whose energy and momenta
/// are plotted, is the simulated system's own L for a preset or typed system, else the
/// candidate, else the network.
struct ModelSources
{
    DataSource data;                        ///< the run analysed is the first trajectory
    TrainedNetwork network;                 ///< may be empty
    std::optional<SymbolicModel> candidate; ///< the selected candidate, if any
};

/// Input of one conservation analysis. The worker owns its own copy.
struct ConservationJob
{
    ModelSources sources;
    IntegratorKind integrator = IntegratorKind::Rk4;
    std::vector<PlanarPair> planarPairs;
    double bandTolerance = 1.0; ///< state distance in units of the data's spread
    int maxRolloutSteps = 5000;
    int edgeSamples =
        0; ///< samples that the damping fit leaves out at each end, see DampingSettings
};

/// The energy and the conserved quantities along one trajectory.
struct QuantityCurves
{
    QString label;
    Trajectory trajectory;                   ///< t, q and qd
    Eigen::VectorXd energy;                  ///< of the reference Lagrangian
    std::vector<Eigen::VectorXd> quantities; ///< one per conserved quantity of the report
    DriftMeasures energyDrift;
    std::optional<PhaseError> phase; ///< against the data, when the data's system is known
    std::optional<BandExit> band;    ///< rollouts only
    QString scheme;                  ///< schemeId() of the integrator; empty for the data
    QString failure;                 ///< why the rollout stopped early or failed, else empty
};

/// Result of a conservation analysis.
struct ConservationReport
{
    std::vector<Coordinate> coordinates;
    QString referenceName; ///< which Lagrangian the energy and momenta come from
    std::vector<ConservedQuantity> quantities;
    std::vector<QuantityCurves> curves; ///< the data first, then the rollouts
    std::optional<DampingAnalysis> damping;
    double bandTolerance = 1.0;
    QStringList notes; ///< models left out, e.g. a candidate of another system
};

/// Input of a comparison of RK4 with the variational integrator on one Lagrangian.
/// The run starts from the data's first state and lasts `periods` periods of the data's first
/// coordinate (seconds when the data show no period).
struct ComparisonJob
{
    ModelSources sources;
    double timeStep = 0.1; ///< seconds
    double periods = 100.0;
};

/// Energy of one integrator's run in a comparison.
struct ComparisonCurve
{
    QString scheme;
    Eigen::VectorXd t;
    Eigen::VectorXd energy;
    DriftMeasures drift;
    double seconds = 0.0; ///< wall-clock time of the integration
};

/// Result of a comparison: RK4 first, then the variational integrator.
struct ComparisonReport
{
    QString referenceName;
    double timeStep = 0.0;
    double period = 0.0; ///< seconds; 0 when the data show no period
    int steps = 0;
    std::vector<ComparisonCurve> curves;
};

/// Registers the value types that cross threads in the conservation signals.
void registerConservationMetaTypes();

} // namespace lab

Q_DECLARE_METATYPE(lab::ConservationReport)
Q_DECLARE_METATYPE(lab::ComparisonReport)
