#pragma once
// UTC time as int64 epoch milliseconds: ISO 8601 parsing/formatting and UTC calendar-day arithmetic.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace archdesk::core {

using EpochMs = std::int64_t;

constexpr EpochMs kMsPerSecond = 1000;
constexpr EpochMs kMsPerMinute = 60 * kMsPerSecond;
constexpr EpochMs kMsPerHour = 60 * kMsPerMinute;
constexpr EpochMs kMsPerDay = 24 * kMsPerHour;

// Days since 1970-01-01 of a proleptic Gregorian civil date (Howard Hinnant's algorithm), and back.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);

struct CivilDate
{
    int year;
    unsigned month;
    unsigned day;
};
CivilDate civilFromDays(std::int64_t days);

// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" followed by "Z" or "±HH:MM" (a missing zone means UTC).
Result<EpochMs> parseIso8601(std::string_view text);

// "2026-01-05T08:00:00Z"; milliseconds are written only when not zero ("…:00.250Z").
std::string formatIso8601(EpochMs t);

// "2026-01-05"
std::string formatIsoDate(EpochMs t);

// The UTC calendar day number of t (floor division, correct before 1970 too).
std::int64_t utcDay(EpochMs t);

// Midnight UTC of the day holding t.
EpochMs utcMidnight(EpochMs t);

// Whole UTC calendar dates between two instants: 23:59Z → 00:01Z next day is 1.
std::int64_t utcDaysBetween(EpochMs from, EpochMs to);

} // namespace archdesk::core
