#include "core/scaling/policy_evaluation.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <numeric>

namespace archdesk::core::scaling {

namespace {

// Float noise (0.1 × 30 = 3.0000000000000004) must not move a result across an integer.
constexpr double kEpsilon = 1e-9;

double lowerOf(const StepAdjustment& s) { return s.lower.value_or(-std::numeric_limits<double>::infinity()); }
double upperOf(const StepAdjustment& s) { return s.upper.value_or(std::numeric_limits<double>::infinity()); }

std::string bound(const std::optional<double>& b, bool lower)
{
    if (!b)
        return lower ? "-infinity" : "+infinity";
    return fmt::format("{}", *b);
}

struct Change
{
    double raw = 0;
    long long rounded = 0;
    bool exact = false; // ExactCapacity: rounded is the new capacity, not a change
};

Change computeChange(AdjustmentType type, double adjustment, int base, int minAdjustmentMagnitude)
{
    Change c;
    switch (type) {
    case AdjustmentType::ChangeInCapacity:
        c.raw = adjustment;
        c.rounded = std::llround(adjustment);
        break;
    case AdjustmentType::ExactCapacity:
        c.raw = adjustment - base;
        c.rounded = std::llround(adjustment);
        c.exact = true;
        break;
    case AdjustmentType::PercentChangeInCapacity: {
        c.raw = static_cast<double>(base) * adjustment / 100.0;
        long long r = roundPercentChange(c.raw);
        // MinAdjustmentMagnitude acts on the magnitude, in either direction (facts §5.3: our reading).
        if (r != 0 && minAdjustmentMagnitude > 0 && std::llabs(r) < minAdjustmentMagnitude)
            r = r > 0 ? minAdjustmentMagnitude : -minAdjustmentMagnitude;
        c.rounded = r;
        break;
    }
    }
    return c;
}

// Applies a simple/step change the AWS way: the percent base excludes warming instances; while
// instances warm, scale-out only raises desired to max(desired, base + change) and scale-in waits.
PolicyOutcome applyChange(const Change& c, const GroupView& g, bool honourWarmup)
{
    PolicyOutcome out;
    out.fired = true;
    out.rawChange = c.raw;
    const int base = honourWarmup ? g.capacity - g.warming : g.capacity;
    const long long target = c.exact ? c.rounded : base + c.rounded;
    long long wanted = target;
    if (honourWarmup && g.warming > 0) {
        if (target < g.capacity) {
            out.desired = g.capacity;
            out.note = "scale-in waits until the warming instances finish warming up";
            return out;
        }
        wanted = std::max<long long>(g.capacity, target);
    }
    out.desired = clampCapacity(wanted, g.minSize, g.maxSize);
    out.change = out.desired - g.capacity;
    if (out.change == 0 && wanted != g.capacity)
        out.note = wanted > g.capacity ? "already at the group's maximum" : "already at the group's minimum";
    return out;
}

} // namespace

int clampCapacity(long long desired, int minSize, int maxSize)
{
    return static_cast<int>(std::clamp<long long>(desired, minSize, maxSize));
}

int roundPercentChange(double raw)
{
    if (raw == 0)
        return 0;
    const double magnitude = std::floor(std::fabs(raw) + kEpsilon);
    const int m = std::max(1, static_cast<int>(magnitude));
    return raw > 0 ? m : -m;
}

std::optional<std::size_t> findStep(const std::vector<StepAdjustment>& steps, double delta)
{
    // Above the threshold (and at it, for steps starting there): [lower, upper).
    if (delta >= 0)
        for (std::size_t i = 0; i < steps.size(); ++i)
            if (lowerOf(steps[i]) <= delta && delta < upperOf(steps[i]))
                return i;
    // Below the threshold (and at it, for scale-in steps ending there): (lower, upper].
    if (delta <= 0)
        for (std::size_t i = 0; i < steps.size(); ++i)
            if (lowerOf(steps[i]) < delta && delta <= upperOf(steps[i]))
                return i;
    return std::nullopt;
}

std::vector<FieldProblem> validateSteps(const std::vector<StepAdjustment>& steps, const std::string& prefix)
{
    std::vector<FieldProblem> problems;
    const auto field = [&](std::size_t i, const char* member) {
        return fmt::format("{}[{}]{}{}", prefix, i, *member ? "." : "", member);
    };
    if (steps.empty()) {
        problems.push_back({prefix, "a step policy needs at least one step"});
        return problems;
    }
    int openLower = 0, openUpper = 0;
    bool negativeLower = false, positiveUpper = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto& s = steps[i];
        if (!s.lower && !s.upper)
            problems.push_back({field(i, ""), "a step needs a lower or an upper bound (both are missing)"});
        if (s.lower && s.upper && *s.lower >= *s.upper)
            problems.push_back({field(i, "upper"), fmt::format("{} must be greater than the lower bound {}",
                                                               *s.upper, *s.lower)});
        openLower += s.lower ? 0 : 1;
        openUpper += s.upper ? 0 : 1;
        negativeLower = negativeLower || (s.lower && *s.lower < 0);
        positiveUpper = positiveUpper || (s.upper && *s.upper > 0);
    }
    if (openLower > 1)
        problems.push_back({prefix, "only one step may leave its lower bound out (-infinity)"});
    if (openUpper > 1)
        problems.push_back({prefix, "only one step may leave its upper bound out (+infinity)"});
    if (!problems.empty())
        return problems;

