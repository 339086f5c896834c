#include "api/retryafter.h"
#include "core/clock.h"

#include <QTest>

using namespace calib;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private:
    // 1994-11-06 08:49:00 UTC: 37 s before the example date of RFC 9110.
    ManualClock m_clock {QDateTime(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC)};

private Q_SLOTS:
    void delaySeconds_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("seconds") << QByteArray("120") << qint64(120);
        QTest::newRow("whitespace") << QByteArray("  7 ") << qint64(7);
        QTest::newRow("leading zeros") << QByteArray("007") << qint64(7);
        QTest::newRow("huge clamps") << QByteArray("99999999999999999999999999") << qint64(365LL * 24 * 3600);
    }
    void delaySeconds()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const auto parsed = RetryAfter::parse(value, m_clock.now());
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }

    void httpDateForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994");
    }
    void httpDateForms()
    {
        QFETCH(QByteArray, value);
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(RetryAfter::parseHttpDate(value, m_clock.now()), expected);
        const auto seconds = RetryAfter::parse(value, m_clock.now());
        QVERIFY(seconds.has_value());
        QCOMPARE(*seconds, qint64(37));
    }

    void qtRfc2822RejectsWhatWeAccept()
    {
        // The reason for the own parser: document the Qt behaviour we work around.
        const QDateTime viaQt
            = QDateTime::fromString(QStringLiteral("Sunday, 06-Nov-94 08:49:37 GMT"), Qt::RFC2822Date);
        QVERIFY(!viaQt.isValid());
        QVERIFY(RetryAfter::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", m_clock.now()).isValid());
    }

    void dateInThePastIsZero()
    {
        m_clock.advanceSecs(3600);
        const auto seconds = RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT", m_clock.now());
        QVERIFY(seconds.has_value());
        QCOMPARE(*seconds, qint64(0));
        m_clock.advanceSecs(-3600);
    }

    void dateFollowsTheInjectedClock()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 15, 0), Qt::UTC));
        QCOMPARE(*RetryAfter::parse("Tue, 24 Nov 2026 09:15:30 GMT", clock.now()), qint64(30));
        clock.advanceSecs(10);
        QCOMPARE(*RetryAfter::parse("Tue, 24 Nov 2026 09:15:30 GMT", clock.now()), qint64(20));
        // Sub-second remainders round up: never retry early.
        clock.advanceMs(500);
        QCOMPARE(*RetryAfter::parse("Tue, 24 Nov 2026 09:15:30 GMT", clock.now()), qint64(20));
    }

    void rfc850TwoDigitYear()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        // "30" is 2030 (not more than 50 years ahead); "94" would be 2094 -> 1994.
        QCOMPARE(RetryAfter::parseHttpDate("Tuesday, 01-Jan-30 00:00:00 GMT", clock.now()).date(), QDate(2030, 1, 1));
        QCOMPARE(RetryAfter::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", clock.now()).date(), QDate(1994, 11, 6));
    }

    void asctimeTwoDigitDay()
    {
        QCOMPARE(RetryAfter::parseHttpDate("Thu Nov 24 09:15:00 2026", m_clock.now()),
                 QDateTime(QDate(2026, 11, 24), QTime(9, 15), Qt::UTC));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("word") << QByteArray("soon");
        QTest::newRow("hex") << QByteArray("0x10");
        QTest::newRow("no GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC");
        QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT");
        QTest::newRow("bad day name") << QByteArray("Xyz, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("31 Nov") << QByteArray("Sun, 31 Nov 1994 08:49:37 GMT");
        QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:49:37 GMT");
        QTest::newRow("one-digit day imf") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT");
        QTest::newRow("rfc850 short name") << QByteArray("Sun, 06-Nov-94 08:49:37 GMT");
        QTest::newRow("asctime bad year") << QByteArray("Sun Nov  6 08:49:37 94AB");
        QTest::newRow("iso") << QByteArray("1994-11-06T08:49:37Z");
        QTest::newRow("trailing junk") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT x");
        QTest::newRow("nul") << QByteArray("12\0003", 4);
    }
    void garbage()
    {
        QFETCH(QByteArray, value);
        QVERIFY(!RetryAfter::parse(value, m_clock.now()).has_value());
    }

    void formatRoundTrips()
    {
        const QDateTime t(QDate(2026, 11, 24), QTime(9, 15, 7), Qt::UTC);
        QCOMPARE(RetryAfter::formatHttpDate(t), QByteArray("Tue, 24 Nov 2026 09:15:07 GMT"));
        QCOMPARE(RetryAfter::parseHttpDate(RetryAfter::formatHttpDate(t), t), t);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
