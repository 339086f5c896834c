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

BandEdges bandEnvelope(const QList<QPointF> &lower, const QList<QPointF> &upper, qsizetype targetCount)
{
    const qsizetype n = std::min(lower.size(), upper.size());
    if (lower.size() != upper.size() || n <= targetCount || targetCount < 4)
        return {lower, upper};
    const qsizetype buckets = targetCount / 2;
    BandEdges out;
    out.lower.reserve(buckets * 2);
    out.upper.reserve(buckets * 2);
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype first = n * b / buckets;
        const qsizetype last = n * (b + 1) / buckets - 1; // inclusive; buckets <= n/2, so last > first
        double low = lower[first].y();
        double high = upper[first].y();
        for (qsizetype i = first + 1; i <= last; ++i) {
            low = std::min(low, lower[i].y());
            high = std::max(high, upper[i].y());
        }
        out.lower.append({lower[first].x(), low});
        out.lower.append({lower[last].x(), low});
        out.upper.append({upper[first].x(), high});
        out.upper.append({upper[last].x(), high});
    }
    return out;
}

} // namespace calib
