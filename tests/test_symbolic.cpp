#include "mechanics/eulerlagrange.h"
#include "mechanics/presetlagrangians.h"
#include "symbolic/expressionlagrangian.h"
#include "symbolic/parser.h"
#include "symbolic/program.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <cmath>
#include <memory>
#include <random>
#include <thread>

using namespace lab;
using namespace lab::symbolic;

namespace {

SymbolTable pendulumSymbols()
{
    SymbolTable symbols;
    symbols.coordinates = {QStringLiteral("theta")};
    symbols.parameters = {QStringLiteral("m"), QStringLiteral("l"), QStringLiteral("g")};
    symbols.parameterValues = {1.3, 0.7, 9.81};
    return symbols;
}

SymbolTable springSymbols()
{
    SymbolTable symbols;
    symbols.coordinates = {QStringLiteral("x")};
    symbols.parameters = {QStringLiteral("m"), QStringLiteral("k")};
    symbols.parameterValues = {2.0, 8.0};
    return symbols;
}

SymbolTable doublePendulumSymbols()
{
    SymbolTable symbols;
    symbols.coordinates = {QStringLiteral("theta1"), QStringLiteral("theta2")};
    symbols.parameters = {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("l1"),
                          QStringLiteral("l2"), QStringLiteral("g")};
    symbols.parameterValues = {1.0, 0.6, 1.2, 0.8, 9.81};
    return symbols;
}

// Two coordinates x and y and two parameters a and b, for the generic tests.
SymbolTable genericSymbols()
{
    SymbolTable symbols;
    symbols.coordinates = {QStringLiteral("x"), QStringLiteral("y")};
    symbols.parameters = {QStringLiteral("a"), QStringLiteral("b")};
    symbols.parameterValues = {1.5, -0.75};
    return symbols;
}

const QString pendulumFormula = QStringLiteral("0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)");
const QString springFormula = QStringLiteral("0.5*m*x_dot^2 - 0.5*k*x^2");
const QString doublePendulumFormula = QStringLiteral(
    "0.5*(m1 + m2)*l1^2*theta1_dot^2 + 0.5*m2*l2^2*theta2_dot^2 + "
    "m2*l1*l2*theta1_dot*theta2_dot*cos(theta1 - theta2) + (m1 + m2)*g*l1*cos(theta1) + "
    "m2*g*l2*cos(theta2)");

Expression parsed(const QString& text, const SymbolTable& symbols)
{
    const Result<Expression> result = parseExpression(text, symbols);
    if (!result.ok())
        qFatal("cannot parse %s: kind %d at column %d", qPrintable(text),
               static_cast<int>(result.error().kind), result.error().column);
    return *result;
}

bool close(double a, double b, double tolerance)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::abs(a - b) <= tolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

QString describe(const Expression& e, const SymbolTable& symbols)
{
    return formatExpression(e, symbols, Notation::Text);
}

QString describeFailure(const Result<Expression>& result)
{
    if (result.ok())
        return QStringLiteral("parsed");
    return QStringLiteral("error kind %1 at column %2")
        .arg(static_cast<int>(result.error().kind))
        .arg(result.error().column);
}

/// Random expression trees from a seeded generator, over every operator.
class RandomExpressions
{
public:
    RandomExpressions(std::uint64_t seed, const SymbolTable& symbols)
        : m_random(seed), m_symbols(symbols)
    {}

    Expression next(int depth)
    {
        if (depth <= 0 || uniform(0, 9) < 2)
            return leaf();
        const int choice = uniform(0, 13);
        switch (choice) {
        case 0:
        case 1:
            return next(depth - 1) + next(depth - 1);
        case 2:
            return next(depth - 1) - next(depth - 1);
        case 3:
        case 4:
            return next(depth - 1) * next(depth - 1);
        case 5:
            return next(depth - 1) / next(depth - 1);
        case 6:
            return power(next(depth - 1), exponent(depth));
        case 7:
            return -next(depth - 1);
        default:
            return Expression::unary(function(choice), next(depth - 1));
        }
    }

    /// A state with the coordinates and velocities in [-2, 2].
    std::vector<double> state()
    {
        std::uniform_real_distribution<double> value(-2.0, 2.0);
        std::vector<double> x(static_cast<std::size_t>(m_symbols.variableCount()));
        for (double& v : x)
            v = value(m_random);
        return x;
    }

private:
    int uniform(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }

    Expression leaf()
    {
        static const double constants[] = {0.5, 1.0, 2.0, 3.0, -1.5, 0.25, 0.0};
        const int kind = uniform(0, 5);
        if (kind <= 1)
            return Expression::constant(constants[uniform(0, 6)]);
        if (kind == 2)
            return Expression::parameter(
                uniform(0, static_cast<int>(m_symbols.parameters.size()) - 1));
        return Expression::variable(uniform(0, m_symbols.variableCount() - 1));
    }

    Expression exponent(int depth)
    {
        // Square and Cube cover the exponents 2 and 3, as the parser reads x^2 and x^3.
        static const double exponents[] = {1.5, 5.0, -1.0, 0.5, 4.0, 1.0, 0.0, -2.0};
        if (uniform(0, 4) == 0)
            return next(depth - 1);
        return Expression::constant(exponents[uniform(0, 7)]);
    }

    static Operator function(int choice)
    {
        static const Operator functions[] = {Operator::Square, Operator::Cube, Operator::Sin,
                                             Operator::Cos,    Operator::Exp,  Operator::Log,
                                             Operator::Sqrt,   Operator::Abs};
        return functions[(choice - 8) % 8];
    }

