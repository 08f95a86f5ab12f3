#include "data/differentiator.h"

#include <Eigen/QR>
#include <QTest>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

using namespace lab;

namespace {

constexpr double amplitude = 0.3;                       // rad
constexpr double omega = 2.0 * std::numbers::pi / 2.42; // rad/s, a 1.47 m pendulum
constexpr double trackerStep = 1.0 / 30.0;              // s

/// Time stamps like a 30 frames-per-second video: mostly 1/30 s apart, with a 31.7 ms step
/// at every 7th and a 35 ms step at every 11th sample.
Eigen::VectorXd irregularTimes(int samples, double start)
{
    std::vector<double> times;
    double time = start;
    for (int i = 0; i < samples; ++i) {
        if (i % 7 == 3)
            time += 0.0317;
        else if (i % 11 == 5)
            time += 0.035;
        else if (i > 0)
            time += trackerStep;
        times.push_back(time);
    }
    return Eigen::Map<const Eigen::VectorXd>(times.data(), samples);
}

/// Returns amplitude sin(omega t) plus Gaussian noise of standard deviation sigma, one column.
Eigen::MatrixXd noisySine(const Eigen::VectorXd& t, double sigma, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    Eigen::MatrixXd q(t.size(), 1);
    for (Eigen::Index i = 0; i < t.size(); ++i)
        q(i, 0) = amplitude * std::sin(omega * t[i]) + sigma * noise(generator);
    return q;
}

/// Returns the root mean square of the rows [margin, rows - margin) of column 0 of a - b.
double rmsDifference(const Eigen::MatrixXd& a, const Eigen::VectorXd& b, int margin)
{
    const Eigen::Index count = a.rows() - 2 * margin;
    const Eigen::VectorXd difference = a.col(0).segment(margin, count) - b.segment(margin, count);
    return std::sqrt(difference.squaredNorm() / static_cast<double>(count));
}

/// Returns the residual standard deviation of quartic least-squares fits to every run of
/// `window` consecutive samples, pooled over all runs: sqrt(sum RSS / sum (window - 5)).
/// It solves each fit in t - t_first by a complete orthogonal decomposition, independently of
/// the differentiator's own fitting code.
double pooledResidualStd(const Eigen::VectorXd& t, const Eigen::VectorXd& q, int window)
{
    double sum = 0.0;
    const int fits = static_cast<int>(t.size()) - window + 1;
    for (int first = 0; first < fits; ++first) {
        Eigen::MatrixXd design(window, 5);
        for (int j = 0; j < window; ++j) {
            for (int k = 0; k < 5; ++k)
                design(j, k) = std::pow(t[first + j] - t[first], k);
        }
        const Eigen::VectorXd samples = q.segment(first, window);
        const Eigen::VectorXd fit =
            design * design.completeOrthogonalDecomposition().solve(samples);
        sum += (samples - fit).squaredNorm();
    }
    return std::sqrt(sum / (static_cast<double>(fits) * (window - 5)));
}

QString describe(const char* quantity, double value, double bound)
{
    return QStringLiteral("%1 = %2, bound %3").arg(QLatin1String(quantity)).arg(value).arg(bound);
}

} // namespace

class TestDifferentiator : public QObject
{
    Q_OBJECT

private slots:
    void polynomialExact_data();
    void polynomialExact();
    void noisySineDerivatives_data();
    void noisySineDerivatives();
    void chosenWindowBeatsSmallest();
    void noiseEstimate_data();
    void noiseEstimate();
    void noiseEstimateRmsOverColumns();
    void windowGrowsWithNoise();
    void windowMatchesRule_data();
    void windowMatchesRule();
    void windowNoiseFree();
    void windowWithinBounds_data();
    void windowWithinBounds();
    void explicitWindowMadeOdd();
    void shortInputsDoNotCrash_data();
    void shortInputsDoNotCrash();
};

void TestDifferentiator::polynomialExact_data()
{
    QTest::addColumn<int>("polynomialDegree");
    QTest::addColumn<int>("fitDegree");
    QTest::addColumn<int>("window");

    QTest::newRow("constant, quartic fit, window 7") << 0 << 4 << 7;
    QTest::newRow("line, quartic fit, window 7") << 1 << 4 << 7;
    QTest::newRow("quadratic, quadratic fit, window 5") << 2 << 2 << 5;
    QTest::newRow("cubic, quartic fit, window 9") << 3 << 4 << 9;
    QTest::newRow("quartic, quartic fit, window 7") << 4 << 4 << 7;
    QTest::newRow("quartic, quartic fit, window 31") << 4 << 4 << 31;
    QTest::newRow("quartic, quartic fit, chosen window") << 4 << 4 << 0;
}

