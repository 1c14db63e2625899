#include "core/util/huge_page_allocator.h"

#include <array>
#include <mutex>

namespace archdesk::core::huge_pages {

namespace {

struct Block
{
    void* at = nullptr;
    std::size_t bytes = 0;
};

// A handful of blocks: a run's series, demand and activities. A fixed table, so that keeping a block
// allocates nothing.
struct Kept
{
    std::mutex mutex;
    std::array<Block, 32> blocks{};
    std::size_t bytes = 0;
};

Kept& kept()
{
    static Kept k;
    return k;
}

} // namespace

void* reuse(std::size_t bytes)
{
    auto& k = kept();
    const std::lock_guard lock(k.mutex);
    for (auto& b : k.blocks) {
        if (b.at != nullptr && b.bytes == bytes) {
            void* at = b.at;
            b = Block{};
            k.bytes -= bytes;
            return at;
        }
    }
    return nullptr;
}

bool keep(void* block, std::size_t bytes)
{
    auto& k = kept();
    const std::lock_guard lock(k.mutex);
    if (k.bytes + bytes > kKeepAtMost)
        return false;
    for (auto& b : k.blocks) {
        if (b.at == nullptr) {
            b = Block{block, bytes};
            k.bytes += bytes;
            return true;
        }
    }
    return false;
}

std::size_t keptBytes()
{
    auto& k = kept();
    const std::lock_guard lock(k.mutex);
    return k.bytes;
}

} // namespace archdesk::core::huge_pages
