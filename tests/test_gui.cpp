#include "coordinatetext.h"
#include "errortext.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "phaseportraitplot.h"
#include "phaseportraitview.h"
#include "symbolic/parser.h"
#include "symbolic/typedsystem.h"
#include "systempanel.h"
#include "trainingcontroller.h"
#include "trainingpanel.h"
#include "trainingsettingspanel.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lab;

namespace {

void useSmallSettings(MainWindow& window)
{
    SimulationSettings simulation;
    simulation.trajectories = 4;
    simulation.duration = 4.0;
    simulation.timeStep = 0.01;
    window.systemPanel()->setSimulationSettings(simulation);

    TrainingSettings training;
    training.network.width = 32;
    training.batchSize = 128;
    training.maxEpochs = 1'000'000;
    training.patience = 1'000'000;
    window.trainingSettingsPanel()->setSettings(training);
}

// A Tracker-style bob track "t x y" of a 0.5 m pendulum swinging with amplitude 0.3 rad.
// When badRow is a row index, that row's x cell reads "abc".
QByteArray pendulumTrack(int rows, int badRow = -1)
{
    QByteArray text = "t\tx\ty\n";
    for (int row = 0; row < rows; ++row) {
        const double t = 0.02 * row;
        const double angle = 0.3 * std::cos(4.43 * t);
        const QByteArray x = row == badRow ? "abc" : QByteArray::number(0.5 * std::sin(angle));
        text += QByteArray::number(t) + '\t' + x + '\t' +
                QByteArray::number(-0.5 * std::cos(angle)) + '\n';
    }
    return text;
}

QString writeFile(const QTemporaryDir& directory, const QString& name, const QByteArray& content)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QMessageBox* errorBox(const QWidget& window)
{
    return window.findChild<QMessageBox*>(QStringLiteral("errorMessageBox"));
}

void closeErrorBoxes(const QWidget& window)
{
    const auto boxes = window.findChildren<QMessageBox*>(QStringLiteral("errorMessageBox"));
    for (QMessageBox* box : boxes)
        delete box;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowStartsWithPendulumPreset();
    void errorTextNamesCellAndFix();
    void errorTextCoversEveryKind();
    void errorTextForMissingVelocity();
    void errorTextForFormulas();
    void formulaUsesSymbols();
    void trainingUpdatesPlotsAndButtons();
    void plotExportWritesFile_data();
    void plotExportWritesFile();
    void exportToMissingFolderFails();
    void contextMenuOffersFormatsAndCsv();
    void failedImportKeepsSettings();
    void importShowsSummaryAndPreview();
    void doublePendulumOffersCoordinateChoice();
    void closingDuringTrainingStopsWorker();
    void turkishTranslationLoads();

private:
    QTemporaryDir m_directory;
};

void TestGui::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QLocale::setDefault(QLocale::c());
}

void TestGui::windowStartsWithPendulumPreset()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Lagrangian Lab"));
    QCOMPARE(window.systemPanel()->presetCombo()->currentData().toString(),
             QStringLiteral("pendulum"));
    QVERIFY(!window.systemPanel()->usesMeasuredData());
    QVERIFY(window.trainingPanel()->startButton()->isEnabled());
    QVERIFY(!window.trainingPanel()->pauseButton()->isEnabled());
    QVERIFY(!window.trainingPanel()->stopButton()->isEnabled());
    QVERIFY(!window.isTraining());

    const SimulationSettings simulation = window.systemPanel()->simulationSettings();
    QCOMPARE(simulation.trajectories, 8);
    QCOMPARE(simulation.duration, 10.0);
    QCOMPARE(simulation.timeStep, 0.01);
    const QList<QDoubleSpinBox*> parameters =
        window.systemPanel()->findChildren<QDoubleSpinBox*>(QStringLiteral("parameter_length"));
    QCOMPARE(parameters.size(), 1);
    QCOMPARE(parameters.first()->value(), 1.0);
    QCOMPARE(parameters.first()->suffix(), QStringLiteral(" m"));
}

void TestGui::errorTextNamesCellAndFix()
{
    const Error error{.kind = ErrorKind::NotANumber,
                      .file = QStringLiteral("/data/file.txt"),
                      .line = 12,
                      .column = 2,
                      .text = QStringLiteral("abc")};
    QCOMPARE(describeError(error),
             QStringLiteral("file.txt, line 12, column 2: \"abc\" is not a number. Fix or "
                            "remove that cell and import again."));

    const Error tooHigh{.kind = ErrorKind::InvalidParameter,
                        .text = QStringLiteral("length"),
                        .value = 500.0,
                        .limit = 100.0};
    QCOMPARE(describeError(tooHigh),
             QStringLiteral("The value 500 of \"length\" is above the maximum 100. Enter a value "
                            "of at most 100."));

    const Error rows{.kind = ErrorKind::TooFewRows,
                     .file = QStringLiteral("short.csv"),
                     .value = 5,
                     .limit = 20};
    QCOMPARE(describeError(rows),
             QStringLiteral("short.csv: only 5 data rows were found, but at least 20 are "
                            "needed. Record a longer motion and import it again."));
}

