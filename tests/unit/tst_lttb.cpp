#include "core/analytics/lttb.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace calib;

namespace {

QList<QPointF> series(const QList<double> &ys)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i < ys.size(); ++i)
        points.append(QPointF(double(i), ys[i]));
    return points;
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT

private slots:
    void knownSmallExamples()
    {
        // Worked by hand from the published algorithm (Steinarsson 2013, reference code).
        const QList<QPointF> first = lttb(series({0, 1, 0, 5, 0, 1, 0, 2, 0, 0}), 5);
        const QList<QPointF> expected {{0, 0}, {2, 0}, {3, 5}, {6, 0}, {9, 0}};
        QCOMPARE(first, expected);

        const QList<QPointF> second = lttb(series({3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3}), 6);
        const QList<QPointF> expected2 {{0, 3}, {3, 1}, {5, 9}, {9, 3}, {12, 9}, {15, 3}};
        QCOMPARE(second, expected2);
    }

    void keepsEndsAndExactCount()
    {
        QList<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points.append(QPointF(i * 0.001, std::sin(i * 0.01) + (i % 7) * 0.01));
        for (const qsizetype target : {3, 4, 10, 999, 1000, 99999}) {
            const QList<QPointF> out = lttb(points, target);
            QCOMPARE(out.size(), target);
            QCOMPARE(out.first(), points.first());
            QCOMPARE(out.last(), points.last());
            for (qsizetype i = 1; i < out.size(); ++i)
                QVERIFY(out[i].x() > out[i - 1].x()); // in order, no point twice
        }
    }

    void keepsThePeak()
    {
        QList<double> ys(1000, 0.0);
        ys[517] = 100.0;
        const QList<QPointF> out = lttb(series(ys), 20);
        QVERIFY(out.contains(QPointF(517, 100.0)));
    }

    // The thinned band contains the original one at every original x (linear between the
    // kept points), keeps both ends' x and stays within the point budget.
    void bandEnvelopeNeverNarrowsTheBand()
    {
        QList<QPointF> lower;
        QList<QPointF> upper;
        quint32 state = 12345;
        const auto next = [&state] {
            state = state * 1664525U + 1013904223U;
            return double(state >> 8) / double(1 << 24);
        };
        for (int i = 0; i < 10'000; ++i) {
            const double centre = 50 + 30 * std::sin(i / 300.0) + 10 * (next() - 0.5);
            const double half = 2 + 8 * next();
            lower.append({double(i) * 1000.0, centre - half});
            upper.append({double(i) * 1000.0, centre + half});
        }
        const BandEdges band = bandEnvelope(lower, upper, 600);
        QVERIFY(band.lower.size() <= 600);
        QCOMPARE(band.lower.size(), band.upper.size());
        QCOMPARE(band.lower.first().x(), lower.first().x());
        QCOMPARE(band.lower.last().x(), lower.last().x());
        const auto at = [](const QList<QPointF> &edge, double x) {
            const auto it
                = std::lower_bound(edge.begin(), edge.end(), x, [](const QPointF &p, double v) { return p.x() < v; });
            if (it->x() == x)
                return it->y();
            const QPointF &b = *it;
            const QPointF &a = *(it - 1);
            return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
        };
        for (int i = 0; i < lower.size(); ++i) {
            QVERIFY2(at(band.lower, lower[i].x()) <= lower[i].y() + 1e-9, qPrintable(QString::number(i)));
            QVERIFY2(at(band.upper, upper[i].x()) >= upper[i].y() - 1e-9, qPrintable(QString::number(i)));
        }
        // Short bands and mismatched edges are left alone.
        QCOMPARE(bandEnvelope(lower.mid(0, 100), upper.mid(0, 100), 600).lower, lower.mid(0, 100));
        QCOMPARE(bandEnvelope(lower, upper.mid(0, 10), 600).upper, upper.mid(0, 10));
    }

    void shortInputIsReturnedAsIs()
    {
        const QList<QPointF> points = series({1, 2, 3, 4});
        QCOMPARE(lttb(points, 4), points);
        QCOMPARE(lttb(points, 10), points);
        QCOMPARE(lttb(points, 2), points); // fewer than 3 cannot keep both ends and a shape
        QCOMPARE(lttb({}, 5), QList<QPointF>());
    }
};

QTEST_GUILESS_MAIN(TestLttb)
#include "tst_lttb.moc"
