#include "discovery/finalfront.h"

#include "discovery/termcolumns.h"

#include <QLoggingCategory>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcSearch)

namespace lab::discovery {

using symbolic::Expression;
using symbolic::Operator;

namespace {

constexpr int finalRefinements = 15;
constexpr int finalConstantSteps = 5;
/// Relative loss increase below which a term counts as negligible and is pruned.
constexpr double pruneTolerance = 1e-6;
/// Largest relative loss excess of an alternative over the pick.
constexpr double maxAlternativeExcess = 0.05;
/// Paired standard errors within which two candidates' losses count as equal.
constexpr double separationErrors = 2.0;
/// Paired standard errors by which a more complex candidate must beat the pick, and its least
/// relative loss reduction, before the lab reports that the data support it.
constexpr double betterFitErrors = 4.0;
constexpr double betterFitReduction = 0.02;
/// Largest relative distance of an inner constant from a multiple of 1/2 that snapConstants()
/// tries to remove.
constexpr double snapTolerance = 0.02;
/// Loss (relative mean squared acceleration error) above which the best candidate is reported
/// as a poor fit: the error exceeds 70 % of the accelerations.
constexpr double poorFitLoss = 0.5;

bool dependsOnVelocity(const Expression& term, int dof)
{
    for (int v = dof; v < 2 * dof; ++v) {
        if (term.dependsOn(v))
            return true;
    }
    return false;
}

double roundToDigits(double value, int digits)
{
    if (value == 0.0 || !std::isfinite(value))
        return value;
    const double magnitude = std::floor(std::log10(std::abs(value)));
    const double factor = std::pow(10.0, digits - 1 - magnitude);
    return std::round(value * factor) / factor;
}

/// Drops each term in turn and keeps the drop when the refitted loss stays within
/// pruneTolerance, which also removes terms that only add a total time derivative.
Scored prune(Scored candidate, Evaluator& evaluator)
{
    bool changed = true;
    while (changed && candidate.terms.size() > 1) {
        changed = false;
        for (std::size_t k = 0; k < candidate.terms.size(); ++k) {
            Genome fewer = candidate.terms;
            fewer.erase(fewer.begin() + static_cast<std::ptrdiff_t>(k));
            const Scored trial = evaluator.evaluate(fewer, finalRefinements);
            if (trial.valid && trial.loss <= candidate.loss * (1.0 + pruneTolerance)) {
                candidate = trial;
                changed = true;
                break;
            }
        }
    }
    return candidate;
}

bool separated(const Eigen::VectorXd& first, const Eigen::VectorXd& second);

/// Rounds each inner constant within snapTolerance of a multiple of 1/2 (up to 10) to it when
/// the data cannot separate the result from the tuned candidate, so that a tuned exponent
/// such as 2.005 reads 2.
Scored snapConstants(const Scored& candidate, Evaluator& evaluator)
{
    std::vector<double> values;
    for (const Expression& term : candidate.terms)
        collectConstants(term, values);
    Scored best = candidate;
    for (std::size_t k = 0; k < values.size(); ++k) {
        const double rounded = std::round(2.0 * values[k]) / 2.0;
        const bool near = rounded != 0.0 && std::abs(rounded) <= 10.0 &&
                          std::abs(values[k] - rounded) <= snapTolerance * std::abs(rounded);
        if (!near || rounded == values[k])
            continue;
        std::vector<double> trial = values;
        trial[k] = rounded;
        const Scored snapped =
            evaluator.evaluate(withConstantValues(best.terms, trial), finalRefinements);
        if (!snapped.valid ||
            separated(evaluator.residuals(best.terms), evaluator.residuals(snapped.terms)))
            continue;
        best = snapped;
        values = trial;
    }
    return best;
}

Scored refit(const Scored& candidate, Evaluator& evaluator, bool thorough)
{
    Scored fitted = evaluator.evaluate(candidate.terms, finalRefinements);
    if (!fitted.valid || !thorough)
        return fitted;
    fitted = evaluator.optimizeConstants(fitted, finalConstantSteps);
    fitted = snapConstants(fitted, evaluator);
    return prune(fitted, evaluator);
}

/// The hall's front and the runners-up within two nodes of the front's raw pick, which are
/// the candidates that the data might not tell apart from the pick.
std::vector<Scored> finalists(const HallOfFame& hall, int dof, double noiseFloor)
{
    std::vector<Scored> result = hall.front();
    std::vector<Candidate> raw;
    raw.reserve(result.size());
    for (const Scored& entry : result)
        raw.push_back(toCandidate(entry, dof));
    int picked = -1;
    scoreFront(raw, picked, noiseFloor);
    if (picked < 0)
        return result;

    const int pickComplexity = raw[static_cast<std::size_t>(picked)].complexity;
    for (const Scored& entry : hall.all()) {
        const bool near = std::abs(entry.complexity - pickComplexity) <= 2;
        const bool listed = std::any_of(result.begin(), result.end(), [&](const Scored& f) {
            return sameTerms(f.terms, entry.terms);
        });
        if (near && !listed)
            result.push_back(entry);
    }
    return result;
}

std::vector<Scored> refitAll(const std::vector<Scored>& pool, const MotionSamples& samples,
                             const symbolic::SymbolTable& symbols, LossKind loss, int workers,
                             double secondsLeft)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    const auto inTime = [&] {
        return std::chrono::duration<double>(Clock::now() - start).count() < secondsLeft;
    };
    std::vector<Scored> refitted(pool.size());
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(workers));
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            Evaluator evaluator(samples, symbols, loss);
            for (std::size_t i = static_cast<std::size_t>(w); i < pool.size();
                 i += static_cast<std::size_t>(workers))
                refitted[i] = refit(pool[i], evaluator, inTime());
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    return refitted;
}

} // namespace

