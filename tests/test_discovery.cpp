#include "discovery/evaluator.h"
#include "discovery/finalfront.h"
#include "discovery/fit.h"
#include "discovery/genome.h"
#include "discovery/samples.h"
#include "discovery/search.h"
#include "discovery/simulate.h"
#include "discovery/stepwise.h"
#include "discovery/termcolumns.h"
#include "mechanics/preset.h"
#include "symbolic/parser.h"
#include "symbolic/typedsystem.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace lab;
using namespace lab::discovery;
using symbolic::Expression;
using symbolic::Operator;

namespace {

/// Pendulum L = 1/2 theta_dot^2 + 9.81 cos(theta): exact accelerations -9.81 sin(theta) at
/// states on a grid.
MotionSamples pendulumSamples()
{
    MotionSamples samples;
    samples.dof = 1;
    const int n = 21;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            samples.states.push_back(-1.2 + 2.4 * i / (n - 1));
    }
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            samples.states.push_back(-2.0 + 4.0 * j / (n - 1));
    }
    samples.count = n * n;
    for (int k = 0; k < samples.count; ++k)
        samples.accelerations.push_back(-9.81 * std::sin(samples.states[k]));
    computeWeights(samples);
    return samples;
}

symbolic::SymbolTable pendulumSymbols()
{
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("theta");
    return symbols;
}

Expression parse(const QString& text, const symbolic::SymbolTable& symbols)
{
    Result<Expression> parsed = symbolic::parseExpression(text, symbols);
    if (!parsed)
        qFatal("test formula does not parse: %s", qPrintable(text));
    return *parsed;
}

std::vector<const TermColumns*> pointers(const std::vector<TermColumns>& columns)
{
    std::vector<const TermColumns*> result;
    for (const TermColumns& c : columns)
        result.push_back(&c);
    return result;
}

/// Oscillator samples on a grid of x in [-1.5, 1.5] and x_dot in [-1, 1], with accelerations
/// -x - quartic x^3 plus Gaussian noise of standard deviation `noise`, the same on every call.
MotionSamples oscillatorSamples(double quartic, double noise)
{
    MotionSamples samples;
    samples.dof = 1;
    const int n = 40;
    for (int i = 0; i < n * n; ++i)
        samples.states.push_back(-1.5 + 3.0 * (i / n) / (n - 1));
    for (int i = 0; i < n * n; ++i)
        samples.states.push_back(-1.0 + 2.0 * (i % n) / (n - 1));
    samples.count = n * n;
    std::mt19937_64 random(17);
    std::normal_distribution<double> gaussian(0.0, noise);
    for (int k = 0; k < samples.count; ++k) {
        const double x = samples.states[k];
        samples.accelerations.push_back(-x - quartic * x * x * x + gaussian(random));
    }
    computeWeights(samples);
    return samples;
}

/// Front of a free particle, the harmonic and the quartic oscillator, fitted on the samples.
ParetoFront oscillatorFront(const MotionSamples& samples)
{
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("x");
    Evaluator evaluator(samples, symbols, LossKind::Motion);
    HallOfFame hall;
    hall.insert(evaluator.evaluate({parse("x_dot^2", symbols)}, 10));
    hall.insert(evaluator.evaluate({parse("x_dot^2", symbols), parse("x^2", symbols)}, 10));
    hall.insert(evaluator.evaluate(
        {parse("x_dot^2", symbols), parse("x^2", symbols), parse("x^4", symbols)}, 10));
    SearchSettings settings;
    settings.finalSamples = samples.count;
    return finishFront(hall, samples, symbols, settings, 1);
}

/// Runs of 6 s of a preset (the pendulum swings up to 2 rad) with the given position noise (a
/// fraction of each coordinate's standard deviation), as discover simulates them.
SimulatedData presetRuns(double noise, const QString& id = QStringLiteral("pendulum"))
{
    const Result<SystemPreset> preset = findPreset(id);
    DiscoverySimulation simulation;
    simulation.positionRanges = preset->positionRanges;
    simulation.velocityRanges = preset->velocityRanges;
    simulation.trajectories = 6;
    simulation.duration = 6.0;
    simulation.relativeNoise = noise;
    return *simulateForDiscovery(*makeLagrangian(*preset), preset->coordinates, simulation);
}

