#pragma once
// Clock: where "now" comes from, injectable so that tests and replays are deterministic.

#include "core/util/time.h"

namespace archdesk::core {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual EpochMs now() const = 0;
};

class SystemClock final : public Clock
{
public:
    EpochMs now() const override;
};

// A clock that stands still until it is moved; for tests and simulations.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(EpochMs start = 0) : m_now(start) {}
    EpochMs now() const override { return m_now; }
    void set(EpochMs t) { m_now = t; }
    void advance(EpochMs dt) { m_now += dt; }

private:
    EpochMs m_now;
};

} // namespace archdesk::core
