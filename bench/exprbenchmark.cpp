#include "bench/exprbenchmark.h"

#include "symbolic/arithmetic.h"
#include "symbolic/parser.h"
#include "symbolic/program.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>
#include <random>

namespace lab::bench {

namespace {

using symbolic::Expression;
using symbolic::Operator;
using symbolic::SymbolTable;

struct Options
{
    int states = 65536;
    int repeat = 7;
};

struct Case
{
    QString name;
    SymbolTable symbols;
    Expression lagrangian;
};

std::optional<Options> parseOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{"states", "States per evaluation batch", "n", "65536"},
                       {"repeat", "Timed repetitions; the median is printed", "n", "7"}});
    if (!parser.parse(QStringList{"expr"} + arguments)) {
        std::fprintf(stderr, "expr: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    Options options;
    options.states = parser.value("states").toInt();
    options.repeat = parser.value("repeat").toInt();
    if (options.states < 1 || options.repeat < 1) {
        std::fprintf(stderr,
                     "expr: invalid options; --states and --repeat take a positive integer\n");
        return std::nullopt;
    }
    return options;
}

/// The baseline: a plain recursive evaluator over the tree, one state at a time, with the
/// parameters looked up at each leaf.
double walk(const Expression& e, const double* state, const double* parameters)
{
    switch (e.op()) {
    case Operator::Constant:
        return e.value();
    case Operator::Variable:
        return state[e.index()];
    case Operator::Parameter:
        return parameters[e.index()];
    default:
        break;
    }
    const double x = walk(e.operand(0), state, parameters);
    if (e.operandCount() == 1)
        return symbolic::applyUnary(e.op(), x);
    return symbolic::applyBinary(e.op(), x, walk(e.operand(1), state, parameters));
}

// Builds a random tree over two coordinates, their velocities and two parameters from every
// operator except Power, whose pow() call would dominate the time.
Expression randomExpression(std::mt19937_64& random, int depth)
{
    std::uniform_int_distribution<int> pick(0, 11);
    const int choice = depth <= 0 ? 11 : pick(random);
    switch (choice) {
    case 0:
    case 1:
        return randomExpression(random, depth - 1) + randomExpression(random, depth - 1);
    case 2:
        return randomExpression(random, depth - 1) - randomExpression(random, depth - 1);
    case 3:
    case 4:
        return randomExpression(random, depth - 1) * randomExpression(random, depth - 1);
    case 5:
        return randomExpression(random, depth - 1) / randomExpression(random, depth - 1);
    case 6:
        return Expression::unary(Operator::Square, randomExpression(random, depth - 1));
    case 7:
        return Expression::unary(Operator::Sin, randomExpression(random, depth - 1));
    case 8:
        return Expression::unary(Operator::Cos, randomExpression(random, depth - 1));
    case 9:
        return -randomExpression(random, depth - 1);
    case 10:
        return Expression::parameter(std::uniform_int_distribution<int>(0, 1)(random));
    default:
        return Expression::variable(std::uniform_int_distribution<int>(0, 3)(random));
    }
}

Expression parsedOrDie(const QString& text, const SymbolTable& symbols)
{
    const Result<Expression> result = symbolic::parseExpression(text, symbols);
    if (!result.ok())
        qFatal("expr: the built-in formula %s does not parse", qPrintable(text));
    return *result;
}

std::vector<Case> cases()
{
    SymbolTable pendulum;
    pendulum.coordinates = {"theta"};
    pendulum.parameters = {"m", "l", "g"};
    pendulum.parameterValues = {1.0, 1.0, 9.81};

    SymbolTable doublePendulum;
    doublePendulum.coordinates = {"theta1", "theta2"};
    doublePendulum.parameters = {"m1", "m2", "l1", "l2", "g"};
    doublePendulum.parameterValues = {1.0, 1.0, 1.0, 1.0, 9.81};

    SymbolTable generic;
    generic.coordinates = {"x", "y"};
    generic.parameters = {"a", "b"};
    generic.parameterValues = {1.5, 0.75};

    // Trees are drawn from a fixed seed until one has 27 to 33 nodes. Its size is printed.
    std::mt19937_64 random(4);
    Expression expression = randomExpression(random, 6);
    for (int attempt = 0; attempt < 1000 && std::abs(expression.complexity() - 30) > 3; ++attempt)
        expression = randomExpression(random, 6);

    return {
        {"pendulum", pendulum, parsedOrDie("0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)", pendulum)},
        {"double_pendulum", doublePendulum,
         parsedOrDie("0.5*(m1 + m2)*l1^2*theta1_dot^2 + 0.5*m2*l2^2*theta2_dot^2 + "
                     "m2*l1*l2*theta1_dot*theta2_dot*cos(theta1 - theta2) + "
                     "(m1 + m2)*g*l1*cos(theta1) + m2*g*l2*cos(theta2)",
                     doublePendulum)},
        {"random", generic, expression},
    };
}

/// States in [-2, 2], in both layouts: state by state for the tree walker, and variable by
/// variable (StateBatch) for Program.
struct States
{
    int count = 0;
    int variables = 0;
    std::vector<double> byState;
    std::vector<double> byVariable;
};

States makeStates(int count, int variables)
{
    const std::size_t size = static_cast<std::size_t>(count) * static_cast<std::size_t>(variables);
    States states{count, variables, std::vector<double>(size), std::vector<double>(size)};
    std::mt19937_64 random(1);
    std::uniform_real_distribution<double> value(-2.0, 2.0);
    for (int i = 0; i < count; ++i) {
        for (int v = 0; v < variables; ++v) {
            const double x = value(random);
            states.byState[static_cast<std::size_t>(i) * variables + v] = x;
            states.byVariable[static_cast<std::size_t>(v) * count + i] = x;
        }
    }
    return states;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

/// Median CPU seconds of the calling thread for one call of run, over repeat calls after one
/// warm-up call. CPU time rather than wall-clock time, so that time spent waiting for a core
/// on a busy machine is not counted.
template <class Function>
double medianSeconds(int repeat, Function run)
{
    run();
    std::vector<double> times;
    for (int r = 0; r < repeat; ++r) {
        const double start = threadCpuSeconds();
        run();
        times.push_back(threadCpuSeconds() - start);
    }
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return times[times.size() / 2];
}

void print(QJsonObject object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

QJsonObject throughput(const QString& name, const QString& evaluator, long long nodes,
                       const Options& options, double seconds)
{
    return {{"case", name},
            {"evaluator", evaluator},
            {"states", options.states},
            {"repeat", options.repeat},
            {"tree_nodes", static_cast<double>(nodes)},
            {"cpu_seconds", seconds},
            {"states_per_second", options.states / seconds},
            {"nodes_per_second", static_cast<double>(nodes) * options.states / seconds}};
}

// Walks every tree for every state; the sum keeps the compiler from dropping the work.
double walkAll(const std::vector<Expression>& trees, const States& states,
               const SymbolTable& symbols)
{
    double sum = 0.0;
    for (int i = 0; i < states.count; ++i) {
        const double* state =
            states.byState.data() + static_cast<std::size_t>(i) * states.variables;
        for (const Expression& tree : trees)
            sum += walk(tree, state, symbols.parameterValues.data());
    }
    return sum;
}

long long totalNodes(const std::vector<Expression>& trees)
{
    long long nodes = 0;
    for (const Expression& tree : trees)
        nodes += tree.complexity();
    return nodes;
}

void benchmarkCase(const Case& c, const Options& options)
{
    const SymbolTable& symbols = c.symbols;
    const States states = makeStates(options.states, symbols.variableCount());
    const symbolic::StateBatch batch{states.count, states.variables, states.byVariable.data()};
    volatile double sink = 0.0;

    // (a) the tree walker and (b) Program on L alone.
    const std::vector<Expression> value{c.lagrangian};
    const double walkSeconds =
        medianSeconds(options.repeat, [&] { sink = walkAll(value, states, symbols); });
    print(throughput(c.name, "tree_walk_value", c.lagrangian.complexity(), options, walkSeconds));

    const symbolic::Program program = symbolic::Program::compile(value, symbols);
    std::vector<double> out(static_cast<std::size_t>(states.count));
    const double programSeconds =
        medianSeconds(options.repeat, [&] { program.evaluate(batch, out.data()); });
    QJsonObject programResult =
        throughput(c.name, "program_value", c.lagrangian.complexity(), options, programSeconds);
    programResult["instructions"] = program.instructionCount();
    print(programResult);

    // (c) L with its first and second derivatives, against walking each of their trees.
    const std::vector<Expression> terms =
        symbolic::LagrangianProgram::termExpressions(c.lagrangian, symbols);
    const long long termNodes = totalNodes(terms);
    const double walkTermsSeconds =
        medianSeconds(options.repeat, [&] { sink = walkAll(terms, states, symbols); });
    print(throughput(c.name, "tree_walk_terms", termNodes, options, walkTermsSeconds));

    const symbolic::LagrangianProgram lagrangianProgram =
        symbolic::LagrangianProgram::compile(c.lagrangian, symbols);
    symbolic::TermsBatch batchTerms;
    const double termsSeconds =
        medianSeconds(options.repeat, [&] { lagrangianProgram.evaluate(batch, batchTerms); });
    QJsonObject termsResult =
        throughput(c.name, "lagrangian_program", termNodes, options, termsSeconds);
    termsResult["outputs"] = lagrangianProgram.program().outputCount();
    termsResult["instructions"] = lagrangianProgram.program().instructionCount();
    print(termsResult);
    static_cast<void>(sink);
}

/// Estimates the scalar floating-point peak with sixteen independent multiply-add chains, enough
/// to hide the latency of each chain so that the loop is bound by throughput. bench/CMakeLists.txt
/// compiles this file without auto-vectorisation, so the loop stays scalar.
void benchmarkScalarPeak(const Options& options)
{
    constexpr int chains = 16;
    const long long iterations = 20'000'000;
    volatile double seed = 1.0;
    double result = 0.0;
    const double seconds = medianSeconds(options.repeat, [&] {
        double x[chains];
        for (int k = 0; k < chains; ++k)
            x[k] = seed + k;
        const double a = seed * 0.999999;
        const double b = seed * 1e-7;
        for (long long i = 0; i < iterations; ++i) {
            for (double& value : x)
                value = value * a + b;
        }
        result = 0.0;
        for (double value : x)
            result += value;
    });
    const double operations = 2.0 * chains * static_cast<double>(iterations);
    print({{"case", "machine"},
           {"evaluator", "scalar_multiply_add"},
           {"repeat", options.repeat},
           {"cpu_seconds", seconds},
           {"flops_per_second", operations / seconds},
           {"checksum", result}});
}

} // namespace

int runExpressionBenchmark(const QStringList& arguments)
{
    const std::optional<Options> options = parseOptions(arguments);
    if (!options)
        return 2;
    for (const Case& c : cases())
        benchmarkCase(c, *options);
    benchmarkScalarPeak(*options);
    return 0;
}

} // namespace lab::bench
