#pragma once
// The price snapshots bundled in data/catalog/prices.json, each price with its source and date.

#include <string>
#include <vector>

#include "core/catalog/instance_price.h"
#include "core/util/result.h"

namespace archdesk::core::catalog {

// Every bundled price (all snapshots). Read once per data folder and kept (the pointer stays valid for the
// program's life, so a lookup copies nothing); errors name file and field.
Result<const std::vector<InstancePrice>*> bundledPrices(const std::string& dataDir);

} // namespace archdesk::core::catalog
