#include "conservationpanel.h"
#include "conservationworker.h"
#include "exportableplot.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "systemanimation.h"
#include "typedlagrangianform.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lab;

namespace {

constexpr int jobTimeoutMs = 60000;

// The pendulum preset (m = 1 kg, l = 1 m, g = 9.81 m/s^2) released from rest at `angle`.
ModelSources pendulumFrom(double angle, double duration)
{
    SimulatedSystem system{.preset = *findPreset(QStringLiteral("pendulum"))};
    system.simulation.trajectories = 1;
    system.simulation.duration = duration;
    system.simulation.timeStep = 0.01;
    system.simulation.seed = 7;
    system.simulation.initialStates = {Eigen::Vector2d(angle, 0.0)};
    return ModelSources{.data = system};
}

// Kepler problem in Cartesian coordinates (GM = 1), starting on the circular orbit of radius 1.
TypedSimulation planet()
{
    TypedSimulation typed{.formula = QStringLiteral("0.5*(x_dot^2 + y_dot^2) + 1/sqrt(x^2 + y^2)"),
                          .coordinates = {QStringLiteral("x"), QStringLiteral("y")},
                          .positionRanges = {Range{0.9, 1.1}, Range{-0.1, 0.1}},
                          .velocityRanges = {Range{-0.1, 0.1}, Range{0.9, 1.1}}};
    typed.simulation.trajectories = 1;
    typed.simulation.duration = 3.0;
    typed.simulation.timeStep = 0.01;
    typed.simulation.initialStates = {Eigen::Vector4d(1.0, 0.0, 0.0, 1.0)};
    return typed;
}

std::vector<double> graphValues(const ExportablePlot* plot, int graph)
{
    std::vector<double> values;
    for (const QCPGraphData& point : *plot->graph(graph)->data())
        values.push_back(point.value);
    return values;
}

int findRow(const QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

Trajectory straightRun(int samples, double step)
{
    Trajectory run;
    run.t = Eigen::VectorXd::LinSpaced(samples, 0.0, step * (samples - 1));
    run.q = run.t;
    run.qd = Eigen::MatrixXd::Ones(samples, 1);
    return run;
}

} // namespace

class TestConservationPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void energyCurveMatchesPendulum();
    void variationalBoundedRk4Drifts();
    void planarPairFindsAngularMomentum();
    void planarPairRejectsUnknownName();
    void csvExportWritesHeaderAndRows();
    void animationStepsAndPauses();
    void cancelComparisonReturnsPromptly();
    void windowHasConservationTabs();

private:
    QTemporaryDir m_directory;
};

void TestConservationPanel::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QLocale::setDefault(QLocale::c());
}

void TestConservationPanel::energyCurveMatchesPendulum()
{
    ConservationPanel panel;
    QSignalSpy analysed(panel.controller(), &ConservationController::analysed);
    QVERIFY(panel.analyse(pendulumFrom(1.0, 4.0), {}));
    QVERIFY(analysed.wait(jobTimeoutMs));

    const Trajectory& data = panel.report().curves.front().trajectory;
    QCOMPARE(data.samples(), 401);
    const std::vector<double> energy = graphValues(panel.energyPlot(), 0);
    QCOMPARE(int(energy.size()), data.samples());
    for (int i = 0; i < data.samples(); ++i) {
        const double expected = 0.5 * data.qd(i, 0) * data.qd(i, 0) - 9.81 * std::cos(data.q(i, 0));
        QVERIFY2(std::abs(energy[std::size_t(i)] - expected) < 1e-9,
                 qPrintable(QStringLiteral("sample %1: %2 against %3")
                                .arg(i)
                                .arg(energy[std::size_t(i)])
                                .arg(expected)));
    }
    // E(t = 0) = -9.81 cos(1 rad), the data start at rest.
    QVERIFY(std::abs(energy.front() + 9.81 * std::cos(1.0)) < 1e-12);
    QVERIFY(panel.driftLabel()->text().contains(QStringLiteral("relative energy drift")));
    // L depends on theta, so p_theta is listed and not conserved.
    const int row = findRow(panel.quantityTable(), QStringLiteral("p_theta"));
    QVERIFY(row >= 0);
    QCOMPARE(panel.quantityTable()->item(row, 1)->text(), QStringLiteral("cyclic"));
    QCOMPARE(panel.quantityTable()->item(row, 3)->text(), QStringLiteral("no"));

    // One CSV row per data sample below the header of the data's graph.
    const QString path = m_directory.filePath(QStringLiteral("energy.csv"));
    QVERIFY(panel.energyPlot()->exportCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), data.samples() + 1);
    QCOMPARE(lines[0], QStringLiteral("data: Time t (s),data: Energy E"));
}

void TestConservationPanel::variationalBoundedRk4Drifts()
{
    ConservationPanel panel;
    panel.stepSpin()->setValue(0.1);
    // The pendulum's period at 1 rad is about 2.1 s, so 400 periods take about 8,400 steps.
    panel.periodsSpin()->setValue(400.0);
    QSignalSpy compared(panel.controller(), &ConservationController::compared);
    QVERIFY(panel.compare(pendulumFrom(1.0, 10.0)));
    QVERIFY(compared.wait(jobTimeoutMs));

    const double initial = -9.81 * std::cos(1.0);
    const std::vector<double> rk4 = graphValues(panel.comparisonPlot(0), 0);
    const std::vector<double> variational = graphValues(panel.comparisonPlot(1), 0);
    QVERIFY(rk4.size() > 8000);
    QCOMPARE(variational.size(), rk4.size());
    double variationalError = 0.0;
    for (double value : variational)
        variationalError = std::max(variationalError, std::abs(value - initial));
    QVERIFY2(variationalError <= 0.03 * std::abs(initial),
             qPrintable(QString::number(variationalError)));
    const double rk4Error = std::abs(rk4.back() - initial);
    QVERIFY2(rk4Error > 0.03 * std::abs(initial), qPrintable(QString::number(rk4Error)));
    // RK4 damps the pendulum, so its energy falls.
    QVERIFY(rk4.back() < initial);
}

