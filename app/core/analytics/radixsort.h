#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace calib::radix {

// Order-preserving bit transforms: for non-NaN a and b, a < b exactly when
// orderedKey(a) < orderedKey(b) as unsigned integers (-0.0 sorts just below +0.0).
[[nodiscard]] std::uint32_t orderedKey(float value);
[[nodiscard]] std::uint64_t orderedKey(double value);
[[nodiscard]] float floatFromOrderedKey(std::uint32_t key);
[[nodiscard]] double doubleFromOrderedKey(std::uint64_t key);

// Sorts unsigned keys ascending in linear time: least-significant-digit radix sort with
// 11-bit digits, one counting pass for all digits, and digits that are the same in every
// key skipped. `scratch` is working memory (resized as needed) so callers can reuse it.
void sortKeys(std::vector<std::uint64_t> &keys, std::vector<std::uint64_t> &scratch);
void sortKeys(std::vector<std::uint32_t> &keys, std::vector<std::uint32_t> &scratch);
// The same on raw arrays of n keys each; returns the array that holds the sorted keys
// (keys or scratch).
[[nodiscard]] std::uint64_t *sortKeys(std::uint64_t *keys, std::uint64_t *scratch, std::size_t n);
[[nodiscard]] std::uint32_t *sortKeys(std::uint32_t *keys, std::uint32_t *scratch, std::size_t n);

} // namespace calib::radix
