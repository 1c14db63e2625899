#include "core/scaling/scaling_plan.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>

#include "core/billing/usage_line.h"
#include "core/scaling/policy_json.h"
#include "core/util/json_fields.h"
#include "core/util/json_file.h"

namespace archdesk::core::scaling {

namespace {

using json = nlohmann::json;

std::optional<EpochMs> timeField(const json& object, const std::string& key, const std::string& path,
                                 JsonFields& fields, bool required = true)
{
    const auto text = fields.string(object, key, path, required);
    if (!text)
        return std::nullopt;
    auto t = parseIso8601(*text);
    if (!t) {
        fields.problem(JsonFields::join(path, key),
                       fmt::format("\"{}\" is not an ISO 8601 time (e.g. 2026-01-05T08:00:00Z)", *text));
        return std::nullopt;
    }
    return *t;
}

int intField(const json& o, const char* key, const std::string& path, JsonFields& f, std::int64_t lo,
             std::int64_t hi, int fallback)
{
    return static_cast<int>(f.integerIn(o, key, path, lo, hi, false).value_or(fallback));
}

void parseDemand(const json& d, JsonFields& f, DemandSpec& s, const std::string& planDir, EpochMs start,
                 DemandCsvCache* csvCache)
{
    const std::string path = "demand";
    const auto pattern = f.string(d, "pattern", path).value_or("constant");
    if (pattern == "constant")
        s.pattern = DemandPattern::Constant;
    else if (pattern == "daily")
        s.pattern = DemandPattern::Daily;
    else if (pattern == "weekly")
        s.pattern = DemandPattern::Weekly;
    else if (pattern == "csv")
        s.pattern = DemandPattern::Csv;
    else
        f.problem("demand.pattern",
                  fmt::format("\"{}\" is not a pattern; expected constant, daily, weekly or csv", pattern));
    if (s.pattern != DemandPattern::Csv) {
        s.baseRps = f.numberIn(d, "base_rps", path, 0, kMaxDemandRps).value_or(0);
        s.peakRps = s.baseRps;
    }
    if (s.pattern == DemandPattern::Daily || s.pattern == DemandPattern::Weekly) {
        s.peakRps = f.numberIn(d, "peak_rps", path, 0, kMaxDemandRps).value_or(s.baseRps);
        s.peakHour = f.numberIn(d, "peak_hour", path, 0, 24, false).value_or(s.peakHour);
        s.weekendFactor = f.numberIn(d, "weekend_factor", path, 0, 10, false).value_or(s.weekendFactor);
    }
    s.noisePct = f.numberIn(d, "noise_pct", path, 0, 100, false).value_or(0);
    if (s.pattern == DemandPattern::Csv) {
        if (const auto csv = f.string(d, "csv", path)) {
            std::filesystem::path p(*csv);
            if (p.is_relative() && !planDir.empty())
                p = std::filesystem::path(planDir) / p;
            s.csvFile = p.string();
            auto points = csvCache ? csvCache->load(s.csvFile, start) : loadDemandCsv(s.csvFile, start);
            if (!points)
                f.problem("demand.csv", points.error().describe());
            else
                s.csvPoints = std::move(*points);
        }
    }
    if (const auto* spikes = f.array(d, "spikes", path, false)) {
        for (std::size_t i = 0; i < spikes->size(); ++i) {
            const std::string at = fmt::format("demand.spikes[{}]", i);
            const json& sp = (*spikes)[i];
            DemandSpike spike;
            spike.start = timeField(sp, "start", at, f).value_or(0);
            spike.minutes = intField(sp, "minutes", at, f, 1, 525600, 60);
            spike.extraRps = f.numberIn(sp, "extra_rps", at, -kMaxDemandRps, kMaxDemandRps).value_or(0);
            s.spikes.push_back(spike);
        }
    }
}

void parseScheduled(const json& list, JsonFields& f, ScalingPlan& plan)
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = fmt::format("scheduled[{}]", i);
        const json& o = list[i];
        if (!o.is_object()) {
            f.problem(at, "expected a scheduled action object");
            continue;
        }
        ScheduledAction a;
        a.name = f.string(o, "name", at, false).value_or(fmt::format("scheduled-{}", i));
        if (o.contains("cron")) {
            if (const auto cron = f.string(o, "cron", at)) {
                auto c = CronSchedule::parse(*cron);
                if (!c)
                    f.problem(at + ".cron", c.error().message);
                else
                    a.recurrence = *c;
            }
        } else {
            a.at = timeField(o, "at", at, f);
        }
        if (const auto v = f.integerIn(o, "min", at, 0, 100000, false))
            a.minSize = static_cast<int>(*v);
        if (const auto v = f.integerIn(o, "max", at, 0, 100000, false))
            a.maxSize = static_cast<int>(*v);
        if (const auto v = f.integerIn(o, "desired", at, 0, 100000, false))
            a.desired = static_cast<int>(*v);
        if (!a.minSize && !a.maxSize && !a.desired)
            f.problem(at, "a scheduled action needs at least one of min, max and desired");
        if (a.minSize && a.maxSize && *a.minSize > *a.maxSize)
            f.problem(at + ".min", fmt::format("{} is above max {}", *a.minSize, *a.maxSize));
        plan.scheduled.push_back(std::move(a));
    }
}