    std::mt19937_64 m_random;
    const SymbolTable& m_symbols;
};

double valueAt(const Expression& e, const std::vector<double>& state, const SymbolTable& symbols)
{
    return evaluate(e, state.data(), symbols);
}

/// Whether e changes by more than 1e-10 relative when the state moves by 1e-13 relative. Such
/// points (cos of 1e18, a difference of nearly equal large terms) amplify rounding errors, so
/// two forms of e that are equal in exact arithmetic may differ there in floating point.
bool illConditioned(const Expression& e, const std::vector<double>& state,
                    const SymbolTable& symbols)
{
    std::vector<double> moved = state;
    for (double& x : moved)
        x *= 1.0 + 1e-13;
    return !close(valueAt(e, state, symbols), valueAt(e, moved, symbols), 1e-10);
}

/// e with every x^2 and x^3 written as Square and Cube, as the parser reads them.
Expression withSquareAndCube(const Expression& e)
{
    if (e.operandCount() == 0)
        return e;
    const Expression left = withSquareAndCube(e.operand(0));
    if (e.operandCount() == 1)
        return Expression::unary(e.op(), left);
    const Expression right = withSquareAndCube(e.operand(1));
    if (e.op() == Operator::Power && (right.isConstant(2.0) || right.isConstant(3.0)))
        return Expression::unary(right.isConstant(2.0) ? Operator::Square : Operator::Cube, left);
    return Expression::binary(e.op(), left, right);
}

/// Central difference of e along variable v, with the step scaled to the coordinate.
double centralDifference(const Expression& e, std::vector<double> state, int v, double h,
                         const SymbolTable& symbols)
{
    const double x = state[static_cast<std::size_t>(v)];
    const double step = h * std::max(1.0, std::abs(x));
    state[static_cast<std::size_t>(v)] = x + step;
    const double up = valueAt(e, state, symbols);
    state[static_cast<std::size_t>(v)] = x - step;
    const double down = valueAt(e, state, symbols);
    return (up - down) / (2.0 * step);
}

std::unique_ptr<Lagrangian> presetLagrangian(const QString& system, const SymbolTable& symbols)
{
    const std::vector<double>& p = symbols.parameterValues;
    if (system == QLatin1String("pendulum"))
        return std::make_unique<PendulumLagrangian>(p[0], p[1], p[2]);
    if (system == QLatin1String("spring"))
        return std::make_unique<SpringLagrangian>(p[0], p[1]);
    return std::make_unique<DoublePendulumLagrangian>(p[0], p[1], p[2], p[3], p[4]);
}

SymbolTable presetSymbols(const QString& system)
{
    if (system == QLatin1String("pendulum"))
        return pendulumSymbols();
    if (system == QLatin1String("spring"))
        return springSymbols();
    return doublePendulumSymbols();
}

QString presetFormula(const QString& system)
{
    if (system == QLatin1String("pendulum"))
        return pendulumFormula;
    if (system == QLatin1String("spring"))
        return springFormula;
    return doublePendulumFormula;
}

} // namespace

class TestSymbolic : public QObject
{
    Q_OBJECT

private slots:
    void parseValues_data();
    void parseValues();
    void parseStructure();
    void parseNumbers_data();
    void parseNumbers();
    void parseErrors_data();
    void parseErrors();
    void parseKnownNamesInErrors();
    void parseRejectsDeepNesting();

    void textRoundTrip();
    void sympyTextReadsBack();
    void unicodeAndLatex_data();
    void unicodeAndLatex();
    void sympyRoundTrip();

    void derivativeOfEachOperator_data();
    void derivativeOfEachOperator();
    void derivativeOfRandomExpressions();

    void simplifyPreservesValue();
    void simplifyResults_data();
    void simplifyResults();
    void simplifyCanonicalOrder();
    void simplifyIsIdempotent();

    void programMatchesEvaluate();
    void programSharesSubexpressions();
    void programPairsSineAndCosine();
    void programEvaluatesOnThreads();
    void lagrangianProgramMatchesPresets_data();
    void lagrangianProgramMatchesPresets();
    void expressionLagrangianAccelerations_data();
    void expressionLagrangianAccelerations();
};

void TestSymbolic::parseValues_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("expected");
    // At x = 2, y = 3, x_dot = -1, y_dot = 0.5, a = 1.5, b = -0.75.
    QTest::newRow("product before sum") << "1 + 2*3" << 7.0;
    QTest::newRow("left-associative minus") << "10 - 4 - 3" << 3.0;
    QTest::newRow("left-associative divide") << "12/2/3" << 2.0;
    QTest::newRow("power before product") << "2*3^2" << 18.0;
    QTest::newRow("right-associative power") << "2^3^2" << 512.0;
    QTest::newRow("minus binds looser than power") << "-x^2" << -4.0;
    QTest::newRow("negative exponent") << "2^-1" << 0.5;
    QTest::newRow("sign after operator") << "x*-y" << -6.0;
    QTest::newRow("double minus") << "--x" << 2.0;
    QTest::newRow("unary plus") << "+x" << 2.0;
    QTest::newRow("python power") << "x**2*y" << 12.0;
    QTest::newRow("parentheses") << "(1 + 2)*(3 - 1)" << 6.0;
    QTest::newRow("velocities") << "x_dot*y_dot" << -0.5;
    QTest::newRow("parameters") << "a*b" << -1.125;
    QTest::newRow("pi") << "cos(pi)" << -1.0;
    QTest::newRow("functions") << "sqrt(abs(-16)) + exp(0) + log(1) + sin(0)" << 5.0;
    QTest::newRow("spaces and tabs") << " x\t*  y " << 6.0;
}

