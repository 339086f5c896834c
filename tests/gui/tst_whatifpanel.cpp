#include "core/analytics/dataset.h"
#include "core/calibration.h"
#include "whatif/thresholdchartview.h"
#include "whatif/whatifpanel.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

// Ten anger rows with known labels, spread over exactly two days:
// score 0.95 0.90 0.85 0.80 0.75 0.70 0.60 0.50 0.40 0.30
// label  T    T    F    T    F    T    F    T    F    F     (5 true, 5 false)
std::shared_ptr<const Dataset> knownDataset(bool fullyLabelled, bool timestamps = true)
{
    const double scores[] = {0.95, 0.90, 0.85, 0.80, 0.75, 0.70, 0.60, 0.50, 0.40, 0.30};
    const bool labels[] = {true, true, false, true, false, true, false, true, false, false};
    const qint64 start = QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 day = 86400000;
    auto dataset = std::make_shared<Dataset>();
    for (int i = 0; i < 10; ++i) {
        const qint64 ts = timestamps ? start + (i == 9 ? 2 * day : i * 3600000) : EmotionColumns::noTimestamp;
        dataset->append(Emotion::Anger, scores[i], labels[i], ts);
    }
    dataset->append(Emotion::Confusion, 0.9, true, timestamps ? start : EmotionColumns::noTimestamp);
    dataset->setFullyLabelled(fullyLabelled);
    return dataset;
}

Calibration calibrationWithAnger(double notify, double block)
{
    Calibration c;
    c.alertTriggers = {AlertTrigger {Emotion::Anger, block, Directive::Block},
                       AlertTrigger {Emotion::Anger, notify, Directive::Notify},
                       AlertTrigger {Emotion::Frustration, 0.6, Directive::Escalate}};
    return c;
}

QString text(const WhatIfPanel &panel, const char *name)
{
    auto *label = panel.findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : u"<missing %1>"_s.arg(QLatin1StringView(name));
}

QList<double> xs(const QXYSeries *series)
{
    QList<double> out;
    const QList<QPointF> points = series->points();
    for (const QPointF &p : points)
        out.append(p.x());
    return out;
}

} // namespace

class TestWhatIfPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void emptyState()
    {
        WhatIfPanel panel;
        auto *stack = panel.findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *empty = panel.findChild<QLabel *>(u"whatIfEmptyLabel"_s);
        QVERIFY(empty);
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->text().contains(u"No dataset loaded"_s));
        QVERIFY(!panel.hasCharts()); // created lazily
        QVERIFY(!panel.findChild<QPushButton *>(u"useRecommendedButton"_s)->isEnabled());
    }

    void numbersForKnownDataset()
    {
        WhatIfPanel panel;
        panel.setThresholdsInForce(calibrationWithAnger(0.8, 0.9)); // in force: 0.80 (the lowest)
        panel.setDataset(knownDataset(true));
        QVERIFY(panel.hasCharts());
        QCOMPARE(panel.emotion(), Emotion::Anger);
        QCOMPARE(panel.thresholdInForce(Emotion::Anger), std::optional<double>(0.8));
        QCOMPARE(panel.thresholdInForce(Emotion::Confusion), std::nullopt);

        auto *spin = panel.findChild<QDoubleSpinBox *>(u"proposedThresholdSpinBox"_s);
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 0.0);
        QCOMPARE(spin->maximum(), 0.95);
        QCOMPARE(spin->singleStep(), 0.01);
        // The proposal starts at the threshold in force.
        QCOMPARE(spin->value(), 0.8);
        QCOMPARE(text(panel, "inForceValueLabel"), u"0.80"_s);
        // >= 0.80: 0.95 T, 0.90 T, 0.85 F, 0.80 T.
        QCOMPARE(text(panel, "precisionValueLabel"), u"75.0%"_s);
        QCOMPARE(text(panel, "recallValueLabel"), u"60.0%"_s);
        QCOMPARE(text(panel, "alertsValueLabel"), u"4"_s);
        QCOMPARE(text(panel, "truePositivesValueLabel"), u"3"_s);
        QCOMPARE(text(panel, "falsePositivesValueLabel"), u"1"_s);
        QCOMPARE(text(panel, "alertsPerDayValueLabel"), u"2.0"_s); // 4 alerts over 2 days
        QCOMPARE(text(panel, "truePositivesLostValueLabel"), u"0"_s);
        QCOMPARE(text(panel, "falsePositivesAvoidedValueLabel"), u"0"_s);

        // Raising it: >= 0.86 keeps 0.95 T and 0.90 T.
        spin->setValue(0.86);
        QCOMPARE(text(panel, "precisionValueLabel"), u"100.0%"_s);
        QCOMPARE(text(panel, "recallValueLabel"), u"40.0%"_s);
        QCOMPARE(text(panel, "alertsValueLabel"), u"2"_s);
        QCOMPARE(text(panel, "truePositivesLostValueLabel"), u"+1"_s);
        QCOMPARE(text(panel, "falsePositivesAvoidedValueLabel"), u"+1"_s);

        // Lowering it over fully labelled data: >= 0.70 adds 0.75 F and 0.70 T.
        spin->setValue(0.7);
        QCOMPARE(text(panel, "precisionValueLabel"), u"66.7%"_s);
        QCOMPARE(text(panel, "recallValueLabel"), u"80.0%"_s);
        QCOMPARE(text(panel, "alertsValueLabel"), u"6"_s);
        QCOMPARE(text(panel, "truePositivesLostValueLabel"), u"-1"_s);
        QCOMPARE(text(panel, "falsePositivesAvoidedValueLabel"), u"-1"_s);

        // Everything: 10 alerts, 5 true.
        spin->setValue(0.0);
        QCOMPARE(text(panel, "precisionValueLabel"), u"50.0%"_s);
        QCOMPARE(text(panel, "recallValueLabel"), u"100.0%"_s);
        QCOMPARE(text(panel, "alertsValueLabel"), u"10"_s);

        // Another emotion: its own curve, no trigger in force.
        panel.findChild<QComboBox *>(u"whatIfEmotionCombo"_s)->setCurrentIndex(int(Emotion::Confusion));
        QCOMPARE(panel.emotion(), Emotion::Confusion);
        QCOMPARE(text(panel, "alertsValueLabel"), u"1"_s);
        QCOMPARE(text(panel, "truePositivesLostValueLabel"), u"—"_s);
        QVERIFY(panel.inForceMarker()->points().isEmpty());
    }

    void reviewedAlertsOnlyCannotJudgeLowering()
    {
        WhatIfPanel panel;
        panel.setThresholdsInForce(calibrationWithAnger(0.8, 0.9));
        panel.setDataset(knownDataset(false, false));
        QCOMPARE(text(panel, "alertsPerDayValueLabel"), u"— (no timestamps)"_s);
        panel.setProposedThreshold(0.7);
        QCOMPARE(text(panel, "truePositivesLostValueLabel"), u"n/a"_s);
        QVERIFY(text(panel, "changeNoteLabel").contains(u"fully labelled"_s));
        // The counts themselves are still shown.
        QCOMPARE(text(panel, "alertsValueLabel"), u"6"_s);
    }

    void useRecommendedEmitsTheThreshold()
    {
        WhatIfPanel panel;
        panel.setThresholdsInForce(calibrationWithAnger(0.8, 0.9));
        panel.setDataset(knownDataset(true));
        QSignalSpy spy(&panel, &WhatIfPanel::recommendedThreshold);
        auto *target = panel.findChild<QDoubleSpinBox *>(u"targetPrecisionSpinBox"_s);
        auto *button = panel.findChild<QPushButton *>(u"useRecommendedButton"_s);
        QVERIFY(target && button);

        // Precision reaches 75% first above 0.75 (0.76 .. 0.80 keep 4 alerts, 3 true).
        target->setValue(0.75);
        QVERIFY(button->isEnabled());
        QVERIFY(panel.recommendation() && panel.recommendation()->reachable);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Emotion>(), Emotion::Anger);
        QCOMPARE(spy.at(0).at(1).toDouble(), 0.76);
        QCOMPARE(panel.proposedThreshold(), 0.76);
        QCOMPARE(text(panel, "precisionValueLabel"), u"75.0%"_s);

        // 100% needs 0.86 .. 0.90.
        target->setValue(1.0);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).toDouble(), 0.86);

        // Conservative: with ten rows the Wilson lower bound never reaches 75%.
        target->setValue(0.75);
        panel.findChild<QCheckBox *>(u"conservativeCheckBox"_s)->setChecked(true);
        QVERIFY(!button->isEnabled());
        QVERIFY(panel.findChild<QLabel *>(u"recommendationLabel"_s)->text().contains(u"No threshold"_s));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
    }

    void markersFollowTheThresholds()
    {
        WhatIfPanel panel;
        panel.setThresholdsInForce(calibrationWithAnger(0.8, 0.9));
        panel.setDataset(knownDataset(true));
        QCOMPARE(xs(panel.inForceMarker()), (QList<double> {0.8, 0.8}));
        QCOMPARE(xs(panel.proposedMarker()), (QList<double> {0.8, 0.8}));
        panel.setProposedThreshold(0.9);
        QCOMPARE(xs(panel.proposedMarker()), (QList<double> {0.9, 0.9}));
        QCOMPARE(xs(panel.inForceMarker()), (QList<double> {0.8, 0.8}));
        // Precision-recall markers: (recall, precision) in percent.
        QCOMPARE(panel.proposedPrMarker()->points(), (QList<QPointF> {QPointF(40.0, 100.0)}));
        QCOMPARE(panel.inForcePrMarker()->points(), (QList<QPointF> {QPointF(60.0, 75.0)}));
        // Curves: one point per distinct score, ascending threshold.
        QCOMPARE(panel.precisionSeries()->count(), 10);
        QCOMPARE(panel.precisionSeries()->at(0), QPointF(0.3, 50.0));
        QCOMPARE(panel.precisionSeries()->at(9), QPointF(0.95, 100.0));
        QCOMPARE(panel.recallSeries()->at(0), QPointF(0.3, 100.0));
        QCOMPARE(panel.prCurveSeries()->count(), 10);

        panel.setThresholdsInForce(calibrationWithAnger(0.85, 0.9));
        QCOMPARE(xs(panel.inForceMarker()), (QList<double> {0.85, 0.85}));
    }

    void draggingTheProposedMarker()
    {
        WhatIfPanel panel;
        panel.resize(900, 600);
        panel.setThresholdsInForce(calibrationWithAnger(0.8, 0.9));
        panel.setDataset(knownDataset(true));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ThresholdChartView *view = panel.thresholdChartView();
        QVERIFY(view);
        QTRY_VERIFY(view->chart()->plotArea().width() > 50);
        const auto viewportPoint = [&](double threshold) {
            const QPointF chartPos = view->chart()->mapToPosition(QPointF(threshold, 50.0), panel.proposedMarker());
            return view->mapFromScene(view->chart()->mapToScene(chartPos));
        };
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, viewportPoint(0.5));
        QVERIFY(view->isDragging());
        QCOMPARE(panel.proposedThreshold(), 0.5);
        QCOMPARE(text(panel, "alertsValueLabel"), u"8"_s);
        QMouseEvent move(QEvent::MouseMove, viewportPoint(0.6), view->viewport()->mapToGlobal(viewportPoint(0.6)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QCOMPARE(panel.proposedThreshold(), 0.6);
        QCOMPARE(xs(panel.proposedMarker()), (QList<double> {0.6, 0.6}));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, viewportPoint(0.6));
        QVERIFY(!view->isDragging());
        // Beyond the allowed range: clamped to the constraint's maximum.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, viewportPoint(0.99));
        QCOMPARE(panel.proposedThreshold(), 0.95);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, viewportPoint(0.99));
    }

    void importsAFileAsynchronously()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"small.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("interaction_id,emotion,confidence,label,timestamp\r\n"
                   "a1,anger,0.9,true,2024-04-01T00:00:00Z\r\n"
                   "a2,anger,0.8,fp,2024-04-01T01:00:00Z\r\n"
                   "a3,anger,NaN,true,2024-04-01T02:00:00Z\r\n"
                   "a4,anger,0.7,1,2024-04-01T03:00:00Z\r\n");
        file.close();

        WhatIfPanel panel;
        QSignalSpy finished(&panel, &WhatIfPanel::importFinished);
        panel.loadDatasetFile(path);
        QVERIFY(panel.isLoading());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!panel.isLoading());
        QVERIFY(panel.dataset());
        QCOMPARE(panel.dataset()->rowCount(), 3);
        auto *errors = panel.findChild<QListWidget *>(u"importErrorsList"_s);
        QCOMPARE(errors->count(), 1);
        QVERIFY2(errors->item(0)->text().contains(u"line 4"_s), qPrintable(errors->item(0)->text()));
        panel.setProposedThreshold(0.75);
        QCOMPARE(text(panel, "alertsValueLabel"), u"2"_s);
        QCOMPARE(text(panel, "precisionValueLabel"), u"50.0%"_s);

        // A missing file is reported, and the panel keeps what it had.
        panel.loadDatasetFile(dir.filePath(u"missing.csv"_s));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QCOMPARE(panel.dataset()->rowCount(), 3);
        QVERIFY(errors->count() >= 1);
    }

    void screenshotWithSampleDataset()
    {
        WhatIfPanel panel;
        Calibration c;
        c.alertTriggers = {AlertTrigger {Emotion::Anger, 0.8, Directive::Notify},
                           AlertTrigger {Emotion::Anger, 0.9, Directive::Block}};
        panel.setThresholdsInForce(c);
        panel.resize(900, 600);
        QSignalSpy finished(&panel, &WhatIfPanel::importFinished);
        panel.loadDatasetFile(QStringLiteral(CALIB_SOURCE_DIR "/resources/datasets/sample-labelled.csv"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(panel.dataset()->rowCount() > 1000);
        panel.setProposedThreshold(0.72);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.precisionSeries()->count() > 10);
        QVERIFY(panel.precisionSeries()->count() <= 800);
        panel.grab().save(u"/tmp/whatif.png"_s);
    }
};

QTEST_MAIN(TestWhatIfPanel)
#include "tst_whatifpanel.moc"
