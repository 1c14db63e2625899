#include "core/catalog/offer_json_reader.h"

#include <charconv>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/catalog/chunked_file_buf.h"
#include "core/catalog/ec2instances_record.h"
#include "core/catalog/regions.h"
#include "core/util/json_fields.h"
#include "core/util/json_file.h"
#include "core/util/json_stream_parser.h"
#include "core/util/time.h"

#include <sys/stat.h>

namespace archdesk::core::catalog {

namespace {

using json = nlohmann::json;

// The product attributes the filter and the price need; everything else is skipped unread.
struct Product
{
    std::string sku, family, instanceType, os, tenancy, software, capacity, license, location, regionCode;
    bool hasCapacity = false, hasLicense = false;
    void clear() { *this = Product{}; }
};

struct Kept
{
    std::string instanceType;
    std::string region;
};

struct Term
{
    std::string section; // "OnDemand", "Reserved", …
    std::string sku;
    std::string lease, offeringClass, purchaseOption;
    bool hasAttributes = false;
    double hourly = 0, upfront = 0;
    bool hasHourly = false;
};

class PriceSax final : public json::json_sax_t
{
public:
    PriceSax(std::string file, ChunkedFileBuf& buf, const JsonStreamParser& parser, ParsedPrices& out)
        : m_file(std::move(file)), m_buf(buf), m_parser(parser), m_out(out)
    {
        m_keys.resize(16);
    }

    std::optional<Error> error;
    bool sawOfferKeys = false;
    std::string offerCode, version, publicationDate;

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool binary(binary_t&) override { return true; }

    bool string(string_t& s) override
    {
        if (m_skipTerm)
            return true; // most of a regional file: terms of products the filter dropped
        if (m_records)
            return value(std::move(s));
        if (m_depth == 1) {
            const std::string& k = m_keys[1];
            if (k == "offerCode" || k == "serviceCode") {
                offerCode = s;
                if (s != "AmazonEC2")
                    return fail(fmt::format("this is the price file of {}, not of EC2 (AmazonEC2)", s));
            } else if (k == "version") {
                version = s;
            } else if (k == "publicationDate") {
                publicationDate = s;
            }
            return true;
        }
        if (m_inProduct) {
            if (m_depth == m_productDepth) {
                if (m_keys[m_depth] == "productFamily")
                    m_product.family = s;
                else if (m_keys[m_depth] == "sku")
                    m_product.sku = s;
            } else if (m_depth == m_productDepth + 1 && m_keys[m_productDepth] == "attributes") {
                productAttribute(m_keys[m_depth], s);
            }
            return true;
        }
        if (m_inTerm && !m_skipTerm) {
            if (m_depth == m_termDepth + 1 && m_keys[m_termDepth] == "termAttributes") {
                const std::string& k = m_keys[m_depth];
                m_term.hasAttributes = true;
                if (k == "LeaseContractLength")
                    m_term.lease = s;
                else if (k == "OfferingClass")
                    m_term.offeringClass = s;
                else if (k == "PurchaseOption")
                    m_term.purchaseOption = s;
            } else if (m_depth == m_termDepth + 2 && m_keys[m_termDepth] == "priceDimensions" &&
                       m_keys[m_depth] == "unit") {
                m_unit = s;
            } else if (m_depth == m_termDepth + 3 && m_keys[m_termDepth] == "priceDimensions" &&
                       m_keys[m_termDepth + 2] == "pricePerUnit" && m_keys[m_depth] == "USD") {
                double v = 0;
                const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
                if (ec != std::errc() || end != s.data() + s.size() || v < 0)
                    return fail(fmt::format("price \"{}\" is not a number of USD", s));
                m_usd = v;
                m_hasUsd = true;
            }
        }
        return true;
    }

    bool key(string_t& k) override
    {
        if (m_skipTerm)
            return true;
        if (m_records && m_building)
            m_pendingKey = k;
        m_keys[m_depth].assign(k);
        if (m_depth == 1 && !m_records && (k == "offerCode" || k == "products" || k == "terms" || k == "product" ||
                                           k == "serviceCode"))
            sawOfferKeys = true;
        return true;
    }

