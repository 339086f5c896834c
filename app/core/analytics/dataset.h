#pragma once

#include "core/analytics/labelledalert.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace calib {

// Columnar storage of the labelled alerts of one emotion: 17 bytes per row (score,
// label, timestamp). Text and interaction ids are kept only when asked for.
struct EmotionColumns
{
    static constexpr qint64 noTimestamp = std::numeric_limits<qint64>::min();

    std::vector<double> scores; // finite, in [0, 1]; -0.0 stored as 0.0
    std::vector<std::uint8_t> labels; // 1 = true positive
    std::vector<qint64> timestamps; // ms since epoch (UTC) or noTimestamp
    QStringList interactionIds; // empty unless the dataset keeps text
    QStringList texts; // empty unless the dataset keeps text
    qint64 timestampedRows = 0;
    qint64 minTimestamp = std::numeric_limits<qint64>::max();
    qint64 maxTimestamp = std::numeric_limits<qint64>::min();

    [[nodiscard]] qsizetype size() const { return qsizetype(scores.size()); }
};

// A labelled dataset: either reviewed alerts (every row was raised by the engine, so all
// lie at or above the threshold then in force) or a fully labelled set, where every
// scored interaction carries a label, below the old threshold too.
class Dataset
{
public:
    explicit Dataset(bool keepText = false);

    // Adds one row. Returns false (and adds nothing) when the confidence is not a finite
    // number in [0, 1].
    bool append(const LabelledAlert &alert);
    bool append(Emotion emotion, double confidence, bool label, qint64 timestampMs = EmotionColumns::noTimestamp);
    void reserve(Emotion emotion, qsizetype rows);

    [[nodiscard]] const EmotionColumns &columns(Emotion emotion) const;
    [[nodiscard]] qsizetype rowCount() const;
    [[nodiscard]] qsizetype rowCount(Emotion emotion) const { return columns(emotion).size(); }
    [[nodiscard]] bool isEmpty() const { return rowCount() == 0; }
    [[nodiscard]] bool keepsText() const { return m_keepText; }

    // True when the rows are every scored interaction, not only the alerts that were raised.
    [[nodiscard]] bool fullyLabelled() const { return m_fullyLabelled; }
    void setFullyLabelled(bool fullyLabelled) { m_fullyLabelled = fullyLabelled; }

    // Days covered by the timestamps of an emotion (at least one day), or nothing when a
    // row of that emotion has no timestamp.
    [[nodiscard]] std::optional<double> daysCovered(Emotion emotion) const;

    // Builds a dataset from reviewed alerts (e.g. the review queue); fullyLabelled is false.
    [[nodiscard]] static Dataset fromAlerts(const QList<LabelledAlert> &alerts, bool keepText = false);

private:
    bool appendRow(Emotion emotion, double confidence, bool label, qint64 timestampMs);

    static constexpr std::size_t emotionCount = 4;
    std::array<EmotionColumns, emotionCount> m_columns;
    bool m_keepText = false;
    bool m_fullyLabelled = false;
};

} // namespace calib
