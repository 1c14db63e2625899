#pragma once
// ScalingPolicy: one Auto Scaling policy (simple, step or target tracking) in the shape of the AWS API.

#include <optional>
#include <string>
#include <vector>

namespace archdesk::core::scaling {

enum class PolicyType { Simple, Step, TargetTracking };
enum class AdjustmentType { ChangeInCapacity, ExactCapacity, PercentChangeInCapacity };
enum class Comparison { GreaterThanOrEqual, GreaterThan, LessThan, LessThanOrEqual };
enum class MetricKind { CpuPercent, RequestsPerTarget };

// A step interval relative to the alarm threshold; a missing bound is infinite.
struct StepAdjustment
{
    std::optional<double> lower;
    std::optional<double> upper;
    double adjustment = 0;
};

// The CloudWatch alarm that invokes a simple or step policy.
struct AlarmSpec
{
    MetricKind metric = MetricKind::CpuPercent;
    double threshold = 0;
    Comparison comparison = Comparison::GreaterThanOrEqual;
    int datapoints = 1; // consecutive 1-minute datapoints breaching before ALARM
};

// Target tracking has no published formula: these are our documented, configurable defaults.
struct TargetTrackingSettings
{
    MetricKind metric = MetricKind::CpuPercent;
    double target = 50;
    int scaleOutDatapoints = 3;   // metric > target for this many datapoints
    int scaleInDatapoints = 15;   // metric < scaleInRatio × target for this many datapoints
    double scaleInRatio = 0.7;    // observed on EC2 groups (0.9 on Application Auto Scaling)
    bool disableScaleIn = false;
};

struct ScalingPolicy
{
    std::string name;
    PolicyType type = PolicyType::Simple;
    AdjustmentType adjustmentType = AdjustmentType::ChangeInCapacity;
    double adjustment = 0;                 // simple policies
    std::vector<StepAdjustment> steps;     // step policies, relative to threshold
    double threshold = 0;                  // step policies: the alarm threshold the steps are relative to
    int minAdjustmentMagnitude = 0;        // PercentChangeInCapacity only; 0 = not set
    std::optional<int> cooldownSeconds;    // simple policies; default: the group's default cooldown
    std::optional<int> warmupSeconds;      // step and target tracking: EstimatedInstanceWarmup
    std::optional<AlarmSpec> alarm;        // simple and step; derived from threshold and steps when absent
    TargetTrackingSettings targetTracking; // target tracking only
};

const char* adjustmentTypeName(AdjustmentType type);
const char* policyTypeName(PolicyType type);
const char* comparisonName(Comparison comparison);
const char* metricName(MetricKind metric);

// The metric a policy watches: target tracking's own, else its alarm's; step bands without an alarm are on CPU.
MetricKind watchedMetric(const ScalingPolicy& p);

// Calls use(breaching) with a function object that tells whether a metric value breaches the alarm: the
// comparison is chosen once, so a loop over many datapoints has no switch inside.
template <typename Use>
decltype(auto) withBreachTest(const AlarmSpec& alarm, Use&& use)
{
    const double line = alarm.threshold;
    switch (alarm.comparison) {
    case Comparison::GreaterThanOrEqual: return use([line](double m) { return m >= line; });
    case Comparison::GreaterThan: return use([line](double m) { return m > line; });
    case Comparison::LessThan: return use([line](double m) { return m < line; });
    case Comparison::LessThanOrEqual: break;
    }
    return use([line](double m) { return m <= line; });
}

// Whether a metric value breaches the alarm (inline: the simulator asks once a minute per policy).
inline bool breaches(const AlarmSpec& alarm, double metric)
{
    return withBreachTest(alarm, [metric](auto breaching) { return breaching(metric); });
}

} // namespace archdesk::core::scaling
