#pragma once
// Reading scaling policies from JSON (the shape of `policy eval` and of a plan's "policies").

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/scaling/scaling_policy.h"
#include "core/util/json_fields.h"
#include "core/util/result.h"

namespace archdesk::core::scaling {

// One policy object at path ("policies[2]"); every problem is recorded in fields, naming the field.
std::optional<ScalingPolicy> parsePolicy(const nlohmann::json& object, JsonFields& fields, const std::string& path);

// A policy object or an array of them, as `policy eval` takes. Errors name the file and the field.
Result<std::vector<ScalingPolicy>> parsePolicies(const nlohmann::json& document, const std::string& file);
Result<std::vector<ScalingPolicy>> loadPolicies(const std::string& file);

nlohmann::json policyToJson(const ScalingPolicy& policy);

} // namespace archdesk::core::scaling
