#include "services/precisionseries.h"

#include <QMap>

#include <array>

using namespace Qt::StringLiterals;

namespace calib {

std::optional<double> precision(qint64 truePositives, qint64 falsePositives)
{
    const qint64 total = truePositives + falsePositives;
    if (total <= 0)
        return std::nullopt;
    return double(truePositives) / double(total);
}

QDateTime bucketStart(const QDateTime &at, PrecisionBucket bucket)
{
    QDate day = at.toUTC().date();
    if (bucket == PrecisionBucket::Week)
        day = day.addDays(1 - day.dayOfWeek()); // Monday
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

QList<PrecisionSeries> precisionSeries(const QList<PrecisionSample> &samples, PrecisionBucket bucket)
{
    const QList<Emotion> &emotions = allEmotions();
    std::array<QMap<qint64, PrecisionPoint>, 4> buckets;
    for (const PrecisionSample &sample : samples) {
        if (!sample.at.isValid())
            continue;
        const QDateTime start = bucketStart(sample.at, bucket);
        PrecisionPoint &point = buckets.at(std::size_t(sample.emotion))[start.toMSecsSinceEpoch()];
        point.bucketStart = start;
        (sample.truePositive ? point.truePositives : point.falsePositives) += 1;
    }
    QList<PrecisionSeries> result;
    for (Emotion emotion : emotions) {
        const auto &map = buckets.at(std::size_t(emotion));
        if (map.isEmpty())
            continue;
        PrecisionSeries series;
        series.emotion = emotion;
        series.points.reserve(map.size());
        for (PrecisionPoint point : map) {
            point.precision = precision(point.truePositives, point.falsePositives);
            point.interval = wilson(point.truePositives, point.samples());
            series.points.append(point);
        }
        result.append(series);
    }
    return result;
}

QList<PrecisionSample> samplesFromReviews(const QList<AlertReview> &reviews)
{
    QList<PrecisionSample> samples;
    samples.reserve(reviews.size());
    for (const AlertReview &review : reviews) {
        if (review.label == AlertReview::Label::Skip)
            continue;
        const std::optional<Emotion> emotion = emotionFromWire(review.alert.value(u"emotion"_s).toString());
        if (!emotion)
            continue;
        QDateTime at = QDateTime::fromString(review.alert.value(u"triggered_at"_s).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            at = review.reviewedAt;
        samples.append({*emotion, at.toUTC(), review.label == AlertReview::Label::TruePositive});
    }
    return samples;
}

std::optional<double> overallPrecision(const QList<AlertReview> &reviews)
{
    qint64 tp = 0;
    qint64 fp = 0;
    for (const AlertReview &review : reviews) {
        if (review.label == AlertReview::Label::TruePositive)
            ++tp;
        else if (review.label == AlertReview::Label::FalsePositive)
            ++fp;
    }
    return precision(tp, fp);
}

QString precisionCsv(const QList<PrecisionSeries> &series)
{
    QString csv = u"emotion,bucket_start,tp,fp,samples,precision,wilson_lower,wilson_upper\n"_s;
    const auto number = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 4) : QString();
    };
    for (const PrecisionSeries &s : series) {
        for (const PrecisionPoint &p : s.points) {
            csv += toWire(s.emotion) % u',' % p.bucketStart.toString(Qt::ISODate) % u','
                + QString::number(p.truePositives) % u',' % QString::number(p.falsePositives) % u','
                + QString::number(p.samples()) % u',' % number(p.precision) % u','
                + number(p.interval ? std::optional<double>(p.interval->lower) : std::nullopt) % u','
                + number(p.interval ? std::optional<double>(p.interval->upper) : std::nullopt) % u'\n';
        }
    }
    return csv;
}

} // namespace calib
