#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

namespace {

/// Output of one run of the lagrangian-lab executable.
struct CommandResult
{
    int status = -1;
    QByteArray output;
    QString error;
};

CommandResult runLab(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(LAB_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("lagrangian-lab did not finish: %s", qPrintable(arguments.join(' ')));
    return CommandResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         process.readAllStandardOutput(),
                         QString::fromLocal8Bit(process.readAllStandardError())};
}

QJsonObject jsonOf(const CommandResult& result)
{
    return QJsonDocument::fromJson(result.output).object();
}

/// A CSV file read back: its header and its rows of numbers.
struct Table
{
    QStringList header;
    std::vector<std::vector<double>> rows;

    int column(const QString& name) const { return static_cast<int>(header.indexOf(name)); }
};

Table readTable(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    Table table;
    table.header = QString::fromUtf8(file.readLine()).trimmed().split(',');
    while (!file.atEnd()) {
        std::vector<double> row;
        for (const QString& cell : QString::fromUtf8(file.readLine()).trimmed().split(','))
            row.push_back(cell.toDouble());
        table.rows.push_back(row);
    }
    return table;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

/// pareto.json as discover writes it, with a free particle (0) and a pendulum (1, picked).
QByteArray handwrittenFront()
{
    return R"json({"coordinates": ["theta"], "velocities": ["theta_dot"], "picked": 1,
        "candidates": [
            {"index": 0, "formula": "0.5*theta_dot^2", "sympy": "0.5*theta_dot**2"},
            {"index": 1, "formula": "0.5*theta_dot^2 + 9.81*cos(theta)",
             "sympy": "0.5*theta_dot**2 + 9.81*cos(theta)"}],
        "source": {"kind": "system", "ranges": [
            {"name": "theta", "position": [-1, 1], "velocity": [-2, 2]}]}})json";
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

/// A damped pendulum thetaddot = -c sin(theta) - gamma thetadot from 0.3 rad at rest,
/// integrated by RK4 at 1 ms, written every 33 ms with noise of 2e-4 rad (seed 11) as CSV
/// with the columns t and theta.
QByteArray dampedPendulumCsv(double stiffness, double gamma, double duration)
{
    const double h = 0.001;
    const auto f = [&](double a, double w) {
        return -stiffness * std::sin(a) - gamma * w;
    };
    std::mt19937_64 random(11);
    std::normal_distribution<double> noise(0.0, 2e-4);
    double theta = 0.3;
    double omega = 0.0;
    QByteArray csv = "t,theta\n";
    const int steps = static_cast<int>(duration / h);
    for (int step = 0; step <= steps; ++step) {
        if (step % 33 == 0)
            csv += QByteArray::number(step * h, 'g', 10) + ',' +
                   QByteArray::number(theta + noise(random), 'g', 12) + '\n';
        rk4Step(theta, omega, h, f);
    }
    return csv;
}

QJsonObject quantityNamed(const QJsonArray& list, const QString& name)
{
    for (const auto& item : list) {
        if (item.toObject().value("name").toString() == name)
            return item.toObject();
    }
    return {};
}

const QString pendulum = QStringLiteral("0.5*theta_dot^2 + 9.81*cos(theta)");

} // namespace

class TestConservedCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rolloutCsvHeaderAndRows();
    void rolloutEnergyMatchesPendulum();
    void variationalBoundedRk4Drifts();
    void rolloutPlanetMomentumColumn();
    void conservedPlanetCartesian();
    void conservedPlanetPolar();
    void conservedPairsXYAutomatically();
    void conservedSkipsUndefinedStates();
    void conservedPresetPendulum();
    void candidateFromRunDirectory();
    void networkModelHasNoFormula();
    void rolloutRejectsBadInput_data();
    void rolloutRejectsBadInput();
    void rolloutReportsBlowUp();
    void conservedRejectsBadInput_data();
    void conservedRejectsBadInput();
    void dataDampingRecovered();
    void dataDampingWithCandidate();

private:
    QTemporaryDir m_directory;
    QString m_run;
};

