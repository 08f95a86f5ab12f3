#include "mechanics/eulerlagrange.h"
#include "mechanics/integrator.h"
#include "mechanics/preset.h"
#include "mechanics/presetlagrangians.h"
#include "mechanics/simulation.h"

#include <QTest>
#include <cmath>

using namespace lab;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (double value : values)
        v[i++] = value;
    return v;
}

/// A Lagrangian whose kinetic term vanishes: H = 0 everywhere.
class DegenerateLagrangian final : public Lagrangian
{
public:
    int dof() const override { return 1; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd&) const override
    {
        LagrangianTerms t;
        t.value = std::cos(q[0]);
        t.dq = vec({-std::sin(q[0])});
        t.dqd = vec({0.0});
        t.hessian = Eigen::MatrixXd::Zero(1, 1);
        t.mixed = Eigen::MatrixXd::Zero(1, 1);
        return t;
    }
};

} // namespace

class TestMechanics : public QObject
{
    Q_OBJECT

private slots:
    void pendulumAccelerations_data();
    void pendulumAccelerations();
    void springAccelerations();
    void doublePendulumMatchesClosedForm();
    void singularHessianIsReported();
    void energyIsConservedByRk4_data();
    void energyIsConservedByRk4();
    void parameterValidation();
    void datasetSplitsByTrajectory();
    void noisySimulationEstimatesDerivatives();
};

void TestMechanics::pendulumAccelerations_data()
{
    QTest::addColumn<double>("mass");
    QTest::addColumn<double>("length");
    QTest::addColumn<double>("theta");
    QTest::addColumn<double>("omega");
    QTest::newRow("small angle") << 1.0 << 1.0 << 0.1 << 0.0;
    QTest::newRow("large angle, moving") << 2.0 << 0.5 << 2.5 << -3.0;
    QTest::newRow("negative angle") << 0.3 << 1.47 << -0.2 << 0.7;
}

void TestMechanics::pendulumAccelerations()
{
    QFETCH(double, mass);
    QFETCH(double, length);
    QFETCH(double, theta);
    QFETCH(double, omega);
    const PendulumLagrangian pendulum(mass, length, 9.81);

    const Result<Eigen::VectorXd> a = accelerations(pendulum, vec({theta}), vec({omega}));

    QVERIFY(a.ok());
    const double expected = -9.81 / length * std::sin(theta);
    QVERIFY2(std::abs((*a)[0] - expected) < 1e-12 * std::max(1.0, std::abs(expected)),
             qPrintable(QString::number((*a)[0]) + " vs " + QString::number(expected)));
}

void TestMechanics::springAccelerations()
{
    const SpringLagrangian spring(2.0, 8.0);
    const Result<Eigen::VectorXd> a = accelerations(spring, vec({0.3}), vec({-1.0}));
    QVERIFY(a.ok());
    QCOMPARE((*a)[0], -8.0 / 2.0 * 0.3);
}

void TestMechanics::doublePendulumMatchesClosedForm()
{
    // Closed form for m1 = m2 = l1 = l2 = 1 from the Euler-Lagrange equations.
    const double g = 9.81;
    const DoublePendulumLagrangian lagrangian(1.0, 1.0, 1.0, 1.0, g);
    const double q1 = 0.7, q2 = -0.4, w1 = 1.3, w2 = -0.8;
    const double d = q1 - q2;
    const double den = 2.0 - std::cos(d) * std::cos(d);
    const double a1 = (-w1 * w1 * std::sin(d) * std::cos(d) - w2 * w2 * std::sin(d) -
                       2.0 * g * std::sin(q1) + g * std::sin(q2) * std::cos(d)) /
                      den;
    const double a2 = (2.0 * w1 * w1 * std::sin(d) + w2 * w2 * std::sin(d) * std::cos(d) +
                       2.0 * g * std::sin(q1) * std::cos(d) - 2.0 * g * std::sin(q2)) /
                      den;

    const Result<Eigen::VectorXd> a = accelerations(lagrangian, vec({q1, q2}), vec({w1, w2}));

    QVERIFY(a.ok());
    QVERIFY(std::abs((*a)[0] - a1) < 1e-12);
    QVERIFY(std::abs((*a)[1] - a2) < 1e-12);
}

void TestMechanics::singularHessianIsReported()
{
    const DegenerateLagrangian degenerate;
    const Result<Eigen::VectorXd> a = accelerations(degenerate, vec({0.5}), vec({0.1}));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().kind, ErrorKind::SingularHessian);
    QCOMPARE(a.error().text, QStringLiteral("0.5,0.1"));
}

