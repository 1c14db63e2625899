#include "core/billing/hourly_biller.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "core/billing/instance_size.h"

namespace archdesk::core::billing {

std::string savingsPlanKindName(SavingsPlanKind kind)
{
    return kind == SavingsPlanKind::Compute ? "compute" : "ec2_instance";
}

std::string regionOfZone(const std::string& az)
{
    if (az.size() >= 2 && az.back() >= 'a' && az.back() <= 'z' && az[az.size() - 2] >= '0' && az[az.size() - 2] <= '9')
        return az.substr(0, az.size() - 1);
    return az;
}

HourBill& HourBill::operator+=(const HourBill& o)
{
    onDemand += o.onDemand;
    onDemandUnits += o.onDemandUnits;
    reservedFee += o.reservedFee;
    reservedCoveredUnits += o.reservedCoveredUnits;
    reservedCovered += o.reservedCovered;
    savingsPlanUsed += o.savingsPlanUsed;
    savingsPlanUnused += o.savingsPlanUnused;
    savingsPlanCoveredUnits += o.savingsPlanCoveredUnits;
    total += o.total;
    return *this;
}

namespace {

constexpr double kSecondsPerHour = 3600.0;
// Amounts below this are rounding noise, not usage (a millionth of an instance-second).
constexpr double kEpsilon = 1e-9;

} // namespace

Result<HourlyBiller> HourlyBiller::create(const BillSetup& setup, std::vector<UsageKey> keys)
{
    HourlyBiller b;
    b.m_keys = std::move(keys);
    const std::size_t n = b.m_keys.size();
    b.m_info.resize(n);
    b.m_remaining.assign(n, 0.0);
    std::vector<std::string> keyRegion(n), keyFamily(n);
    for (std::size_t i = 0; i < n; ++i) {
        const UsageKey& k = b.m_keys[i];
        const auto price = setup.prices.find(k.instanceType);
        if (price == setup.prices.end())
            return Error{ErrorCode::NotFound,
                         fmt::format("no price for {} in {} ({}); give prices.\"{}\".on_demand_hourly or import a "
                                     "price file with `archdesk-cli prices import FILE`",
                                     k.instanceType, setup.region, operatingSystemName(k.os), k.instanceType),
                         {}};
        b.m_info[i].onDemand = price->second.onDemandHourly;
        b.m_info[i].computeRate = price->second.computeSpHourly.value_or(-1);
        b.m_info[i].ec2Rate = price->second.ec2SpHourly.value_or(-1);
        keyRegion[i] = k.az.empty() ? setup.region : regionOfZone(k.az);
        keyFamily[i] = InstanceSize::parse(k.instanceType).family;
    }

    // Zonal reservations apply before regional ones: they are the more specific match.
    std::vector<const Reservation*> ordered;
    for (const auto& r : setup.reservations)
        if (r.scope == ReservationScope::Zone)
            ordered.push_back(&r);
    for (const auto& r : setup.reservations)
        if (r.scope == ReservationScope::Region)
            ordered.push_back(&r);
    for (const Reservation* r : ordered) {
        b.m_reservedFee += r->count * r->effectiveHourly();
        ReservationPool pool;
        const bool flexible = r->scope == ReservationScope::Region && r->os == OperatingSystem::Linux &&
                              sizeFlexibleFamily(r->instanceType);
        const std::string family = InstanceSize::parse(r->instanceType).family;
        for (std::uint32_t i = 0; i < n; ++i) {
            const UsageKey& k = b.m_keys[i];
            if (k.os != r->os)
                continue;
            if (r->scope == ReservationScope::Zone) {
                if (k.instanceType == r->instanceType && k.az == r->az)
                    pool.keys.push_back(i);
            } else if (keyRegion[i] == r->region) {
                if (flexible ? (keyFamily[i] == family && sizeFlexibleFamily(k.instanceType))
                             : k.instanceType == r->instanceType)
                    pool.keys.push_back(i);
            }
        }
        if (flexible) {
            // Smallest running sizes first.
            std::stable_sort(pool.keys.begin(), pool.keys.end(), [&](std::uint32_t a, std::uint32_t c) {
                return *normalizationFactor(b.m_keys[a].instanceType) < *normalizationFactor(b.m_keys[c].instanceType);
            });
            for (const auto i : pool.keys)
                pool.unitsPerSecond.push_back(*normalizationFactor(b.m_keys[i].instanceType));
            pool.capacity = r->count * *normalizationFactor(r->instanceType) * kSecondsPerHour;
        } else {
            pool.unitsPerSecond.assign(pool.keys.size(), 1.0);
            pool.capacity = r->count * kSecondsPerHour;
        }
        if (!pool.keys.empty())
            b.m_reservationPools.push_back(std::move(pool));
    }

    // EC2 Instance plans before Compute plans.
    std::vector<const SavingsPlan*> plans;
    for (const auto& p : setup.savingsPlans)
        if (p.kind == SavingsPlanKind::Ec2Instance)
            plans.push_back(&p);
    for (const auto& p : setup.savingsPlans)
        if (p.kind == SavingsPlanKind::Compute)
            plans.push_back(&p);
    for (const SavingsPlan* p : plans) {
        b.m_commitment += p->commitmentHourly;
        PlanPool pool;
        pool.commitment = p->commitmentHourly;
        const bool ec2 = p->kind == SavingsPlanKind::Ec2Instance;
        for (std::uint32_t i = 0; i < n; ++i) {
            if (ec2 && (keyFamily[i] != p->family || keyRegion[i] != p->region))
                continue;
            const double rate = ec2 ? b.m_info[i].ec2Rate : b.m_info[i].computeRate;
            if (rate < 0)
                return Error{ErrorCode::NotFound,
                             fmt::format("no {} Savings Plan rate for {}; give prices.\"{}\".{}", savingsPlanKindName(p->kind),
                                         b.m_keys[i].instanceType, b.m_keys[i].instanceType,
                                         ec2 ? "ec2_sp_hourly" : "compute_sp_hourly"),
                             {}};
            pool.keys.push_back(i);
        }
        const auto savings = [&](std::uint32_t i) {
            const double rate = ec2 ? b.m_info[i].ec2Rate : b.m_info[i].computeRate;
            return b.m_info[i].onDemand > 0 ? 1.0 - rate / b.m_info[i].onDemand : 0.0;
        };
        std::stable_sort(pool.keys.begin(), pool.keys.end(), [&](std::uint32_t a, std::uint32_t c) {
            const double sa = savings(a), sc = savings(c);
            if (std::abs(sa - sc) > 1e-12)
                return sa > sc;
            return (ec2 ? b.m_info[a].ec2Rate : b.m_info[a].computeRate) <
                   (ec2 ? b.m_info[c].ec2Rate : b.m_info[c].computeRate);
        });
        for (const auto i : pool.keys)
            pool.rates.push_back(ec2 ? b.m_info[i].ec2Rate : b.m_info[i].computeRate);
        b.m_planPools.push_back(std::move(pool));
    }
    return b;
}

HourBill HourlyBiller::billHour(std::span<const KeyedUsage> usage)
{
    for (const auto& u : usage) {
        if (u.instanceSeconds <= 0)
            continue;
        if (m_remaining[u.key] == 0)
            m_touched.push_back(u.key);
        m_remaining[u.key] += u.instanceSeconds;
    }

    HourBill h;
    h.reservedFee = m_reservedFee;
    if (!m_touched.empty()) {
        for (const auto& pool : m_reservationPools) {
            double capacity = pool.capacity;
            for (std::size_t j = 0; j < pool.keys.size() && capacity > kEpsilon; ++j) {
                const std::uint32_t k = pool.keys[j];
                double& left = m_remaining[k];
                if (left <= kEpsilon)
                    continue;
                const double seconds = std::min(left, capacity / pool.unitsPerSecond[j]);
                left -= seconds;
                capacity -= seconds * pool.unitsPerSecond[j];
                h.reservedCoveredUnits += seconds / kSecondsPerHour;
                h.reservedCovered += seconds / kSecondsPerHour * m_info[k].onDemand;
            }
        }
    }
    for (const auto& pool : m_planPools) {
        double commitment = pool.commitment;
        if (!m_touched.empty()) {
            for (std::size_t j = 0; j < pool.keys.size() && commitment > kEpsilon; ++j) {
                const std::uint32_t k = pool.keys[j];
                double& left = m_remaining[k];
                if (left <= kEpsilon)
                    continue;
                const double rate = pool.rates[j];
                const double cost = left / kSecondsPerHour * rate;
                if (cost <= commitment) {
                    commitment -= cost;
                    h.savingsPlanCoveredUnits += left / kSecondsPerHour;
                    left = 0;
                } else {
                    const double seconds = commitment / rate * kSecondsPerHour;
                    left -= seconds;
                    h.savingsPlanCoveredUnits += seconds / kSecondsPerHour;
                    commitment = 0;
                }
            }
        }
        h.savingsPlanUsed += pool.commitment - commitment;
        h.savingsPlanUnused += commitment;
    }
    for (const auto k : m_touched) {
        const double left = m_remaining[k];
        if (left > kEpsilon) {
            h.onDemandUnits += left / kSecondsPerHour;
            h.onDemand += left / kSecondsPerHour * m_info[k].onDemand;
        }
        m_remaining[k] = 0;
    }
    m_touched.clear();
    h.total = h.onDemand + h.reservedFee + m_commitment;
    return h;
}

Bill HourlyBiller::billHours(const std::vector<std::vector<KeyedUsage>>& hours)
{
    Bill bill;
    bill.hours.reserve(hours.size());
    for (const auto& hour : hours) {
        bill.hours.push_back(billHour(hour));
        bill.totals += bill.hours.back();
    }
    return bill;
}

namespace {

// A usage key seen through views of the lines' own strings: interning allocates nothing per line.
struct KeyView
{
    std::string_view type;
    OperatingSystem os;
    std::string_view az;
    bool operator==(const KeyView&) const = default;
};

struct KeyViewHash
{
    std::size_t operator()(const KeyView& k) const
    {
        const std::size_t a = std::hash<std::string_view>{}(k.type);
        const std::size_t b = std::hash<std::string_view>{}(k.az);
        return a ^ (b * 0x9E3779B97F4A7C15ull) ^ static_cast<std::size_t>(k.os);
    }
};

} // namespace

Result<Bill> billUsage(const BillSetup& setup, const std::vector<std::vector<UsageLine>>& hours)
{
    std::unordered_map<KeyView, std::uint32_t, KeyViewHash> index;
    std::vector<UsageKey> keys;
    // One flat array of keyed usage with per-hour offsets: no allocation per hour.
    std::vector<KeyedUsage> keyed;
    std::vector<std::size_t> offsets{0};
    offsets.reserve(hours.size() + 1);
    // Usage files and simulators repeat the same line layout hour after hour, so the key at the same
    // position in the previous hour is tried before the hash table.
    std::vector<std::uint32_t> previous;
    for (const auto& hour : hours) {
        if (previous.size() < hour.size())
            previous.resize(hour.size(), UINT32_MAX);
        for (std::size_t l = 0; l < hour.size(); ++l) {
            const UsageLine& line = hour[l];
            std::uint32_t key = previous[l];
            if (key == UINT32_MAX || keys[key].instanceType != line.instanceType || keys[key].os != line.os ||
                keys[key].az != line.az) {
                const auto [it, added] = index.try_emplace(KeyView{line.instanceType, line.os, line.az},
                                                           static_cast<std::uint32_t>(keys.size()));
                if (added)
                    keys.push_back({line.instanceType, line.os, line.az});
                key = it->second;
                previous[l] = key;
            }
            keyed.push_back({key, line.billedInstanceSeconds()});
        }
        offsets.push_back(keyed.size());
    }
    auto biller = HourlyBiller::create(setup, std::move(keys));
    if (!biller)
        return biller.error();
    Bill bill;
    bill.hours.reserve(hours.size());
    for (std::size_t h = 0; h < hours.size(); ++h) {
        bill.hours.push_back(biller->billHour(
            std::span<const KeyedUsage>(keyed.data() + offsets[h], offsets[h + 1] - offsets[h])));
        bill.totals += bill.hours.back();
    }
    return bill;
}

Result<Bill> billFleetHours(const BillSetup& setup, const std::vector<std::vector<FleetUsage>>& hours)
{
    std::vector<std::vector<UsageLine>> lines(hours.size());
    for (std::size_t h = 0; h < hours.size(); ++h)
        for (const auto& f : hours[h])
            lines[h].push_back({f.instanceType, f.os, f.az, f.instanceHours, 3600, false});
    return billUsage(setup, lines);
}

} // namespace archdesk::core::billing
