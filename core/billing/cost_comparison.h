#pragma once
// CostComparison: every purchase option of a cost plan costed over the horizon, with break-even and a recommendation.

#include <optional>
#include <string>
#include <vector>

#include "core/billing/cost_plan.h"
#include "core/billing/purchase_mix.h"
#include "core/billing/recommendation.h"

namespace archdesk::core::billing {

struct OptionResult
{
    PlanOption option;
    std::string name;
    double total = 0;                        // USD over the horizon, upfront payments and fees still owed after it included
    double upfront = 0;                      // USD of upfront payments inside the horizon
    double recurringHourly = 0;              // USD per hour, fixed
    std::optional<double> effectiveHourly;   // total / instance-hours used; nullopt without usage
    std::optional<double> rateEffectiveHourly; // reserved: upfront / term hours + hourly (AWS's figure)
    double savings = 0;                      // against On-Demand, USD
    double savingsPct = 0;
    std::optional<double> breakEvenMonth;    // see breakEvenMonth()
    double count = 0;                        // reservations bought
    double commitmentHourly = 0;             // Savings Plan commitment
    std::optional<SpotBucket> spotInterruption;
    double expectedInterruptions = 0;        // Spot: instance-hours × interruption probability per hour
    std::string note;
    MixCost cost;
};

struct CostComparison
{
    CostPlan plan;
    ResolvedPrices prices;
    std::vector<double> usage; // instances per hour
    double instanceHours = 0;
    double peak = 0;
    double averageInstances = 0;
    std::vector<OptionResult> options;
    std::vector<std::string> skipped; // default options left out for want of a price
    std::optional<Recommendation> recommendation;
};

// break_even_month = upfront / (avoided On-Demand per hour − recurring per hour) / 730, where the
// avoided On-Demand per hour is on_demand_hourly × utilization for one reservation. 0 when there
// is no upfront and the option is cheaper from the first hour; nullopt when it never pays off
// within termMonths.
std::optional<double> breakEvenMonth(double upfront, double avoidedOnDemandHourly, double recurringHourly,
                                     double termMonths);

// An option without a price is an error naming options[i] (or, for the default set, skipped).
Result<CostComparison> compareOptions(const CostPlan& plan, const ResolvedPrices& prices, const std::string& file);

} // namespace archdesk::core::billing
