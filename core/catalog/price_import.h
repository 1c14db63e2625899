#pragma once
// Importing a price file into the user's database: format detection, parsing and one transaction.

#include <cstdint>
#include <string>

#include "core/catalog/parsed_prices.h"
#include "core/util/result.h"

namespace archdesk::core::store {
class Database;
}

namespace archdesk::core::catalog {

struct ImportSummary
{
    std::int64_t importId = 0;
    std::string format, source, date;
    std::size_t products = 0;        // products or records read
    std::size_t instanceTypes = 0;   // type/region pairs with a price
    std::size_t reservedPrices = 0;
    std::size_t skippedZeroReserved = 0;
};

// Reads an AWS offer file (JSON or CSV) or an ec2instances.info instances.json and stores its Linux
// prices in one transaction. Any error (truncated, invalid, another service's file, cancel) leaves
// the database exactly as it was. progress may be empty. dateOverride (ISO date) replaces the date
// of files that do not carry one (instances.json, whose date is otherwise the file's modification date).
Result<ImportSummary> importPriceFile(const std::string& path, store::Database& db, const ImportProgress& progress,
                                      std::int64_t nowMs, const std::string& dateOverride = {});

// Parsing only (no database): the same checks and output as the import.
Result<ParsedPrices> readPriceFile(const std::string& path, const ImportProgress& progress);

} // namespace archdesk::core::catalog
