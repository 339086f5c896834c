#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace calib {

// Memory for the big transient arrays of the analytics (sort keys, curves of millions of
// points): on Linux, blocks of 4 MiB and more are 2 MiB aligned and marked for
// transparent huge pages, which cuts the page faults of first touch by a factor of 512.
void *allocateLarge(std::size_t bytes);
void freeLarge(void *pointer) noexcept;

// An allocator that also skips the zero-initialisation of vector<T>(n) for trivial T: the
// arrays are always written before they are read.
template<typename T> struct LargeAllocator
{
    using value_type = T;
    LargeAllocator() = default;
    template<typename U> LargeAllocator(const LargeAllocator<U> &) noexcept { }
    T *allocate(std::size_t n) { return static_cast<T *>(allocateLarge(n * sizeof(T))); }
    void deallocate(T *p, std::size_t) noexcept { freeLarge(p); }
    template<typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template<typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
    friend bool operator==(const LargeAllocator &, const LargeAllocator &) { return true; }
};

template<typename T> using LargeVector = std::vector<T, LargeAllocator<T>>;

} // namespace calib
