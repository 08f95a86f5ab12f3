#include "trainingcontroller.h"
#include "trainingworker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace lab;

namespace {

SimulationSettings smallSimulation()
{
    SimulationSettings settings;
    settings.trajectories = 4;
    settings.duration = 4.0;
    settings.timeStep = 0.01;
    settings.seed = 5;
    return settings;
}

TrainingSettings smallTraining(int maxEpochs)
{
    TrainingSettings settings;
    settings.network.width = 32;
    settings.network.depth = 2;
    settings.batchSize = 128;
    settings.maxEpochs = maxEpochs;
    settings.patience = maxEpochs;
    settings.seed = 7;
    return settings;
}

TrainingJob pendulumJob(int maxEpochs)
{
    const Result<SystemPreset> pendulum = findPreset(QStringLiteral("pendulum"));
    return TrainingJob{.data = SimulatedSystem{*pendulum, smallSimulation()},
                       .training = smallTraining(maxEpochs)};
}

int lastEpoch(const QSignalSpy& progress)
{
    if (progress.isEmpty())
        return 0;
    return progress.last().at(0).value<TrainingProgress>().latest.epoch;
}

} // namespace

class TestTrainingWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { registerTrainingMetaTypes(); }
    void phaseRunsKeepsAtMostMaxSamples();
    void shortRunReportsEverything();
    void stopEndsRunWithinOneSecond();
    void pauseHoldsEpochsResumeContinues();
    void importedDatasetTrains();
    void invalidSimulationFails();
    void secondStartRejectedWhileRunning();
    void destructorStopsRunningJob();
};

void TestTrainingWorker::phaseRunsKeepsAtMostMaxSamples()
{
    Trajectory run;
    run.t = Eigen::VectorXd::LinSpaced(1001, 0.0, 10.0);
    run.q = Eigen::MatrixXd::Random(1001, 2);
    run.qd = Eigen::MatrixXd::Random(1001, 2);
    run.qdd = Eigen::MatrixXd::Random(1001, 2);

    const std::vector<Trajectory> thinned = phaseRuns({run, run.slice(0, 10)}, 200);
    QCOMPARE(thinned.size(), std::size_t(2));
    QVERIFY(thinned[0].samples() <= 200);
    QVERIFY(thinned[0].samples() >= 100);
    QCOMPARE(thinned[0].t(1), run.t(6));
    QCOMPARE(thinned[0].q(1, 1), run.q(6, 1));
    QCOMPARE(thinned[0].qd(1, 0), run.qd(6, 0));
    QCOMPARE(thinned[0].qdd.size(), Eigen::Index(0));
    QCOMPARE(thinned[1].samples(), 10);
}

void TestTrainingWorker::shortRunReportsEverything()
{
    TrainingController controller;
    QSignalSpy dataset(&controller, &TrainingController::datasetReady);
    QSignalSpy records(&controller, &TrainingController::lossRecorded);
    QSignalSpy rollouts(&controller, &TrainingController::rolloutsReady);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy failed(&controller, &TrainingController::failed);
    QSignalSpy running(&controller, &TrainingController::runningChanged);

    QVERIFY(controller.start(pendulumJob(6)));
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(120'000));
    QVERIFY(failed.isEmpty());

    const auto outcome = finished.first().at(0).value<TrainingOutcome>();
    QCOMPARE(outcome.reason, StopReason::MaxEpochs);
    QCOMPARE(outcome.epochs, 6);

    QCOMPARE(dataset.size(), 1);
    const auto data = dataset.first().at(0).value<PhaseSnapshot>();
    QCOMPARE(data.coordinates.size(), std::size_t(1));
    QCOMPARE(data.runs.size(), std::size_t(4));
    QVERIFY(data.runs[0].samples() >= 400);
    QVERIFY(dataset.first().at(1).toInt() > 0);
    QVERIFY(dataset.first().at(2).toInt() > 0);

    std::vector<int> epochs;
    for (const QList<QVariant>& arguments : records) {
        for (const LossRecord& record : arguments.at(0).value<LossRecords>())
            epochs.push_back(record.epoch);
    }
    QCOMPARE(epochs, (std::vector<int>{1, 2, 3, 4, 5, 6}));

    // The final rollout of the best network comes before finished().
    QVERIFY(!rollouts.isEmpty());
    const auto rollout = rollouts.last().at(0).value<PhaseSnapshot>();
    QVERIFY(!rollout.runs.empty());
    QCOMPARE(rollout.runs[0].dof(), 1);
    QVERIFY(rollout.runs[0].samples() > 10);
    QCOMPARE(rollout.epoch, outcome.bestEpoch);

    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 5000);
    QCOMPARE(running.last().at(0).toBool(), false);
}

