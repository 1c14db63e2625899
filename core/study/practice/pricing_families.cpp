// Practice families on EC2 pricing: the key comes from the billing engine's normalization factors and
// the reserved-price arithmetic of core/catalog.
#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "core/billing/instance_size.h"
#include "core/catalog/instance_price.h"
#include "core/study/practice/practice_families.h"
#include "core/study/practice/practice_generator.h"

namespace archdesk::core::study::practice {

namespace {

const char* kSizeFlexDoc = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/apply_ri.html";
const char* kRiDoc = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-reserved-instances.html";

std::string units(double u) { return fmt::format("{:g}", u); }

// Real us-east-1 Linux prices from AWS's Price List (see tests/…/fixtures): On-Demand and 1-year Standard RIs.
struct PriceSet
{
    const char* type;
    const char* when;
    double onDemand;
    std::vector<std::pair<const char*, catalog::ReservedPrice>> reserved;
};

const std::vector<PriceSet>& priceSets()
{
    static const std::vector<PriceSet> sets = {
        {"m5.large", "February 2021", 0.096,
         {{"1-year Standard RI, No Upfront", {1, "standard", "no_upfront", 0, 0.06}},
          {"1-year Standard RI, Partial Upfront", {1, "standard", "partial_upfront", 252, 0.029}},
          {"1-year Standard RI, All Upfront", {1, "standard", "all_upfront", 494, 0}}}},
        {"c4.large", "2017", 0.10,
         {{"1-year Standard RI, No Upfront", {1, "standard", "no_upfront", 0, 0.063}},
          {"1-year Standard RI, Partial Upfront", {1, "standard", "partial_upfront", 263, 0.03}}}},
    };
    return sets;
}

} // namespace

Question generateRiCoverage(Rng& rng)
{
    static const char* families[] = {"m5", "c5", "r5"};
    static const char* riSizes[] = {"xlarge", "2xlarge", "4xlarge"};
    const std::string family = families[rng.below(3)];
    const std::string riType = family + "." + riSizes[rng.below(3)];
    const int large = static_cast<int>(rng.below(5));
    const int xlarge = static_cast<int>(rng.below(4));
    const int x2 = static_cast<int>(rng.below(3)) + (large + xlarge == 0 ? 1 : 0);
    const double fLarge = *billing::normalizationFactor(family + ".large");
    const double fX = *billing::normalizationFactor(family + ".xlarge");
    const double f2x = *billing::normalizationFactor(family + ".2xlarge");
    const double fRi = *billing::normalizationFactor(riType);
    const double fleet = large * fLarge + xlarge * fX + x2 * f2x;
    const double onDemand = std::max(0.0, fleet - fRi);

    Question q;
    q.stem = fmt::format(
        "A company bought one regional Standard Reserved Instance for {} (Linux, default tenancy) in us-east-1. In "
        "one hour it runs, in that Region, {} × {}.large, {} × {}.xlarge and {} × {}.2xlarge Linux instances with "
        "default tenancy, for the whole hour. Measured in normalized units, how much of that hour's usage is billed "
        "at On-Demand rates?",
        riType, large, family, xlarge, family, x2, family);
    q.domains = {{"sap-c02", "c02-d1"}, {"sap-legacy", "legacy-d2"}};
    q.tasks = {"1.5"};
    q.services = {"ec2"};
    q.difficulty = 2;
    q.references = {kSizeFlexDoc};
    const auto why = fmt::format(
        "Regional Linux RIs are size-flexible within the family by normalization factor (large 4, xlarge 8, "
        "2xlarge 16, 4xlarge 32). The RI brings {} units; the fleet uses {}×4 + {}×8 + {}×16 = {} units, so {} units "
        "are billed On-Demand.",
        units(fRi), large, xlarge, x2, units(fleet), units(onDemand));
    setOptions(q, rng, units(onDemand), why,
               {{units(std::max(0.0, fleet - f2x)), "That treats the reservation as if it were a 2xlarge (16 units) "
                                                    "whatever its size."},
                {units(fleet), "A regional Linux RI is size-flexible: it applies to other sizes of the family."},
                {units(std::max(0.0, fleet - fRi / 2)), "Normalization factors double with each size; the RI's "
                                                         "factor is not halved."},
                {units(std::max(0.0, fleet - 2 * fRi)), "One reservation covers its own normalized units once per "
                                                         "hour, not twice."},
                {"0", "The fleet uses more units than the reservation provides."}});
    return q;
}

Question generateCheapestOption(Rng& rng)
{
    const PriceSet& set = priceSets()[rng.below(priceSets().size())];
    const int utilization = 10 * (2 + static_cast<int>(rng.below(9))); // 20 … 100 %
    const double hours = 8760.0;
    const double onDemandCost = set.onDemand * hours * utilization / 100.0;
    std::vector<std::pair<std::string, double>> costs = {{"On-Demand", onDemandCost}};
    for (const auto& [name, price] : set.reserved)
        costs.emplace_back(name, price.effectiveHourly() * price.termHours());
    const auto best = std::min_element(costs.begin(), costs.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });

    std::string table;
    for (const auto& [name, price] : set.reserved)
        table += fmt::format(" {}: ${:g} upfront + ${:g}/hour.", name, price.upfront, price.hourly);
    Question q;
    q.stem = fmt::format(
        "One {} Linux instance in us-east-1 (prices of {}) will run {}% of the hours of the next year; the rest of "
        "the time it is stopped. On-Demand costs ${:g}/hour.{} Which way of paying costs least over the year?",
        set.type, set.when, utilization, set.onDemand, table);
    q.domains = {{"sap-c02", "c02-d2"}, {"sap-legacy", "legacy-d2"}};
    q.tasks = {"2.6"};
    q.services = {"ec2"};
    q.difficulty = 2;
    q.references = {kRiDoc, "https://aws.amazon.com/ec2/pricing/reserved-instances/pricing/"};
    std::string totals;
    for (const auto& [name, cost] : costs)
        totals += fmt::format(" {} ${:.2f};", name, cost);
    const auto why = fmt::format("Over 8,760 hours: On-Demand is paid only for the {}% of hours used, a reservation "
                                 "for every hour of its term:{} the cheapest is {}.",
                                 utilization, totals, best->first);
    std::vector<std::pair<std::string, std::string>> wrong;
    for (const auto& [name, cost] : costs)
        if (name != best->first)
            wrong.emplace_back(name, fmt::format("It costs ${:.2f} over the year, more than {} at ${:.2f}.", cost,
                                                 best->first, best->second));
    wrong.emplace_back("Spot Instances, which cost the same as On-Demand over a year",
                       "Spot prices are usually well below On-Demand, and Spot capacity can be interrupted; the "
                       "question compares On-Demand and reservations.");
    setOptions(q, rng, best->first, why, wrong);
    return q;
}

} // namespace archdesk::core::study::practice