void TestDifferentiator::polynomialExact()
{
    QFETCH(int, polynomialDegree);
    QFETCH(int, fitDegree);
    QFETCH(int, window);

    // p(t) = sum_k c_k (t - 1.3)^k with c = 0.7, -1.1, 0.9, -0.4, 0.25 up to the degree.
    const double coefficients[] = {0.7, -1.1, 0.9, -0.4, 0.25};
    const Eigen::VectorXd t = irregularTimes(90, 0.2);
    Eigen::MatrixXd q = Eigen::MatrixXd::Zero(t.size(), 1);
    Eigen::VectorXd first = Eigen::VectorXd::Zero(t.size());
    Eigen::VectorXd second = Eigen::VectorXd::Zero(t.size());
    for (Eigen::Index i = 0; i < t.size(); ++i) {
        const double s = t[i] - 1.3;
        for (int k = 0; k <= polynomialDegree; ++k) {
            q(i, 0) += coefficients[k] * std::pow(s, k);
            if (k >= 1)
                first[i] += k * coefficients[k] * std::pow(s, k - 1);
            if (k >= 2)
                second[i] += k * (k - 1) * coefficients[k] * std::pow(s, k - 2);
        }
    }

    DifferentiatorSettings settings;
    settings.degree = fitDegree;
    settings.window = window;
    const Derivatives result = differentiate(t, q, settings);

    QCOMPARE(result.value.rows(), t.size());
    QVERIFY2(result.window % 2 == 1, "window is even");
    for (Eigen::Index i = 0; i < t.size(); ++i) {
        const QByteArray row = QByteArray::number(static_cast<qlonglong>(i));
        QVERIFY2(std::abs(result.value(i, 0) - q(i, 0)) < 1e-9, "value, row " + row);
        QVERIFY2(std::abs(result.first(i, 0) - first[i]) < 1e-9, "first derivative, row " + row);
        QVERIFY2(std::abs(result.second(i, 0) - second[i]) < 1e-9, "second derivative, row " + row);
    }
    QVERIFY2(result.noise < 1e-9, qPrintable(describe("noise", result.noise, 1e-9)));
}

void TestDifferentiator::noisySineDerivatives_data()
{
    QTest::addColumn<double>("sigma");
    QTest::addColumn<int>("window");
    QTest::addColumn<double>("firstBound");
    QTest::addColumn<double>("secondBound");

    // Bounds on the RMS error away from the ends, as fractions of amplitude omega and
    // amplitude omega^2. They hold with about a factor 2 to spare for seed 2024.
    QTest::newRow("sigma 1e-4, chosen window") << 1e-4 << 0 << 0.0015 << 0.006;
    QTest::newRow("sigma 1e-3, chosen window") << 1e-3 << 0 << 0.01 << 0.016;
    QTest::newRow("sigma 1e-2, chosen window") << 1e-2 << 0 << 0.06 << 0.06;
    QTest::newRow("sigma 1e-4, window 7") << 1e-4 << 7 << 0.004 << 0.08;
    QTest::newRow("sigma 1e-3, window 15") << 1e-3 << 15 << 0.012 << 0.1;
}

void TestDifferentiator::noisySineDerivatives()
{
    QFETCH(double, sigma);
    QFETCH(int, window);
    QFETCH(double, firstBound);
    QFETCH(double, secondBound);

    const Eigen::VectorXd t = irregularTimes(900, 0.4);
    const Eigen::MatrixXd q = noisySine(t, sigma, 2024);
    DifferentiatorSettings settings;
    settings.window = window;
    const Derivatives result = differentiate(t, q, settings);

    const Eigen::VectorXd first = amplitude * omega * (omega * t).array().cos();
    const Eigen::VectorXd second = -amplitude * omega * omega * (omega * t).array().sin();
    const double firstError = rmsDifference(result.first, first, result.window);
    const double secondError = rmsDifference(result.second, second, result.window);
    const double firstRelative = firstError / (amplitude * omega);
    const double secondRelative = secondError / (amplitude * omega * omega);

    QVERIFY2(firstRelative < firstBound,
             qPrintable(describe("relative first derivative error", firstRelative, firstBound)));
    QVERIFY2(secondRelative < secondBound,
             qPrintable(describe("relative second derivative error", secondRelative, secondBound)));
}