void TestSymbolic::parseValues()
{
    QFETCH(QString, formula);
    QFETCH(double, expected);
    const SymbolTable symbols = genericSymbols();
    const double state[] = {2.0, 3.0, -1.0, 0.5};

    const Result<Expression> e = parseExpression(formula, symbols);

    QVERIFY2(e.ok(), qPrintable(describeFailure(e)));
    QCOMPARE(evaluate(*e, state, symbols), expected);
}

void TestSymbolic::parseStructure()
{
    const SymbolTable symbols = genericSymbols();
    const Expression x = Expression::variable(0);
    const Expression y = Expression::variable(1);

    QCOMPARE(parsed("-x^2", symbols), -Expression::unary(Operator::Square, x));
    QCOMPARE(parsed("x^3", symbols), Expression::unary(Operator::Cube, x));
    QCOMPARE(parsed("x^4", symbols), power(x, Expression::constant(4.0)));
    QCOMPARE(parsed("-2", symbols), Expression::constant(-2.0));
    QCOMPARE(parsed("-(2)", symbols), -Expression::constant(2.0));
    QCOMPARE(parsed("-2^x", symbols), -power(Expression::constant(2.0), x));
    QCOMPARE(parsed("x - y - 1", symbols), (x - y) - Expression::constant(1.0));
    QCOMPARE(parsed("x^y^2", symbols), power(x, Expression::unary(Operator::Square, y)));
    QCOMPARE(parsed("y_dot", symbols), Expression::variable(3));
    QCOMPARE(parsed("b", symbols), Expression::parameter(1));
    QVERIFY(!(parsed("x*y", symbols) == parsed("y*x", symbols)));
}

void TestSymbolic::parseNumbers_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("expected");
    QTest::newRow("integer") << "42" << 42.0;
    QTest::newRow("decimal") << "9.81" << 9.81;
    QTest::newRow("leading point") << ".5" << 0.5;
    QTest::newRow("trailing point") << "2." << 2.0;
    QTest::newRow("exponent") << "1.5e-3" << 1.5e-3;
    QTest::newRow("capital exponent with sign") << "2E+2" << 200.0;
    QTest::newRow("exponent without sign") << "3e2" << 300.0;
    QTest::newRow("underflow to zero") << "1e-400" << 0.0;
    QTest::newRow("seventeen digits") << "0.10000000000000001" << 0.1;
}

void TestSymbolic::parseNumbers()
{
    QFETCH(QString, formula);
    QFETCH(double, expected);

    const Result<Expression> e = parseExpression(formula, genericSymbols());

    QVERIFY(e.ok());
    QCOMPARE(e->op(), Operator::Constant);
    QCOMPARE(e->value(), expected);
}

void TestSymbolic::parseErrors_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "" << ErrorKind::FormulaEmpty << 1 << "";
    QTest::newRow("only spaces") << "   " << ErrorKind::FormulaEmpty << 4 << "";
    QTest::newRow("invalid character") << "x + $" << ErrorKind::FormulaInvalidCharacter << 5 << "$";
    QTest::newRow("greek letter") << "2*θ" << ErrorKind::FormulaInvalidCharacter << 3 << "θ";
    QTest::newRow("exponent without digits")
        << "1.5e+ * x" << ErrorKind::FormulaInvalidNumber << 1 << "1.5e+";
    QTest::newRow("number out of range")
        << "x + 1e999" << ErrorKind::FormulaInvalidNumber << 5 << "1e999";
    QTest::newRow("trailing operator") << "x + " << ErrorKind::FormulaMissingOperand << 5 << "";
    QTest::newRow("two operators") << "x * / y" << ErrorKind::FormulaMissingOperand << 5 << "/";
    QTest::newRow("empty parentheses") << "()" << ErrorKind::FormulaMissingOperand << 2 << ")";
    QTest::newRow("two numbers") << "2 3" << ErrorKind::FormulaMissingOperator << 3 << "3";
    QTest::newRow("number then name") << "2x" << ErrorKind::FormulaMissingOperator << 2 << "x";
    QTest::newRow("two points") << "1.2.3" << ErrorKind::FormulaMissingOperator << 4 << ".3";
    QTest::newRow("name then parenthesis")
        << "(x)(y)" << ErrorKind::FormulaMissingOperator << 4 << "(";
    QTest::newRow("operand in parentheses")
        << "(x y)" << ErrorKind::FormulaMissingOperator << 4 << "y";
    QTest::newRow("unclosed") << "2*(x + (y)" << ErrorKind::FormulaUnclosedParenthesis << 3 << "(";
    QTest::newRow("unmatched") << "x + y)" << ErrorKind::FormulaUnmatchedParenthesis << 6 << ")";
    QTest::newRow("function without argument")
        << "2*sin x" << ErrorKind::FormulaMissingArgument << 3 << "sin";
    QTest::newRow("unknown function") << "tan(x)" << ErrorKind::UnknownFunction << 1 << "tan";
    QTest::newRow("parameter called") << "a(x + 1)" << ErrorKind::UnknownFunction << 1 << "a";
    QTest::newRow("unknown name") << "x + z" << ErrorKind::UnknownName << 5 << "z";
    QTest::newRow("velocity of parameter") << "a_dot" << ErrorKind::UnknownVelocity << 1 << "a_dot";
    QTest::newRow("velocity of unknown") << "3*z_dot" << ErrorKind::UnknownVelocity << 3 << "z_dot";
}

void TestSymbolic::parseErrors()
{
    QFETCH(QString, formula);
    QFETCH(ErrorKind, kind);
    QFETCH(int, column);
    QFETCH(QString, text);

    const Result<Expression> e = parseExpression(formula, genericSymbols());

    QVERIFY(!e.ok());
    QCOMPARE(e.error().kind, kind);
    QCOMPARE(e.error().line, 1);
    QCOMPARE(e.error().column, column);
    QCOMPARE(e.error().text, text);
}

