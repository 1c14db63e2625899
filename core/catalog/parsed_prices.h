#pragma once
// ParsedPrices: what a price file yielded, before it is stored — prices plus where and when they are from.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/catalog/instance_price.h"

namespace archdesk::core::catalog {

struct ParsedPrices
{
    std::string format;  // "aws-offer-json", "aws-offer-csv", "ec2instances-json"
    std::string source;  // e.g. "AWS Price List offer file AmazonEC2 version 20161213014831 (file.json)"
    std::string date;    // ISO date of the price data
    std::vector<InstancePrice> prices; // instanceType/region/os/onDemand/reserved filled; source/date empty
    std::size_t productsSeen = 0;      // products (or records) read
    std::size_t skippedZeroReserved = 0;
};

// Called now and then with bytes read so far and the file size; returning false cancels the import.
using ImportProgress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

} // namespace archdesk::core::catalog
