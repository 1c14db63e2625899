#include "core/util/time.h"

#include <charconv>
#include <fmt/format.h>

namespace archdesk::core {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly n digits at pos; advances pos.
bool readDigits(std::string_view s, std::size_t& pos, std::size_t n, int& out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    pos += n;
    return true;
}

bool expect(std::string_view s, std::size_t& pos, char c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

std::int64_t daysFromCivil(int year, unsigned month, unsigned day)
{
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

Result<EpochMs> parseIso8601(std::string_view s)
{
    const auto bad = [&](std::string_view what) {
        return invalidInput(fmt::format("\"{}\" is not an ISO 8601 UTC time ({}); expected e.g. "
                                        "2026-01-05T08:00:00Z",
                                        s, what));
    };
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readDigits(s, pos, 4, year) || !expect(s, pos, '-') || !readDigits(s, pos, 2, month) ||
        !expect(s, pos, '-') || !readDigits(s, pos, 2, day))
        return bad("date must be YYYY-MM-DD");
    if (month < 1 || month > 12 || day < 1 || day > static_cast<int>(daysInMonth(year, static_cast<unsigned>(month))))
        return bad("no such date");
    EpochMs t = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kMsPerDay;
    if (pos == s.size())
        return t;
    if (!expect(s, pos, 'T') && !expect(s, pos, 't') && !expect(s, pos, ' '))
        return bad("expected 'T' after the date");
    int hour = 0, minute = 0, second = 0, millis = 0;
    if (!readDigits(s, pos, 2, hour) || !expect(s, pos, ':') || !readDigits(s, pos, 2, minute))
        return bad("time must be HH:MM[:SS]");
    if (expect(s, pos, ':')) {
        if (!readDigits(s, pos, 2, second))
            return bad("seconds must be two digits");
        if (expect(s, pos, '.')) {
            int digits = 0;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                if (digits < 3)
                    millis = millis * 10 + (s[pos] - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return bad("expected digits after '.'");
            for (int i = digits; i < 3; ++i)
                millis *= 10;
        }
    }
    if (hour > 23 || minute > 59 || second > 60)
        return bad("time out of range");
    t += hour * kMsPerHour + minute * kMsPerMinute + second * kMsPerSecond + millis;
    if (pos == s.size() || expect(s, pos, 'Z') || expect(s, pos, 'z')) {
        if (pos != s.size())
            return bad("unexpected text after the zone");
        return t;
    }
    const char sign = s[pos];
    if (sign != '+' && sign != '-')
        return bad("expected 'Z' or an offset like +02:00");
    ++pos;
    int oh = 0, om = 0;
    if (!readDigits(s, pos, 2, oh) || !expect(s, pos, ':') || !readDigits(s, pos, 2, om) || pos != s.size())
        return bad("offset must be ±HH:MM");
    const EpochMs offset = oh * kMsPerHour + om * kMsPerMinute;
    return sign == '+' ? t - offset : t + offset;
}

std::int64_t utcDay(EpochMs t) { return floorDiv(t, kMsPerDay); }

EpochMs utcMidnight(EpochMs t) { return utcDay(t) * kMsPerDay; }

std::int64_t utcDaysBetween(EpochMs from, EpochMs to) { return utcDay(to) - utcDay(from); }

std::string formatIsoDate(EpochMs t)
{
    const CivilDate d = civilFromDays(utcDay(t));
    return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string formatIso8601(EpochMs t)
{
    const std::int64_t day = utcDay(t);
    const EpochMs ms = t - day * kMsPerDay;
    const CivilDate d = civilFromDays(day);
    const auto h = ms / kMsPerHour, m = (ms / kMsPerMinute) % 60, s = (ms / kMsPerSecond) % 60, f = ms % 1000;
    if (f != 0)
        return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", d.year, d.month, d.day, h, m, s, f);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", d.year, d.month, d.day, h, m, s);
}

} // namespace archdesk::core