void TestSymbolic::parseKnownNamesInErrors()
{
    const SymbolTable symbols = genericSymbols();

    const Result<Expression> name = parseExpression(QStringLiteral("q"), symbols);
    QVERIFY(!name.ok());
    QCOMPARE(name.error().knownNames, QStringList({"x", "y", "x_dot", "y_dot", "a", "b", "pi"}));

    const Result<Expression> velocity = parseExpression(QStringLiteral("q_dot"), symbols);
    QVERIFY(!velocity.ok());
    QCOMPARE(velocity.error().knownNames, QStringList({"x_dot", "y_dot"}));

    const Result<Expression> function = parseExpression(QStringLiteral("tanh(x)"), symbols);
    QVERIFY(!function.ok());
    QCOMPARE(function.error().knownNames, QStringList({"sin", "cos", "exp", "log", "sqrt", "abs"}));
}

void TestSymbolic::parseRejectsDeepNesting()
{
    const SymbolTable symbols = genericSymbols();
    const QString deep =
        QString(500, QLatin1Char('(')) + QStringLiteral("x") + QString(500, QLatin1Char(')'));
    const QString shallow =
        QString(100, QLatin1Char('(')) + QStringLiteral("x") + QString(100, QLatin1Char(')'));

    const Result<Expression> rejected = parseExpression(deep, symbols);
    const Result<Expression> accepted = parseExpression(shallow, symbols);

    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().kind, ErrorKind::FormulaTooDeep);
    QCOMPARE(rejected.error().column, 201);
    QCOMPARE(rejected.error().limit, 200.0);
    QVERIFY(accepted.ok());
    QCOMPARE(*accepted, Expression::variable(0));
}

void TestSymbolic::textRoundTrip()
{
    const SymbolTable symbols = genericSymbols();
    RandomExpressions random(11, symbols);
    for (int i = 0; i < 2000; ++i) {
        const Expression e = random.next(5);
        const QString text = formatExpression(e, symbols, Notation::Text);

        const Result<Expression> back = parseExpression(text, symbols);

        QVERIFY2(back.ok(), qPrintable(text));
        QVERIFY2(*back == withSquareAndCube(e),
                 qPrintable(text + " reads back as " + describe(*back, symbols)));
    }

    // Shortest round-trip numbers, negative constants and negated constants.
    for (double value : {0.1, 1.0 / 3.0, -2.5, 6.02214076e23, 1e-300, -0.0}) {
        const Expression e = Expression::constant(value) * Expression::variable(0);
        const Expression back = parsed(formatExpression(e, symbols, Notation::Text), symbols);
        QCOMPARE(back, e);
        QCOMPARE(std::signbit(back.operand(0).value()), std::signbit(value));
    }
    const Expression negated = -Expression::constant(2.0);
    QCOMPARE(formatExpression(negated, symbols, Notation::Text), QStringLiteral("-(2)"));
    QCOMPARE(parsed(formatExpression(negated, symbols, Notation::Text), symbols), negated);
}

void TestSymbolic::sympyTextReadsBack()
{
    // The parser reads ** as ^, so Sympy text reads back once Abs is written abs.
    const SymbolTable symbols = genericSymbols();
    RandomExpressions random(19, symbols);
    for (int i = 0; i < 1000; ++i) {
        const Expression e = random.next(5);
        QString text = formatExpression(e, symbols, Notation::Sympy);
        QVERIFY(!text.contains(QLatin1Char('^')));
        text.replace(QStringLiteral("Abs("), QStringLiteral("abs("));

        const Result<Expression> back = parseExpression(text, symbols);

        QVERIFY2(back.ok(), qPrintable(text));
        QVERIFY2(*back == withSquareAndCube(e), qPrintable(text));
    }
}

void TestSymbolic::unicodeAndLatex_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<QString>("latex");
    QTest::newRow("pendulum") << "pendulum" << pendulumFormula
                              << QString::fromUtf8("0.5 m l² θ̇² + m g l cos θ")
                              << "0.5 m l^{2} \\dot{\\theta}^{2} + m g l \\cos\\theta";
    QTest::newRow("double pendulum")
        << "double_pendulum" << doublePendulumFormula
        << QString::fromUtf8("0.5 (m₁ + m₂) l₁² θ̇₁² + 0.5 m₂ l₂² θ̇₂² + "
                             "m₂ l₁ l₂ θ̇₁ θ̇₂ cos(θ₁ − θ₂) + (m₁ + m₂) g l₁ cos θ₁ + "
                             "m₂ g l₂ cos θ₂")
        << "0.5 \\left(m_{1} + m_{2}\\right) l_{1}^{2} \\dot{\\theta}_{1}^{2} + "
           "0.5 m_{2} l_{2}^{2} \\dot{\\theta}_{2}^{2} + m_{2} l_{1} l_{2} \\dot{\\theta}_{1} "
           "\\dot{\\theta}_{2} \\cos\\left(\\theta_{1} - \\theta_{2}\\right) + "
           "\\left(m_{1} + m_{2}\\right) g l_{1} \\cos\\theta_{1} + m_{2} g l_{2} "
           "\\cos\\theta_{2}";
    QTest::newRow("spring") << "spring" << springFormula
                            << QString::fromUtf8("0.5 m x\u0307² − 0.5 k x²")
                            << "0.5 m \\dot{x}^{2} - 0.5 k x^{2}";
    QTest::newRow("quotient, root, numbers")
        << "spring"
        << "sqrt(x)/(2*k) + abs(x_dot)^3 - 1.5e-5*3*exp(-x)"
        << QString::fromUtf8("√x/(2 k) + |x\u0307|³ − 1.5×10⁻⁵·3 exp(−x)")
        << "\\frac{\\sqrt{x}}{2 k} + \\left|\\dot{x}\\right|^{3} - 1.5 \\times 10^{-5} \\cdot 3 "
           "\\exp\\left(-x\\right)";
    QTest::newRow("power of sine, function then factor")
        << "pendulum"
        << "sin(theta)^2*cos(theta)*m + m*(-theta)" << QString::fromUtf8("sin² θ cos θ·m + m (−θ)")
        << "\\sin^{2}\\theta \\cos\\theta \\cdot m + m \\left(-\\theta\\right)";
}

