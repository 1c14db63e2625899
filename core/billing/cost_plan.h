#pragma once
// CostPlan: one instance type, a usage pattern and the purchase options to compare (a *.archdesk-plan.json file).

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/billing/commitment.h"
#include "core/billing/operating_system.h"
#include "core/billing/spot.h"
#include "core/billing/usage_pattern.h"
#include "core/catalog/instance_price.h"
#include "core/util/result.h"

namespace archdesk::core::billing {

struct PlanOption
{
    enum class Kind { OnDemand, Reserved, Spot, SavingsPlan };

    std::string name;
    Kind kind = Kind::OnDemand;
    // reserved
    int termYears = 1;
    std::string offeringClass = "standard"; // standard | convertible
    std::string payment = "no_upfront";     // no_upfront | partial_upfront | all_upfront
    std::optional<double> count;            // default: the peak number of instances
    // savings_plan
    SavingsPlanKind plan = SavingsPlanKind::Compute;
    std::optional<double> commitmentHourly; // default: the plan's rate × the peak
    std::optional<double> rateHourly;       // default: prices.savings_plan_hourly[plan]

    static std::string kindName(Kind kind);
    // "On-Demand", "RI 1yr standard partial upfront", "Spot", "Compute Savings Plan".
    std::string displayName() const;
};

// Prices given in the plan; anything missing comes from the catalog.
struct PlanPrices
{
    std::optional<double> onDemandHourly;
    std::optional<double> spotHourly;
    std::optional<SpotBucket> spotInterruption;
    std::vector<catalog::ReservedPrice> reserved;
    std::optional<double> computeSpHourly;
    std::optional<double> ec2SpHourly;
};

struct CostPlan
{
    std::string instanceType = "m5.large";
    std::string region = "us-east-1";
    OperatingSystem os = OperatingSystem::Linux;
    int horizonMonths = 12;
    UsagePattern usage;
    PlanPrices prices;
    std::vector<PlanOption> options;
    bool defaultOptionSet = true;    // options were not given: options without a price are skipped, not errors
    bool recommend = true;
    bool allowSpot = false;          // may the recommendation put interruptible burst on Spot?

    std::size_t horizonHours() const { return static_cast<std::size_t>(horizonMonths) * 730; }
};

// On-Demand, the 6 standard RI variants (1/3 years × no/partial/all upfront), Spot and a Compute Savings Plan.
std::vector<PlanOption> defaultOptions();

struct CostPlanParse
{
    CostPlan plan;
    std::vector<Error> problems; // each "FILE: field "a.b": what is wrong"
    bool ok() const { return problems.empty(); }
};

CostPlanParse parseCostPlan(const nlohmann::json& document, const std::string& file);
// readJsonFile + parseCostPlan; a syntax error is the single problem, with line:col.
CostPlanParse readCostPlan(const std::string& path);

nlohmann::json costPlanToJson(const CostPlan& plan);

// The prices a comparison runs on: the plan's own, completed from the catalog.
struct ResolvedPrices
{
    double onDemandHourly = 0;
    std::vector<catalog::ReservedPrice> reserved;
    std::optional<double> spotHourly;
    std::optional<SpotBucket> spotInterruption;
    std::optional<double> computeSpHourly;
    std::optional<double> ec2SpHourly;
    std::string source; // "plan file", the catalog's source, or both
};

using PriceLookup = std::function<Result<catalog::InstancePrice>()>;

// Fills what the plan leaves out from lookup() (called at most once, and only when something is
// missing). No On-Demand price anywhere is an error naming the type and how to import prices.
Result<ResolvedPrices> resolvePrices(const CostPlan& plan, const PriceLookup& lookup, const std::string& file);

} // namespace archdesk::core::billing
