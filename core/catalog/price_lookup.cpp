#include "core/catalog/price_lookup.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "core/catalog/bundled_prices.h"
#include "core/catalog/price_store.h"
#include "core/store/database.h"

namespace archdesk::core::catalog {

Result<InstancePrice> lookupPrice(const std::string& dataDir, store::Database* db, const std::string& instanceTypeIn,
                                  const std::string& regionIn, const std::string& osIn)
{
    const auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    const std::string instanceType = lower(instanceTypeIn), region = lower(regionIn), os = lower(osIn);
    // Candidates newest first; on the same date the user's import comes before the bundled snapshot.
    std::vector<InstancePrice> candidates;
    if (db) {
        auto stored = storedPrices(*db, instanceType, region, os);
        if (!stored)
            return stored.error();
        candidates = std::move(*stored);
    }
    if (!dataDir.empty()) {
        auto bundled = bundledPrices(dataDir);
        if (!bundled)
            return bundled.error();
        for (const auto& p : **bundled)
            if (p.instanceType == instanceType && p.region == region && p.os == os)
                candidates.push_back(p);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const InstancePrice& a, const InstancePrice& b) { return a.date > b.date; });
    // The newest source wins for each kind of price: a newer file without reservations (the bundled
    // On-Demand snapshot) does not hide the reservations of an older one; both sources are named.
    const InstancePrice* onDemand = nullptr;
    const InstancePrice* reserved = nullptr;
    for (const auto& c : candidates) {
        if (!onDemand && c.onDemandHourly)
            onDemand = &c;
        if (!reserved && !c.reserved.empty())
            reserved = &c;
    }
    std::optional<InstancePrice> best;
    if (onDemand || reserved) {
        best = onDemand ? *onDemand : *reserved;
        if (reserved) {
            best->reserved = reserved->reserved;
            best->reservedSource = reserved->source;
            best->reservedDate = reserved->date;
        }
    }
    if (best)
        return *best;
    return Error{ErrorCode::NotFound,
                 fmt::format("no price for {} in {} ({}); import a price file with `archdesk-cli prices import FILE` "
                             "or give the price in the plan",
                             instanceTypeIn, regionIn, osIn),
                 {}};
}

} // namespace archdesk::core::catalog