void TestGui::errorTextCoversEveryKind()
{
    const ErrorKind last = ErrorKind::MissingVelocity;
    for (int kind = 0; kind <= static_cast<int>(last); ++kind) {
        const Error error{.kind = static_cast<ErrorKind>(kind),
                          .file = QStringLiteral("a.txt"),
                          .line = 3,
                          .column = 1,
                          .text = QStringLiteral("x")};
        const QString text = describeError(error);
        QVERIFY2(!text.startsWith(QStringLiteral("An unexpected error")),
                 qPrintable(QString::number(kind)));
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
    }
}

void TestGui::errorTextForMissingVelocity()
{
    // y is listed but y_dot never appears, so y's acceleration is undetermined.
    const Result<symbolic::TypedSystem> typed =
        symbolic::parseTypedSystem(QStringLiteral("0.5*x_dot^2 - 0.5*x^2 - y^2"),
                                   {QStringLiteral("x"), QStringLiteral("y")}, {});
    QVERIFY(!typed.ok());
    QCOMPARE(typed.error().kind, ErrorKind::MissingVelocity);
    QCOMPARE(
        describeError(typed.error()),
        QStringLiteral("The Lagrangian does not contain \"y_dot\", so it cannot say how "
                       "\"y\" moves. Add a term with \"y_dot\", such as 0.5*y_dot^2, or remove "
                       "\"y\" from the coordinates."));
    QVERIFY(symbolic::parseTypedSystem(QStringLiteral("0.5*x_dot^2 + 0.5*y_dot^2"),
                                       {QStringLiteral("x"), QStringLiteral("y")}, {})
                .ok());
}

void TestGui::errorTextForFormulas()
{
    symbolic::SymbolTable symbols;
    symbols.coordinates = {QStringLiteral("theta")};
    symbols.parameters = {QStringLiteral("m"), QStringLiteral("g")};
    symbols.parameterValues = {1.0, 9.81};

    const Result<symbolic::Expression> name =
        symbolic::parseExpression(QStringLiteral("m*g*cos(phi)"), symbols);
    QVERIFY(!name.ok());
    QCOMPARE(describeError(name.error()),
             QStringLiteral("Line 1, column 9: \"phi\" is not a coordinate, velocity or "
                            "parameter of this system. Use one of: theta, theta_dot, m, g, pi."));

    const Result<symbolic::Expression> unclosed =
        symbolic::parseExpression(QStringLiteral("m*(g + 1"), symbols);
    QVERIFY(!unclosed.ok());
    QCOMPARE(describeError(unclosed.error()),
             QStringLiteral("Line 1, column 3: this \"(\" is not closed. Add the missing "
                            "\")\"."));

    const Result<symbolic::Expression> trailing =
        symbolic::parseExpression(QStringLiteral("m*g +"), symbols);
    QVERIFY(!trailing.ok());
    QCOMPARE(describeError(trailing.error()),
             QStringLiteral("Line 1, column 6: the formula ends where a number, a name or "
                            "\"(\" was expected. Complete the formula after its last "
                            "operator."));
}

void TestGui::formulaUsesSymbols()
{
    QCOMPARE(formatFormula(QStringLiteral("0.5*m1*theta1_dot^2 + g*cos(theta1)")),
             QStringLiteral("0.5·m₁·(dθ₁\u2215dt)² + g·cos(θ₁)"));
    QCOMPARE(coordinateSymbol(QStringLiteral("theta2")), QStringLiteral("θ₂"));
    QCOMPARE(coordinateSymbol(QStringLiteral("x")), QStringLiteral("x"));
    QCOMPARE(displayUnit(QStringLiteral("m/s^2")), QStringLiteral("m/s²"));

    // Axis labels name the unit, and a coordinate without one gets no empty brackets.
    const Coordinate angle{QStringLiteral("theta"), QStringLiteral("rad"), true};
    QCOMPARE(positionLabel(angle), QStringLiteral("θ (rad)"));
    QCOMPARE(velocityLabel(angle), QStringLiteral("dθ/dt (rad/s)"));
    const Coordinate typed{QStringLiteral("x"), QString(), false};
    QCOMPARE(positionLabel(typed), QStringLiteral("x"));
    QCOMPARE(velocityLabel(typed), QStringLiteral("dx/dt (1/s)"));
}

