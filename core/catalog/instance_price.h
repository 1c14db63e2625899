#pragma once
// InstancePrice: what one instance type costs in one region and OS, with where the figures came from.

#include <optional>
#include <string>
#include <vector>

namespace archdesk::core::catalog {

struct ReservedPrice
{
    int termYears = 1;            // 1 or 3
    std::string offeringClass;    // "standard" | "convertible"
    std::string payment;          // "no_upfront" | "partial_upfront" | "all_upfront"
    double upfront = 0;           // USD, once
    double hourly = 0;            // USD per hour, every hour of the term

    double termHours() const { return termYears * 8760.0; }
    double effectiveHourly() const { return upfront / termHours() + hourly; }
};

struct InstancePrice
{
    std::string instanceType;     // "m5.large"
    std::string region;           // "us-east-1"
    std::string os;               // "linux"
    std::optional<double> onDemandHourly;
    std::vector<ReservedPrice> reserved;
    std::optional<double> spotHourly;
    std::string source;           // e.g. "bundled snapshot (AWS Price List via …)" or the imported file's name
    std::string date;             // ISO date of the price data
    // Where the reserved prices came from, when that is not `source` (a newer file had no reservations).
    std::string reservedSource;
    std::string reservedDate;
};

} // namespace archdesk::core::catalog