void TestConservedCommand::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_run = m_directory.filePath("run");
    QVERIFY(QDir().mkpath(m_run));
    writeFile(m_run + "/pareto.json", handwrittenFront());
}

void TestConservedCommand::rolloutCsvHeaderAndRows()
{
    const QString out = m_directory.filePath("pendulum.csv");

    const CommandResult result =
        runLab({"rollout", "--system", "pendulum", "--state", "1,0", "--dt", "0.01", "--steps",
                "200", "--integrator", "rk4", "--out", out});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const Table table = readTable(out);
    QCOMPARE(table.header, QStringList({"t", "theta", "theta_dot", "energy"}));
    QCOMPARE(table.rows.size(), std::size_t(201));
    QCOMPARE(table.rows.back()[0], 2.0);
    QCOMPARE(table.rows.front()[1], 1.0);
    const QJsonObject summary = jsonOf(result);
    QCOMPARE(summary.value("rows").toInt(), 201);
    QCOMPARE(summary.value("scheme").toString(), QString("rk4"));
    QVERIFY(summary.value("conserved_columns").toArray().isEmpty());
}

void TestConservedCommand::rolloutEnergyMatchesPendulum()
{
    const QString out = m_directory.filePath("typed.csv");

    const CommandResult result =
        runLab({"rollout", "--lagrangian", pendulum, "--coordinates", "theta", "--state", "1,0",
                "--dt", "0.01", "--steps", "500", "--integrator", "adaptive", "--out", out});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const Table table = readTable(out);
    const int theta = table.column("theta");
    const int velocity = table.column("theta_dot");
    const int energy = table.column("energy");
    QVERIFY(theta > 0 && velocity > 0 && energy > 0);
    const double initial = -9.81 * std::cos(1.0);
    for (const std::vector<double>& row : table.rows) {
        const double expected = 0.5 * row[velocity] * row[velocity] - 9.81 * std::cos(row[theta]);
        QVERIFY(std::abs(row[energy] - expected) < 1e-12);
        QVERIFY(std::abs(row[energy] - initial) < 1e-6);
    }
    QCOMPARE(jsonOf(result).value("scheme").toString(), QString("dormand-prince"));
}

void TestConservedCommand::variationalBoundedRk4Drifts()
{
    const QStringList common{"rollout", "--lagrangian", pendulum, "--coordinates",
                             "theta",   "--state",      "1,0",    "--dt",
                             "0.1",     "--steps",      "2000"};

    const CommandResult rk4 = runLab(
        common + QStringList{"--integrator", "rk4", "--out", m_directory.filePath("rk4.csv")});
    const CommandResult variational =
        runLab(common + QStringList{"--integrator", "variational", "--out",
                                    m_directory.filePath("variational.csv")});

    QVERIFY2(rk4.status == 0, qPrintable(rk4.error));
    QVERIFY2(variational.status == 0, qPrintable(variational.error));
    const QJsonObject rk4Drift = jsonOf(rk4).value("energy_drift").toObject();
    const QJsonObject variationalDrift = jsonOf(variational).value("energy_drift").toObject();
    QCOMPARE(jsonOf(variational).value("scheme").toString(), QString("stormer-verlet"));
    const double rk4Trend = rk4Drift.value("relative_trend").toDouble();
    const double variationalTrend = variationalDrift.value("relative_trend").toDouble();
    const QString figures = QString("trend rk4 %1, variational %2; final rk4 %3, variational %4")
                                .arg(rk4Trend)
                                .arg(variationalTrend)
                                .arg(rk4Drift.value("final_relative_error").toDouble())
                                .arg(variationalDrift.value("final_relative_error").toDouble());
    // RK4 loses energy steadily; the variational error oscillates without a trend.
    QVERIFY2(rk4Trend < -1e-5, qPrintable(figures));
    QVERIFY2(std::abs(variationalTrend) < 0.1 * std::abs(rk4Trend), qPrintable(figures));
    QVERIFY2(variationalDrift.value("max_relative_error").toDouble() < 0.03, qPrintable(figures));
}

