#include "core/scaling/scaling_policy.h"

namespace archdesk::core::scaling {

const char* adjustmentTypeName(AdjustmentType type)
{
    switch (type) {
    case AdjustmentType::ChangeInCapacity: return "ChangeInCapacity";
    case AdjustmentType::ExactCapacity: return "ExactCapacity";
    case AdjustmentType::PercentChangeInCapacity: return "PercentChangeInCapacity";
    }
    return "";
}

const char* policyTypeName(PolicyType type)
{
    switch (type) {
    case PolicyType::Simple: return "simple";
    case PolicyType::Step: return "step";
    case PolicyType::TargetTracking: return "target_tracking";
    }
    return "";
}

const char* comparisonName(Comparison comparison)
{
    switch (comparison) {
    case Comparison::GreaterThanOrEqual: return "GreaterThanOrEqualToThreshold";
    case Comparison::GreaterThan: return "GreaterThanThreshold";
    case Comparison::LessThan: return "LessThanThreshold";
    case Comparison::LessThanOrEqual: return "LessThanOrEqualToThreshold";
    }
    return "";
}

const char* metricName(MetricKind metric)
{
    switch (metric) {
    case MetricKind::CpuPercent: return "cpu";
    case MetricKind::RequestsPerTarget: return "requests_per_target";
    }
    return "";
}

MetricKind watchedMetric(const ScalingPolicy& p)
{
    if (p.type == PolicyType::TargetTracking)
        return p.targetTracking.metric;
    return p.alarm ? p.alarm->metric : MetricKind::CpuPercent;
}

} // namespace archdesk::core::scaling
