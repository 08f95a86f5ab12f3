#include "candidatedetails.h"
#include "discoverycontroller.h"
#include "discoverypanel.h"
#include "discoverysettingspanel.h"
#include "mainwindow.h"
#include "paretofrontplot.h"
#include "phaseportraitplot.h"
#include "systempanel.h"
#include "typedlagrangianform.h"

#include "symbolic/parser.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lab;

namespace {

void useSmallSpring(MainWindow& window)
{
    QVERIFY(window.systemPanel()->selectPreset(QStringLiteral("spring")));
    SimulationSettings simulation;
    simulation.trajectories = 4;
    simulation.duration = 4.0;
    simulation.timeStep = 0.01;
    window.systemPanel()->setSimulationSettings(simulation);
}

// A search that ends after a few thousand evaluations, within seconds on one core.
void useSmallSearch(MainWindow& window)
{
    discovery::SearchSettings settings = window.discoveryPanel()->settingsPanel()->settings();
    settings.populations = 4;
    settings.populationSize = 30;
    settings.evaluationBudget = 4000;
    settings.timeLimit = 60.0;
    settings.searchSamples = 300;
    settings.finalSamples = 1200;
    settings.maxComplexity = 30;
    settings.threads = 1;
    settings.seed = 3;
    window.discoveryPanel()->settingsPanel()->setSettings(settings);
}

QString saveGrab(QWidget* widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return {};
    const QString path = QDir(directory).filePath(name);
    // The plots replot on the next event loop pass.
    QCoreApplication::processEvents();
    widget->grab().save(path);
    return path;
}

bool isItemEnabled(const QComboBox* combo, int index)
{
    const auto* model = qobject_cast<const QStandardItemModel*>(combo->model());
    return model && model->item(index) && model->item(index)->isEnabled();
}

} // namespace

class TestDiscoveryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsStartWithGrammarDefaults();
    void networkChoicesNeedNetwork();
    void searchFillsFrontAndTable();
    void stopEndsSearchPromptly();
    void typedSyntaxErrorShowsColumn();
    void typedLagrangianSimulates();
    void equationsOfMotionForSpring();

private:
    QTemporaryDir m_directory;
};

void TestDiscoveryPanel::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QLocale::setDefault(QLocale::c());
}

void TestDiscoveryPanel::settingsStartWithGrammarDefaults()
{
    DiscoverySettingsPanel panel;
    const discovery::SearchSettings settings = panel.settings();
    const discovery::Grammar grammar;
    QCOMPARE(settings.grammar.unaryOperators, grammar.unaryOperators);
    QCOMPARE(settings.grammar.binaryOperators, grammar.binaryOperators);
    QVERIFY(!panel.operatorBox(symbolic::Operator::Exp)->isChecked());
    QVERIFY(panel.operatorBox(symbolic::Operator::Sin)->isChecked());

    panel.operatorBox(symbolic::Operator::Sin)->setChecked(false);
    panel.operatorBox(symbolic::Operator::Power)->setChecked(true);
    const discovery::SearchSettings changed = panel.settings();
    QCOMPARE(std::count(changed.grammar.unaryOperators.begin(),
                        changed.grammar.unaryOperators.end(), symbolic::Operator::Sin),
             0);
    QCOMPARE(std::count(changed.grammar.binaryOperators.begin(),
                        changed.grammar.binaryOperators.end(), symbolic::Operator::Power),
             1);
}

void TestDiscoveryPanel::networkChoicesNeedNetwork()
{
    DiscoverySettingsPanel panel;
    QVERIFY(!isItemEnabled(panel.targetCombo(), 1));
    QVERIFY(!isItemEnabled(panel.lossCombo(), 1));

    panel.setNetworkAvailable(true);
    QVERIFY(isItemEnabled(panel.targetCombo(), 1));
    QVERIFY(!isItemEnabled(panel.lossCombo(), 1));
    panel.setTarget(DiscoveryTarget::TrainedNetwork);
    QVERIFY(isItemEnabled(panel.lossCombo(), 1));
    panel.lossCombo()->setCurrentIndex(1);
    QCOMPARE(panel.settings().loss, discovery::LossKind::Distillation);

    panel.setNetworkAvailable(false);
    QCOMPARE(panel.target(), DiscoveryTarget::Data);
    QCOMPARE(panel.settings().loss, discovery::LossKind::Motion);
}

