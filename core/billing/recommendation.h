#pragma once
// Recommendation: the cheapest mix of reservations, a Savings Plan, Spot and On-Demand for a plan's usage, and why.

#include <optional>
#include <string>
#include <vector>

#include "core/billing/cost_plan.h"
#include "core/billing/purchase_mix.h"

namespace archdesk::core::billing {

// One level of the usage: the k-th instance, the share of hours it runs, and what pays for it.
struct UsageLevel
{
    enum class Choice { Reserved, SavingsPlan, Spot, OnDemand };
    int level = 1;       // k
    double share = 0;    // share of hours with usage ≥ k
    Choice choice = Choice::OnDemand;
};

struct Recommendation
{
    PurchaseMix mix;
    double reservedCount = 0;
    double savingsPlanInstances = 0; // levels the Savings Plan commitment pays for
    double spotInstances = 0;        // levels put on Spot
    std::vector<UsageLevel> levels;
    MixCost cost;
    double onDemandTotal = 0;
    double saving = 0;      // against running everything On-Demand
    double savingPct = 0;
    std::string summary;             // one sentence
    std::vector<std::string> why;    // the reasoning, one line each
};

// The rule: the k-th reservation is worth buying when the share of hours with usage ≥ k exceeds
// (effective RI rate / On-Demand rate); the best eligible variant is the one with the lowest
// effective rate whose term fits in the horizon. Levels above the reservations get Savings Plan
// commitment by the same test with the plan's rate; what is left runs on Spot when allowed and
// cheaper, else On-Demand.
Result<Recommendation> recommend(const CostPlan& plan, const ResolvedPrices& prices, const std::vector<double>& usage);

std::string choiceName(UsageLevel::Choice choice);

} // namespace archdesk::core::billing
