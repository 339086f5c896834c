#include "core/analytics/radixsort.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace calib::radix {

namespace {

constexpr int digitBits = 11;

template<typename Key> void insertionSort(Key *data, std::size_t n)
{
    for (std::size_t i = 1; i < n; ++i) {
        const Key key = data[i];
        std::size_t j = i;
        for (; j > 0 && data[j - 1] > key; --j)
            data[j] = data[j - 1];
        data[j] = key;
    }
}

// LSD radix sort of data[0, n) on its low `bits` bits (the higher bits are equal in every
// key), digits of at most 11 bits, one counting pass for all digits, and digits that are
// the same in every key skipped. `temp` holds n keys; the result ends in data. `counts` is
// working memory.
template<typename Key> void lsdSort(Key *data, Key *temp, std::size_t n, int bits, std::vector<std::uint32_t> &counts)
{
    if (n < 2 || bits <= 0)
        return;
    if (n <= 64) {
        insertionSort(data, n);
        return;
    }
    const int passes = (bits + digitBits - 1) / digitBits;
    const int digit = (bits + passes - 1) / passes;
    const std::size_t buckets = std::size_t(1) << digit;
    const Key mask = Key(buckets - 1);
    counts.assign(std::size_t(passes) * buckets, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Key key = data[i];
        for (int d = 0; d < passes; ++d)
            ++counts[std::size_t(d) * buckets + std::size_t((key >> (d * digit)) & mask)];
    }
    Key *src = data;
    Key *dst = temp;
    for (int d = 0; d < passes; ++d) {
        std::uint32_t *c = counts.data() + std::size_t(d) * buckets;
        const int shift = d * digit;
        if (c[std::size_t((src[0] >> shift) & mask)] == n)
            continue; // every key has the same digit here: the pass would not move anything
        std::uint32_t sum = 0;
        for (std::size_t b = 0; b < buckets; ++b) {
            const std::uint32_t count = c[b];
            c[b] = sum;
            sum += count;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const Key key = src[i];
            dst[c[std::size_t((key >> shift) & mask)]++] = key;
        }
        std::swap(src, dst);
    }
    if (src != data)
        std::memcpy(data, src, n * sizeof(Key));
}

// From this size on, 64-bit keys are first split by their 16 highest varying bits (one
// most-significant-digit pass over memory) and every part is then LSD-sorted while it is
// in the cache, instead of making six LSD passes over the whole array.
constexpr std::size_t msdThreshold = std::size_t(1) << 16;
constexpr int msdBits = 16;

template<typename Key> Key *sortKeysImpl(Key *keys, Key *scratch, std::size_t n)
{
    if (n < 2)
        return keys;
    std::vector<std::uint32_t> counts;
    if (n < msdThreshold || sizeof(Key) < 8) {
        lsdSort(keys, scratch, n, int(sizeof(Key) * 8), counts);
        return keys;
    }

    // Only the bits up to the highest one that differs between keys matter.
    Key varying = 0;
    const Key first = keys[0];
    for (std::size_t i = 0; i < n; ++i)
        varying |= keys[i] ^ first;
    if (varying == 0)
        return keys;
    const int width = int(sizeof(Key) * 8) - std::countl_zero(varying);
    const int topBits = std::min(msdBits, width);
    const int shift = width - topBits;
    const std::size_t buckets = std::size_t(1) << topBits;
    const Key mask = Key(buckets - 1);

    std::vector<std::size_t> offsets(buckets + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++offsets[std::size_t((keys[i] >> shift) & mask) + 1];
    for (std::size_t b = 0; b < buckets; ++b)
        offsets[b + 1] += offsets[b];
    std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        const Key key = keys[i];
        scratch[next[std::size_t((key >> shift) & mask)]++] = key;
    }

    // Every part shares its high bits: sort it on the low `shift` bits, keys as temp space.
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::size_t begin = offsets[b];
        const std::size_t size = offsets[b + 1] - begin;
        if (size > 1)
            lsdSort(scratch + begin, keys + begin, size, shift, counts);
    }
    return scratch;
}

template<typename Key> void sortVector(std::vector<Key> &keys, std::vector<Key> &scratch)
{
    scratch.resize(keys.size());
    if (sortKeysImpl(keys.data(), scratch.data(), keys.size()) != keys.data())
        keys.swap(scratch);
}

} // namespace

std::uint32_t orderedKey(float value)
{
    const auto bits = std::bit_cast<std::uint32_t>(value);
    return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

std::uint64_t orderedKey(double value)
{
    const auto bits = std::bit_cast<std::uint64_t>(value);
    constexpr std::uint64_t sign = std::uint64_t(1) << 63;
    return (bits & sign) ? ~bits : (bits | sign);
}

float floatFromOrderedKey(std::uint32_t key)
{
    return std::bit_cast<float>((key & 0x80000000u) ? (key & 0x7fffffffu) : ~key);
}

double doubleFromOrderedKey(std::uint64_t key)
{
    constexpr std::uint64_t sign = std::uint64_t(1) << 63;
    return std::bit_cast<double>((key & sign) ? (key & ~sign) : ~key);
}

void sortKeys(std::vector<std::uint64_t> &keys, std::vector<std::uint64_t> &scratch)
{
    sortVector(keys, scratch);
}

void sortKeys(std::vector<std::uint32_t> &keys, std::vector<std::uint32_t> &scratch)
{
    sortVector(keys, scratch);
}

std::uint64_t *sortKeys(std::uint64_t *keys, std::uint64_t *scratch, std::size_t n)
{
    return sortKeysImpl(keys, scratch, n);
}

std::uint32_t *sortKeys(std::uint32_t *keys, std::uint32_t *scratch, std::size_t n)
{
    return sortKeysImpl(keys, scratch, n);
}

} // namespace calib::radix
