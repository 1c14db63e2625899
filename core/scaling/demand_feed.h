#pragma once
// DemandFeed: a plan's demand curve, built on a second thread while the simulation reads it from its
// first step. A year of minutes takes about a millisecond to build and noise, time the simulation need
// not wait for: the builder runs ahead piece by piece, and a reader waits only for steps not yet in.
// Short curves are built at once, on the caller's thread (a thread costs more than they do).

#include <atomic>
#include <cstdint>
#include <exception>
#include <thread>

#include "core/scaling/demand.h"

namespace archdesk::core::scaling {

class DemandFeed
{
public:
    // The spec must outlive the feed.
    DemandFeed(const DemandSpec& spec, EpochMs start, int stepSeconds, std::int64_t steps, std::uint64_t seed);
    ~DemandFeed();
    DemandFeed(const DemandFeed&) = delete;
    DemandFeed& operator=(const DemandFeed&) = delete;

    // Step i's demand, readable once waitFor(end) has returned for an end above i.
    const float* data() const { return m_data; }
    void waitFor(std::int64_t end)
    {
        if (end > m_seen) [[unlikely]]
            waitSlow(end);
    }
    // The whole curve, and the requests it asks for (requestsOf): waits for the builder to finish.
    LargeVector<float> take(double& requests);

    // Curves shorter than this are built at once.
    static constexpr std::int64_t kBuildAtOnceBelow = 1 << 16;

private:
    void build();
    void waitSlow(std::int64_t end);

    DemandBuilder m_builder;
    int m_stepSeconds;
    double m_requests = 0;           // requestsOf(the curve), once built
    LargeVector<float> m_curve;      // the builder's until take(); reserved in full, so data() stays put
    const float* m_data = nullptr;
    std::atomic<std::int64_t> m_ready{0}; // steps built (released after their values are written)
    std::int64_t m_seen = 0;              // the reader's last look at m_ready
    std::exception_ptr m_error;           // what stopped the builder, rethrown to the reader
    std::thread m_thread;
};

} // namespace archdesk::core::scaling
