#include "analysis/conservation.h"
#include "analysis/damping.h"
#include "analysis/noether.h"
#include "data/differentiator.h"
#include "mechanics/eulerlagrange.h"
#include "mechanics/integration.h"
#include "mechanics/presetlagrangians.h"
#include "mechanics/variational.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <random>
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

/// Kepler problem in the plane, unit mass and attraction: L = 1/2 (xdot^2 + ydot^2) + 1 / r.
class KeplerCartesianLagrangian final : public Lagrangian
{
public:
    int dof() const override { return 2; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override
    {
        const double r = q.norm();
        LagrangianTerms terms = zeroTerms(2);
        terms.value = 0.5 * qd.squaredNorm() + 1.0 / r;
        terms.dq = -q / (r * r * r);
        terms.dqd = qd;
        terms.hessian = Eigen::MatrixXd::Identity(2, 2);
        return terms;
    }
};

/// The same problem in polar coordinates (r, theta): L = 1/2 (rdot^2 + r^2 thetadot^2) + 1 / r.
class KeplerPolarLagrangian final : public Lagrangian
{
public:
    int dof() const override { return 2; }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override
    {
        const double r = q[0];
        const double rd = qd[0];
        const double thetad = qd[1];
        LagrangianTerms terms = zeroTerms(2);
        terms.value = 0.5 * (rd * rd + r * r * thetad * thetad) + 1.0 / r;
        terms.dq[0] = r * thetad * thetad - 1.0 / (r * r);
        terms.dqd[0] = rd;
        terms.dqd[1] = r * r * thetad;
        terms.hessian(0, 0) = 1.0;
        terms.hessian(1, 1) = r * r;
        terms.mixed(1, 0) = 2.0 * r * thetad; // d2L / (dthetadot dr)
        return terms;
    }
};

/// Samples of x = cos(omega t) + drift t, with exact derivatives, on the grid 0, dt, ..., T.
Trajectory cosineRun(double omega, double drift, double dt, double duration)
{
    const int samples = static_cast<int>(std::lround(duration / dt)) + 1;
    Trajectory run;
    run.t.resize(samples);
    run.q.resize(samples, 1);
    run.qd.resize(samples, 1);
    run.qdd.resize(samples, 1);
    for (int i = 0; i < samples; ++i) {
        const double t = i * dt;
        run.t[i] = t;
        run.q(i, 0) = std::cos(omega * t) + drift * t;
        run.qd(i, 0) = -omega * std::sin(omega * t) + drift;
        run.qdd(i, 0) = -omega * omega * std::cos(omega * t);
    }
    return run;
}

std::optional<ConservedQuantity> findQuantity(const std::vector<ConservedQuantity>& quantities,
                                              const QString& name)
{
    for (const ConservedQuantity& quantity : quantities) {
        if (quantity.name == name)
            return quantity;
    }
    return std::nullopt;
}

/// The base Lagrangian multiplied by a constant factor, as a learned Lagrangian may be.
class ScaledLagrangian final : public Lagrangian
{
public:
    ScaledLagrangian(const Lagrangian& base, double factor) : m_base(base), m_factor(factor) {}

    int dof() const override { return m_base.dof(); }
    LagrangianTerms terms(const Eigen::VectorXd& q, const Eigen::VectorXd& qd) const override
    {
        LagrangianTerms terms = m_base.terms(q, qd);
        terms.value *= m_factor;
        terms.dq *= m_factor;
        terms.dqd *= m_factor;
        terms.hessian *= m_factor;
        terms.mixed *= m_factor;
        return terms;
    }

private:
    const Lagrangian& m_base;
    double m_factor;
};

/// Samples with derivatives estimated from noisy positions, and the differentiator's window.
struct NoisyRun
{
    Trajectory trajectory;
    int window = 0;

