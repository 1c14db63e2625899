#pragma once
// UsagePattern: how many instances run in each hour of a cost plan's horizon.

#include <cstddef>
#include <string>
#include <vector>

namespace archdesk::core::billing {

struct UsagePattern
{
    enum class Kind { Constant, Utilization, Pattern, Hourly };

    Kind kind = Kind::Constant;
    double instances = 1;        // constant, utilization
    double fraction = 1;         // utilization: share of hours the instances run, 0…1
    double baseline = 0;         // pattern
    double peak = 0;             // pattern
    int peakHoursPerDay = 0;     // pattern, 0…24
    bool peakWeekdaysOnly = true; // pattern: "weekdays" (true) or "all"
    std::vector<double> hourly;  // hourly: instances per hour, repeated to fill the horizon

    // Instances running in each of the first `hours` hours. Hour 0 is Monday 00:00 UTC.
    // utilization spreads the running hours evenly (hour h runs when ⌊(h+1)F⌋ > ⌊hF⌋), so exactly
    // the fraction F of hours run all the instances and the others none; a pattern's peak hours
    // start at 08:00 (earlier when they do not fit before midnight).
    std::vector<double> hours(std::size_t count) const;

    static std::string kindName(Kind kind);
};

} // namespace archdesk::core::billing
