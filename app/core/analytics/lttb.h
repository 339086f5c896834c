#pragma once

#include <QList>
#include <QPointF>

namespace calib {

// Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013) of a series sorted by x:
// keeps the first and last points and exactly targetCount points in all (the input
// itself when it is not longer than targetCount, or targetCount < 3).
[[nodiscard]] QList<QPointF> lttb(const QList<QPointF> &points, qsizetype targetCount);

// An interval band (lower and upper edge at the same x values, sorted by x) thinned to at
// most targetCount points per edge without ever narrowing it: the points fall into buckets
// of equal count, and each bucket becomes two points (its first and last x) at the lowest
// lower and the highest upper value in it. Drawn as polylines, the result contains the
// original band at every x. Returned as is when short enough (or targetCount < 4).
struct BandEdges
{
    QList<QPointF> lower;
    QList<QPointF> upper;
};
[[nodiscard]] BandEdges bandEnvelope(const QList<QPointF> &lower, const QList<QPointF> &upper, qsizetype targetCount);

} // namespace calib
