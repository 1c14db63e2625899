// prices import / prices show: bring AWS price files into the user's database and read prices back.

#include <chrono>
#include <fmt/format.h>
#include <ostream>

#include "app/cli/cli.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalog_json.h"
#include "core/catalog/price_import.h"
#include "core/catalog/price_lookup.h"
#include "core/util/time.h"

namespace archdesk::cli {

namespace {

int pricesImport(Context& ctx, const Args& args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const std::string date = args.valueOr("--date", "");
    if (!date.empty() && !core::parseIso8601(date + "T00:00:00Z"))
        return ctx.usage(fmt::format("--date {} is not a date; expected YYYY-MM-DD", date));
    auto summary = core::catalog::importPriceFile(args.positional.at(0), **db, {}, now, date);
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out << fmt::format("imported {} instance type/region price(s) with {} reserved price(s) from {} "
                           "({} product(s) read; {} zero-priced reservation(s) skipped)\n"
                           "source: {}\ndate: {}\n",
                           summary->instanceTypes, summary->reservedPrices, args.positional.at(0), summary->products,
                           summary->skippedZeroReserved, summary->source, summary->date);
    return kExitOk;
}

std::string money(double v) { return fmt::format("{:.6f}", v); }

int pricesShow(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json"}, status);
    if (!format)
        return status;
    const std::string os = args.valueOr("--os", "linux");
    if (os != "linux")
        return ctx.usage(fmt::format("--os {} is not supported; only linux prices are imported", os));
    const std::string region = args.valueOr("--region", "us-east-1");
    auto catalog = core::catalog::Catalog::load(ctx.dataDir());
    if (!catalog)
        return ctx.fail(catalog.error());
    const std::string& name = args.positional.at(0);
    // A type only an imported file knows is still looked up; the catalog only helps with typos.
    auto known = catalog->find(name);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto price = core::catalog::lookupPrice(ctx.dataDir(), *db, known ? (*known)->name : name, region, os);
    if (!price) {
        if (!known)
            return ctx.fail(known.error());
        return ctx.fail(price.error());
    }
    if (*format == "json") {
        ctx.out << core::catalog::instancePriceToJson(*price).dump(2) << '\n';
        return kExitOk;
    }
    ctx.out << fmt::format("{} in {} ({}): On-Demand {} per hour\nsource: {} ({})\n", price->instanceType,
                           price->region, price->os,
                           price->onDemandHourly ? fmt::format("${:.6f}", *price->onDemandHourly) : std::string("not listed"),
                           price->source, price->date);
    if (!price->reserved.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const auto& r : price->reserved)
            rows.push_back({fmt::format("{}yr", r.termYears), r.offeringClass, r.payment, fmt::format("{:.2f}", r.upfront),
                            money(r.hourly), money(r.effectiveHourly())});
        if (!price->reservedSource.empty() && price->reservedSource != price->source)
            ctx.out << fmt::format("reserved prices: {} ({})\n", price->reservedSource, price->reservedDate);
        ctx.out << '\n';
        printTable(ctx.out, {"term", "class", "payment", "upfront", "hourly", "effective_hourly"}, rows);
    }
    return kExitOk;
}

} // namespace

void addPricesCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"prices import", "FILE",
                        "Import EC2 Linux prices from an AWS offer file (JSON or CSV) or ec2instances.info "
                        "instances.json into the database, in one transaction.",
                        {{"--date", "YYYY-MM-DD", "date of the prices, for files that do not say it "
                                                 "(instances.json; default: the file's modification date)"}},
                        1, 1, pricesImport});
    commands.push_back({"prices show", "TYPE",
                        "Show the newest On-Demand and Reserved prices of an instance type, with their source and date.",
                        {{"--region", "R", "AWS Region code (default us-east-1)"},
                         {"--os", "linux", "operating system (only linux)"},
                         {"--format", "table|json", "output format (default table)"}},
                        1, 1, pricesShow});
}

} // namespace archdesk::cli