    /// Damping settings that leave out the half windows at the ends.
    DampingSettings settings() const
    {
        DampingSettings damping;
        damping.edgeSamples = window / 2;
        return damping;
    }
};

/// Damped pendulum thetaddot = -c sin(theta) - gamma thetadot released at rest from theta0,
/// integrated by RK4 with a step of 1 ms and sampled every 10 ms. Gaussian noise of 1e-3 rad
/// is added to the angles, and the derivatives are estimated by the lab's differentiator
/// with a window chosen from the data, as for measured data.
NoisyRun measuredDampedPendulum(double c, double gamma, double theta0, double duration,
                                std::uint64_t seed)
{
    const double dt = 1e-3;
    const int sampleEvery = 10;
    const int steps = static_cast<int>(std::lround(duration / dt));
    const auto acceleration = [c, gamma](double theta, double omega) {
        return -c * std::sin(theta) - gamma * omega;
    };
    std::vector<double> times;
    std::vector<double> angles;
    double theta = theta0;
    double omega = 0.0;
    for (int step = 0; step <= steps; ++step) {
        if (step % sampleEvery == 0) {
            times.push_back(step * dt);
            angles.push_back(theta);
        }
        const double k1 = omega;
        const double l1 = acceleration(theta, omega);
        const double k2 = omega + 0.5 * dt * l1;
        const double l2 = acceleration(theta + 0.5 * dt * k1, omega + 0.5 * dt * l1);
        const double k3 = omega + 0.5 * dt * l2;
        const double l3 = acceleration(theta + 0.5 * dt * k2, omega + 0.5 * dt * l2);
        const double k4 = omega + dt * l3;
        const double l4 = acceleration(theta + dt * k3, omega + dt * l3);
        theta += dt / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
        omega += dt / 6.0 * (l1 + 2.0 * l2 + 2.0 * l3 + l4);
    }

    std::mt19937_64 random(seed);
    std::normal_distribution<double> noise(0.0, 1e-3);
    const auto samples = static_cast<Eigen::Index>(times.size());
    Trajectory run;
    run.t = Eigen::Map<const Eigen::VectorXd>(times.data(), samples);
    Eigen::MatrixXd noisy(samples, 1);
    for (Eigen::Index i = 0; i < samples; ++i)
        noisy(i, 0) = angles[static_cast<size_t>(i)] + noise(random);
    const Derivatives estimate = differentiate(run.t, noisy, DifferentiatorSettings{});
    run.q = estimate.value;
    run.qd = estimate.first;
    run.qdd = estimate.second;
    return {run, estimate.window};
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
    void energySeriesMatchesClosedForm();
    void driftOfLinearSeries();
    void phaseErrorOfDetunedCosine();
    void bandExitOfDriftingRollout();
    void bandExitRejectsMismatch();
    void keplerCartesianSymmetries();
    void keplerPolarSymmetries();
    void momentaConservedByVariational();
    void invalidPlanarPairRejected();
    void dampingRecovered_data();
    void dampingRecovered();
    void undampedNotSignificant();
    void dampingScaleFree();
    void dampingRejectsShortData();
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

void TestConservation::energySeriesMatchesClosedForm()
{
    const PendulumLagrangian pendulum(1.0, 1.0, gravity);
    IntegrationSettings settings;
    settings.kind = IntegratorKind::Variational;
    settings.timeStep = 0.1;
    settings.steps = 2000;
    const Result<IntegrationRun> run = integrate(pendulum, vec({1.0}), vec({0.0}), settings);
    QVERIFY(run.ok());

    const Eigen::VectorXd energy = energySeries(pendulum, run->trajectory);
    const std::vector<double> errors = relativePendulumEnergyErrors(run->trajectory);
    const DriftMeasures drift = measureDrift(run->trajectory.t, energy);

    QCOMPARE(energy.size(), Eigen::Index(2001));
    QVERIFY(std::abs(drift.initial + gravity * std::cos(1.0)) < 1e-12);
    QVERIFY(std::abs(drift.scale - gravity * std::cos(1.0)) < 1e-12);
    QVERIFY(std::abs(drift.maxRelativeError - maxAbs(errors)) < 1e-12);
    QVERIFY(std::abs(drift.finalRelativeError - errors.back()) < 1e-12);
    const Eigen::MatrixXd momenta = momentumSeries(pendulum, run->trajectory);
    QVERIFY((momenta - run->trajectory.qd).cwiseAbs().maxCoeff() < 1e-15);
}

void TestConservation::driftOfLinearSeries()
{
    // Q = 2 + 0.1 t on t = 0, 1, ..., 99: the tenths' means are at t = 4.5 and t = 94.5.
    const Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(100, 0.0, 99.0);
    const Eigen::VectorXd values = (2.0 + 0.1 * t.array()).matrix();

    const DriftMeasures drift = measureDrift(t, values);

    QCOMPARE(drift.initial, 2.0);
    QCOMPARE(drift.scale, 2.0);
    QVERIFY(std::abs(drift.relativeTrend - 0.05) < 1e-12);
    QVERIFY(std::abs(drift.maxRelativeError - 0.05 * 99.0) < 1e-12);
    QVERIFY(std::abs(drift.finalRelativeError - 0.05 * 99.0) < 1e-12);
    QVERIFY(std::abs(drift.firstTenthMean - 0.05 * 4.5) < 1e-12);
    QVERIFY(std::abs(drift.lastTenthMean - 0.05 * 94.5) < 1e-12);

    const DriftMeasures fromZero = measureDrift(t, (0.5 * t.array()).matrix());
    QCOMPARE(fromZero.scale, 0.5 * 99.0);
}

void TestConservation::phaseErrorOfDetunedCosine()
{
    const Trajectory reference = cosineRun(2.0, 0.0, 0.01, 40.0);
    const Trajectory rollout = cosineRun(2.02, 0.0, 0.01, 40.0);
    // Both cross the reference's median m upwards where omega t = 2 pi (k + 1) - acos(m).
    std::vector<double> sorted(reference.q.data(), reference.q.data() + reference.samples());
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double level = sorted[sorted.size() / 2];

    const std::optional<PhaseError> phase = measurePhaseError(rollout, reference, 0);

    QVERIFY(phase.has_value());
    QVERIFY(phase->lags.size() >= 12);
    for (Eigen::Index k = 0; k < phase->lags.size(); ++k) {
        const double angle = 2.0 * std::numbers::pi * double(k + 1) - std::acos(level);
        QVERIFY(std::abs(phase->times[k] - angle / 2.0) < 1e-7);
        QVERIFY(std::abs(phase->lags[k] - (angle / 2.02 - angle / 2.0)) < 1e-7);
    }
    QVERIFY(std::abs(phase->period - std::numbers::pi) < 1e-7);
    QVERIFY(std::abs(phase->lagRate - (2.0 / 2.02 - 1.0)) < 1e-7);
    QVERIFY(phase->finalPhase < 0.0);
    QVERIFY(!measurePhaseError(rollout, reference, 1).has_value());
}

void TestConservation::bandExitOfDriftingRollout()
{
    // The rollout is off by (0.01 t, 0.01) in (q, qdot), so its distance from the data is
    // 0.01 sqrt(t^2 + 1) and exceeds 0.05 from t = sqrt(24) = 4.899 on: at the sample 4.9.
    const Trajectory data = cosineRun(2.0, 0.0, 0.1, 10.0);
    const Trajectory rollout = cosineRun(2.0, 0.01, 0.05, 8.0);

    const Result<BandExit> exit = measureBandExit(rollout, data, 0.05, false);

    QVERIFY(exit.ok());
    QVERIFY(exit->left);
    QVERIFY2(std::abs(exit->time - 4.9) < 1e-9, qPrintable(QString::number(exit->time)));
    QCOMPARE(exit->t.size(), Eigen::Index(81));
    QVERIFY(std::abs(exit->distance[30] - 0.01 * std::sqrt(9.0 + 1.0)) < 1e-6);

    const Result<BandExit> wide = measureBandExit(rollout, data, 1.0, false);
    QVERIFY(wide.ok());
    QVERIFY(!wide->left);
    QVERIFY(std::abs(wide->time - 8.0) < 1e-9);
}

void TestConservation::bandExitRejectsMismatch()
{
    const Trajectory data = cosineRun(2.0, 0.0, 0.1, 10.0);
    const Trajectory later = [&] {
        Trajectory shifted = cosineRun(2.0, 0.0, 0.1, 1.0);
        shifted.t.array() += 20.0;
        return shifted;
    }();
    const Result<BandExit> outside = measureBandExit(later, data, 0.1);
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().text, QStringLiteral("rollout"));

    const Result<BandExit> zero = measureBandExit(data, data, 0.0);
    QVERIFY(!zero.ok());
    QCOMPARE(int(zero.error().kind), int(ErrorKind::NotPositive));
}

void TestConservation::keplerCartesianSymmetries()
{
    const KeplerCartesianLagrangian kepler;
    const auto [q, qd] =
        sampleStates({{0.5, 2.0}, {-2.0, -0.5}}, {{-1.0, 1.0}, {-1.0, 1.0}}, 50, 3);
    NoetherSettings settings;
    settings.planarPairs = {{0, 1}};

    const Result<std::vector<ConservedQuantity>> found =
        findConservedQuantities(kepler, q, qd, settings, {{.name = "x"}, {.name = "y"}});

    QVERIFY(found.ok());
    QCOMPARE(found->size(), size_t(5));
    const std::optional<ConservedQuantity> rotation = findQuantity(*found, "angular momentum");
    QVERIFY(rotation.has_value());
    QVERIFY2(rotation->conserved, qPrintable(QString::number(rotation->violation)));
    QCOMPARE(int(rotation->kind), int(SymmetryKind::Rotation));
    QVERIFY(rotation->violation < 1e-14);
    // x p_y - y p_x with p = qdot.
    QCOMPARE(evaluateQuantity(*rotation, vec({2.0, 3.0}), vec({5.0, 7.0})), 2.0 * 7.0 - 3.0 * 5.0);
    for (const char* name : {"momentum x", "momentum y", "p_x", "p_y"}) {
        const std::optional<ConservedQuantity> quantity = findQuantity(*found, name);
        QVERIFY2(quantity.has_value(), name);
        QVERIFY2(!quantity->conserved, name);
        QVERIFY2(quantity->violation > 0.01, qPrintable(QString::number(quantity->violation)));
    }
}

void TestConservation::keplerPolarSymmetries()
{
    const KeplerPolarLagrangian kepler;
    const auto [q, qd] = sampleStates({{0.5, 2.0}, {-3.0, 3.0}}, {{-1.0, 1.0}, {-1.0, 1.0}}, 50, 5);

    const Result<std::vector<ConservedQuantity>> found = findConservedQuantities(
        kepler, q, qd, NoetherSettings{}, {{.name = "r"}, {.name = "theta"}});

    QVERIFY(found.ok());
    QCOMPARE(found->size(), size_t(2));
    const std::optional<ConservedQuantity> angular = findQuantity(*found, "p_theta");
    QVERIFY(angular.has_value());
    QVERIFY(angular->conserved);
    QCOMPARE(angular->violation, 0.0);
    QCOMPARE(int(angular->kind), int(SymmetryKind::Cyclic));
    QCOMPARE(angular->terms.size(), size_t(1));
    QCOMPARE(angular->terms.front().momentum, 1);
    QCOMPARE(angular->terms.front().coordinate, -1);
    const std::optional<ConservedQuantity> radial = findQuantity(*found, "p_r");
    QVERIFY(radial.has_value());
    QVERIFY(!radial->conserved);

    // p_theta = r^2 thetadot along any states.
    Trajectory states;
    states.t = Eigen::VectorXd::LinSpaced(q.rows(), 0.0, 1.0);
    states.q = q;
    states.qd = qd;
    const Eigen::VectorXd values = quantitySeries(*angular, kepler, states);
    for (Eigen::Index i = 0; i < q.rows(); ++i)
        QVERIFY(std::abs(values[i] - q(i, 0) * q(i, 0) * qd(i, 1)) < 1e-14);
}

void TestConservation::momentaConservedByVariational()
{
    // Both variational schemes conserve the momentum of a symmetry up to the Newton tolerance
    // and rounding (discrete Noether theorem), while the energy only stays bounded.
    IntegrationSettings settings;
    settings.kind = IntegratorKind::Variational;
    settings.timeStep = 0.05;
    settings.steps = 4000;
    const KeplerPolarLagrangian polar;
    const Result<IntegrationRun> polarRun =
        integrate(polar, vec({1.0, 0.0}), vec({0.1, 0.9}), settings);
    QVERIFY(polarRun.ok());
    QCOMPARE(int(polarRun->scheme), int(IntegrationScheme::VariationalMidpoint));
    const ConservedQuantity angular{.name = "p_theta",
                                    .terms = {{.coordinate = -1, .momentum = 1}}};
    const DriftMeasures polarDrift =
        measureDrift(polarRun->trajectory.t, quantitySeries(angular, polar, polarRun->trajectory));
    QVERIFY2(polarDrift.maxRelativeError < 1e-10,
             qPrintable(QString::number(polarDrift.maxRelativeError)));

    const KeplerCartesianLagrangian cartesian;
    const Result<IntegrationRun> cartesianRun =
        integrate(cartesian, vec({1.0, 0.0}), vec({0.1, 0.9}), settings);
    QVERIFY(cartesianRun.ok());
    QCOMPARE(int(cartesianRun->scheme), int(IntegrationScheme::StormerVerlet));
    const ConservedQuantity rotation{
        .name = "angular momentum",
        .terms = {{.coefficient = 1.0, .coordinate = 0, .momentum = 1},
                  {.coefficient = -1.0, .coordinate = 1, .momentum = 0}}};
    const DriftMeasures cartesianDrift = measureDrift(
        cartesianRun->trajectory.t, quantitySeries(rotation, cartesian, cartesianRun->trajectory));
    QVERIFY2(cartesianDrift.maxRelativeError < 1e-10,
             qPrintable(QString::number(cartesianDrift.maxRelativeError)));
    const DriftMeasures energyDrift =
        measureDrift(cartesianRun->trajectory.t, energySeries(cartesian, cartesianRun->trajectory));
    QVERIFY(energyDrift.maxRelativeError < 0.05);
    QVERIFY(std::abs(energyDrift.lastTenthMean - energyDrift.firstTenthMean) < 0.005);
}

void TestConservation::invalidPlanarPairRejected()
{
    const KeplerCartesianLagrangian kepler;
    const auto [q, qd] = sampleStates({{0.5, 2.0}, {0.5, 2.0}}, {{-1.0, 1.0}, {-1.0, 1.0}}, 4, 1);
    NoetherSettings settings;
    settings.planarPairs = {{1, 1}};
    const Result<std::vector<ConservedQuantity>> twice =
        findConservedQuantities(kepler, q, qd, settings);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().text, QStringLiteral("planar pair"));
    QCOMPARE(twice.error().value, 1.0);

