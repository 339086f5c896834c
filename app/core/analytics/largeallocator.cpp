#include "core/analytics/largeallocator.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace calib {

namespace {
constexpr std::size_t hugePage = std::size_t(2) << 20;
constexpr std::size_t hugeFrom = std::size_t(4) << 20;
} // namespace

#ifdef Q_OS_LINUX
namespace {
std::size_t roundedToHugePages(std::size_t bytes)
{
    return (bytes + hugePage - 1) / hugePage * hugePage;
}
} // namespace
#endif

void *allocateLarge(std::size_t bytes)
{
#ifdef Q_OS_LINUX
    if (bytes >= hugeFrom) {
        // Mapped directly and aligned by trimming the mapping: aligned_alloc() would keep
        // up to 2 MiB of alignment slack mapped with every block.
        const std::size_t rounded = roundedToHugePages(bytes);
        void *raw = mmap(nullptr, rounded + hugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            throw std::bad_alloc();
        const auto start = reinterpret_cast<std::uintptr_t>(raw);
        const std::uintptr_t aligned = (start + hugePage - 1) & ~std::uintptr_t(hugePage - 1);
        if (aligned > start)
            munmap(raw, aligned - start);
        if (const std::size_t tail = start + rounded + hugePage - (aligned + rounded); tail > 0)
            munmap(reinterpret_cast<void *>(aligned + rounded), tail);
        void *p = reinterpret_cast<void *>(aligned);
        madvise(p, rounded, MADV_HUGEPAGE); // a hint: failure only costs speed
        return p;
    }
#endif
    void *p = std::malloc(bytes ? bytes : 1);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void freeLarge(void *pointer, std::size_t bytes) noexcept
{
    if (!pointer)
        return;
#ifdef Q_OS_LINUX
    if (bytes >= hugeFrom) {
        munmap(pointer, roundedToHugePages(bytes));
        return;
    }
#endif
    std::free(pointer);
}

} // namespace calib
