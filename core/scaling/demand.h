#pragma once
// DemandSpec: the requests per second a plan's group faces over time, from a pattern or a CSV.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/util/huge_page_allocator.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace archdesk::core::scaling {

enum class DemandPattern { Constant, Daily, Weekly, Csv };

// The most requests per second a plan's demand may name (a pattern's levels, a spike, a CSV row).
constexpr double kMaxDemandRps = 1e9;

struct DemandSpike
{
    EpochMs start = 0;
    int minutes = 0;
    double extraRps = 0;
};

struct DemandSpec
{
    DemandPattern pattern = DemandPattern::Constant;
    double baseRps = 100;     // constant level; the daily trough
    double peakRps = 100;     // daily: the level at peakHour (UTC)
    double peakHour = 14;     // daily/weekly: hour of day (UTC) of the peak; a raised cosine between trough and peak
    double weekendFactor = 0.6; // weekly: Saturday and Sunday are scaled by this
    std::vector<DemandSpike> spikes;
    double noisePct = 0;      // standard deviation of multiplicative noise, percent; seeded
    std::string csvFile;      // csv: "time,rps" rows (ISO time or seconds from start); held until the next row
    std::vector<std::pair<EpochMs, double>> csvPoints; // loaded from csvFile
};

const char* demandPatternName(DemandPattern pattern);

// Builds the same curve piece by piece: the steps of a piece have the values they have in the whole curve,
// however it is cut (the noise's draws are numbered by step). The simulator reads a long curve's first
// steps while a second thread builds the rest. (It reads the spec in place: the spec must outlive it.)
class DemandBuilder
{
public:
    DemandBuilder(const DemandSpec& spec, EpochMs start, int stepSeconds, std::int64_t steps, std::uint64_t seed);
    std::int64_t steps() const { return m_steps; }
    // Appends steps out.size() … end − 1 (no further than steps()).
    void appendUpTo(LargeVector<float>& out, std::int64_t end) const;

private:
    const DemandSpec& m_spec;
    EpochMs m_start;
    EpochMs m_stepMs;
    std::int64_t m_steps;
    std::uint64_t m_seed;
    std::vector<float> m_weekday, m_weekend; // daily/weekly: one day's values from the start's time of day
};

// Demand at each step start + i × stepSeconds, for steps steps. Noise comes from its own generator
// seeded with seed, so faults and terminations do not change the demand.
LargeVector<float> buildDemand(const DemandSpec& spec, EpochMs start, int stepSeconds, std::int64_t steps,
                               std::uint64_t seed);

// The requests a demand curve asks for: the sum of its rates × the step's seconds. (Summed in eight lanes
// for speed: the same curve always gives the same total.)
double requestsOf(const LargeVector<float>& demand, int stepSeconds);

// Reads "time,rps" rows; a first line that does not parse is taken as a header. Errors name FILE:LINE.
Result<std::vector<std::pair<EpochMs, double>>> loadDemandCsv(const std::string& file, EpochMs start);

// The last CSV read, kept while the file is unchanged: the same file (inode), size, modification time
// and status-change time. A plan editor checks the plan on every edit, and a year of minutes is half a
// million rows: with this, an edit elsewhere in the plan costs a look at the file's metadata. The
// status-change time cannot be set back, so a rewrite that restores the modification time (cp -p,
// touch -r) is still seen.
class DemandCsvCache
{
public:
    Result<std::vector<std::pair<EpochMs, double>>> load(const std::string& file, EpochMs start);
    int fileReads() const { return m_reads; } // how many times a file was read (the rest came from memory)

private:
    struct Stamp
    {
        std::string file;
        EpochMs start = 0;
        std::uint64_t inode = 0, size = 0;
        std::int64_t modifiedNs = 0, changedNs = 0;
        bool operator==(const Stamp&) const = default;
    };
    std::optional<Stamp> m_stamp;
    std::vector<std::pair<EpochMs, double>> m_points;
    int m_reads = 0;
};

} // namespace archdesk::core::scaling
