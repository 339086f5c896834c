#include "core/analytics/largeallocator.h"

#include <QtGlobal>

#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace calib {

namespace {
constexpr std::size_t hugePage = std::size_t(2) << 20;
constexpr std::size_t hugeFrom = std::size_t(4) << 20;
} // namespace

void *allocateLarge(std::size_t bytes)
{
    void *p = nullptr;
#ifdef Q_OS_LINUX
    if (bytes >= hugeFrom) {
        const std::size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
        p = std::aligned_alloc(hugePage, rounded);
        if (p)
            madvise(p, rounded, MADV_HUGEPAGE); // a hint: failure only costs speed
    }
#endif
    if (!p)
        p = std::malloc(bytes ? bytes : 1);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void freeLarge(void *pointer) noexcept
{
    std::free(pointer);
}

} // namespace calib
