#include "core/analytics/dataset.h"
#include "core/analytics/replay.h"
#include "core/calibration.h"

#include <QTest>

using namespace calib;

namespace {

// Reviewed anger alerts raised at 0.80: 0.80 T, 0.82 F, 0.84 F, 0.86 T, 0.90 T, 0.93 F, 0.97 T.
Dataset reviewedAnger()
{
    Dataset dataset;
    const QList<QPair<double, bool>> rows {{0.80, true}, {0.82, false}, {0.84, false}, {0.86, true},
                                           {0.90, true}, {0.93, false}, {0.97, true}};
    for (const auto &row : rows)
        dataset.append(Emotion::Anger, row.first, row.second);
    return dataset;
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void raisingKeepsAndDrops()
    {
        const ReplayResult result = replay(reviewedAnger(), {{Emotion::Anger, 0.8}}, {{Emotion::Anger, 0.85}});
        QCOMPARE(result.emotions.size(), 1);
        const EmotionReplay &r = result.emotions.first();
        QCOMPARE(r.status, EmotionReplay::Status::Computed);
        QCOMPARE(r.before.alerts, 7);
        QCOMPARE(r.kept, 4);
        QCOMPARE(r.dropped, 3);
        QCOMPARE(r.truePositivesLost, 1);
        QCOMPARE(r.falsePositivesAvoided, 2);
        QCOMPARE(*r.after.precision, 3.0 / 4.0);
        QCOMPARE(result.dropped, 3);
        QVERIFY(!result.needsFullyLabelled);
        QVERIFY(r.message.contains(QStringLiteral("keeps 4 of 7 alerts")));
    }

    void unchangedThresholdChangesNothing()
    {
        const ReplayResult result = replay(reviewedAnger(), {{Emotion::Anger, 0.8}}, {{Emotion::Anger, 0.8}});
        QCOMPARE(result.kept, 7);
        QCOMPARE(result.dropped, 0);
        QCOMPARE(result.truePositivesLost, 0);
    }

    void loweringOverReviewedAlertsIsRefused()
    {
        const ReplayResult result = replay(reviewedAnger(), {{Emotion::Anger, 0.8}}, {{Emotion::Anger, 0.7}});
        const EmotionReplay &r = result.emotions.first();
        QCOMPARE(r.status, EmotionReplay::Status::NeedsFullyLabelled);
        QVERIFY(result.needsFullyLabelled);
        QCOMPARE(r.added, 0);
        QVERIFY2(r.message.contains(QStringLiteral("needs a fully labelled dataset")), qPrintable(r.message));
    }

    void loweringOverAFullyLabelledDataset()
    {
        Dataset dataset = reviewedAnger();
        dataset.append(Emotion::Anger, 0.75, true);
        dataset.append(Emotion::Anger, 0.72, false);
        dataset.append(Emotion::Anger, 0.71, false);
        dataset.append(Emotion::Anger, 0.40, true);
        dataset.setFullyLabelled(true);
        const ReplayResult result = replay(dataset, {{Emotion::Anger, 0.8}}, {{Emotion::Anger, 0.7}});
        const EmotionReplay &r = result.emotions.first();
        QCOMPARE(r.status, EmotionReplay::Status::Computed);
        QCOMPARE(r.kept, 7);
        QCOMPARE(r.added, 3);
        QCOMPARE(r.truePositivesGained, 1);
        QCOMPARE(r.falsePositivesAdded, 2);
        QCOMPARE(r.dropped, 0);
    }

    void severalEmotionsAndMissingOnes()
    {
        Dataset dataset = reviewedAnger();
        dataset.append(Emotion::Confusion, 0.9, false);
        dataset.append(Emotion::Confusion, 0.95, true);
        const ThresholdSet before {{Emotion::Anger, 0.8},
                                   {Emotion::Confusion, 0.9},
                                   {Emotion::Frustration, 0.6},
                                   {Emotion::Satisfaction, 0.5}};
        const ThresholdSet after {{Emotion::Anger, 0.85}, {Emotion::Confusion, 0.92}, {Emotion::Frustration, 0.7}};
        const ReplayResult result = replay(dataset, before, after);
        QCOMPARE(result.emotions.size(), 4);
        QCOMPARE(result.dropped, 3 + 1);
        QCOMPARE(result.falsePositivesAvoided, 2 + 1);
        QCOMPARE(result.emotions[1].emotion, Emotion::Frustration);
        QCOMPARE(result.emotions[1].status, EmotionReplay::Status::NoData);
        QCOMPARE(result.emotions[2].emotion, Emotion::Satisfaction);
        QCOMPARE(result.emotions[2].status, EmotionReplay::Status::Unchanged);
    }

    void thresholdsOfACalibration()
    {
        Calibration calibration;
        calibration.alertTriggers = {{Emotion::Anger, 0.85, Directive::Block},
                                     {Emotion::Anger, 0.6, Directive::Notify},
                                     {Emotion::Confusion, 0.7, Directive::Log}};
        const ThresholdSet set = thresholdsOf(calibration);
        QCOMPARE(set.size(), 2);
        QCOMPARE(set.value(Emotion::Anger), 0.6);
        QCOMPARE(set.value(Emotion::Confusion), 0.7);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
