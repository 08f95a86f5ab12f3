#include "data/measuredreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numbers>
#include <random>

using namespace lab;

Q_DECLARE_METATYPE(lab::ErrorKind)

namespace {

constexpr double length = 1.47;                   // m, pivot to bob
constexpr double gravity = 9.81;                  // m/s^2
constexpr double amplitude = 0.28;                // rad, the angle at the first sample
constexpr double omegaSquared = gravity / length; // s^-2, small-angle (2 pi / period)^2

/// A simulated pendulum filmed like a Tracker video: angle theta(t) of the ODE
/// theta'' = -(g / L) sin(theta), released at rest from `amplitude`, and the bob's
/// position (x, y) = pivot + L (sin theta, -cos theta) plus Gaussian noise.
struct PendulumRun
{
    Eigen::VectorXd t;
    Eigen::VectorXd theta;
    Eigen::VectorXd x;
    Eigen::VectorXd y;
};

/// Returns (theta', omega') of the pendulum ODE.
Eigen::Vector2d pendulumRate(const Eigen::Vector2d& state)
{
    return {state[1], -omegaSquared * std::sin(state[0])};
}

/// Advances the state by `duration` seconds with classical Runge-Kutta steps of at most 1 ms.
Eigen::Vector2d integrate(Eigen::Vector2d state, double duration)
{
    const int steps = std::max(1, static_cast<int>(std::ceil(duration / 1e-3)));
    const double h = duration / steps;
    for (int i = 0; i < steps; ++i) {
        const Eigen::Vector2d k1 = pendulumRate(state);
        const Eigen::Vector2d k2 = pendulumRate(state + 0.5 * h * k1);
        const Eigen::Vector2d k3 = pendulumRate(state + 0.5 * h * k2);
        const Eigen::Vector2d k4 = pendulumRate(state + h * k3);
        state += h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
    }
    return state;
}

/// Samples the pendulum at 30 frames per second with Tracker's irregular steps (31.7 ms at
/// every 7th sample, 35 ms at every 11th), starting at time `start`.
PendulumRun simulatePendulum(int samples, double start, const Eigen::Vector2d& pivot, double noise,
                             unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> gaussian(0.0, 1.0);
    PendulumRun run;
    run.t.resize(samples);
    run.theta.resize(samples);
    run.x.resize(samples);
    run.y.resize(samples);

    Eigen::Vector2d state(amplitude, 0.0);
    double time = start;
    for (int i = 0; i < samples; ++i) {
        const double step = i % 7 == 3 ? 0.0317 : (i % 11 == 5 ? 0.035 : 1.0 / 30.0);
        if (i > 0) {
            state = integrate(state, step);
            time += step;
        }
        run.t[i] = time;
        run.theta[i] = state[0];
        run.x[i] = pivot.x() + length * std::sin(state[0]) + noise * gaussian(generator);
        run.y[i] = pivot.y() - length * std::cos(state[0]) + noise * gaussian(generator);
    }
    return run;
}

/// Number format, delimiter and line end of a written table.
struct TextFormat
{
    QByteArray delimiter = "\t";
    QByteArray lineEnd = "\r\n";
    bool decimalComma = false;
    char notation = 'g';
    int precision = 17;
};

QByteArray formatNumber(double value, const TextFormat& format)
{
    QByteArray text = QByteArray::number(value, format.notation, format.precision);
    if (format.decimalComma)
        text.replace('.', ',');
    return text;
}

/// Writes the header lines, then one row per entry of the columns.
QByteArray formatTable(const QList<QByteArray>& headerLines,
                       const std::vector<Eigen::VectorXd>& columns, const TextFormat& format)
{
    QByteArray text;
    for (const QByteArray& line : headerLines)
        text += line + format.lineEnd;
    for (Eigen::Index row = 0; row < columns.front().size(); ++row) {
        QList<QByteArray> cells;
        for (const Eigen::VectorXd& column : columns)
            cells << formatNumber(column[row], format);
        text += cells.join(format.delimiter) + format.lineEnd;
    }
    return text;
}

QByteArray trackerText(const PendulumRun& run, const QList<QByteArray>& headerLines,
                       const TextFormat& format = {})
{
    return formatTable(headerLines, {run.t, run.x, run.y}, format);
}

/// Returns the angle atan2(x - x0, -(y - y0)) of every row.
Eigen::VectorXd bobAngle(const PendulumRun& run, const Eigen::Vector2d& pivot)
{
    Eigen::VectorXd angle(run.t.size());
    for (Eigen::Index i = 0; i < angle.size(); ++i)
        angle[i] = std::atan2(run.x[i] - pivot.x(), -(run.y[i] - pivot.y()));
    return angle;
}

/// Fits qdd = -c sin(q) by least squares over the rows away from the ends and returns c.
double fitStiffness(const MeasuredData& data)
{
    const Trajectory& trajectory = data.trajectory;
    const int margin = data.window;
    const int count = trajectory.samples() - 2 * margin;
    const Eigen::VectorXd sine = trajectory.q.col(0).segment(margin, count).array().sin();
    const Eigen::VectorXd acceleration = trajectory.qdd.col(0).segment(margin, count);
    return -sine.dot(acceleration) / sine.squaredNorm();
}

/// Returns the data rows of a small valid Tracker file: t = 0.1 i, x = 0.4 + 0.001 i, y = -1.4.
QList<QByteArray> simpleRows(int count)
{
    QList<QByteArray> rows;
    for (int i = 0; i < count; ++i) {
        rows << QByteArray::number(0.1 * i, 'g', 12) + '\t' +
                    QByteArray::number(0.4 + 0.001 * i, 'g', 12) + "\t-1.4";
    }
    return rows;
}

QByteArray joinLines(const QList<QByteArray>& lines)
{
    return lines.join("\r\n") + "\r\n";
}

QByteArray simpleFile(int rows)
{
    return joinLines(QList<QByteArray>{"t\tx\ty"} + simpleRows(rows));
}

/// Returns simpleFile(30) with data row `row` (0-based, on line row + 2) replaced.
QByteArray simpleFileWithRow(int row, const QByteArray& replacement)
{
    QList<QByteArray> rows = simpleRows(30);
    rows[row] = replacement;
    return joinLines(QList<QByteArray>{"t\tx\ty"} + rows);
}

/// Returns the error of a failed read as "kind K, line L, column C: text", or "" on success.
template <class T>
QString failure(const Result<T>& result)
{
    if (result.ok())
        return QString();
    const Error& error = result.error();
    return QStringLiteral("kind %1, line %2, column %3: %4")
        .arg(static_cast<int>(error.kind))
        .arg(error.line)
        .arg(error.column)
        .arg(error.text);
}

QString describe(const char* quantity, double value, double bound)
{
    return QStringLiteral("%1 = %2, bound %3").arg(QLatin1String(quantity)).arg(value).arg(bound);
}

} // namespace

class TestMeasuredReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trackerWithoutTrackName();
    void trackerWithTrackName();
    void trackSuffixHeader();
    void layoutVariants_data();
    void layoutVariants();
    void fitArcRecoversPivot();
    void originPivotRecordsRadius();
    void cartesianCoordinates();
    void genericCsv();
    void genericNames();
    void anglesUnwrapped();
    void untrackedRowsSkipped();
    void badInput_data();
    void badInput();
    void collinearFitArc();
    void missingFile();
    void directoryUnreadable();
    void fitCircleExact();
    void fitCircleRejectsDegenerate();
    void noCrashOnGarbage();

private:
    /// Writes `content` to a new file in the temporary directory and reads it back.
    Result<MeasuredData> readContent(const QByteArray& content, const ImportOptions& options = {});

    QTemporaryDir m_dir;
    QString m_lastPath;
    int m_fileCount = 0;
};

Result<MeasuredData> TestMeasuredReader::readContent(const QByteArray& content,
                                                     const ImportOptions& options)
{
    m_lastPath = m_dir.filePath(QStringLiteral("track-%1.txt").arg(++m_fileCount));
    QFile file(m_lastPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("Failed to write the test file %s", qPrintable(m_lastPath));
    file.close();
    return readMeasured(m_lastPath, options);
}

void TestMeasuredReader::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestMeasuredReader::trackerWithoutTrackName()
{
    const PendulumRun run = simulatePendulum(600, 0.0, Eigen::Vector2d::Zero(), 2e-4, 1);
    const Result<MeasuredData> result = readContent(trackerText(run, {"t\tx\ty"}));
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const MeasuredData& data = *result;

    QCOMPARE(data.file, m_lastPath);
    QCOMPARE(data.trackName, QString());
    QCOMPARE(data.delimiter, QChar(u'\t'));
    QVERIFY(!data.decimalComma);
    QVERIFY(data.pendulumTrack);
    QCOMPARE(data.coordinates.size(), std::size_t(1));
    QCOMPARE(data.coordinates[0].name, QStringLiteral("theta"));
    QCOMPARE(data.coordinates[0].unit, QStringLiteral("rad"));
    QVERIFY(data.coordinates[0].isAngle);
    QCOMPARE(data.rawTime.size(), run.t.size());
    QCOMPARE(data.trajectory.samples(), 600);
    QCOMPARE(data.trajectory.t, data.rawTime);

    const double angleError =
        (data.rawPositions.col(0) - bobAngle(run, {0, 0})).cwiseAbs().maxCoeff();
    QVERIFY2(angleError < 1e-12, qPrintable(describe("angle - atan2(x, -y)", angleError, 1e-12)));
    const double peak = data.rawPositions.cwiseAbs().maxCoeff();
    QVERIFY2(std::abs(peak - amplitude) < 2e-3, qPrintable(describe("amplitude", peak, amplitude)));

    // Angle noise is the position noise across the string: 2e-4 m / 1.47 m.
    const double noiseRatio = data.noise / (2e-4 / length);
    QVERIFY2(std::abs(noiseRatio - 1.0) < 0.2,
             qPrintable(describe("noise ratio", noiseRatio, 1.2)));
    QVERIFY2(data.window >= 7, qPrintable(QStringLiteral("window %1").arg(data.window)));
    QVERIFY2(data.window % 2 == 1, qPrintable(QStringLiteral("window %1").arg(data.window)));

    const double stiffness = fitStiffness(data);
    QVERIFY2(std::abs(stiffness / omegaSquared - 1.0) < 0.005,
             qPrintable(describe("c / (g / L)", stiffness / omegaSquared, 1.005)));
}

void TestMeasuredReader::trackerWithTrackName()
{
    const PendulumRun run = simulatePendulum(600, 0.0, Eigen::Vector2d::Zero(), 2e-4, 2);
    const Eigen::VectorXd func = -0.7 * run.t;
    const QByteArray text =
        formatTable({"mass_B", "t\tx\ty\tfunc"}, {run.t, run.x, run.y, func}, {});
    const Result<MeasuredData> result = readContent(text);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const MeasuredData& data = *result;

    QCOMPARE(data.trackName, QStringLiteral("mass_B"));
    QVERIFY(data.pendulumTrack);
    QCOMPARE(data.coordinates.size(), std::size_t(1));
    QCOMPARE(data.rawPositions.cols(), Eigen::Index(1));
    QCOMPARE(data.rawTime, run.t);

    const double angleError =
        (data.rawPositions.col(0) - bobAngle(run, {0, 0})).cwiseAbs().maxCoeff();
    QVERIFY2(angleError < 1e-12, qPrintable(describe("angle - atan2(x, -y)", angleError, 1e-12)));
    const double stiffness = fitStiffness(data);
    QVERIFY2(std::abs(stiffness / omegaSquared - 1.0) < 0.005,
             qPrintable(describe("c / (g / L)", stiffness / omegaSquared, 1.005)));
}

void TestMeasuredReader::trackSuffixHeader()
{
    const PendulumRun run = simulatePendulum(100, 0.0, Eigen::Vector2d::Zero(), 0.0, 3);
    const Result<MeasuredData> result = readContent(trackerText(run, {"T_{1}\tx_{1}\tY_{mass A}"}));
    QVERIFY2(result.ok(), qPrintable(failure(result)));

    QVERIFY(result->pendulumTrack);
    QCOMPARE(result->coordinates.size(), std::size_t(1));
    QCOMPARE(result->coordinates[0].name, QStringLiteral("theta"));
    const double angleError = (result->rawPositions.col(0) - run.theta).cwiseAbs().maxCoeff();
    QVERIFY2(angleError < 1e-12, qPrintable(describe("angle error", angleError, 1e-12)));
}

void TestMeasuredReader::layoutVariants_data()
{
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<char>("notation");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("start");
    QTest::addColumn<QChar>("expectedDelimiter");

    const QByteArray crlf = "\r\n";
    QTest::newRow("tab, LF") << QByteArray("\t") << QByteArray("\n") << false << 'g' << 17 << 0.0
                             << QChar(u'\t');
    QTest::newRow("comma") << QByteArray(",") << crlf << false << 'g' << 17 << 0.0 << QChar(u',');
    QTest::newRow("comma and space")
        << QByteArray(", ") << crlf << false << 'g' << 17 << 0.0 << QChar(u',');
    QTest::newRow("semicolon") << QByteArray(";") << crlf << false << 'g' << 17 << 0.0
                               << QChar(u';');
    QTest::newRow("spaces") << QByteArray("   ") << crlf << false << 'g' << 17 << 0.0
                            << QChar(u' ');
    QTest::newRow("decimal comma, semicolon")
        << QByteArray(";") << crlf << true << 'g' << 17 << 0.0 << QChar(u';');
    QTest::newRow("decimal comma, tab")
        << QByteArray("\t") << crlf << true << 'g' << 17 << 0.0 << QChar(u'\t');
    QTest::newRow("decimal comma, space")
        << QByteArray(" ") << QByteArray("\n") << true << 'g' << 17 << 0.0 << QChar(u' ');
    QTest::newRow("E-notation") << QByteArray("\t") << crlf << false << 'e' << 16 << 0.0
                                << QChar(u'\t');
    QTest::newRow("E-notation, upper case")
        << QByteArray(",") << crlf << false << 'E' << 16 << 0.0 << QChar(u',');
    QTest::newRow("start at 12.5 s")
        << QByteArray("\t") << crlf << false << 'g' << 17 << 12.5 << QChar(u'\t');
    QTest::newRow("negative start")
        << QByteArray(";") << crlf << false << 'g' << 17 << -3.0 << QChar(u';');
    QTest::newRow("CR line ends") << QByteArray("\t") << QByteArray("\r") << false << 'g' << 17
                                  << 0.0 << QChar(u'\t');
}

void TestMeasuredReader::layoutVariants()
{
    QFETCH(QByteArray, delimiter);
    QFETCH(QByteArray, lineEnd);
    QFETCH(bool, decimalComma);
    QFETCH(char, notation);
    QFETCH(int, precision);
    QFETCH(double, start);
    QFETCH(QChar, expectedDelimiter);

    const PendulumRun run = simulatePendulum(60, start, Eigen::Vector2d::Zero(), 1e-4, 4);
    const TextFormat format{delimiter, lineEnd, decimalComma, notation, precision};
    const QByteArray header = QByteArray("t") + delimiter + "x" + delimiter + "y";
    const Result<MeasuredData> result = readContent(trackerText(run, {header}, format));
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const MeasuredData& data = *result;

    QCOMPARE(data.delimiter, expectedDelimiter);
    QCOMPARE(data.decimalComma, decimalComma);
    QVERIFY(data.pendulumTrack);
    QCOMPARE(data.rawTime.size(), Eigen::Index(60));
    QCOMPARE(data.rawTime[0], start);
    const double timeError = (data.rawTime - run.t).cwiseAbs().maxCoeff();
    QVERIFY2(timeError < 1e-12, qPrintable(describe("time error", timeError, 1e-12)));
    const double angleError =
        (data.rawPositions.col(0) - bobAngle(run, {0, 0})).cwiseAbs().maxCoeff();
    QVERIFY2(angleError < 1e-12, qPrintable(describe("angle error", angleError, 1e-12)));
    QCOMPARE(data.trajectory.qdd.rows(), Eigen::Index(60));
}

void TestMeasuredReader::fitArcRecoversPivot()
{
    const Eigen::Vector2d pivot(0.01, -0.02);
    const PendulumRun run = simulatePendulum(600, 0.0, pivot, 1e-4, 5);
    ImportOptions options;
    options.pivot = PivotMode::FitArc;
    const Result<MeasuredData> result = readContent(trackerText(run, {"t\tx\ty"}), options);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const MeasuredData& data = *result;

    const double pivotError = (data.pivot - pivot).norm();
    QVERIFY2(pivotError < 5e-4, qPrintable(describe("pivot error (m)", pivotError, 5e-4)));
    QVERIFY2(std::abs(data.radius - length) < 5e-4,
             qPrintable(describe("radius (m)", data.radius, length)));

    const double fitAngleError =
        (data.rawPositions.col(0) - bobAngle(run, data.pivot)).cwiseAbs().maxCoeff();
    QVERIFY2(fitAngleError < 1e-12,
             qPrintable(describe("angle about pivot", fitAngleError, 1e-12)));
    const double trueAngleError = (data.rawPositions.col(0) - run.theta).cwiseAbs().maxCoeff();
    QVERIFY2(trueAngleError < 1e-3, qPrintable(describe("angle error", trueAngleError, 1e-3)));
}

void TestMeasuredReader::originPivotRecordsRadius()
{
    const PendulumRun run = simulatePendulum(100, 0.0, Eigen::Vector2d::Zero(), 1e-4, 6);
    const Result<MeasuredData> result = readContent(trackerText(run, {"t\tx\ty"}));
    QVERIFY2(result.ok(), qPrintable(failure(result)));

    QVERIFY2(result->pivot.isZero(0.0), "the pivot is not at the origin");
    QVERIFY2(std::abs(result->radius - length) < 1e-3,
             qPrintable(describe("radius (m)", result->radius, length)));
}

void TestMeasuredReader::cartesianCoordinates()
{
    const PendulumRun run = simulatePendulum(100, 0.0, Eigen::Vector2d::Zero(), 1e-4, 7);
    ImportOptions options;
    options.point = PointCoordinates::Cartesian;
    const Result<MeasuredData> result = readContent(trackerText(run, {"t\tx\ty"}), options);
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const MeasuredData& data = *result;

    QVERIFY(!data.pendulumTrack);
    QCOMPARE(data.coordinates.size(), std::size_t(2));
    QCOMPARE(data.coordinates[0].name, QStringLiteral("x"));
    QCOMPARE(data.coordinates[1].name, QStringLiteral("y"));
    QCOMPARE(data.coordinates[0].unit, QStringLiteral("m"));
    QVERIFY(!data.coordinates[0].isAngle);
    QVERIFY(!data.coordinates[1].isAngle);
    QCOMPARE(data.rawPositions.col(0), run.x);
    QCOMPARE(data.rawPositions.col(1), run.y);
    QCOMPARE(data.trajectory.dof(), 2);
    QCOMPARE(data.trajectory.qd.cols(), Eigen::Index(2));
}

void TestMeasuredReader::genericCsv()
{
    // theta = 0.3 sin(2 t) and phi = 0.2 cos(3 t) at 100 Hz from t = 5 s, noise-free.
    const Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(500, 5.0, 9.99);
    const Eigen::VectorXd theta = 0.3 * (2.0 * t).array().sin();
    const Eigen::VectorXd phi = 0.2 * (3.0 * t).array().cos();
    TextFormat format;
    format.delimiter = ",";
    format.lineEnd = "\n";
    const Result<MeasuredData> result =
        readContent(formatTable({"time,theta,phi"}, {t, theta, phi}, format));
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const MeasuredData& data = *result;

    QVERIFY(!data.pendulumTrack);
    QCOMPARE(data.delimiter, QChar(u','));
    QCOMPARE(data.coordinates.size(), std::size_t(2));
    QCOMPARE(data.coordinates[0].name, QStringLiteral("theta"));
    QCOMPARE(data.coordinates[1].name, QStringLiteral("phi"));
    QVERIFY(data.coordinates[0].isAngle);
    QVERIFY(data.coordinates[1].isAngle);
    QCOMPARE(data.coordinates[1].unit, QStringLiteral("rad"));
    QCOMPARE(data.rawPositions.col(0), theta);

    // The windows at the ends are shifted inwards, so the fit is one-sided there and less
    // accurate than in the interior.
    Eigen::MatrixXd accelerationError(t.size(), 2);
    accelerationError.col(0) = data.trajectory.qdd.col(0) + 4.0 * theta;
    accelerationError.col(1) = data.trajectory.qdd.col(1) + 9.0 * phi;
    const double interiorError =
        accelerationError.middleRows(data.window, t.size() - 2 * data.window).cwiseAbs().maxCoeff();
    const double endError = accelerationError.cwiseAbs().maxCoeff();
    QVERIFY2(interiorError < 1e-6, qPrintable(describe("interior q'' error", interiorError, 1e-6)));
    QVERIFY2(endError < 5e-4, qPrintable(describe("q'' error at the ends", endError, 5e-4)));
}

void TestMeasuredReader::genericNames()
{
    QList<QByteArray> lines = {"Time;Theta 1;x (m);2nd;;phi;Angle;x [m]"};
    for (int i = 0; i < 30; ++i) {
        const QByteArray value = QByteArray::number(0.01 * i * i, 'g', 12);
        lines << QByteArray::number(i) + ";" + value + ";" + value + ";" + value + ";" + value +
                     ";" + value + ";" + value + ";" + value;
    }
    const Result<MeasuredData> result = readContent(joinLines(lines));
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const std::vector<Coordinate>& coordinates = result->coordinates;

    const QStringList names = {"Theta_1", "x", "q2nd", "q5", "phi", "Angle", "x_2"};
    const QList<bool> angles = {true, false, false, false, true, true, false};
    QCOMPARE(coordinates.size(), std::size_t(names.size()));
    for (std::size_t i = 0; i < coordinates.size(); ++i) {
        QCOMPARE(coordinates[i].name, names[i]);
        QCOMPARE(coordinates[i].isAngle, angles[i]);
        QCOMPARE(coordinates[i].unit, angles[i] ? QStringLiteral("rad") : QString());
    }
}

void TestMeasuredReader::anglesUnwrapped()
{
    // A bob going round the pivot at 3 rad/s: atan2 wraps at +-pi, the reader must not.
    const Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(300, 0.0, 299.0 / 30.0);
    const Eigen::VectorXd x = length * (3.0 * t).array().sin();
    const Eigen::VectorXd y = -length * (3.0 * t).array().cos();
    const Result<MeasuredData> track = readContent(formatTable({"t\tx\ty"}, {t, x, y}, {}));
    QVERIFY2(track.ok(), qPrintable(failure(track)));

    const double trackError = (track->rawPositions.col(0) - 3.0 * t).cwiseAbs().maxCoeff();
    QVERIFY2(trackError < 1e-9, qPrintable(describe("unwrapped angle error", trackError, 1e-9)));
    const double rateError = (track->trajectory.qd.col(0).array() - 3.0).abs().maxCoeff();
    QVERIFY2(rateError < 1e-6, qPrintable(describe("angular velocity error", rateError, 1e-6)));

    // A generic angle column written wrapped into [-pi, pi).
    Eigen::VectorXd wrapped = 3.0 * t;
    for (double& angle : wrapped)
        angle = std::remainder(angle, 2.0 * std::numbers::pi);
    const Result<MeasuredData> generic =
        readContent(formatTable({"t,phi"}, {t, wrapped}, {",", "\n"}));
    QVERIFY2(generic.ok(), qPrintable(failure(generic)));
    const Eigen::VectorXd shift =
        (generic->rawPositions.col(0) - 3.0 * t).array() - generic->rawPositions(0, 0);
    QVERIFY2(shift.cwiseAbs().maxCoeff() < 1e-9,
             qPrintable(describe("generic angle error", shift.cwiseAbs().maxCoeff(), 1e-9)));
}

void TestMeasuredReader::untrackedRowsSkipped()
{
    QList<QByteArray> lines = {"t\tx\ty"};
    lines << simpleRows(30);
    lines[5] = "0.4\t\t"; // Tracker leaves both cells of an untracked frame empty
    lines[9] = "0.8\t \t ";
    lines[12] = "\t\t";
    const Result<MeasuredData> result = readContent(joinLines(lines));
    QVERIFY2(result.ok(), qPrintable(failure(result)));

    QCOMPARE(result->rawTime.size(), Eigen::Index(27));
    QCOMPARE(result->rawTime[4], 0.5);
}

void TestMeasuredReader::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("limit");

    const QList<QByteArray> rows = simpleRows(30);
    QTest::newRow("empty file") << QByteArray() << ErrorKind::EmptyFile << 0 << 0 << QString()
                                << 0.0 << 0.0;
    QTest::newRow("blank lines only") << QByteArray("\r\n  \r\n\t\r\n") << ErrorKind::EmptyFile << 0
                                      << 0 << QString() << 0.0 << 0.0;
    QTest::newRow("numeric first row") << joinLines(rows) << ErrorKind::MissingHeader << 1 << 1
                                       << QString("0\t0.4\t-1.4") << 0.0 << 0.0;
    QTest::newRow("numeric row after blank lines")
        << "\r\n \r\n" + joinLines(rows) << ErrorKind::MissingHeader << 3 << 1
        << QString("0\t0.4\t-1.4") << 0.0 << 0.0;
    QTest::newRow("decimal comma first row")
        << joinLines({"0,5;1;2", "0,6;1;2", "0,7;1;2"}) << ErrorKind::MissingHeader << 1 << 1
        << QString("0,5;1;2") << 0.0 << 0.0;
    QTest::newRow("row with two cells")
        << simpleFileWithRow(5, "0.5\t0.41") << ErrorKind::ColumnCountMismatch << 7 << 3
        << QString("0.5\t0.41") << 3.0 << 0.0;
    QTest::newRow("row with one cell")
        << simpleFileWithRow(6, "0.6") << ErrorKind::ColumnCountMismatch << 8 << 2 << QString("0.6")
        << 3.0 << 0.0;
    QTest::newRow("text in x") << simpleFileWithRow(3, "0.3\tabc\t-1.4") << ErrorKind::NotANumber
                               << 5 << 2 << QString("abc") << 0.0 << 0.0;
    QTest::newRow("two decimal points in t")
        << simpleFileWithRow(2, "0.2.1\t0.402\t-1.4") << ErrorKind::NotANumber << 4 << 1
        << QString("0.2.1") << 0.0 << 0.0;
    QTest::newRow("decimal comma with comma delimiter")
        << joinLines({"t,x,y", "0,0.4,-1.4", "0.1,0.4,-1,4"}) << ErrorKind::ColumnCountMismatch << 3
        << 4 << QString("0.1,0.4,-1,4") << 3.0 << 0.0;
    QTest::newRow("empty x cell") << simpleFileWithRow(4, "0.4\t\t-1.4") << ErrorKind::NotANumber
                                  << 6 << 2 << QString() << 0.0 << 0.0;
    QTest::newRow("empty time cell") << simpleFileWithRow(4, "\t0.404\t-1.4")
                                     << ErrorKind::NotANumber << 6 << 1 << QString() << 0.0 << 0.0;
    QTest::newRow("nan in y") << simpleFileWithRow(8, "0.8\t0.408\tnan")
                              << ErrorKind::NonFiniteValue << 10 << 3 << QString("nan") << 0.0
                              << 0.0;
    QTest::newRow("-inf in x") << simpleFileWithRow(8, "0.8\t-inf\t-1.4")
                               << ErrorKind::NonFiniteValue << 10 << 2 << QString("-inf") << 0.0
                               << 0.0;
    QTest::newRow("Infinity in t")
        << simpleFileWithRow(8, "Infinity\t0.408\t-1.4") << ErrorKind::NonFiniteValue << 10 << 1
        << QString("Infinity") << 0.0 << 0.0;
    QTest::newRow("overflow in y")
        << simpleFileWithRow(8, "0.8\t0.408\t1e400") << ErrorKind::NonFiniteValue << 10 << 3
        << QString("1e400") << 0.0 << 0.0;
    QTest::newRow("time goes back")
        << simpleFileWithRow(10, "0.75\t0.41\t-1.4") << ErrorKind::NonIncreasingTime << 12 << 1
        << QString("0.75") << 0.9 << 0.0;
    QTest::newRow("time repeats") << simpleFileWithRow(10, "0.9\t0.41\t-1.4")
                                  << ErrorKind::DuplicateTime << 12 << 1 << QString("0.9") << 0.9
                                  << 0.0;
    QTest::newRow("too few rows") << simpleFile(5) << ErrorKind::TooFewRows << 0 << 0 << QString()
                                  << 5.0 << 20.0;
    QTest::newRow("header only") << QByteArray("t\tx\ty\r\n") << ErrorKind::TooFewRows << 0 << 0
                                 << QString() << 0.0 << 20.0;
    QTest::newRow("single column")
        << joinLines({"t", "0", "1", "2"}) << ErrorKind::ColumnCountMismatch << 1 << 2
        << QString("t") << 2.0 << 0.0;

    // Blank lines count: the header is line 1, rows 0-2 are lines 2-4, line 5 is blank and
    // row 3 is line 6, so row 5 is line 8.
    QList<QByteArray> withBlank = QList<QByteArray>{"t\tx\ty"} + rows;
    withBlank[6] = "0.5\tx5\t-1.4";
    withBlank.insert(4, "");
    QTest::newRow("line number after blank line")
        << joinLines(withBlank) << ErrorKind::NotANumber << 8 << 2 << QString("x5") << 0.0 << 0.0;

    // With a track-name line the header is line 2, so row 0 is line 3.
    QTest::newRow("line number after track name")
        << joinLines(QList<QByteArray>{"mass_B", "t\tx\ty", "0\t0.4\t#"}) << ErrorKind::NotANumber
        << 3 << 3 << QString("#") << 0.0 << 0.0;
}

