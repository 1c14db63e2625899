// Practice families on Auto Scaling policies: the key is what core/scaling's evaluator decides.
#include <cmath>
#include <fmt/format.h>

#include "core/scaling/policy_evaluation.h"
#include "core/study/practice/practice_families.h"
#include "core/study/practice/practice_generator.h"

namespace archdesk::core::study::practice {

using scaling::AdjustmentType;
using scaling::GroupView;
using scaling::PolicyType;
using scaling::ScalingPolicy;

namespace {

const char* kStepDoc = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html";
const char* kTargetDoc = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html";

int pick(Rng& rng, std::initializer_list<int> values)
{
    return *(values.begin() + rng.below(values.size()));
}

int between(Rng& rng, int lo, int hi) { return lo + static_cast<int>(rng.below(static_cast<std::uint64_t>(hi - lo + 1))); }

Question scalingQuestion(const std::string& stem, const char* reference, const std::string& task)
{
    Question q;
    q.stem = stem;
    q.domains = {{"sap-c02", "c02-d2"}, {"sap-legacy", "legacy-d7"}};
    q.tasks = {task};
    q.services = {"auto-scaling", "cloudwatch"};
    q.difficulty = 2;
    q.references = {reference};
    return q;
}

std::string instances(int n) { return n == 1 ? "1 instance" : fmt::format("{} instances", n); }

} // namespace

Question generateStepPolicy(Rng& rng)
{
    const int threshold = pick(rng, {50, 60, 70});
    const int capacity = between(rng, 4, 30);
    const int small = pick(rng, {10, 20});
    const int large = pick(rng, {30, 40, 50});
    const int offset = between(rng, 10, 34);
    const int metric = threshold + offset;

    ScalingPolicy p;
    p.type = PolicyType::Step;
    p.adjustmentType = AdjustmentType::PercentChangeInCapacity;
    p.threshold = threshold;
    p.steps = {{0.0, 10.0, 0}, {10.0, 20.0, double(small)}, {20.0, std::nullopt, double(large)}};
    const auto outcome = scaling::evaluatePolicy(p, GroupView{capacity, 0, 1, 100}, metric);
    const int pct = offset < 20 ? small : large;
    const int other = offset < 20 ? large : small;
    const double raw = capacity * pct / 100.0;

    Question q = scalingQuestion(
        fmt::format("An Auto Scaling group runs {} (minimum 1, maximum 100), all in service and warmed up. Its step "
                    "scaling policy uses PercentChangeInCapacity and is attached to a CPU alarm with a threshold of "
                    "{}%. The steps, relative to the threshold, are: 0 to 10 → no change; 10 to 20 → add {}%; 20 and "
                    "above → add {}%. Average CPU utilization reaches {}%. What is the group's new desired capacity?",
                    instances(capacity), threshold, small, large, metric),
        kStepDoc, "2.4");
    const auto why = fmt::format(
        "{}% is {} above the threshold, in the step that adds {}%. {}% of {} is {:.2f}; a percent result is "
        "truncated toward zero, but a non-zero change is at least 1, so the change is {} and the new desired "
        "capacity is {}.",
        metric, offset, pct, pct, capacity, raw, outcome.change, outcome.desired);
    const int nearest = capacity + static_cast<int>(std::lround(raw));
    const int up = capacity + static_cast<int>(std::ceil(raw));
    const int otherBand = capacity + std::max(1, static_cast<int>(capacity * other / 100));
    setOptions(q, rng, std::to_string(outcome.desired), why,
               {{std::to_string(up), "Rounding the percent result up is not what Auto Scaling does: it truncates "
                                     "toward zero (a non-zero change becomes at least 1)."},
                {std::to_string(otherBand), fmt::format("That applies the {}% step, but {}% is {} above the "
                                                        "threshold, which falls in the other step.",
                                                        other, metric, offset)},
                {std::to_string(nearest), "Rounding to the nearest whole number is not the rule: the change is "
                                          "truncated toward zero."},
                {std::to_string(capacity), "The alarm is in breach and the metric falls in a step that adds "
                                           "capacity, so the group does scale out."},
                {std::to_string(capacity + pct), "The adjustment is a percentage of the current capacity, not a "
                                                 "number of instances."}});
    return q;
}

Question generateTargetTracking(Rng& rng)
{
    const int target = pick(rng, {40, 50, 60, 70});
    const int capacity = between(rng, 2, 40);
    int metric = target + between(rng, 5, 35);
    // Avoid whole results so the rounding matters.
    if ((capacity * metric) % target == 0)
        ++metric;
    ScalingPolicy p;
    p.type = PolicyType::TargetTracking;
    p.targetTracking.target = target;
    const auto outcome = scaling::evaluatePolicy(p, GroupView{capacity, 0, 1, 200}, metric);
    const double exact = capacity * static_cast<double>(metric) / target;

    Question q = scalingQuestion(
        fmt::format("A target tracking policy keeps an Auto Scaling group's average CPU utilization at {}%. The group "
                    "runs {} (maximum 200), all warmed up, and the average CPU utilization has been {}% for the last "
                    "few minutes. Archdesk models the new capacity as AWS describes it: proportional to the metric, "
                    "rounded so that scale-out is never short. What is the new desired capacity?",
                    target, instances(capacity), metric),
        kTargetDoc, "3.3");
    const auto why = fmt::format("Capacity in proportion to the metric: {} × {} / {} = {:.2f}. Scale-out rounds up so "
                                 "the target is met, giving {}.",
                                 capacity, metric, target, exact, outcome.desired);
    setOptions(q, rng, std::to_string(outcome.desired), why,
               {{std::to_string(static_cast<int>(std::floor(exact))),
                 "Rounding down would leave the group short of capacity; target tracking rounds a scale-out up."},
                {std::to_string(capacity + 1), "Target tracking is not a fixed step of one instance: it scales in "
                                               "proportion to how far the metric is from the target."},
                {std::to_string(static_cast<int>(std::ceil(capacity * metric / 100.0))),
                 "That ignores the target: the ratio is metric ÷ target, not metric ÷ 100."},
                {std::to_string(capacity), "The metric is above the target, so the policy scales out."},
                {std::to_string(static_cast<int>(std::ceil(exact)) + 1), "One more than needed: the proportional "
                                                                         "result, rounded up, is enough."}});
    return q;
}

Question generatePercentRounding(Rng& rng)
{
    const int capacity = between(rng, 3, 40);
    int percent = pick(rng, {-50, -40, -30, -25, -20, -15, -10, 10, 15, 20, 25, 30, 40, 50});
    if ((capacity * percent) % 100 == 0)
        percent += percent > 0 ? 5 : -5;
    const int magnitude = pick(rng, {0, 0, 2, 3});
    ScalingPolicy p;
    p.type = PolicyType::Simple;
    p.adjustmentType = AdjustmentType::PercentChangeInCapacity;
    p.adjustment = percent;
    p.minAdjustmentMagnitude = magnitude;
    const auto outcome = scaling::evaluatePolicy(p, GroupView{capacity, 0, 1, 100}, 0);
    const double raw = capacity * percent / 100.0;

    Question q = scalingQuestion(
        fmt::format("An Auto Scaling group has a desired capacity of {} (minimum 1, maximum 100). A simple scaling "
                    "policy with adjustment type PercentChangeInCapacity and an adjustment of {}{}%{} runs. What is "
                    "the new desired capacity?",
                    capacity, percent > 0 ? "+" : "", percent,
                    magnitude > 0 ? fmt::format(" and MinAdjustmentMagnitude {}", magnitude) : std::string()),
        kStepDoc, "2.4");
    const auto why = fmt::format(
        "{}% of {} is {:.2f}. Auto Scaling truncates a percent result toward zero, but a non-zero change is at least "
        "1 in its direction{}; the change is {}, so the new desired capacity is {}.",
        percent, capacity, raw,
        magnitude > 0 ? fmt::format(", and MinAdjustmentMagnitude raises its size to at least {}", magnitude) : "",
        outcome.change, outcome.desired);
    const int nearest = capacity + static_cast<int>(std::lround(raw));
    const int away = capacity + static_cast<int>(raw > 0 ? std::ceil(raw) : std::floor(raw));
    const int ignoringMagnitude =
        capacity + (static_cast<int>(std::trunc(raw)) == 0 ? (raw > 0 ? 1 : -1) : static_cast<int>(std::trunc(raw)));
    setOptions(q, rng, std::to_string(outcome.desired), why,
               {{std::to_string(away), "Rounding away from zero is not the rule: Auto Scaling truncates toward zero."},
                {std::to_string(ignoringMagnitude), "That forgets MinAdjustmentMagnitude, which sets the smallest "
                                                    "size of a percent change."},
                {std::to_string(nearest), "Rounding to the nearest whole number is not the rule."},
                {std::to_string(capacity), "A non-zero percent change is never rounded down to nothing: it is at "
                                           "least 1."},
                {std::to_string(capacity + percent), "The adjustment is a percentage of the capacity, not a number "
                                                     "of instances."}});
    return q;
}

} // namespace archdesk::core::study::practice
