#include "core/billing/usage_pattern.h"

#include <algorithm>
#include <cmath>

namespace archdesk::core::billing {

std::string UsagePattern::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Constant: return "constant";
    case Kind::Utilization: return "utilization";
    case Kind::Pattern: return "pattern";
    case Kind::Hourly: return "hourly";
    }
    return "constant";
}

std::vector<double> UsagePattern::hours(std::size_t count) const
{
    std::vector<double> out(count, 0.0);
    switch (kind) {
    case Kind::Constant: std::fill(out.begin(), out.end(), instances); break;
    case Kind::Utilization: {
        const double f = std::clamp(fraction, 0.0, 1.0);
        // The epsilon keeps 0.6 × 5 = 3 from landing at 2.9999….
        for (std::size_t h = 0; h < count; ++h) {
            const double before = std::floor(static_cast<double>(h) * f + 1e-9);
            const double after = std::floor(static_cast<double>(h + 1) * f + 1e-9);
            out[h] = after > before ? instances : 0.0;
        }
        break;
    }
    case Kind::Pattern: {
        const int peakHours = std::clamp(peakHoursPerDay, 0, 24);
        const int start = std::min(8, 24 - peakHours);
        for (std::size_t h = 0; h < count; ++h) {
            const int hourOfDay = static_cast<int>(h % 24);
            const int dayOfWeek = static_cast<int>((h / 24) % 7); // 0 = Monday
            const bool peakDay = !peakWeekdaysOnly || dayOfWeek < 5;
            const bool peakHour = hourOfDay >= start && hourOfDay < start + peakHours;
            out[h] = peakDay && peakHour ? peak : baseline;
        }
        break;
    }
    case Kind::Hourly:
        if (!hourly.empty())
            for (std::size_t h = 0; h < count; ++h)
                out[h] = hourly[h % hourly.size()];
        break;
    }
    return out;
}

} // namespace archdesk::core::billing
