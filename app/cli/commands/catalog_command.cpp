// catalog list / catalog show: browse the bundled EC2 instance types and families.

#include <fmt/format.h>
#include <ostream>

#include "app/cli/cli.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalog_json.h"

namespace archdesk::cli {

namespace {

using core::catalog::Catalog;

std::string number(double v) { return fmt::format("{:g}", v); }

int catalogList(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json", "csv"}, status);
    if (!format)
        return status;
    core::catalog::CatalogFilter filter;
    filter.family = args.valueOr("--family", "");
    filter.category = args.valueOr("--category", "");
    filter.generation = args.valueOr("--generation", "");
    if (!filter.generation.empty() && filter.generation != "current" && filter.generation != "previous")
        return ctx.usage(fmt::format("--generation {} is not supported; expected previous|current", filter.generation));
    if (!filter.category.empty()) {
        const auto& all = Catalog::categories();
        if (std::find(all.begin(), all.end(), filter.category) == all.end()) {
            std::string list;
            for (const auto& c : all)
                list += (list.empty() ? "" : "|") + c;
            return ctx.usage(fmt::format("--category {} is not a category; expected {}", filter.category, list));
        }
    }
    auto catalog = Catalog::load(ctx.dataDir());
    if (!catalog)
        return ctx.fail(catalog.error());
    if (!filter.family.empty() && !catalog->family(filter.family))
        return ctx.fail(core::Error{core::ErrorCode::NotFound,
                                    fmt::format("unknown instance family \"{}\"", filter.family), {}});
    const auto types = catalog->filter(filter);
    if (*format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto* t : types)
            out.push_back(core::catalog::instanceTypeToJson(*t, catalog->family(t->family)));
        ctx.out << out.dump(2) << '\n';
        return kExitOk;
    }
    const std::vector<std::string> headers = {"instance_type", "family", "category", "generation",
                                              "vcpu", "memory_gib", "network_performance"};
    std::vector<std::vector<std::string>> rows;
    for (const auto* t : types)
        rows.push_back({t->name, t->family, t->category, t->generation, std::to_string(t->vcpu), number(t->memoryGib),
                        t->networkPerformance});
    if (*format == "csv") {
        printCsvRow(ctx.out, headers);
        for (const auto& r : rows)
            printCsvRow(ctx.out, r);
        return kExitOk;
    }
    printTable(ctx.out, headers, rows);
    ctx.out << fmt::format("{} instance type(s)\n", rows.size());
    return kExitOk;
}

std::string yesNo(bool b) { return b ? "yes" : "no"; }

int catalogShow(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json"}, status);
    if (!format)
        return status;
    auto catalog = Catalog::load(ctx.dataDir());
    if (!catalog)
        return ctx.fail(catalog.error());
    auto type = catalog->find(args.positional.at(0));
    if (!type)
        return ctx.fail(type.error());
    const auto& t = **type;
    const auto* family = catalog->family(t.family);
    if (*format == "json") {
        ctx.out << core::catalog::instanceTypeToJson(t, family).dump(2) << '\n';
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows = {
        {"instance type", t.name},
        {"family", t.family},
        {"category", t.category},
        {"generation", t.generation},
        {"vCPU", std::to_string(t.vcpu)},
        {"memory (GiB)", number(t.memoryGib)},
        {"processor", family ? family->processor : ""},
        {"network", t.networkPerformance},
    };
    if (family && family->clockGhz)
        rows.push_back({"clock", family->clockNote.empty() ? number(*family->clockGhz) + " GHz" : family->clockNote});
    if (t.gpus && *t.gpus > 0)
        rows.push_back({"GPUs", std::to_string(*t.gpus)});
    if (!t.storage.empty())
        rows.push_back({"storage", t.storage});
    if (family && !family->className.empty())
        rows.push_back({"class", family->className});
    if (const auto row = family ? family->featuresFor(t.name) : std::nullopt) {
        rows.push_back({"VPC only", yesNo(row->vpcOnly)});
        rows.push_back({"EBS only", yesNo(row->ebsOnly)});
        rows.push_back({"SSD volumes", yesNo(row->ssdVolumes)});
        rows.push_back({"placement group", yesNo(row->placementGroup)});
        rows.push_back({"HVM only", yesNo(row->hvmOnly)});
        rows.push_back({"enhanced networking", row->enhancedNetworking.empty() ? "no" : row->enhancedNetworking});
    }
    printTable(ctx.out, {"field", "value"}, rows);
    if (family && family->isExamFamily()) {
        ctx.out << "\nCharacteristics:\n";
        for (const auto& c : family->characteristics)
            ctx.out << "  - " << c << '\n';
        ctx.out << "Use cases:\n";
        for (const auto& u : family->useCases)
            ctx.out << "  - " << u << '\n';
    }
    return kExitOk;
}

} // namespace

void addCatalogCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"catalog list", "", "List EC2 instance types of the bundled catalog, optionally filtered.",
                        {{"--family", "F", "only this family (e.g. m4)"},
                         {"--category", "C", "general_purpose, compute_optimized, memory_optimized, "
                                             "accelerated_computing, storage_optimized or hpc"},
                         {"--generation", "previous|current", "only this generation"},
                         {"--format", "table|json|csv", "output format (default table)"}},
                        0, 0, catalogList});
    commands.push_back({"catalog show", "TYPE", "Show one instance type: specs, processor, family and feature row.",
                        {{"--format", "table|json", "output format (default table)"}}, 1, 1, catalogShow});
}

} // namespace archdesk::cli