Candidate toCandidate(const Scored& scored, int dof)
{
    Candidate candidate;
    candidate.terms = scored.terms;
    candidate.coefficients.assign(scored.coefficients.data(),
                                  scored.coefficients.data() + scored.coefficients.size());
    candidate.loss = scored.loss;
    candidate.complexity = scored.complexity;
    candidate.expression = sumOfTerms(candidate.terms, candidate.coefficients, dof, 17);
    return candidate;
}

void scoreFront(std::vector<Candidate>& front, int& picked, double noiseFloor)
{
    picked = front.empty() ? -1 : 0;
    double lowest = std::numeric_limits<double>::infinity();
    for (const Candidate& candidate : front)
        lowest = std::min(lowest, candidate.loss);

    for (std::size_t i = 0; i < front.size(); ++i) {
        front[i].score = 0.0;
        if (i > 0) {
            const double drop = std::log(std::max(front[i - 1].loss, 1e-300)) -
                                std::log(std::max(front[i].loss, 1e-300));
            front[i].score = drop / std::max(1, front[i].complexity - front[i - 1].complexity);
        }
    }
    const bool systematic = noiseFloor > 0.0 && lowest > systematicFactor * noiseFloor;
    const double limit = systematic ? std::numeric_limits<double>::infinity() : 1.5 * lowest;
    double best = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < front.size(); ++i) {
        if (front[i].loss <= limit && front[i].score > best) {
            best = front[i].score;
            picked = static_cast<int>(i);
        }
    }
}

Expression sumOfTerms(const Genome& terms, const std::vector<double>& coefficients, int dof,
                      int digits)
{
    std::vector<std::size_t> order(terms.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_partition(order.begin(), order.end(),
                          [&](std::size_t k) { return dependsOnVelocity(terms[k], dof); });

    Expression sum;
    bool first = true;
    for (std::size_t k : order) {
        const double c = roundToDigits(coefficients[k], digits);
        if (c == 0.0)
            continue;
        const Expression magnitude =
            std::abs(c) == 1.0 ? terms[k] : Expression::constant(std::abs(c)) * terms[k];
        if (first)
            sum = c < 0.0 ? -magnitude : magnitude;
        else
            sum = c < 0.0 ? sum - magnitude : sum + magnitude;
        first = false;
    }
    return sum;
}

} // namespace lab::discovery