void TestMechanics::energyIsConservedByRk4_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<double>("bound");
    // RK4's energy error grows as dt^4; with dt = 0.01 s over 20 s these bounds hold with a
    // margin of about ten.
    QTest::newRow("pendulum") << "pendulum" << 1e-7;
    QTest::newRow("spring") << "spring" << 1e-7;
    QTest::newRow("double pendulum") << "double_pendulum" << 1e-6;
}

void TestMechanics::energyIsConservedByRk4()
{
    QFETCH(QString, system);
    QFETCH(double, bound);
    const Result<SystemPreset> preset = findPreset(system);
    QVERIFY(preset.ok());
    const std::unique_ptr<Lagrangian> lagrangian = makeLagrangian(*preset);
    const int dof = lagrangian->dof();
    const Eigen::VectorXd q0 = Eigen::VectorXd::Constant(dof, 0.8);
    const Eigen::VectorXd qd0 = Eigen::VectorXd::Constant(dof, -0.5);
    const AccelerationFunction f = [&](const Eigen::VectorXd& q, const Eigen::VectorXd& qd) {
        return accelerations(*lagrangian, q, qd);
    };

    const Result<Trajectory> run = integrateRk4(f, q0, qd0, 0.01, 2000);

    QVERIFY(run.ok());
    QCOMPARE(run->samples(), 2001);
    const double e0 = energy(*lagrangian, q0, qd0);
    double worst = 0.0;
    for (int i = 0; i < run->samples(); ++i) {
        const double e = energy(*lagrangian, run->q.row(i).transpose(), run->qd.row(i).transpose());
        worst = std::max(worst, std::abs(e - e0) / std::abs(e0));
    }
    QVERIFY2(worst < bound, qPrintable(QString("relative energy error %1").arg(worst)));
}

void TestMechanics::parameterValidation()
{
    SystemPreset pendulum = *findPreset("pendulum");
    QVERIFY(setParameter(pendulum, "length", 1.47).ok());
    QCOMPARE(pendulum.parameter("l"), 1.47);

    const Status negative = setParameter(pendulum, "mass", -1.0);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().kind, ErrorKind::NotPositive);
    QCOMPARE(negative.error().text, QStringLiteral("mass"));
    QCOMPARE(negative.error().value, -1.0);

    const Status zeroLength = setParameter(pendulum, "l", 0.0);
    QVERIFY(!zeroLength.ok());
    QCOMPARE(zeroLength.error().kind, ErrorKind::NotPositive);
    QVERIFY(setParameter(pendulum, "gravity", 0.0).ok());

    const Status negativeGravity = setParameter(pendulum, "gravity", -9.81);
    QVERIFY(!negativeGravity.ok());
    QCOMPARE(negativeGravity.error().kind, ErrorKind::InvalidParameter);
    QCOMPARE(negativeGravity.error().limit, 0.0);

    const Status tooLong = setParameter(pendulum, "length", 1e9);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().kind, ErrorKind::InvalidParameter);
    QCOMPARE(tooLong.error().limit, 100.0);

    const Status unknown = setParameter(pendulum, "colour", 1.0);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::UnknownParameter);
    QVERIFY(!findPreset("triple_pendulum").ok());
}

void TestMechanics::datasetSplitsByTrajectory()
{
    SimulationSettings settings;
    settings.trajectories = 8;
    settings.duration = 2.0;
    const Result<Dataset> dataset = simulateDataset(*findPreset("spring"), settings);

    QVERIFY(dataset.ok());
    QCOMPARE(static_cast<int>(dataset->training.size()), 6);
    QCOMPARE(static_cast<int>(dataset->validation.size()), 2);
    QCOMPARE(dataset->trainingSamples(), 6 * 201);
    // Exact accelerations without noise: a = -k/m x.
    const Trajectory& run = dataset->validation.front();
    QVERIFY((run.qdd + 4.0 * run.q).cwiseAbs().maxCoeff() < 1e-12);
}

void TestMechanics::noisySimulationEstimatesDerivatives()
{
    SimulationSettings settings;
    settings.trajectories = 2;
    settings.noise = 1e-3;
    settings.seed = 7;
    const SystemPreset spring = *findPreset("spring");
    const Result<Dataset> dataset = simulateDataset(spring, settings);
    QVERIFY(dataset.ok());

    // The estimated accelerations must follow a = -k/m x up to the differentiator's error.
    const Trajectory& run = dataset->training.front();
    const Eigen::ArrayXd residual = (run.qdd + 4.0 * run.q).array();
    const double rms = std::sqrt(residual.square().mean());
    const double scale = std::sqrt(run.qdd.array().square().mean());
    QVERIFY2(rms < 0.05 * scale, qPrintable(QString("rms %1 of %2").arg(rms).arg(scale)));
}

QTEST_APPLESS_MAIN(TestMechanics)
#include "test_mechanics.moc"