    bool start_object(std::size_t) override
    {
        if (m_skipTerm) {
            ++m_depth;
            return true;
        }
        if (m_buf.cancelled())
            return false;
        ++m_depth;
        if (m_depth >= static_cast<int>(m_keys.size()))
            m_keys.resize(m_keys.size() * 2);
        m_keys[m_depth].clear();
        if (m_records)
            return startContainer(json::object());
        if (m_depth == 1)
            return true;
        const std::string& top = m_keys[1];
        if (m_depth == 3 && top == "products") {
            beginProduct(3);
        } else if (m_depth == 2 && top == "product") {
            beginProduct(2);
        } else if (top == "terms" && !m_inTerm) {
            // Bulk files nest terms as terms.TYPE.SKU."SKU.CODE"; a GetProducts item as terms.TYPE."SKU.CODE".
            const std::string& parentKey = m_keys[3];
            const bool codeKey = parentKey.find('.') != std::string::npos;
            if ((m_depth == 4 && codeKey) || (m_depth == 5 && !codeKey))
                beginTerm();
        } else if (m_inTerm && m_depth == m_termDepth + 2 && m_keys[m_termDepth] == "priceDimensions") {
            m_unit.clear();
            m_hasUsd = false;
        }
        return true;
    }

    bool end_object() override
    {
        if (m_skipTerm) {
            if (m_depth == m_termDepth)
                m_inTerm = m_skipTerm = false;
            --m_depth;
            return true;
        }
        if (m_records)
            return endContainer();
        if (m_inProduct && m_depth == m_productDepth) {
            endProduct();
        } else if (m_inTerm && !m_skipTerm && m_depth == m_termDepth + 2 && m_keys[m_termDepth] == "priceDimensions") {
            if (m_hasUsd) {
                if (m_unit == "Quantity") {
                    m_term.upfront += m_usd;
                } else if (m_unit == "Hrs") {
                    m_term.hourly += m_usd;
                    m_term.hasHourly = true;
                }
            }
        } else if (m_inTerm && m_depth == m_termDepth) {
            m_inTerm = false;
            if (!m_skipTerm)
                endTerm();
        } else if (m_depth == 2 && m_keys[1] == "products") {
            m_productsDone = true;
        }
        --m_depth;
        return true;
    }

    bool start_array(std::size_t) override
    {
        if (m_buf.cancelled())
            return false;
        ++m_depth;
        if (m_depth >= static_cast<int>(m_keys.size()))
            m_keys.resize(m_keys.size() * 2);
        m_keys[m_depth].clear();
        if (m_depth == 1) {
            m_records = true; // instances.json: a top-level array of instance records
            return true;
        }
        if (m_records)
            return startContainer(json::array());
        return true;
    }

    bool end_array() override
    {
        if (m_records && m_depth > 1)
            return endContainer();
        --m_depth;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        if (m_buf.cancelled()) {
            error = Error{ErrorCode::Cancelled, "import cancelled; nothing was imported", m_file};
            return false;
        }
        std::string what = e.what();
        if (const auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos)
            what = what.substr(colon + 2);
        if (m_buf.size() == 0)
            what = "the file is empty; expected a JSON price file";
        const std::uint64_t byte = position > 0 ? position - 1 : 0;
        error = invalidInput(fmt::format("invalid JSON: {}", what), fmt::format("{}: byte {}", m_file, byte));
        return false;
    }

    bool records() const { return m_records; }
    std::size_t recordCount() const { return m_recordIndex; }
    JsonFields& fields() { return m_fields; }

    // Terms that came before their product (a file with "terms" first) are resolved here.
    void resolvePending()
    {
        for (auto& t : m_pending) {
            const auto it = m_kept.find(t.sku);
            if (it != m_kept.end())
                addTerm(it->second, t);
        }
        m_pending.clear();
    }

private:
    bool fail(const std::string& message)
    {
        error = invalidInput(message, fmt::format("{}: byte {}", m_file, m_parser.position()));
        return false;
    }

    void productAttribute(const std::string& k, const std::string& v)
    {
        switch (k.size() > 0 ? k[0] : ' ') {
        case 'i':
            if (k == "instanceType")
                m_product.instanceType = v;
            break;
        case 'o':
            if (k == "operatingSystem")
                m_product.os = v;
            break;
        case 't':
            if (k == "tenancy")
                m_product.tenancy = v;
            break;
        case 'p':
            if (k == "preInstalledSw")
                m_product.software = v;
            break;
        case 'c':
            if (k == "capacitystatus") {
                m_product.capacity = v;
                m_product.hasCapacity = true;
            }
            break;
        case 'l':
            if (k == "licenseModel") {
                m_product.license = v;
                m_product.hasLicense = true;
            } else if (k == "location") {
                m_product.location = v;
            }
            break;
        case 'r':
            if (k == "regionCode")
                m_product.regionCode = v;
            break;
        default: break;
        }
    }

    void beginProduct(int depth)
    {
        m_inProduct = true;
        m_productDepth = depth;
        m_product.clear();
        m_productSku = depth == 3 ? m_keys[2] : std::string();
    }