namespace lab::discovery {

namespace {

/// The expression with every constant rounded to `digits` significant digits.
Expression roundConstants(const Expression& e, int digits)
{
    switch (e.operandCount()) {
    case 1:
        return Expression::unary(e.op(), roundConstants(e.operand(0), digits));
    case 2: {
        Expression left = roundConstants(e.operand(0), digits);
        Expression right = roundConstants(e.operand(1), digits);
        // A factor that rounds to 1 or -1, such as 0.9999999 in 0.9999999 * cos(x), is left
        // out.
        if (e.op() == Operator::Multiply && left.isConstant(1.0))
            return right;
        if (e.op() == Operator::Multiply && right.isConstant(1.0))
            return left;
        if (e.op() == Operator::Multiply && left.isConstant(-1.0))
            return -right;
        return Expression::binary(e.op(), left, right);
    }
    default:
        return e.op() == Operator::Constant ? Expression::constant(roundToDigits(e.value(), digits))
                                            : e;
    }
}

/// Whether a simplified product leads with a negative number, as in -2 * x / y.
bool leadsNegative(const Expression& product)
{
    const Expression* lead = &product;
    while (lead->op() == Operator::Multiply || lead->op() == Operator::Divide)
        lead = &lead->operand(0);
    return lead->op() == Operator::Constant && lead->value() < 0.0;
}

/// The sum of the summands, velocity-dependent ones first, with minus signs as subtractions.
Expression orderedSum(std::vector<Expression> summands, int dof)
{
    std::stable_partition(summands.begin(), summands.end(),
                          [&](const Expression& s) { return dependsOnVelocity(s, dof); });
    // A leading -(c * rest) is written c' * rest with c' = -c, which prints without brackets.
    Expression sum = summands.front();
    if (sum.op() == Operator::Negate && sum.operand(0).op() == Operator::Multiply &&
        sum.operand(0).operand(0).op() == Operator::Constant)
        sum = Expression::constant(-sum.operand(0).operand(0).value()) * sum.operand(0).operand(1);
    for (std::size_t i = 1; i < summands.size(); ++i) {
        const Expression& s = summands[i];
        if (s.op() == Operator::Negate)
            sum = sum - s.operand(0);
        else if (leadsNegative(s))
            sum = sum - symbolic::simplify(-s);
        else
            sum = sum + s;
    }
    return sum;
}

/// Whether the summand is g(q_i) qdot_i, the time derivative of G(q_i), which changes no motion.
bool isTotalDerivative(const Expression& summand, int dof)
{
    for (int i = 0; i < dof; ++i) {
        const Expression factor = symbolic::simplify(symbolic::derivative(summand, dof + i));
        bool onlyOwnCoordinate = !factor.dependsOn(dof + i);
        for (int v = 0; v < 2 * dof && onlyOwnCoordinate; ++v)
            onlyOwnCoordinate = v == i || !factor.dependsOn(v);
        if (!onlyOwnCoordinate || !summand.dependsOn(dof + i))
            continue;
        const Expression rest =
            symbolic::simplify(summand - factor * Expression::variable(dof + i));
        return rest.isConstant(0.0);
    }
    return false;
}

/// Returns the constant c when the summand is c q_a qdot_b with a != b, else 0.
double bilinearCoefficient(const Expression& summand, int a, int b, int dof)
{
    const Expression factor =
        symbolic::simplify(symbolic::derivative(symbolic::derivative(summand, a), dof + b));
    if (factor.op() != Operator::Constant || factor.value() == 0.0)
        return 0.0;
    const Expression rest = symbolic::simplify(summand - factor * Expression::variable(a) *
                                                             Expression::variable(dof + b));
    return rest.isConstant(0.0) ? factor.value() : 0.0;
}

/// Replaces the summands c_ab q_a qdot_b (a != b) by their antisymmetric part
/// k_ab (q_a qdot_b - q_b qdot_a) with k_ab = (c_ab - c_ba) / 2. The symmetric part
/// s (q_a qdot_b + q_b qdot_a) is the time derivative of s q_a q_b, which changes no motion,
/// so a vector potential prints the same whichever gauge the fit chose.
std::vector<Expression> antisymmetricBilinear(const std::vector<Expression>& summands, int dof)
{
    Eigen::MatrixXd c = Eigen::MatrixXd::Zero(dof, dof);
    std::vector<Expression> rewritten;
    for (const Expression& summand : summands) {
        bool bilinear = false;
        for (int a = 0; a < dof && !bilinear; ++a) {
            for (int b = 0; b < dof && !bilinear; ++b) {
                const double value = a == b ? 0.0 : bilinearCoefficient(summand, a, b, dof);
                c(a, b) += value;
                bilinear = value != 0.0;
            }
        }
        if (!bilinear)
            rewritten.push_back(summand);
    }
    for (int a = 0; a < dof; ++a) {
        for (int b = a + 1; b < dof; ++b) {
            const double k = 0.5 * (c(a, b) - c(b, a));
            if (k == 0.0)
                continue;
            rewritten.push_back(symbolic::simplify(
                Expression::constant(k) * Expression::variable(a) * Expression::variable(dof + b)));
            rewritten.push_back(
                symbolic::simplify(Expression::constant(-k) * Expression::variable(b) *
                                   Expression::variable(dof + a)));
        }
    }
    return rewritten;
}

} // namespace

Expression readableForm(const Genome& terms, const std::vector<double>& coefficients, int dof)
{
    const Expression full = sumOfTerms(terms, coefficients, dof, 17);
    std::vector<Expression> summands;
    for (const Expression& summand :
         symbolic::summandsOf(symbolic::simplify(symbolic::expandProducts(full)))) {
        const Expression& body = summand.op() == Operator::Negate ? summand.operand(0) : summand;
        if (body.op() != Operator::Constant && !isTotalDerivative(body, dof))
            summands.push_back(summand);
    }
    summands = antisymmetricBilinear(summands, dof);
    if (summands.empty())
        return sumOfTerms(terms, coefficients, dof, 6);
    return roundConstants(orderedSum(std::move(summands), dof), 6);
}

namespace {

/// Returns the coefficient of qdot_0^2 itself in the multiplied-out sum, so that a genome such as
/// x_dot^2 + (x_dot - 2y)^2 counts both terms. Returns 0 when no summand is c qdot_0^2.
double firstVelocitySquaredCoefficient(const Genome& terms, const std::vector<double>& coefficients,
                                       int dof)
{
    const Expression target = Expression::unary(Operator::Square, Expression::variable(dof));
    const Expression full =
        symbolic::simplify(symbolic::expandProducts(sumOfTerms(terms, coefficients, dof, 17)));
    for (const Expression& summand : symbolic::summandsOf(full)) {
        const bool negated = summand.op() == Operator::Negate;
        const Expression& body = negated ? summand.operand(0) : summand;
        double c = 0.0;
        if (body == target)
            c = 1.0;
        else if (body.op() == Operator::Multiply && body.operand(1) == target &&
                 body.operand(0).op() == Operator::Constant)
            c = body.operand(0).value();
        else if (body.op() == Operator::Multiply && body.operand(0) == target &&
                 body.operand(1).op() == Operator::Constant)
            c = body.operand(1).value();
        if (c != 0.0)
            return negated ? -c : c;
    }
    return 0.0;
}

} // namespace

double normalScale(const Genome& terms, const std::vector<double>& coefficients,
                   const MotionSamples& samples, const symbolic::SymbolTable& symbols)
{
    const int dof = samples.dof;
    const double squared = firstVelocitySquaredCoefficient(terms, coefficients, dof);
    if (squared != 0.0 && std::isfinite(squared))
        return 0.5 / squared;

    // d2L/dqdot_0^2 at rest, averaged over the samples' positions.
    MotionSamples atRest = samples;
    std::fill(atRest.states.begin() + static_cast<std::ptrdiff_t>(dof) * samples.count,
              atRest.states.end(), 0.0);
    double h00 = 0.0;
    double trace = 0.0;
    for (std::size_t k = 0; k < terms.size(); ++k) {
        const TermColumns columns = evaluateTerm(terms[k], atRest, symbols);
        double sum = 0.0;
        for (int i = 0; i < samples.count; ++i)
            sum += columns.hessian[static_cast<std::size_t>(i)];
        h00 += coefficients[k] * sum / std::max(1, samples.count);
        trace += coefficients[k] * columns.meanTrace;
    }
    if (std::isfinite(h00) && std::abs(h00) > 1e-9 * std::abs(trace))
        return 1.0 / h00;
    return trace != 0.0 && std::isfinite(trace) ? dof / trace : 1.0;
}

} // namespace lab::discovery

