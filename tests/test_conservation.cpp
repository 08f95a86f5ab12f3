#include "mechanics/eulerlagrange.h"
#include "mechanics/integration.h"
#include "mechanics/presetlagrangians.h"
#include "mechanics/variational.h"

#include <QTest>
#include <cmath>
#include <numbers>
#include <vector>

using namespace lab;

namespace {

constexpr double gravity = 9.81;

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (double value : values)
        v[i++] = value;
    return v;
}

LagrangianTerms zeroTerms(int dof)
{
    LagrangianTerms terms;
    terms.dq = Eigen::VectorXd::Zero(dof);
    terms.dqd = Eigen::VectorXd::Zero(dof);
    terms.hessian = Eigen::MatrixXd::Zero(dof, dof);
    terms.mixed = Eigen::MatrixXd::Zero(dof, dof);
    return terms;
}

/// Relativistic particle in a harmonic well, c = m = k = 1: L = -sqrt(1 - xdot^2) - x^2 / 2,
/// with the energy E = 1 / sqrt(1 - xdot^2) + x^2 / 2. Its kinetic term is not quadratic.
class RelativisticLagrangian final : public Lagrangian
{
public:
    int dof() const override { return 1; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override
    {
        const double root = std::sqrt(1.0 - qd[0] * qd[0]);
        LagrangianTerms terms = zeroTerms(1);
        terms.value = -root - 0.5 * q[0] * q[0];
        terms.dq[0] = -q[0];
        terms.dqd[0] = qd[0] / root;
        terms.hessian(0, 0) = 1.0 / (root * root * root);
        return terms;
    }

    static double energy(double x, double xd)
    {
        return 1.0 / std::sqrt(1.0 - xd * xd) + 0.5 * x * x;
    }
};

/// Free particle whose mass drops to zero at x = 0.47: L = 1/2 w(x) xdot^2 with w = 1 below
/// and 0 from there on, so that d2L/dxdot2 becomes singular along the motion.
class VanishingMassLagrangian final : public Lagrangian
{
public:
    int dof() const override { return 1; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override
    {
        const double mass = q[0] < 0.47 ? 1.0 : 0.0;
        LagrangianTerms terms = zeroTerms(1);
        terms.value = 0.5 * mass * qd[0] * qd[0];
        terms.dqd[0] = mass * qd[0];
        terms.hessian(0, 0) = mass;
        return terms;
    }
};

/// L = 1/2 xdot^2 + x^4 / 4: the force x^3 drives x to infinity in finite time.
class BlowUpLagrangian final : public Lagrangian
{
public:
    int dof() const override { return 1; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override
    {
        LagrangianTerms terms = zeroTerms(1);
        terms.value = 0.5 * qd[0] * qd[0] + 0.25 * std::pow(q[0], 4);
        terms.dq[0] = std::pow(q[0], 3);
        terms.dqd[0] = qd[0];
        terms.hessian(0, 0) = 1.0;
        return terms;
    }
};

/// Pendulum energy E = 1/2 thetadot^2 - g cos(theta) along a run, relative to |E(0)|.
std::vector<double> relativePendulumEnergyErrors(const Trajectory& run)
{
    std::vector<double> errors;
    const double e0 = 0.5 * run.qd(0, 0) * run.qd(0, 0) - gravity * std::cos(run.q(0, 0));
    for (int i = 0; i < run.samples(); ++i) {
        const double e = 0.5 * run.qd(i, 0) * run.qd(i, 0) - gravity * std::cos(run.q(i, 0));
        errors.push_back((e - e0) / std::abs(e0));
    }
    return errors;
}

/// Means of the relative energy error over ten consecutive tenths of the run.
std::vector<double> tenthMeans(const std::vector<double>& errors)
{
    std::vector<double> means;
    const size_t length = errors.size() / 10;
    for (size_t part = 0; part < 10; ++part) {
        double sum = 0.0;
        for (size_t i = part * length; i < (part + 1) * length; ++i)
            sum += errors[i];
        means.push_back(sum / static_cast<double>(length));
    }
    return means;
}

double maxAbs(const std::vector<double>& values)
{
    double largest = 0.0;
    for (double value : values)
        largest = std::max(largest, std::abs(value));
    return largest;
}

/// Complete elliptic integral of the first kind K(k) by the arithmetic-geometric mean:
/// K(k) = pi / (2 AGM(1, sqrt(1 - k^2))).
double ellipticK(double k)
{
    double a = 1.0;
    double b = std::sqrt(1.0 - k * k);
    // The mean converges quadratically: 20 rounds reach machine precision for any k < 1.
    for (int round = 0; round < 20; ++round) {
        const double mean = 0.5 * (a + b);
        b = std::sqrt(a * b);
        a = mean;
    }
    return std::numbers::pi / (2.0 * a);
}

/// Quintic Hermite interpolant on [t0, t0 + h] through positions, velocities and
/// accelerations at both ends, at the fraction s of the interval.
double quinticHermite(const Trajectory& run, int row, double s)
{
    const double h = run.t[row + 1] - run.t[row];
    const double s3 = s * s * s;
    const double s4 = s3 * s;
    const double s5 = s4 * s;
    return run.q(row, 0) * (1.0 - 10.0 * s3 + 15.0 * s4 - 6.0 * s5) +
           h * run.qd(row, 0) * (s - 6.0 * s3 + 8.0 * s4 - 3.0 * s5) +
           h * h * run.qdd(row, 0) * (0.5 * s * s - 1.5 * s3 + 1.5 * s4 - 0.5 * s5) +
           h * h * run.qdd(row + 1, 0) * (0.5 * s3 - s4 + 0.5 * s5) +
           h * run.qd(row + 1, 0) * (-4.0 * s3 + 7.0 * s4 - 3.0 * s5) +
           run.q(row + 1, 0) * (10.0 * s3 - 15.0 * s4 + 6.0 * s5);
}

/// Times at which q crosses zero downwards, located by bisection on the quintic interpolant.
std::vector<double> downwardZeroCrossings(const Trajectory& run)
{
    std::vector<double> crossings;
    for (int row = 0; row + 1 < run.samples(); ++row) {
        if (!(run.q(row, 0) > 0.0 && run.q(row + 1, 0) <= 0.0))
            continue;
        double low = 0.0;
        double high = 1.0;
        for (int iteration = 0; iteration < 60; ++iteration) {
            const double middle = 0.5 * (low + high);
            (quinticHermite(run, row, middle) > 0.0 ? low : high) = middle;
        }
        crossings.push_back(run.t[row] + 0.5 * (low + high) * (run.t[row + 1] - run.t[row]));
    }
    return crossings;
}

} // namespace

class TestConservation : public QObject
{
    Q_OBJECT

private slots:
    void variationalPendulumEnergyBounded_data();
    void variationalPendulumEnergyBounded();
    void rk4PendulumEnergyDrifts();
    void dormandPrincePendulumPeriod();
    void dormandPrinceMatchesSpring();
    void dormandPrinceCountsRejections();
    void relativisticEnergyConserved();
    void separabilityDetected();
    void singularHessianReportsStep_data();
    void singularHessianReportsStep();
    void nonFiniteStateReported();
    void invalidSettingsRejected();
};

void TestConservation::variationalPendulumEnergyBounded_data()
{
    QTest::addColumn<bool>("allowStormerVerlet");
    QTest::addColumn<int>("scheme");
    QTest::newRow("stormer-verlet") << true << int(IntegrationScheme::StormerVerlet);
    QTest::newRow("generic midpoint") << false << int(IntegrationScheme::VariationalMidpoint);
}

void TestConservation::variationalPendulumEnergyBounded()
{
    QFETCH(bool, allowStormerVerlet);
    QFETCH(int, scheme);
    const PendulumLagrangian pendulum(1.0, 1.0, gravity);
    IntegrationSettings settings;
    settings.kind = IntegratorKind::Variational;
    settings.timeStep = 0.1;
    settings.steps = 20000;
    settings.allowStormerVerlet = allowStormerVerlet;

    const Result<IntegrationRun> run = integrate(pendulum, vec({1.0}), vec({0.0}), settings);

    QVERIFY(run.ok());
    QCOMPARE(int(run->scheme), scheme);
    QCOMPARE(run->trajectory.samples(), 20001);
    QCOMPARE(run->trajectory.t[20000], 2000.0);
    const std::vector<double> errors = relativePendulumEnergyErrors(run->trajectory);
    const std::vector<double> means = tenthMeans(errors);
    QVERIFY2(maxAbs(errors) < 0.03, qPrintable(QString("max error %1").arg(maxAbs(errors))));
    QVERIFY2(std::abs(means.back() - means.front()) < 0.005,
             qPrintable(QString("tenth means %1, %2").arg(means.front()).arg(means.back())));
}

void TestConservation::rk4PendulumEnergyDrifts()
{
    const PendulumLagrangian pendulum(1.0, 1.0, gravity);
    IntegrationSettings settings;
    settings.timeStep = 0.1;
    settings.steps = 20000;

    const Result<IntegrationRun> run = integrate(pendulum, vec({1.0}), vec({0.0}), settings);

    QVERIFY(run.ok());
    QCOMPARE(int(run->scheme), int(IntegrationScheme::Rk4));
    const std::vector<double> errors = relativePendulumEnergyErrors(run->trajectory);
    QVERIFY2(std::abs(errors.back()) > 0.05, qPrintable(QString("final %1").arg(errors.back())));
    // RK4 damps an oscillator: the energy falls from each tenth of the run to the next.
    const std::vector<double> means = tenthMeans(errors);
    for (size_t part = 1; part < means.size(); ++part)
        QVERIFY2(means[part] < means[part - 1], qPrintable(QString("tenth %1").arg(part)));
}

void TestConservation::dormandPrincePendulumPeriod()
{
    const double theta0 = 1.0;
    const double expected = 4.0 * ellipticK(std::sin(0.5 * theta0)) / std::sqrt(gravity);
    const PendulumLagrangian pendulum(1.0, 1.0, gravity);
    IntegrationSettings settings;
    settings.kind = IntegratorKind::DormandPrince;
    settings.timeStep = 0.1;
    settings.steps = 120;
    settings.relativeTolerance = 1e-11;
    settings.absoluteTolerance = 1e-13;

    const Result<IntegrationRun> run = integrate(pendulum, vec({theta0}), vec({0.0}), settings);

    QVERIFY(run.ok());
    QCOMPARE(int(run->scheme), int(IntegrationScheme::DormandPrince));
    QCOMPARE(run->trajectory.t[120], 12.0);
    const std::vector<double> crossings = downwardZeroCrossings(run->trajectory);
    QVERIFY(crossings.size() >= 5);
    const double period =
        (crossings.back() - crossings.front()) / static_cast<double>(crossings.size() - 1);
    QVERIFY2(std::abs(period - expected) < 1e-6 * expected,
             qPrintable(QString("period %1, elliptic integral %2")
                            .arg(period, 0, 'g', 12)
                            .arg(expected, 0, 'g', 12)));
    QVERIFY2(std::abs(crossings.front() - 0.25 * expected) < 1e-6 * expected,
             qPrintable(QString("first crossing %1").arg(crossings.front(), 0, 'g', 12)));
    QVERIFY(run->statistics.acceptedSteps >= 120);
}

void TestConservation::dormandPrinceMatchesSpring()
{
    // x(t) = cos(2 t) for m = 1, k = 4.
    const SpringLagrangian spring(1.0, 4.0);
    IntegrationSettings settings;
    settings.kind = IntegratorKind::DormandPrince;
    settings.timeStep = 0.25;
    settings.steps = 80;
    settings.relativeTolerance = 1e-10;
    settings.absoluteTolerance = 1e-12;

    const Result<IntegrationRun> run = integrate(spring, vec({1.0}), vec({0.0}), settings);

    QVERIFY(run.ok());
    double worst = 0.0;
    for (int i = 0; i < run->trajectory.samples(); ++i) {
        const double t = run->trajectory.t[i];
        worst = std::max(worst, std::abs(run->trajectory.q(i, 0) - std::cos(2.0 * t)));
        worst = std::max(worst, std::abs(run->trajectory.qd(i, 0) + 2.0 * std::sin(2.0 * t)));
        worst =
            std::max(worst, std::abs(run->trajectory.qdd(i, 0) + 4.0 * run->trajectory.q(i, 0)));
    }
    QVERIFY2(worst < 1e-8, qPrintable(QString("max error %1").arg(worst)));
    // The grid step of 0.25 s is longer than the tolerance allows, so steps are subdivided.
    QVERIFY(run->statistics.acceptedSteps > 80);
}

void TestConservation::dormandPrinceCountsRejections()
{
    const PendulumLagrangian pendulum(1.0, 1.0, gravity);
    IntegrationSettings settings;
    settings.kind = IntegratorKind::DormandPrince;
    settings.timeStep = 1.0;
    settings.steps = 10;
    settings.relativeTolerance = 1e-10;
    settings.absoluteTolerance = 1e-12;
    settings.initialStep = 1.0; // far too long for this tolerance

    const Result<IntegrationRun> run = integrate(pendulum, vec({1.0}), vec({0.0}), settings);

    QVERIFY(run.ok());
    QVERIFY2(run->statistics.rejectedSteps >= 1,
             qPrintable(QString("rejected %1").arg(run->statistics.rejectedSteps)));
    QVERIFY(run->statistics.acceptedSteps > 10);
    QVERIFY(run->statistics.evaluations >=
            6 * (run->statistics.acceptedSteps + run->statistics.rejectedSteps));
}

void TestConservation::relativisticEnergyConserved()
{
    const RelativisticLagrangian relativistic;
    IntegrationSettings settings;
    settings.kind = IntegratorKind::Variational;
    settings.timeStep = 0.1;
    settings.steps = 20000;

    const Result<IntegrationRun> run = integrate(relativistic, vec({1.0}), vec({0.0}), settings);

    QVERIFY(run.ok());
    QCOMPARE(int(run->scheme), int(IntegrationScheme::VariationalMidpoint));
    const Trajectory& trajectory = run->trajectory;
    const double e0 = RelativisticLagrangian::energy(1.0, 0.0);
    std::vector<double> errors;
    for (int i = 0; i < trajectory.samples(); ++i) {
        const double e = RelativisticLagrangian::energy(trajectory.q(i, 0), trajectory.qd(i, 0));
        errors.push_back((e - e0) / e0);
    }
    const std::vector<double> means = tenthMeans(errors);
    QVERIFY2(maxAbs(errors) < 2e-3, qPrintable(QString("max error %1").arg(maxAbs(errors))));
    QVERIFY2(std::abs(means.back() - means.front()) < 1e-5,
             qPrintable(QString("tenth means %1, %2").arg(means.front()).arg(means.back())));
    // The general energy function qdot . dL/dqdot - L agrees with the closed form.
    const double general =
        energy(relativistic, trajectory.q.row(500).transpose(), trajectory.qd.row(500).transpose());
    QVERIFY(std::abs(general - e0 * (1.0 + errors[500])) < 1e-12);
    QVERIFY(run->statistics.maxNewtonIterationsPerStep <= 6);
}

void TestConservation::separabilityDetected()
{
    const PendulumLagrangian pendulum(2.0, 0.5, gravity);
    const SpringLagrangian spring(1.5, 3.0);
    const DoublePendulumLagrangian doublePendulum(1.0, 1.0, 1.0, 1.0, gravity);
    const RelativisticLagrangian relativistic;

    QVERIFY(checkSeparable(pendulum, vec({1.0}), vec({0.0}), 1e-9).separable);
    QVERIFY(checkSeparable(spring, vec({0.3}), vec({2.0}), 1e-9).separable);
    const SeparabilityCheck coupled =
        checkSeparable(doublePendulum, vec({0.5, -0.2}), vec({0.0, 0.0}), 1e-9);
    QVERIFY(!coupled.separable);
    QVERIFY(coupled.hessianVariation > 1e-3);
    QVERIFY(coupled.mixedSize > 1e-3);
    const SeparabilityCheck relativisticCheck =
        checkSeparable(relativistic, vec({0.2}), vec({0.0}), 1e-9);
    QVERIFY(!relativisticCheck.separable);
}

void TestConservation::singularHessianReportsStep_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expectedStep");
    QTest::newRow("rk4") << int(IntegratorKind::Rk4) << 5;
    QTest::newRow("variational") << int(IntegratorKind::Variational) << 5;
    QTest::newRow("dormand-prince") << int(IntegratorKind::DormandPrince) << -1;
}

void TestConservation::singularHessianReportsStep()
{
    QFETCH(int, kind);
    QFETCH(int, expectedStep);
    const VanishingMassLagrangian lagrangian;
    IntegrationSettings settings;
    settings.kind = static_cast<IntegratorKind>(kind);
    settings.timeStep = 0.1;
    settings.steps = 10;

    const Result<IntegrationRun> run = integrate(lagrangian, vec({0.0}), vec({1.0}), settings);

    QVERIFY(!run.ok());
    QCOMPARE(int(run.error().kind), int(ErrorKind::SingularHessian));
    QVERIFY(!run.error().text.isEmpty());
    if (expectedStep >= 0)
        QCOMPARE(run.error().step, expectedStep);
    else
        QVERIFY(run.error().step >= 1);
}

void TestConservation::nonFiniteStateReported()
{
    const BlowUpLagrangian lagrangian;
    IntegrationSettings settings;
    settings.timeStep = 0.01;
    settings.steps = 1000;

    const Result<IntegrationRun> run =
        integrate(lagrangian, vec({1.0}), vec({1.0 / std::sqrt(2.0)}), settings);

    QVERIFY(!run.ok());
    QCOMPARE(int(run.error().kind), int(ErrorKind::NonFiniteState));
    QVERIFY(run.error().step > 100);
}

void TestConservation::invalidSettingsRejected()
{
    const PendulumLagrangian pendulum(1.0, 1.0, gravity);
    IntegrationSettings settings;
    settings.timeStep = 0.0;
    const Result<IntegrationRun> zeroStep = integrate(pendulum, vec({1.0}), vec({0.0}), settings);
    QVERIFY(!zeroStep.ok());
    QCOMPARE(int(zeroStep.error().kind), int(ErrorKind::NotPositive));
    QCOMPARE(zeroStep.error().text, QStringLiteral("time-step"));

    settings.timeStep = 0.01;
    const Result<IntegrationRun> wrongSize =
        integrate(pendulum, vec({1.0, 2.0}), vec({0.0, 0.0}), settings);
    QVERIFY(!wrongSize.ok());
    QCOMPARE(int(wrongSize.error().kind), int(ErrorKind::InvalidState));

    settings.steps = 0;
    const Result<IntegrationRun> noSteps = integrate(pendulum, vec({1.0}), vec({0.0}), settings);
    QVERIFY(!noSteps.ok());
    QCOMPARE(noSteps.error().text, QStringLiteral("steps"));
}

QTEST_APPLESS_MAIN(TestConservation)
#include "test_conservation.moc"