void TestSymbolic::unicodeAndLatex()
{
    QFETCH(QString, system);
    QFETCH(QString, formula);
    QFETCH(QString, unicode);
    QFETCH(QString, latex);
    const SymbolTable symbols = presetSymbols(system);
    const Expression e = parsed(formula, symbols);

    QCOMPARE(formatExpression(e, symbols, Notation::Unicode), unicode);
    QCOMPARE(formatExpression(e, symbols, Notation::Latex), latex);
}

void TestSymbolic::sympyRoundTrip()
{
    // Debian's python3-sympy, not a virtual environment that may sit first on PATH.
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python))
        QSKIP("/usr/bin/python3 is not installed");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import sympy")});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
        QSKIP("sympy is not installed for /usr/bin/python3 (Debian package python3-sympy)");

    // Each line: names, our Sympy text, and the expected expression written for SymPy by hand.
    // The script checks simplify(sympify(ours) - expected) == 0 and prints failures.
    struct Case
    {
        SymbolTable symbols;
        Expression expression;
        QString expected;
    };
    const SymbolTable pendulum = pendulumSymbols();
    const SymbolTable generic = genericSymbols();
    const SymbolTable dp = doublePendulumSymbols();
    const Expression pendulumL = parsed(pendulumFormula, pendulum);
    const Expression dpL = parsed(doublePendulumFormula, dp);
    const std::vector<Case> cases{
        {pendulum, pendulumL, "m*l**2*theta_dot**2/2 + m*g*l*cos(theta)"},
        {pendulum, derivative(pendulumL, 1), "m*l**2*theta_dot"},
        {pendulum, derivative(pendulumL, 0), "-m*g*l*sin(theta)"},
        {dp, derivative(dpL, 2),
         "(m1 + m2)*l1**2*theta1_dot + m2*l1*l2*theta2_dot*cos(theta1 - theta2)"},
        {dp, derivative(derivative(dpL, 2), 0), "-m2*l1*l2*theta2_dot*sin(theta1 - theta2)"},
        {generic, parsed("abs(x)^3/sqrt(y) - exp(-x)*log(y_dot) + 2^-1*a", generic),
         "Abs(x)**3/sqrt(y) - exp(-x)*log(y_dot) + a/2"},
        {generic, parsed("x^y^2 - (x - y)/(a*b)", generic), "x**(y**2) - (x - y)/(a*b)"},
        {generic, parsed("-x^2 + 0.1*-(3)", generic), "-x**2 - Rational(3, 10)"},
        {generic, derivative(parsed("x^y", generic), 1), "x**y*log(x)"},
        {generic, derivative(parsed("sqrt(x)*exp(y)", generic), 0), "exp(y)/(2*sqrt(x))"},
    };

    QString input;
    for (const Case& c : cases) {
        const QStringList names = c.symbols.coordinates + c.symbols.parameters;
        QStringList velocities;
        for (const QString& name : c.symbols.coordinates)
            velocities << name + QStringLiteral("_dot");
        input += (names + velocities).join(QLatin1Char(' ')) + QLatin1Char('\t') +
                 formatExpression(c.expression, c.symbols, Notation::Sympy) + QLatin1Char('\t') +
                 c.expected + QLatin1Char('\n');
    }
    const QString script = QStringLiteral(
        "import sys, sympy\n"
        "for line in sys.stdin:\n"
        "    names, ours, expected = line.rstrip('\\n').split('\\t')\n"
        "    symbols = {n: sympy.Symbol(n) for n in names.split()}\n"
        "    symbols['Rational'] = sympy.Rational\n"
        "    a = sympy.nsimplify(sympy.sympify(ours, locals=symbols), rational=True)\n"
        "    b = sympy.sympify(expected, locals=symbols)\n"
        "    if sympy.simplify(a - b) != 0:\n"
        "        print('MISMATCH', ours, '|', expected)\n"
        "print('checked')\n");

    QProcess process;
    process.start(python, {QStringLiteral("-c"), script});
    QVERIFY(process.waitForStarted());
    process.write(input.toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(240000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(errors));
    QVERIFY2(!output.contains(QStringLiteral("MISMATCH")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("checked")), qPrintable(output + errors));
}

void TestSymbolic::derivativeOfEachOperator_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("variable");
    // x = 0.7, y = 1.3, x_dot = -0.4, y_dot = 2.1, a = 1.5, b = -0.75.
    QTest::newRow("add") << "x + y*x" << 0;
    QTest::newRow("subtract") << "y - x" << 0;
    QTest::newRow("multiply") << "x*y*x_dot" << 0;
    QTest::newRow("divide") << "x/(y + x)" << 0;
    QTest::newRow("divide by variable") << "a/x" << 0;
    QTest::newRow("constant power") << "x^3.5" << 0;
    QTest::newRow("parameter power") << "x^a" << 0;
    QTest::newRow("negative power") << "(x + y)^-2" << 0;
    QTest::newRow("general power in exponent") << "y^x" << 0;
    QTest::newRow("general power in both") << "x^(x*y)" << 0;
    QTest::newRow("negate") << "-x*y" << 0;
    QTest::newRow("square") << "(x*y)^2" << 0;
    QTest::newRow("cube") << "(x - y)^3" << 0;
    QTest::newRow("sin") << "sin(x*y)" << 0;
    QTest::newRow("cos") << "cos(x - y)" << 1;
    QTest::newRow("exp") << "exp(x_dot*x)" << 2;
    QTest::newRow("log") << "log(x*y)" << 1;
    QTest::newRow("sqrt") << "sqrt(x + y)" << 0;
    QTest::newRow("abs") << "abs(x - y)" << 0;
    QTest::newRow("independent") << "y^2*a" << 0;
    QTest::newRow("velocity") << "0.5*b*x_dot^2*cos(x)" << 2;
}

