#include "core/analytics/lttb.h"

#include <QTest>

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
