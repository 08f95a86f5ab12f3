// LibTorch first: Qt's macros break its headers otherwise.
#include "lnn/networkimpl.h"

#include "lnn/rollout.h"
#include "lnn/trainer.h"
#include "mechanics/eulerlagrange.h"
#include "mechanics/simulation.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <thread>

using namespace lab;

namespace {

/// Hessian of the network's L with respect to x by two reverse passes of autograd.
torch::Tensor autogradHessian(const LagrangianNetwork& network, const torch::Tensor& state)
{
    torch::Tensor x = state.clone().requires_grad_(true);
    const torch::Tensor value = network.impl().value(x).sum();
    const torch::Tensor gradient = torch::autograd::grad({value}, {x}, {}, true, true)[0];
    std::vector<torch::Tensor> rows;
    for (int64_t i = 0; i < x.size(1); ++i)
        rows.push_back(torch::autograd::grad({gradient.select(1, i).sum()}, {x}, {}, true)[0]);
    return torch::stack(rows, 1);
}

Dataset pendulumDataset(int trajectories, double duration, std::uint64_t seed)
{
    SimulationSettings settings;
    settings.trajectories = trajectories;
    settings.duration = duration;
    settings.timeStep = 0.02;
    settings.seed = seed;
    return *simulateDataset(*findPreset("pendulum"), settings);
}

TrainingSettings smallSettings()
{
    TrainingSettings settings;
    settings.network.width = 32;
    settings.maxEpochs = 40;
    settings.batchSize = 128;
    settings.seed = 3;
    return settings;
}

} // namespace

class TestLnn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { torch::set_num_threads(1); }
    void closedFormDerivativesMatchAutograd_data();
    void closedFormDerivativesMatchAutograd();
    void batchAndSingleStateAgree();
    void learnsPendulum();
    void sameSeedSameLosses();
    void saveAndLoadRoundTrip();
    void loadRejectsMissingModel();
    void stopTakesEffectQuickly();
    void divergingRunIsStopped();
};

void TestLnn::closedFormDerivativesMatchAutograd_data()
{
    QTest::addColumn<int>("dof");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("activation");
    QTest::newRow("1 dof softplus") << 1 << 2 << "softplus";
    QTest::newRow("2 dof softplus, 3 layers") << 2 << 3 << "softplus";
    QTest::newRow("3 dof tanh") << 3 << 2 << "tanh";
}

void TestLnn::closedFormDerivativesMatchAutograd()
{
    QFETCH(int, dof);
    QFETCH(int, depth);
    QFETCH(QString, activation);
    NetworkSettings settings{.width = 16,
                             .depth = depth,
                             .activation = *parseActivation(activation),
                             .doublePrecision = true};
    LagrangianNetwork network(dof, settings, 11);
    network.setNormalisation(Eigen::VectorXd::Constant(2 * dof, 0.1),
                             Eigen::VectorXd::LinSpaced(2 * dof, 0.5, 2.0));
    const torch::Tensor x = torch::randn({5, 2 * dof}, torch::kFloat64);

    const NetworkDerivatives closed = network.impl().derivatives(x);
    const torch::Tensor reference = autogradHessian(network, x);

    torch::Tensor xg = x.clone().requires_grad_(true);
    const torch::Tensor gradient = torch::autograd::grad({network.impl().value(xg).sum()}, {xg})[0];
    QVERIFY(torch::allclose(closed.gradient, gradient, 1e-10, 1e-12));
    QVERIFY(torch::allclose(closed.velocityRows, reference.slice(1, dof, 2 * dof), 1e-10, 1e-12));
}

void TestLnn::batchAndSingleStateAgree()
{
    LagrangianNetwork network(2, NetworkSettings{.width = 16, .doublePrecision = true}, 5);
    Eigen::MatrixXd q(3, 2), qd(3, 2);
    q << 0.1, 0.2, -0.3, 0.4, 1.0, -1.0;
    qd << 0.5, -0.5, 0.0, 0.1, 2.0, 1.0;

    const Result<Eigen::MatrixXd> batch = network.accelerations(q, qd);
    QVERIFY(batch.ok());
    for (int i = 0; i < 3; ++i) {
        const Result<Eigen::VectorXd> single =
            accelerations(network, q.row(i).transpose(), qd.row(i).transpose());
        QVERIFY(single.ok());
        QVERIFY((single->transpose() - batch->row(i)).norm() < 1e-9);
    }
}

