#pragma once

#include "core/analytics/wilson.h"
#include "core/emotion.h"
#include "store/reviewstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace calib {

// Precision over time from alert reviews: pure functions, no I/O.
enum class PrecisionBucket { Day, Week };

// One reviewed alert reduced to what precision needs (skips are not samples).
struct PrecisionSample
{
    Emotion emotion = Emotion::Anger;
    QDateTime at; // when the alert fired (UTC)
    bool truePositive = false;
};

struct PrecisionPoint
{
    QDateTime bucketStart; // UTC midnight (a Monday for weeks)
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    std::optional<double> precision; // nothing when there is no sample
    std::optional<WilsonInterval> interval; // Wilson 95%

    [[nodiscard]] qint64 samples() const { return truePositives + falsePositives; }
    friend bool operator==(const PrecisionPoint &, const PrecisionPoint &) = default;
};

struct PrecisionSeries
{
    Emotion emotion = Emotion::Anger;
    QList<PrecisionPoint> points; // by bucketStart, only buckets with samples
};

// TP / (TP + FP); "no data" (nothing) when both are 0 — never 0%.
[[nodiscard]] std::optional<double> precision(qint64 truePositives, qint64 falsePositives);
// The start of the UTC day or ISO week (Monday 00:00 UTC) that holds `at`.
[[nodiscard]] QDateTime bucketStart(const QDateTime &at, PrecisionBucket bucket);
// Per emotion (in contract order, emotions without samples left out), points per bucket.
[[nodiscard]] QList<PrecisionSeries> precisionSeries(const QList<PrecisionSample> &samples, PrecisionBucket bucket);
// TP/FP reviews with an alert snapshot become samples (emotion and triggered_at from the
// snapshot, the review time when the snapshot has none); skips and unreadable snapshots
// are left out.
[[nodiscard]] QList<PrecisionSample> samplesFromReviews(const QList<AlertReview> &reviews);
// Overall precision of a set of reviews (skips ignored).
[[nodiscard]] std::optional<double> overallPrecision(const QList<AlertReview> &reviews);
// "emotion,bucket_start,tp,fp,samples,precision,wilson_lower,wilson_upper" + one line per point;
// empty fields where there is no data.
[[nodiscard]] QString precisionCsv(const QList<PrecisionSeries> &series);

} // namespace calib