/// Motion loss of the terms fitted on the samples.
double fittedLoss(const QStringList& terms, const MotionSamples& samples,
                  const symbolic::SymbolTable& symbols)
{
    std::vector<TermColumns> columns;
    for (const QString& term : terms)
        columns.push_back(evaluateTerm(parse(term, symbols), samples, symbols));
    return fitMotion(pointers(columns), samples, 20).loss;
}

SearchSettings quickSettings(std::uint64_t seed)
{
    SearchSettings settings;
    settings.timeLimit = 0.0;
    settings.evaluationBudget = 6000;
    settings.populations = 4;
    settings.populationSize = 30;
    settings.threads = 2;
    settings.seed = seed;
    return settings;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void motionFitRecoversPendulum();
    void motionLossIsScaleInvariant();
    void totalDerivativeIsTrivial();
    void potentialOnlyIsRejected();
    void distillationFitsScaleAndOffset();
    void scoreAndPick();
    void betterFitIsNoted();
    void readableFormExpandsAndFolds();
    void nearIntegerExponentSnaps();
    void refutedPickIsDropped();
    void defaultRangesKeepLagrangianDefined();
    void weakRowsAverageExactMotion();
    void weakStartIsUnbiased();
    void weakLossSeparatesNoisyPendulum();
    void weakSubsampleKeepsRows();
    void normalFormHalvesFirstVelocity();
    void canonicalGenomeDropsCoefficients();
    void paretoFrontSkipsRewritings();
    void expandedTermsSplitSquares();
    void termLibraryHoldsCoupling();
    void eliminationReplacesStandIns();
    void searchIsDeterministic();
    void searchRecoversSpring();
    void searchRecoversNoisyPendulum();
};

void TestDiscovery::motionFitRecoversPendulum()
{
    const MotionSamples samples = pendulumSamples();
    const symbolic::SymbolTable symbols = pendulumSymbols();
    const std::vector<TermColumns> columns = {
        evaluateTerm(parse("theta_dot^2", symbols), samples, symbols),
        evaluateTerm(parse("cos(theta)", symbols), samples, symbols)};

    const LinearFit fit = fitMotion(pointers(columns), samples, 5);
    QVERIFY(fit.valid);
    QVERIFY2(fit.loss < 1e-20, qPrintable(QString::number(fit.loss)));
    QCOMPARE_LT(std::abs(fit.coefficients[1] / fit.coefficients[0] - 2.0 * 9.81), 1e-9);
}

void TestDiscovery::motionLossIsScaleInvariant()
{
    const MotionSamples samples = pendulumSamples();
    const symbolic::SymbolTable symbols = pendulumSymbols();
    const std::vector<TermColumns> columns = {
        evaluateTerm(parse("theta_dot^2", symbols), samples, symbols),
        evaluateTerm(parse("theta^2", symbols), samples, symbols)};
    Eigen::VectorXd c(2);
    c << 0.5, -4.0;

    const double loss = motionLoss(pointers(columns), c, samples);
    QVERIFY(std::isfinite(loss));
    QVERIFY(loss > 1e-4); // theta^2 is not cos(theta) at amplitudes up to 1.2 rad
    QCOMPARE_LT(std::abs(motionLoss(pointers(columns), -3.7 * c, samples) - loss), 1e-12 * loss);
}

void TestDiscovery::totalDerivativeIsTrivial()
{
    const MotionSamples samples = pendulumSamples();
    const symbolic::SymbolTable symbols = pendulumSymbols();
    // d/dt cos(theta) = -sin(theta) theta_dot, and a constant: both leave the motion alone.
    QVERIFY(evaluateTerm(parse("theta_dot*sin(theta)", symbols), samples, symbols).trivial);
    QVERIFY(evaluateTerm(parse("2 + 0*theta", symbols), samples, symbols).trivial);
    QVERIFY(!evaluateTerm(parse("theta_dot^2", symbols), samples, symbols).trivial);
    QVERIFY(!evaluateTerm(parse("theta", symbols), samples, symbols).trivial);
}

void TestDiscovery::potentialOnlyIsRejected()
{
    const MotionSamples samples = pendulumSamples();
    const symbolic::SymbolTable symbols = pendulumSymbols();
    const std::vector<TermColumns> columns = {
        evaluateTerm(parse("cos(theta)", symbols), samples, symbols),
        evaluateTerm(parse("theta^2", symbols), samples, symbols)};

    const LinearFit fit = fitMotion(pointers(columns), samples, 3);
    QVERIFY(!fit.valid);
    QVERIFY(std::isinf(fit.loss));
}