void TestLnn::learnsPendulum()
{
    TrainingSettings settings = smallSettings();
    settings.network.width = 64;
    settings.maxEpochs = 150;
    Trainer trainer(pendulumDataset(8, 6.0, 1), settings);
    TrainingControl control;

    const Result<TrainingOutcome> outcome = trainer.run(control);

    QVERIFY(outcome.ok());
    QVERIFY2(outcome->bestValidation < 2e-3,
             qPrintable(QString("validation loss %1").arg(outcome->bestValidation)));
    // Accelerations on fresh states inside the data's range against -g sin(theta).
    for (double theta : {-0.8, -0.3, 0.2, 0.9}) {
        const Result<Eigen::VectorXd> a =
            accelerations(trainer.network(), Eigen::VectorXd::Constant(1, theta),
                          Eigen::VectorXd::Constant(1, 0.3));
        QVERIFY(a.ok());
        const double expected = -9.81 * std::sin(theta);
        QVERIFY2(std::abs((*a)[0] - expected) < 0.05 * 9.81,
                 qPrintable(QString("theta %1: %2 vs %3").arg(theta).arg((*a)[0]).arg(expected)));
    }
}

void TestLnn::sameSeedSameLosses()
{
    const Dataset dataset = pendulumDataset(4, 3.0, 2);
    TrainingSettings settings = smallSettings();
    settings.maxEpochs = 5;
    TrainingControl control;
    Trainer first(dataset, settings);
    Trainer second(dataset, settings);

    const Result<TrainingOutcome> a = first.run(control);
    const Result<TrainingOutcome> b = second.run(control);

    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->history.size(), b->history.size());
    QCOMPARE(a->history.back().validation, b->history.back().validation);
}

void TestLnn::saveAndLoadRoundTrip()
{
    const Dataset dataset = pendulumDataset(4, 3.0, 4);
    TrainingSettings settings = smallSettings();
    settings.maxEpochs = 3;
    Trainer trainer(dataset, settings);
    TrainingControl control;
    QVERIFY(trainer.run(control).ok());
    QTemporaryDir directory;

    QVERIFY(saveModel(directory.path(), trainer.network(), dataset.coordinates).ok());
    const Result<TrainedModel> loaded = loadModel(directory.path());

    QVERIFY(loaded.ok());
    QCOMPARE(loaded->coordinates.front().name, QStringLiteral("theta"));
    QVERIFY(loaded->coordinates.front().isAngle);
    Eigen::MatrixXd q(2, 1), qd(2, 1);
    q << 0.2, -0.2;
    qd << 0.0, 0.5;
    const Eigen::MatrixXd before = *trainer.network().accelerations(q, qd);
    const Eigen::MatrixXd after = *loaded->network->accelerations(q, qd);
    QCOMPARE(after(0, 0), before(0, 0));
    QCOMPARE(after(1, 0), before(1, 0));
}

void TestLnn::loadRejectsMissingModel()
{
    QTemporaryDir directory;
    const Result<TrainedModel> loaded = loadModel(directory.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::FileNotFound);
}

void TestLnn::stopTakesEffectQuickly()
{
    TrainingSettings settings = smallSettings();
    settings.maxEpochs = 100000;
    settings.patience = 100000;
    Trainer trainer(pendulumDataset(8, 6.0, 5), settings);
    TrainingControl control;
    QElapsedTimer timer;
    qint64 stoppedAt = 0;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stoppedAt = timer.elapsed();
        control.stop = true;
    });

    timer.start();
    const Result<TrainingOutcome> outcome = trainer.run(control);
    const qint64 finishedAt = timer.elapsed();
    stopper.join();

    QVERIFY(outcome.ok());
    QCOMPARE(outcome->reason, StopReason::Cancelled);
    QVERIFY2(finishedAt - stoppedAt < 200,
             qPrintable(QString("stopped after %1 ms").arg(finishedAt - stoppedAt)));
}

void TestLnn::divergingRunIsStopped()
{
    TrainingSettings settings = smallSettings();
    settings.learningRate = 1e4;
    settings.finalLearningRate = 1e4;
    settings.maxEpochs = 50;
    Trainer trainer(pendulumDataset(4, 3.0, 6), settings);
    TrainingControl control;

    const Result<TrainingOutcome> outcome = trainer.run(control);

    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, ErrorKind::Diverged);
    QVERIFY(outcome.error().line >= 1);
}

QTEST_APPLESS_MAIN(TestLnn)
#include "test_lnn.moc"