void TestGui::trainingUpdatesPlotsAndButtons()
{
    MainWindow window;
    useSmallSettings(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy progress(window.trainingController(), &TrainingController::progressed);
    QSignalSpy finished(&window, &MainWindow::trainingFinished);

    QTest::mouseClick(window.trainingPanel()->startButton(), Qt::LeftButton);
    QVERIFY(window.isTraining());
    QVERIFY(!window.trainingPanel()->startButton()->isEnabled());
    QVERIFY(window.trainingPanel()->pauseButton()->isEnabled());
    QVERIFY(window.trainingPanel()->stopButton()->isEnabled());
    QVERIFY(!window.systemPanel()->presetCombo()->isEnabled());
    QVERIFY(!window.trainingSettingsPanel()->isEnabled());

    QVERIFY(progress.wait(120'000));
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->trainingGraph()->dataCount() >= 3, 60'000);
    QVERIFY(window.lossPlot()->validationGraph()->dataCount() >= 3);
    QVERIFY(window.phasePortrait()->dataCurveCount() == 4);
    QVERIFY(window.phasePortrait()->dataPointCount() > 1000);
    QTRY_VERIFY_WITH_TIMEOUT(window.phasePortrait()->rolloutCurveCount() > 0, 60'000);
    QVERIFY(window.trainingPanel()->progressBar()->value() >= 1);

    QTest::mouseClick(window.trainingPanel()->stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!window.isTraining());
    QVERIFY(window.trainingPanel()->startButton()->isEnabled());
    QVERIFY(!window.trainingPanel()->pauseButton()->isEnabled());
    QVERIFY(!window.trainingPanel()->stopButton()->isEnabled());
    QVERIFY(window.systemPanel()->presetCombo()->isEnabled());
    QVERIFY(window.trainingSettingsPanel()->isEnabled());
    QVERIFY(window.trainingPanel()->status().startsWith(QStringLiteral("Stopped after")));

    const QPixmap screenshot = window.grab();
    QVERIFY(!screenshot.isNull());
    const QString path = m_directory.filePath(QStringLiteral("window.png"));
    QVERIFY(screenshot.save(path));
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestGui::plotExportWritesFile_data()
{
    QTest::addColumn<bool>("lossPlot");
    QTest::addColumn<int>("format");
    const std::array formats = {PlotFormat::Png, PlotFormat::Svg, PlotFormat::Pdf};
    for (const bool loss : {true, false}) {
        for (const PlotFormat format : formats) {
            const QString name = (loss ? QStringLiteral("loss ") : QStringLiteral("phase ")) +
                                 ExportablePlot::suffix(format);
            QTest::newRow(qPrintable(name)) << loss << static_cast<int>(format);
        }
    }
}

void TestGui::plotExportWritesFile()
{
    QFETCH(bool, lossPlot);
    QFETCH(int, format);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.lossPlot()->appendRecords({{1, 0.5, 0.6, 1e-3, 0.1}, {2, 0.2, 0.3, 1e-3, 0.2}});

    ExportablePlot* plot =
        lossPlot ? static_cast<ExportablePlot*>(window.lossPlot()) : window.phasePortrait();
    const auto plotFormat = static_cast<PlotFormat>(format);
    const QString path = m_directory.filePath(plot->objectName() + QLatin1Char('.') +
                                              ExportablePlot::suffix(plotFormat));
    QSignalSpy exported(plot, &ExportablePlot::exported);
    const Status status = plot->exportTo(path, plotFormat);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(describeError(status.error())));
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(exported.size(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray start = file.read(8);
    if (plotFormat == PlotFormat::Png)
        QVERIFY(start.startsWith("\x89PNG"));
    if (plotFormat == PlotFormat::Pdf)
        QVERIFY(start.startsWith("%PDF"));
    if (plotFormat == PlotFormat::Svg)
        QVERIFY(file.readAll().contains("<svg"));
}

void TestGui::exportToMissingFolderFails()
{
    LossPlot plot;
    const QString path = m_directory.filePath(QStringLiteral("missing/loss.png"));
    const Status status = plot.exportTo(path, PlotFormat::Png);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::FileNotWritable);
    QCOMPARE(status.error().file, path);
}

void TestGui::contextMenuOffersFormatsAndCsv()
{
    LossPlot plot;
    QMenu* menu = plot.createContextMenu(&plot);
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Export as PNG…"), QStringLiteral("Export as SVG…"),
                                 QStringLiteral("Export as PDF…"),
                                 QStringLiteral("Export data as CSV…")}));
}

void TestGui::failedImportKeepsSettings()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SystemPanel* panel = window.systemPanel();
    auto* length = panel->findChild<QDoubleSpinBox*>(QStringLiteral("parameter_length"));
    QVERIFY(length);
    length->setValue(2.5);
    SimulationSettings simulation = panel->simulationSettings();
    simulation.trajectories = 5;
    panel->setSimulationSettings(simulation);

    const QString path = writeFile(m_directory, QStringLiteral("broken.txt"), pendulumTrack(40, 5));
    QSignalSpy failed(panel, &SystemPanel::importFailed);
    QVERIFY(!panel->importFile(path));

    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::NotANumber);
    QCOMPARE(error.text, QStringLiteral("abc"));
    QCOMPARE(error.line, 7);
    QCOMPARE(error.column, 2);
    QMessageBox* box = errorBox(window);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("\"abc\" is not a number")));
    QVERIFY(window.trainingPanel()->status().contains(QStringLiteral("broken.txt, line")));
    closeErrorBoxes(window);

    QVERIFY(!panel->usesMeasuredData());
    QCOMPARE(panel->presetCombo()->currentData().toString(), QStringLiteral("pendulum"));
    QCOMPARE(panel->currentPreset().parameter(QStringLiteral("length")), 2.5);
    QCOMPARE(panel->simulationSettings().trajectories, 5);
    QVERIFY(std::holds_alternative<SimulatedSystem>(panel->dataSource()));
}