void TestMeasuredReader::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(ErrorKind, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(double, limit);

    const Result<MeasuredData> result = readContent(content);
    QVERIFY2(!result.ok(), "the input was accepted");
    const Error& error = result.error();

    QCOMPARE(static_cast<int>(error.kind), static_cast<int>(kind));
    QCOMPARE(error.file, m_lastPath);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.text, text);
    QCOMPARE(error.value, value);
    QCOMPARE(error.limit, limit);
}

void TestMeasuredReader::collinearFitArc()
{
    QList<QByteArray> lines = {"t\tx\ty"};
    for (int i = 0; i < 30; ++i)
        lines << QByteArray::number(0.1 * i) + '\t' + QByteArray::number(0.01 * i) + "\t-1.4";
    ImportOptions options;
    options.pivot = PivotMode::FitArc;
    const Result<MeasuredData> result = readContent(joinLines(lines), options);
    QVERIFY2(!result.ok(), "collinear points were accepted");

    QCOMPARE(static_cast<int>(result.error().kind), static_cast<int>(ErrorKind::InvalidParameter));
    QCOMPARE(result.error().text, QStringLiteral("collinear points"));
    QCOMPARE(result.error().file, m_lastPath);
}

void TestMeasuredReader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-file.txt"));
    const Result<MeasuredData> result = readMeasured(path);
    QVERIFY2(!result.ok(), "a missing file was read");

    QCOMPARE(static_cast<int>(result.error().kind), static_cast<int>(ErrorKind::FileNotFound));
    QCOMPARE(result.error().file, path);
}

