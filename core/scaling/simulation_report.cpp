#include "core/scaling/simulation_report.h"

#include <cmath>
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

nlohmann::json resultToJson(const SimulationResult& r, const ScalingPlan& plan, bool includeSeries)
{
    nlohmann::json j;
    j["summary"] = summaryToJson(r.summary);
    nlohmann::json acts = nlohmann::json::array();
    for (const auto& a : r.activities)
        acts.push_back({{"time", formatIso8601(a.time)},
                        {"instance", instanceName(a.instance)},
                        {"az", static_cast<std::size_t>(a.az) < r.azs.size() ? r.azs[static_cast<std::size_t>(a.az)] : ""},
                        {"spot", a.spot},
                        {"description", activityDescription(a)},
                        {"cause", activityCause(a, plan, r)}});
    j["activities"] = acts;
    if (includeSeries) {
        nlohmann::json series = nlohmann::json::array();
        const auto& s = r.series;
        const auto num = [](float v) { return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v); };
        for (std::size_t i = 0; i < s.size(); ++i) {
            nlohmann::json row{{"time", formatIso8601(r.timeOf(i))},
                               {"demand", s.demand[i]},
                               {"served", s.served[i]},
                               {"unserved", s.unserved[i]},
                               {"capacity", s.capacity[i]},
                               {"cpu", num(s.cpu[i])},
                               {"requests_per_target", num(s.requestsPerTarget[i])},
                               {"desired", s.desired[i]}};
            nlohmann::json perAz = nlohmann::json::object();
            for (int a = 0; a < s.azCount; ++a)
                perAz[r.azs[static_cast<std::size_t>(a)]] = {{"in_service", s.inServiceAt(i, a)},
                                                             {"pending", s.pendingAt(i, a)},
                                                             {"terminating", s.terminatingAt(i, a)}};
            row["azs"] = perAz;
            series.push_back(std::move(row));
        }
        j["series"] = std::move(series);
    }
    return j;
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
