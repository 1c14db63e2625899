#pragma once
// Policy evaluation: what desired capacity one policy, or several competing ones, ask for at a metric value.

#include <optional>
#include <string>
#include <vector>

#include "core/scaling/scaling_policy.h"
#include "core/util/result.h"

namespace archdesk::core::scaling {

// The group as a policy sees it.
struct GroupView
{
    int capacity = 0; // current desired capacity, warming instances included
    int warming = 0;  // of which still in warm-up (they do not count in the percent base, and block scale-in)
    int minSize = 0;
    int maxSize = 1000000;
};

struct PolicyOutcome
{
    bool fired = false;    // the policy's alarm is breached and it acts
    double rawChange = 0;  // the change before rounding, MinAdjustmentMagnitude and clamping
    int desired = 0;       // the new desired capacity after clamping (== capacity when nothing changes)
    int change = 0;        // desired − capacity
    const char* note = ""; // why nothing happened, when it did not (static text: no allocation per step)
};

// Truncates toward zero, but a non-zero change is at least 1 in its direction (AWS: 12.7 → 12,
// 0.67 → 1, −0.58 → −1, −6.67 → −6).
int roundPercentChange(double raw);

// The step whose interval holds metric − threshold under the AWS inclusivity rules (above the
// threshold: lower inclusive, upper exclusive; below: lower exclusive, upper inclusive); nullopt if none.
std::optional<std::size_t> findStep(const std::vector<StepAdjustment>& steps, double delta);

// A problem with one field of a policy or plan: field is the JSON path ("policies[0].steps[1].lower").
struct FieldProblem
{
    std::string field;
    std::string message;
};

// Checks the step intervals as the AWS API does (no overlap, no gap, at most one open end on each
// side, a negative lower bound needs an open lower end, a positive upper bound an open upper end).
// Indices in field names are the steps' own positions in the list.
std::vector<FieldProblem> validateSteps(const std::vector<StepAdjustment>& steps, const std::string& fieldPrefix);

// One policy at one metric value, as if its alarm were evaluated now (target tracking: as if the
// metric had stayed there for the datapoints its alarms need).
PolicyOutcome evaluatePolicy(const ScalingPolicy& policy, const GroupView& group, double metric);

struct CombinedOutcome
{
    int desired = 0;
    int change = 0;
    double rawChange = 0;
    std::optional<std::size_t> policy; // index of the winning policy; nullopt when none acts
    std::vector<PolicyOutcome> outcomes;
};

// Several policies firing together: the one giving the largest capacity wins (ties: the first listed);
// with several target-tracking policies, scale-in only when all of them want to scale in.
CombinedOutcome evaluatePolicies(const std::vector<ScalingPolicy>& policies, const GroupView& group, double metric);

// The clamp AWS applies to dynamic scaling: never outside [min, max].
int clampCapacity(long long desired, int minSize, int maxSize);

} // namespace archdesk::core::scaling
