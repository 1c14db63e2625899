#pragma once
// Streaming reader of JSON price files: the AWS bulk offer file for EC2 (and a Price List GetProducts
// item), and ec2instances.info's instances.json. A SAX handler (nlohmann::json's interface) fed by
// JsonStreamParser, so a 450 MB regional offer file is never held in memory as a document.

#include <string>

#include "core/catalog/parsed_prices.h"
#include "core/util/result.h"

namespace archdesk::core::catalog {

// Keeps Compute Instance products that are Linux, Shared tenancy, pre-installed software NA,
// capacity status Used (when the file has it) and "No License required": their On-Demand hourly
// price and every reservation (term, class and payment read from the term's attributes; zero-priced
// reservations skipped). Errors read "FILE: byte N: …"; a cancel is ErrorCode::Cancelled.
Result<ParsedPrices> readJsonPriceFile(const std::string& path, const ImportProgress& progress);

} // namespace archdesk::core::catalog
