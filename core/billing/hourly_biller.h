#pragma once
// HourlyBiller: applies Reserved Instances, then Savings Plans, then On-Demand to each clock-hour of usage.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/billing/commitment.h"
#include "core/billing/usage_line.h"
#include "core/util/result.h"

namespace archdesk::core::billing {

// Prices of one instance type (USD per instance-hour). A missing Savings Plan rate means that
// plan kind does not discount this usage.
struct TypePrice
{
    double onDemandHourly = 0;
    std::optional<double> computeSpHourly;
    std::optional<double> ec2SpHourly;
};

struct BillSetup
{
    std::string region;                          // usage without an AZ runs here
    std::map<std::string, TypePrice> prices;     // by instance type (or any usage name, e.g. "fargate.vcpu")
    std::vector<Reservation> reservations;
    std::vector<SavingsPlan> savingsPlans;
};

// One clock-hour of the bill. Units are instance-hours of the usage's own type.
struct HourBill
{
    double onDemand = 0;               // USD charged at On-Demand rates
    double onDemandUnits = 0;          // instance-hours left to On-Demand
    double reservedFee = 0;            // USD: every reservation's effective hourly rate, used or not
    double reservedCoveredUnits = 0;   // instance-hours covered by reservations
    double reservedCovered = 0;        // USD the covered usage would have cost On-Demand
    double savingsPlanUsed = 0;        // USD of commitment spent at Savings Plan rates
    double savingsPlanUnused = 0;      // USD of commitment left over (lost: no carry-over)
    double savingsPlanCoveredUnits = 0; // instance-hours covered by Savings Plans
    double total = 0;                  // onDemand + reservedFee + the full Savings Plan commitment

    HourBill& operator+=(const HourBill& other);
};

struct Bill
{
    std::vector<HourBill> hours;
    HourBill totals;
};

// A usage key: one type/OS/AZ combination the biller knows; usage refers to it by index.
struct UsageKey
{
    std::string instanceType;
    OperatingSystem os = OperatingSystem::Linux;
    std::string az; // empty = the bill's region, no particular zone
};

struct KeyedUsage
{
    std::uint32_t key = 0;       // index into the keys given to create()
    double instanceSeconds = 0;  // billed instance-seconds in this hour (see UsageLine)
};

class HourlyBiller
{
public:
    // Checks that every key has an On-Demand price and that each Savings Plan can price the usage it
    // could cover; the error names the type. Matching between commitments and keys is worked out here
    // once, so billing an hour is a few passes over small arrays.
    static Result<HourlyBiller> create(const BillSetup& setup, std::vector<UsageKey> keys);

    HourBill billHour(std::span<const KeyedUsage> usage);
    Bill billHours(const std::vector<std::vector<KeyedUsage>>& hours);

    const std::vector<UsageKey>& keys() const { return m_keys; }

private:
    struct KeyInfo
    {
        double onDemand = 0;
        double computeRate = -1; // < 0: not covered by Compute plans
        double ec2Rate = -1;     // < 0: not covered by EC2 Instance plans
    };
    // Reservations that cover the same usage, pooled: capacity is in unit-seconds per hour.
    struct ReservationPool
    {
        std::vector<std::uint32_t> keys;    // in the order coverage is applied
        std::vector<double> unitsPerSecond; // normalization factor per key (1 for exact matches)
        double capacity = 0;
    };
    struct PlanPool
    {
        std::vector<std::uint32_t> keys; // highest savings first, ties to the lower SP rate
        std::vector<double> rates;       // SP rate per key, USD per instance-hour
        double commitment = 0;
    };

    std::vector<UsageKey> m_keys;
    std::vector<KeyInfo> m_info;
    std::vector<ReservationPool> m_reservationPools; // zonal pools first, then regional
    std::vector<PlanPool> m_planPools;               // EC2 Instance pools first, then Compute
    double m_reservedFee = 0;
    double m_commitment = 0;
    std::vector<double> m_remaining; // scratch: uncovered instance-seconds per key
    std::vector<std::uint32_t> m_touched;
};

// Convenience: bills hours of UsageLines (interning their type/OS/AZ as keys).
Result<Bill> billUsage(const BillSetup& setup, const std::vector<std::vector<UsageLine>>& hours);

// For the scaling simulator: one hour of a fleet is instance-hours per type and AZ (Linux unless
// given). Returns the same Bill as billUsage: per-hour On-Demand, RI and Savings Plan figures.
struct FleetUsage
{
    std::string instanceType;
    std::string az;
    double instanceHours = 0;
    OperatingSystem os = OperatingSystem::Linux;
};
Result<Bill> billFleetHours(const BillSetup& setup, const std::vector<std::vector<FleetUsage>>& hours);

} // namespace archdesk::core::billing
