#include "core/analytics/dataset.h"
#include "core/analytics/recommendation.h"

#include <QTest>

using namespace calib;

namespace {

// Anger, fully labelled. Precision at a threshold t (alerts = score >= t):
//   0.95: 1/1  0.90: 2/2  0.85: 3/4  0.80: 4/5  0.75: 4/6  0.70: 5/7  0.65: 5/8
//   0.60: 5/9  0.50: 6/10 0.40: 6/11 0.30: 6/12
Dataset knownDataset(bool withTimestamps = false)
{
    const QList<QPair<double, bool>> rows {{0.95, true}, {0.9, true},   {0.85, true}, {0.85, false},
                                           {0.8, true},  {0.75, false}, {0.7, true},  {0.65, false},
                                           {0.6, false}, {0.5, true},   {0.4, false}, {0.3, false}};
    Dataset dataset;
    dataset.setFullyLabelled(true);
    const QDateTime start(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // Ten days from the first to the last row.
        const qint64 ts = withTimestamps ? start.addSecs(i * 10 * 86400 / (rows.size() - 1)).toMSecsSinceEpoch()
                                         : EmotionColumns::noTimestamp;
        dataset.append(Emotion::Anger, rows[i].first, rows[i].second, ts);
    }
    return dataset;
}

RecommendationOptions target(double precision)
{
    RecommendationOptions options;
    options.targetPrecision = precision;
    return options;
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT

private slots:
    void lowestThresholdOnTheEditorGrid()
    {
        const Recommendation r = recommendThreshold(knownDataset(), Emotion::Anger, target(0.8));
        QVERIFY(r.reachable);
        // 0.76 is the lowest multiple of 0.01 whose alerts (>= 0.76) are 4 of 5 true.
        QCOMPARE(r.threshold, 0.76);
        QCOMPARE(r.expected.alerts, 5);
        QCOMPARE(r.expected.truePositives, 4);
        QCOMPARE(*r.expected.precision, 0.8);
        QCOMPARE(*r.expected.recall, 4.0 / 6.0);
        QVERIFY(r.precisionLowerBound.has_value());
        QVERIFY(*r.precisionLowerBound < 0.8);
        QVERIFY(!r.clamped);

        const Recommendation lower = recommendThreshold(knownDataset(), Emotion::Anger, target(0.7));
        QCOMPARE(lower.threshold, 0.66); // 5 of 7
        QCOMPARE(*lower.expected.recall, 5.0 / 6.0);
    }

    void exactScoresWhenStepIsZero()
    {
        RecommendationOptions options = target(0.8);
        options.step = 0.0;
        const Recommendation r = recommendThreshold(knownDataset(), Emotion::Anger, options);
        QVERIFY(r.reachable);
        QCOMPARE(r.threshold, 0.8);
        options.targetPrecision = 0.7;
        QCOMPARE(recommendThreshold(knownDataset(), Emotion::Anger, options).threshold, 0.7);
    }

    void blockDirectiveIsClamped()
    {
        RecommendationOptions options = target(0.7);
        options.directive = Directive::Block;
        const Recommendation r = recommendThreshold(knownDataset(), Emotion::Anger, options);
        QVERIFY(r.reachable);
        QCOMPARE(r.minAllowed, 0.7);
        QCOMPARE(r.threshold, 0.7); // 0.66 would do, but block needs >= 0.7
        QVERIFY(r.clamped);
        QVERIFY2(r.notes.join(u' ').contains(QStringLiteral("block directives require a minimum threshold of 0.7")),
                 qPrintable(r.notes.join(u'\n')));

        options.directive = Directive::Notify;
        QVERIFY(!recommendThreshold(knownDataset(), Emotion::Anger, options).clamped);
    }

    void unreachableTargetIsSaidPlainly()
    {
        RecommendationOptions options = target(0.8);
        options.conservative = true; // the Wilson lower bound of 2 of 2 is only 0.34
        const Recommendation r = recommendThreshold(knownDataset(), Emotion::Anger, options);
        QVERIFY(!r.reachable);
        QVERIFY2(r.notes.value(0).startsWith(QStringLiteral("Target unreachable: no threshold between 0.00 and 0.95")),
                 qPrintable(r.notes.join(u'\n')));
        QVERIFY(!r.change.has_value());
    }

    void conservativeNeedsEnoughEvidence()
    {
        Dataset dataset;
        dataset.setFullyLabelled(true);
        for (int i = 0; i < 200; ++i)
            dataset.append(Emotion::Confusion, 0.9, true);
        for (int i = 0; i < 10; ++i)
            dataset.append(Emotion::Confusion, 0.9, false);
        for (int i = 0; i < 40; ++i)
            dataset.append(Emotion::Confusion, 0.5, i < 36);
        // 236/250 = 0.944 at 0.50, 200/210 = 0.952 at 0.9; lower bounds 0.909 and 0.914.
        RecommendationOptions options = target(0.9);
        QCOMPARE(recommendThreshold(dataset, Emotion::Confusion, options).threshold, 0.0);
        options.conservative = true;
        options.targetPrecision = 0.912;
        const Recommendation r = recommendThreshold(dataset, Emotion::Confusion, options);
        QVERIFY(r.reachable);
        QCOMPARE(r.threshold, 0.51);
        QVERIFY(*r.precisionLowerBound >= 0.912);
    }

    void targetOnlyAboveTheMaximum()
    {
        Dataset dataset;
        dataset.setFullyLabelled(true);
        dataset.append(Emotion::Anger, 0.99, true);
        dataset.append(Emotion::Anger, 0.98, true);
        dataset.append(Emotion::Anger, 0.96, false);
        dataset.append(Emotion::Anger, 0.5, false);
        const Recommendation r = recommendThreshold(dataset, Emotion::Anger, target(0.9));
        QVERIFY(!r.reachable);
        QVERIFY2(r.notes.value(0).contains(QStringLiteral("only reached above 0.95")), qPrintable(r.notes.join(u'\n')));
    }

    void changeAgainstTheThresholdInForce()
    {
        RecommendationOptions options = target(0.8);
        options.currentThreshold = 0.6;
        const Recommendation r = recommendThreshold(knownDataset(true), Emotion::Anger, options);
        QVERIFY(r.change.has_value());
        QCOMPARE(r.change->from.alerts, 9); // 5 true, 4 false at 0.60
        QCOMPARE(r.change->alertsDropped, 4);
        QCOMPARE(r.change->truePositivesLost, 1);
        QCOMPARE(r.change->falsePositivesAvoided, 3);
        QVERIFY(r.alertsPerDay.has_value());
        QCOMPARE(*r.alertsPerDay, 0.5); // 5 alerts over 10 days

        const Recommendation noTimes = recommendThreshold(knownDataset(false), Emotion::Anger, options);
        QVERIFY(!noTimes.alertsPerDay.has_value());
        QVERIFY(noTimes.notes.join(u' ').contains(QStringLiteral("not every row has a timestamp")));
    }

    void reviewedAlertsCannotJudgeLowering()
    {
        Dataset reviewed = knownDataset();
        reviewed.setFullyLabelled(false);
        RecommendationOptions options = target(0.7);
        options.currentThreshold = 0.8;
        const Recommendation r = recommendThreshold(reviewed, Emotion::Anger, options);
        QVERIFY(r.loweringNeedsFullLabels);
        QVERIFY(r.reachable);
        QCOMPARE(r.threshold, 0.8); // 0.66 is below the threshold in force: not judged
        QVERIFY(r.notes.join(u' ').contains(QStringLiteral("lowering a threshold needs a fully labelled dataset")));

        Dataset full = knownDataset();
        QCOMPARE(recommendThreshold(full, Emotion::Anger, options).threshold, 0.66);
    }

    void noDataForTheEmotion()
    {
        const Recommendation r = recommendThreshold(knownDataset(), Emotion::Satisfaction, target(0.8));
        QVERIFY(!r.reachable);
        QVERIFY(r.notes.value(0).contains(QStringLiteral("no labelled alerts")));
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