void TestDiscovery::distillationFitsScaleAndOffset()
{
    MotionSamples samples = pendulumSamples();
    const symbolic::SymbolTable symbols = pendulumSymbols();
    for (int i = 0; i < samples.count; ++i) {
        const double theta = samples.state(0, i);
        const double omega = samples.state(1, i);
        samples.values.push_back(3.0 * (0.5 * omega * omega + 9.81 * std::cos(theta)) + 7.0);
    }
    const std::vector<TermColumns> columns = {
        evaluateTerm(parse("theta_dot^2", symbols), samples, symbols),
        evaluateTerm(parse("cos(theta)", symbols), samples, symbols)};

    const LinearFit fit = fitDistillation(pointers(columns), samples);
    QVERIFY(fit.valid);
    QCOMPARE_LT(fit.loss, 1e-20);
    QCOMPARE_LT(std::abs(fit.coefficients[0] - 1.5), 1e-9);
    QCOMPARE_LT(std::abs(fit.coefficients[1] - 3.0 * 9.81), 1e-9);
    QCOMPARE_LT(std::abs(fit.offset - 7.0), 1e-9);
}

void TestDiscovery::scoreAndPick()
{
    std::vector<Candidate> front(4);
    const double losses[] = {1e-1, 1e-2, 1e-6, 0.9e-6};
    const int complexities[] = {3, 5, 9, 15};
    for (int i = 0; i < 4; ++i) {
        front[i].loss = losses[i];
        front[i].complexity = complexities[i];
    }
    int picked = -1;
    scoreFront(front, picked);

    QCOMPARE(front[0].score, 0.0);
    QCOMPARE_LT(std::abs(front[1].score - std::log(10.0) / 2.0), 1e-12);
    QCOMPARE_LT(std::abs(front[2].score - std::log(1e4) / 4.0), 1e-12);
    // Entry 1 scores higher than 2 per node, but only entries within 1.5x of the lowest loss
    // may be picked.
    QCOMPARE(picked, 2);
}

void TestDiscovery::betterFitIsNoted()
{
    // With noise as large as the signal, the quartic's lower loss stays within 1.5 times the
    // harmonic one, so the score picks the harmonic oscillator. The data still resolve x^4.
    const ParetoFront anharmonic = oscillatorFront(oscillatorSamples(0.5, 1.0));
    QCOMPARE(anharmonic.candidates.size(), std::size_t(3));
    QCOMPARE(anharmonic.candidates[static_cast<std::size_t>(anharmonic.picked)].terms.size(),
             std::size_t(2));
    const auto note =
        std::find_if(anharmonic.notes.begin(), anharmonic.notes.end(),
                     [](const FrontNote& n) { return n.kind == FrontNote::Kind::BetterFit; });
    QVERIFY(note != anharmonic.notes.end());
    QCOMPARE(note->first, anharmonic.picked);
    QCOMPARE(anharmonic.candidates[static_cast<std::size_t>(note->second)].terms.size(),
             std::size_t(3));
    QCOMPARE_GT(note->value, 0.02);

    // A harmonic oscillator with the same noise: the extra term only fits noise.
    const ParetoFront harmonic = oscillatorFront(oscillatorSamples(0.0, 1.0));
    for (const FrontNote& n : harmonic.notes)
        QVERIFY(n.kind != FrontNote::Kind::BetterFit);
}