    void endProduct()
    {
        m_inProduct = false;
        ++m_out.productsSeen;
        const Product& p = m_product;
        if (p.family != "Compute Instance" || p.os != "Linux" || p.tenancy != "Shared" || p.software != "NA")
            return;
        if (p.hasCapacity && p.capacity != "Used")
            return;
        if (p.hasLicense && p.license != "No License required")
            return;
        std::string region = p.regionCode;
        if (region.empty())
            region = regionCodeForLocation(p.location).value_or("");
        if (region.empty() || p.instanceType.empty())
            return;
        // A bulk file keys products by SKU; a GetProducts item names it only inside the product.
        m_kept[m_productSku.empty() ? p.sku : m_productSku] = Kept{p.instanceType, region};
    }

    void beginTerm()
    {
        m_inTerm = true;
        m_termDepth = m_depth;
        m_term = Term{};
        m_term.section = m_keys[2];
        const std::string& code = m_keys[m_depth - 1];
        m_term.sku = code.substr(0, code.find('.'));
        // Terms of products that did not pass the filter are skipped without looking inside.
        m_skipTerm = m_productsDone && !m_kept.count(m_term.sku);
    }

    void endTerm()
    {
        const auto it = m_kept.find(m_term.sku);
        if (it == m_kept.end()) {
            if (!m_productsDone)
                m_pending.push_back(m_term);
            return;
        }
        addTerm(it->second, m_term);
    }

    void addTerm(const Kept& kept, const Term& t)
    {
        InstancePrice& price = m_prices[kept.instanceType + '\n' + kept.region];
        if (price.instanceType.empty()) {
            price.instanceType = kept.instanceType;
            price.region = kept.region;
            price.os = "linux";
        }
        if (!t.lease.empty() || !t.purchaseOption.empty()) {
            ReservedPrice r;
            if (t.lease.rfind("1yr", 0) == 0)
                r.termYears = 1;
            else if (t.lease.rfind("3yr", 0) == 0)
                r.termYears = 3;
            else
                return;
            if (t.offeringClass == "standard" || t.offeringClass == "convertible")
                r.offeringClass = t.offeringClass;
            else
                return;
            if (t.purchaseOption == "No Upfront")
                r.payment = "no_upfront";
            else if (t.purchaseOption == "Partial Upfront")
                r.payment = "partial_upfront";
            else if (t.purchaseOption == "All Upfront")
                r.payment = "all_upfront";
            else
                return;
            if (t.upfront == 0 && t.hourly == 0) {
                ++m_out.skippedZeroReserved;
                return;
            }
            r.upfront = t.upfront;
            r.hourly = t.hourly;
            for (const auto& existing : price.reserved)
                if (existing.termYears == r.termYears && existing.offeringClass == r.offeringClass &&
                    existing.payment == r.payment)
                    return;
            price.reserved.push_back(r);
        } else if (!t.hasAttributes && t.section == "OnDemand" && t.hasHourly && t.hourly > 0) {
            if (!price.onDemandHourly)
                price.onDemandHourly = t.hourly;
        }
    }

    // --- instances.json records, built as small documents one at a time ---
    template <typename V>
    bool value(V&& v)
    {
        if (!m_records)
            return true;
        if (!m_building) {
            // A scalar where a record should be: let the record check name it.
            json scalar(std::forward<V>(v));
            addEc2InstancesRecord(scalar, fmt::format("[{}]", m_recordIndex++), m_fields, m_out);
            return m_fields.ok();
        }
        json& parent = *m_stack.back();
        if (parent.is_object())
            parent[m_pendingKey] = json(std::forward<V>(v));
        else
            parent.push_back(json(std::forward<V>(v)));
        return true;
    }

    bool startContainer(json&& empty)
    {
        if (!m_building) {
            m_building = true;
            m_record = std::move(empty);
            m_stack.assign(1, &m_record);
            return true;
        }
        json& parent = *m_stack.back();
        json* child = nullptr;
        if (parent.is_object()) {
            parent[m_pendingKey] = std::move(empty);
            child = &parent[m_pendingKey];
        } else {
            parent.push_back(std::move(empty));
            child = &parent.back();
        }
        m_stack.push_back(child);
        return true;
    }

    bool endContainer()
    {
        --m_depth;
        m_stack.pop_back();
        if (!m_stack.empty())
            return true;
        m_building = false;
        addEc2InstancesRecord(m_record, fmt::format("[{}]", m_recordIndex++), m_fields, m_out);
        m_record = json();
        return m_fields.ok();
    }

public:
    std::map<std::string, InstancePrice> m_prices;

private:
    std::string m_file;
    ChunkedFileBuf& m_buf;
    const JsonStreamParser& m_parser;
    ParsedPrices& m_out;
    JsonFields m_fields{m_file};
    int m_depth = 0;
    std::vector<std::string> m_keys;