void TestConservedCommand::rolloutPlanetMomentumColumn()
{
    const QString out = m_directory.filePath("planet.csv");

    const CommandResult result =
        runLab({"rollout", "--lagrangian", "0.5*(x_dot^2 + y_dot^2) + 1/sqrt(x^2 + y^2)",
                "--coordinates", "x,y", "--state", "1,0,0,1.1", "--dt", "0.01", "--steps", "300",
                "--integrator", "variational", "--planar", "x,y", "--out", out});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const Table table = readTable(out);
    QCOMPARE(table.header,
             QStringList({"t", "x", "y", "x_dot", "y_dot", "energy", "angular_momentum"}));
    for (const std::vector<double>& row : table.rows) {
        QVERIFY(std::abs(row[6] - (row[1] * row[4] - row[2] * row[3])) < 1e-12);
        QVERIFY(std::abs(row[6] - 1.1) < 1e-9);
    }
}

void TestConservedCommand::conservedPlanetCartesian()
{
    const CommandResult result =
        runLab({"conserved", "--lagrangian", "0.5*(x_dot^2 + y_dot^2) + 1/sqrt(x^2 + y^2)",
                "--coordinates", "x,y", "--planar", "x,y"});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const QJsonObject object = jsonOf(result);
    const QJsonArray conserved = object.value("conserved").toArray();
    QCOMPARE(conserved.size(), 1);
    const QJsonObject rotation = quantityNamed(conserved, "angular_momentum");
    QCOMPARE(rotation.value("kind").toString(), QString("rotation"));
    QCOMPARE(rotation.value("sympy").toString(), QString("x*y_dot - y*x_dot"));
    QVERIFY(rotation.value("violation").toDouble() < 1e-12);
    const QJsonArray rejected = object.value("not_conserved").toArray();
    QCOMPARE(quantityNamed(rejected, "momentum_x").value("kind").toString(),
             QString("translation"));
    QVERIFY(quantityNamed(rejected, "momentum_y").value("violation").toDouble() > 0.01);
    QCOMPARE(object.value("energy").toString(),
             QString("0.5*x_dot**2 + 0.5*y_dot**2 - 1/sqrt(x**2 + y**2)"));
}

void TestConservedCommand::conservedPlanetPolar()
{
    const CommandResult result =
        runLab({"conserved", "--lagrangian", "0.5*(r_dot^2 + r^2*theta_dot^2) + 1/r",
                "--coordinates", "r,theta"});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const QJsonObject object = jsonOf(result);
    const QJsonArray conserved = object.value("conserved").toArray();
    QCOMPARE(conserved.size(), 1);
    const QJsonObject angular = quantityNamed(conserved, "p_theta");
    QCOMPARE(angular.value("kind").toString(), QString("cyclic"));
    QCOMPARE(angular.value("sympy").toString(), QString("r**2*theta_dot"));
    QVERIFY(!quantityNamed(object.value("not_conserved").toArray(), "p_r").isEmpty());
    QVERIFY(object.value("planar_pairs").toArray().isEmpty());
}

void TestConservedCommand::conservedPairsXYAutomatically()
{
    const CommandResult result =
        runLab({"conserved", "--lagrangian", "0.5*(x_dot^2 + y_dot^2) + 1/sqrt(x^2 + y^2)",
                "--coordinates", "x,y", "--ranges", "x=0.5:2,y=0.5:2"});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const QJsonObject object = jsonOf(result);
    QVERIFY(object.value("planar_pairs_automatic").toBool());
    QCOMPARE(object.value("planar_pairs").toArray().at(0).toArray(), QJsonArray({"x", "y"}));
    const QJsonObject rotation =
        quantityNamed(object.value("conserved").toArray(), "angular_momentum");
    QCOMPARE(rotation.value("sympy").toString(), QString("x*y_dot - y*x_dot"));
}

