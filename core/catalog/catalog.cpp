#include "core/catalog/catalog.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fmt/format.h>

#include "core/catalog/name_suggestions.h"
#include "core/util/json_fields.h"
#include "core/util/json_file.h"

namespace archdesk::core::catalog {

namespace {

using json = nlohmann::json;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

Error firstProblem(JsonFields& fields)
{
    auto problems = fields.takeProblems();
    Error e = problems.front();
    if (problems.size() > 1)
        e.message += fmt::format(" (and {} more problem(s) in this file)", problems.size() - 1);
    return e;
}

Result<void> readTypes(const std::string& file, std::vector<InstanceType>& out)
{
    auto doc = readJsonFile(file);
    if (!doc)
        return doc.error();
    JsonFields f(file);
    const json* types = f.array(*doc, "types", "");
    if (types) {
        for (std::size_t i = 0; i < types->size(); ++i) {
            const json& t = (*types)[i];
            const std::string path = fmt::format("types[{}]", i);
            InstanceType it;
            it.name = f.string(t, "instance_type", path).value_or("");
            it.family = f.string(t, "family", path).value_or("");
            it.category = f.string(t, "category", path).value_or("");
            it.generation = f.string(t, "generation", path).value_or("");
            it.vcpu = static_cast<int>(f.integerIn(t, "vcpu", path, 1, 100000).value_or(0));
            it.memoryGib = f.numberIn(t, "memory_gib", path, 0, 1e7).value_or(0);
            if (auto g = f.integerIn(t, "gpus", path, 0, 1000, false))
                it.gpus = static_cast<int>(*g);
            it.networkPerformance = f.string(t, "network_performance", path).value_or("");
            it.arch = f.string(t, "arch", path).value_or("");
            it.storage = f.string(t, "storage", path, false).value_or("");
            if (it.generation != "current" && it.generation != "previous")
                f.problem(JsonFields::join(path, "generation"),
                          fmt::format("\"{}\" is not a generation; expected current or previous", it.generation));
            out.push_back(std::move(it));
        }
    }
    if (!f.ok())
        return firstProblem(f);
    return {};
}

Result<void> readFamilies(const std::string& file, std::vector<InstanceFamily>& out)
{
    auto doc = readJsonFile(file);
    if (!doc)
        return doc.error();
    JsonFields f(file);
    if (const json* fams = f.array(*doc, "families", "")) {
        for (std::size_t i = 0; i < fams->size(); ++i) {
            const json& j = (*fams)[i];
            const std::string path = fmt::format("families[{}]", i);
            InstanceFamily fam;
            fam.id = f.string(j, "family", path).value_or("");
            fam.category = f.string(j, "category", path).value_or("");
            fam.generation = f.string(j, "generation", path).value_or("");
            fam.processor = f.string(j, "processor", path).value_or("");
            fam.arch = f.string(j, "arch", path, false).value_or("");
            fam.source = f.string(j, "source", path, false).value_or("");
            out.push_back(std::move(fam));
        }
    }
    if (!f.ok())
        return firstProblem(f);
    return {};
}

Result<void> readExamFamilies(const std::string& file, std::vector<InstanceFamily>& families,
                              std::vector<std::string>& order)
{
    auto doc = readJsonFile(file);
    if (!doc)
        return doc.error();
    JsonFields f(file);
    std::map<std::string, std::string> sources;
    if (const json* s = f.object(*doc, "sources", ""))
        for (const auto& [key, value] : s->items())
            if (auto text = f.string(*s, key, "sources"))
                sources[key] = *text;
    if (const json* fams = f.array(*doc, "families", "")) {
        for (std::size_t i = 0; i < fams->size(); ++i) {
            const json& j = (*fams)[i];
            const std::string path = fmt::format("families[{}]", i);
            const std::string id = f.string(j, "family", path).value_or("");
            auto it = std::find_if(families.begin(), families.end(), [&](const auto& x) { return x.id == id; });
            if (it == families.end()) {
                f.problem(JsonFields::join(path, "family"),
                          fmt::format("\"{}\" is not a family of families.json", id));
                continue;
            }
            InstanceFamily& fam = *it;
            fam.className = f.string(j, "class", path).value_or("");
            fam.processor = f.string(j, "processor", path).value_or(fam.processor);
            fam.clockGhz = f.numberIn(j, "clock_ghz", path, 0.1, 10);
            fam.clockNote = f.string(j, "clock_note", path, false).value_or("");
            fam.characteristics = f.stringArray(j, "characteristics", path).value_or(std::vector<std::string>{});
            fam.useCases = f.stringArray(j, "use_cases", path).value_or(std::vector<std::string>{});
            if (const json* feats = f.object(j, "features", path)) {
                const std::string fp = JsonFields::join(path, "features");
                FeatureRow row;
                row.vpcOnly = f.boolean(*feats, "vpc_only", fp).value_or(false);
                row.ebsOnly = f.boolean(*feats, "ebs_only", fp).value_or(false);
                row.ssdVolumes = f.boolean(*feats, "ssd_volumes", fp).value_or(false);
                row.placementGroup = f.boolean(*feats, "placement_group", fp).value_or(false);
                row.hvmOnly = f.boolean(*feats, "hvm_only", fp).value_or(false);
                row.enhancedNetworking = f.string(*feats, "enhanced_networking", fp).value_or("");
                fam.features = row;
            }
            if (const json* over = f.object(j, "type_overrides", path, false))
                for (const auto& [type, value] : over->items())
                    if (auto en = f.string(value, "enhanced_networking", JsonFields::join(JsonFields::join(path, "type_overrides"), type)))
                        fam.enhancedNetworkingByType[type] = *en;
            for (const std::string& key : f.stringArray(j, "sources", path).value_or(std::vector<std::string>{})) {
                if (const auto s = sources.find(key); s != sources.end())
                    fam.sources.push_back(s->second);
                else
                    f.problem(JsonFields::join(path, "sources"), fmt::format("\"{}\" is not a key of \"sources\"", key));
            }
            order.push_back(id);
        }
    }
    if (!f.ok())
        return firstProblem(f);
    return {};
}

} // namespace

const std::vector<std::string>& Catalog::categories()
{
    static const std::vector<std::string> all = {"general_purpose",   "compute_optimized", "memory_optimized",
                                                 "accelerated_computing", "storage_optimized", "hpc"};
    return all;
}

Result<Catalog> Catalog::load(const std::string& dataDir)
{
    const std::filesystem::path dir = std::filesystem::path(dataDir) / "catalog";
    Catalog c;
    if (auto r = readTypes((dir / "instance_types.json").string(), c.m_types); !r)
        return r.error();
    if (auto r = readFamilies((dir / "families.json").string(), c.m_families); !r)
        return r.error();
    if (auto r = readExamFamilies((dir / "families_2016.json").string(), c.m_families, c.m_examOrder); !r)
        return r.error();
    const std::string typesFile = (dir / "instance_types.json").string();
    for (std::size_t i = 0; i < c.m_families.size(); ++i)
        c.m_familyIndex[c.m_families[i].id] = i;
    for (std::size_t i = 0; i < c.m_types.size(); ++i) {
        const InstanceType& t = c.m_types[i];
        const std::string where = fmt::format("{}: field \"types[{}]", typesFile, i);
        if (!c.m_typeIndex.emplace(lower(t.name), i).second)
            return invalidInput(fmt::format("instance type {} is listed twice", t.name), where + ".instance_type\"");
        if (std::find(categories().begin(), categories().end(), t.category) == categories().end())
            return invalidInput(fmt::format("\"{}\" is not a category", t.category), where + ".category\"");
        if (!c.m_familyIndex.count(t.family))
            return invalidInput(fmt::format("family \"{}\" is not in families.json", t.family), where + ".family\"");
    }
    return c;
}

Result<const InstanceType*> Catalog::find(const std::string& name) const
{
    if (const auto it = m_typeIndex.find(lower(name)); it != m_typeIndex.end())
        return &m_types[it->second];
    std::vector<std::string> names;
    names.reserve(m_types.size());
    for (const auto& t : m_types)
        names.push_back(t.name);
    const auto near = nearestNames(name, names);
    std::string message = fmt::format("unknown instance type \"{}\"", name);
    if (!near.empty()) {
        message += "; did you mean ";
        for (std::size_t i = 0; i < near.size(); ++i)
            message += (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") + near[i];
        message += "?";
    } else {
        message += "; see `archdesk-cli catalog list`";
    }
    return Error{ErrorCode::NotFound, message, {}};
}

const InstanceFamily* Catalog::family(const std::string& id) const
{
    const auto it = m_familyIndex.find(lower(id));
    return it == m_familyIndex.end() ? nullptr : &m_families[it->second];
}

std::vector<const InstanceType*> Catalog::filter(const CatalogFilter& filter) const
{
    const std::string family = lower(filter.family);
    std::vector<const InstanceType*> out;
    for (const auto& t : m_types) {
        if (!family.empty() && t.family != family)
            continue;
        if (!filter.category.empty() && t.category != filter.category)
            continue;
        if (!filter.generation.empty() && t.generation != filter.generation)
            continue;
        out.push_back(&t);
    }
    return out;
}

std::vector<const InstanceFamily*> Catalog::examFamilies() const
{
    std::vector<const InstanceFamily*> out;
    for (const auto& id : m_examOrder)
        out.push_back(family(id));
    return out;
}

} // namespace archdesk::core::catalog
