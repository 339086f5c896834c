#include "core/analytics/thresholdcurve.h"

#include "core/analytics/dataset.h"
#include "core/analytics/radixsort.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace calib {

namespace {

// Scores quantised to at most this many decimals take the histogram path. A score with
// fewer decimals is also a multiple of 10^-4, so one check covers every k <= 4.
constexpr int histogramScale = 10000;
constexpr std::uint64_t low32 = 0xffffffffu;

// The double nearest to q / 10^4 for every bucket q: exactly what parsing "0.1234" gives.
const std::array<double, histogramScale + 1> &bucketValues()
{
    static const auto values = [] {
        std::array<double, histogramScale + 1> v {};
        for (int q = 0; q <= histogramScale; ++q)
            v[std::size_t(q)] = double(q) / double(histogramScale);
        return v;
    }();
    return values;
}

} // namespace

ThresholdCurve ThresholdCurve::compute(const EmotionColumns &columns, SweepMethod method)
{
    return compute(columns.scores, columns.labels, method);
}

ThresholdCurve ThresholdCurve::compute(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                       SweepMethod method)
{
    Q_ASSERT(scores.size() == labels.size());
    ThresholdCurve curve;
    const std::size_t n = std::min(scores.size(), labels.size());
    Q_ASSERT(n <= low32);
    if (n == 0)
        return curve;

    if (method != SweepMethod::RadixSort) {
        const auto &values = bucketValues();
        std::vector<std::uint32_t> totals(histogramScale + 1, 0);
        std::vector<std::uint32_t> positives(histogramScale + 1, 0);
        bool quantised = true;
        for (std::size_t i = 0; i < n; ++i) {
            const double s = scores[i];
            const double scaled = s * histogramScale + 0.5;
            if (!(scaled >= 0.0 && scaled < histogramScale + 1.0)) {
                quantised = false;
                break;
            }
            const auto q = std::size_t(scaled);
            if (values[q] != s) {
                quantised = false;
                break;
            }
            ++totals[q];
            positives[q] += labels[i] ? 1u : 0u;
        }
        if (quantised) {
            curve.buildFromHistogram(totals, positives);
            return curve;
        }
    }

    // Radix path. Scores are finite and >= +0.0, so their raw bits already sort as
    // unsigned integers and the top bit is free: shift it out and keep the label in bit 0.
    LargeVector<std::uint64_t> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = (std::bit_cast<std::uint64_t>(scores[i]) << 1) | (labels[i] ? 1u : 0u);
    LargeVector<std::uint64_t> scratch(n);
    if (radix::sortKeys(keys.data(), scratch.data(), n) == keys.data())
        curve.buildFromSorted(keys, scratch);
    else
        curve.buildFromSorted(scratch, keys);
    return curve;
}

void ThresholdCurve::buildFromHistogram(std::span<const std::uint32_t> totals, std::span<const std::uint32_t> positives)
{
    const auto &values = bucketValues();
    std::size_t distinct = 0;
    for (const std::uint32_t t : totals)
        distinct += t ? 1 : 0;
    m_scoreBits.resize(distinct);
    m_below.resize(distinct);
    std::uint64_t tp = 0;
    std::uint64_t fp = 0;
    std::size_t out = 0;
    for (std::size_t q = 0; q < totals.size(); ++q) {
        if (!totals[q])
            continue;
        m_scoreBits[out] = std::bit_cast<std::uint64_t>(values[q]);
        m_below[out] = (tp << 32) | fp;
        ++out;
        tp += positives[q];
        fp += totals[q] - positives[q];
    }
    m_positives = qint64(tp);
    m_negatives = qint64(fp);
    m_usedHistogram = true;
}

void ThresholdCurve::buildFromSorted(LargeVector<std::uint64_t> &sorted, LargeVector<std::uint64_t> &other)
{
    // Keys ascending. A group of equal scores closes where key >> 1 changes (the label bit
    // does not split it). The output index never passes the read index, so the scores are
    // written over the keys already read, and the counts into the spare buffer.
    const std::size_t n = sorted.size();
    std::uint64_t tp = 0;
    std::uint64_t fp = 0;
    std::uint64_t below = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = sorted[i];
        tp += key & 1u;
        fp += ~key & 1u;
        if (i + 1 == n || (sorted[i + 1] >> 1) != (key >> 1)) {
            sorted[out] = key >> 1;
            other[out] = below;
            ++out;
            below = (tp << 32) | fp;
        }
    }
    sorted.resize(out);
    other.resize(out);
    if (out < n / 2) {
        sorted.shrink_to_fit();
        other.shrink_to_fit();
    }
    m_scoreBits = std::move(sorted);
    m_below = std::move(other);
    m_positives = qint64(tp);
    m_negatives = qint64(fp);
    m_usedHistogram = false;
}

std::size_t ThresholdCurve::storageIndex(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < size());
    return m_scoreBits.size() - 1 - std::size_t(index);
}

double ThresholdCurve::threshold(qsizetype index) const
{
    return std::bit_cast<double>(m_scoreBits[storageIndex(index)]);
}

qint64 ThresholdCurve::truePositives(qsizetype index) const
{
    return m_positives - qint64(m_below[storageIndex(index)] >> 32);
}

qint64 ThresholdCurve::falsePositives(qsizetype index) const
{
    return m_negatives - qint64(m_below[storageIndex(index)] & low32);
}

SweepPoint ThresholdCurve::makePoint(double threshold, qint64 tp, qint64 fp) const
{
    SweepPoint p;
    p.threshold = threshold;
    p.truePositives = tp;
    p.falsePositives = fp;
    p.alerts = tp + fp;
    if (p.alerts > 0)
        p.precision = double(tp) / double(p.alerts);
    if (m_positives > 0)
        p.recall = double(tp) / double(m_positives);
    return p;
}

SweepPoint ThresholdCurve::point(qsizetype index) const
{
    return makePoint(threshold(index), truePositives(index), falsePositives(index));
}

SweepPoint ThresholdCurve::query(double threshold) const
{
    // The first stored (ascending) score >= threshold; every score from there is an alert.
    std::size_t k = 0;
    if (std::isnan(threshold)) {
        k = m_scoreBits.size();
    } else if (threshold > 0.0) {
        const auto key = std::bit_cast<std::uint64_t>(threshold);
        k = std::size_t(std::lower_bound(m_scoreBits.begin(), m_scoreBits.end(), key) - m_scoreBits.begin());
    }
    if (k == m_scoreBits.size())
        return makePoint(threshold, 0, 0);
    return makePoint(threshold, m_positives - qint64(m_below[k] >> 32), m_negatives - qint64(m_below[k] & low32));
}

} // namespace calib
