#include "analysis/conservedformulas.h"
#include "analysis/noether.h"
#include "analysis/restoringfit.h"
#include "data/differentiator.h"
#include "mechanics/integration.h"
#include "mechanics/presetlagrangians.h"
#include "symbolic/expressionlagrangian.h"
#include "symbolic/parser.h"
#include "symbolic/typedsystem.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <random>

using namespace lab;
using symbolic::Expression;

namespace {

using StateFunction = std::function<double(const Eigen::VectorXd&)>;

symbolic::TypedSystem typed(const QString& formula, const QStringList& coordinates,
                            const std::vector<std::pair<QString, double>>& parameters = {})
{
    Result<symbolic::TypedSystem> system =
        symbolic::parseTypedSystem(formula, coordinates, parameters);
    if (!system)
        qFatal("test formula does not parse: %s", qPrintable(formula));
    return std::move(system).value();
}

/// Largest |formula - reference| over 200 states drawn uniformly from [0.5, 2] for positions
/// and [-2, 2] for velocities (seed 7), relative to max(1, |reference|).
double largestDifference(const Expression& formula, const symbolic::SymbolTable& symbols,
                         const StateFunction& reference)
{
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> position(0.5, 2.0);
    std::uniform_real_distribution<double> velocity(-2.0, 2.0);
    const int dof = symbols.dof();
    double largest = 0.0;
    for (int sample = 0; sample < 200; ++sample) {
        Eigen::VectorXd state(2 * dof);
        for (int i = 0; i < dof; ++i) {
            state[i] = position(random);
            state[dof + i] = velocity(random);
        }
        const double expected = reference(state);
        const double actual = symbolic::evaluate(formula, state.data(), symbols);
        largest =
            std::max(largest, std::abs(actual - expected) / std::max(1.0, std::abs(expected)));
    }
    return largest;
}

/// The quantities that findConservedQuantities() reports on states in [0.5, 2] x [-2, 2].
std::vector<ConservedQuantity> checkedQuantities(const symbolic::TypedSystem& system,
                                                 const std::vector<PlanarPair>& pairs)
{
    const std::vector<Range> positions(system.coordinates.size(), Range{0.5, 2.0});
    const std::vector<Range> velocities(system.coordinates.size(), Range{-2.0, 2.0});
    const auto [q, qd] = sampleStates(positions, velocities, 500, 3);
    NoetherSettings settings;
    settings.planarPairs = pairs;
    const Result<std::vector<ConservedQuantity>> found =
        findConservedQuantities(*system.makeLagrangian(), q, qd, settings, system.coordinates);
    if (!found)
        qFatal("symmetry check failed");
    return *found;
}

const ConservedQuantity& quantityNamed(const std::vector<ConservedQuantity>& quantities,
                                       const QString& name)
{
    for (const ConservedQuantity& quantity : quantities) {
        if (quantityKey(quantity) == name)
            return quantity;
    }
    qFatal("no quantity %s", qPrintable(name));
}

QString sympy(const Expression& expression, const symbolic::SymbolTable& symbols)
{
    return symbolic::formatExpression(expression, symbols, symbolic::Notation::Sympy);
}

/// Advances (theta, omega) by one classical Runge-Kutta step of length h under
/// thetaddot = acceleration(theta, omega).
template <class Acceleration>
void rk4Step(double& theta, double& omega, double h, const Acceleration& acceleration)
{
    const double a1 = omega;
    const double w1 = acceleration(theta, omega);
    const double a2 = omega + 0.5 * h * w1;
    const double w2 = acceleration(theta + 0.5 * h * a1, a2);
    const double a3 = omega + 0.5 * h * w2;
    const double w3 = acceleration(theta + 0.5 * h * a2, a3);
    const double a4 = omega + h * w3;
    const double w4 = acceleration(theta + h * a3, a4);
    theta += h / 6.0 * (a1 + 2.0 * a2 + 2.0 * a3 + a4);
    omega += h / 6.0 * (w1 + 2.0 * w2 + 2.0 * w3 + w4);
}

/// Damped pendulum thetaddot = -c sin(theta) - gamma thetadot, integrated by RK4 at 1 ms and
/// sampled every 20 ms, with noise of 1e-4 rad (seed 5), differentiated as measured data is.
Trajectory dampedPendulumData(double stiffness, double gamma, double duration)
{
    const int substeps = 20;
    const double h = 0.001;
    const int samples = static_cast<int>(duration / (h * substeps)) + 1;
    Eigen::VectorXd t(samples);
    Eigen::MatrixXd q(samples, 1);
    double theta = 0.3;
    double omega = 0.0;
    const auto f = [&](double a, double w) {
        return -stiffness * std::sin(a) - gamma * w;
    };
    std::mt19937_64 random(5);
    std::normal_distribution<double> noise(0.0, 1e-4);
    for (int s = 0; s < samples; ++s) {
        t[s] = s * h * substeps;
        q(s, 0) = theta + noise(random);
        for (int k = 0; k < substeps; ++k) {
            rk4Step(theta, omega, h, f);
        }
    }
    const Derivatives estimate = differentiate(t, q, DifferentiatorSettings{.window = 15});
    return Trajectory{t, estimate.value, estimate.first, estimate.second};
}

} // namespace

