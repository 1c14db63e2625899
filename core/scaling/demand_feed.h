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

    // Step i's demand, readable once waitFor(end) has returned for an end above i. waitFor rethrows what
    // stopped the builder, if it stopped before end.
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
    static constexpr std::int64_t kFailed = -1; // m_ready when the builder stopped on an error

    void build();
    void waitSlow(std::int64_t end);

    // The reader's side.
    const float* m_data = nullptr;
    std::int64_t m_seen = 0; // the reader's last look at m_ready
    // Between the two, on a cache line of its own: steps built, released after their values are written.
    alignas(64) std::atomic<std::int64_t> m_ready{0};
    // The builder's side (the reader touches it only once the builder is done).
    alignas(64) DemandBuilder m_builder;
    int m_stepSeconds;
    LargeVector<float> m_curve;  // reserved in full, so data() stays put
    double m_requests = 0;       // requestsOf(the curve), once built
    std::exception_ptr m_error;  // what stopped the builder (published by m_ready = kFailed)
    std::thread m_thread;
};

} // namespace archdesk::core::scaling
