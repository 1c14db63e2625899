#include "core/scaling/fleet_usage.h"

#include <cmath>

namespace archdesk::core::scaling {

std::vector<double> hourlyInstances(const SimulationResult& r)
{
    const auto& s = r.series;
    const double stepHours = r.stepSeconds / 3600.0;
    const auto hours = static_cast<std::size_t>(std::ceil(static_cast<double>(s.size()) * stepHours - 1e-9));
    std::vector<double> out(hours, 0.0);
    double total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        double n = 0;
        for (int a = 0; a < s.azCount; ++a)
            n += s.pendingAt(i, a) + s.inServiceAt(i, a) + s.terminatingAt(i, a);
        const auto hour = std::min(hours - 1, static_cast<std::size_t>(static_cast<double>(i) * stepHours + 1e-9));
        out[hour] += n * stepHours;
        total += n * stepHours;
    }
    // The series samples once a step; the billed hours count each second (and a minimum per start), so the
    // two differ by a little: the billed total is what the Cost Planner must price.
    if (total > 0 && r.summary.instanceHours > 0)
        for (double& h : out)
            h *= r.summary.instanceHours / total;
    return out;
}

nlohmann::json costPlanForFleet(const ScalingPlan& plan, const SimulationResult& result, int horizonMonths)
{
    nlohmann::json usage = nlohmann::json::array();
    for (const double h : hourlyInstances(result))
        usage.push_back(std::round(h * 1e4) / 1e4);
    nlohmann::json prices = nlohmann::json::object();
    if (plan.instance.onDemandHourly > 0)
        prices["on_demand_hourly"] = plan.instance.onDemandHourly;
    if (plan.instance.spotHourly > 0)
        prices["spot_hourly"] = plan.instance.spotHourly;
    return {{"instance_type", plan.instance.type},
            {"region", plan.region()},
            {"os", "linux"},
            {"horizon_months", horizonMonths},
            {"usage", {{"kind", "hourly"}, {"instances", usage}}},
            {"prices", prices}};
}

} // namespace archdesk::core::scaling