namespace lab::discovery {

namespace {

/// Writes every candidate in normal form.
void normalise(std::vector<Candidate>& candidates, const MotionSamples& samples,
               const symbolic::SymbolTable& symbols)
{
    for (Candidate& candidate : candidates) {
        const double scale = normalScale(candidate.terms, candidate.coefficients, samples, symbols);
        for (double& c : candidate.coefficients)
            c *= scale;
        candidate.expression = readableForm(candidate.terms, candidate.coefficients, samples.dof);
    }
}

/// The terms with every inner constant set to 1: candidates that differ only in constants
/// have the same shape.
Genome shapeOf(const Genome& terms)
{
    Genome shape;
    for (const Expression& term : terms) {
        const std::vector<double> ones(static_cast<std::size_t>(constantCount(term)), 1.0);
        std::size_t next = 0;
        shape.push_back(withConstants(term, ones, next));
    }
    return shape;
}

/// Mean of the paired differences of two candidates' squared residuals (first minus second) in
/// units of its standard error; positive when the second fits better.
double pairedDifference(const Eigen::VectorXd& first, const Eigen::VectorXd& second)
{
    if (first.size() != second.size() || first.size() < 2)
        return std::numeric_limits<double>::infinity();
    const Eigen::ArrayXd d = first.array().square() - second.array().square();
    const double mean = d.mean();
    const double variance = (d - mean).square().sum() / static_cast<double>(d.size() - 1);
    const double error = std::sqrt(variance / static_cast<double>(d.size()));
    return error > 0.0 ? mean / error : 0.0;
}

/// Whether the data separate two candidates: the mean of the paired differences of their
/// squared residuals lies more than separationErrors standard errors from zero. Pairing
/// cancels the noise that both candidates see alike.
bool separated(const Eigen::VectorXd& first, const Eigen::VectorXd& second)
{
    return std::abs(pairedDifference(first, second)) > separationErrors;
}

/// Appends the refitted candidates of another shape, no more complex than the pick and within
/// 5 % of its loss, that the data cannot separate from the pick, and notes each pair.
void addAlternatives(ParetoFront& result, const std::vector<Scored>& refitted, Evaluator& evaluator)
{
    if (result.picked < 0)
        return;
    const Candidate pick = result.candidates[static_cast<std::size_t>(result.picked)];
    const Eigen::VectorXd pickResiduals = evaluator.residuals(pick.terms);
    std::vector<Genome> shapes = {shapeOf(pick.terms)};
    for (const Scored& scored : refitted) {
        const bool comparable = scored.valid && scored.complexity <= pick.complexity &&
                                scored.loss <= (1.0 + maxAlternativeExcess) * pick.loss;
        if (!comparable)
            continue;
        const Genome shape = shapeOf(scored.terms);
        const bool seen = std::any_of(shapes.begin(), shapes.end(),
                                      [&](const Genome& s) { return sameTerms(s, shape); });
        if (seen || separated(pickResiduals, evaluator.residuals(scored.terms)))
            continue;

        shapes.push_back(shape);
        Candidate alternative = toCandidate(scored, evaluator.samples().dof);
        alternative.alternativeTo = result.picked;
        result.candidates.push_back(std::move(alternative));
        const double difference = std::abs(scored.loss - pick.loss) / pick.loss;
        result.notes.push_back(FrontNote{FrontNote::Kind::Indistinguishable, result.picked,
                                         static_cast<int>(result.candidates.size()) - 1,
                                         difference});
    }
}

double lowestLoss(const ParetoFront& front)
{
    double lowest = std::numeric_limits<double>::infinity();
    for (const Candidate& candidate : front.candidates)
        lowest = std::min(lowest, candidate.loss);
    return lowest;
}

/// Moves the pick off a candidate that the data refute: one whose loss exceeds the lowest by
/// betterFitReduction and betterFitErrors paired standard errors. It then takes the best score
/// among the candidates within 1.5 times the lowest loss that the data do not refute. Only for
/// noise-limited fronts, where the lowest loss is at the noise floor, so a refuted candidate
/// misses part of the law rather than part of a systematic error.
void dropRefutedPick(ParetoFront& result, Evaluator& evaluator)
{
    std::vector<Candidate>& front = result.candidates;
    if (result.picked < 0 || front.empty())
        return;
    const auto lowest = static_cast<std::size_t>(
        std::min_element(front.begin(), front.end(),
                         [](const Candidate& a, const Candidate& b) { return a.loss < b.loss; }) -
        front.begin());
    const Eigen::VectorXd best = evaluator.residuals(front[lowest].terms);
    const auto refuted = [&](std::size_t i) {
        return front[i].loss > (1.0 + betterFitReduction) * front[lowest].loss &&
               pairedDifference(evaluator.residuals(front[i].terms), best) >= betterFitErrors;
    };
    if (!refuted(static_cast<std::size_t>(result.picked)))
        return;

    int choice = static_cast<int>(lowest);
    double bestScore = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < front.size(); ++i) {
        if (front[i].loss <= 1.5 * front[lowest].loss && front[i].score > bestScore &&
            !refuted(i)) {
            bestScore = front[i].score;
            choice = static_cast<int>(i);
        }
    }
    result.picked = choice;
}

/// Notes the simplest front candidate, more complex than the pick, whose loss is lower by at
/// least betterFitReduction and by betterFitErrors paired standard errors. The score may pick
/// any candidate within 1.5 times the lowest loss, and on noisy data that margin can hide an
/// effect that the data do resolve, such as an anharmonic term.
void noteBetterFit(ParetoFront& result, Evaluator& evaluator)
{
    if (result.picked < 0)
        return;
    const Candidate& pick = result.candidates[static_cast<std::size_t>(result.picked)];
    const Eigen::VectorXd pickResiduals = evaluator.residuals(pick.terms);
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        const Candidate& other = result.candidates[i];
        if (other.complexity <= pick.complexity || other.alternativeTo >= 0 ||
            other.loss > (1.0 - betterFitReduction) * pick.loss)
            continue;
        if (pairedDifference(pickResiduals, evaluator.residuals(other.terms)) < betterFitErrors)
            continue;
        const double reduction = (pick.loss - other.loss) / pick.loss;
        result.notes.push_back(
            FrontNote{FrontNote::Kind::BetterFit, result.picked, static_cast<int>(i), reduction});
        return;
    }
}

} // namespace