void TestConservationPanel::planarPairFindsAngularMomentum()
{
    TypedLagrangianForm form;
    const TypedSimulation typed = planet();
    form.setInput(typed.formula, QStringLiteral("x, y"), QString());
    form.setPlanarPairs(QStringLiteral("x, y"));
    QVERIFY2(form.isValid(), qPrintable(form.problem()));
    const std::vector<PlanarPair> pairs = form.planarPairs();
    QCOMPARE(int(pairs.size()), 1);

    ConservationPanel panel;
    QSignalSpy analysed(panel.controller(), &ConservationController::analysed);
    QVERIFY(panel.analyse(ModelSources{.data = typed}, pairs));
    QVERIFY(analysed.wait(jobTimeoutMs));

    const QTableWidget* table = panel.quantityTable();
    const int rotation = findRow(table, QStringLiteral("angular momentum"));
    QVERIFY(rotation >= 0);
    QCOMPARE(table->item(rotation, 1)->text(), QStringLiteral("rotation"));
    QCOMPARE(table->item(rotation, 3)->text(), QStringLiteral("yes"));
    const int translation = findRow(table, QStringLiteral("momentum x"));
    QVERIFY(translation >= 0);
    QCOMPARE(table->item(translation, 3)->text(), QStringLiteral("no"));

    // x p_y - y p_x = 1 on the circular orbit, and the momentum plot shows it.
    QVERIFY(panel.momentumPlot()->graphCount() >= 1);
    for (double value : graphValues(panel.momentumPlot(), 0))
        QVERIFY(std::abs(value - 1.0) < 1e-4);
}

void TestConservationPanel::planarPairRejectsUnknownName()
{
    TypedLagrangianForm form;
    form.setInput(planet().formula, QStringLiteral("x, y"), QString());
    form.setPlanarPairs(QStringLiteral("x, z"));
    QVERIFY(!form.isValid());
    QVERIFY(form.problem().contains(QStringLiteral("\"z\"")));
    QVERIFY(form.planarPairs().empty());
}

void TestConservationPanel::csvExportWritesHeaderAndRows()
{
    LossPlot plot;
    plot.appendRecords({LossRecord{.epoch = 1, .training = 0.5, .validation = 0.6},
                        LossRecord{.epoch = 2, .training = 0.25, .validation = 0.3},
                        LossRecord{.epoch = 3, .training = 0.125, .validation = 0.2}});
    const QString path = m_directory.filePath(QStringLiteral("loss.csv"));
    QVERIFY(plot.exportCsv(path).ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("Training: Epoch,Training: Loss (relative acceleration "
                                      "error),Validation: Epoch,Validation: Loss (relative "
                                      "acceleration error)"));
    QCOMPARE(lines[2], QStringLiteral("2,0.25,2,0.29999999999999999"));

    const Status missing = plot.exportCsv(m_directory.filePath(QStringLiteral("none/loss.csv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::FileNotWritable);
}

void TestConservationPanel::animationStepsAndPauses()
{
    AnimationPanel panel;
    panel.setRuns(straightRun(200, 0.01), straightRun(200, 0.01), QStringLiteral("model"),
                  AnimationStyle::Spring);
    QCOMPARE(panel.dataCanvas()->sample(), 0);
    panel.step();
    QCOMPARE(panel.dataCanvas()->sample(), 1);
    panel.step();
    QCOMPARE(panel.dataCanvas()->sample(), 2);
    QCOMPARE(panel.learnedCanvas()->sample(), 2);

    const int framesBefore = panel.frameCount();
    panel.play();
    QVERIFY(panel.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(panel.frameCount() >= framesBefore + 3, 2000);
    QVERIFY(panel.time() > 0.02);

    panel.pause();
    QVERIFY(!panel.isPlaying());
    const int framesPaused = panel.frameCount();
    const double timePaused = panel.time();
    QTest::qWait(200);
    QCOMPARE(panel.frameCount(), framesPaused);
    QCOMPARE(panel.time(), timePaused);
}

void TestConservationPanel::cancelComparisonReturnsPromptly()
{
    ConservationPanel panel;
    panel.stepSpin()->setValue(0.001);
    panel.periodsSpin()->setValue(1e5); // cut to maxComparisonSteps: tens of seconds
    QSignalSpy cancelled(panel.controller(), &ConservationController::cancelled);
    QSignalSpy running(panel.controller(), &ConservationController::runningChanged);
    QVERIFY(panel.compare(pendulumFrom(1.0, 10.0)));
    QTest::qWait(300);
    QVERIFY(panel.isRunning());

    QElapsedTimer clock;
    clock.start();
    panel.cancel();
    QVERIFY(cancelled.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 5000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(panel.compareButton()->isEnabled());
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Cancelled")));
}

void TestConservationPanel::windowHasConservationTabs()
{
    MainWindow window;
    QVERIFY(window.conservationPanel());
    QVERIFY(window.animationPanel());
    QVERIFY(window.viewTabs()->indexOf(window.conservationPanel()) >= 0);
    QSignalSpy analysed(window.conservationPanel()->controller(),
                        &ConservationController::analysed);
    QVERIFY(window.startConservation());
    QVERIFY(analysed.wait(jobTimeoutMs));
    QVERIFY(window.animationPanel()->dataCanvas()->run().samples() > 1);
}

QTEST_MAIN(TestConservationPanel)
#include "test_conservationpanel.moc"
