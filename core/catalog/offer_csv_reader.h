#pragma once
// Streaming reader of the AWS Price List offer file for EC2 in CSV form (5 metadata lines, a header,
// one line per price dimension); columns are found by their header names.

#include <string>

#include "core/catalog/parsed_prices.h"
#include "core/util/result.h"

namespace archdesk::core::catalog {

// Same filter and output as readJsonPriceFile. Errors read "FILE: byte N (line L): …".
Result<ParsedPrices> readCsvPriceFile(const std::string& path, const ImportProgress& progress);

} // namespace archdesk::core::catalog
