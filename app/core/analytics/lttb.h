#pragma once

#include <QList>
#include <QPointF>

namespace calib {

// Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013) of a series sorted by x:
// keeps the first and last points and exactly targetCount points in all (the input
// itself when it is not longer than targetCount, or targetCount < 3).
[[nodiscard]] QList<QPointF> lttb(const QList<QPointF> &points, qsizetype targetCount);

} // namespace calib
