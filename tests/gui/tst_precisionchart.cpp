#include "review/precisionchart.h"
#include "services/precisionseries.h"
#include "store/reviewstore.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace calib;
using namespace Qt::StringLiterals;

namespace {

AlertReview review(int n, const QString &emotion, const QString &day, AlertReview::Label label)
{
    AlertReview r;
    r.tenant = u"sandbox"_s;
    r.alertId = u"al_%1"_s.arg(n);
    r.label = label;
    r.reviewedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    r.alert
        = QJsonObject {{u"id"_s, r.alertId},
                       {u"emotion"_s, emotion},
                       {u"triggered_at"_s, QString(day + u"T%1:15:00Z"_s.arg(8 + n % 10, 2, 10, QLatin1Char('0')))}};
    return r;
}

// The known set: anger on Mon 2 March 2026, 8 TP and 2 FP; anger on Wed 4 March, 1 TP;
// confusion on Tue 3 March, 3 FP. Skips and an alert of an unknown emotion do not count.
QList<AlertReview> knownReviews()
{
    using L = AlertReview::Label;
    QList<AlertReview> reviews;
    int n = 0;
    for (int i = 0; i < 8; ++i)
        reviews.append(review(++n, u"anger"_s, u"2026-03-02"_s, L::TruePositive));
    for (int i = 0; i < 2; ++i)
        reviews.append(review(++n, u"anger"_s, u"2026-03-02"_s, L::FalsePositive));
    reviews.append(review(++n, u"anger"_s, u"2026-03-02"_s, L::Skip));
    reviews.append(review(++n, u"anger"_s, u"2026-03-04"_s, L::TruePositive));
    for (int i = 0; i < 3; ++i)
        reviews.append(review(++n, u"confusion"_s, u"2026-03-03"_s, L::FalsePositive));
    reviews.append(review(++n, u"boredom"_s, u"2026-03-03"_s, L::TruePositive));
    return reviews;
}

// Wilson score interval, written out here independently of the code under test.
std::pair<double, double> expectedWilson(double successes, double trials)
{
    const double z = 1.959963984540054;
    const double p = successes / trials;
    const double centre = p + z * z / (2 * trials);
    const double half = z * std::sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials));
    const double denominator = 1 + z * z / trials;
    return {(centre - half) / denominator, (centre + half) / denominator};
}

qint64 utcMidnight(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Dark pixels (text, lines) in a rectangle of the rendered chart.
int inkIn(const QImage &image, const QRect &rect)
{
    int ink = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++ink;
        }
    }
    return ink;
}

} // namespace