void TestMeasuredReader::directoryUnreadable()
{
    const Result<MeasuredData> result = readMeasured(m_dir.path());
    QVERIFY2(!result.ok(), "a directory was read");

    QCOMPARE(static_cast<int>(result.error().kind), static_cast<int>(ErrorKind::FileUnreadable));
    QCOMPARE(result.error().file, m_dir.path());
    QVERIFY2(!result.error().text.isEmpty(), "no reason given");
}

void TestMeasuredReader::fitCircleExact()
{
    // Twelve points on a 40-degree arc of the circle centred at (0.3, -0.2) with radius 1.2.
    Eigen::MatrixX2d points(12, 2);
    for (int i = 0; i < 12; ++i) {
        const double angle = -0.35 + 0.7 * i / 11.0;
        points(i, 0) = 0.3 + 1.2 * std::sin(angle);
        points(i, 1) = -0.2 - 1.2 * std::cos(angle);
    }
    const Result<Eigen::Vector3d> circle = fitCircle(points);
    QVERIFY2(circle.ok(), "the fit failed");

    QVERIFY2(std::abs((*circle)[0] - 0.3) < 1e-9, qPrintable(describe("cx", (*circle)[0], 0.3)));
    QVERIFY2(std::abs((*circle)[1] + 0.2) < 1e-9, qPrintable(describe("cy", (*circle)[1], -0.2)));
    QVERIFY2(std::abs((*circle)[2] - 1.2) < 1e-9, qPrintable(describe("r", (*circle)[2], 1.2)));
}