void TestSymbolic::derivativeOfEachOperator()
{
    QFETCH(QString, formula);
    QFETCH(int, variable);
    const SymbolTable symbols = genericSymbols();
    const std::vector<double> state{0.7, 1.3, -0.4, 2.1};
    const Expression e = parsed(formula, symbols);

    const Expression d = derivative(e, variable);

    const double symbolic = valueAt(d, state, symbols);
    const double numeric = centralDifference(e, state, variable, 1e-6, symbols);
    QVERIFY2(std::isfinite(symbolic), qPrintable(describe(d, symbols)));
    QVERIFY2(
        close(symbolic, numeric, 1e-7),
        qPrintable(
            QString("%1: %2 against %3").arg(describe(d, symbols)).arg(symbolic).arg(numeric)));
}

void TestSymbolic::derivativeOfRandomExpressions()
{
    const SymbolTable symbols = genericSymbols();
    RandomExpressions random(23, symbols);
    int checked = 0;
    for (int i = 0; i < 1000; ++i) {
        const Expression e = random.next(4);
        const int variable = i % symbols.variableCount();
        const Expression d = derivative(e, variable);
        for (int k = 0; k < 3; ++k) {
            const std::vector<double> state = random.state();
            const double symbolic = valueAt(d, state, symbols);
            const double coarse = centralDifference(e, state, variable, 1e-5, symbols);
            const double fine = centralDifference(e, state, variable, 1e-6, symbols);
            // Points near a kink, a pole or the edge of a domain give unstable differences.
            if (!std::isfinite(symbolic) || !std::isfinite(fine) || !close(coarse, fine, 1e-5))
                continue;
            QVERIFY2(close(symbolic, fine, 1e-5),
                     qPrintable(QString("d/d%1 %2 = %3: %4 against %5")
                                    .arg(symbols.variableName(variable), describe(e, symbols),
                                         describe(d, symbols))
                                    .arg(symbolic)
                                    .arg(fine)));
            ++checked;
        }
    }
    QVERIFY2(checked > 1500, qPrintable(QString("only %1 points checked").arg(checked)));
}

void TestSymbolic::simplifyPreservesValue()
{
    const SymbolTable symbols = genericSymbols();
    RandomExpressions random(5, symbols);
    int checked = 0;
    for (int i = 0; i < 3000; ++i) {
        const Expression e = random.next(5);
        const Expression s = simplify(e);
        for (int k = 0; k < 4; ++k) {
            const std::vector<double> state = random.state();
            const double original = valueAt(e, state, symbols);
            if (!std::isfinite(original) || illConditioned(e, state, symbols))
                continue;
            const double simplified = valueAt(s, state, symbols);
            QVERIFY2(close(original, simplified, 1e-9),
                     qPrintable(QString("%1 -> %2: %3 against %4")
                                    .arg(describe(e, symbols), describe(s, symbols))
                                    .arg(original)
                                    .arg(simplified)));
            ++checked;
        }
    }
    QVERIFY2(checked > 5000, qPrintable(QString("only %1 points checked").arg(checked)));
}

void TestSymbolic::simplifyResults_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("expected");
    QTest::newRow("like terms") << "x + x"
                                << "2*x";
    QTest::newRow("like terms with coefficients") << "2*x + 3*x"
                                                  << "5*x";
    QTest::newRow("like factors") << "x*x"
                                  << "x^2";
    QTest::newRow("three like factors") << "x*y*x*x"
                                        << "x^3*y";
    QTest::newRow("add zero") << "x + 0"
                              << "x";
    QTest::newRow("times one") << "1*x"
                               << "x";
    QTest::newRow("times zero") << "sin(x)*0"
                                << "0";
    QTest::newRow("power one") << "x^1"
                               << "x";
    QTest::newRow("power zero") << "x^0"
                                << "1";
    QTest::newRow("power two") << "(x + y)^2"
                               << "(x + y)^2";
    QTest::newRow("double negation") << "--x"
                                     << "x";
    QTest::newRow("difference of equal") << "x*y - y*x"
                                         << "0";
    QTest::newRow("quotient of equal") << "(x + a)/(a + x)"
                                       << "1";
    QTest::newRow("constants folded") << "2*3 + 4/8 - 1"
                                      << "5.5";
    QTest::newRow("functions of constants folded") << "cos(0) + sqrt(4)"
                                                   << "3";
    QTest::newRow("pythagorean identity") << "sin(x)^2 + cos(x)^2"
                                          << "1";
    QTest::newRow("pythagorean with coefficient") << "3*a*sin(x - y)^2 + y + a*cos(x - y)^2*3"
                                                  << "3*a + y";
    QTest::newRow("quotient collected") << "x*y/x^3"
                                        << "y/x^2";
    QTest::newRow("minus sign moved out of cos") << "cos(y - x) - cos(x - y)"
                                                 << "0";
    QTest::newRow("minus sign moved out of sin") << "sin(y - x) + sin(x - y)"
                                                 << "0";
    QTest::newRow("negative power") << "x^-1*y"
                                    << "y/x";
    QTest::newRow("negation distributed") << "-(x - y)"
                                          << "y - x";
}