void TestDiscovery::readableFormExpandsAndFolds()
{
    // A square of a sum is multiplied out and its constant term dropped.
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("x");
    const Genome quartic = {parse("(x^2 + 0.5)^2", symbols), parse("x_dot^2", symbols)};
    const Expression expanded = readableForm(quartic, {-0.25, 0.5}, 1);
    QCOMPARE(symbolic::formatExpression(expanded, symbols, symbolic::Notation::Text),
             QStringLiteral("0.5*x_dot^2 - 0.25*x^4 - 0.25*x^2"));

    // A numeric factor inside a term joins the coefficient.
    symbolic::SymbolTable polar;
    polar.coordinates << QStringLiteral("r");
    const Genome kepler = {parse("r_dot^2", polar), parse("5000/r", polar)};
    const Expression folded = readableForm(kepler, {0.5, 2e-4}, 1);
    QCOMPARE(symbolic::formatExpression(folded, polar, symbolic::Notation::Text),
             QStringLiteral("0.5*r_dot^2 + 1/r"));

    // Summands g(x) x_dot are total derivatives and are dropped, x*x_dot*y_dot is not one.
    symbolic::SymbolTable plane;
    plane.coordinates << QStringLiteral("x") << QStringLiteral("y");
    const Genome gauge = {parse("x_dot^2", plane), parse("(x^2 - x_dot)^2", plane),
                          parse("x*x_dot*y_dot", plane)};
    const Expression dropped = readableForm(gauge, {0.5, 1.0, 2.0}, 2);
    QCOMPARE(symbolic::formatExpression(dropped, plane, symbolic::Notation::Text),
             QStringLiteral("2*x*x_dot*y_dot + 1.5*x_dot^2 + x^4"));

    // Of c_xy x y_dot + c_yx y x_dot only the antisymmetric part is kept, because the rest is
    // the time derivative of x y: 3 x y_dot + y x_dot prints as x y_dot - y x_dot.
    const Genome potential = {parse("x_dot^2", plane), parse("x*y_dot", plane),
                              parse("y*x_dot", plane)};
    const Expression gaugeFree = readableForm(potential, {0.5, 3.0, 1.0}, 2);
    QCOMPARE(symbolic::formatExpression(gaugeFree, plane, symbolic::Notation::Text),
             QStringLiteral("0.5*x_dot^2 + x*y_dot - y*x_dot"));
    const Expression oneSided = readableForm({parse("y*x_dot", plane)}, {-2.0}, 2);
    QCOMPARE(symbolic::formatExpression(oneSided, plane, symbolic::Notation::Text),
             QStringLiteral("x*y_dot - y*x_dot"));

    // A later term with a negative factor is subtracted.
    const Expression negative = readableForm(kepler, {-0.5, -2e-4}, 1);
    QCOMPARE(symbolic::formatExpression(negative, polar, symbolic::Notation::Text),
             QStringLiteral("-0.5*r_dot^2 - 1/r"));

    // A coefficient that rounds to -1 prints as a minus sign alone.
    const Genome unit = {parse("cos(r_dot)", polar), parse("r", polar)};
    const Expression minusOne = readableForm(unit, {-0.99999999, 0.25}, 1);
    QCOMPARE(symbolic::formatExpression(minusOne, polar, symbolic::Notation::Text),
             QStringLiteral("-cos(r_dot) + 0.25*r"));
}

void TestDiscovery::defaultRangesKeepLagrangianDefined()
{
    // -sqrt(1 - x_dot^2) is undefined, and its Hessian infinite, at |x_dot| >= 1.
    const Result<symbolic::TypedSystem> relativistic =
        symbolic::parseTypedSystem("-sqrt(1 - x_dot^2) - 0.5*x^2", {"x"}, {});
    QVERIFY(relativistic);
    std::vector<Range> positions = {Range{-1.0, 1.0}};
    std::vector<Range> velocities = {Range{-1.0, 1.0}};
    fitDefaultRanges(*relativistic->makeLagrangian(), positions, velocities);
    QCOMPARE(positions[0].high, 1.0);
    QCOMPARE_LT(velocities[0].high, 1.0 / 1.2);
    QCOMPARE_GT(velocities[0].high, 0.5);
    QCOMPARE(velocities[0].low, -velocities[0].high);

    // The pendulum is defined everywhere, so its ranges stay.
    const Result<symbolic::TypedSystem> pendulum =
        symbolic::parseTypedSystem("0.5*theta_dot^2 + 9.81*cos(theta)", {"theta"}, {});
    QVERIFY(pendulum);
    positions = {Range{-1.0, 1.0}};
    velocities = {Range{-1.0, 1.0}};
    fitDefaultRanges(*pendulum->makeLagrangian(), positions, velocities);
    QCOMPARE(positions[0].high, 1.0);
    QCOMPARE(velocities[0].high, 1.0);
}

void TestDiscovery::nearIntegerExponentSnaps()
{
    // A harmonic oscillator with noise: the tuned exponent of |x|^2.03 ends near 2, where the
    // data cannot separate it from 2, so the front prints the square.
    const MotionSamples samples = oscillatorSamples(0.0, 1.0);
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("x");
    Evaluator evaluator(samples, symbols, LossKind::Motion);
    HallOfFame hall;
    hall.insert(evaluator.evaluate({parse("x_dot^2", symbols), parse("abs(x)^2.03", symbols)}, 10));
    SearchSettings settings;
    settings.finalSamples = samples.count;
    const ParetoFront front = finishFront(hall, samples, symbols, settings, 1);
    QCOMPARE(front.candidates.size(), std::size_t(1));
    const QString text = symbolic::formatExpression(front.candidates[0].expression, symbols,
                                                    symbolic::Notation::Text);
    QVERIFY2(text.endsWith(QStringLiteral("^2")), qPrintable(text));
}

