#include "core/scaling/demand_feed.h"

#include <algorithm>

namespace archdesk::core::scaling {

namespace {
// Steps the builder adds before it tells the reader: small enough that the first is in almost at once,
// large enough that telling costs nothing (a multiple of the noise's four draws at a time).
constexpr std::int64_t kPiece = 4096;
} // namespace

DemandFeed::DemandFeed(const DemandSpec& spec, EpochMs start, int stepSeconds, std::int64_t steps,
                       std::uint64_t seed)
    : m_builder(spec, start, stepSeconds, steps, seed), m_stepSeconds(stepSeconds)
{
    // Reserved here, in full: the builder appends without moving it, so the reader's pointer stays valid.
    m_curve.reserve(static_cast<std::size_t>(m_builder.steps()));
    m_data = m_curve.data();
    if (m_builder.steps() >= kBuildAtOnceBelow) {
        try {
            m_thread = std::thread([this] { build(); });
            return;
        } catch (...) {
            // No thread to be had: build it at once, then.
        }
    }
    build();
    if (m_error)
        std::rethrow_exception(m_error);
    m_seen = m_builder.steps();
}

DemandFeed::~DemandFeed()
{
    if (m_thread.joinable())
        m_thread.join();
}

void DemandFeed::build()
{
    try {
        for (std::int64_t done = 0; done < m_builder.steps();) {
            done = std::min(m_builder.steps(), done + kPiece);
            m_builder.appendUpTo(m_curve, done);
            m_ready.store(done, std::memory_order_release);
        }
        m_requests = requestsOf(m_curve, m_stepSeconds); // here too, not on the reader's thread
    } catch (...) {
        m_error = std::current_exception();
        m_ready.store(kFailed, std::memory_order_release); // the reader stops waiting, and rethrows
    }
}

void DemandFeed::waitSlow(std::int64_t end)
{
    // The builder is far faster than the simulation: a wait is for the first piece or two, and short.
    // (A yield, not a sleep: on a busy machine it gives the builder the processor.)
    end = std::min(end, m_builder.steps());
    for (;;) {
        const std::int64_t ready = m_ready.load(std::memory_order_acquire);
        if (ready == kFailed)
            std::rethrow_exception(m_error);
        if (ready >= end) {
            m_seen = ready;
            return;
        }
        std::this_thread::yield();
    }
}

LargeVector<float> DemandFeed::take(double& requests)
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        std::rethrow_exception(m_error);
    requests = m_requests;
    m_data = nullptr;
    m_seen = 0;
    return std::move(m_curve);
}

} // namespace archdesk::core::scaling
