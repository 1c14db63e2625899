#pragma once
// HugePageAllocator: a std::allocator that backs buffers of 2 MiB or more with transparent huge pages
// where the system offers them (Linux, THP "madvise" or "always"). A year of simulated minutes fills
// tens of megabytes; in 4 KiB pages, faulting them in costs more than the simulation itself, and huge
// pages cut that fault count by 512. Smaller buffers use the default allocator; the large ones are
// aligned to 2 MiB everywhere (std::aligned_alloc), and advised as huge pages only on Linux.
// A large buffer freed is kept for the next one of the same size (huge_pages::keep): a plan re-run on
// every edit asks for the same buffers again, and memory already faulted in needs no page zeroed by the
// kernel. What is kept is bounded (huge_pages::kKeepAtMost).

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace archdesk::core {

namespace huge_pages {
constexpr std::size_t kKeepAtMost = std::size_t{128} << 20; // bytes kept for reuse, at most

// A kept block of exactly `bytes` (a multiple of 2 MiB), or nullptr.
void* reuse(std::size_t bytes);
// Keeps a freed block for reuse; false when its table is full or that would keep more than kKeepAtMost
// (free it then).
bool keep(void* block, std::size_t bytes);
// Bytes kept right now.
std::size_t keptBytes();
} // namespace huge_pages

template <typename T>
class HugePageAllocator
{
public:
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t{2} << 20;

    HugePageAllocator() noexcept = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept
    {
    }

    T* allocate(std::size_t n)
    {
        if (n > std::size_t(-1) / sizeof(T))
            throw std::bad_array_new_length();
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHugePage)
            return std::allocator<T>().allocate(n);
        if (void* kept = huge_pages::reuse(roundUp(bytes)))
            return static_cast<T*>(kept);
        void* p = std::aligned_alloc(kHugePage, roundUp(bytes));
        if (p == nullptr)
            throw std::bad_alloc();
#if defined(__linux__)
        madvise(p, roundUp(bytes), MADV_HUGEPAGE); // advice only: without THP the pages stay small
#endif
        return static_cast<T*>(p);
    }

    void deallocate(T* p, std::size_t n) noexcept
    {
        if (n * sizeof(T) < kHugePage)
            std::allocator<T>().deallocate(p, n);
        else if (!huge_pages::keep(p, roundUp(n * sizeof(T))))
            std::free(p);
    }

    template <typename U>
    bool operator==(const HugePageAllocator<U>&) const noexcept
    {
        return true;
    }

private:
    static std::size_t roundUp(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
};

// A vector for buffers that may run to megabytes: a year of per-step series, the activity history.
template <typename T>
using LargeVector = std::vector<T, HugePageAllocator<T>>;

} // namespace archdesk::core
