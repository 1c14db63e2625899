#pragma once
// BillFile: a usage file for the hour-by-hour bill — region, prices per type, commitments and hours of usage.

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/billing/hourly_biller.h"
#include "core/catalog/instance_price.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace archdesk::core::billing {

struct BillFile
{
    BillSetup setup;
    std::vector<std::vector<UsageLine>> hours;
    std::optional<EpochMs> start; // the first hour's start, when given
};

struct BillFileParse
{
    BillFile bill;
    std::vector<Error> problems;
    bool ok() const { return problems.empty(); }
};

BillFileParse parseBillFile(const nlohmann::json& document, const std::string& file);
BillFileParse readBillFile(const std::string& path);

using TypePriceLookup = std::function<Result<catalog::InstancePrice>(const std::string& instanceType,
                                                                     const std::string& region, OperatingSystem os)>;

// Types used in the hours without a price in the file get their On-Demand price from lookup; a type
// with no price anywhere is an error at "FILE: field "prices.TYPE"" saying how to import prices.
Result<void> completeBillPrices(BillFile& bill, const TypePriceLookup& lookup, const std::string& file);

} // namespace archdesk::core::billing