void TestDiscovery::refutedPickIsDropped()
{
    // Quartic oscillator at amplitudes up to 2 with 1 % noise: x^2 + cos x is simpler than the
    // true x^2 + x^4 and within 1.5 times its loss, but the data refute it.
    const Result<symbolic::TypedSystem> typed =
        symbolic::parseTypedSystem("0.5*x_dot^2 - 0.5*x^2 - 0.25*x^4", {"x"}, {});
    QVERIFY(typed);
    DiscoverySimulation simulation;
    simulation.positionRanges = {Range{-2.0, 2.0}};
    simulation.velocityRanges = {Range{-2.0, 2.0}};
    const Result<SimulatedData> data =
        simulateForDiscovery(*typed->makeLagrangian(), typed->coordinates, simulation);
    QVERIFY(data);
    const MotionSamples samples =
        samplesForMotion(data->dataset, data->window, 20000, 1, data->noise);
    QCOMPARE_GT(samples.weak.noiseFloor, 0.0);

    Evaluator evaluator(samples, typed->symbols, LossKind::Motion);
    HallOfFame hall;
    for (const char* set : {"x_dot^2", "x_dot^2;x^2", "x_dot^2;x^2;cos(x)", "x_dot^2;x^2;x^4"}) {
        Genome terms;
        for (const QString& term : QString::fromLatin1(set).split(';'))
            terms.push_back(parse(term, typed->symbols));
        hall.insert(evaluator.evaluate(terms, 10));
    }
    SearchSettings settings;
    settings.finalSamples = samples.count;
    const ParetoFront front = finishFront(hall, samples, typed->symbols, settings, 1);
    QVERIFY(front.picked >= 0);
    const QString pick = symbolic::formatExpression(
        front.candidates[static_cast<std::size_t>(front.picked)].expression, typed->symbols,
        symbolic::Notation::Text);
    QVERIFY2(pick.contains(QStringLiteral("x^4")), qPrintable(pick));
    QVERIFY2(!pick.contains(QStringLiteral("cos")), qPrintable(pick));
}

void TestDiscovery::weakRowsAverageExactMotion()
{
    // Without noise, each row's target (the integral of phi'' q) equals its average of the
    // exact accelerations, so the true law's weak loss is at the quadrature error's level.
    const SimulatedData data = presetRuns(0.0);
    const MotionSamples samples = weakSamplesFromDataset(data.dataset, 40);
    QCOMPARE_GT(samples.weak.rows(), minWeakRows);
    const symbolic::SymbolTable symbols = pendulumSymbols();
    QCOMPARE_LT(fittedLoss({"theta_dot^2", "cos(theta)"}, samples, symbols), 1e-8);
    QCOMPARE_GT(fittedLoss({"theta_dot^2", "theta^2"}, samples, symbols), 1e-3);

    // The quadrature weights of a row are divided by the integral of phi, so they add up to 1.
    for (int m = 0; m < samples.weak.rows(); ++m) {
        double sum = 0.0;
        for (int e = samples.weak.start[m]; e < samples.weak.start[m + 1]; ++e)
            sum += samples.weak.weight[e];
        QCOMPARE_LT(std::abs(sum - 1.0), 1e-3);
    }

    // The weights of phi' integrate by parts: the average of theta_ddot equals
    // -sum_e phi'_e theta_dot_e.
    double largest = 0.0;
    double mismatch = 0.0;
    for (int m = 0; m < samples.weak.rows(); ++m) {
        double average = 0.0;
        double byParts = 0.0;
        for (int e = samples.weak.start[m]; e < samples.weak.start[m + 1]; ++e) {
            average += samples.weak.weight[e] * samples.acceleration(0, samples.weak.sample[e]);
            byParts -= samples.weak.slope[e] * samples.state(1, samples.weak.sample[e]);
        }
        largest = std::max(largest, std::abs(average));
        mismatch = std::max(mismatch, std::abs(average - byParts));
    }
    QCOMPARE_GT(largest, 1.0);
    QCOMPARE_LT(mismatch, 1e-3 * largest);
}

