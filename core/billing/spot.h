#pragma once
// Spot: the Spot Instance Advisor's interruption-frequency buckets and Spot savings against On-Demand.

#include <optional>
#include <string>
#include <string_view>

namespace archdesk::core::billing {

struct SpotBucket
{
    int index = 0;              // 0…4, as in the Advisor's data file
    std::string label;          // "<5%", "5-10%", "10-15%", "15-20%", ">20%"
    double maxPercent = 5;      // the data file's upper edge: 5, 11, 16, 22, 100
    double monthlyPercent = 2.5; // our representative frequency: the middle of the label's range (25 for >20%)
};

// Bucket by index 0…4; nullopt when out of range.
std::optional<SpotBucket> spotBucket(int index);
// Bucket by label ("<5%", "5-10%", …) or index as text ("0"…"4").
std::optional<SpotBucket> parseSpotBucket(std::string_view text);
// The bucket an observed monthly interruption frequency falls in, by the data file's edges
// (a frequency below an edge belongs to that bucket: 4.9 → 0, 5 → 1, 10.9 → 1, 11 → 2).
SpotBucket spotBucketForPercent(double monthlyPercent);

// The bucket's frequency as a probability that a running instance is interrupted in a given hour
// (a month is 730 hours): 1 − (1 − p)^(1/730).
double interruptionProbabilityPerHour(const SpotBucket& bucket);

// Percent saved against On-Demand: 100 × (1 − spot / on-demand); 0 when On-Demand is 0.
double spotSavingsPercent(double onDemandHourly, double spotHourly);

} // namespace archdesk::core::billing
