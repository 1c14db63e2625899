// policy eval / simulate: Auto Scaling policies at one metric value, and whole scaling plans over time.

#include <charconv>
#include <fmt/format.h>
#include <ostream>

#include "app/cli/cli.h"
#include "core/scaling/policy_evaluation.h"
#include "core/scaling/policy_json.h"

namespace archdesk::cli {

namespace {

using namespace core::scaling;

// Parses an option's number; on failure prints a usage error naming the option.
template <typename T>
std::optional<T> numberOption(Context& ctx, const Args& args, const std::string& name, int& status)
{
    const auto text = args.value(name);
    if (!text)
        return std::nullopt;
    T v{};
    const auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || ptr != text->data() + text->size()) {
        status = ctx.usage(fmt::format("{} {} is not a number", name, *text));
        return std::nullopt;
    }
    return v;
}

std::string signedInt(int v) { return v > 0 ? fmt::format("+{}", v) : std::to_string(v); }

int policyEval(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json"}, status);
    if (!format)
        return status;
    if (!args.has("--capacity") || !args.has("--metric"))
        return ctx.usage("policy eval needs --capacity N and --metric X");
    GroupView g;
    const auto capacity = numberOption<int>(ctx, args, "--capacity", status);
    const auto metric = numberOption<double>(ctx, args, "--metric", status);
    const auto minSize = numberOption<int>(ctx, args, "--min", status);
    const auto maxSize = numberOption<int>(ctx, args, "--max", status);
    const auto warming = numberOption<int>(ctx, args, "--warming", status);
    if (status != kExitOk)
        return status;
    g.capacity = *capacity;
    g.minSize = minSize.value_or(0);
    g.maxSize = maxSize.value_or(1000000);
    g.warming = warming.value_or(0);
    if (g.capacity < 0 || g.warming < 0 || g.minSize < 0)
        return ctx.usage("--capacity, --min and --warming cannot be negative");
    if (g.warming > g.capacity)
        return ctx.usage(fmt::format("--warming {} is more than --capacity {}", g.warming, g.capacity));
    if (g.minSize > g.maxSize)
        return ctx.usage(fmt::format("--min {} is above --max {}", g.minSize, g.maxSize));

    const auto policies = loadPolicies(args.positional.at(0));
    if (!policies)
        return ctx.fail(policies.error());
    const auto c = evaluatePolicies(*policies, g, *metric);

    if (*format == "json") {
        nlohmann::json j;
        j["desired"] = c.desired;
        j["change"] = c.change;
        j["raw_change"] = c.rawChange;
        j["policy"] = c.policy ? nlohmann::json(*c.policy) : nlohmann::json(nullptr);
        nlohmann::json each = nlohmann::json::array();
        for (std::size_t i = 0; i < policies->size(); ++i) {
            const auto& o = c.outcomes[i];
            each.push_back({{"index", i},
                            {"name", (*policies)[i].name},
                            {"type", policyTypeName((*policies)[i].type)},
                            {"fired", o.fired},
                            {"desired", o.desired},
                            {"change", o.change},
                            {"raw_change", o.rawChange},
                            {"note", o.note}});
        }
        j["policies"] = each;
        ctx.out << j.dump(2) << '\n';
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < policies->size(); ++i) {
        const auto& o = c.outcomes[i];
        rows.push_back({std::to_string(i), (*policies)[i].name, policyTypeName((*policies)[i].type),
                        o.fired ? "yes" : "no", fmt::format("{:g}", o.rawChange), signedInt(o.change),
                        std::to_string(o.desired), c.policy == i ? "winner" : o.note});
    }
    printTable(ctx.out, {"#", "policy", "type", "fired", "raw_change", "change", "desired", "note"}, rows);
    ctx.out << fmt::format("\nDesired capacity: {} → {} ({})", g.capacity, c.desired, signedInt(c.change));
    if (c.policy)
        ctx.out << fmt::format(", by policy {} ({})", *c.policy, (*policies)[*c.policy].name);
    else
        ctx.out << ", no policy acts";
    ctx.out << '\n';
    return kExitOk;
}

} // namespace

void addScalingCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"policy eval", "POLICY.json",
                        "New desired capacity from one policy or several (the largest capacity wins) at a metric "
                        "value.",
                        {{"--capacity", "N", "current desired capacity (required)"},
                         {"--metric", "X", "the metric value the alarms see (required)"},
                         {"--min", "N", "group minimum (default 0)"},
                         {"--max", "N", "group maximum (default unlimited)"},
                         {"--warming", "N", "instances of --capacity still in warm-up (default 0)"},
                         {"--format", "table|json", "output format (default table)"}},
                        1,
                        1,
                        policyEval});
}

} // namespace archdesk::cli
