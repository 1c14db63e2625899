#include "core/billing/spot.h"

#include <array>
#include <cmath>

namespace archdesk::core::billing {

namespace {

const std::array<SpotBucket, 5>& buckets()
{
    static const std::array<SpotBucket, 5> kBuckets{{
        {0, "<5%", 5, 2.5},
        {1, "5-10%", 11, 7.5},
        {2, "10-15%", 16, 12.5},
        {3, "15-20%", 22, 17.5},
        {4, ">20%", 100, 25},
    }};
    return kBuckets;
}

} // namespace

std::optional<SpotBucket> spotBucket(int index)
{
    if (index < 0 || index >= static_cast<int>(buckets().size()))
        return std::nullopt;
    return buckets()[static_cast<std::size_t>(index)];
}

std::optional<SpotBucket> parseSpotBucket(std::string_view text)
{
    for (const auto& b : buckets())
        if (text == b.label || (text.size() == 1 && text[0] == static_cast<char>('0' + b.index)))
            return b;
    return std::nullopt;
}

SpotBucket spotBucketForPercent(double monthlyPercent)
{
    for (const auto& b : buckets())
        if (monthlyPercent < b.maxPercent)
            return b;
    return buckets().back();
}

double interruptionProbabilityPerHour(const SpotBucket& bucket)
{
    return 1.0 - std::pow(1.0 - bucket.monthlyPercent / 100.0, 1.0 / 730.0);
}

double spotSavingsPercent(double onDemandHourly, double spotHourly)
{
    if (onDemandHourly <= 0)
        return 0;
    return 100.0 * (1.0 - spotHourly / onDemandHourly);
}

} // namespace archdesk::core::billing
