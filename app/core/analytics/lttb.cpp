#include "core/analytics/lttb.h"

#include <algorithm>
#include <cmath>

namespace calib {

QList<QPointF> lttb(const QList<QPointF> &points, qsizetype targetCount)
{
    const qsizetype n = points.size();
    if (targetCount >= n || targetCount < 3)
        return points;

    QList<QPointF> sampled;
    sampled.reserve(targetCount);
    sampled.append(points.first());

    // The inner points fall into targetCount - 2 buckets of equal width.
    const double bucketSize = double(n - 2) / double(targetCount - 2);
    qsizetype a = 0; // index of the point chosen in the previous bucket
    for (qsizetype bucket = 0; bucket < targetCount - 2; ++bucket) {
        const auto start = qsizetype(std::floor(double(bucket) * bucketSize)) + 1;
        const auto end = qsizetype(std::floor(double(bucket + 1) * bucketSize)) + 1; // exclusive

        // Average of the next bucket (only the last point after the last bucket).
        const auto nextStart = end;
        const qsizetype nextEnd = std::min(qsizetype(std::floor(double(bucket + 2) * bucketSize)) + 1, n);
        double avgX = 0.0;
        double avgY = 0.0;
        for (qsizetype i = nextStart; i < nextEnd; ++i) {
            avgX += points[i].x();
            avgY += points[i].y();
        }
        const double count = double(nextEnd - nextStart);
        avgX /= count;
        avgY /= count;

        const QPointF &pa = points[a];
        double bestArea = -1.0;
        qsizetype best = start;
        for (qsizetype i = start; i < end; ++i) {
            const double area
                = std::abs((pa.x() - avgX) * (points[i].y() - pa.y()) - (pa.x() - points[i].x()) * (avgY - pa.y()));
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        sampled.append(points[best]);
        a = best;
    }
    sampled.append(points.last());
    return sampled;
}

} // namespace calib
