#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace calib {

// Rows kept in the order of one column's values as they arrive, so that sorting a million rows by a
// column whose values are long and mostly distinct (where a full sort costs far more than
// a frame) is a linear walk. Like a database index, it moves the work to the insert:
// add() costs two binary searches (about log2(n) comparisons of values kept in the index,
// so no row is looked up) and a shift of at most one block of 4,096 entries.
//
// Value is a small copyable handle (the value itself, or a reference to where it lives);
// compare(a, b) orders two of them (< 0, 0, > 0). Rows are numbered in arrival order and
// every row added is greater than the rows before it; a row is placed after the rows that
// compare equal, so equal values stay in row order. Each entry also records whether its
// value equals the one before it, which lets collect() walk the order backwards and still
// keep equal values in row order. Rows without a value (addWithoutValue()) are kept apart:
// they sort before every value and equal to each other.
template<typename Value> class OrderedRowIndex
{
public:
    static constexpr quint32 kMaxRow = 0x7fff'ffffU;

    // Rows must arrive in increasing order.
    template<typename Compare> void add(quint32 row, const Value &value, Compare compare);
    void addWithoutValue(quint32 row) { m_withoutValue.push_back(row); }
    void clear()
    {
        m_blocks.clear();
        m_withoutValue.clear();
        m_size = 0;
    }
    [[nodiscard]] size_t size() const { return m_size + m_withoutValue.size(); }
    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    // Writes the rows for which member(row) holds, in ascending or descending order of
    // their values (equal values in row order either way); returns how many were written.
    // `out` must have room for size() rows.
    template<typename Member> size_t collect(quint32 *out, bool descending, Member member) const;
    [[nodiscard]] qint64 bytes() const
    {
        qint64 total = qint64(m_blocks.capacity() * sizeof(Block) + m_withoutValue.capacity() * sizeof(quint32));
        for (const Block &block : m_blocks)
            total += qint64(block.capacity() * sizeof(Entry));
        return total;
    }

private:
    struct Entry
    {
        quint32 row; // | kEqualToPrevious
        Value value;
    };
    using Block = std::vector<Entry>;
    static constexpr quint32 kEqualToPrevious = 0x8000'0000U;
    static constexpr quint32 kRowMask = kMaxRow;
    static constexpr size_t kBlockMax = 4096;

    std::vector<Block> m_blocks; // each non-empty; the order runs through them
    std::vector<quint32> m_withoutValue;
    size_t m_size = 0; // entries in m_blocks
};

template<typename Value>
template<typename Compare>
void OrderedRowIndex<Value>::add(quint32 row, const Value &value, Compare compare)
{
    Q_ASSERT(row <= kMaxRow);
    if (m_blocks.empty()) {
        m_blocks.emplace_back().reserve(kBlockMax + 1);
        m_blocks.back().push_back({row, value});
        m_size = 1;
        return;
    }
    // The last block whose first value is not greater than the new one (or the first block).
    auto block = std::upper_bound(m_blocks.begin(), m_blocks.end(), value, [&compare](const Value &v, const Block &b) {
        return compare(v, b.front().value) < 0;
    });
    if (block != m_blocks.begin())
        --block;
    const auto at = std::upper_bound(block->begin(), block->end(), value,
                                     [&compare](const Value &v, const Entry &e) { return compare(v, e.value) < 0; });
    // What precedes the new entry is not greater than it; the entry after it is greater,
    // so that entry's flag (equal to its old predecessor, which is <= the new value) stays.
    const Entry *previous = nullptr;
    if (at != block->begin())
        previous = &*(at - 1);
    else if (block != m_blocks.begin())
        previous = &(block - 1)->back();
    const bool equal = previous && compare(previous->value, value) == 0;
    block->insert(at, Entry {equal ? row | kEqualToPrevious : row, value});
    ++m_size;
    if (block->size() > kBlockMax) {
        const auto half = block->begin() + qsizetype(block->size() / 2);
        Block upper;
        upper.reserve(kBlockMax + 1);
        upper.assign(half, block->end());
        block->erase(half, block->end());
        m_blocks.insert(block + 1, std::move(upper));
    }
}

template<typename Value>
template<typename Member>
size_t OrderedRowIndex<Value>::collect(quint32 *out, bool descending, Member member) const
{
    size_t n = 0;
    const auto withoutValue = [this, &member, &out, &n] {
        for (const quint32 row : m_withoutValue) {
            if (member(row))
                out[n++] = row;
        }
    };
    if (!descending)
        withoutValue();
    const size_t first = n;
    // Ascending, keeping in the flag bit whether each written row equals the one written
    // before it (no group start among the entries in between).
    bool sameGroup = false;
    for (const Block &block : m_blocks) {
        for (const Entry &entry : block) {
            sameGroup = sameGroup && (entry.row & kEqualToPrevious) != 0;
            const quint32 row = entry.row & kRowMask;
            if (!member(row))
                continue;
            out[n++] = sameGroup ? row | kEqualToPrevious : row;
            sameGroup = true;
        }
    }
    if (!descending) {
        for (size_t i = first; i < n; ++i)
            out[i] &= kRowMask;
        return n;
    }
    // Descending: reverse everything, then turn each group of equal values back into row
    // order. After the reversal a group ends at the entry without the flag.
    std::reverse(out, out + n);
    size_t start = 0;
    for (size_t i = 0; i < n; ++i) {
        const bool groupEnds = (out[i] & kEqualToPrevious) == 0;
        out[i] &= kRowMask;
        if (groupEnds) {
            std::reverse(out + start, out + i + 1);
            start = i + 1;
        }
    }
    // The last group ends at n - 1: that entry was written first, without the flag.
    withoutValue();
    return n;
}

} // namespace calib
