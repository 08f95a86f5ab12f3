#include "data/trajectory.h"

#include <QTest>
#include <algorithm>

using namespace lab;

namespace {

/// A trajectory of `samples` rows whose every entry encodes its run and row, so that each
/// row can be traced back after a split: t = offset + row, q = t, qd = 2 t, qdd = 3 t.
Trajectory makeRun(int samples, double offset, int dof = 2)
{
    Trajectory run;
    run.t = Eigen::VectorXd::LinSpaced(samples, offset, offset + samples - 1);
    run.q = run.t.replicate(1, dof);
    run.qd = 2.0 * run.q;
    run.qdd = 3.0 * run.q;
    return run;
}

std::vector<Coordinate> twoAngles()
{
    return {{QStringLiteral("theta"), QStringLiteral("rad"), true},
            {QStringLiteral("phi"), QStringLiteral("rad"), true}};
}

/// Returns every trajectory of the dataset, training first.
std::vector<Trajectory> allParts(const Dataset& dataset)
{
    std::vector<Trajectory> parts = dataset.training;
    parts.insert(parts.end(), dataset.validation.begin(), dataset.validation.end());
    return parts;
}

} // namespace

class TestTrajectory : public QObject
{
    Q_OBJECT

private slots:
    void sliceCopiesRows();
    void splitByTrajectoryKeepsRunsWhole_data();
    void splitByTrajectoryKeepsRunsWhole();
    void splitByTrajectorySingleRunUsesBlocks();
    void splitIntoTimeBlocksCoversRows_data();
    void splitIntoTimeBlocksCoversRows();
    void splitIntoTimeBlocksFraction_data();
    void splitIntoTimeBlocksFraction();
    void stateNamesOrder();
};

void TestTrajectory::sliceCopiesRows()
{
    const Trajectory run = makeRun(10, 0.0);
    const Trajectory part = run.slice(3, 4);

    QCOMPARE(part.samples(), 4);
    QCOMPARE(part.dof(), 2);
    QCOMPARE(part.t[0], 3.0);
    QCOMPARE(part.t[3], 6.0);
    QCOMPARE(part.q(0, 1), 3.0);
    QCOMPARE(part.qd(1, 0), 8.0);
    QCOMPARE(part.qdd(3, 1), 18.0);
}

void TestTrajectory::splitByTrajectoryKeepsRunsWhole_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("expectedValidation");

    QTest::newRow("2 runs, 0.2") << 2 << 0.2 << 1;
    QTest::newRow("2 runs, 0.9") << 2 << 0.9 << 1;
    QTest::newRow("3 runs, 0.34") << 3 << 0.34 << 1;
    QTest::newRow("5 runs, 0.4") << 5 << 0.4 << 2;
    QTest::newRow("10 runs, 0.2") << 10 << 0.2 << 2;
    QTest::newRow("10 runs, 0.01") << 10 << 0.01 << 1;
}

void TestTrajectory::splitByTrajectoryKeepsRunsWhole()
{
    QFETCH(int, runs);
    QFETCH(double, fraction);
    QFETCH(int, expectedValidation);

    // Run k has 10 + 3 k samples and starts at t = 1000 k.
    std::vector<Trajectory> input;
    int totalSamples = 0;
    for (int k = 0; k < runs; ++k) {
        input.push_back(makeRun(10 + 3 * k, 1000.0 * k));
        totalSamples += 10 + 3 * k;
    }
    const Dataset dataset = splitByTrajectory(twoAngles(), input, fraction, QStringLiteral("test"));

    QCOMPARE(dataset.dof(), 2);
    QCOMPARE(dataset.source, QStringLiteral("test"));
    QCOMPARE(static_cast<int>(dataset.validation.size()), expectedValidation);
    QCOMPARE(static_cast<int>(dataset.training.size()), runs - expectedValidation);
    QCOMPARE(dataset.trainingSamples() + dataset.validationSamples(), totalSamples);

    // Every part is one whole input run: same start time and same length.
    std::vector<bool> seen(runs, false);
    for (const Trajectory& part : allParts(dataset)) {
        QVERIFY2(part.samples() > 0, "a part is empty");
        const int k = static_cast<int>(part.t[0] / 1000.0);
        QVERIFY2(k >= 0 && k < runs, "a part does not start at a run's first sample");
        QCOMPARE(part.t[0], 1000.0 * k);
        QCOMPARE(part.samples(), 10 + 3 * k);
        QVERIFY2(!seen[k], "a run appears twice");
        seen[k] = true;
    }
}

