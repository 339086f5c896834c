#include "core/analytics/dataset.h"
#include "core/analytics/sweepreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace calib;

namespace {

// 10 anger rows: scores 0.1 ... 1.0, true positive from 0.6 up plus 0.3.
Dataset smallDataset()
{
    Dataset dataset;
    dataset.setFullyLabelled(true);
    for (int i = 1; i <= 10; ++i)
        dataset.append(Emotion::Anger, i / 10.0, i >= 6 || i == 3);
    return dataset;
}

} // namespace

class TestSweepReport : public QObject
{
    Q_OBJECT

private slots:
    void gridPoints()
    {
        SweepRequest request;
        request.gridStep = 0.25;
        const SweepReport report = runSweep(smallDataset(), request);
        QCOMPARE(report.rows, 10);
        QCOMPARE(report.positives, 6);
        QCOMPARE(report.points.size(), 5); // 0, 0.25, 0.5, 0.75, 1
        QCOMPARE(report.points[2].threshold, 0.5);
        QCOMPARE(report.points[2].alerts, 6);
        QCOMPARE(report.points[2].truePositives, 5);
        QCOMPARE(report.points[4].alerts, 1);
        QVERIFY(!report.recommendation);

        request.gridStep = 0.0; // every distinct score
        QCOMPARE(runSweep(smallDataset(), request).points.size(), 10);
    }

    void csv()
    {
        SweepRequest request;
        request.gridStep = 0.5;
        const QString csv = formatSweepCsv(runSweep(smallDataset(), request));
        QCOMPARE(csv,
                 QStringLiteral("threshold,alerts,true_positives,false_positives,precision,recall\n"
                                "0,10,6,4,0.6,1\n"
                                "0.5,6,5,1,0.8333333333333334,0.8333333333333334\n"
                                "1,1,1,0,1,0.16666666666666666\n"));
    }

    void jsonWithRecommendation()
    {
        SweepRequest request;
        request.gridStep = 0.5;
        request.targetPrecision = 0.8;
        request.currentThreshold = 0.2;
        const QJsonObject o
            = QJsonDocument::fromJson(formatSweepJson(runSweep(smallDataset(), request)).toUtf8()).object();
        QCOMPARE(o.value(u"emotion").toString(), QStringLiteral("anger"));
        QCOMPARE(o.value(u"points").toArray().size(), 3);
        QVERIFY(o.value(u"days_covered").isNull());
        const QJsonObject rec = o.value(u"recommendation").toObject();
        QVERIFY(rec.value(u"reachable").toBool());
        QCOMPARE(rec.value(u"threshold").toDouble(), 0.41); // 5 of 6 from 0.41 up
        QCOMPARE(rec.value(u"expected").toObject().value(u"alerts").toInt(), 6);
        QCOMPARE(rec.value(u"change").toObject().value(u"false_positives_avoided").toInt(), 2);
        QCOMPARE(rec.value(u"change").toObject().value(u"true_positives_lost").toInt(), 1);
    }

    void tableSaysUnreachablePlainly()
    {
        SweepRequest request;
        request.targetPrecision = 0.99;
        request.conservative = true;
        const QString table = formatSweepTable(runSweep(smallDataset(), request));
        QVERIFY2(table.startsWith(QStringLiteral("Emotion anger: 10 rows (6 true positives, 4 false positives), fully "
                                                 "labelled\n")),
                 qPrintable(table));
        QVERIFY(table.contains(QStringLiteral("   0.5000          6          5          1     83.3%   83.3%\n")));
        QVERIFY2(table.contains(QStringLiteral("Target unreachable")), qPrintable(table));
    }

    void formatNames()
    {
        QCOMPARE(reportFormatFromName(u"json"), ReportFormat::Json);
        QCOMPARE(reportFormatFromName(u"csv"), ReportFormat::Csv);
        QCOMPARE(reportFormatFromName(u"table"), ReportFormat::Table);
        QVERIFY(!reportFormatFromName(u"xml"));
    }
};

QTEST_GUILESS_MAIN(TestSweepReport)
#include "tst_sweepreport.moc"
