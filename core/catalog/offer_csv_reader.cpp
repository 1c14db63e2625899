#include "core/catalog/offer_csv_reader.h"

#include <charconv>
#include <filesystem>
#include <fmt/format.h>
#include <istream>
#include <map>
#include <unordered_map>

#include "core/catalog/chunked_file_buf.h"
#include "core/catalog/regions.h"

namespace archdesk::core::catalog {

namespace {

// RFC 4180 fields of one record; false when a quote is still open at the end of the text.
bool splitCsv(const std::string& text, std::vector<std::string>& fields)
{
    fields.clear();
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return !quoted;
}

struct TermKey
{
    std::string instanceType, region, lease, offeringClass, purchase;
    bool operator<(const TermKey& o) const
    {
        return std::tie(instanceType, region, lease, offeringClass, purchase) <
               std::tie(o.instanceType, o.region, o.lease, o.offeringClass, o.purchase);
    }
};

struct TermSum
{
    double upfront = 0, hourly = 0;
};

} // namespace

Result<ParsedPrices> readCsvPriceFile(const std::string& path, const ImportProgress& progress)
{
    ChunkedFileBuf buf;
    if (!buf.open(path, progress))
        return Error{ErrorCode::NotFound, "cannot open the file (missing or unreadable)", path};
    std::istream in(&buf);
    ParsedPrices out;
    out.format = "aws-offer-csv";
    std::size_t line = 0;
    std::uint64_t recordStart = 0;
    std::string text, more;
    std::vector<std::string> fields;
    const auto where = [&](std::uint64_t byte, std::size_t ln) { return fmt::format("{}: byte {} (line {})", path, byte, ln); };
    // Reads one CSV record (which may span lines inside quotes) into fields.
    const auto next = [&]() -> Result<bool> {
        recordStart = buf.position();
        if (!std::getline(in, text))
            return false;
        ++line;
        const std::size_t first = line;
        while (!splitCsv(text, fields)) {
            if (!std::getline(in, more))
                return invalidInput("the file ends inside a quoted field", where(recordStart, first));
            ++line;
            text += '\n';
            text += more;
        }
        return true;
    };

    std::map<std::string, std::string> meta;
    for (int i = 0; i < 5; ++i) {
        auto r = next();
        if (!r)
            return r.error();
        if (buf.cancelled())
            return Error{ErrorCode::Cancelled, "import cancelled; nothing was imported", path};
        if (!*r)
            return invalidInput(line == 0 ? "the file is empty; expected an AWS offer file"
                                          : "the file ends inside the 5 metadata lines of an AWS offer file",
                                where(buf.position(), line));
        if (fields.size() != 2)
            return invalidInput(fmt::format("expected a metadata line \"Name\",\"Value\" of an AWS offer file, found "
                                            "{} field(s)",
                                            fields.size()),
                                where(recordStart, line));
        meta[fields[0]] = fields[1];
    }
    if (meta.count("OfferCode") == 0)
        return invalidInput("no \"OfferCode\" metadata line: not an AWS offer file", where(0, 1));
    if (meta["OfferCode"] != "AmazonEC2")
        return invalidInput(fmt::format("this is the price file of {}, not of EC2 (AmazonEC2)", meta["OfferCode"]),
                            where(0, 1));

    auto header = next();
    if (!header)
        return header.error();
    if (!*header)
        return invalidInput("the file ends before the header line", where(buf.position(), line));
    std::unordered_map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < fields.size(); ++i)
        col[fields[i]] = i;
    const std::size_t headerLine = line;
    const std::size_t width = fields.size();
    const auto column = [&](const char* name, bool required) -> Result<std::size_t> {
        const auto it = col.find(name);
        if (it != col.end())
            return it->second;
        if (required)
            return invalidInput(fmt::format("the header has no \"{}\" column", name), where(recordStart, headerLine));
        return std::size_t(-1);
    };
    std::size_t cSku, cTermType, cUnit, cPrice, cLease, cPurchase, cClass, cFamily, cLocation, cType, cTenancy, cOs,
        cLicense, cSoftware, cCapacity, cRegion;
    {
        const std::pair<std::size_t*, std::pair<const char*, bool>> wanted[] = {
            {&cSku, {"SKU", true}},
            {&cTermType, {"TermType", true}},
            {&cUnit, {"Unit", true}},
            {&cPrice, {"PricePerUnit", true}},
            {&cLease, {"LeaseContractLength", true}},
            {&cPurchase, {"PurchaseOption", true}},
            {&cClass, {"OfferingClass", true}},
            {&cFamily, {"Product Family", true}},
            {&cLocation, {"Location", true}},
            {&cType, {"Instance Type", true}},
            {&cTenancy, {"Tenancy", true}},
            {&cOs, {"Operating System", true}},
            {&cLicense, {"License Model", false}},
            {&cSoftware, {"Pre Installed S/W", true}},
            {&cCapacity, {"CapacityStatus", false}},
            {&cRegion, {"Region Code", false}},
        };
        for (const auto& [target, spec] : wanted) {
            auto c = column(spec.first, spec.second);
            if (!c)
                return c.error();
            *target = *c;
        }
    }
    const auto at = [&](std::size_t c) -> const std::string& {
        static const std::string empty;
        return c < fields.size() ? fields[c] : empty;
    };