void TestTrajectory::splitByTrajectorySingleRunUsesBlocks()
{
    const std::vector<Trajectory> input = {makeRun(200, 0.0)};
    const Dataset dataset = splitByTrajectory(twoAngles(), input, 0.2, QStringLiteral("one"));

    QVERIFY2(!dataset.training.empty(), "no training block");
    QVERIFY2(!dataset.validation.empty(), "no validation block");
    QCOMPARE(dataset.trainingSamples() + dataset.validationSamples(), 200);
    QCOMPARE(dataset.validationSamples(), 40);
}

void TestTrajectory::splitIntoTimeBlocksCoversRows_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("blocks");

    QTest::newRow("2 samples") << 2 << 0.2 << 10;
    QTest::newRow("3 samples") << 3 << 0.5 << 10;
    QTest::newRow("7 samples") << 7 << 0.3 << 10;
    QTest::newRow("100 samples, 10 blocks") << 100 << 0.2 << 10;
    QTest::newRow("1001 samples, 7 blocks") << 1001 << 0.25 << 7;
    QTest::newRow("1001 samples, 1 block") << 1001 << 0.2 << 1;
    QTest::newRow("4000 samples, 40 blocks") << 4000 << 0.1 << 40;
}

void TestTrajectory::splitIntoTimeBlocksCoversRows()
{
    QFETCH(int, samples);
    QFETCH(double, fraction);
    QFETCH(int, blocks);

    const Trajectory run = makeRun(samples, 0.0);
    const Dataset dataset =
        splitIntoTimeBlocks(twoAngles(), run, fraction, blocks, QStringLiteral("blocks"));

    std::vector<Trajectory> parts = allParts(dataset);
    std::erase_if(parts, [](const Trajectory& part) { return part.samples() == 0; });
    std::sort(parts.begin(), parts.end(),
              [](const Trajectory& a, const Trajectory& b) { return a.t[0] < b.t[0]; });

    // Sorted by start, the non-empty blocks must be contiguous and tile rows 0..samples-1.
    int expectedRow = 0;
    for (const Trajectory& part : parts) {
        QCOMPARE(part.t[0], static_cast<double>(expectedRow));
        for (int i = 0; i < part.samples(); ++i) {
            QCOMPARE(part.t[i], static_cast<double>(expectedRow + i));
            QCOMPARE(part.q(i, 1), part.t[i]);
            QCOMPARE(part.qdd(i, 0), 3.0 * part.t[i]);
        }
        expectedRow += part.samples();
    }
    QCOMPARE(expectedRow, samples);
    QCOMPARE(dataset.trainingSamples() + dataset.validationSamples(), samples);
    QVERIFY2(!dataset.training.empty(), "no training block");
}

void TestTrajectory::splitIntoTimeBlocksFraction_data()
{
    QTest::addColumn<double>("fraction");

    QTest::newRow("0.1") << 0.1;
    QTest::newRow("0.2") << 0.2;
    QTest::newRow("0.25") << 0.25;
    QTest::newRow("0.3") << 0.3;
    QTest::newRow("0.5") << 0.5;
}

void TestTrajectory::splitIntoTimeBlocksFraction()
{
    QFETCH(double, fraction);

    const Dataset dataset = splitIntoTimeBlocks(twoAngles(), makeRun(1000, 0.0), fraction, 20,
                                                QStringLiteral("fraction"));
    const double validationShare = dataset.validationSamples() / 1000.0;

    // Whole blocks of 1/20 of the run go to validation, so the share is only approximate.
    QVERIFY2(std::abs(validationShare - fraction) <= 0.1,
             qPrintable(QStringLiteral("validation share %1").arg(validationShare)));
    QVERIFY2(dataset.validationSamples() > 0, "no validation samples");
    QVERIFY2(dataset.trainingSamples() >= dataset.validationSamples(), "training is smaller");
}

void TestTrajectory::stateNamesOrder()
{
    const QStringList expected = {QStringLiteral("theta"), QStringLiteral("phi"),
                                  QStringLiteral("theta_dot"), QStringLiteral("phi_dot")};
    QCOMPARE(stateNames(twoAngles()), expected);
    QCOMPARE(stateNames({}), QStringList());

    const std::vector<Coordinate> cartesian = {{QStringLiteral("x"), QStringLiteral("m"), false}};
    QCOMPARE(stateNames(cartesian), QStringList({QStringLiteral("x"), QStringLiteral("x_dot")}));
}

QTEST_APPLESS_MAIN(TestTrajectory)
#include "test_trajectory.moc"
