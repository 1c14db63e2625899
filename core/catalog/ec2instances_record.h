#pragma once
// Reading one ec2instances.info instances.json record into Linux prices per region.

#include <nlohmann/json.hpp>
#include <string>

#include "core/catalog/parsed_prices.h"
#include "core/util/json_fields.h"

namespace archdesk::core::catalog {

// Adds the record's Linux On-Demand and Reserved prices (every region it lists) to out.prices.
// ec2instances.info gives each reservation only as an effective hourly rate, so upfront is 0.
// Type problems are recorded in fields under path (e.g. "[3].pricing.us-east-1.linux.ondemand").
void addEc2InstancesRecord(const nlohmann::json& record, const std::string& path, JsonFields& fields,
                           ParsedPrices& out);

} // namespace archdesk::core::catalog
