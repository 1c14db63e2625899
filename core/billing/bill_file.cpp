#include "core/billing/bill_file.h"

#include <fmt/format.h>
#include <set>

#include "core/util/json_fields.h"
#include "core/util/json_file.h"

namespace archdesk::core::billing {

using nlohmann::json;

namespace {

constexpr double kMaxMoney = 1e9;
constexpr double kMaxCount = 1e9;

std::optional<OperatingSystem> osField(JsonFields& f, const json& o, const std::string& path)
{
    const auto v = f.string(o, "os", path, false);
    if (!v)
        return o.is_object() && o.contains("os") ? std::nullopt : std::optional(OperatingSystem::Linux);
    if (auto os = parseOperatingSystem(*v))
        return os;
    f.problem(JsonFields::join(path, "os"), fmt::format("\"{}\" is not known; expected {}", *v, operatingSystemChoices()));
    return std::nullopt;
}

void parseCommitment(JsonFields& f, const json& c, const std::string& path, BillFile& bill)
{
    const auto kind = f.string(c, "kind", path);
    if (!kind)
        return;
    if (*kind == "reserved") {
        Reservation r;
        const auto type = f.string(c, "instance_type", path);
        const auto os = osField(f, c, path);
        const auto scope = f.string(c, "scope", path, false);
        if (scope && *scope != "region" && *scope != "zone")
            f.problem(JsonFields::join(path, "scope"), fmt::format("\"{}\" is not known; expected \"region\" or \"zone\"", *scope));
        r.scope = scope && *scope == "zone" ? ReservationScope::Zone : ReservationScope::Region;
        const auto az = f.string(c, "az", path, r.scope == ReservationScope::Zone);
        const auto region = f.string(c, "region", path, false);
        const auto count = f.numberIn(c, "count", path, 0, kMaxCount, false);
        const auto years = f.integer(c, "term_years", path, false);
        if (years && *years != 1 && *years != 3)
            f.problem(JsonFields::join(path, "term_years"), fmt::format("{} is not a term AWS sells; expected 1 or 3", *years));
        const auto upfront = f.numberIn(c, "upfront", path, 0, kMaxMoney, false);
        const auto hourly = f.numberIn(c, "hourly", path, 0, kMaxMoney, false);
        if (!type || !os)
            return;
        r.instanceType = *type;
        r.os = *os;
        r.az = az.value_or("");
        r.region = region ? *region : !r.az.empty() ? regionOfZone(r.az) : bill.setup.region;
        r.count = count.value_or(1);
        r.termYears = years && *years == 3 ? 3 : 1;
        r.upfront = upfront.value_or(0);
        r.hourly = hourly.value_or(0);
        bill.setup.reservations.push_back(r);
    } else if (*kind == "savings_plan") {
        SavingsPlan p;
        const auto plan = f.string(c, "plan", path);
        if (plan && *plan != "compute" && *plan != "ec2_instance") {
            f.problem(JsonFields::join(path, "plan"), fmt::format("\"{}\" is not known; expected \"compute\" or \"ec2_instance\"", *plan));
            return;
        }
        p.kind = plan && *plan == "ec2_instance" ? SavingsPlanKind::Ec2Instance : SavingsPlanKind::Compute;
        const auto family = f.string(c, "family", path, p.kind == SavingsPlanKind::Ec2Instance);
        const auto region = f.string(c, "region", path, false);
        const auto commitment = f.numberIn(c, "commitment_hourly", path, 0, kMaxMoney);
        if (!plan || !commitment)
            return;
        p.family = family.value_or("");
        p.region = region.value_or(bill.setup.region);
        p.commitmentHourly = *commitment;
        bill.setup.savingsPlans.push_back(p);
    } else {
        f.problem(JsonFields::join(path, "kind"), fmt::format("\"{}\" is not known; expected \"reserved\" or \"savings_plan\"", *kind));
    }
}

} // namespace

BillFileParse parseBillFile(const json& doc, const std::string& file)
{
    BillFileParse result;
    BillFile& bill = result.bill;
    JsonFields f(file);
    if (!doc.is_object()) {
        f.problemAt(file, fmt::format("expected a usage object, found {}", JsonFields::typeName(doc)));
        result.problems = f.takeProblems();
        return result;
    }
    if (auto region = f.string(doc, "region", ""))
        bill.setup.region = *region;
    if (auto start = f.string(doc, "start", "", false)) {
        auto t = parseIso8601(*start);
        if (t)
            bill.start = *t;
        else
            f.problem("start", fmt::format("\"{}\" is not an ISO 8601 time; expected e.g. \"2026-01-05T08:00:00Z\"", *start));
    }
    if (const json* prices = f.object(doc, "prices", "", false)) {
        for (const auto& [type, p] : prices->items()) {
            const std::string path = fmt::format("prices.{}", type);
            TypePrice tp;
            const auto odPrice = f.numberIn(p, "on_demand_hourly", path, 0, kMaxMoney);
            tp.computeSpHourly = f.numberIn(p, "compute_sp_hourly", path, 0, kMaxMoney, false);
            tp.ec2SpHourly = f.numberIn(p, "ec2_sp_hourly", path, 0, kMaxMoney, false);
            if (odPrice) {
                tp.onDemandHourly = *odPrice;
                bill.setup.prices[type] = tp;
            }
        }
    }
    if (const json* commitments = f.array(doc, "commitments", "", false))
        for (std::size_t i = 0; i < commitments->size(); ++i)
            parseCommitment(f, (*commitments)[i], fmt::format("commitments[{}]", i), bill);
    if (const json* hours = f.array(doc, "hours", "")) {
        bill.hours.resize(hours->size());
        for (std::size_t h = 0; h < hours->size(); ++h) {
            const json& hour = (*hours)[h];
            const std::string hp = fmt::format("hours[{}]", h);
            if (!hour.is_array()) {
                f.problem(hp, fmt::format("expected an array of usage lines, found {}", JsonFields::typeName(hour)));
                continue;
            }
            for (std::size_t i = 0; i < hour.size(); ++i) {
                const json& l = hour[i];
                const std::string lp = fmt::format("{}[{}]", hp, i);
                UsageLine line;
                const auto type = f.string(l, "instance_type", lp);
                const auto os = osField(f, l, lp);
                const auto az = f.string(l, "az", lp, false);
                const auto count = f.numberIn(l, "count", lp, 0, kMaxCount, false);
                const auto seconds = f.numberIn(l, "seconds", lp, 0, 3600, false);
                const auto started = f.boolean(l, "started", lp, false);
                if (!type || !os)
                    continue;
                line.instanceType = *type;
                line.os = *os;
                line.az = az.value_or("");
                line.count = count.value_or(1);
                line.seconds = seconds.value_or(3600);
                line.started = started.value_or(false);
                bill.hours[h].push_back(line);
            }
        }
    }
    result.problems = f.takeProblems();
    return result;
}

BillFileParse readBillFile(const std::string& path)
{
    auto doc = readJsonFile(path);
    if (!doc) {
        BillFileParse r;
        r.problems.push_back(doc.error());
        return r;
    }
    return parseBillFile(*doc, path);
}

Result<void> completeBillPrices(BillFile& bill, const TypePriceLookup& lookup, const std::string& file)
{
    std::set<std::pair<std::string, OperatingSystem>> needed;
    for (const auto& hour : bill.hours)
        for (const auto& line : hour)
            if (!bill.setup.prices.count(line.instanceType))
                needed.insert({line.instanceType, line.os});
    for (const auto& [type, os] : needed) {
        if (bill.setup.prices.count(type))
            continue;
        const std::string where = fmt::format("{}: field \"prices.{}\"", file, type);
        Result<catalog::InstancePrice> found =
            lookup ? lookup(type, bill.setup.region, os)
                   : Result<catalog::InstancePrice>(Error{ErrorCode::NotFound, "", {}});
        if (!found || !found->onDemandHourly)
            return Error{ErrorCode::NotFound,
                         found ? fmt::format("no On-Demand price for {} in {}; import a price file with `archdesk-cli "
                                             "prices import FILE` or give prices.{}.on_demand_hourly",
                                             type, bill.setup.region, type)
                               : (found.error().message.empty()
                                      ? fmt::format("no price for {} in {}; import a price file with `archdesk-cli "
                                                    "prices import FILE` or give prices.{}.on_demand_hourly",
                                                    type, bill.setup.region, type)
                                      : found.error().message),
                         where};
        TypePrice tp;
        tp.onDemandHourly = *found->onDemandHourly;
        bill.setup.prices[type] = tp;
    }
    return {};
}

} // namespace archdesk::core::billing
