#include "core/scaling/scheduled_action.h"

#include "core/util/time.h"

#include <charconv>
#include <fmt/format.h>
#include <sstream>
#include <vector>

namespace archdesk::core::scaling {

namespace {

bool parseInt(const std::string& s, int& out)
{
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

// Sets bits lo..hi of one field; returns an error message or empty.
template <std::size_t N>
std::string parseField(const std::string& field, int lo, int hi, std::bitset<N>& bits, bool& restricted,
                       bool sundaySeven = false)
{
    restricted = field != "*";
    std::stringstream parts(field);
    std::string part;
    while (std::getline(parts, part, ',')) {
        int step = 1;
        const auto slash = part.find('/');
        if (slash != std::string::npos) {
            if (!parseInt(part.substr(slash + 1), step) || step < 1)
                return fmt::format("\"{}\" has a bad step", part);
            part = part.substr(0, slash);
        }
        int a = lo, b = hi;
        if (part != "*") {
            const auto dash = part.find('-');
            if (dash == std::string::npos) {
                if (!parseInt(part, a))
                    return fmt::format("\"{}\" is not a number", part);
                b = slash != std::string::npos ? hi : a;
            } else if (!parseInt(part.substr(0, dash), a) || !parseInt(part.substr(dash + 1), b)) {
                return fmt::format("\"{}\" is not a range", part);
            }
        }
        const int top = sundaySeven ? 7 : hi;
        if (a < lo || b > top || a > b)
            return fmt::format("\"{}\" is outside {}-{}", part, lo, top);
        for (int v = a; v <= b; v += step)
            bits.set(static_cast<std::size_t>(sundaySeven && v == 7 ? 0 : v));
    }
    return {};
}

} // namespace

Result<CronSchedule> CronSchedule::parse(const std::string& expression)
{
    std::stringstream in(expression);
    std::vector<std::string> f;
    std::string word;
    while (in >> word)
        f.push_back(word);
    if (f.size() != 5)
        return invalidInput(fmt::format("\"{}\" is not a 5-field cron expression (minute hour day-of-month month "
                                        "day-of-week)",
                                        expression));
    CronSchedule c;
    c.m_text = expression;
    bool dummy = false;
    std::string e = parseField(f[0], 0, 59, c.m_minutes, dummy);
    if (e.empty())
        e = parseField(f[1], 0, 23, c.m_hours, dummy);
    if (e.empty())
        e = parseField(f[2], 1, 31, c.m_daysOfMonth, c.m_domRestricted);
    if (e.empty())
        e = parseField(f[3], 1, 12, c.m_months, dummy);
    if (e.empty())
        e = parseField(f[4], 0, 6, c.m_daysOfWeek, c.m_dowRestricted, true);
    if (!e.empty())
        return invalidInput(fmt::format("cron \"{}\": {}", expression, e));
    return c;
}

bool CronSchedule::dayMatches(std::int64_t day) const
{
    const auto date = civilFromDays(day);
    if (!m_months.test(date.month))
        return false;
    const auto weekday = static_cast<std::size_t>(((day % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
    const bool dom = m_daysOfMonth.test(date.day);
    const bool dow = m_daysOfWeek.test(weekday);
    if (m_domRestricted && m_dowRestricted)
        return dom || dow;
    return dom && dow;
}

bool CronSchedule::matches(EpochMs t) const
{
    const std::int64_t day = utcDay(t);
    const EpochMs inDay = t - day * kMsPerDay;
    return dayMatches(day) && m_hours.test(static_cast<std::size_t>(inDay / kMsPerHour)) &&
           m_minutes.test(static_cast<std::size_t>((inDay % kMsPerHour) / kMsPerMinute));
}

std::optional<EpochMs> CronSchedule::nextAfter(EpochMs t) const
{
    // Start at the next whole minute after t and walk day by day, then hour and minute bits.
    EpochMs start = (t / kMsPerMinute + 1) * kMsPerMinute;
    if (t < 0 && t % kMsPerMinute != 0)
        start = (t / kMsPerMinute) * kMsPerMinute;
    std::int64_t day = utcDay(start);
    int firstMinuteOfDay = static_cast<int>((start - day * kMsPerDay) / kMsPerMinute);
    for (int n = 0; n < 366 * 5; ++n, ++day, firstMinuteOfDay = 0) {
        if (!dayMatches(day))
            continue;
        for (int h = firstMinuteOfDay / 60; h < 24; ++h) {
            if (!m_hours.test(static_cast<std::size_t>(h)))
                continue;
            for (int m = (h == firstMinuteOfDay / 60 ? firstMinuteOfDay % 60 : 0); m < 60; ++m)
                if (m_minutes.test(static_cast<std::size_t>(m)))
                    return day * kMsPerDay + h * kMsPerHour + m * kMsPerMinute;
        }
    }
    return std::nullopt;
}

std::optional<EpochMs> ScheduledAction::nextAfter(EpochMs t) const
{
    if (recurrence)
        return recurrence->nextAfter(t);
    if (at && *at > t)
        return *at;
    return std::nullopt;
}

} // namespace archdesk::core::scaling
