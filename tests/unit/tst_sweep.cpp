#include "core/analytics/dataset.h"
#include "core/analytics/radixsort.h"
#include "core/analytics/thresholdcurve.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace calib;

namespace {

struct Data
{
    std::vector<double> scores;
    std::vector<std::uint8_t> labels;
};

struct ReferenceCurve
{
    std::vector<double> thresholds;
    std::vector<qint64> tps;
    std::vector<qint64> fps;
};

// The reference: scikit-learn's _binary_clf_curve. Stable sort by score descending, then
// the cumulative sums taken at the last index of every run of equal scores.
ReferenceCurve reference(const Data &data)
{
    const std::size_t n = data.scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return data.scores[a] > data.scores[b]; });
    ReferenceCurve curve;
    qint64 tp = 0;
    for (std::size_t i = 0; i < n; ++i) {
        tp += data.labels[order[i]] ? 1 : 0;
        const bool lastOfRun = i + 1 == n || data.scores[order[i + 1]] != data.scores[order[i]];
        if (lastOfRun) {
            curve.thresholds.push_back(data.scores[order[i]]);
            curve.tps.push_back(tp);
            curve.fps.push_back(qint64(i + 1) - tp);
        }
    }
    return curve;
}

Data randomData(std::size_t n, quint64 seed, int distinctScores, double positiveRate, int decimals = -1)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::bernoulli_distribution positive(positiveRate);
    std::vector<double> pool;
    if (distinctScores > 0) {
        for (int i = 0; i < distinctScores; ++i)
            pool.push_back(uniform(rng));
        pool.push_back(0.0);
        pool.push_back(1.0);
    }
    Data data;
    for (std::size_t i = 0; i < n; ++i) {
        double s = pool.empty() ? uniform(rng) : pool[rng() % pool.size()];
        if (decimals >= 0) {
            const double scale = std::pow(10.0, decimals);
            s = std::round(s * scale) / scale; // what parsing a decimal string gives
        }
        // Positives lean towards high scores so the curve is not flat.
        const bool label = positive(rng) || (s > 0.9 && positive(rng));
        data.scores.push_back(s);
        data.labels.push_back(label ? 1 : 0);
    }
    return data;
}

void compareExactly(const ThresholdCurve &curve, const ReferenceCurve &ref)
{
    QCOMPARE(curve.size(), qsizetype(ref.thresholds.size()));
    for (std::size_t i = 0; i < ref.thresholds.size(); ++i) {
        const auto at = qsizetype(i);
        if (curve.threshold(at) != ref.thresholds[i] || curve.truePositives(at) != ref.tps[i]
            || curve.falsePositives(at) != ref.fps[i]) {
            QFAIL(qPrintable(QStringLiteral("mismatch at %1: engine (%2, %3, %4) reference (%5, %6, %7)")
                                 .arg(i)
                                 .arg(curve.threshold(at), 0, 'g', 17)
                                 .arg(curve.truePositives(at))
                                 .arg(curve.falsePositives(at))
                                 .arg(ref.thresholds[i], 0, 'g', 17)
                                 .arg(ref.tps[i])
                                 .arg(ref.fps[i])));
        }
    }
    const qint64 p = ref.tps.empty() ? 0 : ref.tps.back();
    const qint64 f = ref.fps.empty() ? 0 : ref.fps.back();
    QCOMPARE(curve.positives(), p);
    QCOMPARE(curve.negatives(), f);
}

// Brute-force counts at one threshold.
SweepPoint bruteForce(const Data &data, double threshold)
{
    SweepPoint p;
    p.threshold = threshold;
    qint64 positives = 0;
    for (std::size_t i = 0; i < data.scores.size(); ++i) {
        positives += data.labels[i];
        if (data.scores[i] >= threshold) {
            ++p.alerts;
            p.truePositives += data.labels[i];
        }
    }
    p.falsePositives = p.alerts - p.truePositives;
    if (p.alerts > 0)
        p.precision = double(p.truePositives) / double(p.alerts);
    if (positives > 0)
        p.recall = double(p.truePositives) / double(positives);
    return p;
}

} // namespace

Q_DECLARE_METATYPE(Data)