void TestConservedCommand::conservedSkipsUndefinedStates()
{
    // log(x) is undefined for the half of the default box x = -1..1 below 0.
    const CommandResult result =
        runLab({"conserved", "--lagrangian", "0.5*x_dot^2 + log(x)", "--coordinates", "x"});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const QJsonObject object = jsonOf(result);
    const int states = object.value("states_checked").toInt();
    QVERIFY2(states > 800 && states < 1200, qPrintable(QString::number(states)));
    const QJsonObject momentum = quantityNamed(object.value("not_conserved").toArray(), "p_x");
    QVERIFY(momentum.value("violation").toDouble() > 0.01);
}

void TestConservedCommand::conservedPresetPendulum()
{
    const CommandResult result = runLab({"conserved", "--system", "pendulum", "--param", "g=9.81"});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const QJsonObject object = jsonOf(result);
    QVERIFY(object.value("conserved").toArray().isEmpty());
    QCOMPARE(object.value("parameters").toObject().value("g").toDouble(), 9.81);
    const QString energy = object.value("energy").toString();
    QVERIFY2(energy.contains("theta_dot**2") && energy.contains("cos(theta)"), qPrintable(energy));
}

void TestConservedCommand::candidateFromRunDirectory()
{
    const QString out = m_directory.filePath("candidate.csv");

    const CommandResult free = runLab({"conserved", "--run", m_run, "--candidate", "0"});
    const CommandResult picked = runLab({"conserved", "--run", m_run});
    const CommandResult rollout = runLab({"rollout", "--run", m_run, "--candidate", "0", "--state",
                                          "0.5,2", "--dt", "0.1", "--steps", "10", "--out", out});

    QVERIFY2(free.status == 0, qPrintable(free.error));
    QCOMPARE(jsonOf(free).value("energy").toString(), QString("0.5*theta_dot**2"));
    const QJsonObject momentum =
        quantityNamed(jsonOf(free).value("conserved").toArray(), "p_theta");
    QCOMPARE(momentum.value("sympy").toString(), QString("theta_dot"));
    QVERIFY2(picked.status == 0, qPrintable(picked.error));
    QCOMPARE(jsonOf(picked).value("energy").toString(),
             QString("0.5*theta_dot**2 - 9.81*cos(theta)"));
    QCOMPARE(jsonOf(picked).value("source").toObject().value("candidate").toInt(), 1);
    QVERIFY2(rollout.status == 0, qPrintable(rollout.error));
    const Table table = readTable(out);
    QCOMPARE(table.header, QStringList({"t", "theta", "theta_dot", "energy", "p_theta"}));
    QCOMPARE(table.rows.back()[1], 2.5);
    QCOMPARE(table.rows.back()[4], 2.0);
}

void TestConservedCommand::networkModelHasNoFormula()
{
    const QString model = m_directory.filePath("network");
    const QString out = m_directory.filePath("network.csv");
    const CommandResult trained =
        runLab({"train", "--system", "pendulum", "--epochs", "5", "--width", "16", "--trajectories",
                "2", "--duration", "2", "--seed", "3", "--out", model});
    QVERIFY2(trained.status == 0, qPrintable(trained.error));

    const CommandResult conserved = runLab({"conserved", "--model", model});
    const CommandResult rollout = runLab({"rollout", "--model", model, "--state", "0.5,0", "--dt",
                                          "0.01", "--steps", "50", "--out", out});

    QVERIFY2(conserved.status == 0, qPrintable(conserved.error));
    const QJsonObject object = jsonOf(conserved);
    QVERIFY(object.value("energy").isNull());
    QVERIFY(object.value("lagrangian").isNull());
    QVERIFY(object.value("energy_note").toString().contains("network"));
    QCOMPARE(object.value("tolerance").toDouble(), 0.01);
    QCOMPARE(object.value("source").toObject().value("kind").toString(), QString("network"));
    QVERIFY2(rollout.status == 0, qPrintable(rollout.error));
    const Table table = readTable(out);
    QCOMPARE(table.header.mid(0, 4), QStringList({"t", "theta", "theta_dot", "energy"}));
    QCOMPARE(table.rows.size(), std::size_t(51));
}

