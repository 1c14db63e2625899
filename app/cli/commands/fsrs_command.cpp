// fsrs replay: run review histories through the FSRS-6 scheduler and print every state, as ts-fsrs would.

#include <charconv>
#include <fmt/format.h>
#include <ostream>

#include "app/cli/cli.h"
#include "core/study/fsrs_replay.h"
#include "core/util/json_file.h"

namespace archdesk::cli {

namespace {

int fsrsReplay(Context& ctx, const Args& args)
{
    core::study::FsrsParameters params;
    params.enableShortTerm = !args.has("--no-short-term");
    params.enableFuzz = args.has("--fuzz");
    if (const auto r = args.value("--retention")) {
        double v = 0;
        const auto res = std::from_chars(r->data(), r->data() + r->size(), v);
        if (res.ec != std::errc() || res.ptr != r->data() + r->size() || !(v > 0 && v < 1))
            return ctx.usage(fmt::format("--retention {}: expected a number between 0 and 1, e.g. 0.9", *r));
        params.requestRetention = v;
    }
    if (const auto m = args.value("--max-interval")) {
        long long v = 0;
        const auto res = std::from_chars(m->data(), m->data() + m->size(), v);
        if (res.ec != std::errc() || res.ptr != m->data() + m->size() || v < 1 || v > 36500)
            return ctx.usage(fmt::format("--max-interval {}: expected whole days from 1 to 36500", *m));
        params.maximumInterval = v;
    }
    const std::string& file = args.positional.at(0);
    auto json = core::readJsonFile(file);
    if (!json)
        return ctx.fail(json.error());
    const auto input = core::study::parseReplayInput(*json, file);
    if (!input.ok()) {
        for (const auto& problem : input.problems)
            ctx.fail(problem);
        return kExitInvalidInput;
    }
    const core::study::FsrsScheduler scheduler(params);
    ctx.out << core::study::replayToJson(scheduler, input.cards);
    return kExitOk;
}

} // namespace

void addFsrsCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"fsrs replay", "REVIEWS.json",
                        "Replay review histories through the FSRS-6 scheduler (ts-fsrs 5.4.2 compatible) and print "
                        "each card's state after every review as JSON.",
                        {{"--no-short-term", "", "no learning steps; every answer goes to Review (long-term mode)"},
                         {"--retention", "R", "desired retention, 0 < R < 1 (default 0.9)"},
                         {"--max-interval", "DAYS", "maximum interval in days (default 36500)"},
                         {"--fuzz", "", "fuzz intervals as ts-fsrs does with enable_fuzz (off by default)"}},
                        1, 1, fsrsReplay});
}

} // namespace archdesk::cli