void parseFaults(const json& list, JsonFields& f, ScalingPlan& plan)
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = fmt::format("faults[{}]", i);
        const json& o = list[i];
        Fault fault;
        const auto type = f.string(o, "type", at);
        if (!type)
            continue;
        if (*type == "az_outage") {
            fault.kind = FaultKind::AzOutage;
            fault.az = f.string(o, "az", at).value_or("");
            if (!fault.az.empty() &&
                std::find(plan.group.azs.begin(), plan.group.azs.end(), fault.az) == plan.group.azs.end())
                f.problem(at + ".az", fmt::format("\"{}\" is not one of the group's AZs (group.azs)", fault.az));
            fault.start = timeField(o, "start", at, f).value_or(0);
            if (o.contains("hours"))
                fault.end = fault.start +
                            static_cast<EpochMs>(f.numberIn(o, "hours", at, 0, 1e5).value_or(0) * kMsPerHour);
            else
                fault.end = timeField(o, "end", at, f).value_or(0);
            if (fault.end <= fault.start) // named as given: an end, or hours from the start
                f.problem(at + (o.contains("hours") ? ".hours" : ".end"), "must be after start");
        } else if (*type == "instance_failure" || *type == "spot_interruption") {
            fault.kind = *type == "instance_failure" ? FaultKind::InstanceFailure : FaultKind::SpotInterruption;
            fault.ratePerHour = f.numberIn(o, "rate_per_hour", at, 0, 1).value_or(0);
        } else {
            f.problem(at + ".type",
                      fmt::format("\"{}\" is not a fault; expected az_outage, instance_failure or spot_interruption",
                                  *type));
            continue;
        }
        plan.faults.push_back(fault);
    }
}

void parsePurchase(const json& o, JsonFields& f, ScalingPlan& plan)
{
    auto& pu = plan.purchase;
    pu.region = f.string(o, "region", "purchase", false).value_or("");
    if (const auto* list = f.array(o, "reserved", "purchase", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = fmt::format("purchase.reserved[{}]", i);
            const json& r = (*list)[i];
            billing::Reservation res;
            res.count = f.numberIn(r, "count", at, 0, 1e6).value_or(0);
            res.termYears = static_cast<int>(f.integerIn(r, "term_years", at, 1, 3, false).value_or(1));
            if (res.termYears == 2)
                f.problem(at + ".term_years", "must be 1 or 3");
            res.upfront = f.numberIn(r, "upfront", at, 0, 1e7, false).value_or(0);
            res.hourly = f.numberIn(r, "hourly", at, 0, 1e4, false).value_or(0);
            if (res.upfront == 0 && res.hourly == 0)
                f.problem(at, "needs an upfront or an hourly price");
            if (const auto az = f.string(r, "az", at, false)) {
                if (std::find(plan.group.azs.begin(), plan.group.azs.end(), *az) == plan.group.azs.end())
                    f.problem(at + ".az", fmt::format("\"{}\" is not one of the group's AZs (group.azs)", *az));
                res.scope = billing::ReservationScope::Zone;
                res.az = *az;
            }
            pu.reservations.push_back(res);
        }
    }
    if (const auto* list = f.array(o, "savings_plans", "purchase", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = fmt::format("purchase.savings_plans[{}]", i);
            const json& r = (*list)[i];
            billing::SavingsPlan sp;
            const auto kind = f.string(r, "plan", at, false).value_or("compute");
            if (kind == "ec2_instance")
                sp.kind = billing::SavingsPlanKind::Ec2Instance;
            else if (kind != "compute")
                f.problem(at + ".plan", fmt::format("\"{}\" is not a plan; expected compute or ec2_instance", kind));
            sp.commitmentHourly = f.numberIn(r, "commitment_hourly", at, 0, 1e6).value_or(0);
            const double rate = f.numberIn(r, "rate_hourly", at, 0, 1e4).value_or(0);
            (sp.kind == billing::SavingsPlanKind::Compute ? pu.computeSpRate : pu.ec2SpRate) = rate;
            pu.savingsPlans.push_back(sp);
        }
    }
}