class TestConservedFormulas : public QObject
{
    Q_OBJECT

private slots:
    void planetCartesianRotation();
    void planetPolarCyclicAngle();
    void pendulumEnergy();
    void presetParametersKept();
    void quantityKeysAndKinds();
    void restoringFitPendulum();
    void restoringFitRejectsNoForce();
};

void TestConservedFormulas::planetCartesianRotation()
{
    const symbolic::TypedSystem planet =
        typed("0.5*(x_dot^2 + y_dot^2) + 1/sqrt(x^2 + y^2)", {"x", "y"});

    const std::vector<ConservedQuantity> quantities = checkedQuantities(planet, {{0, 1}});

    const ConservedQuantity& rotation = quantityNamed(quantities, "angular_momentum");
    QVERIFY(rotation.conserved);
    QCOMPARE(rotation.kind, SymmetryKind::Rotation);
    QVERIFY(!quantityNamed(quantities, "momentum_x").conserved);
    QVERIFY(!quantityNamed(quantities, "momentum_y").conserved);
    QVERIFY(!quantityNamed(quantities, "p_x").conserved);
    QVERIFY(!quantityNamed(quantities, "p_y").conserved);
    const Expression formula = quantityFormula(planet.lagrangian, planet.symbols, rotation);
    const double difference = largestDifference(
        formula, planet.symbols, [](const auto& s) { return s[0] * s[3] - s[1] * s[2]; });
    QVERIFY2(difference < 1e-14, qPrintable(QString::number(difference)));
    QCOMPARE(formula,
             symbolic::simplify(*symbolic::parseExpression("x*y_dot - y*x_dot", planet.symbols)));
    QCOMPARE(sympy(formula, planet.symbols), QString("x*y_dot - y*x_dot"));
}

void TestConservedFormulas::planetPolarCyclicAngle()
{
    const symbolic::TypedSystem planet =
        typed("0.5*(r_dot^2 + r^2*theta_dot^2) + 1/r", {"r", "theta"});

    const std::vector<ConservedQuantity> quantities = checkedQuantities(planet, {});

    QCOMPARE(quantities.size(), std::size_t(2));
    QVERIFY(!quantityNamed(quantities, "p_r").conserved);
    const ConservedQuantity& angular = quantityNamed(quantities, "p_theta");
    QVERIFY(angular.conserved);
    QCOMPARE(angular.kind, SymmetryKind::Cyclic);
    const Expression formula = quantityFormula(planet.lagrangian, planet.symbols, angular);
    const double difference = largestDifference(formula, planet.symbols,
                                                [](const auto& s) { return s[0] * s[0] * s[3]; });
    QVERIFY2(difference < 1e-14, qPrintable(QString::number(difference)));
    QCOMPARE(sympy(formula, planet.symbols), QString("r**2*theta_dot"));

    const Expression energy = energyFormula(planet.lagrangian, planet.symbols);
    const double energyDifference = largestDifference(energy, planet.symbols, [](const auto& s) {
        return 0.5 * (s[2] * s[2] + s[0] * s[0] * s[3] * s[3]) - 1.0 / s[0];
    });
    QVERIFY2(energyDifference < 1e-14, qPrintable(QString::number(energyDifference)));
}

void TestConservedFormulas::pendulumEnergy()
{
    const symbolic::TypedSystem pendulum = typed("0.5*theta_dot^2 + 9.81*cos(theta)", {"theta"});

    const Expression energy = energyFormula(pendulum.lagrangian, pendulum.symbols);

    const double difference = largestDifference(energy, pendulum.symbols, [](const auto& s) {
        return 0.5 * s[1] * s[1] - 9.81 * std::cos(s[0]);
    });
    QVERIFY2(difference < 1e-14, qPrintable(QString::number(difference)));
    QCOMPARE(energy, symbolic::simplify(*symbolic::parseExpression(
                         "0.5*theta_dot^2 - 9.81*cos(theta)", pendulum.symbols)));
    QCOMPARE(sympy(energy, pendulum.symbols), QString("0.5*theta_dot**2 - 9.81*cos(theta)"));
}

