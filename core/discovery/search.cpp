#include "discovery/search.h"

#include "discovery/finalfront.h"
#include "discovery/halloffame.h"
#include "discovery/randomchoice.h"
#include "discovery/stepwise.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

Q_LOGGING_CATEGORY(lcSearch, "lab.discovery.search")

namespace lab::discovery {

namespace {

struct Member
{
    Genome genome;
    Scored scored;
    long long birth = 0;
};

/// One population of the island model with its own random engine, so that its history
/// depends only on the seed and on the migrants it receives between cycles.
struct Island
{
    std::vector<Member> members;
    RandomEngine random;
    HallOfFame hall;
    long long clock = 0;
};

double fitness(const Member& member, double parsimony)
{
    if (!member.scored.valid)
        return std::numeric_limits<double>::infinity();
    return std::log(std::max(member.scored.loss, 1e-300)) + parsimony * member.scored.complexity;
}

const Member& tournament(const Island& island, int size, double parsimony, RandomEngine& random)
{
    const Member* best = &pick(island.members, random);
    for (int i = 1; i < size; ++i) {
        const Member& challenger = pick(island.members, random);
        if (fitness(challenger, parsimony) < fitness(*best, parsimony))
            best = &challenger;
    }
    return *best;
}

Member& oldest(Island& island)
{
    return *std::min_element(island.members.begin(), island.members.end(),
                             [](const Member& a, const Member& b) { return a.birth < b.birth; });
}

bool hasConstants(const Genome& genome)
{
    return std::any_of(genome.begin(), genome.end(),
                       [](const symbolic::Expression& term) { return constantCount(term) > 0; });
}

/// Scores a child and tunes its inner constants now and then.
Scored scoreChild(const Genome& child, const SearchSettings& settings, Evaluator& evaluator,
                  RandomEngine& random)
{
    Scored scored = evaluator.evaluate(child, 0);
    if (scored.valid && scored.complexity > settings.maxComplexity)
        scored.valid = false;
    if (scored.valid && hasConstants(scored.terms) && uniform(random) < settings.constantTuningRate)
        scored = evaluator.optimizeConstants(scored, 4);
    return scored;
}

void initialiseIsland(Island& island, const SearchSettings& settings, const Variation& variation,
                      Evaluator& evaluator)
{
    while (static_cast<int>(island.members.size()) < settings.populationSize) {
        Member member;
        member.genome = variation.randomGenome(island.random);
        member.scored = scoreChild(member.genome, settings, evaluator, island.random);
        member.birth = island.clock++;
        island.hall.insert(member.scored);
        island.members.push_back(std::move(member));
    }
}

/// Runs one step of age-regularised evolution, as PySR uses it: a child of tournament winners
/// replaces the oldest member.
void evolveStep(Island& island, const SearchSettings& settings, const Variation& variation,
                Evaluator& evaluator)
{
    RandomEngine& random = island.random;
    const Member& parent = tournament(island, settings.tournamentSize, settings.parsimony, random);
    Genome child;
    if (uniform(random) < settings.crossoverRate) {
        const Member& other =
            tournament(island, settings.tournamentSize, settings.parsimony, random);
        child = variation.crossover(parent.genome, other.genome, random);
    } else {
        child = variation.mutate(parent.genome, random);
    }
    if (child.empty())
        return;

    Member member;
    member.scored = scoreChild(child, settings, evaluator, random);
    if (!member.scored.valid)
        return;
    member.genome = std::move(child);
    member.birth = island.clock++;
    island.hall.insert(member.scored);
    oldest(island) = std::move(member);
}

/// Replaces each island's oldest members by members of the global front and of the next
/// island, in island order, so that the exchange does not depend on thread timing.
void migrate(std::vector<Island>& islands, const std::vector<Scored>& front, int migrants)
{
    if (front.empty() || islands.size() < 2)
        return;
    std::vector<Member> bestOfEach;
    bestOfEach.reserve(islands.size());
    for (const Island& island : islands)
        bestOfEach.push_back(*std::min_element(
            island.members.begin(), island.members.end(),
            [](const Member& a, const Member& b) { return fitness(a, 0.0) < fitness(b, 0.0); }));

    for (std::size_t i = 0; i < islands.size(); ++i) {
        Island& island = islands[i];
        for (int k = 0; k < migrants; ++k) {
            Member migrant;
            if (k % 2 == 0) {
                const Scored& scored = pick(front, island.random);
                migrant.genome = scored.terms;
                migrant.scored = scored;
            } else {
                migrant = bestOfEach[(i + 1) % islands.size()];
            }
            migrant.birth = island.clock++;
            oldest(island) = std::move(migrant);
        }
    }
}

int workerCount(const SearchSettings& settings)
{
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const int requested = settings.threads > 0 ? settings.threads : cores;
    return std::clamp(requested, 1, settings.populations);
}

/// Runs `work(island, evaluator)` for every island on the worker threads. Island i always
/// runs on worker i mod workers.
template <class Work>
void forEachIsland(std::vector<Island>& islands, std::vector<Evaluator>& evaluators, Work work)
{
    const int workers = static_cast<int>(evaluators.size());
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w) {
        threads.emplace_back([&, w] {
            for (std::size_t i = static_cast<std::size_t>(w); i < islands.size();
                 i += static_cast<std::size_t>(workers))
                work(islands[i], evaluators[static_cast<std::size_t>(w)]);
        });
    }
    for (std::size_t i = 0; i < islands.size(); i += static_cast<std::size_t>(workers))
        work(islands[i], evaluators[0]);
    for (std::thread& thread : threads)
        thread.join();
}

std::vector<Candidate> rawCandidates(const std::vector<Scored>& front, int dof)
{
    std::vector<Candidate> result;
    result.reserve(front.size());
    for (const Scored& scored : front)
        result.push_back(toCandidate(scored, dof));
    return result;
}

} // namespace