    settings.planarPairs = {{0, 2}};
    QVERIFY(!findConservedQuantities(kepler, q, qd, settings).ok());
    const Result<std::vector<ConservedQuantity>> noStates =
        findConservedQuantities(kepler, Eigen::MatrixXd(0, 2), Eigen::MatrixXd(0, 2), {});
    QVERIFY(!noStates.ok());
    QCOMPARE(noStates.error().text, QStringLiteral("states"));
}

void TestConservation::dampingRecovered_data()
{
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("theta0");
    QTest::addColumn<double>("duration");
    QTest::addColumn<double>("tolerance");
    // Smaller swings have smaller velocities against the same noise, so gamma is less certain.
    QTest::newRow("gamma 0.1, 1 rad") << 0.1 << 1.0 << 30.0 << 0.02;
    QTest::newRow("gamma 0.05, 0.5 rad") << 0.05 << 0.5 << 60.0 << 0.03;
    QTest::newRow("gamma 0.02, 0.3 rad") << 0.02 << 0.3 << 60.0 << 0.05;
}

void TestConservation::dampingRecovered()
{
    QFETCH(double, gamma);
    QFETCH(double, theta0);
    QFETCH(double, duration);
    QFETCH(double, tolerance);
    const NoisyRun data = measuredDampedPendulum(gravity, gamma, theta0, duration, 11);
    const PendulumLagrangian model(1.0, 1.0, gravity); // L = 1/2 thetadot^2 + g cos(theta)

    const Result<DampingAnalysis> analysis =
        analyseDamping(model, data.trajectory, data.settings());

    QVERIFY(analysis.ok());
    const double fitted = analysis->gamma[0];
    const double error = analysis->gammaError[0];
    const QString figures = QString("gamma %1 +- %2, loss rate %3, t %4")
                                .arg(fitted)
                                .arg(error)
                                .arg(analysis->lossRate)
                                .arg(analysis->trendT);
    QVERIFY2(std::abs(fitted - gamma) < tolerance * gamma, qPrintable(figures));
    QVERIFY2(std::abs(fitted - gamma) < 4.0 * error, qPrintable(figures));
    QVERIFY2(error < 0.1 * gamma, qPrintable(figures));
    // A weakly damped oscillation loses its energy at about the rate gamma.
    QVERIFY2(std::abs(analysis->lossRate - gamma) < 0.1 * gamma, qPrintable(figures));
    QVERIFY2(analysis->significant, qPrintable(figures));
    QVERIFY(analysis->trendT > 10.0);
    QVERIFY(analysis->energyDrop > 3.0 * analysis->energyNoise);
    QVERIFY(std::abs(analysis->minimumEnergy + gravity) < 1e-9);
    QCOMPARE(analysis->energy.size(), Eigen::Index(data.trajectory.samples()));
}

