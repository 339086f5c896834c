#include "services/precisionseries.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

AlertReview review(const QString &id, const QString &emotion, const QString &triggeredAt, AlertReview::Label label)
{
    AlertReview r;
    r.tenant = u"t"_s;
    r.alertId = id;
    r.label = label;
    r.reviewedAt = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    r.alert = QJsonObject {{u"id"_s, id}, {u"emotion"_s, emotion}, {u"triggered_at"_s, triggeredAt}};
    return r;
}

} // namespace

class TestPrecisionSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precisionNoDataIsNotZero()
    {
        QVERIFY(!precision(0, 0).has_value());
        QCOMPARE(*precision(0, 3), 0.0);
        QCOMPARE(*precision(3, 1), 0.75);
        QVERIFY(!overallPrecision({}).has_value());
        QVERIFY(!overallPrecision({review(u"a"_s, u"anger"_s, u"2026-03-02T10:00:00Z"_s, AlertReview::Label::Skip)})
                     .has_value());
    }

    void bucketStarts()
    {
        // 2026-03-04 is a Wednesday.
        const QDateTime at = QDateTime::fromString(u"2026-03-04T23:59:59Z"_s, Qt::ISODate);
        QCOMPARE(bucketStart(at, PrecisionBucket::Day), QDateTime::fromString(u"2026-03-04T00:00:00Z"_s, Qt::ISODate));
        QCOMPARE(bucketStart(at, PrecisionBucket::Week), QDateTime::fromString(u"2026-03-02T00:00:00Z"_s, Qt::ISODate));
        // A Sunday belongs to the week that began the Monday before.
        QCOMPARE(bucketStart(QDateTime::fromString(u"2026-03-08T12:00:00Z"_s, Qt::ISODate), PrecisionBucket::Week),
                 QDateTime::fromString(u"2026-03-02T00:00:00Z"_s, Qt::ISODate));
    }

    void seriesFromKnownReviews()
    {
        using L = AlertReview::Label;
        const QList<AlertReview> reviews {
            review(u"1"_s, u"anger"_s, u"2026-03-02T09:00:00Z"_s, L::TruePositive),
            review(u"2"_s, u"anger"_s, u"2026-03-02T10:00:00Z"_s, L::TruePositive),
            review(u"3"_s, u"anger"_s, u"2026-03-02T11:00:00Z"_s, L::TruePositive),
            review(u"4"_s, u"anger"_s, u"2026-03-02T12:00:00Z"_s, L::FalsePositive),
            review(u"5"_s, u"anger"_s, u"2026-03-02T13:00:00Z"_s, L::Skip),
            review(u"6"_s, u"anger"_s, u"2026-03-03T09:00:00Z"_s, L::FalsePositive),
            review(u"7"_s, u"confusion"_s, u"2026-03-04T09:00:00Z"_s, L::TruePositive),
            review(u"8"_s, u"nonsense"_s, u"2026-03-04T09:00:00Z"_s, L::TruePositive),
        };
        const QList<PrecisionSample> samples = samplesFromReviews(reviews);
        QCOMPARE(samples.size(), 6); // the skip and the unknown emotion are left out

        const QList<PrecisionSeries> days = precisionSeries(samples, PrecisionBucket::Day);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).emotion, Emotion::Anger);
        QCOMPARE(days.at(0).points.size(), 2);
        const PrecisionPoint &first = days.at(0).points.at(0);
        QCOMPARE(first.truePositives, 3);
        QCOMPARE(first.falsePositives, 1);
        QCOMPARE(first.samples(), 4);
        QCOMPARE(*first.precision, 0.75);
        // Wilson 95% for 3/4: centre (0.75 + z²/8) / (1 + z²/4), half width z/(1+z²/4)·sqrt(3/64 + z²/64).
        const double z = wilsonZ95;
        const double denom = 1 + z * z / 4;
        const double centre = (0.75 + z * z / 8) / denom;
        const double half = z / denom * std::sqrt(0.75 * 0.25 / 4 + z * z / 64);
        QVERIFY(std::abs(first.interval->lower - (centre - half)) < 1e-9);
        QVERIFY(std::abs(first.interval->upper - (centre + half)) < 1e-9);
        QVERIFY(std::abs(first.interval->lower - 0.3006) < 1e-3);
        QVERIFY(std::abs(first.interval->upper - 0.9544) < 1e-3);
        const PrecisionPoint &second = days.at(0).points.at(1);
        QCOMPARE(*second.precision, 0.0);
        QCOMPARE(second.samples(), 1);
        QCOMPARE(days.at(1).emotion, Emotion::Confusion);
        QCOMPARE(*days.at(1).points.at(0).precision, 1.0);

        const QList<PrecisionSeries> weeks = precisionSeries(samples, PrecisionBucket::Week);
        QCOMPARE(weeks.at(0).points.size(), 1);
        QCOMPARE(weeks.at(0).points.at(0).truePositives, 3);
        QCOMPARE(weeks.at(0).points.at(0).falsePositives, 2);
        QCOMPARE(*weeks.at(0).points.at(0).precision, 0.6);

        const QString csv = precisionCsv(days);
        const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"emotion,bucket_start,tp,fp,samples,precision,wilson_lower,wilson_upper"_s);
        QVERIFY2(lines.at(1).startsWith(u"anger,2026-03-02T00:00:00Z,3,1,4,0.7500,0.30"_s), qPrintable(lines.at(1)));
    }

    void reviewTimeIsTheFallback()
    {
        AlertReview r = review(u"x"_s, u"anger"_s, QString(), AlertReview::Label::TruePositive);
        const QList<PrecisionSample> samples = samplesFromReviews({r});
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.at(0).at, r.reviewedAt);
    }
};

QTEST_GUILESS_MAIN(TestPrecisionSeries)
#include "tst_precisionseries.moc"
