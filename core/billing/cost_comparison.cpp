#include "core/billing/cost_comparison.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace archdesk::core::billing {

std::optional<double> breakEvenMonth(double upfront, double avoidedOnDemandHourly, double recurringHourly,
                                     double termMonths)
{
    const double perHour = avoidedOnDemandHourly - recurringHourly;
    if (perHour <= 1e-12)
        return std::nullopt;
    if (upfront <= 0)
        return 0.0;
    const double months = upfront / perHour / 730.0;
    if (months > termMonths + 1e-9)
        return std::nullopt;
    return months;
}

namespace {

std::string paymentFieldHint(const PlanOption& o)
{
    return fmt::format("{{\"term_years\":{},\"class\":\"{}\",\"payment\":\"{}\",\"upfront\":…,\"hourly\":…}}",
                       o.termYears, o.offeringClass, o.payment);
}

} // namespace

Result<CostComparison> compareOptions(const CostPlan& plan, const ResolvedPrices& prices, const std::string& file)
{
    CostComparison c;
    c.plan = plan;
    c.prices = prices;
    const std::size_t hours = plan.horizonHours();
    c.usage = plan.usage.hours(hours);
    for (const double u : c.usage) {
        c.instanceHours += u;
        c.peak = std::max(c.peak, u);
    }
    c.averageInstances = hours > 0 ? c.instanceHours / static_cast<double>(hours) : 0;
    const double od = prices.onDemandHourly;
    const double odTotal = c.instanceHours * od;
    const double peakCount = std::ceil(c.peak - 1e-9);
    const std::vector<PlanOption> options = plan.options.empty() ? defaultOptions() : plan.options;
    const bool lenient = plan.defaultOptionSet || plan.options.empty();

    for (std::size_t i = 0; i < options.size(); ++i) {
        const PlanOption& o = options[i];
        const std::string where = fmt::format("{}: field \"options[{}]\"", file, i);
        const auto missing = [&](const std::string& what) -> std::optional<Error> {
            if (lenient) {
                c.skipped.push_back(fmt::format("{}: {}", o.name, what));
                return std::nullopt;
            }
            return Error{ErrorCode::NotFound, what, where};
        };
        OptionResult r;
        r.option = o;
        r.name = o.name;
        PurchaseMix mix;
        double termMonths = plan.horizonMonths;
        switch (o.kind) {
        case PlanOption::Kind::OnDemand: break;
        case PlanOption::Kind::Reserved: {
            const auto price = std::find_if(prices.reserved.begin(), prices.reserved.end(), [&](const auto& p) {
                return p.termYears == o.termYears && p.offeringClass == o.offeringClass && p.payment == o.payment;
            });
            if (price == prices.reserved.end()) {
                if (auto e = missing(fmt::format("no price for a {}-year {} {} reservation of {} in {}; add {} to "
                                                 "prices.reserved or import prices with `archdesk-cli prices import FILE`",
                                                 o.termYears, o.offeringClass, o.payment, plan.instanceType, plan.region,
                                                 paymentFieldHint(o))))
                    return *e;
                continue;
            }
            mix.reserved = *price;
            mix.reservedCount = o.count.value_or(peakCount);
            r.count = mix.reservedCount;
            r.rateEffectiveHourly = price->effectiveHourly();
            termMonths = o.termYears * 12.0;
            break;
        }
        case PlanOption::Kind::Spot:
            if (!prices.spotHourly) {
                if (auto e = missing(fmt::format("no Spot price for {} in {}; give prices.spot_hourly",
                                                 plan.instanceType, plan.region)))
                    return *e;
                continue;
            }
            mix.spotHourly = prices.spotHourly;
            mix.spotAbove = 0;
            r.spotInterruption = prices.spotInterruption;
            break;
        case PlanOption::Kind::SavingsPlan: {
            const bool compute = o.plan == SavingsPlanKind::Compute;
            const std::optional<double> rate =
                o.rateHourly ? o.rateHourly : compute ? prices.computeSpHourly : prices.ec2SpHourly;
            if (!rate) {
                if (auto e = missing(fmt::format("no {} Savings Plan rate for {}; give prices.savings_plan_hourly.{} or "
                                                 "the option's rate_hourly",
                                                 compute ? "Compute" : "EC2 Instance", plan.instanceType,
                                                 compute ? "compute" : "ec2_instance")))
                    return *e;
                continue;
            }
            mix.savingsPlan = o.plan;
            mix.savingsPlanRate = *rate;
            mix.savingsPlanCommitment = o.commitmentHourly.value_or(*rate * peakCount);
            r.commitmentHourly = mix.savingsPlanCommitment;
            break;
        }
        }
        auto cost = costMix(plan.instanceType, plan.os, plan.region, od, c.usage, mix);
        if (!cost)
            return Error{cost.error().code, cost.error().message, where};
        r.cost = std::move(*cost);
        // A reservation cannot be cancelled: fees due after the horizon are part of choosing it.
        r.total = r.cost.total + r.cost.owedAfterHorizon;
        r.upfront = r.cost.upfrontTotal;
        r.recurringHourly = r.cost.recurringHourly;
        if (c.instanceHours > 0)
            r.effectiveHourly = r.total / c.instanceHours;
        r.savings = odTotal - r.total;
        r.savingsPct = odTotal > 0 ? 100.0 * r.savings / odTotal : 0;
        const double h = static_cast<double>(hours);
        switch (o.kind) {
        case PlanOption::Kind::OnDemand: break; // the baseline has nothing to break even against
        case PlanOption::Kind::Reserved:
        case PlanOption::Kind::SavingsPlan:
            if (h > 0)
                r.breakEvenMonth = breakEvenMonth(r.cost.upfrontPerTerm, r.cost.coveredOnDemandValue / h,
                                                  r.recurringHourly, termMonths);
            break;
        case PlanOption::Kind::Spot:
            if (h > 0)
                r.breakEvenMonth = breakEvenMonth(0, c.instanceHours / h * od, r.cost.spotCost / h, termMonths);
            if (r.spotInterruption)
                r.expectedInterruptions = c.instanceHours * interruptionProbabilityPerHour(*r.spotInterruption);
            break;
        }
        if (r.cost.owedAfterHorizon > 0)
            r.note = fmt::format("the term runs past the horizon: the total includes ${:.2f} of hourly fees still owed "
                                 "after it",
                                 r.cost.owedAfterHorizon);
        c.options.push_back(std::move(r));
    }

    if (plan.recommend) {
        auto rec = recommend(plan, prices, c.usage);
        if (!rec)
            return rec.error();
        c.recommendation = std::move(*rec);
    }
    return c;
}

} // namespace archdesk::core::billing