void TestConservedCommand::rolloutRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    const QStringList base{"--lagrangian", pendulum, "--coordinates", "theta",     "--dt", "0.01",
                           "--steps",      "10",     "--out",         "unused.csv"};
    QTest::newRow("state length") << (base + QStringList{"--state", "1,0,0"})
                                  << "expected 2 comma-separated numbers";
    QTest::newRow("state not a number")
        << (base + QStringList{"--state", "1,x"}) << "item 2, \"x\", is not a finite number";
    QTest::newRow("integrator") << (base + QStringList{"--state", "1,0", "--integrator", "euler"})
                                << "expected rk4, adaptive or variational";
    QTest::newRow("time step") << QStringList{"--system", "pendulum",  "--state", "1,0",
                                              "--dt",     "-1",        "--steps", "10",
                                              "--out",    "unused.csv"}
                               << "invalid value \"-1\" for --dt";
    QTest::newRow("no steps") << QStringList{"--system", "pendulum", "--state", "1,0",
                                             "--dt",     "0.1",      "--out",   "unused.csv"}
                              << "missing --dt or --steps";
    QTest::newRow("two sources") << (base + QStringList{"--state", "1,0", "--system", "spring"})
                                 << "give exactly one of";
    QTest::newRow("candidate range")
        << QStringList{"--run", "RUN", "--candidate", "5",  "--state", "1,0",
                       "--dt",  "0.1", "--steps",     "10", "--out",   "unused.csv"}
        << "has 2 candidates, numbered 0 to 1";
    QTest::newRow("missing front")
        << QStringList{"--run", "MISSING", "--state", "1,0",   "--dt",
                       "0.1",   "--steps", "10",      "--out", "unused.csv"}
        << "pareto.json";
    QTest::newRow("planar name") << (base + QStringList{"--state", "1,0", "--planar", "theta,y"})
                                 << "invalid --planar \"theta,y\"";
}

void TestConservedCommand::rolloutRejectsBadInput()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    options.replaceInStrings("RUN", m_run);
    options.replaceInStrings("MISSING", m_directory.filePath("missing"));
    options.replaceInStrings("unused.csv", m_directory.filePath("unused.csv"));

    const CommandResult result = runLab(QStringList{"rollout"} + options);

    QVERIFY(result.status != 0);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(result.error.startsWith("lagrangian-lab rollout: "));
    QVERIFY(!QFile::exists(m_directory.filePath("unused.csv")));
}

void TestConservedCommand::rolloutReportsBlowUp()
{
    // L = 1/2 x_dot^2 + x^4 / 4: the force x^3 drives x to infinity at t = 1.85 s from x = 1
    // at rest (the integral of dx / sqrt((x^4 - 1) / 2) from 1 to infinity).
    const CommandResult result = runLab(
        {"rollout", "--lagrangian", "0.5*x_dot^2 + 0.25*x^4", "--coordinates", "x", "--state",
         "1,0", "--dt", "0.01", "--steps", "1000", "--out", m_directory.filePath("blowup.csv")});

    QCOMPARE(result.status, 1);
    QVERIFY2(result.error.contains("the rollout failed at step"), qPrintable(result.error));
    QVERIFY2(result.error.contains("(t = 1."), qPrintable(result.error));
    QVERIFY2(result.error.contains("smaller time step"), qPrintable(result.error));
}

