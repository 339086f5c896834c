#include "core/analytics/wilson.h"

#include <QTest>

using namespace calib;

class TestWilson : public QObject
{
    Q_OBJECT

private slots:
    void knownIntervals_data()
    {
        QTest::addColumn<qint64>("successes");
        QTest::addColumn<qint64>("trials");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        // Values from the closed form with z = 1.959963984540054.
        QTest::newRow("8 of 10") << qint64(8) << qint64(10) << 0.4901624715 << 0.9433178485;
        QTest::newRow("0 of 10") << qint64(0) << qint64(10) << 0.0 << 0.2775327999;
        QTest::newRow("10 of 10") << qint64(10) << qint64(10) << 0.7224672001 << 1.0;
        QTest::newRow("45 of 50") << qint64(45) << qint64(50) << 0.7863976856 << 0.9565242351;
        QTest::newRow("1 of 1") << qint64(1) << qint64(1) << 0.2065493144 << 1.0;
    }

    void knownIntervals()
    {
        QFETCH(qint64, successes);
        QFETCH(qint64, trials);
        QFETCH(double, lower);
        QFETCH(double, upper);
        const auto interval = wilson(successes, trials);
        QVERIFY(interval.has_value());
        QVERIFY2(std::abs(interval->lower - lower) < 1e-9, qPrintable(QString::number(interval->lower, 'g', 12)));
        QVERIFY2(std::abs(interval->upper - upper) < 1e-9, qPrintable(QString::number(interval->upper, 'g', 12)));
    }

    void noTrialsIsNoData()
    {
        QVERIFY(!wilson(0, 0).has_value());
        QVERIFY(!wilson(3, -1).has_value());
    }

    void symmetricAndContainsTheProportion()
    {
        for (qint64 n : {1, 2, 7, 100, 12345}) {
            for (qint64 k = 0; k <= n; k += std::max<qint64>(1, n / 13)) {
                const auto a = *wilson(k, n);
                const auto b = *wilson(n - k, n);
                QVERIFY(std::abs(a.lower - (1.0 - b.upper)) < 1e-12);
                const double p = double(k) / double(n);
                QVERIFY(a.lower <= p && p <= a.upper);
                QVERIFY(a.lower >= 0.0 && a.upper <= 1.0);
            }
        }
    }

    void narrowsWithMoreData()
    {
        const auto small = *wilson(9, 10);
        const auto large = *wilson(900, 1000);
        QVERIFY(large.upper - large.lower < small.upper - small.lower);
        QVERIFY(large.lower > small.lower);
    }
};

QTEST_GUILESS_MAIN(TestWilson)
#include "tst_wilson.moc"
