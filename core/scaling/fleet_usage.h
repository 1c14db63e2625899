#pragma once
// Fleet usage: a simulated fleet's instance-hours per clock-hour, and the cost plan that prices them in the
// Cost Planner.

#include <nlohmann/json.hpp>
#include <vector>

#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulation_result.h"

namespace archdesk::core::scaling {

// Instances billed in each hour from the run's start (Pending + InService + Terminating, all AZs), as
// fractional counts. Taken from the per-step series and scaled so they add up to summary.instanceHours,
// which the simulator counts per second.
std::vector<double> hourlyInstances(const SimulationResult& result);

// A cost plan (docs/cost-plan-format.md) for the simulated fleet: the instance type, the region (purchase.region,
// else the first AZ's), usage "hourly" with the counts above (repeated over the horizon), and the plan's
// On-Demand and Spot prices.
nlohmann::json costPlanForFleet(const ScalingPlan& plan, const SimulationResult& result, int horizonMonths = 12);

} // namespace archdesk::core::scaling