void TestConservedCommand::conservedRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no source") << QStringList{} << "give exactly one of";
    QTest::newRow("coordinates missing")
        << QStringList{"--lagrangian", pendulum} << "missing --coordinates";
    QTest::newRow("candidate without run")
        << QStringList{"--system", "pendulum", "--candidate", "1"} << "--candidate needs --run DIR";
    QTest::newRow("candidate not a number")
        << QStringList{"--run", "RUN", "--candidate", "one"} << "invalid --candidate \"one\"";
    QTest::newRow("tolerance") << QStringList{"--system", "pendulum", "--tolerance", "0"}
                               << "invalid value \"0\" for --tolerance";
    QTest::newRow("ranges") << QStringList{"--system", "pendulum", "--ranges", "phi=1:2"}
                            << "\"phi\" is not a coordinate or velocity";
    QTest::newRow("undefined box")
        << QStringList{"--lagrangian", "-sqrt(1 - x_dot^2)", "--coordinates", "x",
                       "--ranges",     "x_dot=2:3"}
        << "finite at only 0 of 2000 states";
    QTest::newRow("model directory")
        << QStringList{"--model", "MISSING"} << "model.json\" was not found";
    QTest::newRow("data file") << QStringList{"--data", "MISSING"} << "was not found";
    QTest::newRow("formula") << QStringList{"--lagrangian", "0.5*theta_dot^2 +", "--coordinates",
                                            "theta"}
                             << "the formula ends where";
}

void TestConservedCommand::conservedRejectsBadInput()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    options.replaceInStrings("RUN", m_run);
    options.replaceInStrings("MISSING", m_directory.filePath("missing.csv"));

    const CommandResult result = runLab(QStringList{"conserved"} + options);

    QVERIFY(result.status != 0);
    QVERIFY(result.output.isEmpty());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(result.error.startsWith("lagrangian-lab conserved: "));
}

void TestConservedCommand::dataDampingRecovered()
{
    const double gamma = 0.03;
    const QString data = m_directory.filePath("damped.csv");
    writeFile(data, dampedPendulumCsv(9.81, gamma, 90.0));

    const CommandResult result = runLab({"conserved", "--data", data});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const QJsonObject object = jsonOf(result);
    const QJsonObject damping = object.value("damping_coefficient").toObject();
    const QJsonObject loss = object.value("energy_loss_rate").toObject();
    const QString figures = QString(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QVERIFY2(std::abs(damping.value("value").toDouble() - gamma) < 0.05 * gamma,
             qPrintable(figures));
    QVERIFY2(damping.value("standard_error").toDouble() < 0.1 * gamma, qPrintable(figures));
    QVERIFY(damping.value("significant").toBool());
    QVERIFY2(std::abs(loss.value("value").toDouble() - gamma) < 0.1 * gamma, qPrintable(figures));
    QVERIFY(loss.value("significant").toBool());
    const QJsonObject model = object.value("source").toObject();
    QCOMPARE(model.value("kind").toString(), QString("fitted"));
    const double stiffness = model.value("stiffness").toArray().at(0).toDouble();
    QVERIFY2(std::abs(stiffness - 9.81) < 0.01 * 9.81, qPrintable(figures));
    const QJsonObject best = object.value("best_conservative_model").toObject();
    QVERIFY(best.value("damped").toBool());
    QVERIFY(best.value("sympy").toString().contains("cos(theta)"));
    QVERIFY(best.value("statement").toString().contains("best conservative model"));
}

void TestConservedCommand::dataDampingWithCandidate()
{
    const QString data = m_directory.filePath("undamped.csv");
    writeFile(data, dampedPendulumCsv(9.81, 0.0, 60.0));

    const CommandResult result = runLab({"conserved", "--data", data, "--run", m_run});

    QVERIFY2(result.status == 0, qPrintable(result.error));
    const QJsonObject object = jsonOf(result);
    const QString figures = QString(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QCOMPARE(object.value("source").toObject().value("kind").toString(), QString("candidate"));
    const QJsonObject damping = object.value("damping_coefficient").toObject();
    QVERIFY2(std::abs(damping.value("value").toDouble()) <
                 4.0 * damping.value("standard_error").toDouble() + 1e-4,
             qPrintable(figures));
    const QJsonObject best = object.value("best_conservative_model").toObject();
    QVERIFY2(!best.value("damped").toBool(), qPrintable(figures));
    QCOMPARE(best.value("sympy").toString(), QString("0.5*theta_dot**2 + 9.81*cos(theta)"));
}

QTEST_GUILESS_MAIN(TestConservedCommand)
#include "test_conservedcommand.moc"