void TestConservedFormulas::presetParametersKept()
{
    const symbolic::TypedSystem pendulum = typed("0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)",
                                                 {"theta"}, {{"m", 2.0}, {"l", 1.5}, {"g", 9.81}});

    const Expression energy = energyFormula(pendulum.lagrangian, pendulum.symbols);
    const Expression momentum = momentumFormula(pendulum.lagrangian, pendulum.symbols, 0);

    QVERIFY(energy.dependsOn(0));
    const double difference = largestDifference(energy, pendulum.symbols, [](const auto& s) {
        return 0.5 * 2.0 * 1.5 * 1.5 * s[1] * s[1] - 2.0 * 9.81 * 1.5 * std::cos(s[0]);
    });
    QVERIFY2(difference < 1e-14, qPrintable(QString::number(difference)));
    const double momentumDifference = largestDifference(
        momentum, pendulum.symbols, [](const auto& s) { return 2.0 * 1.5 * 1.5 * s[1]; });
    QVERIFY2(momentumDifference < 1e-14, qPrintable(QString::number(momentumDifference)));
    QVERIFY(sympy(energy, pendulum.symbols).contains("g"));
}

void TestConservedFormulas::quantityKeysAndKinds()
{
    const ConservedQuantity rotation{.name = "angular momentum", .kind = SymmetryKind::Rotation};
    const ConservedQuantity cyclic{.name = "p_theta", .kind = SymmetryKind::Cyclic};
    const ConservedQuantity translation{.name = "momentum x", .kind = SymmetryKind::Translation};

    QCOMPARE(quantityKey(rotation), QString("angular_momentum"));
    QCOMPARE(quantityKey(cyclic), QString("p_theta"));
    QCOMPARE(quantityKey(translation), QString("momentum_x"));
    QCOMPARE(symmetryKindId(rotation.kind), QString("rotation"));
    QCOMPARE(symmetryKindId(cyclic.kind), QString("cyclic"));
    QCOMPARE(symmetryKindId(translation.kind), QString("translation"));
}

void TestConservedFormulas::restoringFitPendulum()
{
    const double stiffness = 6.774;
    const double gamma = 0.05;
    const Trajectory data = dampedPendulumData(stiffness, gamma, 60.0);
    const std::vector<Coordinate> coordinates{{.name = "theta", .unit = "rad", .isAngle = true}};

    const Result<RestoringFit> fit = fitRestoringModel(data, coordinates, 7);

    QVERIFY(fit.ok());
    const QString figures = QString("c %1, gamma %2").arg(fit->stiffness[0]).arg(fit->damping[0]);
    QVERIFY2(std::abs(fit->stiffness[0] - stiffness) < 1e-3 * stiffness, qPrintable(figures));
    QVERIFY2(std::abs(fit->damping[0] - gamma) < 0.02 * gamma, qPrintable(figures));
    QVERIFY2(std::abs(fit->constant[0]) < 1e-3, qPrintable(figures));
    const double difference = largestDifference(fit->lagrangian, fit->symbols, [&](const auto& s) {
        return 0.5 * s[1] * s[1] + fit->stiffness[0] * std::cos(s[0]);
    });
    QVERIFY2(difference < 1e-14, qPrintable(QString::number(difference)));
}

void TestConservedFormulas::restoringFitRejectsNoForce()
{
    // Uniform motion x = t: no acceleration, so no restoring force can be fitted.
    Trajectory data;
    data.t = Eigen::VectorXd::LinSpaced(50, 0.0, 4.9);
    data.q = data.t;
    data.qd = Eigen::MatrixXd::Ones(50, 1);
    data.qdd = Eigen::MatrixXd::Zero(50, 1);
    const std::vector<Coordinate> coordinates{{.name = "x", .unit = "m"}};

    const Result<RestoringFit> fit = fitRestoringModel(data, coordinates);
    const Result<RestoringFit> tooShort = fitRestoringModel(data, coordinates, 20);

    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().kind, ErrorKind::InvalidParameter);
    QCOMPARE(fit.error().text, QString("x"));
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.error().kind, ErrorKind::TooFewRows);
    QCOMPARE(tooShort.error().value, 10.0);
}

QTEST_GUILESS_MAIN(TestConservedFormulas)
#include "test_conservedformulas.moc"
