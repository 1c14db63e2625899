#pragma once
// Price lookup: the newest price for a type/region/OS, from the user's imports or the bundled snapshot.

#include <string>

#include "core/catalog/instance_price.h"
#include "core/util/result.h"

namespace archdesk::core::store {
class Database;
}

namespace archdesk::core::catalog {

// dataDir is the bundled data folder; db the user's database (may be null: bundled prices only).
// A type or region without a price is a NotFound error that says how to import prices.
Result<InstancePrice> lookupPrice(const std::string& dataDir, store::Database* db, const std::string& instanceType,
                                  const std::string& region, const std::string& os);

} // namespace archdesk::core::catalog