void TestGui::importShowsSummaryAndPreview()
{
    MainWindow window;
    SystemPanel* panel = window.systemPanel();
    const QString path = writeFile(m_directory, QStringLiteral("swing.txt"), pendulumTrack(300));
    QVERIFY(panel->importFile(path));

    QVERIFY(panel->usesMeasuredData());
    QVERIFY(panel->importSummary()->text().contains(QStringLiteral("swing.txt: 300 rows")));
    QVERIFY(panel->importSummary()->text().contains(QStringLiteral("Pivot at")));
    QVERIFY(std::holds_alternative<Dataset>(panel->dataSource()));
    QVERIFY(!panel->presetCombo()->isEnabled());
    QVERIFY(panel->usePresetButton()->isEnabled());
    QVERIFY(window.phasePortrait()->dataCurveCount() > 0);
    QCOMPARE(panel->sourceName(), QStringLiteral("swing.txt"));

    panel->usePreset();
    QVERIFY(!panel->usesMeasuredData());
    QVERIFY(panel->presetCombo()->isEnabled());
    QVERIFY(!panel->usePresetButton()->isEnabled());
    QCOMPARE(window.phasePortrait()->dataCurveCount(), 0);
}

void TestGui::doublePendulumOffersCoordinateChoice()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.systemPanel()->selectPreset(QStringLiteral("double_pendulum")));
    QVERIFY(window.systemPanel()->findChild<QDoubleSpinBox*>(QStringLiteral("parameter_mass2")));

    PhaseSnapshot data;
    data.coordinates = window.systemPanel()->currentPreset().coordinates;
    Trajectory run;
    run.t = Eigen::VectorXd::LinSpaced(50, 0.0, 1.0);
    run.q = Eigen::MatrixXd::Random(50, 2);
    run.qd = Eigen::MatrixXd::Random(50, 2) * 3.0;
    data.runs = {run};
    window.phasePortraitView()->setData(data);

    QComboBox* combo = window.phasePortraitView()->coordinateCombo();
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), QStringLiteral("θ₂"));
    combo->setCurrentIndex(1);
    QCOMPARE(window.phasePortrait()->coordinate(), 1);
    QCOMPARE(window.phasePortrait()->xAxis->label(), QStringLiteral("θ₂ (rad)"));
    QVERIFY(window.phasePortrait()->yAxis->range().upper >= run.qd.col(1).maxCoeff());
}

void TestGui::closingDuringTrainingStopsWorker()
{
    MainWindow window;
    useSmallSettings(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy progress(window.trainingController(), &TrainingController::progressed);
    QVERIFY(window.startTraining());
    QVERIFY(!window.startTraining());
    QVERIFY(progress.wait(120'000));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(window.close());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(window.trainingController()->workerThread() == nullptr ||
            window.trainingController()->workerThread()->isFinished());
}

void TestGui::turkishTranslationLoads()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/lagrangian-lab_tr.qm")));
    auto* application = QCoreApplication::instance();
    QVERIFY(installTranslators(*application, QLocale(QLocale::Turkish, QLocale::Turkey)));
    {
        MainWindow window;
        QCOMPARE(window.trainingPanel()->startButton()->text(), QStringLiteral("Başlat"));
        const Error error{.kind = ErrorKind::NotANumber,
                          .file = QStringLiteral("veri.txt"),
                          .line = 4,
                          .column = 2,
                          .text = QStringLiteral("abc")};
        QVERIFY(describeError(error).contains(QStringLiteral("satır 4")));
    }
    QVERIFY(!installTranslators(*application, QLocale(QLocale::English)));
    QCOMPARE(QCoreApplication::translate("lab::TrainingPanel", "Start"), QStringLiteral("Start"));
}

QTEST_MAIN(TestGui)
#include "test_gui.moc"