ScalingPlan parseInto(const json& doc, JsonFields& f, const std::string& file, DemandCsvCache* csvCache = nullptr)
{
    ScalingPlan plan;
    if (!doc.is_object()) {
        f.problemAt(file, fmt::format("expected a plan object, found {}", JsonFields::typeName(doc)));
        return plan;
    }
    const std::string planDir = std::filesystem::path(file).parent_path().string();
    plan.name = f.string(doc, "name", "", false).value_or("");
    plan.start = timeField(doc, "start", "", f).value_or(0);
    plan.durationHours = f.numberIn(doc, "duration_hours", "", 0.0166, 24 * 366 * 2).value_or(24);
    plan.stepSeconds = intField(doc, "step_seconds", "", f, 1, 3600, 60);
    if (60 % plan.stepSeconds != 0 && plan.stepSeconds % 60 != 0)
        f.problem("step_seconds", fmt::format("{} must divide 60 or be a multiple of 60 (alarms evaluate each minute)",
                                              plan.stepSeconds));
    plan.seed = static_cast<std::uint64_t>(f.integerIn(doc, "seed", "", 0, INT64_MAX, false).value_or(1));

    if (const auto* g = f.object(doc, "group", "")) {
        auto& gs = plan.group;
        gs.minSize = intField(*g, "min", "group", f, 0, 100000, gs.minSize);
        gs.maxSize = intField(*g, "max", "group", f, 0, 100000, gs.maxSize);
        gs.desired = intField(*g, "desired", "group", f, 0, 100000, std::max(gs.minSize, 0));
        if (!g->contains("min") || !g->contains("max")) {
            f.integer(*g, "min", "group");
            f.integer(*g, "max", "group");
        }
        if (gs.minSize > gs.maxSize)
            f.problem("group.min", fmt::format("{} is above group.max {}", gs.minSize, gs.maxSize));
        else if (gs.desired < gs.minSize || gs.desired > gs.maxSize)
            f.problem("group.desired", fmt::format("{} is outside [min {}, max {}]; a manual desired capacity "
                                                   "outside the limits is rejected, not clamped",
                                                   gs.desired, gs.minSize, gs.maxSize));
        gs.azs = f.stringArray(*g, "azs", "group").value_or(std::vector<std::string>{});
        if (g->contains("azs") && gs.azs.empty())
            f.problem("group.azs", "needs at least one Availability Zone");
        if (gs.azs.size() > 16)
            f.problem("group.azs", "at most 16 Availability Zones are supported");
        for (std::size_t i = 0; i < gs.azs.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (gs.azs[i] == gs.azs[j])
                    f.problem(fmt::format("group.azs[{}]", i), fmt::format("\"{}\" is listed twice", gs.azs[i]));
        gs.healthCheckGraceSeconds = intField(*g, "health_check_grace_seconds", "group", f, 0, 86400,
                                              gs.healthCheckGraceSeconds);
        gs.defaultCooldownSeconds = intField(*g, "default_cooldown_seconds", "group", f, 0, 86400,
                                             gs.defaultCooldownSeconds);
        gs.spotShare = f.numberIn(*g, "spot_share", "group", 0, 1, false).value_or(0);
        gs.protectedInstances = intField(*g, "protected_instances", "group", f, 0, 100000, 0);
        gs.replacementBatchFraction = f.numberIn(*g, "replacement_batch_fraction", "group", 0, 1, false)
                                          .value_or(gs.replacementBatchFraction);
        gs.rebalanceOvershootFraction = f.numberIn(*g, "rebalance_overshoot_fraction", "group", 0, 1, false)
                                            .value_or(gs.rebalanceOvershootFraction);
        gs.spotNoticeSeconds = intField(*g, "spot_notice_seconds", "group", f, 0, 3600, gs.spotNoticeSeconds);
    }
    if (const auto* i = f.object(doc, "instance", "")) {
        auto& is = plan.instance;
        is.type = f.string(*i, "type", "instance", false).value_or(is.type);
        if (const auto c = f.number(*i, "capacity_rps", "instance")) {
            if (*c <= 0)
                f.problem("instance.capacity_rps", fmt::format("{} must be greater than 0", *c));
            is.capacityRps = *c;
        }
        is.launchSeconds = intField(*i, "launch_seconds", "instance", f, 0, 86400, is.launchSeconds);
        is.warmupSeconds = intField(*i, "warmup_seconds", "instance", f, 0, 86400, is.warmupSeconds);
        is.onDemandHourly = f.numberIn(*i, "on_demand_hourly", "instance", 0, 1e4, false).value_or(0);
        is.spotHourly = f.numberIn(*i, "spot_hourly", "instance", 0, 1e4, false).value_or(0);
    }
    if (const auto* lb = f.object(doc, "load_balancer", "", false)) {
        const auto type = f.string(*lb, "type", "load_balancer", false).value_or("alb");
        LoadBalancerType t = LoadBalancerType::Application;
        if (type == "nlb")
            t = LoadBalancerType::Network;
        else if (type == "clb")
            t = LoadBalancerType::Classic;
        else if (type != "alb")
            f.problem("load_balancer.type", fmt::format("\"{}\" is not a load balancer type; expected alb, nlb or clb",
                                                        type));
        auto& l = plan.loadBalancer;
        l = defaultLoadBalancer(t);
        l.crossZone = f.boolean(*lb, "cross_zone", "load_balancer", false).value_or(l.crossZone);
        l.deregistrationDelaySeconds = intField(*lb, "deregistration_delay_seconds", "load_balancer", f, 0, 3600,
                                                l.deregistrationDelaySeconds);
        l.healthCheckIntervalSeconds = intField(*lb, "health_check_interval_seconds", "load_balancer", f, 5, 300,
                                                l.healthCheckIntervalSeconds);
        l.healthyThreshold = intField(*lb, "healthy_threshold", "load_balancer", f, 2, 10, l.healthyThreshold);
        l.unhealthyThreshold = intField(*lb, "unhealthy_threshold", "load_balancer", f, 2, 10, l.unhealthyThreshold);
    }
    if (const auto* d = f.object(doc, "demand", ""))
        parseDemand(*d, f, plan.demand, planDir, plan.start, csvCache);
    if (const auto* list = f.array(doc, "policies", "", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = fmt::format("policies[{}]", i);
            auto p = parsePolicy((*list)[i], f, at);
            if (!p)
                continue;
            if (p->name.empty())
                p->name = fmt::format("policy-{}", i);
            if (p->type == PolicyType::Simple && !p->alarm)
                f.problem(at + ".alarm", "is missing; a simple policy in a plan needs the alarm that invokes it "
                                         "({\"metric\",\"threshold\",\"comparison\",\"datapoints\"})");
            plan.policies.push_back(std::move(*p));
        }
    }
    if (const auto* list = f.array(doc, "scheduled", "", false))
        parseScheduled(*list, f, plan);
    if (const auto* list = f.array(doc, "faults", "", false))
        parseFaults(*list, f, plan);
    if (const auto* p = f.object(doc, "purchase", "", false))
        parsePurchase(*p, f, plan);
    return plan;
}

} // namespace