class TestPrecisionChart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void seriesAndIntervalsFromKnownReviews()
    {
        const QList<PrecisionSeries> series = precisionSeries(samplesFromReviews(knownReviews()), PrecisionBucket::Day);
        QCOMPARE(series.size(), 2); // anger, confusion (contract order)

        PrecisionChart chart;
        chart.resize(900, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setData(series, {});

        QLineSeries *anger = chart.lineSeries(Emotion::Anger);
        QVERIFY(anger);
        QCOMPARE(anger->count(), 2);
        QCOMPARE(qint64(anger->at(0).x()), utcMidnight(2026, 3, 2));
        QCOMPARE(anger->at(0).y(), 80.0);
        QCOMPARE(qint64(anger->at(1).x()), utcMidnight(2026, 3, 4));
        QCOMPARE(anger->at(1).y(), 100.0);

        // The band is the Wilson 95% interval: 8/10 -> [0.490, 0.943], 1/1 -> [0.207, 1].
        QAreaSeries *band = chart.bandSeries(Emotion::Anger);
        QVERIFY(band && band->lowerSeries() && band->upperSeries());
        QCOMPARE(band->lowerSeries()->count(), 2);
        const auto [low8, high8] = expectedWilson(8, 10);
        QCOMPARE(std::round(low8 * 1000) / 1000, 0.490);
        QCOMPARE(std::round(high8 * 1000) / 1000, 0.943);
        QVERIFY(std::abs(band->lowerSeries()->at(0).y() - low8 * 100) < 1e-9);
        QVERIFY(std::abs(band->upperSeries()->at(0).y() - high8 * 100) < 1e-9);
        QCOMPARE(qint64(band->lowerSeries()->at(0).x()), utcMidnight(2026, 3, 2));
        const auto [low1, high1] = expectedWilson(1, 1);
        QCOMPARE(std::round(low1 * 1000) / 1000, 0.207);
        QVERIFY(std::abs(band->lowerSeries()->at(1).y() - low1 * 100) < 1e-9);
        QCOMPARE(band->upperSeries()->at(1).y(), 100.0); // exact end: every sample a TP

        // Confusion: 0 of 3, precision 0% (a sample, not "no data"), interval [0, 0.561].
        QLineSeries *confusion = chart.lineSeries(Emotion::Confusion);
        QVERIFY(confusion);
        QCOMPARE(confusion->count(), 1);
        QCOMPARE(qint64(confusion->at(0).x()), utcMidnight(2026, 3, 3));
        QCOMPARE(confusion->at(0).y(), 0.0);
        const auto [low0, high0] = expectedWilson(0, 3);
        QCOMPARE(std::round(high0 * 1000) / 1000, 0.561);
        QAreaSeries *confusionBand = chart.bandSeries(Emotion::Confusion);
        QCOMPARE(confusionBand->lowerSeries()->at(0).y(), 0.0);
        QVERIFY(std::abs(confusionBand->upperSeries()->at(0).y() - high0 * 100) < 1e-9);
        QVERIFY(std::max(0.0, low0) < 1e-12);
        // One point: the band is a bar around it (a polygon of no width would be invisible).
        for (QLineSeries *edge : {confusionBand->lowerSeries(), confusionBand->upperSeries()}) {
            QCOMPARE(edge->count(), 2);
            QCOMPARE(edge->at(0).y(), edge->at(1).y());
            QVERIFY(edge->at(0).x() < confusion->at(0).x() && confusion->at(0).x() < edge->at(1).x());
            QCOMPARE((edge->at(0).x() + edge->at(1).x()) / 2, confusion->at(0).x());
        }
        // ... and it is drawn: inside the bar, halfway up the interval, the plot is tinted;
        // at the same height a third of a day earlier (below the anger band), it is not.
        QTest::qWait(50);
        const QImage image = chart.grab().toImage();
        const QPointF inside = chart.chart()->mapToPosition(QPointF(confusion->at(0).x(), high0 * 50), confusion);
        const QPointF beside = chart.chart()->mapToPosition(
            QPointF(confusion->at(0).x() - 0.3 * (utcMidnight(2026, 3, 4) - utcMidnight(2026, 3, 3)), high0 * 50),
            confusion);
        const QPoint pin = chart.chart()->scene()->views().first()->mapTo(&chart, inside.toPoint());
        const QPoint pout = chart.chart()->scene()->views().first()->mapTo(&chart, beside.toPoint());
        QVERIFY2(image.pixel(pin) != image.pixel(pout),
                 qPrintable(u"%1 vs %2"_s.arg(image.pixel(pin), 0, 16).arg(image.pixel(pout), 0, 16)));

        // No series for emotions without samples.
        QVERIFY(!chart.lineSeries(Emotion::Frustration));

        // The tooltip names the bucket, the interval and the sample count.
        const QString tip = chart.tooltipFor(Emotion::Anger, utcMidnight(2026, 3, 2) + 3600 * 1000);
        QVERIFY2(tip.contains(u"2026-03-02"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"80.0%"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"49.0"_s) && tip.contains(u"94.3"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"8 TP, 2 FP (n = 10)"_s), qPrintable(tip));
        QVERIFY(chart.tooltipFor(Emotion::Confusion, utcMidnight(2026, 3, 3)).contains(u"(n = 3)"_s));
    }

    void weeklyBuckets()
    {
        const QList<PrecisionSeries> series
            = precisionSeries(samplesFromReviews(knownReviews()), PrecisionBucket::Week);
        PrecisionChart chart;
        chart.resize(900, 420);
        chart.show();
        chart.setData(series, {});
        // Every anger review of that week falls into Monday 2 March: 9 TP, 2 FP.
        QLineSeries *anger = chart.lineSeries(Emotion::Anger);
        QCOMPARE(anger->count(), 1);
        QCOMPARE(qint64(anger->at(0).x()), utcMidnight(2026, 3, 2));
        QVERIFY(std::abs(anger->at(0).y() - 900.0 / 11.0) < 1e-9);
        const auto [low, high] = expectedWilson(9, 11);
        QVERIFY(std::abs(chart.bandSeries(Emotion::Anger)->lowerSeries()->at(0).y() - low * 100) < 1e-9);
        QVERIFY(std::abs(chart.bandSeries(Emotion::Anger)->upperSeries()->at(0).y() - high * 100) < 1e-9);
        QVERIFY(chart.tooltipFor(Emotion::Anger, utcMidnight(2026, 3, 2)).contains(u"(n = 11)"_s));
    }

    void markersForCalibrationChanges()
    {
        const QList<PrecisionSeries> series = precisionSeries(samplesFromReviews(knownReviews()), PrecisionBucket::Day);
        PrecisionChart chart;
        chart.resize(900, 420);
        chart.show();
        const QList<QDateTime> changes {QDateTime(QDate(2026, 3, 2), QTime(15, 30), Qt::UTC),
                                        QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC),
                                        QDateTime(QDate(2026, 3, 4), QTime(8, 45), Qt::UTC)};
        chart.setData(series, changes);
        QCOMPARE(chart.markerCount(), 3);
        // One vertical line each, across the whole precision range, at the change's time.
        int markers = 0;
        for (QAbstractSeries *s : chart.chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            if (!line || line == chart.lineSeries(Emotion::Anger) || line == chart.lineSeries(Emotion::Confusion))
                continue;
            QCOMPARE(line->count(), 2);
            QCOMPARE(line->at(0).x(), line->at(1).x());
            QCOMPARE(line->at(0).y(), 0.0);
            QCOMPARE(line->at(1).y(), 100.0);
            QCOMPARE(qint64(line->at(0).x()), changes.at(markers).toMSecsSinceEpoch());
            ++markers;
        }
        QCOMPARE(markers, 3);
        // A new set of changes replaces the markers (none are left behind).
        chart.setData(series, {changes.at(1)});
        QCOMPARE(chart.markerCount(), 1);
        chart.setData(series, {});
        QCOMPARE(chart.markerCount(), 0);
    }

    void noDataWhenNothingReviewed()
    {
        PrecisionChart chart;
        chart.resize(900, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *label = chart.findChild<QLabel *>(u"noDataLabel"_s);
        QVERIFY(label);
        // Only skips: nothing to chart.
        QList<AlertReview> skips {review(1, u"anger"_s, u"2026-03-02"_s, AlertReview::Label::Skip)};
        chart.setData(precisionSeries(samplesFromReviews(skips), PrecisionBucket::Day), {});
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(u"no data"_s));
        QVERIFY(!chart.hasChart());
        // Data, then nothing again: the message comes back and the chart hides.
        chart.setData(precisionSeries(samplesFromReviews(knownReviews()), PrecisionBucket::Day), {});
        QVERIFY(!label->isVisible());
        auto *view = chart.findChild<QChartView *>(u"precisionChartView"_s);
        QVERIFY(view && view->isVisible());
        chart.setData({}, {});
        QVERIFY(label->isVisible());
        QVERIFY(!view->isVisible());
    }

    void exportsCsv()
    {
        PrecisionChart chart;
        chart.setData(precisionSeries(samplesFromReviews(knownReviews()), PrecisionBucket::Day), {});
        const QString path = m_dir.filePath(u"precision.csv"_s);
        QString error;
        QVERIFY2(chart.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QCOMPARE(lines,
                 (QStringList {u"emotion,bucket_start,tp,fp,samples,precision,wilson_lower,wilson_upper"_s,
                               u"anger,2026-03-02T00:00:00Z,8,2,10,0.8000,0.4902,0.9433"_s,
                               u"anger,2026-03-04T00:00:00Z,1,0,1,1.0000,0.2065,1.0000"_s,
                               u"confusion,2026-03-03T00:00:00Z,0,3,3,0.0000,0.0000,0.5615"_s, QString()}));
        QVERIFY(!chart.exportCsv(m_dir.filePath(u"missing/dir/precision.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void exportsPng()
    {
        PrecisionChart chart;
        chart.resize(820, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setData(precisionSeries(samplesFromReviews(knownReviews()), PrecisionBucket::Day), {});
        const QString path = m_dir.filePath(u"precision.png"_s);
        QString error;
        QVERIFY2(chart.exportPng(path, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        auto *view = chart.findChild<QChartView *>(u"precisionChartView"_s);
        QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
        // Not blank: the lines and labels are drawn.
        QVERIFY(inkIn(image, image.rect()) > 500);
        QVERIFY(!chart.exportPng(m_dir.filePath(u"missing/dir/precision.png"_s), &error));
    }

    void axesAreLabelled()
    {
        PrecisionChart chart;
        chart.resize(900, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setData(precisionSeries(samplesFromReviews(knownReviews()), PrecisionBucket::Day), {});
        QTest::qWait(50);
        const QImage image = chart.findChild<QChartView *>(u"precisionChartView"_s)->grab().toImage();
        const QRectF plot = chart.chart()->plotArea();
        // Date labels under the plot area, percent labels left of it.
        const QRect below(int(plot.left()), int(plot.bottom()) + 3, int(plot.width()), 14);
        const QRect left(0, int(plot.top()), int(plot.left()) - 3, int(plot.height()));
        QVERIFY2(inkIn(image, below) > 40, "no date labels under the plot");
        QVERIFY2(inkIn(image, left) > 40, "no percent labels left of the plot");
        // The date labels are the UTC bucket starts around the data, one a day here.
        auto *axisX = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axisX);
        QVERIFY(axisX->labelsVisible());
        QVERIFY(axisX->min() <= double(utcMidnight(2026, 3, 2)));
        QVERIFY(axisX->max() >= double(utcMidnight(2026, 3, 4)));
        QCOMPARE(axisX->categoriesLabels(), (QStringList {u"2026-03-02"_s, u"2026-03-03"_s, u"2026-03-04"_s}));
        QCOMPARE(axisX->endValue(u"2026-03-02"_s), double(utcMidnight(2026, 3, 2)));
        // A narrow chart shows fewer labels, never overlapping ones.
        chart.resize(300, 420);
        QTest::qWait(20);
        QCOMPARE(axisX->categoriesLabels(), (QStringList {u"2026-03-02"_s, u"2026-03-04"_s}));
    }

    void largeSeriesAreDownsampled()
    {
        PrecisionChart chart;
        chart.resize(900, 420);
        chart.show();
        QList<QPointF> line;
        QList<QPointF> lower;
        QList<QPointF> upper;
        const qint64 start = utcMidnight(2020, 1, 1);
        for (int i = 0; i < 100'000; ++i) {
            const double x = double(start + qint64(i) * 3600 * 1000);
            const double y = 50 + 40 * std::sin(i / 500.0) + (i % 7);
            line.append({x, y});
            lower.append({x, y - 5});
            upper.append({x, y + 5});
        }
        chart.setCurves(Emotion::Anger, line, lower, upper);
        QLineSeries *series = chart.lineSeries(Emotion::Anger);
        QVERIFY(series->count() <= chart.maxPoints());
        QVERIFY(series->count() >= 3);
        QCOMPARE(series->at(0), line.first());
        QCOMPARE(series->at(series->count() - 1), line.last());
        QAreaSeries *band = chart.bandSeries(Emotion::Anger);
        QVERIFY(band->lowerSeries()->count() <= chart.maxPoints());
        // Thinned as an envelope: the same span, never narrower than the interval.
        QCOMPARE(band->lowerSeries()->at(0).x(), lower.first().x());
        QVERIFY(band->lowerSeries()->at(0).y() <= lower.first().y());
        const QPointF lastUpper = band->upperSeries()->at(band->upperSeries()->count() - 1);
        QCOMPARE(lastUpper.x(), upper.last().x());
        QVERIFY(lastUpper.y() >= upper.last().y());
        double lowest = 100;
        for (const QPointF &p : lower)
            lowest = std::min(lowest, p.y());
        double bandLowest = 100;
        for (const QPointF &p : band->lowerSeries()->points())
            bandLowest = std::min(bandLowest, p.y());
        QCOMPARE(bandLowest, lowest);
        // The extremes of a smooth wave survive the downsampling.
        double top = 0;
        for (const QPointF &p : series->points())
            top = std::max(top, p.y());
        QVERIFY(top > 90.0);
    }

    // A long history of two emotions, downsampled and drawn without antialiasing, keeps
    // its labels; the image is kept beside the build for a look.
    void longHistoryStaysReadable()
    {
        PrecisionChart chart;
        chart.resize(1100, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QList<PrecisionSample> samples;
        for (int day = 0; day < 900; ++day) {
            const QDateTime when(QDate(2024, 1, 1).addDays(day), QTime(10, 0), Qt::UTC);
            for (int k = 0; k < 6; ++k) {
                samples.append({Emotion::Anger, when, (day / 30 + k) % 5 != 0});
                samples.append({Emotion::Frustration, when, (day / 45 + k) % 3 != 0});
            }
        }
        chart.setData(precisionSeries(samples, PrecisionBucket::Day), {QDateTime(QDate(2025, 3, 1), QTime(), Qt::UTC)});
        QTest::qWait(50);
        QVERIFY(chart.lineSeries(Emotion::Anger)->count() <= chart.maxPoints());
        QVERIFY(chart.lineSeries(Emotion::Frustration)->count() <= chart.maxPoints());
        auto *axisX = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axisX);
        QVERIFY(axisX->categoriesLabels().size() >= 3);
        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
        image.save(QString::fromUtf8(CALIB_BINARY_DIR) + u"/screenshot-precisionchart.png"_s);
    }
};

QTEST_MAIN(TestPrecisionChart)
#include "tst_precisionchart.moc"