void TestSymbolic::simplifyResults()
{
    QFETCH(QString, formula);
    QFETCH(QString, expected);
    const SymbolTable symbols = genericSymbols();

    const Expression s = simplify(parsed(formula, symbols));

    QCOMPARE(formatExpression(s, symbols, Notation::Text), expected);
}

void TestSymbolic::simplifyCanonicalOrder()
{
    const SymbolTable symbols = genericSymbols();
    const auto same = [&](const char* a, const char* b) {
        return simplify(parsed(QString::fromLatin1(a), symbols)) ==
               simplify(parsed(QString::fromLatin1(b), symbols));
    };

    QVERIFY(same("x*y", "y*x"));
    QVERIFY(same("x + y", "y + x"));
    QVERIFY(same("a*(x + y)*b", "b*(y + x)*a"));
    QVERIFY(same("x/y*a", "a*x/y"));
    QVERIFY(same("(x - y)^2", "(y - x)^2"));
    QVERIFY(same("x - y + 2", "2 - (y - x)"));
    QVERIFY(same("sin(x)*y + 1", "1 + y*sin(x)"));
    QVERIFY(!same("x - y", "y - x"));
    QCOMPARE(simplify(parsed("x*x", symbols)).op(), Operator::Square);
    QCOMPARE(simplify(parsed("x*x*x", symbols)).op(), Operator::Cube);
    QCOMPARE(simplify(parsed("x^2", symbols)).op(), Operator::Square);
    QCOMPARE(simplify(parsed("x^3", symbols)).op(), Operator::Cube);
}

void TestSymbolic::simplifyIsIdempotent()
{
    const SymbolTable symbols = genericSymbols();
    RandomExpressions random(17, symbols);
    for (int i = 0; i < 2000; ++i) {
        const Expression s = simplify(random.next(5));
        const Expression again = simplify(s);
        QVERIFY2(again == s, qPrintable(describe(s, symbols) + " simplifies again to " +
                                        describe(again, symbols)));
    }
}

void TestSymbolic::programMatchesEvaluate()
{
    const SymbolTable symbols = genericSymbols();
    RandomExpressions random(31, symbols);
    const int count = 300; // more than one block of Program::blockSize states

    for (int round = 0; round < 100; ++round) {
        std::vector<Expression> outputs;
        for (int k = 0; k < 8; ++k)
            outputs.push_back(random.next(5));
        outputs.push_back(Expression::variable(1)); // an output that is a bare variable
        outputs.push_back(Expression::constant(2.5));
        const Program program = Program::compile(outputs, symbols);

        std::vector<double> data(static_cast<std::size_t>(symbols.variableCount() * count));
        std::vector<std::vector<double>> states;
        for (int i = 0; i < count; ++i) {
            states.push_back(random.state());
            for (int v = 0; v < symbols.variableCount(); ++v)
                data[static_cast<std::size_t>(v * count + i)] =
                    states.back()[static_cast<std::size_t>(v)];
        }
        std::vector<double> out(outputs.size() * count);
        program.evaluate({count, symbols.variableCount(), data.data()}, out.data());

        for (std::size_t k = 0; k < outputs.size(); ++k) {
            for (int i = 0; i < count; ++i) {
                const double expected =
                    valueAt(outputs[k], states[static_cast<std::size_t>(i)], symbols);
                const double actual = out[k * count + static_cast<std::size_t>(i)];
                QVERIFY2(actual == expected || (std::isnan(actual) && std::isnan(expected)),
                         qPrintable(QString("%1 at state %2: %3 against %4")
                                        .arg(describe(outputs[k], symbols))
                                        .arg(i)
                                        .arg(actual)
                                        .arg(expected)));
            }
        }
    }
}

void TestSymbolic::programSharesSubexpressions()
{
    const SymbolTable symbols = genericSymbols();
    const Expression shared = parsed("sin(x*y) + a", symbols);
    const Expression first = shared * shared;
    const Expression second = parsed("exp(sin(y*x) + a)", symbols);

    const Program program = Program::compile({first, second}, symbols);

    // x*y, sin, +a, the product and exp: five instructions, with x*y and y*x shared.
    QCOMPARE(program.outputCount(), 2);
    QCOMPARE(program.instructionCount(), 5);
    const Program folded = Program::compile({parsed("a*b + cos(0)", symbols)}, symbols);
    QCOMPARE(folded.instructionCount(), 0);
}

void TestSymbolic::programPairsSineAndCosine()
{
    const SymbolTable symbols = genericSymbols();
    const Expression argument = parsed("x*y_dot + a", symbols);
    const std::vector<Expression> outputs{
        Expression::unary(Operator::Cos, argument) * Expression::variable(1),
        Expression::unary(Operator::Sin, argument),
        Expression::unary(Operator::Sin, argument) + Expression::unary(Operator::Cos, argument)};

    const Program program = Program::compile(outputs, symbols);

    // x*y_dot, +a, one sin-cos pair, the product and the sum.
    QCOMPARE(program.instructionCount(), 5);
    std::mt19937_64 generator(13);
    std::uniform_real_distribution<double> value(-50.0, 50.0);
    const int count = 1000;
    std::vector<double> data(static_cast<std::size_t>(4 * count));
    for (double& x : data)
        x = value(generator);
    std::vector<double> out(outputs.size() * count);
    program.evaluate({count, 4, data.data()}, out.data());
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        for (int i = 0; i < count; ++i) {
            const std::vector<double> state{data[static_cast<std::size_t>(i)],
                                            data[static_cast<std::size_t>(count + i)],
                                            data[static_cast<std::size_t>(2 * count + i)],
                                            data[static_cast<std::size_t>(3 * count + i)]};
            // sincos() must give exactly what sin() and cos() give (QCOMPARE would allow a
            // tolerance).
            const double expected = valueAt(outputs[k], state, symbols);
            QVERIFY(out[k * count + static_cast<std::size_t>(i)] == expected);
        }
    }
}