void TestDifferentiator::chosenWindowBeatsSmallest()
{
    const Eigen::VectorXd t = irregularTimes(900, 0.4);
    const Eigen::MatrixXd q = noisySine(t, 1e-3, 31);
    const Eigen::VectorXd second = -amplitude * omega * omega * (omega * t).array().sin();

    DifferentiatorSettings smallest;
    smallest.window = 7;
    const Derivatives chosen = differentiate(t, q, {});
    const Derivatives fixed = differentiate(t, q, smallest);
    const int margin = chosen.window;
    const double chosenError = rmsDifference(chosen.second, second, margin);
    const double fixedError = rmsDifference(fixed.second, second, margin);

    QVERIFY2(chosen.window > 7, qPrintable(QStringLiteral("window %1").arg(chosen.window)));
    QVERIFY2(chosenError < 0.25 * fixedError,
             qPrintable(describe("second derivative error", chosenError, 0.25 * fixedError)));
}

void TestDifferentiator::noiseEstimate_data()
{
    QTest::addColumn<double>("sigma");
    QTest::addColumn<int>("window");

    QTest::newRow("1e-4, chosen window") << 1e-4 << 0;
    QTest::newRow("1e-3, chosen window") << 1e-3 << 0;
    QTest::newRow("1e-2, chosen window") << 1e-2 << 0;
    QTest::newRow("1e-3, window 41") << 1e-3 << 41;
}

void TestDifferentiator::noiseEstimate()
{
    QFETCH(double, sigma);
    QFETCH(int, window);

    const Eigen::VectorXd t = irregularTimes(900, 0.0);
    DifferentiatorSettings settings;
    settings.window = window;
    const Derivatives result = differentiate(t, noisySine(t, sigma, 77), settings);

    const double ratio = result.noise / sigma;
    QVERIFY2(std::abs(ratio - 1.0) < 0.2, qPrintable(describe("noise / sigma", ratio, 1.2)));
}

void TestDifferentiator::noiseEstimateRmsOverColumns()
{
    const Eigen::VectorXd t = irregularTimes(900, 0.0);
    Eigen::MatrixXd q(t.size(), 2);
    q.col(0) = noisySine(t, 1e-3, 5);
    q.col(1) = noisySine(t, 2e-3, 6);

    const Derivatives result = differentiate(t, q, {});
    const double expected = std::sqrt((1e-6 + 4e-6) / 2.0);
    const double ratio = result.noise / expected;

    QCOMPARE(result.value.cols(), 2);
    QVERIFY2(std::abs(ratio - 1.0) < 0.2, qPrintable(describe("noise / RMS sigma", ratio, 1.2)));
}

void TestDifferentiator::windowGrowsWithNoise()
{
    const Eigen::VectorXd t = irregularTimes(900, 0.0);
    const int low = chooseWindow(t, noisySine(t, 1e-4, 11), {});
    const int middle = chooseWindow(t, noisySine(t, 1e-3, 11), {});
    const int high = chooseWindow(t, noisySine(t, 1e-2, 11), {});
    const QString windows = QStringLiteral("windows %1, %2, %3").arg(low).arg(middle).arg(high);

    QVERIFY2(low > 7, qPrintable(windows));
    QVERIFY2(middle > low, qPrintable(windows));
    QVERIFY2(high > middle, qPrintable(windows));
}

void TestDifferentiator::windowMatchesRule_data()
{
    QTest::addColumn<double>("sigma");

    QTest::newRow("sigma 3e-4") << 3e-4;
    QTest::newRow("sigma 3e-3") << 3e-3;
}