Status validateSearchSettings(const SearchSettings& settings)
{
    const auto invalid = [](const char* name, double value) {
        return Status(
            Error{ErrorKind::InvalidParameter, {}, 0, 0, QString::fromLatin1(name), value, 0.0});
    };
    if (settings.populations < 1)
        return invalid("populations", settings.populations);
    if (settings.populationSize < 2)
        return invalid("population size", settings.populationSize);
    if (settings.tournamentSize < 1)
        return invalid("tournament size", settings.tournamentSize);
    if (settings.maxComplexity < 3)
        return invalid("maximum complexity", settings.maxComplexity);
    if (settings.timeLimit < 0.0 || !std::isfinite(settings.timeLimit))
        return invalid("time limit", settings.timeLimit);
    if (settings.timeLimit == 0.0 && settings.evaluationBudget <= 0 && settings.targetLoss <= 0.0)
        return invalid("time limit", settings.timeLimit);
    if (settings.searchSamples < 10)
        return invalid("search samples", settings.searchSamples);
    if (settings.grammar.unaryOperators.empty() && settings.grammar.binaryOperators.empty())
        return invalid("operators", 0.0);
    return Success{};
}

namespace {

struct SearchState
{
    std::vector<Island> islands;
    HallOfFame hall;
    long long evaluations = 0;
    long long cycles = 0;
    Genome lastEliminated;
};

/// Runs backward elimination from the front's most accurate candidate, unless it already ran
/// from the same one, and keeps the genomes met on the way in the hall of fame. The islands
/// receive them as migrants from the front.
void eliminateFromBest(SearchState& state, const Genome& library, const Variation& variation,
                       Evaluator& evaluator, const SearchSettings& settings)
{
    const std::vector<Scored> front = state.hall.front();
    if (front.empty() || sameTerms(front.back().terms, state.lastEliminated))
        return;
    state.lastEliminated = front.back().terms;

    const Elimination elimination =
        eliminateTerms(state.lastEliminated, library, settings.parsimony, variation, evaluator);
    state.evaluations += elimination.evaluations;
    qCDebug(lcSearch) << "backward elimination met" << elimination.path.size() << "genomes in"
                      << elimination.evaluations << "evaluations";
    for (const Scored& scored : elimination.path) {
        if (scored.complexity <= settings.maxComplexity)
            state.hall.insert(scored);
    }
}

bool shouldStop(const SearchState& state, const SearchSettings& settings,
                const QElapsedTimer& clock, SearchControl* control, StopReason& reason)
{
    // The final refit of the front gets the last fifth of the time limit.
    const double searchSeconds = 0.8 * settings.timeLimit;
    if (control && control->stop.load()) {
        reason = StopReason::Cancelled;
        return true;
    }
    if (settings.evaluationBudget > 0 && state.evaluations >= settings.evaluationBudget) {
        reason = StopReason::EvaluationBudget;
        return true;
    }
    if (settings.targetLoss > 0.0 && state.hall.bestLoss() <= settings.targetLoss) {
        reason = StopReason::TargetLoss;
        return true;
    }
    if (settings.timeLimit > 0.0 && clock.elapsed() / 1000.0 >= searchSeconds) {
        reason = StopReason::TimeLimit;
        return true;
    }
    return false;
}

} // namespace

