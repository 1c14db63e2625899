#pragma once
// PurchaseMix: reservations + a Savings Plan + Spot + On-Demand for one type's hourly usage, costed hour by hour.

#include <optional>
#include <string>
#include <vector>

#include "core/billing/commitment.h"
#include "core/billing/operating_system.h"
#include "core/catalog/instance_price.h"
#include "core/util/result.h"

namespace archdesk::core::billing {

struct PurchaseMix
{
    std::optional<catalog::ReservedPrice> reserved; // the variant bought
    double reservedCount = 0;
    std::optional<SavingsPlanKind> savingsPlan;
    double savingsPlanRate = 0;       // USD per instance-hour at the plan's rate
    double savingsPlanCommitment = 0; // USD per hour
    std::optional<double> spotHourly;
    double spotAbove = -1;            // instances above this level run on Spot; < 0: no Spot
};

// What one hour of the mix covers, in instances.
struct HourCoverage
{
    double reserved = 0;
    double savingsPlan = 0;
    double spot = 0;
    double onDemand = 0;
};

struct MixCost
{
    std::vector<double> hourly;         // USD per hour: On-Demand + recurring RI fee + SP commitment + Spot
    std::vector<HourCoverage> coverage; // per hour
    std::vector<double> monthly;        // per 730-hour month, upfront payments included
    std::vector<double> cumulative;     // running sum of monthly
    double upfrontPerTerm = 0;          // USD paid at the start of every term
    double upfrontTotal = 0;            // USD of upfront payments inside the horizon
    double recurringHourly = 0;         // USD per hour, fixed (RI hourly fees + SP commitment)
    double coveredOnDemandValue = 0;    // USD the committed coverage would have cost On-Demand
    double spotCost = 0;                // USD paid for Spot hours
    double owedAfterHorizon = 0;        // USD of RI hourly fees still due after the horizon ends
    double total = 0;
};

// usage: instances per hour. The reservation is regional, renewed at the end of each term inside
// the horizon; its upfront is paid when each term starts.
Result<MixCost> costMix(const std::string& instanceType, OperatingSystem os, const std::string& region,
                        double onDemandHourly, const std::vector<double>& usage, const PurchaseMix& mix);

} // namespace archdesk::core::billing
