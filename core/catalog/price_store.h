#pragma once
// PriceStore: the user's imported prices in SQLite (schema version 4), one import per price file.

#include <cstdint>
#include <string>
#include <vector>

#include "core/catalog/parsed_prices.h"
#include "core/util/result.h"

namespace archdesk::core::store {
class Database;
}

namespace archdesk::core::catalog {

struct ImportRecord
{
    std::int64_t id = 0;
    std::string file, format, source, priceDate;
    std::int64_t importedAtMs = 0;
    std::int64_t prices = 0;
};

// Writes one import and its prices. Runs inside the caller's transaction; `keepGoing` is asked
// now and then and a false answer returns ErrorCode::Cancelled (the caller's transaction rolls back).
Result<std::int64_t> storePrices(store::Database& db, const ParsedPrices& parsed, const std::string& file,
                                 std::int64_t importedAtMs, const ImportProgress& keepGoing);

// Every imported price for this type/region/os, newest price date first (ties: latest import first).
Result<std::vector<InstancePrice>> storedPrices(store::Database& db, const std::string& instanceType,
                                                const std::string& region, const std::string& os);

Result<std::vector<ImportRecord>> listImports(store::Database& db);

// The Regions that have at least one imported price for this OS (On-Demand or Reserved), sorted.
Result<std::vector<std::string>> pricedRegions(store::Database& db, const std::string& os);

} // namespace archdesk::core::catalog