void TestDiscovery::weakStartIsUnbiased()
{
    // With 1 % noise, a least-squares start from twice-differentiated positions scored the
    // double pendulum's true terms about 190 times worse than their refined fit. The weak start
    // needs only velocities and lands within a few percent of the optimum.
    const SimulatedData data = presetRuns(0.01, QStringLiteral("double_pendulum"));
    const MotionSamples samples = samplesForMotion(data.dataset, data.window, 20000, 1, data.noise);
    QCOMPARE_GT(samples.weak.rows(), minWeakRows);
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("a") << QStringLiteral("b");
    std::vector<TermColumns> columns;
    for (const char* term : {"a_dot^2", "b_dot^2", "a_dot*b_dot*cos(a - b)", "cos(a)", "cos(b)"})
        columns.push_back(evaluateTerm(parse(term, symbols), samples, symbols));

    const LinearFit start = fitMotion(pointers(columns), samples, 0);
    const LinearFit refined = fitMotion(pointers(columns), samples, 20);
    QVERIFY(start.valid && refined.valid);
    QCOMPARE_LT(start.loss, 1.1 * refined.loss);
    // L = a_dot^2 + b_dot^2/2 + a_dot b_dot cos(a - b) + 2g cos(a) + g cos(b).
    QCOMPARE_LT(std::abs(start.coefficients[3] / start.coefficients[0] - 2.0 * 9.81), 0.2);
}

void TestDiscovery::weakLossSeparatesNoisyPendulum()
{
    // With 1 % noise on the angle, the weak loss ranks cos(theta) clearly below its
    // small-angle form, and the true law's loss stays under the noise floor's upper bound.
    const SimulatedData data = presetRuns(0.01);
    const MotionSamples samples = samplesForMotion(data.dataset, data.window, 20000, 1, data.noise);
    QCOMPARE_GT(samples.weak.rows(), minWeakRows);
    const symbolic::SymbolTable symbols = pendulumSymbols();
    const double truth = fittedLoss({"theta_dot^2", "cos(theta)"}, samples, symbols);
    const double smallAngle = fittedLoss({"theta_dot^2", "theta^2"}, samples, symbols);
    QCOMPARE_LT(5.0 * truth, smallAngle);
    QCOMPARE_GT(samples.weak.noiseFloor, 0.0);
    QCOMPARE_LT(truth, samples.weak.noiseFloor);
}

void TestDiscovery::weakSubsampleKeepsRows()
{
    const SimulatedData data = presetRuns(0.01);
    const MotionSamples samples = samplesForMotion(data.dataset, data.window, 20000, 1, data.noise);
    const MotionSamples fewer = subsample(samples, 300, 9);
    QCOMPARE_GT(fewer.weak.rows(), 0);
    QCOMPARE_LT(fewer.weak.rows(), samples.weak.rows());
    QCOMPARE(fewer.weak.targets.size(), std::size_t(fewer.weak.rows()));
    QCOMPARE(fewer.weak.noiseFloor, samples.weak.noiseFloor);
    for (int index : fewer.weak.sample) {
        QVERIFY(index >= 0);
        QVERIFY(index < fewer.count);
    }
    // The same seed draws the same rows.
    QCOMPARE(subsample(samples, 300, 9).weak.sample, fewer.weak.sample);
}

void TestDiscovery::normalFormHalvesFirstVelocity()
{
    const MotionSamples samples = pendulumSamples();
    const symbolic::SymbolTable symbols = pendulumSymbols();
    const Genome terms = {parse("theta_dot^2", symbols), parse("cos(theta)", symbols)};
    const std::vector<double> coefficients = {3.0, 3.0 * 2.0 * 9.81};
    QCOMPARE_LT(std::abs(normalScale(terms, coefficients, samples, symbols) - 1.0 / 6.0), 1e-12);

    // theta_dot^2 inside another term counts too: 1 + 2 from 2 (theta_dot - theta)^2.
    const Genome split = {parse("theta_dot^2", symbols), parse("(theta_dot - theta)^2", symbols)};
    QCOMPARE_LT(std::abs(normalScale(split, {1.0, 2.0}, samples, symbols) - 1.0 / 6.0), 1e-12);

    // Without a theta_dot^2 term, d2L/dtheta_dot^2 at rest becomes 1.
    const Genome relativistic = {parse("sqrt(1 - theta_dot^2)", symbols)};
    QCOMPARE_LT(std::abs(normalScale(relativistic, {2.0}, samples, symbols) + 0.5), 1e-12);
}

