#pragma once
// The discrete-time Auto Scaling simulator: a group behind a load balancer, its policies, demand and faults.

#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulation_result.h"

namespace archdesk::core::scaling {

struct SimulationOptions
{
    bool recordSeries = true;
    // Steps in which the group stands still run in a lean loop with the same arithmetic; false runs every
    // step in full (the tests compare the two).
    bool fastForward = true;
};

// Runs the plan step by step (plan.stepSeconds, default 60 s). The same plan and seed always give
// the same result. The plan is assumed valid (parsePlan checked it).
SimulationResult simulate(const ScalingPlan& plan, const SimulationOptions& options = {});

} // namespace archdesk::core::scaling
