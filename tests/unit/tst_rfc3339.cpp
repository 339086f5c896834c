#include "core/rfc3339.h"

#include <QRandomGenerator>
#include <QTest>

using namespace calib;
using namespace Qt::Literals::StringLiterals;

class TestRfc3339 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("zulu") << u"2026-11-24T09:15:00Z"_s << utc(2026, 11, 24, 9, 15, 0);
        QTest::newRow("millis") << u"2026-11-24T09:15:00.250Z"_s << utc(2026, 11, 24, 9, 15, 0, 250);
        QTest::newRow("one digit fraction") << u"2026-11-24T09:15:00.5Z"_s << utc(2026, 11, 24, 9, 15, 0, 500);
        QTest::newRow("micros truncated") << u"2026-11-24T09:15:00.123456Z"_s << utc(2026, 11, 24, 9, 15, 0, 123);
        QTest::newRow("plus offset") << u"2026-11-24T10:15:00+01:00"_s << utc(2026, 11, 24, 9, 15, 0);
        QTest::newRow("minus offset crosses day") << u"2026-11-23T22:45:00-10:30"_s << utc(2026, 11, 24, 9, 15, 0);
        QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_s << utc(2024, 2, 29, 23, 59, 59);
        QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << utc(1970, 1, 1, 0, 0, 0);
        QTest::newRow("before epoch") << u"1969-12-31T23:59:59.999Z"_s << utc(1969, 12, 31, 23, 59, 59, 999);
        QTest::newRow("year 2400") << u"2400-03-01T00:00:00Z"_s << utc(2400, 3, 1, 0, 0, 0);
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseRfc3339(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"",
                                "2026-11-24",
                                "2026-11-24T09:15:00",
                                "2026-11-24 09:15:00Z",
                                "2026-11-24t09:15:00Z",
                                "2026-13-01T00:00:00Z",
                                "2026-02-30T00:00:00Z",
                                "2025-02-29T00:00:00Z",
                                "2026-11-24T24:00:00Z",
                                "2026-11-24T09:60:00Z",
                                "2026-11-24T09:15:60Z",
                                "2026-11-24T09:15:00.Z",
                                "2026-11-24T09:15:00.250",
                                "2026-11-24T09:15:00+0100",
                                "2026-11-24T09:15:00+01",
                                "2026-11-24T09:15:00+24:00",
                                "2026-11-24T09:15:00Zjunk",
                                "2026-11-24T09:15:00 Z",
                                "２026-11-24T09:15:00Z",
                                "2026-1a-24T09:15:00Z",
                                "+2026-11-24T09:15:00Z"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void rejected()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseRfc3339(text), qPrintable(text));
    }

    // Agrees with QDateTime's own ISO reader on many random instants and offsets.
    void agreesWithQDateTime()
    {
        QRandomGenerator random(20261124);
        for (int i = 0; i < 5000; ++i) {
            const qint64 ms = random.bounded(qint64(-2'000'000'000'000), qint64(8'000'000'000'000));
            const int offsetMinutes = int(random.bounded(-14 * 60, 14 * 60 + 1));
            const QDateTime instant = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetMinutes * 60);
            const QString text = instant.toString(Qt::ISODateWithMs);
            const QDateTime reference = QDateTime::fromString(text, Qt::ISODateWithMs);
            const auto parsed = parseRfc3339(text);
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(parsed->toMSecsSinceEpoch(), reference.toMSecsSinceEpoch());
            QCOMPARE(parsed->toMSecsSinceEpoch(), ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
