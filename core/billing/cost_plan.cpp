#include "core/billing/cost_plan.h"

#include <fmt/format.h>

#include "core/util/json_fields.h"
#include "core/util/json_file.h"

namespace archdesk::core::billing {

using nlohmann::json;

std::string PlanOption::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OnDemand: return "on_demand";
    case Kind::Reserved: return "reserved";
    case Kind::Spot: return "spot";
    case Kind::SavingsPlan: return "savings_plan";
    }
    return "on_demand";
}

namespace {

std::string paymentWords(const std::string& payment)
{
    if (payment == "no_upfront")
        return "no upfront";
    if (payment == "partial_upfront")
        return "partial upfront";
    if (payment == "all_upfront")
        return "all upfront";
    return payment;
}

} // namespace

std::string PlanOption::displayName() const
{
    switch (kind) {
    case Kind::OnDemand: return "On-Demand";
    case Kind::Reserved: return fmt::format("RI {}yr {} {}", termYears, offeringClass, paymentWords(payment));
    case Kind::Spot: return "Spot";
    case Kind::SavingsPlan: return plan == SavingsPlanKind::Compute ? "Compute Savings Plan" : "EC2 Instance Savings Plan";
    }
    return {};
}

std::vector<PlanOption> defaultOptions()
{
    std::vector<PlanOption> options;
    PlanOption od;
    od.kind = PlanOption::Kind::OnDemand;
    od.name = od.displayName();
    options.push_back(od);
    for (const int years : {1, 3})
        for (const char* payment : {"no_upfront", "partial_upfront", "all_upfront"}) {
            PlanOption ri;
            ri.kind = PlanOption::Kind::Reserved;
            ri.termYears = years;
            ri.payment = payment;
            ri.name = ri.displayName();
            options.push_back(ri);
        }
    PlanOption spot;
    spot.kind = PlanOption::Kind::Spot;
    spot.name = spot.displayName();
    options.push_back(spot);
    PlanOption sp;
    sp.kind = PlanOption::Kind::SavingsPlan;
    sp.name = sp.displayName();
    options.push_back(sp);
    return options;
}

namespace {

std::optional<std::string> oneOf(JsonFields& f, const json& object, const std::string& key, const std::string& path,
                                 const std::vector<std::string>& allowed, bool required, const std::string& fallback = {})
{
    const auto v = f.string(object, key, path, required);
    if (!v)
        return required || object.contains(key) ? std::nullopt : std::optional<std::string>(fallback);
    for (const auto& a : allowed)
        if (*v == a)
            return v;
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i)
        list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + ("\"" + allowed[i] + "\"");
    f.problem(JsonFields::join(path, key), fmt::format("\"{}\" is not known; expected {}", *v, list));
    return std::nullopt;
}