ParetoFront finishFront(const HallOfFame& hall, const MotionSamples& samples,
                        const symbolic::SymbolTable& symbols, const SearchSettings& settings,
                        int workers, double secondsLeft)
{
    const MotionSamples finalSamples =
        subsample(samples, settings.finalSamples, settings.seed + 7919);
    const std::vector<Scored> refitted =
        refitAll(finalists(hall, samples.dof, samples.weak.noiseFloor), finalSamples, symbols,
                 settings.loss, std::max(1, workers), secondsLeft);

    ParetoFront result;
    for (const Scored& scored : paretoFront(refitted))
        result.candidates.push_back(toCandidate(scored, samples.dof));
    const double noiseFloor = finalSamples.weak.noiseFloor;
    scoreFront(result.candidates, result.picked, noiseFloor);
    Evaluator evaluator(finalSamples, symbols, settings.loss);
    const double lowest = lowestLoss(result);
    const bool systematic =
        noiseFloor > 0.0 && std::isfinite(lowest) && lowest > systematicFactor * noiseFloor;
    if (noiseFloor > 0.0 && !systematic)
        dropRefutedPick(result, evaluator);
    addAlternatives(result, refitted, evaluator);
    // Where the error left is systematic, more complex candidates fit it better by design, so
    // the AboveNoise note below reports that instead.
    if (!systematic)
        noteBetterFit(result, evaluator);
    normalise(result.candidates, finalSamples, symbols);

    if (lowest > poorFitLoss && std::isfinite(lowest))
        result.notes.push_back(FrontNote{FrontNote::Kind::PoorFit, -1, -1, lowest});
    else if (systematic)
        result.notes.push_back(FrontNote{FrontNote::Kind::AboveNoise, -1, -1, lowest / noiseFloor});
    qCInfo(lcSearch) << "front of" << result.candidates.size() << "candidates, pick"
                     << result.picked;
    return result;
}

} // namespace lab::discovery