void TestDiscovery::canonicalGenomeDropsCoefficients()
{
    const symbolic::SymbolTable symbols = pendulumSymbols();
    Grammar grammar;
    grammar.dof = 1;
    const Variation variation(grammar);
    const Genome genome = {parse("3*theta_dot^2 - 2*cos(theta)", symbols),
                           parse("-(theta_dot^2)", symbols), parse("5", symbols)};

    const Genome canonical = variation.canonical(genome);
    QCOMPARE(canonical.size(), std::size_t(2));
    QVERIFY(std::find(canonical.begin(), canonical.end(), parse("theta_dot^2", symbols)) !=
            canonical.end());
    QVERIFY(std::find(canonical.begin(), canonical.end(), parse("cos(theta)", symbols)) !=
            canonical.end());
}

void TestDiscovery::paretoFrontSkipsRewritings()
{
    // The same function written two ways reaches the same loss up to rounding, so only the
    // simpler writing is on the front, while a real improvement joins it.
    const auto scored = [](int complexity, double loss) {
        Scored s;
        s.complexity = complexity;
        s.loss = loss;
        s.valid = true;
        return s;
    };
    const std::vector<Scored> front =
        paretoFront({scored(32, 1e-4 * (1.0 - 1e-15)), scored(30, 1e-4), scored(35, 0.9e-4)});
    QCOMPARE(front.size(), std::size_t(2));
    QCOMPARE(front[0].complexity, 30);
    QCOMPARE(front[1].complexity, 35);
}

void TestDiscovery::expandedTermsSplitSquares()
{
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("x");
    Grammar grammar;
    grammar.dof = 1;
    const Genome expanded = Variation(grammar).expandedTerms({parse("(x_dot - 3*x^2)^2", symbols)});
    QCOMPARE(expanded.size(), std::size_t(3));
    for (const char* summand : {"x_dot^2", "x^2*x_dot", "x^4"}) {
        const Expression expected = symbolic::simplify(parse(summand, symbols));
        QVERIFY2(std::find(expanded.begin(), expanded.end(), expected) != expanded.end(), summand);
    }
}

void TestDiscovery::termLibraryHoldsCoupling()
{
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("a") << QStringLiteral("b");
    Grammar grammar;
    grammar.dof = 2;
    const Genome library = termLibrary(grammar);
    for (const char* term : {"a_dot*b_dot*cos(a - b)", "cos(b)", "a_dot^2", "a*b_dot"}) {
        const Expression expected = symbolic::simplify(parse(term, symbols));
        QVERIFY2(std::find(library.begin(), library.end(), expected) != library.end(), term);
    }
    for (std::size_t i = 0; i < library.size(); ++i) {
        for (std::size_t j = i + 1; j < library.size(); ++j)
            QVERIFY(!(library[i] == library[j]));
    }

    // Without cos, no coupling term, and each of the four variables gives itself, its
    // square and products with the variables after it.
    grammar.unaryOperators = {Operator::Square};
    QCOMPARE(termLibrary(grammar).size(), std::size_t(4 + 4 + 6));
}

void TestDiscovery::eliminationReplacesStandIns()
{
    // A pendulum swinging up to 2 rad: starting from the stand-in theta^2 - theta^4/10 for the
    // potential, elimination over the library ends with theta_dot^2 and cos(theta).
    const SimulatedData data = presetRuns(0.01);
    const MotionSamples samples = samplesForMotion(data.dataset, data.window, 2000, 1, data.noise);
    const symbolic::SymbolTable symbols = pendulumSymbols();
    Grammar grammar;
    grammar.dof = 1;
    const Variation variation(grammar);
    Evaluator evaluator(samples, symbols, LossKind::Motion);
    const Genome start = {parse("theta_dot^2", symbols), parse("(theta^2 - 0.1*theta^4)", symbols)};

    const Elimination elimination =
        eliminateTerms(start, termLibrary(grammar), 0.005, variation, evaluator);
    QCOMPARE_GT(elimination.path.size(), std::size_t(3));
    QCOMPARE_GT(elimination.evaluations, static_cast<long long>(elimination.path.size()));
    for (std::size_t k = 1; k < elimination.path.size(); ++k)
        QCOMPARE_LT(elimination.path[k].terms.size(), elimination.path[k - 1].terms.size());

    const Scored& pair = elimination.path[elimination.path.size() - 2];
    QCOMPARE(pair.terms.size(), std::size_t(2));
    QVERIFY(std::find(pair.terms.begin(), pair.terms.end(), parse("cos(theta)", symbols)) !=
            pair.terms.end());
    const Scored standIn = evaluator.evaluate(variation.expandedTerms(start), 0);
    QVERIFY(standIn.valid);
    QCOMPARE_LT(pair.loss, standIn.loss);
}

