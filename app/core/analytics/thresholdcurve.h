#pragma once

#include "core/analytics/largeallocator.h"

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace calib {

struct EmotionColumns;

// What the engine would have raised at one threshold: alerts are the rows whose
// confidence is >= threshold.
struct SweepPoint
{
    double threshold = 0.0;
    qint64 alerts = 0;
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    std::optional<double> precision; // none when there are no alerts
    std::optional<double> recall; // none when the data holds no true positive

    friend bool operator==(const SweepPoint &, const SweepPoint &) = default;
};

enum class SweepMethod {
    Auto, // histogram when the scores are quantised to <= 4 decimals, radix sort otherwise
    RadixSort, // always sort
    Histogram, // histogram when possible, radix sort otherwise (same as Auto)
};

// Exact TP/FP counts at every distinct score, highest score first: the same counts as
// scikit-learn's precision_recall_curve (stable sort by score descending, cumulative sums
// taken at the distinct-score boundaries). Built once in linear time; any threshold is
// then answered by binary search.
class ThresholdCurve
{
public:
    ThresholdCurve() = default;

    // labels: non-zero = true positive. Scores must be finite and in [0, 1] (as a Dataset
    // guarantees); fewer than 2^32 rows.
    [[nodiscard]] static ThresholdCurve compute(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                                SweepMethod method = SweepMethod::Auto);
    [[nodiscard]] static ThresholdCurve compute(const EmotionColumns &columns, SweepMethod method = SweepMethod::Auto);

    [[nodiscard]] qsizetype size() const { return qsizetype(m_scoreBits.size()); }
    [[nodiscard]] bool isEmpty() const { return m_scoreBits.empty(); }
    [[nodiscard]] qint64 rows() const { return m_positives + m_negatives; }
    [[nodiscard]] qint64 positives() const { return m_positives; }
    [[nodiscard]] qint64 negatives() const { return m_negatives; }
    [[nodiscard]] bool usedHistogram() const { return m_usedHistogram; }

    // The i-th distinct score (0 = highest) and the counts of alerts at that threshold.
    [[nodiscard]] double threshold(qsizetype index) const;
    [[nodiscard]] qint64 truePositives(qsizetype index) const;
    [[nodiscard]] qint64 falsePositives(qsizetype index) const;
    [[nodiscard]] SweepPoint point(qsizetype index) const;
    // The counts for any threshold: alerts are the rows with confidence >= threshold.
    [[nodiscard]] SweepPoint query(double threshold) const;

private:
    [[nodiscard]] SweepPoint makePoint(double threshold, qint64 tp, qint64 fp) const;
    void buildFromHistogram(std::span<const std::uint32_t> totals, std::span<const std::uint32_t> positives);
    void buildFromSorted(LargeVector<std::uint64_t> &sorted, LargeVector<std::uint64_t> &other);
    [[nodiscard]] std::size_t storageIndex(qsizetype index) const;

    // Ascending distinct scores (their bits: non-negative doubles order as integers) and,
    // for each, the rows below it: true positives << 32 | false positives. The curve is
    // built in place in the sort buffers, so no further memory is touched.
    LargeVector<std::uint64_t> m_scoreBits;
    LargeVector<std::uint64_t> m_below;
    qint64 m_positives = 0;
    qint64 m_negatives = 0;
    bool m_usedHistogram = false;
};

} // namespace calib