    std::map<std::string, InstancePrice> prices;
    std::map<TermKey, TermSum> reserved;
    std::map<std::string, bool> seenSku;
    for (;;) {
        auto r = next();
        if (!r)
            return r.error();
        if (buf.cancelled())
            return Error{ErrorCode::Cancelled, "import cancelled; nothing was imported", path};
        if (!*r)
            break;
        if (text.empty())
            continue;
        if (fields.size() != width)
            return invalidInput(fmt::format("expected {} fields as in the header, found {}", width, fields.size()),
                                where(recordStart, line));
        if (!seenSku.count(at(cSku))) {
            seenSku[at(cSku)] = true;
            ++out.productsSeen;
        }
        if (at(cFamily) != "Compute Instance" || at(cOs) != "Linux" || at(cTenancy) != "Shared" ||
            at(cSoftware) != "NA")
            continue;
        if (cCapacity != std::size_t(-1) && !at(cCapacity).empty() && at(cCapacity) != "Used")
            continue;
        if (cLicense != std::size_t(-1) && !at(cLicense).empty() && at(cLicense) != "No License required")
            continue;
        std::string region = cRegion != std::size_t(-1) ? at(cRegion) : std::string();
        if (region.empty())
            region = regionCodeForLocation(at(cLocation)).value_or("");
        if (region.empty() || at(cType).empty())
            continue;
        const std::string& priceText = at(cPrice);
        double value = 0;
        const auto [end, ec] = std::from_chars(priceText.data(), priceText.data() + priceText.size(), value);
        if (ec != std::errc() || end != priceText.data() + priceText.size() || value < 0)
            return invalidInput(fmt::format("PricePerUnit \"{}\" is not a number of USD", priceText),
                                where(recordStart, line));
        InstancePrice& price = prices[at(cType) + '\n' + region];
        if (price.instanceType.empty()) {
            price.instanceType = at(cType);
            price.region = region;
            price.os = "linux";
        }
        if (!at(cLease).empty()) {
            TermSum& sum = reserved[TermKey{at(cType), region, at(cLease), at(cClass), at(cPurchase)}];
            if (at(cUnit) == "Quantity")
                sum.upfront += value;
            else if (at(cUnit) == "Hrs")
                sum.hourly += value;
        } else if (at(cTermType) == "OnDemand" && at(cUnit) == "Hrs" && value > 0 && !price.onDemandHourly) {
            price.onDemandHourly = value;
        }
    }
    for (const auto& [key, sum] : reserved) {
        ReservedPrice r;
        r.termYears = key.lease.rfind("1yr", 0) == 0 ? 1 : key.lease.rfind("3yr", 0) == 0 ? 3 : 0;
        r.offeringClass = key.offeringClass;
        r.payment = key.purchase == "No Upfront"        ? "no_upfront"
                    : key.purchase == "Partial Upfront" ? "partial_upfront"
                    : key.purchase == "All Upfront"     ? "all_upfront"
                                                        : "";
        if (r.termYears == 0 || r.payment.empty() || (r.offeringClass != "standard" && r.offeringClass != "convertible"))
            continue;
        if (sum.upfront == 0 && sum.hourly == 0) {
            ++out.skippedZeroReserved;
            continue;
        }
        r.upfront = sum.upfront;
        r.hourly = sum.hourly;
        prices[key.instanceType + '\n' + key.region].reserved.push_back(r);
    }
    for (auto& [key, price] : prices)
        if (price.onDemandHourly || !price.reserved.empty())
            out.prices.push_back(std::move(price));
    const std::string& published = meta["Publication Date"];
    out.date = published.size() >= 10 ? published.substr(0, 10) : std::string();
    out.source = fmt::format("AWS Price List AmazonEC2 offer file (CSV), version {} ({})",
                             meta.count("Version") ? meta["Version"] : "unknown",
                             std::filesystem::path(path).filename().string());
    if (out.prices.empty())
        return invalidInput(fmt::format("no Linux, Shared-tenancy EC2 instance prices in this file ({} product(s) "
                                        "read); nothing was imported",
                                        out.productsSeen),
                            where(buf.position(), line));
    return out;
}

} // namespace archdesk::core::catalog
