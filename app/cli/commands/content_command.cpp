// content check / content stats: validate and count the bundled study content.

#include <fmt/format.h>
#include <ostream>

#include "app/cli/cli.h"
#include "core/content/content_stats.h"

namespace archdesk::cli {

namespace {

int contentCheck(Context& ctx, const Args&)
{
    const auto& report = ctx.content();
    for (const auto& problem : report.problems)
        ctx.err << "archdesk-cli: " << problem.describe() << '\n';
    if (!report.ok()) {
        ctx.err << fmt::format("archdesk-cli: {} problem(s) in {}\n", report.problems.size(), ctx.dataDir());
        return kExitInvalidInput;
    }
    const auto& c = report.content;
    ctx.out << fmt::format("content {} is valid: {} blueprints, {} questions, {} cards ({})\n",
                           c.manifest.contentVersion, c.blueprints.size(), c.questions.size(), c.cards.size(),
                           ctx.dataDir());
    return kExitOk;
}

int contentStats(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json"}, status);
    if (!format)
        return status;
    const auto& report = ctx.content();
    if (!report.ok()) {
        for (const auto& problem : report.problems)
            ctx.err << "archdesk-cli: " << problem.describe() << '\n';
        return kExitInvalidInput;
    }
    const auto& content = report.content;
    const auto stats = core::content::computeStats(content);
    if (*format == "json") {
        ctx.out << core::content::statsToJson(content, stats).dump(2) << '\n';
        return kExitOk;
    }
    ctx.out << fmt::format("Content {}: {} questions, {} cards\n\n", content.manifest.contentVersion, stats.questions,
                           stats.cards);
    for (const auto& b : content.blueprints) {
        ctx.out << fmt::format("{} — {} ({} questions, {} minutes)\n", b.id, b.name, b.questions, b.minutes);
        std::vector<std::vector<std::string>> rows;
        for (const auto& d : b.domains)
            rows.push_back({d.id, d.name, fmt::format("{:.0f}%", d.weight * 100),
                            std::to_string(stats.perDomain.at(b.id).at(d.id)),
                            std::to_string(stats.cardsPerDomain.at(b.id).at(d.id))});
        printTable(ctx.out, {"domain", "name", "weight", "questions", "cards"}, rows);
        ctx.out << '\n';
    }
    std::vector<std::vector<std::string>> taskRows;
    for (const auto& [task, n] : stats.perTask)
        taskRows.push_back({task, std::to_string(n)});
    if (!taskRows.empty()) {
        printTable(ctx.out, {"task", "questions"}, taskRows);
        ctx.out << '\n';
    }
    std::vector<std::vector<std::string>> typeRows;
    for (const auto& [type, n] : stats.perSelect)
        typeRows.push_back({type, std::to_string(n)});
    if (!typeRows.empty()) {
        printTable(ctx.out, {"type", "questions"}, typeRows);
        ctx.out << '\n';
    }
    std::vector<std::vector<std::string>> serviceRows;
    for (const auto& [service, n] : stats.perService)
        serviceRows.push_back({service, std::to_string(n)});
    if (!serviceRows.empty())
        printTable(ctx.out, {"service", "questions"}, serviceRows);
    return kExitOk;
}

} // namespace

void addContentCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"content check", "", "Validate every bundled content file (schema, ids, answer keys, domains, "
                                             "references, near-duplicate stems).",
                        {}, 0, 0, contentCheck});
    commands.push_back({"content stats", "", "Count questions and cards by blueprint domain, task, type and service.",
                        {{"--format", "table|json", "output format (default table)"}}, 0, 0, contentStats});
}

} // namespace archdesk::cli