std::optional<int> termYears(JsonFields& f, const json& object, const std::string& path, bool required)
{
    const auto v = f.integer(object, "term_years", path, required);
    if (!v)
        return std::nullopt;
    if (*v != 1 && *v != 3) {
        f.problem(JsonFields::join(path, "term_years"), fmt::format("{} is not a term AWS sells; expected 1 or 3", *v));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

constexpr double kMaxMoney = 1e9;
constexpr double kMaxInstances = 1e6;

void parseUsage(JsonFields& f, const json& usage, UsagePattern& u)
{
    const std::string path = "usage";
    const auto kind = oneOf(f, usage, "kind", path, {"constant", "utilization", "pattern", "hourly"}, true);
    if (!kind)
        return;
    if (*kind == "constant") {
        u.kind = UsagePattern::Kind::Constant;
        if (auto n = f.numberIn(usage, "instances", path, 0, kMaxInstances))
            u.instances = *n;
    } else if (*kind == "utilization") {
        u.kind = UsagePattern::Kind::Utilization;
        if (auto n = f.numberIn(usage, "instances", path, 0, kMaxInstances))
            u.instances = *n;
        if (auto fr = f.numberIn(usage, "fraction", path, 0, 1))
            u.fraction = *fr;
    } else if (*kind == "pattern") {
        u.kind = UsagePattern::Kind::Pattern;
        const auto base = f.numberIn(usage, "baseline", path, 0, kMaxInstances);
        const auto peak = f.numberIn(usage, "peak", path, 0, kMaxInstances);
        if (base)
            u.baseline = *base;
        if (peak)
            u.peak = *peak;
        if (base && peak && *peak < *base)
            f.problem("usage.peak", fmt::format("{} is below usage.baseline ({}); the peak must be at least the baseline",
                                                *peak, *base));
        if (auto h = f.integerIn(usage, "peak_hours_per_day", path, 0, 24))
            u.peakHoursPerDay = static_cast<int>(*h);
        if (auto days = oneOf(f, usage, "peak_days", path, {"weekdays", "all"}, false, "weekdays"))
            u.peakWeekdaysOnly = *days == "weekdays";
    } else {
        u.kind = UsagePattern::Kind::Hourly;
        const json* list = f.array(usage, "instances", path);
        if (!list)
            return;
        if (list->empty())
            f.problem("usage.instances", "is empty; expected the instances running in each hour, e.g. [2, 2, 3]");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& v = (*list)[i];
            const std::string where = fmt::format("usage.instances[{}]", i);
            if (!v.is_number())
                f.problem(where, fmt::format("expected a number of instances, found {}", JsonFields::typeName(v)));
            else if (v.get<double>() < 0 || v.get<double>() > kMaxInstances)
                f.problem(where, fmt::format("{} is out of range; expected 0 to {}", v.dump(), kMaxInstances));
            else
                u.hourly.push_back(v.get<double>());
        }
    }
}

void parsePrices(JsonFields& f, const json& prices, PlanPrices& p)
{
    const std::string path = "prices";
    p.onDemandHourly = f.numberIn(prices, "on_demand_hourly", path, 0, kMaxMoney, false);
    p.spotHourly = f.numberIn(prices, "spot_hourly", path, 0, kMaxMoney, false);
    if (prices.is_object() && prices.contains("spot_interruption")) {
        const json& v = prices["spot_interruption"];
        std::optional<SpotBucket> bucket;
        if (v.is_number_integer())
            bucket = spotBucket(v.get<int>());
        else if (v.is_string())
            bucket = parseSpotBucket(v.get<std::string>());
        if (!bucket)
            f.problem("prices.spot_interruption",
                      fmt::format("{} is not a Spot Advisor bucket; expected \"<5%\", \"5-10%\", \"10-15%\", \"15-20%\", "
                                  "\">20%\" or 0…4",
                                  v.dump()));
        p.spotInterruption = bucket;
    }
    if (const json* reserved = f.array(prices, "reserved", path, false)) {
        for (std::size_t i = 0; i < reserved->size(); ++i) {
            const json& r = (*reserved)[i];
            const std::string rp = fmt::format("prices.reserved[{}]", i);
            catalog::ReservedPrice price;
            const auto years = termYears(f, r, rp, true);
            const auto cls = oneOf(f, r, "class", rp, {"standard", "convertible"}, false, "standard");
            const auto pay = oneOf(f, r, "payment", rp, {"no_upfront", "partial_upfront", "all_upfront"}, true);
            const auto upfront = f.numberIn(r, "upfront", rp, 0, kMaxMoney, false);
            const auto hourly = f.numberIn(r, "hourly", rp, 0, kMaxMoney, false);
            if (!years || !cls || !pay)
                continue;
            if (r.is_object() && !r.contains("upfront") && !r.contains("hourly")) {
                f.problem(rp, "has neither \"upfront\" nor \"hourly\"; give at least one price");
                continue;
            }
            price.termYears = *years;
            price.offeringClass = *cls;
            price.payment = *pay;
            price.upfront = upfront.value_or(0);
            price.hourly = hourly.value_or(0);
            p.reserved.push_back(price);
        }
    }
    if (const json* sp = f.object(prices, "savings_plan_hourly", path, false)) {
        p.computeSpHourly = f.numberIn(*sp, "compute", "prices.savings_plan_hourly", 0, kMaxMoney, false);
        p.ec2SpHourly = f.numberIn(*sp, "ec2_instance", "prices.savings_plan_hourly", 0, kMaxMoney, false);
    }
}

void parseOptions(JsonFields& f, const json& options, std::vector<PlanOption>& out)
{
    for (std::size_t i = 0; i < options.size(); ++i) {
        const json& o = options[i];
        const std::string path = fmt::format("options[{}]", i);
        PlanOption opt;
        const auto kind = oneOf(f, o, "kind", path, {"on_demand", "reserved", "spot", "savings_plan"}, true);
        if (!kind)
            continue;
        if (*kind == "on_demand") {
            opt.kind = PlanOption::Kind::OnDemand;
        } else if (*kind == "reserved") {
            opt.kind = PlanOption::Kind::Reserved;
            const auto years = termYears(f, o, path, true);
            const auto cls = oneOf(f, o, "class", path, {"standard", "convertible"}, false, "standard");
            const auto pay = oneOf(f, o, "payment", path, {"no_upfront", "partial_upfront", "all_upfront"}, true);
            opt.count = f.numberIn(o, "count", path, 0, kMaxInstances, false);
            if (!years || !cls || !pay)
                continue;
            opt.termYears = *years;
            opt.offeringClass = *cls;
            opt.payment = *pay;
        } else if (*kind == "spot") {
            opt.kind = PlanOption::Kind::Spot;
        } else {
            opt.kind = PlanOption::Kind::SavingsPlan;
            const auto plan = oneOf(f, o, "plan", path, {"compute", "ec2_instance"}, false, "compute");
            opt.commitmentHourly = f.numberIn(o, "commitment_hourly", path, 0, kMaxMoney, false);
            opt.rateHourly = f.numberIn(o, "rate_hourly", path, 0, kMaxMoney, false);
            if (!plan)
                continue;
            opt.plan = *plan == "compute" ? SavingsPlanKind::Compute : SavingsPlanKind::Ec2Instance;
        }
        const auto name = f.string(o, "name", path, false);
        opt.name = name && !name->empty() ? *name : opt.displayName();
        out.push_back(opt);
    }
}

} // namespace

