// practice generate: questions whose answer key Archdesk's own engines compute.

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

#include "app/cli/cli.h"
#include "core/study/practice/practice_generator.h"

namespace archdesk::cli {

namespace {

nlohmann::json questionJson(const core::study::Question& q)
{
    nlohmann::json options = nlohmann::json::array();
    for (const auto& o : q.options)
        options.push_back({{"key", o.key}, {"text", o.text}, {"correct", o.correct}, {"why", o.why}});
    return {{"id", q.id},         {"stem", q.stem},       {"select", q.select},   {"options", options},
            {"domains", q.domains}, {"tasks", q.tasks},   {"services", q.services}, {"tags", q.tags},
            {"difficulty", q.difficulty}, {"references", q.references}};
}

int practiceGenerate(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json"}, status);
    if (!format)
        return status;
    int count = 0;
    std::uint64_t seed = 0;
    try {
        count = std::stoi(args.valueOr("--count", "5"));
        seed = std::stoull(args.valueOr("--seed", "1"));
    } catch (const std::exception&) {
        return ctx.usage("--count and --seed take whole numbers");
    }
    auto questions = core::study::practice::generatePractice(args.valueOr("--family", "all"), count, seed);
    if (!questions)
        return ctx.fail(questions.error());
    if (*format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& q : *questions)
            out.push_back(questionJson(q));
        ctx.out << out.dump(2) << '\n';
        return kExitOk;
    }
    for (const auto& q : *questions) {
        ctx.out << q.id << "\n" << q.stem << "\n";
        for (const auto& o : q.options)
            ctx.out << "  " << o.key << ". " << o.text << (o.correct ? "   ← answer" : "") << "\n";
        ctx.out << "\n";
    }
    return kExitOk;
}

int practiceFamiliesList(Context& ctx, const Args&)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& f : core::study::practice::practiceFamilies())
        rows.push_back({f.id, f.title});
    printTable(ctx.out, {"family", "what it asks"}, rows);
    return kExitOk;
}

} // namespace

void addPracticeCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"practice families", "", "List the generated practice families.", {}, 0, 0, practiceFamiliesList});
    commands.push_back({"practice generate", "",
                        "Generate questions whose answer key is computed by Archdesk's engines (scaling policies, "
                        "reserved pricing, FSRS); the output uses the question format of data/questions.",
                        {{"--family", "ID|all", "which family (default all: each in turn)"},
                         {"--count", "N", "how many (default 5)"},
                         {"--seed", "N", "the same seed gives the same questions (default 1)"},
                         {"--format", "table|json", "output format (default table)"}},
                        0,
                        0,
                        practiceGenerate});
}

} // namespace archdesk::cli
