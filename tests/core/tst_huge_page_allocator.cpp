// Large buffers (a year's series) are kept when freed and handed to the next buffer of the same size, so a
// plan re-run on every edit does not fault its memory in again; what is kept stays bounded.
#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/util/huge_page_allocator.h"

using namespace archdesk::core;

namespace {
constexpr std::size_t kMiB = std::size_t{1} << 20;

// The allocator keeps blocks for the whole process: start each test with none kept.
void dropKept()
{
    while (huge_pages::keptBytes() > 0) {
        bool took = false;
        for (std::size_t mib = 2; mib <= 2 * 1024 && !took; mib += 2)
            if (void* p = huge_pages::reuse(mib * kMiB)) {
                std::free(p);
                took = true;
            }
        if (!took)
            qFatal("kept bytes that no size finds");
    }
}
} // namespace

class TstHugePageAllocator : public QObject
{
    Q_OBJECT

private slots:
    void init() { dropKept(); }

    void freedBuffer_isReusedBySameSize_andStartsZeroed()
    {
        const std::size_t n = 3 * kMiB / sizeof(float); // 3 MiB: a 4 MiB block
        const float* first = nullptr;
        {
            LargeVector<float> a(n);
            std::fill(a.begin(), a.end(), 7.0f);
            first = a.data();
        }
        QCOMPARE(huge_pages::keptBytes(), 4 * kMiB);
        LargeVector<float> b(n);
        QCOMPARE(b.data(), first);                 // the same memory, already faulted in
        QCOMPARE(huge_pages::keptBytes(), std::size_t{0});
        QVERIFY(std::all_of(b.begin(), b.end(), [](float v) { return v == 0.0f; })); // not the old values
    }

    void otherSize_orSmallBuffer_isNotReused()
    {
        {
            LargeVector<float> a(3 * kMiB / sizeof(float));
        }
        {
            LargeVector<float> small(1000);
            QCOMPARE(huge_pages::keptBytes(), 4 * kMiB); // small buffers are the default allocator's
        }
        LargeVector<float> bigger(5 * kMiB / sizeof(float)); // a 6 MiB block
        QCOMPARE(huge_pages::keptBytes(), 4 * kMiB);       // the 4 MiB one still kept
    }

    void keptBytes_stayBounded()
    {
        // More freed than may be kept: the rest goes back to the system.
        {
            std::vector<LargeVector<std::uint8_t>> many(20);
            for (std::size_t i = 0; i < many.size(); ++i)
                many[i].reserve((i + 1) * 2 * kMiB); // 2, 4, … 40 MiB, 420 in all
        }
        QVERIFY(huge_pages::keptBytes() > 0);
        QVERIFY(huge_pages::keptBytes() <= huge_pages::kKeepAtMost);
    }
};

QTEST_APPLESS_MAIN(TstHugePageAllocator)
#include "tst_huge_page_allocator.moc"