void TestMeasuredReader::fitCircleRejectsDegenerate()
{
    Eigen::MatrixX2d line(5, 2);
    line << 0, 0, 1, 1, 2, 2, 3, 3, 4, 4;
    const Result<Eigen::Vector3d> collinear = fitCircle(line);
    QVERIFY2(!collinear.ok(), "collinear points were fitted");
    QCOMPARE(static_cast<int>(collinear.error().kind),
             static_cast<int>(ErrorKind::InvalidParameter));
    QCOMPARE(collinear.error().text, QStringLiteral("collinear points"));

    const Result<Eigen::Vector3d> same = fitCircle(Eigen::MatrixX2d::Constant(4, 2, 0.5));
    QVERIFY2(!same.ok(), "identical points were fitted");
    QCOMPARE(same.error().text, QStringLiteral("collinear points"));

    const Result<Eigen::Vector3d> two = fitCircle(Eigen::MatrixX2d::Identity(2, 2));
    QVERIFY2(!two.ok(), "two points were fitted");
    QCOMPARE(two.error().value, 2.0);
    QCOMPARE(two.error().limit, 3.0);

    Eigen::MatrixX2d notFinite = Eigen::MatrixX2d::Random(5, 2);
    notFinite(2, 1) = std::numeric_limits<double>::quiet_NaN();
    QVERIFY2(!fitCircle(notFinite).ok(), "a NaN point was fitted");
}

