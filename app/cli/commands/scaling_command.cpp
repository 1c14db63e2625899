// policy eval / simulate: Auto Scaling policies at one metric value, and whole scaling plans over time.

#include <charconv>
#include <fmt/format.h>
#include <fstream>
#include <ostream>

#include "app/cli/cli.h"
#include "core/scaling/policy_evaluation.h"
#include "core/scaling/policy_json.h"
#include "core/scaling/simulation_report.h"
#include "core/scaling/simulator.h"

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

int simulatePlan(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json", "csv"}, status);
    if (!format)
        return status;
    const std::string file = args.positional.at(0);
    const auto plan = loadPlan(file);
    if (!plan)
        return ctx.fail(plan.error());
    const auto result = simulate(*plan);

    if (const auto seriesFile = args.value("--series")) {
        std::ofstream out(*seriesFile, std::ios::binary);
        if (!out)
            return ctx.fail(core::Error{core::ErrorCode::Io, "cannot write the series file", *seriesFile});
        writeSeriesCsv(out, result);
        if (!out.flush())
            return ctx.fail(core::Error{core::ErrorCode::Io, "writing the series file failed", *seriesFile});
    }
    if (*format == "json") {
        writeResultJson(ctx.out, result, *plan, true);
        ctx.out << '\n';
        return kExitOk;
    }
    if (*format == "csv") {
        writeSeriesCsv(ctx.out, result);
        return kExitOk;
    }
    const auto& s = result.summary;
    ctx.out << fmt::format("Plan {}: {:g} h from {} at {} s steps, {} AZ(s), {} polic{}\n\n",
                           plan->name.empty() ? file : plan->name, plan->durationHours, core::formatIso8601(plan->start),
                           plan->stepSeconds, result.azs.size(), plan->policies.size(),
                           plan->policies.size() == 1 ? "y" : "ies");
    printTable(ctx.out, {"summary", "value"},
               {{"max instances", std::to_string(s.maxInstances)},
                {"instance hours", fmt::format("{:.2f}", s.instanceHours)},
                {"  on-demand / spot", fmt::format("{:.2f} / {:.2f}", s.onDemandHours, s.spotHours)},
                {"demand served", fmt::format("{:.3f}%", s.servedPct)},
                {"unserved requests", fmt::format("{:.0f}", s.unservedRequests)},
                {"scaling activities", std::to_string(s.scalingActivities)},
                {"cost (USD)", fmt::format("{:.2f}", s.cost)}});
    ctx.out << "cost: " << s.costMethod << "\n\nActivity history\n";
    std::vector<std::vector<std::string>> rows;
    rows.reserve(result.activities.size());
    for (const auto& a : result.activities)
        rows.push_back({core::formatIso8601(a.time), result.azs[static_cast<std::size_t>(a.az)], activityDescription(a),
                        activityCause(a, *plan, result)});
    printTable(ctx.out, {"time", "az", "description", "cause"}, rows);
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
    commands.push_back({"simulate", "PLAN.json",
                        "Simulate a scaling plan step by step: summary, activity history and series "
                        "(docs/scaling-plan-format.md).",
                        {{"--format", "table|json|csv", "output format (default table; csv prints the series)"},
                         {"--series", "FILE.csv", "also write the per-step series to FILE.csv"}},
                        1,
                        1,
                        simulatePlan});
}

} // namespace archdesk::cli