    bool m_inProduct = false;
    int m_productDepth = 0;
    Product m_product;
    std::string m_productSku;
    bool m_productsDone = false;
    std::unordered_map<std::string, Kept> m_kept;

    bool m_inTerm = false, m_skipTerm = false;
    int m_termDepth = 0;
    Term m_term;
    std::string m_unit;
    double m_usd = 0;
    bool m_hasUsd = false;
    std::vector<Term> m_pending;

    bool m_records = false, m_building = false;
    json m_record;
    std::vector<json*> m_stack;
    std::string m_pendingKey;
    std::size_t m_recordIndex = 0;
};

std::string isoDateOf(const std::string& publicationDate, const std::string& version)
{
    if (publicationDate.size() >= 10)
        return publicationDate.substr(0, 10);
    if (version.size() >= 8 && std::all_of(version.begin(), version.begin() + 8, [](char c) { return c >= '0' && c <= '9'; }))
        return version.substr(0, 4) + "-" + version.substr(4, 2) + "-" + version.substr(6, 2);
    return {};
}

std::string fileDate(const std::string& path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return {};
    return formatIsoDate(static_cast<EpochMs>(st.st_mtime) * 1000);
}

} // namespace

Result<ParsedPrices> readJsonPriceFile(const std::string& path, const ImportProgress& progress)
{
    ChunkedFileBuf buf;
    if (!buf.open(path, progress))
        return Error{ErrorCode::NotFound, "cannot open the file (missing or unreadable)", path};
    ParsedPrices out;
    JsonStreamParser parser([&buf] { return buf.nextChunk(); });
    PriceSax sax(path, buf, parser, out);
    const bool ok = parser.parse(sax);
    if (buf.cancelled())
        return Error{ErrorCode::Cancelled, "import cancelled; nothing was imported", path};
    if (buf.readFailed())
        return Error{ErrorCode::Io, "cannot read the file", path};
    if (sax.error)
        return *sax.error;
    if (!sax.fields().ok()) {
        Error e = sax.fields().problems().front();
        return e;
    }
    if (!ok)
        return invalidInput("invalid JSON", fmt::format("{}: byte {}", path, parser.position()));

    if (sax.records()) {
        out.format = "ec2instances-json";
        out.date = fileDate(path);
        out.source = fmt::format("ec2instances.info instances.json ({}, file dated {}; reserved prices are effective "
                                 "hourly rates)",
                                 std::filesystem::path(path).filename().string(), out.date);
    } else if (!sax.sawOfferKeys) {
        // One instances.json record on its own (an object with "instance_type") is small: read it as a document.
        constexpr std::uint64_t kSmall = 16u << 20;
        auto doc = buf.size() < kSmall ? readJsonFile(path) : Result<json>(invalidInput("too large", path));
        if (!doc || !doc->is_object() || !doc->contains("instance_type"))
            return invalidInput("not a price file: expected an AWS offer file (\"offerCode\", \"products\", "
                                "\"terms\") or ec2instances.info instances.json records",
                                fmt::format("{}: byte 0", path));
        JsonFields fields(path);
        addEc2InstancesRecord(*doc, "", fields, out);
        if (!fields.ok())
            return fields.problems().front();
        out.format = "ec2instances-json";
        out.date = fileDate(path);
        out.source = fmt::format("ec2instances.info instance record ({}, file dated {}; reserved prices are "
                                 "effective hourly rates)",
                                 std::filesystem::path(path).filename().string(), out.date);
    } else {
        sax.resolvePending();
        out.format = "aws-offer-json";
        out.date = isoDateOf(sax.publicationDate, sax.version);
        if (out.date.empty())
            out.date = fileDate(path);
        out.source = fmt::format("AWS Price List {} offer file, version {} ({})",
                                 sax.offerCode.empty() ? "EC2" : sax.offerCode,
                                 sax.version.empty() ? "unknown" : sax.version,
                                 std::filesystem::path(path).filename().string());
        for (auto& [key, price] : sax.m_prices)
            out.prices.push_back(std::move(price));
    }
    if (out.prices.empty())
        return invalidInput(fmt::format("no Linux, Shared-tenancy EC2 instance prices in this file ({} product(s) "
                                        "read); nothing was imported",
                                        out.productsSeen),
                            fmt::format("{}: byte {}", path, parser.position()));
    return out;
}

} // namespace archdesk::core::catalog
