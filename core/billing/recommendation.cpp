#include "core/billing/recommendation.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fmt/format.h>

namespace archdesk::core::billing {

std::string choiceName(UsageLevel::Choice choice)
{
    switch (choice) {
    case UsageLevel::Choice::Reserved: return "reserved";
    case UsageLevel::Choice::SavingsPlan: return "savings_plan";
    case UsageLevel::Choice::Spot: return "spot";
    case UsageLevel::Choice::OnDemand: return "on_demand";
    }
    return "on_demand";
}

namespace {

std::string riName(const catalog::ReservedPrice& r)
{
    PlanOption o;
    o.kind = PlanOption::Kind::Reserved;
    o.termYears = r.termYears;
    o.offeringClass = r.offeringClass;
    o.payment = r.payment;
    return o.displayName();
}

std::string ordinal(int n)
{
    const int mod100 = n % 100;
    const char* suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return fmt::format("{}{}", n, suffix);
}

std::string levelRange(int from, int to)
{
    if (from == to)
        return fmt::format("the {} instance", ordinal(from));
    return fmt::format("instances {} to {}", from, to);
}

} // namespace

Result<Recommendation> recommend(const CostPlan& plan, const ResolvedPrices& prices, const std::vector<double>& usage)
{
    Recommendation rec;
    const double od = prices.onDemandHourly;
    const double hours = static_cast<double>(usage.size());
    double peak = 0, instanceHours = 0;
    for (const double u : usage) {
        peak = std::max(peak, u);
        instanceHours += u;
    }
    const int levels = static_cast<int>(std::ceil(peak - 1e-9));
    // share[k-1]: share of hours with usage ≥ k.
    std::vector<double> share(static_cast<std::size_t>(std::max(levels, 0)), 0.0);
    for (const double u : usage)
        for (int k = 1; k <= levels && u >= k - 1e-9; ++k)
            share[static_cast<std::size_t>(k - 1)] += 1;
    for (auto& s : share)
        s = hours > 0 ? s / hours : 0;

    // The cheapest reservation whose term fits in the horizon.
    std::optional<catalog::ReservedPrice> bestRi;
    for (const auto& r : prices.reserved) {
        if (r.termYears * 12 > plan.horizonMonths)
            continue;
        if (!bestRi || r.effectiveHourly() < bestRi->effectiveHourly() - 1e-12)
            bestRi = r;
    }
    std::optional<SavingsPlanKind> spKind;
    double spRate = 0;
    if (prices.computeSpHourly) {
        spKind = SavingsPlanKind::Compute;
        spRate = *prices.computeSpHourly;
    }
    if (prices.ec2SpHourly && (!spKind || *prices.ec2SpHourly < spRate - 1e-12)) {
        spKind = SavingsPlanKind::Ec2Instance;
        spRate = *prices.ec2SpHourly;
    }
    const bool spotAllowed = plan.allowSpot && prices.spotHourly && *prices.spotHourly < od;

    const double riThreshold = bestRi && od > 0 ? bestRi->effectiveHourly() / od : 2;
    const double spThreshold = spKind && od > 0 ? spRate / od : 2;
    // For one instance type the two commitments price every level the same way, so only the one
    // with the lower rate can win a level; the other never does.
    const bool reserveFirst = riThreshold <= spThreshold;
    const double commitThreshold = std::min(riThreshold, spThreshold);
    int nRi = 0, nSp = 0, nSpot = 0;
    for (int k = 1; k <= levels; ++k) {
        const double s = share[static_cast<std::size_t>(k - 1)];
        UsageLevel level{k, s, UsageLevel::Choice::OnDemand};
        if (s > commitThreshold) {
            level.choice = reserveFirst ? UsageLevel::Choice::Reserved : UsageLevel::Choice::SavingsPlan;
            ++(reserveFirst ? nRi : nSp);
        } else if (spotAllowed && s > 0) {
            level.choice = UsageLevel::Choice::Spot;
            ++nSpot;
        }
        rec.levels.push_back(level);
    }

    rec.reservedCount = nRi;
    rec.savingsPlanInstances = nSp;
    rec.spotInstances = nSpot;
    PurchaseMix& mix = rec.mix;
    if (nRi > 0) {
        mix.reserved = bestRi;
        mix.reservedCount = nRi;
    }
    if (nSp > 0) {
        mix.savingsPlan = spKind;
        mix.savingsPlanRate = spRate;
        mix.savingsPlanCommitment = nSp * spRate;
    }
    if (nSpot > 0) {
        mix.spotHourly = prices.spotHourly;
        mix.spotAbove = nRi + nSp;
    }
    auto cost = costMix(plan.instanceType, plan.os, plan.region, od, usage, mix);
    if (!cost)
        return cost.error();
    rec.cost = std::move(*cost);
    rec.onDemandTotal = instanceHours * od;
    rec.saving = rec.onDemandTotal - rec.cost.total;
    rec.savingPct = rec.onDemandTotal > 0 ? 100.0 * rec.saving / rec.onDemandTotal : 0;

    // The reasoning, level group by level group.
    rec.why.push_back(fmt::format("Usage: {:g} instance(s) at peak, {:.0f} instance-hours in {:.0f} hours "
                                  "({} months of 730 h); On-Demand ${:.4f}/h.",
                                  peak, instanceHours, hours, plan.horizonMonths, od));
    if (bestRi)
        rec.why.push_back(fmt::format("Cheapest reservation that fits the horizon: {} at ${:.4f}/h effective "
                                      "(${:g} upfront + ${:.4f}/h), {:.1f}% of On-Demand, paid every hour used or not.",
                                      riName(*bestRi), bestRi->effectiveHourly(), bestRi->upfront, bestRi->hourly,
                                      100 * riThreshold));
    else if (!prices.reserved.empty())
        rec.why.push_back(fmt::format("No reservation term fits in {} months (the shortest term is 1 year).",
                                      plan.horizonMonths));
    else
        rec.why.push_back("No reservation prices are known, so no reservation is considered.");
    if (spKind)
        rec.why.push_back(fmt::format("{} Savings Plan rate ${:.4f}/h, {:.1f}% of On-Demand.",
                                      *spKind == SavingsPlanKind::Compute ? "Compute" : "EC2 Instance", spRate,
                                      100 * spThreshold));
    for (std::size_t i = 0; i < rec.levels.size();) {
        std::size_t j = i;
        while (j + 1 < rec.levels.size() && rec.levels[j + 1].choice == rec.levels[i].choice &&
               std::abs(rec.levels[j + 1].share - rec.levels[i].share) < 1e-12)
            ++j;
        const UsageLevel& l = rec.levels[i];
        const std::string who = levelRange(l.level, rec.levels[j].level);
        const std::string runs = i == j ? "it runs" : "each runs";
        const double pct = 100 * l.share;
        switch (l.choice) {
        case UsageLevel::Choice::Reserved:
            rec.why.push_back(fmt::format("Reserve {}: {} {:.1f}% of hours, more than the {:.1f}% at which a "
                                          "reservation pays.",
                                          who, runs, pct, 100 * riThreshold));
            break;
        case UsageLevel::Choice::SavingsPlan:
            rec.why.push_back(fmt::format("Cover {} with Savings Plan commitment: {} {:.1f}% of hours, more than "
                                          "the {:.1f}% at which the commitment pays.",
                                          who, runs, pct, 100 * spThreshold));
            break;
        case UsageLevel::Choice::Spot:
            rec.why.push_back(fmt::format("Run {} on Spot (${:.4f}/h) if the work can be interrupted: {} only "
                                          "{:.1f}% of hours, too few for a commitment.",
                                          who, *prices.spotHourly, runs, pct));
            break;
        case UsageLevel::Choice::OnDemand:
            if (commitThreshold > 1)
                rec.why.push_back(fmt::format("Keep {} On-Demand: no commitment price is known.", who));
            else
                rec.why.push_back(fmt::format("Keep {} On-Demand: {} {:.1f}% of hours, not more than the {:.1f}% "
                                              "a commitment needs to pay off.",
                                              who, runs, pct, 100 * commitThreshold));
            break;
        }
        i = j + 1;
    }

    std::vector<std::string> parts;
    if (nRi > 0)
        parts.push_back(fmt::format("buy {} × {}", nRi, riName(*bestRi)));
    if (nSp > 0)
        parts.push_back(fmt::format("commit ${:.4f}/h to a {} Savings Plan", mix.savingsPlanCommitment,
                                    *spKind == SavingsPlanKind::Compute ? "Compute" : "EC2 Instance"));
    if (nSpot > 0)
        parts.push_back(fmt::format("run up to {} burst instance(s) on Spot", nSpot));
    std::string action;
    for (std::size_t i = 0; i < parts.size(); ++i)
        action += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    if (action.empty())
        rec.summary = fmt::format("Stay On-Demand: no commitment pays off for this usage (total ${:.2f}).",
                                  rec.cost.total);
    else
        rec.summary = fmt::format("{}{}{}. Total ${:.2f} instead of ${:.2f} all On-Demand: saves ${:.2f} ({:.1f}%).",
                                  static_cast<char>(std::toupper(static_cast<unsigned char>(action[0]))),
                                  action.substr(1), (nRi + nSp + nSpot) < levels ? "; run the rest On-Demand" : "",
                                  rec.cost.total, rec.onDemandTotal, rec.saving, rec.savingPct);
    return rec;
}

} // namespace archdesk::core::billing