void TestDiscoveryPanel::searchFillsFrontAndTable()
{
    MainWindow window;
    useSmallSpring(window);
    useSmallSearch(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::discoveryFinished);
    DiscoveryPanel* panel = window.discoveryPanel();

    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(window.isDiscovering());
    QVERIFY(!panel->startButton()->isEnabled());
    QVERIFY(panel->stopButton()->isEnabled());
    QVERIFY(!window.startTraining());
    QVERIFY(finished.wait(180'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(panel->startButton()->isEnabled());

    const DiscoverySnapshot& snapshot = panel->snapshot();
    QVERIFY(snapshot.final);
    QCOMPARE(snapshot.reason, discovery::StopReason::EvaluationBudget);
    QVERIFY(panel->table()->rowCount() > 0);
    QCOMPARE(panel->table()->rowCount(), static_cast<int>(snapshot.front.candidates.size()));
    QVERIFY(snapshot.front.picked >= 0);
    QCOMPARE(panel->selectedCandidate(), snapshot.front.picked);
    QVERIFY(
        panel->table()->item(snapshot.front.picked, 0)->text().contains(QStringLiteral("pick")));
    QVERIFY(panel->frontPlot()->frontGraph()->dataCount() > 0);
    QCOMPARE(panel->frontPlot()->pickGraph()->dataCount(), 1);
    QCOMPARE(panel->frontPlot()->selectedGraph()->dataCount(), 1);
    QVERIFY(panel->equationsLabel()->text().contains(QStringLiteral("d/dt(")));
    QVERIFY(window.phasePortrait()->dataCurveCount() == 4);
    QCOMPARE(window.phasePortrait()->extraCurveCount(), 1);
    saveGrab(&window, QStringLiteral("discovery-window.png"));
    saveGrab(panel, QStringLiteral("discovery-panel.png"));

    const int other = snapshot.front.picked == 0 ? 1 : 0;
    if (other < panel->table()->rowCount()) {
        panel->table()->selectRow(other);
        QCOMPARE(panel->selectedCandidate(), other);
        const QString complexity = QString::number(snapshot.front.candidates[other].complexity);
        QVERIFY(window.phasePortrait()->extraRunLabel().contains(complexity));
        panel->selectCandidate(snapshot.front.picked);
    }

    QApplication::clipboard()->clear();
    QTest::mouseClick(panel->copySympyButton(), Qt::LeftButton);
    const discovery::Candidate& pick = snapshot.front.candidates[snapshot.front.picked];
    const QString sympy =
        symbolic::formatExpression(pick.expression, snapshot.symbols, symbolic::Notation::Sympy);
    QCOMPARE(QApplication::clipboard()->text(), sympy);
    QVERIFY(sympy.contains(QStringLiteral("x_dot**2")));

    const QString csv = m_directory.filePath(QStringLiteral("pareto.csv"));
    QVERIFY(panel->exportCsv(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), panel->table()->rowCount() + 1);
    QVERIFY(lines.first().startsWith("complexity,loss,score,mark"));
}

void TestDiscoveryPanel::stopEndsSearchPromptly()
{
    MainWindow window;
    useSmallSpring(window);
    discovery::SearchSettings settings = window.discoveryPanel()->settingsPanel()->settings();
    settings.timeLimit = 600.0;
    settings.threads = 1;
    window.discoveryPanel()->settingsPanel()->setSettings(settings);
    QSignalSpy progress(window.discoveryController(), &DiscoveryController::progressed);
    QSignalSpy finished(&window, &MainWindow::discoveryFinished);

    QVERIFY(window.startDiscovery());
    QVERIFY(progress.wait(120'000));
    QElapsedTimer timer;
    timer.start();
    window.stopDiscovery();
    QVERIFY(finished.wait(10'000));
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(window.discoveryPanel()->snapshot().reason, discovery::StopReason::Cancelled);
    QVERIFY(!window.isDiscovering());
}

void TestDiscoveryPanel::typedSyntaxErrorShowsColumn()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SystemPanel* system = window.systemPanel();
    QVERIFY(system->selectPreset(QStringLiteral("typed")));
    TypedLagrangianForm* form = system->typedForm();
    QVERIFY(form->isVisible());

    const QString broken = QStringLiteral("0.5*x_dot^2 - 2*x*)");
    form->formulaEdit()->clear();
    QTest::keyClicks(form->formulaEdit(), broken);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isValid(), 2000);
    QVERIFY(form->errorLabel()->isVisible());
    const QString pointer = form->pointerLabel()->text();
    QVERIFY2(pointer.contains(QStringLiteral("column 19")), qPrintable(pointer));
    QVERIFY(!system->inputProblem().isEmpty());
    QVERIFY(!window.startTraining());
    QVERIFY(!window.startDiscovery());
    saveGrab(system, QStringLiteral("typed-error.png"));

    form->formulaEdit()->setCursorPosition(0);
    QTest::keyClick(form->formulaEdit(), Qt::Key_Return);
    QCOMPARE(form->formulaEdit()->cursorPosition(), 18);
    QCOMPARE(form->formulaEdit()->text(), broken);
}

void TestDiscoveryPanel::typedLagrangianSimulates()
{
    SystemPanel panel;
    QVERIFY(panel.selectPreset(QStringLiteral("typed")));
    QSignalSpy changed(&panel, &SystemPanel::sourceChanged);
    panel.typedForm()->setInput(QStringLiteral("0.5*m*q_dot^2 - 0.5*k*q^2"), QStringLiteral("q"),
                                QStringLiteral("m=2, k=8"));
    QVERIFY(panel.typedForm()->isValid());
    QVERIFY(panel.inputProblem().isEmpty());
    QVERIFY(changed.size() >= 1);
    QVERIFY(std::holds_alternative<TypedSimulation>(panel.dataSource()));

    SimulationSettings simulation;
    simulation.trajectories = 3;
    simulation.duration = 2.0;
    panel.setSimulationSettings(simulation);
    const Result<Dataset> dataset = prepareDataset(panel.dataSource());
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : qPrintable(dataset.error().text));
    QCOMPARE(dataset->dof(), 1);
    QCOMPARE(dataset->coordinates.front().name, QStringLiteral("q"));
    QVERIFY(dataset->trainingSamples() > 100);
    // Omega^2 = k / m = 4, so qdd = -4 q at every exact sample.
    const Trajectory& run = dataset->training.front();
    QVERIFY(std::abs(run.qdd(10, 0) + 4.0 * run.q(10, 0)) < 1e-6);

    panel.typedForm()->setInput(QStringLiteral("0.5*m*q_dot^2 - 0.5*k*q^2"), QStringLiteral("q"),
                                QStringLiteral("m=2, k"));
    QVERIFY(!panel.typedForm()->isValid());
    QVERIFY(panel.inputProblem().contains(QStringLiteral("NAME=VALUE")));
    QCOMPARE(panel.typedForm()->parametersEdit()->text(), QStringLiteral("m=2, k"));
}

void TestDiscoveryPanel::equationsOfMotionForSpring()
{
    symbolic::SymbolTable symbols;
    symbols.coordinates << QStringLiteral("x");
    const Result<symbolic::Expression> spring =
        symbolic::parseExpression(QStringLiteral("0.5*x_dot^2 - 2*x^2"), symbols);
    QVERIFY(spring.ok());
    const QStringList lines = describeEquationsOfMotion(*spring, symbols).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("d/dt(x\u0307) = ")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("x\u0308 = ")), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("4")), qPrintable(lines[1]));

    Trajectory reference;
    reference.t = Eigen::VectorXd::LinSpaced(101, 0.0, 1.0);
    reference.q = Eigen::MatrixXd::Constant(101, 1, 1.0);
    reference.qd = Eigen::MatrixXd::Zero(101, 1);
    const Result<Trajectory> run = rolloutCandidate(*spring, symbols, reference);
    QVERIFY(run.ok());
    QCOMPARE(run->samples(), 101);
    // x(t) = cos(2 t) from x(0) = 1 at rest.
    QVERIFY(std::abs(run->q(100, 0) - std::cos(2.0)) < 1e-6);
}

QTEST_MAIN(TestDiscoveryPanel)
#include "test_discoverypanel.moc"