void TestDifferentiator::windowMatchesRule()
{
    QFETCH(double, sigma);

    // The rule: the largest odd window w in [7, 51] with sigma(w) <= 1.05 sigma(7), where the
    // search ends at the first window with sigma(w) > 1.5 sigma(7).
    const Eigen::VectorXd t = irregularTimes(400, 0.0);
    const Eigen::MatrixXd q = noisySine(t, sigma, 13);
    const double sigma0 = pooledResidualStd(t, q.col(0), 7);
    int expected = 7;
    for (int window = 9; window <= 51; window += 2) {
        const double ratio = pooledResidualStd(t, q.col(0), window) / sigma0;
        if (ratio > 1.5)
            break;
        if (ratio <= 1.05)
            expected = window;
    }

    QCOMPARE(chooseWindow(t, q, {}), expected);
}

void TestDifferentiator::windowNoiseFree()
{
    const Eigen::VectorXd t = irregularTimes(300, 0.0);
    const Eigen::MatrixXd sine = noisySine(t, 0.0, 1);
    Eigen::MatrixXd quadratic(t.size(), 1);
    quadratic.col(0) = 0.5 * t.array().square() - t.array();

    // Without noise any larger window only adds bias (or, for a polynomial, nothing).
    QCOMPARE(chooseWindow(t, sine, {}), 7);
    QCOMPARE(chooseWindow(t, quadratic, {}), 7);
    QCOMPARE(chooseWindow(t, Eigen::MatrixXd::Constant(t.size(), 1, 2.5), {}), 7);
}

void TestDifferentiator::windowWithinBounds_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("minWindow");
    QTest::addColumn<int>("maxWindow");

    QTest::newRow("900 samples, 7..51") << 900 << 7 << 51;
    QTest::newRow("900 samples, 9..15") << 900 << 9 << 15;
    QTest::newRow("900 samples, even bounds 8..16") << 900 << 8 << 16;
    QTest::newRow("30 samples, 7..51") << 30 << 7 << 51;
    QTest::newRow("8 samples, 7..51") << 8 << 7 << 51;
    QTest::newRow("900 samples, min above max") << 900 << 21 << 11;
}

void TestDifferentiator::windowWithinBounds()
{
    QFETCH(int, samples);
    QFETCH(int, minWindow);
    QFETCH(int, maxWindow);

    const Eigen::VectorXd t = irregularTimes(samples, 0.0);
    DifferentiatorSettings settings;
    settings.minWindow = minWindow;
    settings.maxWindow = maxWindow;
    const int window = chooseWindow(t, noisySine(t, 1e-2, 3), settings);
    const QByteArray message = "window " + QByteArray::number(window);

    QVERIFY2(window % 2 == 1, message);
    QVERIFY2(window <= samples, message);
    QVERIFY2(window >= std::min(minWindow, samples - 1), message);
    QVERIFY2(window <= std::max(maxWindow + 1, minWindow + 1), message);
}

void TestDifferentiator::explicitWindowMadeOdd()
{
    const Eigen::VectorXd t = irregularTimes(100, 0.0);
    DifferentiatorSettings settings;
    settings.window = 8;
    QCOMPARE(differentiate(t, noisySine(t, 1e-3, 9), settings).window, 9);

    settings.window = 500;
    QCOMPARE(differentiate(t, noisySine(t, 1e-3, 9), settings).window, 99);
}

void TestDifferentiator::shortInputsDoNotCrash_data()
{
    QTest::addColumn<int>("samples");

    QTest::newRow("0 samples") << 0;
    QTest::newRow("1 sample") << 1;
    QTest::newRow("2 samples") << 2;
    QTest::newRow("3 samples") << 3;
    QTest::newRow("4 samples") << 4;
    QTest::newRow("6 samples") << 6;
}

void TestDifferentiator::shortInputsDoNotCrash()
{
    QFETCH(int, samples);

    const Eigen::VectorXd t = irregularTimes(std::max(samples, 1), 0.0).head(samples);
    const Eigen::MatrixXd q = noisySine(t, 1e-3, 4);
    const Derivatives result = differentiate(t, q, {});

    QCOMPARE(result.value.rows(), static_cast<Eigen::Index>(samples));
    QCOMPARE(result.first.rows(), static_cast<Eigen::Index>(samples));
    QCOMPARE(result.second.rows(), static_cast<Eigen::Index>(samples));
    QVERIFY2(result.window <= samples, "window longer than the input");
    QVERIFY2(result.value.allFinite(), "value is not finite");
    QVERIFY2(result.second.allFinite(), "second derivative is not finite");
}

QTEST_APPLESS_MAIN(TestDifferentiator)
#include "test_differentiator.moc"