void TestConservation::undampedNotSignificant()
{
    const PendulumLagrangian model(1.0, 1.0, gravity);
    for (const double theta0 : {1.0, 0.3}) {
        const NoisyRun data = measuredDampedPendulum(gravity, 0.0, theta0, 60.0, 5);

        const Result<DampingAnalysis> analysis =
            analyseDamping(model, data.trajectory, data.settings());

        QVERIFY(analysis.ok());
        const QString figures = QString("gamma %1 +- %2, t %3, drop %4, noise %5")
                                    .arg(analysis->gamma[0])
                                    .arg(analysis->gammaError[0])
                                    .arg(analysis->trendT)
                                    .arg(analysis->energyDrop)
                                    .arg(analysis->energyNoise);
        QVERIFY2(!analysis->significant, qPrintable(figures));
        QVERIFY2(std::abs(analysis->trendT) < 3.0, qPrintable(figures));
        QVERIFY2(std::abs(analysis->gamma[0]) < 1e-3, qPrintable(figures));
        QVERIFY2(std::abs(analysis->gamma[0]) < 4.0 * analysis->gammaError[0], qPrintable(figures));
    }
}

void TestConservation::dampingScaleFree()
{
    const NoisyRun data = measuredDampedPendulum(gravity, 0.05, 0.5, 40.0, 17);
    const PendulumLagrangian model(1.0, 1.0, gravity);
    const ScaledLagrangian scaled(model, -3.7);
    DampingSettings perCoordinate = data.settings();
    perCoordinate.perCoordinate = true;

    const Result<DampingAnalysis> reference =
        analyseDamping(model, data.trajectory, data.settings());
    const Result<DampingAnalysis> fromScaled =
        analyseDamping(scaled, data.trajectory, data.settings());
    const Result<DampingAnalysis> separate = analyseDamping(model, data.trajectory, perCoordinate);

    QVERIFY(reference.ok());
    QVERIFY(fromScaled.ok());
    QVERIFY(separate.ok());
    QVERIFY(std::abs(fromScaled->gamma[0] - reference->gamma[0]) < 1e-9);
    QVERIFY(std::abs(fromScaled->lossRate - reference->lossRate) < 1e-9);
    QCOMPARE(fromScaled->significant, reference->significant);
    QVERIFY(std::abs(fromScaled->minimumEnergy + 3.7 * gravity) < 1e-8);
    QVERIFY(std::abs(separate->gamma[0] - reference->gamma[0]) < 1e-12);
}

void TestConservation::dampingRejectsShortData()
{
    const NoisyRun data = measuredDampedPendulum(gravity, 0.05, 0.5, 10.0, 1);
    const PendulumLagrangian model(1.0, 1.0, gravity);

    const Result<DampingAnalysis> tooShort = analyseDamping(model, data.trajectory.slice(0, 10));
    QVERIFY(!tooShort.ok());
    QCOMPARE(int(tooShort.error().kind), int(ErrorKind::TooFewRows));
    QCOMPARE(tooShort.error().value, 10.0);

    DampingSettings wideEdges;
    wideEdges.edgeSamples = 495; // leaves 11 of 1001 samples
    const Result<DampingAnalysis> trimmed = analyseDamping(model, data.trajectory, wideEdges);
    QVERIFY(!trimmed.ok());
    QCOMPARE(trimmed.error().value, 11.0);
}

QTEST_APPLESS_MAIN(TestConservation)
#include "test_conservation.moc"
