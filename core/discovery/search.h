#pragma once

#include "common/result.h"
#include "discovery/fit.h"
#include "discovery/genome.h"
#include "discovery/samples.h"
#include "symbolic/expression.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace lab::discovery {

/// Settings of the symbolic regression search. The defaults are the ones the lab uses.
struct SearchSettings
{
    Grammar grammar; ///< grammar.dof is taken from the samples
    LossKind loss = LossKind::Motion;
    int populations = 8;     ///< islands that evolve apart and exchange members
    int populationSize = 40; ///< members per island
    int tournamentSize = 6;  ///< members compared to choose a parent
    double crossoverRate = 0.1;
    double parsimony = 0.005;         ///< added to log(loss) per node when choosing parents
    int maxComplexity = 60;           ///< nodes of a whole candidate
    int threads = 0;                  ///< worker threads; 0 uses every core
    double timeLimit = 60.0;          ///< seconds for the whole search; 0 for none
    long long evaluationBudget = 0;   ///< candidate evaluations; 0 for none
    double targetLoss = 0.0;          ///< stop once a candidate reaches it; 0 for never
    int searchSamples = 800;          ///< samples that candidates are scored on while searching
    int finalSamples = 4000;          ///< samples for the final refit of the front
    int stepsPerCycle = 60;           ///< evaluations per island between migrations
    int migrants = 2;                 ///< members replaced by migrants per island and cycle
    double constantTuningRate = 0.02; ///< share of children whose inner constants are tuned
    int eliminationCycles = 40;       ///< cycles between backward eliminations (0: none)
    std::uint64_t seed = 1;
};

/// One entry of the Pareto front: a candidate Lagrangian sum_k c_k phi_k.
struct Candidate
{
    Genome terms;
    std::vector<double> coefficients;
    double loss = 0.0;
    int complexity = 0;
    double score = 0.0;              ///< drop in log(loss) per node against the next simpler entry
    symbolic::Expression expression; ///< the normal form (search progress: the raw sum)
    int alternativeTo = -1;          ///< index of the front entry that the data cannot tell it from
};

/// A finding about the front that the user has to know to read it.
struct FrontNote
{
    enum class Kind
    {
        /// Candidates `first` and `second` differ in form, but their losses differ by less
        /// than the data can resolve (`value`: the relative difference).
        Indistinguishable,
        /// Even the most accurate candidate leaves a large error (`value`: its loss), so the
        /// motion may not be conservative or the operators may not suffice.
        PoorFit,
        /// Front candidate `second`, more complex than the pick `first`, fits the data
        /// significantly better (`value`: its relative loss reduction), so the pick may leave
        /// out a real effect.
        BetterFit,
        /// Even the most accurate candidate leaves `value` times the loss that the position
        /// noise explains, so the motion contains an effect that no candidate describes.
        AboveNoise,
    };
    Kind kind = Kind::Indistinguishable;
    int first = -1;
    int second = -1;
    double value = 0.0;
};

/// Result of a search: the candidates (the front by complexity, then alternatives to the
/// pick), the score's pick and what the lab has to say about them.
struct ParetoFront
{
    std::vector<Candidate> candidates;
    int picked = -1;
    std::vector<FrontNote> notes;
};

/// Snapshot sent to the progress callback about ten times a second.
struct SearchProgress
{
    long long evaluations = 0;
    double seconds = 0.0;
    std::vector<Candidate> front; ///< raw sums, not yet in normal form
};

/// Reason a search ended.
enum class StopReason
{
    TimeLimit,
    EvaluationBudget,
    TargetLoss,
    Cancelled,
};

struct SearchResult
{
    ParetoFront front;
    long long evaluations = 0;
    double seconds = 0.0;
    StopReason reason = StopReason::TimeLimit;
};

/// Cancels a running search from another thread.
struct SearchControl
{
    std::atomic<bool> stop{false};
};

using ProgressCallback = std::function<void(const SearchProgress&)>;

/// Searches for Lagrangians that explain the samples by genetic programming over term sets,
/// with the coefficients set by linear fits. Several islands run age-regularised evolution
/// (tournament selection, the oldest member replaced) with mutation, crossover, migration and
/// a hall of fame per complexity, as PySR does (M. Cranmer, arXiv:2305.01582). Candidates are
/// scored by the motion that their Euler-Lagrange equations predict. With an evaluation
/// budget and no time limit, the same seed and settings give the same front whatever the
/// thread timing. The callback runs on the calling thread.
Result<SearchResult> runSearch(const MotionSamples& samples, const symbolic::SymbolTable& symbols,
                               const SearchSettings& settings, SearchControl* control,
                               const ProgressCallback& progress);

/// Checks the settings; the Error names the first invalid value.
Status validateSearchSettings(const SearchSettings& settings);

} // namespace lab::discovery
