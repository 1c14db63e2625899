#pragma once
// ScheduledAction: a one-off or cron-recurring change of a group's min/max/desired (UTC).

#include <bitset>
#include <optional>
#include <string>

#include "core/util/result.h"
#include "core/util/time.h"

namespace archdesk::core::scaling {

// A 5-field cron expression "min hour day-of-month month day-of-week" (UTC): numbers, *, lists,
// ranges and /steps; day-of-week 0–7 with 0 and 7 Sunday; as in cron, when both day fields are
// restricted a day matching either one matches.
class CronSchedule
{
public:
    static Result<CronSchedule> parse(const std::string& expression);

    bool matches(EpochMs minuteStart) const;
    // The first matching minute strictly after t; nullopt if none within about five years.
    std::optional<EpochMs> nextAfter(EpochMs t) const;
    const std::string& text() const { return m_text; }

private:
    bool dayMatches(std::int64_t day) const;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth;
    std::bitset<13> m_months;
    std::bitset<7> m_daysOfWeek;
    bool m_domRestricted = false;
    bool m_dowRestricted = false;
    std::string m_text;
};

struct ScheduledAction
{
    std::string name;
    std::optional<EpochMs> at;             // one-off
    std::optional<CronSchedule> recurrence; // recurring
    std::optional<int> minSize;
    std::optional<int> maxSize;
    std::optional<int> desired;

    // The first time this action runs strictly after t (a one-off: its time, if after t).
    std::optional<EpochMs> nextAfter(EpochMs t) const;
};

} // namespace archdesk::core::scaling