void TestMeasuredReader::noCrashOnGarbage()
{
    const PendulumRun run = simulatePendulum(40, 0.0, Eigen::Vector2d::Zero(), 1e-4, 8);
    const QByteArray valid =
        formatTable({"mass_B", "t\tx\ty\tfunc"}, {run.t, run.x, run.y, run.y}, {});
    static const char alphabetBytes[] = "\t\r\n ,;.-+eE0123456789nNaAiIfF_{}\"#\xff\xef\xbb\xbf";
    const QByteArray alphabet(alphabetBytes, sizeof(alphabetBytes) - 1);
    std::mt19937 generator(20240611);
    const auto pick = [&generator](int size) {
        return std::uniform_int_distribution<int>(0, std::max(0, size - 1))(generator);
    };

    int accepted = 0;
    for (int trial = 0; trial < 600; ++trial) {
        QByteArray content;
        if (trial % 3 == 0) {
            // Random bytes: any byte on odd trials, the parser's special characters on even ones.
            const int size = pick(400);
            for (int i = 0; i < size; ++i)
                content += trial % 2 ? char(pick(256)) : alphabet[pick(alphabet.size())];
        } else {
            content = valid;
            for (int edit = 1 + pick(6); edit > 0; --edit) {
                const int at = pick(content.size());
                switch (pick(4)) {
                case 0:
                    if (at < content.size())
                        content[at] = alphabet[pick(alphabet.size())];
                    break;
                case 1:
                    content.insert(at, alphabet[pick(alphabet.size())]);
                    break;
                case 2:
                    content.remove(at, pick(40));
                    break;
                default:
                    content.truncate(at);
                }
            }
        }

        ImportOptions options;
        options.minRows = trial % 5;
        options.pivot = trial % 2 ? PivotMode::FitArc : PivotMode::Origin;
        options.point =
            trial % 7 == 0 ? PointCoordinates::Cartesian : PointCoordinates::PendulumAngle;
        options.differentiator.window = trial % 4 == 0 ? 0 : trial % 13;
        options.differentiator.degree = trial % 11;
        const Result<MeasuredData> result = parseMeasured(content, QStringLiteral("fuzz"), options);
        if (!result.ok()) {
            QCOMPARE(result.error().file, QStringLiteral("fuzz"));
            continue;
        }
        ++accepted;
        QCOMPARE(result->trajectory.samples(), static_cast<int>(result->rawTime.size()));
        QCOMPARE(result->trajectory.dof(), static_cast<int>(result->coordinates.size()));
        QCOMPARE(result->trajectory.qdd.rows(), result->rawTime.size());
    }
    QVERIFY2(accepted > 0, "no garbled file was accepted: the edits are too destructive");
}

QTEST_APPLESS_MAIN(TestMeasuredReader)
#include "test_measuredreader.moc"