CostPlanParse parseCostPlan(const json& doc, const std::string& file)
{
    CostPlanParse result;
    JsonFields f(file);
    CostPlan& plan = result.plan;
    if (!doc.is_object()) {
        f.problemAt(file, fmt::format("expected a cost plan object, found {}", JsonFields::typeName(doc)));
        result.problems = f.takeProblems();
        return result;
    }
    if (auto v = f.string(doc, "instance_type", ""))
        plan.instanceType = *v;
    if (auto v = f.string(doc, "region", ""))
        plan.region = *v;
    if (auto v = f.string(doc, "os", "", false)) {
        if (auto os = parseOperatingSystem(*v))
            plan.os = *os;
        else
            f.problem("os", fmt::format("\"{}\" is not known; expected {}", *v, operatingSystemChoices()));
    }
    if (auto v = f.integerIn(doc, "horizon_months", "", 1, 120, false))
        plan.horizonMonths = static_cast<int>(*v);
    if (const json* usage = f.object(doc, "usage", ""))
        parseUsage(f, *usage, plan.usage);
    if (const json* prices = f.object(doc, "prices", "", false))
        parsePrices(f, *prices, plan.prices);
    if (const json* options = f.array(doc, "options", "", false)) {
        parseOptions(f, *options, plan.options);
        plan.defaultOptionSet = false;
    } else {
        plan.options = defaultOptions();
    }
    if (auto v = f.boolean(doc, "recommend", "", false))
        plan.recommend = *v;
    if (auto v = f.boolean(doc, "allow_spot", "", false))
        plan.allowSpot = *v;
    result.problems = f.takeProblems();
    return result;
}

CostPlanParse readCostPlan(const std::string& path)
{
    auto doc = readJsonFile(path);
    if (!doc) {
        CostPlanParse r;
        r.problems.push_back(doc.error());
        return r;
    }
    return parseCostPlan(*doc, path);
}

