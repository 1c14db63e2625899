#include "core/scaling/simulation_report.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <vector>
#include <fmt/format.h>
#include <ostream>

namespace archdesk::core::scaling {

namespace {

std::string alarmName(const ScalingPlan& plan, int policy, bool scaleOut)
{
    if (policy < 0 || static_cast<std::size_t>(policy) >= plan.policies.size())
        return "alarm";
    const auto& p = plan.policies[static_cast<std::size_t>(policy)];
    if (p.type == PolicyType::TargetTracking)
        return fmt::format("TargetTracking-{}-{}", p.name, scaleOut ? "AlarmHigh" : "AlarmLow");
    return p.name + "-alarm";
}

std::string desiredSentence(const Activity& a, const ScalingPlan& plan)
{
    const std::string when = formatIso8601(a.causeTime);
    if (a.cause == Activity::Cause::Policy) {
        const std::string policy = a.policy >= 0 && static_cast<std::size_t>(a.policy) < plan.policies.size()
                                       ? plan.policies[static_cast<std::size_t>(a.policy)].name
                                       : "policy";
        return fmt::format("At {} a monitor alarm {} in state ALARM triggered policy {} changing the desired "
                           "capacity from {} to {}.",
                           when, alarmName(plan, a.policy, a.scaleOut), policy, a.fromDesired, a.toDesired);
    }
    const ScheduledAction* s = a.policy >= 0 && static_cast<std::size_t>(a.policy) < plan.scheduled.size()
                                   ? &plan.scheduled[static_cast<std::size_t>(a.policy)]
                                   : nullptr;
    std::string constraints;
    if (s) {
        if (s->minSize)
            constraints += fmt::format("min: {}", *s->minSize);
        if (s->maxSize)
            constraints += fmt::format("{}max: {}", constraints.empty() ? "" : ", ", *s->maxSize);
        if (s->desired)
            constraints += fmt::format("{}desired: {}", constraints.empty() ? "" : ", ", *s->desired);
    }
    return fmt::format("At {} a scheduled action {} update of AutoScalingGroup constraints to {} changing the "
                       "desired capacity from {} to {}.",
                       when, s ? s->name : "", constraints, a.fromDesired, a.toDesired);
}

} // namespace

std::string instanceName(int instance) { return fmt::format("i-0{:016x}", 0xa5c0000000ull + static_cast<unsigned>(instance)); }

std::string activityDescription(const Activity& a)
{
    return a.kind == Activity::Kind::Launch ? fmt::format("Launching a new EC2 instance: {}", instanceName(a.instance))
                                            : fmt::format("Terminating EC2 instance: {}", instanceName(a.instance));
}

std::string activityCause(const Activity& a, const ScalingPlan& plan, const SimulationResult& result)
{
    const std::string when = formatIso8601(a.time);
    const std::string az = static_cast<std::size_t>(a.az) < result.azs.size() ? result.azs[static_cast<std::size_t>(a.az)] : "";
    const bool launch = a.kind == Activity::Kind::Launch;
    const std::string capacityChange =
        launch ? fmt::format("At {} an instance was started in response to a difference between desired and actual "
                             "capacity, increasing the capacity from {} to {}.",
                             when, a.fromCapacity, a.toCapacity)
               : fmt::format("At {} an instance was taken out of service in response to a difference between desired "
                             "and actual capacity, shrinking the capacity from {} to {}.",
                             when, a.fromCapacity, a.toCapacity);
    switch (a.cause) {
    case Activity::Cause::Policy:
    case Activity::Cause::Scheduled: return desiredSentence(a, plan) + "  " + capacityChange;
    case Activity::Cause::HealthCheck:
        return launch ? capacityChange
                      : fmt::format("At {} an instance was taken out of service in response to an EC2 health check "
                                    "indicating it has been terminated or stopped.",
                                    when);
    case Activity::Cause::AzOutage:
        return launch ? capacityChange
                      : fmt::format("At {} an instance was taken out of service in response to an EC2 health check "
                                    "indicating it has been terminated or stopped (Availability Zone {} is "
                                    "unavailable).",
                                    when, az);
    case Activity::Cause::SpotInterruption:
        return launch ? capacityChange
                      : fmt::format("At {} an instance was taken out of service in response to a Spot Instance "
                                    "interruption notice.",
                                    when);
    case Activity::Cause::Rebalance:
        return launch ? fmt::format("At {} an instance was launched to balance instances in zones with other zones "
                                    "({} has the fewest), resulting in more than desired number of instances in the "
                                    "group.",
                                    when, az)
                      : fmt::format("At {} an instance was taken out of service in response to an "
                                    "Availability Zone rebalancing activity ({} has the most instances).",
                                    when, az);
    }
    return capacityChange;
}

nlohmann::json summaryToJson(const SimulationSummary& s)
{
    return {{"max_instances", s.maxInstances},
            {"instance_hours", s.instanceHours},
            {"on_demand_hours", s.onDemandHours},
            {"spot_hours", s.spotHours},
            {"served_pct", s.servedPct},
            {"unserved_requests", s.unservedRequests},
            {"scaling_activities", s.scalingActivities},
            {"cost", s.cost},
            {"on_demand_cost", s.onDemandCost},
            {"commitment_cost", s.commitmentCost},
            {"spot_cost", s.spotCost},
            {"cost_method", s.costMethod}};
}

namespace {

// A number as nlohmann::json writes a double: the shortest text that reads back the same, with ".0" on
// whole numbers; NaN (no datapoint) as null.
void appendNumber(fmt::memory_buffer& out, double v)
{
    if (std::isnan(v) || std::isinf(v)) {
        fmt::format_to(std::back_inserter(out), "null");
        return;
    }
    const std::size_t from = out.size();
    fmt::format_to(std::back_inserter(out), "{}", v);
    const std::string_view text(out.data() + from, out.size() - from);
    if (text.find_first_of(".e") == std::string_view::npos)
        fmt::format_to(std::back_inserter(out), ".0");
}

std::string jsonString(const std::string& s) { return nlohmann::json(s).dump(); }

// Appends `text` (nlohmann's dump(2) of a value) indented by `indent` spaces after its first line.
void appendIndented(fmt::memory_buffer& out, const std::string& text, int indent)
{
    for (const char c : text) {
        out.push_back(c);
        if (c == '\n')
            out.append(std::string(static_cast<std::size_t>(indent), ' '));
    }
}

} // namespace

void writeResultJson(std::ostream& out, const SimulationResult& r, const ScalingPlan& plan, bool includeSeries)
{
    // Keys in nlohmann::json's (sorted) order, two spaces per level, flushed every few thousand rows.
    fmt::memory_buffer buf;
    const auto flush = [&] {
        out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
        buf.clear();
    };
    const auto put = [&](std::string_view text) { buf.append(text); };
    std::vector<std::string> azNames;
    for (const auto& az : r.azs)
        azNames.push_back(jsonString(az));
    const auto azName = [&](int az) -> const std::string& {
        static const std::string none = jsonString("");
        return static_cast<std::size_t>(az) < azNames.size() ? azNames[static_cast<std::size_t>(az)] : none;
    };

    put("{\n  \"activities\": [");
    for (std::size_t i = 0; i < r.activities.size(); ++i) {
        const Activity& a = r.activities[i];
        put(i == 0 ? "\n    {\n" : ",\n    {\n");
        fmt::format_to(std::back_inserter(buf),
                       "      \"az\": {},\n      \"cause\": {},\n      \"description\": {},\n"
                       "      \"instance\": \"{}\",\n      \"spot\": {},\n      \"time\": \"{}\"\n    }}",
                       azName(a.az), jsonString(activityCause(a, plan, r)), jsonString(activityDescription(a)),
                       instanceName(a.instance), a.spot, formatIso8601(a.time));
        if (buf.size() > (1 << 16))
            flush();
    }
    put(r.activities.empty() ? "]," : "\n  ],");
    if (includeSeries) {
        // The AZs in key order, as nlohmann::json sorts an object's keys.
        std::vector<int> azOrder(r.azs.size());
        std::iota(azOrder.begin(), azOrder.end(), 0);
        std::sort(azOrder.begin(), azOrder.end(), [&](int x, int y) {
            return r.azs[static_cast<std::size_t>(x)] < r.azs[static_cast<std::size_t>(y)];
        });
        const auto& s = r.series;
        put("\n  \"series\": [");
        for (std::size_t i = 0; i < s.size(); ++i) {
            put(i == 0 ? "\n    {\n      \"azs\": {" : ",\n    {\n      \"azs\": {");
            for (std::size_t k = 0; k < azOrder.size(); ++k) {
                const int a = azOrder[k];
                fmt::format_to(std::back_inserter(buf),
                               "{}\n        {}: {{\n          \"in_service\": {},\n          \"pending\": {},\n"
                               "          \"terminating\": {}\n        }}",
                               k == 0 ? "" : ",", azNames[static_cast<std::size_t>(a)], s.inServiceAt(i, a),
                               s.pendingAt(i, a), s.terminatingAt(i, a));
            }
            put(azOrder.empty() ? "}," : "\n      },");
            put("\n      \"capacity\": ");
            appendNumber(buf, s.capacity[i]);
            put(",\n      \"cpu\": ");
            appendNumber(buf, s.cpu[i]);
            put(",\n      \"demand\": ");
            appendNumber(buf, s.demand[i]);
            fmt::format_to(std::back_inserter(buf), ",\n      \"desired\": {},\n      \"requests_per_target\": ",
                           s.desired[i]);
            appendNumber(buf, s.requestsPerTarget[i]);
            put(",\n      \"served\": ");
            appendNumber(buf, s.served[i]);
            fmt::format_to(std::back_inserter(buf), ",\n      \"time\": \"{}\",\n      \"unserved\": ",
                           formatIso8601(r.timeOf(i)));
            appendNumber(buf, s.unserved[i]);
            put("\n    }");
            if (buf.size() > (1 << 16))
                flush();
        }
        put(s.size() == 0 ? "]," : "\n  ],");
    }
    put("\n  \"summary\": ");
    appendIndented(buf, summaryToJson(r.summary).dump(2), 2);
    put("\n}");
    flush();
}

void writeSeriesCsv(std::ostream& out, const SimulationResult& r)
{
    const auto& s = r.series;
    out << "time,demand_rps,served_rps,unserved_rps,capacity_rps,cpu_pct,requests_per_target,desired";
    for (const auto& az : r.azs)
        out << ',' << az << "_in_service," << az << "_pending," << az << "_terminating";
    out << '\n';
    const auto num = [](float v) { return std::isnan(v) ? std::string() : fmt::format("{:.3f}", v); };
    for (std::size_t i = 0; i < s.size(); ++i) {
        out << formatIso8601(r.timeOf(i)) << ',' << num(s.demand[i]) << ',' << num(s.served[i]) << ','
            << num(s.unserved[i]) << ',' << num(s.capacity[i]) << ',' << num(s.cpu[i]) << ','
            << num(s.requestsPerTarget[i]) << ',' << s.desired[i];
        for (int a = 0; a < s.azCount; ++a)
            out << ',' << s.inServiceAt(i, a) << ',' << s.pendingAt(i, a) << ',' << s.terminatingAt(i, a);
        out << '\n';
    }
}

} // namespace archdesk::core::scaling
