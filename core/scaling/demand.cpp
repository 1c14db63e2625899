#include "core/scaling/demand.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <string_view>
#include <sys/stat.h>

#include "core/scaling/demand_noise.h"
#include "core/util/json_file.h"

namespace archdesk::core::scaling {

namespace {

constexpr double kPi = 3.14159265358979323846;

double dailyShape(const DemandSpec& s, double hourOfDay)
{
    return s.baseRps + (s.peakRps - s.baseRps) * (0.5 + 0.5 * std::cos(2 * kPi * (hourOfDay - s.peakHour) / 24.0));
}

} // namespace

const char* demandPatternName(DemandPattern pattern)
{
    switch (pattern) {
    case DemandPattern::Constant: return "constant";
    case DemandPattern::Daily: return "daily";
    case DemandPattern::Weekly: return "weekly";
    case DemandPattern::Csv: return "csv";
    }
    return "";
}

LargeVector<float> buildDemand(const DemandSpec& s, EpochMs start, int stepSeconds, std::int64_t steps,
                               std::uint64_t seed)
{
    const auto n = static_cast<std::size_t>(std::max<std::int64_t>(steps, 0));
    LargeVector<float> out;
    const EpochMs stepMs = static_cast<EpochMs>(stepSeconds) * kMsPerSecond;
    switch (s.pattern) {
    case DemandPattern::Constant: out.assign(n, static_cast<float>(s.baseRps)); break;
    case DemandPattern::Daily:
    case DemandPattern::Weekly: {
        // The daily shape repeats every day: one cosine per step of the first day, not one per step, kept
        // as the float it is stored as, once at full height and once at the weekend's (the same product
        // per value as one step at a time). The run is then copied in from the tables day by day, each day
        // in at most two pieces, as the table wraps.
        const std::int64_t perDay = kMsPerDay % stepMs == 0 ? kMsPerDay / stepMs : steps;
        const std::size_t size = static_cast<std::size_t>(std::min(perDay, std::max<std::int64_t>(steps, 1)));
        const bool weekly = s.pattern == DemandPattern::Weekly;
        std::vector<float> weekday(size), weekend(weekly ? size : 0);
        for (std::size_t k = 0; k < size; ++k) {
            const EpochMs t = start + static_cast<EpochMs>(k) * stepMs;
            const double hourOfDay = static_cast<double>(t - utcMidnight(t)) / static_cast<double>(kMsPerHour);
            const double v = dailyShape(s, hourOfDay);
            weekday[k] = static_cast<float>(v);
            if (weekly)
                weekend[k] = static_cast<float>(v * s.weekendFactor);
        }
        out.reserve(n);
        std::size_t k = 0;
        for (std::int64_t i = 0; i < steps;) {
            const std::int64_t today = utcDay(start + i * stepMs);
            const std::int64_t end = std::min(steps, ((today + 1) * kMsPerDay - start + stepMs - 1) / stepMs);
            const auto dayOfWeek = ((today % 7) + 11) % 7; // 0 = Sunday
            const auto& table = weekly && (dayOfWeek == 0 || dayOfWeek == 6) ? weekend : weekday;
            for (std::size_t left = static_cast<std::size_t>(end - i); left > 0;) {
                const std::size_t piece = std::min(left, size - k);
                out.insert(out.end(), table.begin() + static_cast<std::ptrdiff_t>(k),
                           table.begin() + static_cast<std::ptrdiff_t>(k + piece));
                left -= piece;
                k = k + piece == size ? 0 : k + piece;
            }
            i = end;
        }
        break;
    }
    case DemandPattern::Csv: {
        out.resize(n);
        std::size_t csvIndex = 0;
        for (std::int64_t i = 0; i < steps; ++i) {
            const EpochMs t = start + i * stepMs;
            while (csvIndex + 1 < s.csvPoints.size() && s.csvPoints[csvIndex + 1].first <= t)
                ++csvIndex;
            const double v = s.csvPoints.empty() || s.csvPoints[csvIndex].first > t ? 0.0 : s.csvPoints[csvIndex].second;
            out[static_cast<std::size_t>(i)] = static_cast<float>(v);
        }
        break;
    }
    }
    for (const auto& spike : s.spikes) {
        const EpochMs end = spike.start + spike.minutes * kMsPerMinute;
        for (std::int64_t i = std::max<std::int64_t>(0, (spike.start - start) / stepMs); i < steps; ++i) {
            const EpochMs t = start + i * stepMs;
            if (t >= end)
                break;
            if (t >= spike.start)
                out[static_cast<std::size_t>(i)] += static_cast<float>(spike.extraRps);
        }
    }
    // Spikes add up in any order; a dip deeper than the demand leaves no requests at all, not a negative
    // rate (the simulator relies on demand ≥ 0).
    if (std::any_of(s.spikes.begin(), s.spikes.end(), [](const DemandSpike& x) { return x.extraRps < 0; }))
        for (auto& v : out)
            v = std::max(0.0f, v);
    if (s.noisePct > 0)
        applyDemandNoise(out, s.noisePct, seed);
    return out;
}

double requestsOf(const LargeVector<float>& demand, int stepSeconds)
{
    constexpr std::size_t kLanes = 8;
    std::array<double, kLanes> lanes{};
    const std::size_t n = demand.size();
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (std::size_t k = 0; k < kLanes; ++k)
            lanes[k] += demand[i + k];
    for (; i < n; ++i)
        lanes[0] += demand[i];
    const double low = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
    const double high = (lanes[4] + lanes[5]) + (lanes[6] + lanes[7]);
    return (low + high) * stepSeconds;
}

Result<std::vector<std::pair<EpochMs, double>>> loadDemandCsv(const std::string& file, EpochMs start)
{
    auto text = readTextFile(file);
    if (!text)
        return text.error();
    // Line by line over views of the text: a year of minutes is half a million rows, read again on
    // every edit of the plan, so a row costs no allocation (the location is written only for an error).
    std::vector<std::pair<EpochMs, double>> points;
    std::string_view all = *text;
    if (all.starts_with("\xEF\xBB\xBF"))
        all.remove_prefix(3); // a UTF-8 byte-order mark, as spreadsheets write it
    int lineNo = 0;
    for (std::size_t at = 0; at < all.size();) {
        const std::size_t end = std::min(all.find('\n', at), all.size());
        std::string_view line = all.substr(at, end - at);
        at = end + 1;
        ++lineNo;
        const auto where = [&] { return fmt::format("{}:{}", file, lineNo); };
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        const auto comma = line.find(',');
        if (comma == std::string_view::npos) {
            if (lineNo == 1)
                continue;
            return invalidInput("expected \"time,rps\"", where());
        }
        const std::string_view timeText = line.substr(0, comma);
        const std::string_view rpsText = line.substr(comma + 1);
        double rps = 0;
        const auto [p, ec] = std::from_chars(rpsText.data(), rpsText.data() + rpsText.size(), rps);
        EpochMs t = 0;
        bool timeOk = false;
        if (auto iso = parseIso8601(timeText)) {
            t = *iso;
            timeOk = true;
        } else {
            double seconds = 0;
            const auto [q, ec2] = std::from_chars(timeText.data(), timeText.data() + timeText.size(), seconds);
            // (from_chars reads "inf" and "nan" too: a time must be a finite number of seconds.)
            if (ec2 == std::errc() && q == timeText.data() + timeText.size() && std::abs(seconds) < 1e11) {
                t = start + static_cast<EpochMs>(seconds * 1000.0);
                timeOk = true;
            }
        }
        if (!timeOk || ec != std::errc() || p != rpsText.data() + rpsText.size()) {
            if (lineNo == 1 && points.empty())
                continue; // a header
            return invalidInput("expected an ISO time or seconds from the start, then requests per second", where());
        }
        if (rps < 0)
            return invalidInput(fmt::format("{} requests per second is negative", rps), where());
        if (!(rps <= kMaxDemandRps)) // also NaN and infinity
            return invalidInput(fmt::format("{} requests per second: expected at most {:g}", rps, kMaxDemandRps),
                                where());
        if (!points.empty() && t < points.back().first)
            return invalidInput("rows must be in time order", where());
        points.emplace_back(t, rps);
    }
    if (points.empty())
        return invalidInput("no demand rows", file);
    return points;
}

Result<std::vector<std::pair<EpochMs, double>>> DemandCsvCache::load(const std::string& file, EpochMs start)
{
    struct ::stat info {};
    if (::stat(file.c_str(), &info) != 0) {
        // Missing or unreadable: never from memory; loadDemandCsv names the problem.
        m_stamp.reset();
        ++m_reads;
        return loadDemandCsv(file, start);
    }
    const auto ns = [](const ::timespec& t) { return std::int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec; };
    Stamp stamp{file, start, static_cast<std::uint64_t>(info.st_ino), static_cast<std::uint64_t>(info.st_size),
                ns(info.st_mtim), ns(info.st_ctim)};
    if (m_stamp && *m_stamp == stamp)
        return m_points;
    m_stamp.reset();
    ++m_reads;
    auto points = loadDemandCsv(file, start);
    if (points) {
        m_points = *points;
        m_stamp = std::move(stamp);
    }
    return points;
}

} // namespace archdesk::core::scaling
