#include "core/catalog/ec2instances_record.h"

#include <charconv>
#include <fmt/format.h>

namespace archdesk::core::catalog {

namespace {

// ec2instances.info writes prices as strings ("0.0059"), sometimes as numbers.
std::optional<double> priceValue(const nlohmann::json& v, const std::string& path, JsonFields& f)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        double d = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec == std::errc() && end == s.data() + s.size() && d >= 0)
            return d;
        f.problem(path, fmt::format("\"{}\" is not a price; expected a number of USD", s));
        return std::nullopt;
    }
    if (!v.is_null())
        f.problem(path, fmt::format("expected a price (a number or a numeric string), found {}", JsonFields::typeName(v)));
    return std::nullopt;
}

// "yrTerm1Standard.partialUpfront" → 1, standard, partial_upfront.
std::optional<ReservedPrice> reservedKey(const std::string& key)
{
    const auto dot = key.find('.');
    if (key.rfind("yrTerm", 0) != 0 || dot == std::string::npos || key.size() < 8)
        return std::nullopt;
    ReservedPrice r;
    if (key[6] == '1')
        r.termYears = 1;
    else if (key[6] == '3')
        r.termYears = 3;
    else
        return std::nullopt;
    const std::string cls = key.substr(7, dot - 7);
    if (cls == "Standard")
        r.offeringClass = "standard";
    else if (cls == "Convertible")
        r.offeringClass = "convertible";
    else
        return std::nullopt;
    const std::string pay = key.substr(dot + 1);
    if (pay == "noUpfront")
        r.payment = "no_upfront";
    else if (pay == "partialUpfront")
        r.payment = "partial_upfront";
    else if (pay == "allUpfront")
        r.payment = "all_upfront";
    else
        return std::nullopt;
    return r;
}

} // namespace

void addEc2InstancesRecord(const nlohmann::json& record, const std::string& path, JsonFields& f, ParsedPrices& out)
{
    ++out.productsSeen;
    if (!record.is_object()) {
        f.problem(path, fmt::format("expected an instance record (an object), found {}", JsonFields::typeName(record)));
        return;
    }
    const auto type = f.string(record, "instance_type", path);
    const nlohmann::json* pricing = f.object(record, "pricing", path, false);
    if (!type || !pricing)
        return;
    for (const auto& [region, platforms] : pricing->items()) {
        const std::string rp = JsonFields::join(JsonFields::join(path, "pricing"), region);
        if (!platforms.is_object()) {
            f.problem(rp, fmt::format("expected an object of platforms, found {}", JsonFields::typeName(platforms)));
            continue;
        }
        const nlohmann::json* linuxPrices = f.object(platforms, "linux", rp, false);
        if (!linuxPrices)
            continue;
        const std::string lp = JsonFields::join(rp, "linux");
        InstancePrice price;
        price.instanceType = *type;
        price.region = region;
        price.os = "linux";
        if (const auto it = linuxPrices->find("ondemand"); it != linuxPrices->end())
            price.onDemandHourly = priceValue(*it, JsonFields::join(lp, "ondemand"), f);
        if (const nlohmann::json* reserved = f.object(*linuxPrices, "reserved", lp, false)) {
            for (const auto& [key, value] : reserved->items()) {
                auto r = reservedKey(key);
                const auto hourly = priceValue(value, JsonFields::join(JsonFields::join(lp, "reserved"), key), f);
                if (!r || !hourly)
                    continue;
                if (*hourly == 0) {
                    ++out.skippedZeroReserved;
                    continue;
                }
                r->hourly = *hourly;
                price.reserved.push_back(*r);
            }
        }
        if (price.onDemandHourly || !price.reserved.empty())
            out.prices.push_back(std::move(price));
    }
}

} // namespace archdesk::core::catalog