json costPlanToJson(const CostPlan& plan)
{
    json j;
    j["instance_type"] = plan.instanceType;
    j["region"] = plan.region;
    j["os"] = operatingSystemName(plan.os);
    j["horizon_months"] = plan.horizonMonths;
    json u;
    u["kind"] = UsagePattern::kindName(plan.usage.kind);
    switch (plan.usage.kind) {
    case UsagePattern::Kind::Constant: u["instances"] = plan.usage.instances; break;
    case UsagePattern::Kind::Utilization:
        u["instances"] = plan.usage.instances;
        u["fraction"] = plan.usage.fraction;
        break;
    case UsagePattern::Kind::Pattern:
        u["baseline"] = plan.usage.baseline;
        u["peak"] = plan.usage.peak;
        u["peak_hours_per_day"] = plan.usage.peakHoursPerDay;
        u["peak_days"] = plan.usage.peakWeekdaysOnly ? "weekdays" : "all";
        break;
    case UsagePattern::Kind::Hourly: u["instances"] = plan.usage.hourly; break;
    }
    j["usage"] = u;
    json p = json::object();
    if (plan.prices.onDemandHourly)
        p["on_demand_hourly"] = *plan.prices.onDemandHourly;
    if (plan.prices.spotHourly)
        p["spot_hourly"] = *plan.prices.spotHourly;
    if (plan.prices.spotInterruption)
        p["spot_interruption"] = plan.prices.spotInterruption->label;
    if (!plan.prices.reserved.empty()) {
        json list = json::array();
        for (const auto& r : plan.prices.reserved)
            list.push_back({{"term_years", r.termYears},
                            {"class", r.offeringClass},
                            {"payment", r.payment},
                            {"upfront", r.upfront},
                            {"hourly", r.hourly}});
        p["reserved"] = list;
    }
    if (plan.prices.computeSpHourly || plan.prices.ec2SpHourly) {
        json sp = json::object();
        if (plan.prices.computeSpHourly)
            sp["compute"] = *plan.prices.computeSpHourly;
        if (plan.prices.ec2SpHourly)
            sp["ec2_instance"] = *plan.prices.ec2SpHourly;
        p["savings_plan_hourly"] = sp;
    }
    if (!p.empty())
        j["prices"] = p;
    json options = json::array();
    for (const auto& o : plan.options) {
        json jo{{"name", o.name}, {"kind", PlanOption::kindName(o.kind)}};
        if (o.kind == PlanOption::Kind::Reserved) {
            jo["term_years"] = o.termYears;
            jo["class"] = o.offeringClass;
            jo["payment"] = o.payment;
            if (o.count)
                jo["count"] = *o.count;
        } else if (o.kind == PlanOption::Kind::SavingsPlan) {
            jo["plan"] = savingsPlanKindName(o.plan);
            if (o.commitmentHourly)
                jo["commitment_hourly"] = *o.commitmentHourly;
            if (o.rateHourly)
                jo["rate_hourly"] = *o.rateHourly;
        }
        options.push_back(jo);
    }
    j["options"] = options;
    j["recommend"] = plan.recommend;
    j["allow_spot"] = plan.allowSpot;
    return j;
}

Result<ResolvedPrices> resolvePrices(const CostPlan& plan, const PriceLookup& lookup, const std::string& file)
{
    ResolvedPrices r;
    const PlanPrices& p = plan.prices;
    r.reserved = p.reserved;
    r.spotHourly = p.spotHourly;
    r.spotInterruption = p.spotInterruption;
    r.computeSpHourly = p.computeSpHourly;
    r.ec2SpHourly = p.ec2SpHourly;
    const bool needCatalog = !p.onDemandHourly || p.reserved.empty() || !p.spotHourly;
    std::optional<catalog::InstancePrice> catalogPrice;
    std::optional<Error> catalogError;
    if (needCatalog && lookup) {
        auto found = lookup();
        if (found)
            catalogPrice = *found;
        else
            catalogError = found.error();
    }
    if (p.onDemandHourly) {
        r.onDemandHourly = *p.onDemandHourly;
    } else if (catalogPrice && catalogPrice->onDemandHourly) {
        r.onDemandHourly = *catalogPrice->onDemandHourly;
    } else {
        const std::string why = catalogError ? catalogError->message
                                             : fmt::format("no On-Demand price for {} in {} ({}); import a price file "
                                                           "with `archdesk-cli prices import FILE` or give the price in "
                                                           "the plan",
                                                           plan.instanceType, plan.region, operatingSystemName(plan.os));
        return Error{ErrorCode::NotFound, why, fmt::format("{}: field \"prices.on_demand_hourly\"", file)};
    }
    bool fromCatalog = false;
    if (catalogPrice) {
        if (r.reserved.empty() && !catalogPrice->reserved.empty()) {
            r.reserved = catalogPrice->reserved;
            fromCatalog = true;
        }
        if (!r.spotHourly && catalogPrice->spotHourly) {
            r.spotHourly = catalogPrice->spotHourly;
            fromCatalog = true;
        }
        fromCatalog = fromCatalog || !p.onDemandHourly;
    }
    const bool fromPlan = p.onDemandHourly || !p.reserved.empty() || p.spotHourly || p.computeSpHourly || p.ec2SpHourly;
    std::string catalogSource;
    if (catalogPrice)
        catalogSource = catalogPrice->source + (catalogPrice->date.empty() ? "" : ", " + catalogPrice->date);
    if (fromPlan && fromCatalog)
        r.source = "plan file and " + catalogSource;
    else if (fromCatalog)
        r.source = catalogSource;
    else
        r.source = "plan file";
    return r;
}

} // namespace archdesk::core::billing