void TestTrainingWorker::stopEndsRunWithinOneSecond()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progressed);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy running(&controller, &TrainingController::runningChanged);

    QVERIFY(controller.start(pendulumJob(1'000'000)));
    QVERIFY(progress.wait(120'000));
    QPointer<QThread> thread = controller.workerThread();
    QVERIFY(thread);

    QElapsedTimer timer;
    timer.start();
    controller.stop();
    QVERIFY(finished.wait(5000));
    const qint64 stopMs = timer.elapsed();
    QVERIFY2(stopMs < 1000, qPrintable(QStringLiteral("finished after %1 ms").arg(stopMs)));

    const auto outcome = finished.first().at(0).value<TrainingOutcome>();
    QCOMPARE(outcome.reason, StopReason::Cancelled);
    QVERIFY(outcome.epochs >= 1);

    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 2000);
    QCOMPARE(running.last().at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(thread.isNull() || thread->isFinished(), 2000);
}

void TestTrainingWorker::pauseHoldsEpochsResumeContinues()
{
    TrainingController controller;
    QSignalSpy progress(&controller, &TrainingController::progressed);
    QSignalSpy paused(&controller, &TrainingController::pausedChanged);
    QSignalSpy finished(&controller, &TrainingController::finished);

    QVERIFY(controller.start(pendulumJob(1'000'000)));
    QTRY_VERIFY_WITH_TIMEOUT(lastEpoch(progress) >= 2, 120'000);

    controller.setPaused(true);
    QVERIFY(controller.isPaused());
    QCOMPARE(paused.size(), 1);
    // An epoch that had passed its last mini-batch may still report, so wait for it first.
    QTest::qWait(500);
    const int pausedEpoch = lastEpoch(progress);
    QTest::qWait(1500);
    QCOMPARE(lastEpoch(progress), pausedEpoch);

    controller.setPaused(false);
    QVERIFY(!controller.isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(lastEpoch(progress) > pausedEpoch, 30'000);

    controller.stop();
    QVERIFY(finished.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 2000);
}

void TestTrainingWorker::importedDatasetTrains()
{
    const Result<Dataset> dataset =
        simulateDataset(*findPreset(QStringLiteral("spring")), smallSimulation());
    QVERIFY(dataset.ok());
    TrainingController controller;
    QSignalSpy ready(&controller, &TrainingController::datasetReady);
    QSignalSpy finished(&controller, &TrainingController::finished);

    QVERIFY(controller.start(TrainingJob{.data = *dataset, .training = smallTraining(3)}));
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.first().at(0).value<TrainingOutcome>().epochs, 3);
    QCOMPARE(ready.size(), 1);
    const auto data = ready.first().at(0).value<PhaseSnapshot>();
    QCOMPARE(data.coordinates.at(0).name, QStringLiteral("x"));
}

void TestTrainingWorker::invalidSimulationFails()
{
    TrainingJob job = pendulumJob(3);
    std::get<SimulatedSystem>(job.data).simulation.timeStep = 0.0;
    TrainingController controller;
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy failed(&controller, &TrainingController::failed);

    QVERIFY(controller.start(job));
    QVERIFY(failed.wait(30'000));
    QCOMPARE(failed.first().at(0).value<Error>().kind, ErrorKind::InvalidParameter);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 2000);
    QVERIFY(finished.isEmpty());
}

void TestTrainingWorker::secondStartRejectedWhileRunning()
{
    TrainingController controller;
    QSignalSpy finished(&controller, &TrainingController::finished);
    QVERIFY(controller.start(pendulumJob(1'000'000)));
    QVERIFY(!controller.start(pendulumJob(3)));
    controller.stop();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 2000);
    QVERIFY(controller.start(pendulumJob(1)));
    QVERIFY(finished.wait(120'000));
}

void TestTrainingWorker::destructorStopsRunningJob()
{
    QElapsedTimer timer;
    {
        TrainingController controller;
        QSignalSpy progress(&controller, &TrainingController::progressed);
        QVERIFY(controller.start(pendulumJob(1'000'000)));
        QVERIFY(progress.wait(120'000));
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestTrainingWorker)
#include "test_trainingworker.moc"