std::string planRegion(const std::string& purchaseRegion, const std::vector<std::string>& azs)
{
    if (!purchaseRegion.empty())
        return purchaseRegion;
    return azs.empty() ? std::string("us-east-1") : billing::regionOfZone(azs.front());
}

std::int64_t ScalingPlan::steps() const
{
    return static_cast<std::int64_t>(std::ceil(durationHours * 3600.0 / stepSeconds - 1e-9));
}

PlanCheck checkPlan(const json& document, const std::string& file, DemandCsvCache* csvCache)
{
    JsonFields fields(file);
    PlanCheck check;
    check.plan = parseInto(document, fields, file, csvCache);
    check.problems = fields.takeProblems();
    return check;
}

Result<ScalingPlan> parsePlan(const json& document, const std::string& file)
{
    JsonFields fields(file);
    auto plan = parseInto(document, fields, file);
    if (!fields.ok())
        return fields.problems().front();
    return plan;
}

Result<ScalingPlan> loadPlan(const std::string& file)
{
    auto doc = readJsonFile(file);
    if (!doc)
        return doc.error();
    return parsePlan(*doc, file);
}

json planToJson(const ScalingPlan& p)
{
    json j;
    if (!p.name.empty())
        j["name"] = p.name;
    j["start"] = formatIso8601(p.start);
    j["duration_hours"] = p.durationHours;
    j["step_seconds"] = p.stepSeconds;
    j["seed"] = p.seed;
    json d;
    d["pattern"] = demandPatternName(p.demand.pattern);
    if (p.demand.pattern == DemandPattern::Csv) {
        d["csv"] = p.demand.csvFile;
    } else {
        d["base_rps"] = p.demand.baseRps;
        if (p.demand.pattern != DemandPattern::Constant) {
            d["peak_rps"] = p.demand.peakRps;
            d["peak_hour"] = p.demand.peakHour;
        }
        if (p.demand.pattern == DemandPattern::Weekly)
            d["weekend_factor"] = p.demand.weekendFactor;
    }
    if (p.demand.noisePct > 0)
        d["noise_pct"] = p.demand.noisePct;
    if (!p.demand.spikes.empty()) {
        json spikes = json::array();
        for (const auto& s : p.demand.spikes)
            spikes.push_back({{"start", formatIso8601(s.start)}, {"minutes", s.minutes}, {"extra_rps", s.extraRps}});
        d["spikes"] = spikes;
    }
    j["demand"] = d;
    j["instance"] = {{"type", p.instance.type},
                     {"capacity_rps", p.instance.capacityRps},
                     {"launch_seconds", p.instance.launchSeconds},
                     {"warmup_seconds", p.instance.warmupSeconds},
                     {"on_demand_hourly", p.instance.onDemandHourly},
                     {"spot_hourly", p.instance.spotHourly}};
    const auto& g = p.group;
    j["group"] = {{"min", g.minSize},
                  {"max", g.maxSize},
                  {"desired", g.desired},
                  {"azs", g.azs},
                  {"health_check_grace_seconds", g.healthCheckGraceSeconds},
                  {"default_cooldown_seconds", g.defaultCooldownSeconds},
                  {"spot_share", g.spotShare},
                  {"protected_instances", g.protectedInstances},
                  {"replacement_batch_fraction", g.replacementBatchFraction},
                  {"rebalance_overshoot_fraction", g.rebalanceOvershootFraction},
                  {"spot_notice_seconds", g.spotNoticeSeconds}};
    const auto& l = p.loadBalancer;
    j["load_balancer"] = {{"type", loadBalancerTypeName(l.type)},
                          {"cross_zone", l.crossZone},
                          {"deregistration_delay_seconds", l.deregistrationDelaySeconds},
                          {"health_check_interval_seconds", l.healthCheckIntervalSeconds},
                          {"healthy_threshold", l.healthyThreshold},
                          {"unhealthy_threshold", l.unhealthyThreshold}};
    json policies = json::array();
    for (const auto& pol : p.policies)
        policies.push_back(policyToJson(pol));
    j["policies"] = policies;
    json scheduled = json::array();
    for (const auto& a : p.scheduled) {
        json s;
        s["name"] = a.name;
        if (a.recurrence)
            s["cron"] = a.recurrence->text();
        else if (a.at)
            s["at"] = formatIso8601(*a.at);
        if (a.minSize)
            s["min"] = *a.minSize;
        if (a.maxSize)
            s["max"] = *a.maxSize;
        if (a.desired)
            s["desired"] = *a.desired;
        scheduled.push_back(s);
    }
    j["scheduled"] = scheduled;
    json faults = json::array();
    for (const auto& f : p.faults) {
        if (f.kind == FaultKind::AzOutage)
            faults.push_back({{"type", "az_outage"},
                              {"az", f.az},
                              {"start", formatIso8601(f.start)},
                              {"end", formatIso8601(f.end)}});
        else
            faults.push_back({{"type", f.kind == FaultKind::InstanceFailure ? "instance_failure" : "spot_interruption"},
                              {"rate_per_hour", f.ratePerHour}});
    }
    j["faults"] = faults;
    json purchase = json::object();
    if (!p.purchase.region.empty())
        purchase["region"] = p.purchase.region;
    if (!p.purchase.reservations.empty()) {
        json list = json::array();
        for (const auto& r : p.purchase.reservations) {
            json jr{{"count", r.count}, {"term_years", r.termYears}, {"upfront", r.upfront}, {"hourly", r.hourly}};
            if (r.scope == billing::ReservationScope::Zone)
                jr["az"] = r.az;
            list.push_back(jr);
        }
        purchase["reserved"] = list;
    }
    if (!p.purchase.savingsPlans.empty()) {
        json list = json::array();
        for (const auto& sp : p.purchase.savingsPlans)
            list.push_back({{"plan", billing::savingsPlanKindName(sp.kind)},
                            {"commitment_hourly", sp.commitmentHourly},
                            {"rate_hourly", p.purchase.savingsPlanRate(sp.kind)}});
        purchase["savings_plans"] = list;
    }
    j["purchase"] = purchase;
    return j;
}

} // namespace archdesk::core::scaling