void TestSymbolic::programEvaluatesOnThreads()
{
    const SymbolTable symbols = doublePendulumSymbols();
    const LagrangianProgram program =
        LagrangianProgram::compile(parsed(doublePendulumFormula, symbols), symbols);
    const int count = 1000;
    std::mt19937_64 generator(29);
    std::uniform_real_distribution<double> value(-2.0, 2.0);
    std::vector<double> data(static_cast<std::size_t>(4 * count));
    for (double& x : data)
        x = value(generator);
    TermsBatch expected;
    program.evaluate({count, 4, data.data()}, expected);

    // Each thread evaluates the same program many times with its own output.
    std::vector<TermsBatch> results(4);
    std::vector<std::thread> threads;
    for (TermsBatch& result : results) {
        threads.emplace_back([&program, &data, &result] {
            for (int round = 0; round < 50; ++round)
                program.evaluate({count, 4, data.data()}, result);
        });
    }
    for (std::thread& thread : threads)
        thread.join();

    for (const TermsBatch& result : results) {
        QVERIFY(result.value == expected.value);
        QVERIFY(result.dq == expected.dq);
        QVERIFY(result.dqd == expected.dqd);
        QVERIFY(result.hessian == expected.hessian);
        QVERIFY(result.mixed == expected.mixed);
    }
}

void TestSymbolic::lagrangianProgramMatchesPresets_data()
{
    QTest::addColumn<QString>("system");
    QTest::newRow("pendulum") << "pendulum";
    QTest::newRow("spring") << "spring";
    QTest::newRow("double pendulum") << "double_pendulum";
}

void TestSymbolic::lagrangianProgramMatchesPresets()
{
    QFETCH(QString, system);
    const SymbolTable symbols = presetSymbols(system);
    const std::unique_ptr<Lagrangian> preset = presetLagrangian(system, symbols);
    const LagrangianProgram program =
        LagrangianProgram::compile(parsed(presetFormula(system), symbols), symbols);
    const int dof = symbols.dof();
    const int count = 500;
    QCOMPARE(program.dof(), dof);

    std::mt19937_64 generator(7);
    std::uniform_real_distribution<double> value(-3.0, 3.0);
    std::vector<double> data(static_cast<std::size_t>(2 * dof * count));
    for (double& x : data)
        x = value(generator);
    TermsBatch terms;
    program.evaluate({count, 2 * dof, data.data()}, terms);
    QCOMPARE(terms.count, count);

    const double tolerance = 1e-12;
    for (int i = 0; i < count; ++i) {
        Eigen::VectorXd q(dof);
        Eigen::VectorXd qd(dof);
        for (int j = 0; j < dof; ++j) {
            q[j] = data[static_cast<std::size_t>(j * count + i)];
            qd[j] = data[static_cast<std::size_t>((dof + j) * count + i)];
        }
        const LagrangianTerms expected = preset->terms(q, qd);
        const auto at = [&](const std::vector<double>& v, int row) {
            return v[static_cast<std::size_t>(row * count + i)];
        };
        QVERIFY(close(at(terms.value, 0), expected.value, tolerance));
        for (int a = 0; a < dof; ++a) {
            QVERIFY(close(at(terms.dq, a), expected.dq[a], tolerance));
            QVERIFY(close(at(terms.dqd, a), expected.dqd[a], tolerance));
            for (int b = 0; b < dof; ++b) {
                QVERIFY(close(at(terms.hessian, a * dof + b), expected.hessian(a, b), tolerance));
                QVERIFY(close(at(terms.mixed, a * dof + b), expected.mixed(a, b), tolerance));
            }
        }
    }
}

void TestSymbolic::expressionLagrangianAccelerations_data()
{
    lagrangianProgramMatchesPresets_data();
}

void TestSymbolic::expressionLagrangianAccelerations()
{
    QFETCH(QString, system);
    const SymbolTable symbols = presetSymbols(system);
    const std::unique_ptr<Lagrangian> preset = presetLagrangian(system, symbols);
    const ExpressionLagrangian typed(parsed(presetFormula(system), symbols), symbols);
    QCOMPARE(typed.dof(), preset->dof());

    std::mt19937_64 generator(3);
    std::uniform_real_distribution<double> value(-2.0, 2.0);
    for (int i = 0; i < 50; ++i) {
        Eigen::VectorXd q(typed.dof());
        Eigen::VectorXd qd(typed.dof());
        for (int j = 0; j < typed.dof(); ++j) {
            q[j] = value(generator);
            qd[j] = value(generator);
        }

        const Result<Eigen::VectorXd> expected = accelerations(*preset, q, qd);
        const Result<Eigen::VectorXd> actual = accelerations(typed, q, qd);

        QVERIFY(expected.ok());
        QVERIFY(actual.ok());
        for (int j = 0; j < typed.dof(); ++j)
            QVERIFY2(close((*actual)[j], (*expected)[j], 1e-10),
                     qPrintable(QString("%1 against %2").arg((*actual)[j]).arg((*expected)[j])));
        QVERIFY(close(energy(typed, q, qd), energy(*preset, q, qd), 1e-12));
    }
}

QTEST_APPLESS_MAIN(TestSymbolic)
#include "test_symbolic.moc"
