#include "core/catalog/price_import.h"

#include <cstdio>
#include <filesystem>
#include <fmt/format.h>

#include "core/catalog/offer_csv_reader.h"
#include "core/catalog/offer_json_reader.h"
#include "core/catalog/price_store.h"
#include "core/store/database.h"

namespace archdesk::core::catalog {

Result<ParsedPrices> readPriceFile(const std::string& path, const ImportProgress& progress)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Error{ErrorCode::NotFound, "cannot open the file (missing or not a file)", path};
    // The first significant byte tells the format: JSON starts with { or [, the CSV offer file with a quote.
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return Error{ErrorCode::NotFound, "cannot open the file (missing or unreadable)", path};
    int c = 0;
    std::uint64_t offset = 0;
    unsigned char bom[3] = {0, 0, 0};
    const std::size_t got = std::fread(bom, 1, 3, f);
    if (!(got == 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF))
        std::fseek(f, 0, SEEK_SET);
    else
        offset = 3;
    while ((c = std::fgetc(f)) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n'))
        ++offset;
    std::fclose(f);
    if (c == EOF)
        return invalidInput("the file is empty; expected an AWS offer file (JSON or CSV) or an instances.json",
                            fmt::format("{}: byte {}", path, offset));
    if (c == '{' || c == '[')
        return readJsonPriceFile(path, progress);
    if (c == '"')
        return readCsvPriceFile(path, progress);
    return invalidInput(fmt::format("not a price file: it starts with '{}'; expected an AWS offer file (JSON or CSV) "
                                    "or an ec2instances.info instances.json",
                                    static_cast<char>(c)),
                        fmt::format("{}: byte {}", path, offset));
}

Result<ImportSummary> importPriceFile(const std::string& path, store::Database& db, const ImportProgress& progress,
                                      std::int64_t nowMs, const std::string& dateOverride)
{
    auto parsed = readPriceFile(path, progress);
    if (!parsed)
        return parsed.error();
    if (!dateOverride.empty() && parsed->format == "ec2instances-json") {
        parsed->source.replace(parsed->source.find(", file dated "), std::string(", file dated ").size() + 10,
                               ", prices of " + dateOverride);
        parsed->date = dateOverride;
    }
    if (parsed->date.empty())
        return invalidInput("the file does not say the date of its prices (no publication date or version)", path);
    ImportSummary summary;
    summary.format = parsed->format;
    summary.source = parsed->source;
    summary.date = parsed->date;
    summary.products = parsed->productsSeen;
    summary.instanceTypes = parsed->prices.size();
    summary.skippedZeroReserved = parsed->skippedZeroReserved;
    for (const auto& p : parsed->prices)
        summary.reservedPrices += p.reserved.size();
    const std::string file = std::filesystem::absolute(path).string();
    auto r = db.transaction([&]() -> Result<void> {
        auto id = storePrices(db, *parsed, file, nowMs, progress);
        if (!id)
            return id.error();
        summary.importId = *id;
        return {};
    });
    if (!r)
        return r.error();
    return summary;
}

} // namespace archdesk::core::catalog
