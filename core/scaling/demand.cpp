#include "core/scaling/demand.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <span>
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

DemandBuilder::DemandBuilder(const DemandSpec& spec, EpochMs start, int stepSeconds, std::int64_t steps,
                             std::uint64_t seed)
    : m_spec(spec), m_start(start), m_stepMs(static_cast<EpochMs>(stepSeconds) * kMsPerSecond),
      m_steps(std::max<std::int64_t>(steps, 0)), m_seed(seed)
{
    if (spec.pattern != DemandPattern::Daily && spec.pattern != DemandPattern::Weekly)
        return;
    // The daily shape repeats every day: one cosine per step of the first day, not one per step, kept
    // as the float it is stored as, once at full height and once at the weekend's (the same product
    // per value as one step at a time). Step i's value is then entry i mod the table's size.
    const std::int64_t perDay = kMsPerDay % m_stepMs == 0 ? kMsPerDay / m_stepMs : m_steps;
    const std::size_t size = static_cast<std::size_t>(std::min(perDay, std::max<std::int64_t>(m_steps, 1)));
    const bool weekly = spec.pattern == DemandPattern::Weekly;
    m_weekday.resize(size);
    m_weekend.resize(weekly ? size : 0);
    for (std::size_t k = 0; k < size; ++k) {
        const EpochMs t = start + static_cast<EpochMs>(k) * m_stepMs;
        const double hourOfDay = static_cast<double>(t - utcMidnight(t)) / static_cast<double>(kMsPerHour);
        const double v = dailyShape(spec, hourOfDay);
        m_weekday[k] = static_cast<float>(v);
        if (weekly)
            m_weekend[k] = static_cast<float>(v * spec.weekendFactor);
    }
}

void DemandBuilder::appendUpTo(LargeVector<float>& out, std::int64_t end) const
{
    const auto& s = m_spec;
    const std::int64_t first = static_cast<std::int64_t>(out.size());
    end = std::min(end, m_steps);
    if (end <= first)
        return;
    switch (s.pattern) {
    case DemandPattern::Constant: out.insert(out.end(), static_cast<std::size_t>(end - first), static_cast<float>(s.baseRps)); break;
    case DemandPattern::Daily:
    case DemandPattern::Weekly: {
        // Copied in from the tables day by day, each day in at most two pieces, as the table wraps.
        const std::size_t size = m_weekday.size();
        std::size_t k = static_cast<std::size_t>(first) % size;
        for (std::int64_t i = first; i < end;) {
            const std::int64_t today = utcDay(m_start + i * m_stepMs);
            const std::int64_t dayEnd = std::min(end, ((today + 1) * kMsPerDay - m_start + m_stepMs - 1) / m_stepMs);
            const auto dayOfWeek = ((today % 7) + 11) % 7; // 0 = Sunday
            const bool weekend = s.pattern == DemandPattern::Weekly && (dayOfWeek == 0 || dayOfWeek == 6);
            const auto& table = weekend ? m_weekend : m_weekday;
            for (std::size_t left = static_cast<std::size_t>(dayEnd - i); left > 0;) {
                const std::size_t piece = std::min(left, size - k);
                out.insert(out.end(), table.begin() + static_cast<std::ptrdiff_t>(k),
                           table.begin() + static_cast<std::ptrdiff_t>(k + piece));
                left -= piece;
                k = k + piece == size ? 0 : k + piece;
            }
            i = dayEnd;
        }
        break;
    }
    case DemandPattern::Csv: {
        // The row in force at the piece's first step (rows are in time order), then row by row.
        const auto& points = s.csvPoints;
        const EpochMs t0 = m_start + first * m_stepMs;
        const auto after = std::upper_bound(points.begin(), points.end(), t0,
                                            [](EpochMs t, const auto& p) { return t < p.first; });
        std::size_t csvIndex = after == points.begin() ? 0 : static_cast<std::size_t>(after - points.begin()) - 1;
        for (std::int64_t i = first; i < end; ++i) {
            const EpochMs t = m_start + i * m_stepMs;
            while (csvIndex + 1 < points.size() && points[csvIndex + 1].first <= t)
                ++csvIndex;
            const double v = points.empty() || points[csvIndex].first > t ? 0.0 : points[csvIndex].second;
            out.push_back(static_cast<float>(v));
        }
        break;
    }
    }
    const std::span<float> piece(out.data() + first, static_cast<std::size_t>(end - first));
    for (const auto& spike : s.spikes) {
        // The piece's steps from the spike's start up to its end.
        const EpochMs spikeEnd = spike.start + spike.minutes * kMsPerMinute;
        for (std::int64_t i = std::max(first, (spike.start - m_start) / m_stepMs); i < end; ++i) {
            const EpochMs t = m_start + i * m_stepMs;
            if (t >= spikeEnd)
                break;
            if (t >= spike.start)
                piece[static_cast<std::size_t>(i - first)] += static_cast<float>(spike.extraRps);
        }
    }
    // Spikes add up in any order; a dip deeper than the demand leaves no requests at all, not a negative
    // rate (the simulator relies on demand ≥ 0).
    if (std::any_of(s.spikes.begin(), s.spikes.end(), [](const DemandSpike& x) { return x.extraRps < 0; }))
        for (auto& v : piece)
            v = std::max(0.0f, v);
    if (s.noisePct > 0)
        applyDemandNoise(piece, s.noisePct, m_seed, static_cast<std::uint64_t>(first));
}

LargeVector<float> buildDemand(const DemandSpec& s, EpochMs start, int stepSeconds, std::int64_t steps,
                               std::uint64_t seed)
{
    const DemandBuilder builder(s, start, stepSeconds, steps, seed);
    LargeVector<float> out;
    out.reserve(static_cast<std::size_t>(builder.steps()));
    builder.appendUpTo(out, builder.steps());
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
