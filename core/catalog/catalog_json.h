#pragma once
// JSON forms of catalog entries and prices, with the field names of design.md §4.

#include <nlohmann/json.hpp>

#include "core/catalog/instance_family.h"
#include "core/catalog/instance_price.h"
#include "core/catalog/instance_type.h"

namespace archdesk::core::catalog {

// instance_type, family, category, generation, vcpu, memory_gib, processor, clock_ghz,
// network_performance, storage, features{…} (null when the catalog has no feature row).
nlohmann::json instanceTypeToJson(const InstanceType& type, const InstanceFamily* family);

// instance_type, region, os, source, date, on_demand_hourly, reserved[{term_years, class, payment,
// upfront, hourly, effective_hourly}].
nlohmann::json instancePriceToJson(const InstancePrice& price);

} // namespace archdesk::core::catalog