class TestSweep : public QObject
{
    Q_OBJECT

private slots:
    void orderedKeysPreserveOrder()
    {
        const std::vector<double> values {-std::numeric_limits<double>::infinity(),
                                          -1e300,
                                          -1.0,
                                          -std::numeric_limits<double>::denorm_min(),
                                          -0.0,
                                          0.0,
                                          std::numeric_limits<double>::denorm_min(),
                                          1e-300,
                                          0.25,
                                          0.5,
                                          1.0,
                                          std::numeric_limits<double>::infinity()};
        for (std::size_t i = 0; i + 1 < values.size(); ++i) {
            QVERIFY(radix::orderedKey(values[i]) < radix::orderedKey(values[i + 1]));
            QVERIFY(radix::orderedKey(float(values[i])) <= radix::orderedKey(float(values[i + 1])));
            QCOMPARE(radix::doubleFromOrderedKey(radix::orderedKey(values[i])), values[i]);
            QCOMPARE(radix::floatFromOrderedKey(radix::orderedKey(float(values[i]))), float(values[i]));
        }
    }

    void radixSortMatchesStdSort()
    {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> wide(-1e6, 1e6);
        std::vector<std::uint64_t> keys;
        std::vector<std::uint32_t> keys32;
        for (int i = 0; i < 50000; ++i) {
            const double v = i % 3 == 0 ? double(i % 17) : wide(rng); // ties and negatives
            keys.push_back(radix::orderedKey(v));
            keys32.push_back(radix::orderedKey(float(v)));
        }
        auto expected = keys;
        auto expected32 = keys32;
        std::sort(expected.begin(), expected.end());
        std::sort(expected32.begin(), expected32.end());
        std::vector<std::uint64_t> scratch;
        std::vector<std::uint32_t> scratch32;
        radix::sortKeys(keys, scratch);
        radix::sortKeys(keys32, scratch32);
        QVERIFY(keys == expected);
        QVERIFY(keys32 == expected32);

        // Large arrays take the most-significant-digit split first; also a narrow range.
        for (const double spread : {1e6, 1e-3}) {
            std::vector<std::uint64_t> big;
            for (int i = 0; i < 200000; ++i)
                big.push_back(radix::orderedKey(0.5 + wide(rng) * spread * 1e-6));
            auto sortedBig = big;
            std::sort(sortedBig.begin(), sortedBig.end());
            radix::sortKeys(big, scratch);
            QVERIFY(big == sortedBig);
        }

        // Keys that differ only in their lowest digit (other passes are skipped).
        std::vector<std::uint64_t> low {5, 3, 9, 3, 0, 2047};
        radix::sortKeys(low, scratch);
        QVERIFY((low == std::vector<std::uint64_t> {0, 3, 3, 5, 9, 2047}));
        std::vector<std::uint64_t> single {42};
        radix::sortKeys(single, scratch);
        QCOMPARE(single.front(), 42u);
    }

    void matchesReference_data()
    {
        QTest::addColumn<Data>("data");
        QTest::addColumn<bool>("quantised");
        QTest::newRow("full precision") << randomData(20000, 1, 0, 0.3) << false;
        QTest::newRow("heavy ties, full precision values") << randomData(20000, 2, 40, 0.4) << false;
        QTest::newRow("heavy ties, 2 decimals") << randomData(20000, 3, 0, 0.5, 2) << true;
        QTest::newRow("4 decimals") << randomData(30000, 4, 0, 0.2, 4) << true;
        QTest::newRow("1 decimal") << randomData(5000, 5, 0, 0.5, 1) << true;
        QTest::newRow("5 decimals") << randomData(30000, 6, 0, 0.2, 5) << false;
        QTest::newRow("all positive") << [] {
            Data d = randomData(3000, 7, 25, 1.0);
            std::fill(d.labels.begin(), d.labels.end(), 1);
            return d;
        }() << false;
        QTest::newRow("no positive") << [] {
            Data d = randomData(3000, 8, 0, 0.0, 3);
            std::fill(d.labels.begin(), d.labels.end(), 0);
            return d;
        }() << true;
        QTest::newRow("single positive row") << Data {{0.42}, {1}} << true;
        QTest::newRow("single negative row") << Data {{0.123456789}, {0}} << false;
        QTest::newRow("all equal") << Data {{0.5, 0.5, 0.5, 0.5}, {1, 0, 0, 1}} << true;
        QTest::newRow("zeros and ones") << Data {{0.0, 1.0, 0.0, 1.0, 1.0}, {0, 1, 1, 0, 1}} << true;
        QTest::newRow("quantised but one value") << [] {
            Data d = randomData(4000, 9, 0, 0.3, 2);
            d.scores[3999] = 0.123456;
            return d;
        }() << false;
        QTest::newRow("empty") << Data {} << false;
        // Large enough for the most-significant-digit split of the radix sort.
        QTest::newRow("large, full precision") << randomData(300000, 12, 0, 0.3) << false;
        QTest::newRow("large, heavy ties") << randomData(200000, 13, 1000, 0.5) << false;
        QTest::newRow("large, narrow range") << [] {
            Data d = randomData(200000, 14, 0, 0.5);
            for (double &s : d.scores)
                s = 0.8 + s * 1e-6;
            return d;
        }() << false;
    }

