#include "core/util/clock.h"

#include <chrono>

namespace archdesk::core {

EpochMs SystemClock::now() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace archdesk::core
