// cost / bill: compare purchase options for a plan, and bill hourly usage with RIs and Savings Plans applied.

#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

#include "app/cli/cli.h"
#include "core/billing/bill_file.h"
#include "core/billing/cost_comparison.h"
#include "core/catalog/price_lookup.h"
#include "core/util/time.h"

namespace archdesk::cli {

namespace {

using nlohmann::json;
namespace billing = core::billing;

// Money and rates in JSON: rounded to a millionth of a dollar so sums print cleanly.
double money(double v) { return std::round(v * 1e6) / 1e6; }

json optionalNumber(const std::optional<double>& v, double scale = 1e6)
{
    if (!v)
        return nullptr;
    return std::round(*v * scale) / scale;
}

std::string usd(double v) { return fmt::format("{:.2f}", v); }
std::string rate(const std::optional<double>& v) { return v ? fmt::format("{:.6f}", *v) : "–"; }
std::string months(const std::optional<double>& v) { return v ? fmt::format("{:.1f}", *v) : "never"; }

int printProblems(Context& ctx, const std::vector<core::Error>& problems)
{
    for (const auto& p : problems)
        ctx.err << "archdesk-cli: " << p.describe() << '\n';
    return kExitInvalidInput;
}

core::store::Database* databaseOrNull(Context& ctx)
{
    auto db = ctx.database();
    return db ? *db : nullptr;
}

json reservedJson(const core::catalog::ReservedPrice& r)
{
    return {{"term_years", r.termYears},       {"class", r.offeringClass},        {"payment", r.payment},
            {"upfront", money(r.upfront)},      {"hourly", money(r.hourly)},
            {"effective_hourly", money(r.effectiveHourly())}};
}

json comparisonJson(const billing::CostComparison& c)
{
    json j;
    j["instance_type"] = c.plan.instanceType;
    j["region"] = c.plan.region;
    j["os"] = billing::operatingSystemName(c.plan.os);
    j["horizon_months"] = c.plan.horizonMonths;
    j["horizon_hours"] = c.plan.horizonHours();
    json prices{{"on_demand_hourly", money(c.prices.onDemandHourly)},
                {"spot_hourly", optionalNumber(c.prices.spotHourly)},
                {"source", c.prices.source}};
    prices["reserved"] = json::array();
    for (const auto& r : c.prices.reserved)
        prices["reserved"].push_back(reservedJson(r));
    prices["savings_plan_hourly"] = {{"compute", optionalNumber(c.prices.computeSpHourly)},
                                     {"ec2_instance", optionalNumber(c.prices.ec2SpHourly)}};
    j["prices"] = prices;
    j["usage"] = {{"kind", billing::UsagePattern::kindName(c.plan.usage.kind)},
                  {"instance_hours", money(c.instanceHours)},
                  {"peak_instances", c.peak},
                  {"average_instances", money(c.averageInstances)}};
    json options = json::array();
    for (const auto& o : c.options) {
        json jo{{"name", o.name},
                {"kind", billing::PlanOption::kindName(o.option.kind)},
                {"total", money(o.total)},
                {"upfront", money(o.upfront)},
                {"recurring_hourly", money(o.recurringHourly)},
                {"effective_hourly", optionalNumber(o.effectiveHourly)},
                {"savings", money(o.savings)},
                {"savings_pct", std::round(o.savingsPct * 100) / 100},
                {"break_even_month", optionalNumber(o.breakEvenMonth, 1e4)}};
        if (o.option.kind == billing::PlanOption::Kind::Reserved) {
            jo["count"] = o.count;
            jo["term_years"] = o.option.termYears;
            jo["class"] = o.option.offeringClass;
            jo["payment"] = o.option.payment;
            jo["rate_effective_hourly"] = optionalNumber(o.rateEffectiveHourly);
        }
        if (o.option.kind == billing::PlanOption::Kind::SavingsPlan) {
            jo["plan"] = billing::savingsPlanKindName(o.option.plan);
            jo["commitment_hourly"] = money(o.commitmentHourly);
        }
        if (o.option.kind == billing::PlanOption::Kind::Spot) {
            jo["interruption"] = o.spotInterruption ? json(o.spotInterruption->label) : json(nullptr);
            jo["expected_interruptions"] = std::round(o.expectedInterruptions * 100) / 100;
        }
        if (!o.note.empty())
            jo["note"] = o.note;
        json monthly = json::array(), cumulative = json::array();
        for (const double m : o.cost.monthly)
            monthly.push_back(money(m));
        for (const double m : o.cost.cumulative)
            cumulative.push_back(money(m));
        jo["monthly"] = monthly;
        jo["cumulative"] = cumulative;
        options.push_back(jo);
    }
    j["options"] = options;
    j["skipped"] = c.skipped;
    if (c.recommendation) {
        const auto& r = *c.recommendation;
        json rec{{"summary", r.summary},
                 {"why", r.why},
                 {"total", money(r.cost.total)},
                 {"on_demand_total", money(r.onDemandTotal)},
                 {"saving", money(r.saving)},
                 {"saving_pct", std::round(r.savingPct * 100) / 100},
                 {"spot_instances", r.spotInstances}};
        if (r.reservedCount > 0 && r.mix.reserved) {
            json ri = reservedJson(*r.mix.reserved);
            ri["count"] = r.reservedCount;
            rec["reserved"] = ri;
        } else {
            rec["reserved"] = nullptr;
        }
        if (r.savingsPlanInstances > 0 && r.mix.savingsPlan)
            rec["savings_plan"] = {{"plan", billing::savingsPlanKindName(*r.mix.savingsPlan)},
                                   {"commitment_hourly", money(r.mix.savingsPlanCommitment)},
                                   {"rate_hourly", money(r.mix.savingsPlanRate)}};
        else
            rec["savings_plan"] = nullptr;
        json levels = json::array();
        for (const auto& l : r.levels)
            levels.push_back({{"level", l.level}, {"share", std::round(l.share * 1e6) / 1e6},
                              {"choice", billing::choiceName(l.choice)}});
        rec["levels"] = levels;
        j["recommendation"] = rec;
    } else {
        j["recommendation"] = nullptr;
    }
    return j;
}

int costCommand(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json", "csv"}, status);
    if (!format)
        return status;
    const std::string file = args.positional.at(0);
    const auto parsed = billing::readCostPlan(file);
    if (!parsed.ok())
        return printProblems(ctx, parsed.problems);
    const auto& plan = parsed.plan;
    const auto prices = billing::resolvePrices(
        plan,
        [&] {
            return core::catalog::lookupPrice(ctx.dataDir(), databaseOrNull(ctx), plan.instanceType, plan.region,
                                              billing::operatingSystemName(plan.os));
        },
        file);
    if (!prices)
        return ctx.fail(prices.error());
    const auto c = billing::compareOptions(plan, *prices, file);
    if (!c)
        return ctx.fail(c.error());

    if (*format == "json") {
        ctx.out << comparisonJson(*c).dump(2) << '\n';
        return kExitOk;
    }
    const std::vector<std::string> headers{"option", "total", "effective_hourly", "savings", "savings_pct",
                                           "break_even_month"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& o : c->options)
        rows.push_back({o.name, usd(o.total), rate(o.effectiveHourly), usd(o.savings),
                        fmt::format("{:.1f}%", o.savingsPct), months(o.breakEvenMonth)});
    if (*format == "csv") {
        printCsvRow(ctx.out, headers);
        for (const auto& o : c->options)
            printCsvRow(ctx.out, {o.name, fmt::format("{:.6f}", o.total),
                                  o.effectiveHourly ? fmt::format("{:.6f}", *o.effectiveHourly) : "",
                                  fmt::format("{:.6f}", o.savings), fmt::format("{:.2f}", o.savingsPct),
                                  o.breakEvenMonth ? fmt::format("{:.4f}", *o.breakEvenMonth) : ""});
        return kExitOk;
    }
    ctx.out << fmt::format("{} in {} ({}), {} months ({} h): {:.0f} instance-hours, peak {:g}, average {:.2f}\n",
                           plan.instanceType, plan.region, billing::operatingSystemName(plan.os), plan.horizonMonths,
                           plan.horizonHours(), c->instanceHours, c->peak, c->averageInstances);
    ctx.out << fmt::format("On-Demand ${:.4f}/h; prices from {}\n\n", c->prices.onDemandHourly, c->prices.source);
    printTable(ctx.out, {"option", "total $", "per used h $", "savings $", "savings", "break-even month"}, rows);
    for (const auto& o : c->options)
        if (!o.note.empty())
            ctx.out << fmt::format("note: {}: {}\n", o.name, o.note);
    for (const auto& s : c->skipped)
        ctx.out << fmt::format("skipped: {}\n", s);
    if (c->recommendation) {
        ctx.out << "\nRecommendation: " << c->recommendation->summary << '\n';
        for (const auto& w : c->recommendation->why)
            ctx.out << "  - " << w << '\n';
    }
    return kExitOk;
}

json hourJson(const billing::HourBill& h)
{
    return {{"on_demand", money(h.onDemand)},
            {"on_demand_units", money(h.onDemandUnits)},
            {"reserved_fee", money(h.reservedFee)},
            {"reserved_covered_units", money(h.reservedCoveredUnits)},
            {"reserved_covered", money(h.reservedCovered)},
            {"savings_plan_used", money(h.savingsPlanUsed)},
            {"savings_plan_unused", money(h.savingsPlanUnused)},
            {"savings_plan_covered_units", money(h.savingsPlanCoveredUnits)},
            {"total", money(h.total)}};
}

std::vector<std::string> hourCells(const billing::HourBill& h)
{
    const auto f = [](double v) { return fmt::format("{:.6f}", v); };
    return {f(h.onDemand),          f(h.reservedFee),       f(h.reservedCoveredUnits), f(h.reservedCovered),
            f(h.savingsPlanUsed),   f(h.savingsPlanUnused), f(h.total)};
}

int billCommand(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json", "csv"}, status);
    if (!format)
        return status;
    const std::string file = args.positional.at(0);
    auto parsed = billing::readBillFile(file);
    if (!parsed.ok())
        return printProblems(ctx, parsed.problems);
    auto& billFile = parsed.bill;
    auto filled = billing::completeBillPrices(
        billFile,
        [&](const std::string& type, const std::string& region, billing::OperatingSystem os) {
            return core::catalog::lookupPrice(ctx.dataDir(), databaseOrNull(ctx), type, region,
                                              billing::operatingSystemName(os));
        },
        file);
    if (!filled)
        return ctx.fail(filled.error());
    auto bill = billing::billUsage(billFile.setup, billFile.hours);
    if (!bill) {
        auto e = bill.error();
        e.location = file;
        return ctx.fail(e);
    }
    const auto startOf = [&](std::size_t h) -> std::string {
        return billFile.start ? core::formatIso8601(*billFile.start + static_cast<core::EpochMs>(h) * core::kMsPerHour)
                              : std::string();
    };
    if (*format == "json") {
        json j;
        j["region"] = billFile.setup.region;
        json hours = json::array();
        for (std::size_t h = 0; h < bill->hours.size(); ++h) {
            json jh = hourJson(bill->hours[h]);
            jh["hour"] = h;
            if (billFile.start)
                jh["start"] = startOf(h);
            hours.push_back(jh);
        }
        j["hours"] = hours;
        j["totals"] = hourJson(bill->totals);
        ctx.out << j.dump(2) << '\n';
        return kExitOk;
    }
    std::vector<std::string> headers{"hour", "on_demand", "reserved_fee", "reserved_covered_units", "reserved_covered",
                                     "savings_plan_used", "savings_plan_unused", "total"};
    if (billFile.start)
        headers.insert(headers.begin() + 1, "start");
    std::vector<std::vector<std::string>> rows;
    for (std::size_t h = 0; h < bill->hours.size(); ++h) {
        auto cells = hourCells(bill->hours[h]);
        if (billFile.start)
            cells.insert(cells.begin(), startOf(h));
        cells.insert(cells.begin(), std::to_string(h));
        rows.push_back(cells);
    }
    auto totals = hourCells(bill->totals);
    if (billFile.start)
        totals.insert(totals.begin(), "");
    totals.insert(totals.begin(), "total");
    if (*format == "csv") {
        printCsvRow(ctx.out, headers);
        for (const auto& r : rows)
            printCsvRow(ctx.out, r);
        printCsvRow(ctx.out, totals);
        return kExitOk;
    }
    rows.push_back(totals);
    printTable(ctx.out, headers, rows);
    return kExitOk;
}

} // namespace

void addBillingCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"cost", "PLAN.json",
                        "Compare On-Demand, Reserved, Spot and Savings Plans for an instance type and a usage pattern "
                        "over a horizon, with break-even months and a recommended purchase mix (docs/cost-plan-format.md).",
                        {{"--format", "table|json|csv", "output format (default table)"}}, 1, 1, costCommand});
    commands.push_back({"bill", "USAGE.json",
                        "Hour-by-hour bill of instance usage with Reserved Instances and Savings Plans applied as AWS "
                        "does (docs/bill-format.md).",
                        {{"--format", "table|json|csv", "output format (default table)"}}, 1, 1, billCommand});
}

} // namespace archdesk::cli