    std::vector<std::size_t> order(steps.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return lowerOf(steps[a]) < lowerOf(steps[b]); });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const auto& prev = steps[order[k - 1]];
        const auto& cur = steps[order[k]];
        const double prevUpper = upperOf(prev);
        const double curLower = lowerOf(cur);
        if (prevUpper > curLower)
            problems.push_back({field(order[k], "lower"),
                                fmt::format("{} overlaps step {} ({} to {}); steps may not overlap",
                                            bound(cur.lower, true), order[k - 1], bound(prev.lower, true),
                                            bound(prev.upper, false))});
        else if (prevUpper < curLower)
            problems.push_back({field(order[k], "lower"),
                                fmt::format("{} leaves a gap after step {} (which ends at {}); steps may not "
                                            "leave gaps",
                                            bound(cur.lower, true), order[k - 1], bound(prev.upper, false))});
    }
    if (negativeLower && openLower == 0)
        problems.push_back({prefix, "a negative lower bound needs a step without a lower bound (-infinity)"});
    if (positiveUpper && openUpper == 0)
        problems.push_back({prefix, "a positive upper bound needs a step without an upper bound (+infinity)"});
    return problems;
}

PolicyOutcome evaluatePolicy(const ScalingPolicy& p, const GroupView& g, double metric)
{
    PolicyOutcome none;
    none.desired = g.capacity;
    switch (p.type) {
    case PolicyType::Simple: {
        if (p.alarm && !breaches(*p.alarm, metric)) {
            none.note = "alarm not breached";
            return none;
        }
        // Simple policies know nothing of warm-up: the base is the whole current capacity.
        return applyChange(computeChange(p.adjustmentType, p.adjustment, g.capacity, p.minAdjustmentMagnitude), g,
                           false);
    }
    case PolicyType::Step: {
        if (p.alarm && !breaches(*p.alarm, metric)) {
            none.note = "alarm not breached";
            return none;
        }
        const auto step = findStep(p.steps, metric - p.threshold);
        if (!step) {
            none.note = "no step holds the metric";
            return none;
        }
        const int base = g.capacity - g.warming;
        return applyChange(computeChange(p.adjustmentType, p.steps[*step].adjustment, base, p.minAdjustmentMagnitude),
                           g, true);
    }
    case PolicyType::TargetTracking: {
        const auto& tt = p.targetTracking;
        if (tt.target <= 0)
            return none;
        const bool out = metric > tt.target;
        const bool in = metric < tt.scaleInRatio * tt.target && !tt.disableScaleIn;
        if (!out && !in) {
            none.note = "metric within the target's band";
            return none;
        }
        PolicyOutcome o;
        o.fired = true;
        o.desired = g.capacity;
        if (out) {
            // The metric comes from instances past warm-up; warming ones already count toward desired.
            const int base = g.capacity - g.warming;
            const double exact = static_cast<double>(base) * metric / tt.target;
            const long long wanted = std::max<long long>(g.capacity, static_cast<long long>(std::ceil(exact - kEpsilon)));
            o.rawChange = exact - base;
            o.desired = clampCapacity(wanted, g.minSize, g.maxSize);
        } else {
            if (g.warming > 0) {
                o.note = "scale-in waits until the warming instances finish warming up";
                return o;
            }
            const double exact = static_cast<double>(g.capacity) * metric / tt.target;
            o.rawChange = exact - g.capacity;
            o.desired = clampCapacity(static_cast<long long>(std::ceil(exact - kEpsilon)), g.minSize, g.maxSize);
        }
        o.change = o.desired - g.capacity;
        return o;
    }
    }
    return none;
}

CombinedOutcome evaluatePolicies(const std::vector<ScalingPolicy>& policies, const GroupView& g, double metric)
{
    CombinedOutcome c;
    c.desired = g.capacity;
    c.outcomes.reserve(policies.size());
    bool allTrackingWantIn = true;
    bool anyTracking = false;
    for (const auto& p : policies) {
        c.outcomes.push_back(evaluatePolicy(p, g, metric));
        if (p.type == PolicyType::TargetTracking && !p.targetTracking.disableScaleIn) {
            anyTracking = true;
            const auto& o = c.outcomes.back();
            allTrackingWantIn = allTrackingWantIn && o.fired && o.desired < g.capacity;
        }
    }
    for (std::size_t i = 0; i < policies.size(); ++i) {
        const auto& o = c.outcomes[i];
        if (!o.fired)
            continue;
        if (policies[i].type == PolicyType::TargetTracking && o.desired < g.capacity && anyTracking &&
            !allTrackingWantIn)
            continue;
        if (!c.policy || o.desired > c.desired) {
            c.policy = i;
            c.desired = o.desired;
            c.rawChange = o.rawChange;
        }
    }
    c.change = c.desired - g.capacity;
    return c;
}

} // namespace archdesk::core::scaling
