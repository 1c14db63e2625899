#include "core/scaling/policy_json.h"

#include <fmt/format.h>

#include "core/scaling/policy_evaluation.h"
#include "core/util/json_file.h"

namespace archdesk::core::scaling {

namespace {

using json = nlohmann::json;

std::optional<double> optionalBound(const json& step, const char* key, JsonFields& fields, const std::string& path)
{
    const auto it = step.find(key);
    if (it == step.end() || it->is_null())
        return std::nullopt;
    return fields.number(step, key, path);
}

std::optional<MetricKind> parseMetric(const json& object, JsonFields& fields, const std::string& path)
{
    const auto name = fields.string(object, "metric", path, false);
    if (!name || *name == "cpu")
        return MetricKind::CpuPercent;
    if (*name == "requests_per_target")
        return MetricKind::RequestsPerTarget;
    fields.problem(JsonFields::join(path, "metric"),
                   fmt::format("\"{}\" is not a metric; expected cpu or requests_per_target", *name));
    return std::nullopt;
}

std::optional<AlarmSpec> parseAlarm(const json& object, JsonFields& fields, const std::string& path)
{
    AlarmSpec a;
    const auto metric = parseMetric(object, fields, path);
    const auto threshold = fields.number(object, "threshold", path);
    const auto comparison = fields.string(object, "comparison", path, false).value_or(">=");
    const auto datapoints = fields.integerIn(object, "datapoints", path, 1, 1440, false).value_or(1);
    if (comparison == ">=" || comparison == "GreaterThanOrEqualToThreshold")
        a.comparison = Comparison::GreaterThanOrEqual;
    else if (comparison == ">" || comparison == "GreaterThanThreshold")
        a.comparison = Comparison::GreaterThan;
    else if (comparison == "<" || comparison == "LessThanThreshold")
        a.comparison = Comparison::LessThan;
    else if (comparison == "<=" || comparison == "LessThanOrEqualToThreshold")
        a.comparison = Comparison::LessThanOrEqual;
    else {
        fields.problem(JsonFields::join(path, "comparison"),
                       fmt::format("\"{}\" is not a comparison; expected >=, >, <, <= or the AWS names "
                                   "(GreaterThanOrEqualToThreshold, …)",
                                   comparison));
        return std::nullopt;
    }
    if (!metric || !threshold)
        return std::nullopt;
    a.metric = *metric;
    a.threshold = *threshold;
    a.datapoints = static_cast<int>(datapoints);
    return a;
}

} // namespace

std::optional<ScalingPolicy> parsePolicy(const json& object, JsonFields& fields, const std::string& path)
{
    if (!object.is_object()) {
        fields.problem(path, fmt::format("expected a policy object, found {}", JsonFields::typeName(object)));
        return std::nullopt;
    }
    const std::size_t before = fields.problems().size();
    ScalingPolicy p;
    const auto type = fields.string(object, "type", path);
    if (!type)
        return std::nullopt;
    if (*type == "simple")
        p.type = PolicyType::Simple;
    else if (*type == "step")
        p.type = PolicyType::Step;
    else if (*type == "target_tracking")
        p.type = PolicyType::TargetTracking;
    else {
        fields.problem(JsonFields::join(path, "type"),
                       fmt::format("\"{}\" is not a policy type; expected simple, step or target_tracking", *type));
        return std::nullopt;
    }
    p.name = fields.string(object, "name", path, false).value_or("");

    if (p.type == PolicyType::TargetTracking) {
        auto& tt = p.targetTracking;
        if (const auto target = fields.number(object, "target", path)) {
            if (*target <= 0)
                fields.problem(JsonFields::join(path, "target"), fmt::format("{} must be greater than 0", *target));
            tt.target = *target;
        }
        if (const auto m = parseMetric(object, fields, path))
            tt.metric = *m;
        tt.scaleOutDatapoints = static_cast<int>(
            fields.integerIn(object, "scale_out_datapoints", path, 1, 1440, false).value_or(tt.scaleOutDatapoints));
        tt.scaleInDatapoints = static_cast<int>(
            fields.integerIn(object, "scale_in_datapoints", path, 1, 1440, false).value_or(tt.scaleInDatapoints));
        tt.scaleInRatio = fields.numberIn(object, "scale_in_ratio", path, 0, 1, false).value_or(tt.scaleInRatio);
        tt.disableScaleIn = fields.boolean(object, "disable_scale_in", path, false).value_or(false);
        if (const auto w = fields.integerIn(object, "warmup_seconds", path, 0, 86400, false))
            p.warmupSeconds = static_cast<int>(*w);
        return fields.problems().size() == before ? std::optional(p) : std::nullopt;
    }

    const auto adjustmentType = fields.string(object, "adjustment_type", path);
    if (adjustmentType) {
        if (*adjustmentType == "ChangeInCapacity")
            p.adjustmentType = AdjustmentType::ChangeInCapacity;
        else if (*adjustmentType == "ExactCapacity")
            p.adjustmentType = AdjustmentType::ExactCapacity;
        else if (*adjustmentType == "PercentChangeInCapacity")
            p.adjustmentType = AdjustmentType::PercentChangeInCapacity;
        else
            fields.problem(JsonFields::join(path, "adjustment_type"),
                           fmt::format("\"{}\" is not an adjustment type; expected ChangeInCapacity, ExactCapacity "
                                       "or PercentChangeInCapacity",
                                       *adjustmentType));
    }
    if (const auto mam = fields.integerIn(object, "min_adjustment_magnitude", path, 0, 100000, false)) {
        if (p.adjustmentType != AdjustmentType::PercentChangeInCapacity && *mam > 0)
            fields.problem(JsonFields::join(path, "min_adjustment_magnitude"),
                           "applies only to PercentChangeInCapacity");
        p.minAdjustmentMagnitude = static_cast<int>(*mam);
    }
    if (const auto* alarm = fields.object(object, "alarm", path, false))
        p.alarm = parseAlarm(*alarm, fields, JsonFields::join(path, "alarm"));
    const auto checkAdjustment = [&](double value, const std::string& at) {
        if (p.adjustmentType == AdjustmentType::ExactCapacity && value < 0)
            fields.problem(at, fmt::format("{} is negative; an ExactCapacity adjustment is a capacity (0 or more)",
                                           value));
        else if (p.adjustmentType != AdjustmentType::PercentChangeInCapacity && value != static_cast<long long>(value))
            fields.problem(at, fmt::format("{} is not a whole number of instances", value));
    };

    if (p.type == PolicyType::Simple) {
        if (const auto a = fields.number(object, "adjustment", path)) {
            p.adjustment = *a;
            checkAdjustment(*a, JsonFields::join(path, "adjustment"));
        }
        if (const auto c = fields.integerIn(object, "cooldown_seconds", path, 0, 86400, false))
            p.cooldownSeconds = static_cast<int>(*c);
    } else {
        const auto threshold = fields.number(object, "threshold", path, !p.alarm);
        if (threshold)
            p.threshold = *threshold;
        else if (p.alarm)
            p.threshold = p.alarm->threshold;
        if (threshold && p.alarm && *threshold != p.alarm->threshold)
            fields.problem(JsonFields::join(path, "threshold"),
                           fmt::format("{} differs from alarm.threshold {}; step bounds are relative to the alarm's "
                                       "threshold",
                                       *threshold, p.alarm->threshold));
        if (const auto w = fields.integerIn(object, "warmup_seconds", path, 0, 86400, false))
            p.warmupSeconds = static_cast<int>(*w);
        if (const auto* steps = fields.array(object, "steps", path)) {
            const std::string stepsPath = JsonFields::join(path, "steps");
            for (std::size_t i = 0; i < steps->size(); ++i) {
                const std::string at = fmt::format("{}[{}]", stepsPath, i);
                const json& s = (*steps)[i];
                if (!s.is_object()) {
                    fields.problem(at, fmt::format("expected a step object, found {}", JsonFields::typeName(s)));
                    continue;
                }
                StepAdjustment step;
                step.lower = optionalBound(s, "lower", fields, at);
                step.upper = optionalBound(s, "upper", fields, at);
                if (const auto a = fields.number(s, "adjustment", at)) {
                    step.adjustment = *a;
                    checkAdjustment(*a, JsonFields::join(at, "adjustment"));
                }
                p.steps.push_back(step);
            }
            if (p.steps.size() == steps->size())
                for (const auto& problem : validateSteps(p.steps, stepsPath))
                    fields.problem(problem.field, problem.message);
        }
    }
    return fields.problems().size() == before ? std::optional(p) : std::nullopt;
}

Result<std::vector<ScalingPolicy>> parsePolicies(const json& document, const std::string& file)
{
    JsonFields fields(file);
    std::vector<ScalingPolicy> out;
    if (document.is_array()) {
        if (document.empty())
            return invalidInput("expected at least one policy", file);
        for (std::size_t i = 0; i < document.size(); ++i) {
            const std::string path = fmt::format("[{}]", i);
            if (auto p = parsePolicy(document[i], fields, path)) {
                if (p->name.empty())
                    p->name = fmt::format("policy-{}", i);
                out.push_back(std::move(*p));
            }
        }
    } else if (auto p = parsePolicy(document, fields, "")) {
        if (p->name.empty())
            p->name = "policy-0";
        out.push_back(std::move(*p));
    }
    if (!fields.ok())
        return fields.problems().front();
    return out;
}

Result<std::vector<ScalingPolicy>> loadPolicies(const std::string& file)
{
    auto doc = readJsonFile(file);
    if (!doc)
        return doc.error();
    return parsePolicies(*doc, file);
}

json policyToJson(const ScalingPolicy& p)
{
    json j;
    j["type"] = policyTypeName(p.type);
    if (!p.name.empty())
        j["name"] = p.name;
    if (p.type == PolicyType::TargetTracking) {
        const auto& tt = p.targetTracking;
        j["target"] = tt.target;
        j["metric"] = metricName(tt.metric);
        j["scale_out_datapoints"] = tt.scaleOutDatapoints;
        j["scale_in_datapoints"] = tt.scaleInDatapoints;
        j["scale_in_ratio"] = tt.scaleInRatio;
        j["disable_scale_in"] = tt.disableScaleIn;
    } else {
        j["adjustment_type"] = adjustmentTypeName(p.adjustmentType);
        if (p.type == PolicyType::Simple) {
            j["adjustment"] = p.adjustment;
            if (p.cooldownSeconds)
                j["cooldown_seconds"] = *p.cooldownSeconds;
        } else {
            j["threshold"] = p.threshold;
            json steps = json::array();
            for (const auto& s : p.steps) {
                json js;
                js["lower"] = s.lower ? json(*s.lower) : json(nullptr);
                js["upper"] = s.upper ? json(*s.upper) : json(nullptr);
                js["adjustment"] = s.adjustment;
                steps.push_back(js);
            }
            j["steps"] = steps;
        }
        if (p.minAdjustmentMagnitude > 0)
            j["min_adjustment_magnitude"] = p.minAdjustmentMagnitude;
        if (p.alarm) {
            const char* cmp = p.alarm->comparison == Comparison::GreaterThanOrEqual ? ">="
                              : p.alarm->comparison == Comparison::GreaterThan      ? ">"
                              : p.alarm->comparison == Comparison::LessThan         ? "<"
                                                                                    : "<=";
            j["alarm"] = {{"metric", metricName(p.alarm->metric)},
                          {"threshold", p.alarm->threshold},
                          {"comparison", cmp},
                          {"datapoints", p.alarm->datapoints}};
        }
    }
    if (p.warmupSeconds)
        j["warmup_seconds"] = *p.warmupSeconds;
    return j;
}

} // namespace archdesk::core::scaling
