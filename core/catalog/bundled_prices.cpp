#include "core/catalog/bundled_prices.h"

#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <mutex>

#include "core/util/json_fields.h"
#include "core/util/json_file.h"

namespace archdesk::core::catalog {

namespace {

Result<std::vector<InstancePrice>> readBundled(const std::string& file)
{
    auto doc = readJsonFile(file);
    if (!doc)
        return doc.error();
    JsonFields f(file);
    std::vector<InstancePrice> out;
    if (const auto* snaps = f.array(*doc, "snapshots", "")) {
        for (std::size_t s = 0; s < snaps->size(); ++s) {
            const auto& snap = (*snaps)[s];
            const std::string sp = fmt::format("snapshots[{}]", s);
            const std::string source = f.string(snap, "source", sp).value_or("");
            const std::string date = f.string(snap, "date", sp).value_or("");
            const std::string region = f.string(snap, "region", sp).value_or("");
            const std::string os = f.string(snap, "os", sp).value_or("");
            const auto* prices = f.array(snap, "prices", sp);
            if (!prices)
                continue;
            for (std::size_t i = 0; i < prices->size(); ++i) {
                const auto& p = (*prices)[i];
                const std::string pp = fmt::format("{}.prices[{}]", sp, i);
                InstancePrice price;
                price.instanceType = f.string(p, "instance_type", pp).value_or("");
                price.region = region;
                price.os = os;
                price.source = source;
                price.date = date;
                price.onDemandHourly = f.numberIn(p, "on_demand_hourly", pp, 0, 1e6);
                if (const auto* reserved = f.array(p, "reserved", pp, false)) {
                    for (std::size_t k = 0; k < reserved->size(); ++k) {
                        const auto& r = (*reserved)[k];
                        const std::string rp = fmt::format("{}.reserved[{}]", pp, k);
                        ReservedPrice rp2;
                        rp2.termYears = static_cast<int>(f.integerIn(r, "term_years", rp, 1, 3).value_or(1));
                        rp2.offeringClass = f.string(r, "class", rp).value_or("");
                        rp2.payment = f.string(r, "payment", rp).value_or("");
                        rp2.upfront = f.numberIn(r, "upfront", rp, 0, 1e9).value_or(0);
                        rp2.hourly = f.numberIn(r, "hourly", rp, 0, 1e6).value_or(0);
                        price.reserved.push_back(rp2);
                    }
                }
                out.push_back(std::move(price));
            }
        }
    }
    if (!f.ok())
        return f.problems().front();
    return out;
}

} // namespace

Result<const std::vector<InstancePrice>*> bundledPrices(const std::string& dataDir)
{
    static std::mutex mutex;
    static std::map<std::string, std::vector<InstancePrice>> cache;
    const std::string file = (std::filesystem::path(dataDir) / "catalog" / "prices.json").string();
    std::lock_guard lock(mutex);
    if (const auto it = cache.find(file); it != cache.end())
        return &it->second; // map nodes stay put: no copy of the list per lookup
    auto read = readBundled(file);
    if (!read)
        return read.error();
    return &(cache[file] = std::move(*read));
}

} // namespace archdesk::core::catalog