    void matchesReference()
    {
        QFETCH(Data, data);
        QFETCH(bool, quantised);
        const ReferenceCurve ref = reference(data);

        const ThresholdCurve automatic = ThresholdCurve::compute(data.scores, data.labels);
        compareExactly(automatic, ref);
        QCOMPARE(automatic.usedHistogram(), quantised && !data.scores.empty());

        const ThresholdCurve sorted = ThresholdCurve::compute(data.scores, data.labels, SweepMethod::RadixSort);
        compareExactly(sorted, ref);
        QVERIFY(!sorted.usedHistogram());
    }

    void queryMatchesBruteForce()
    {
        for (const int decimals : {-1, 2}) {
            const Data data = randomData(5000, 11 + quint64(decimals + 1), decimals < 0 ? 0 : 0, 0.35, decimals);
            const ThresholdCurve curve = ThresholdCurve::compute(data.scores, data.labels);
            std::vector<double> probes {-1.0, 0.0, 0.5, 0.8, 0.95, 1.0, 1.5, std::nextafter(1.0, 0.0)};
            for (std::size_t i = 0; i < data.scores.size(); i += 97) {
                probes.push_back(data.scores[i]); // exactly at a score: that row is an alert
                probes.push_back(std::nextafter(data.scores[i], 2.0)); // just above: it is not
            }
            for (const double t : probes) {
                const SweepPoint got = curve.query(t);
                const SweepPoint want = bruteForce(data, t);
                if (!(got == want))
                    QFAIL(qPrintable(QStringLiteral("threshold %1: alerts %2 vs %3, tp %4 vs %5")
                                         .arg(t, 0, 'g', 17)
                                         .arg(got.alerts)
                                         .arg(want.alerts)
                                         .arg(got.truePositives)
                                         .arg(want.truePositives)));
            }
        }
    }

    void pointsCarryPrecisionAndRecall()
    {
        const Data data {{0.9, 0.8, 0.8, 0.3}, {1, 0, 1, 0}};
        const ThresholdCurve curve = ThresholdCurve::compute(data.scores, data.labels);
        QCOMPARE(curve.size(), 3);
        const SweepPoint top = curve.point(0);
        QCOMPARE(top.threshold, 0.9);
        QCOMPARE(top.alerts, 1);
        QCOMPARE(*top.precision, 1.0);
        QCOMPARE(*top.recall, 0.5);
        const SweepPoint mid = curve.query(0.8);
        QCOMPARE(mid.alerts, 3);
        QCOMPARE(mid.truePositives, 2);
        QCOMPARE(*mid.precision, 2.0 / 3.0);
        QCOMPARE(*mid.recall, 1.0);
        const SweepPoint none = curve.query(0.95);
        QCOMPARE(none.alerts, 0);
        QVERIFY(!none.precision); // no alerts: no precision, not 0 or 1
        QCOMPARE(*none.recall, 0.0);

        const Data negatives {{0.4, 0.6}, {0, 0}};
        const ThresholdCurve noPositives = ThresholdCurve::compute(negatives.scores, negatives.labels);
        QVERIFY(!noPositives.query(0.5).recall);
        QCOMPARE(*noPositives.query(0.5).precision, 0.0);
    }

    void datasetColumnsFeedTheCurve()
    {
        Dataset dataset;
        QVERIFY(dataset.append(Emotion::Anger, 0.9, true));
        QVERIFY(dataset.append(Emotion::Anger, -0.0, false));
        QVERIFY(!dataset.append(Emotion::Anger, std::nan(""), true));
        QVERIFY(!dataset.append(Emotion::Anger, 1.0001, true));
        QVERIFY(dataset.append(Emotion::Confusion, 0.5, true));
        const ThresholdCurve curve = ThresholdCurve::compute(dataset.columns(Emotion::Anger));
        QCOMPARE(curve.rows(), 2);
        QCOMPARE(curve.query(0.0).alerts, 2);
        QVERIFY(!std::signbit(curve.threshold(curve.size() - 1))); // -0.0 was stored as 0.0
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
