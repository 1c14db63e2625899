#pragma once
// Presenting a simulation: console-style activity text, JSON and CSV forms of the result.

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulation_result.h"

namespace archdesk::core::scaling {

// "i-0000000000000002a"-style instance id from the instance number.
std::string instanceName(int instance);

// Worded like the Auto Scaling console's activity history:
// "Launching a new EC2 instance: i-…" / "Terminating EC2 instance: i-…".
std::string activityDescription(const Activity& activity);
// "At 2026-01-05T08:03:00Z a monitor alarm … in state ALARM triggered policy … changing the desired
// capacity from 2 to 4. At … an instance was started in response to a difference between desired and
// actual capacity, increasing the capacity from 2 to 3."
std::string activityCause(const Activity& activity, const ScalingPlan& plan, const SimulationResult& result);

nlohmann::json summaryToJson(const SimulationSummary& summary);
// {"activities","series","summary"} (series only when includeSeries), written as it goes — a year of
// minutes is half a million series rows, too many to build as a JSON document first — laid out as
// nlohmann::json's dump(2) would lay it out.
void writeResultJson(std::ostream& out, const SimulationResult& result, const ScalingPlan& plan, bool includeSeries);

// One CSV row per step: time, demand, served, unserved, capacity, cpu, requests_per_target, desired,
// then in_service/pending/terminating for each AZ.
void writeSeriesCsv(std::ostream& out, const SimulationResult& result);

} // namespace archdesk::core::scaling