Result<SearchResult> runSearch(const MotionSamples& samples, const symbolic::SymbolTable& symbols,
                               const SearchSettings& settings, SearchControl* control,
                               const ProgressCallback& progress)
{
    if (Status valid = validateSearchSettings(settings); !valid)
        return valid.error();
    QElapsedTimer clock;
    clock.start();

    Grammar grammar = settings.grammar;
    grammar.dof = samples.dof;
    const Variation variation(grammar);
    const Genome library = termLibrary(grammar);
    const MotionSamples searchSamples = subsample(samples, settings.searchSamples, settings.seed);
    std::vector<Evaluator> evaluators;
    evaluators.reserve(static_cast<std::size_t>(workerCount(settings)));
    for (int w = 0; w < workerCount(settings); ++w)
        evaluators.emplace_back(searchSamples, symbols, settings.loss);

    SearchState state;
    for (int i = 0; i < settings.populations; ++i) {
        Island island;
        island.random.seed(settings.seed * 1000003ULL + static_cast<std::uint64_t>(i));
        state.islands.push_back(std::move(island));
    }
    forEachIsland(state.islands, evaluators, [&](Island& island, Evaluator& evaluator) {
        initialiseIsland(island, settings, variation, evaluator);
    });
    state.evaluations = static_cast<long long>(settings.populations) * settings.populationSize;

    SearchResult result;
    qint64 lastReport = -1000;
    while (!shouldStop(state, settings, clock, control, result.reason)) {
        forEachIsland(state.islands, evaluators, [&](Island& island, Evaluator& evaluator) {
            for (int step = 0; step < settings.stepsPerCycle; ++step)
                evolveStep(island, settings, variation, evaluator);
        });
        state.evaluations += static_cast<long long>(settings.populations) * settings.stepsPerCycle;
        for (const Island& island : state.islands)
            state.hall.merge(island.hall);
        if (settings.eliminationCycles > 0 && ++state.cycles % settings.eliminationCycles == 0)
            eliminateFromBest(state, library, variation, evaluators.front(), settings);
        migrate(state.islands, state.hall.front(), settings.migrants);

        if (progress && clock.elapsed() - lastReport >= 100) {
            lastReport = clock.elapsed();
            progress(SearchProgress{state.evaluations, clock.elapsed() / 1000.0,
                                    rawCandidates(state.hall.front(), samples.dof)});
        }
    }
    if (settings.eliminationCycles > 0 && result.reason != StopReason::Cancelled)
        eliminateFromBest(state, library, variation, evaluators.front(), settings);
    qCInfo(lcSearch) << "search stopped after" << state.evaluations << "evaluations in"
                     << clock.elapsed() / 1000.0 << "s";

    // The refit of the front gets what is left of the time limit, and nothing after a stop.
    double secondsLeft = std::numeric_limits<double>::infinity();
    if (result.reason == StopReason::Cancelled)
        secondsLeft = 0.0;
    else if (settings.timeLimit > 0.0)
        secondsLeft = std::max(0.0, settings.timeLimit - clock.elapsed() / 1000.0);
    result.front =
        finishFront(state.hall, samples, symbols, settings, workerCount(settings), secondsLeft);
    result.evaluations = state.evaluations;
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

} // namespace lab::discovery
