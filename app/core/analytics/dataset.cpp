#include "core/analytics/dataset.h"

#include <algorithm>
#include <cmath>

namespace calib {

namespace {

std::size_t indexOf(Emotion emotion)
{
    return static_cast<std::size_t>(emotion);
}

} // namespace

Dataset::Dataset(bool keepText)
    : m_keepText(keepText)
{ }

bool Dataset::append(const LabelledAlert &alert)
{
    const qint64 ts = alert.timestamp && alert.timestamp->isValid() ? alert.timestamp->toMSecsSinceEpoch()
                                                                    : EmotionColumns::noTimestamp;
    if (!appendRow(alert.emotion, alert.confidence, alert.label, ts))
        return false;
    if (m_keepText) {
        EmotionColumns &c = m_columns[indexOf(alert.emotion)];
        c.interactionIds.append(alert.interactionId);
        c.texts.append(alert.text);
    }
    return true;
}

bool Dataset::append(Emotion emotion, double confidence, bool label, qint64 timestampMs)
{
    if (!appendRow(emotion, confidence, label, timestampMs))
        return false;
    if (m_keepText) {
        EmotionColumns &c = m_columns[indexOf(emotion)];
        c.interactionIds.append(QString());
        c.texts.append(QString());
    }
    return true;
}

bool Dataset::appendRow(Emotion emotion, double confidence, bool label, qint64 timestampMs)
{
    if (!std::isfinite(confidence) || confidence < 0.0 || confidence > 1.0)
        return false;
    EmotionColumns &c = m_columns[indexOf(emotion)];
    c.scores.push_back(confidence == 0.0 ? 0.0 : confidence); // folds -0.0 into +0.0
    c.labels.push_back(label ? 1 : 0);
    c.timestamps.push_back(timestampMs);
    if (timestampMs != EmotionColumns::noTimestamp) {
        ++c.timestampedRows;
        c.minTimestamp = std::min(c.minTimestamp, timestampMs);
        c.maxTimestamp = std::max(c.maxTimestamp, timestampMs);
    }
    return true;
}

void Dataset::reserve(Emotion emotion, qsizetype rows)
{
    EmotionColumns &c = m_columns[indexOf(emotion)];
    c.scores.reserve(std::size_t(rows));
    c.labels.reserve(std::size_t(rows));
    c.timestamps.reserve(std::size_t(rows));
}

const EmotionColumns &Dataset::columns(Emotion emotion) const
{
    return m_columns[indexOf(emotion)];
}

qsizetype Dataset::rowCount() const
{
    qsizetype total = 0;
    for (const EmotionColumns &c : m_columns)
        total += c.size();
    return total;
}

std::optional<double> Dataset::daysCovered(Emotion emotion) const
{
    const EmotionColumns &c = columns(emotion);
    if (c.size() == 0 || c.timestampedRows != c.size())
        return std::nullopt;
    constexpr double msPerDay = 86400000.0;
    return std::max(1.0, double(c.maxTimestamp - c.minTimestamp) / msPerDay);
}

Dataset Dataset::fromAlerts(const QList<LabelledAlert> &alerts, bool keepText)
{
    Dataset dataset(keepText);
    for (const LabelledAlert &alert : alerts)
        dataset.append(alert);
    return dataset;
}

} // namespace calib
