#include "core/billing/purchase_mix.h"

#include <algorithm>
#include <cmath>

#include "core/billing/hourly_biller.h"

namespace archdesk::core::billing {

Result<MixCost> costMix(const std::string& instanceType, OperatingSystem os, const std::string& region,
                        double onDemandHourly, const std::vector<double>& usage, const PurchaseMix& mix)
{
    BillSetup setup;
    setup.region = region;
    TypePrice price;
    price.onDemandHourly = onDemandHourly;
    if (mix.savingsPlan == SavingsPlanKind::Compute)
        price.computeSpHourly = mix.savingsPlanRate;
    if (mix.savingsPlan == SavingsPlanKind::Ec2Instance)
        price.ec2SpHourly = mix.savingsPlanRate;
    setup.prices[instanceType] = price;
    MixCost out;
    double termHours = 0;
    if (mix.reserved && mix.reservedCount > 0) {
        Reservation r;
        r.instanceType = instanceType;
        r.os = os;
        r.region = region;
        r.count = mix.reservedCount;
        r.termYears = mix.reserved->termYears;
        r.hourly = mix.reserved->hourly; // upfront is paid per term below, not amortized
        setup.reservations.push_back(r);
        out.upfrontPerTerm = mix.reservedCount * mix.reserved->upfront;
        out.recurringHourly += mix.reservedCount * mix.reserved->hourly;
        termHours = mix.reserved->termHours();
    }
    if (mix.savingsPlan && mix.savingsPlanCommitment > 0) {
        SavingsPlan p;
        p.kind = *mix.savingsPlan;
        p.family = instanceType.substr(0, instanceType.find('.'));
        p.region = region;
        p.commitmentHourly = mix.savingsPlanCommitment;
        setup.savingsPlans.push_back(p);
        out.recurringHourly += mix.savingsPlanCommitment;
    }
    auto biller = HourlyBiller::create(setup, {UsageKey{instanceType, os, {}}});
    if (!biller)
        return biller.error();

    const std::size_t hours = usage.size();
    out.hourly.resize(hours);
    out.coverage.resize(hours);
    const std::size_t months = (hours + 729) / 730;
    out.monthly.assign(months, 0.0);
    for (std::size_t h = 0; h < hours; ++h) {
        const double u = std::max(0.0, usage[h]);
        double spot = 0;
        double committed = u;
        if (mix.spotHourly && mix.spotAbove >= 0 && u > mix.spotAbove) {
            spot = u - mix.spotAbove;
            committed = mix.spotAbove;
        }
        const KeyedUsage keyed{0, committed * 3600.0};
        const HourBill bill = biller->billHour({&keyed, 1});
        const double spotCost = spot * mix.spotHourly.value_or(0);
        out.hourly[h] = bill.total + spotCost;
        out.coverage[h] = {bill.reservedCoveredUnits, bill.savingsPlanCoveredUnits, spot, bill.onDemandUnits};
        out.coveredOnDemandValue += (bill.reservedCoveredUnits + bill.savingsPlanCoveredUnits) * onDemandHourly;
        out.spotCost += spotCost;
        out.monthly[h / 730] += out.hourly[h];
        if (termHours > 0 && std::fmod(static_cast<double>(h), termHours) == 0) {
            out.monthly[h / 730] += out.upfrontPerTerm;
            out.upfrontTotal += out.upfrontPerTerm;
        }
    }
    if (termHours > 0 && hours > 0) {
        const double intoLastTerm = std::fmod(static_cast<double>(hours), termHours);
        if (intoLastTerm > 0)
            out.owedAfterHorizon = (termHours - intoLastTerm) * mix.reservedCount * mix.reserved->hourly;
    }
    double running = 0;
    out.cumulative.resize(months);
    for (std::size_t m = 0; m < months; ++m) {
        running += out.monthly[m];
        out.cumulative[m] = running;
    }
    out.total = running;
    return out;
}

} // namespace archdesk::core::billing