void TestDiscovery::searchIsDeterministic()
{
    const MotionSamples samples = pendulumSamples();
    const symbolic::SymbolTable symbols = pendulumSymbols();
    Result<SearchResult> first = runSearch(samples, symbols, quickSettings(5), nullptr, {});
    Result<SearchResult> second = runSearch(samples, symbols, quickSettings(5), nullptr, {});
    QVERIFY(first && second);
    QCOMPARE(first->evaluations, second->evaluations);
    QCOMPARE(first->front.candidates.size(), second->front.candidates.size());
    for (std::size_t i = 0; i < first->front.candidates.size(); ++i) {
        QCOMPARE(first->front.candidates[i].loss, second->front.candidates[i].loss);
        QVERIFY(first->front.candidates[i].expression == second->front.candidates[i].expression);
    }
    QCOMPARE(first->front.picked, second->front.picked);
}

void TestDiscovery::searchRecoversSpring()
{
    // Mass on a spring, L = 1/2 x_dot^2 - 1/2 k x^2 with k = 4, from noise-free simulation.
    Result<symbolic::TypedSystem> typed =
        symbolic::parseTypedSystem("0.5*x_dot^2 - 0.5*k*x^2", {"x"}, {{"k", 4.0}});
    QVERIFY(typed);
    DiscoverySimulation simulation;
    simulation.trajectories = 4;
    simulation.duration = 4.0;
    simulation.relativeNoise = 0.0;
    simulation.positionRanges = {Range{-1.0, 1.0}};
    simulation.velocityRanges = {Range{-1.0, 1.0}};
    Result<SimulatedData> data =
        simulateForDiscovery(*typed->makeLagrangian(), typed->coordinates, simulation);
    QVERIFY(data);
    const MotionSamples samples = samplesFromDataset(data->dataset, 2000, 0, 1);

    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("x");
    Result<SearchResult> result = runSearch(samples, symbols, quickSettings(2), nullptr, {});
    QVERIFY(result);
    const ParetoFront& front = result->front;
    QVERIFY(front.picked >= 0);
    const Candidate& pick = front.candidates[static_cast<std::size_t>(front.picked)];
    QCOMPARE_LT(pick.loss, 1e-10);
    const QString formula =
        symbolic::formatExpression(pick.expression, symbols, symbolic::Notation::Text);
    QCOMPARE(formula, QStringLiteral("0.5*x_dot^2 - 2*x^2"));
}

void TestDiscovery::searchRecoversNoisyPendulum()
{
    Result<SystemPreset> preset = findPreset(QStringLiteral("pendulum"));
    QVERIFY(preset);
    DiscoverySimulation simulation;
    simulation.positionRanges = preset->positionRanges;
    simulation.velocityRanges = preset->velocityRanges;
    simulation.trajectories = 6;
    Result<SimulatedData> data =
        simulateForDiscovery(*makeLagrangian(*preset), preset->coordinates, simulation);
    QVERIFY(data);
    QCOMPARE_GT(data->window, 0);
    const MotionSamples samples =
        samplesForMotion(data->dataset, data->window, 4000, 1, data->noise);
    QCOMPARE_GT(samples.weak.rows(), minWeakRows);

    const symbolic::SymbolTable symbols = pendulumSymbols();
    SearchSettings settings = quickSettings(3);
    settings.evaluationBudget = 10000;
    Result<SearchResult> result = runSearch(samples, symbols, settings, nullptr, {});
    QVERIFY(result);
    const Candidate& pick =
        result->front.candidates[static_cast<std::size_t>(result->front.picked)];
    QCOMPARE(pick.terms.size(), std::size_t(2));

    // Normal form 1/2 theta_dot^2 + (g/l) cos(theta) with the preset's g/l.
    const double stiffness = preset->parameter("gravity") / preset->parameter("length");
    const auto cosine = std::find(pick.terms.begin(), pick.terms.end(),
                                  Expression::unary(Operator::Cos, Expression::variable(0)));
    QVERIFY(cosine != pick.terms.end());
    const double c = pick.coefficients[static_cast<std::size_t>(cosine - pick.terms.begin())];
    QCOMPARE_LT(std::abs(c - stiffness) / stiffness, 0.005);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "test_discovery.moc"
