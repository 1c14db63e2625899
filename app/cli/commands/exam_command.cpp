// exam assemble: draw a practice exam from the bundled bank by a blueprint's domain weights.

#include "app/cli/cli.h"
#include "core/study/exam_assembly.h"
#include "core/study/exam_store.h"
#include "core/util/clock.h"

#include <charconv>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace archdesk::cli {

namespace {

template <typename T> std::optional<T> parseNumber(const std::string& text)
{
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

int examAssemble(Context& ctx, const Args& args)
{
    int status = kExitOk;
    const auto format = formatOption(ctx, args, {"table", "json"}, status);
    if (!format)
        return status;
    const auto blueprintId = args.value("--blueprint");
    if (!blueprintId)
        return ctx.usage("exam assemble needs --blueprint ID");

    core::study::ExamRequest request;
    if (const auto count = args.value("--count")) {
        const auto n = parseNumber<int>(*count);
        if (!n || *n <= 0)
            return ctx.usage(fmt::format("--count {} is not a positive whole number", *count));
        request.mode.kind = core::study::ExamKind::Custom;
        request.count = *n;
    }
    if (const auto seed = args.value("--seed")) {
        const auto n = parseNumber<std::uint64_t>(*seed);
        if (!n)
            return ctx.usage(
                fmt::format("--seed {} is not a whole number from 0 to 18446744073709551615", *seed));
        request.seed = *n;
    } else {
        // No seed asked for: a fresh exam each time, and the seed is printed so that it can be drawn again.
        request.seed = static_cast<std::uint64_t>(core::SystemClock().now());
    }
    if (const auto domain = args.value("--domain")) {
        request.mode.kind = core::study::ExamKind::DomainDrill;
        request.mode.drillDomain = *domain;
    }
    if (args.has("--mistakes")) {
        if (request.mode.kind == core::study::ExamKind::DomainDrill)
            return ctx.usage("--mistakes and --domain cannot be combined");
        request.mode.kind = core::study::ExamKind::Mistakes;
    }
    const bool needsCount = request.mode.kind == core::study::ExamKind::DomainDrill ||
                            request.mode.kind == core::study::ExamKind::Mistakes;
    if (needsCount && request.count == 0)
        request.count = 10;

    const auto& report = ctx.content();
    if (!report.ok()) {
        for (const auto& problem : report.problems)
            ctx.err << "archdesk-cli: " << problem.describe() << '\n';
        return kExitInvalidInput;
    }
    const auto& content = report.content;
    const core::study::Blueprint* blueprint = content.blueprint(*blueprintId);
    if (!blueprint) {
        std::string known;
        for (const auto& b : content.blueprints)
            known += (known.empty() ? "" : ", ") + b.id;
        return ctx.fail(
            core::Error{core::ErrorCode::NotFound,
                        fmt::format("no blueprint \"{}\"; expected one of {}", *blueprintId, known),
                        {}});
    }

    // Questions already met in the user's attempts come after unseen ones.
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const auto index = core::study::indexQuestions(content.questions);
    auto history = core::study::ExamStore(**db).questionHistory(index);
    if (!history)
        return ctx.fail(history.error());

    const auto exam = core::study::assembleExam(*blueprint, content.questions, request, *history);
    if (!exam)
        return ctx.fail(exam.error());

    if (*format == "json") {
        nlohmann::ordered_json j;
        j["blueprint"] = exam->blueprintId;
        j["count"] = exam->count();
        j["seed"] = exam->seed;
        j["mode"] = exam->mode.toText();
        j["minutes"] = exam->minutes;
        j["per_domain"] = nlohmann::ordered_json::object();
        for (const auto& d : exam->perDomain)
            j["per_domain"][d.domainId] = d.count;
        j["questions"] = nlohmann::ordered_json::array();
        for (const auto& q : exam->questions)
            j["questions"].push_back({{"id", q.questionId}, {"domain", q.domainId}});
        ctx.out << j.dump(2) << '\n';
        return kExitOk;
    }

    ctx.out << fmt::format("{} — {} questions in {} minutes, seed {} (mode {})\n\n", blueprint->name,
                           exam->count(), exam->minutes, exam->seed, exam->mode.toText());
    std::vector<std::vector<std::string>> domainRows;
    for (const auto& d : exam->perDomain) {
        const auto* domain = blueprint->domain(d.domainId);
        domainRows.push_back({d.domainId, domain ? domain->name : "",
                              fmt::format("{:.0f}%", domain ? domain->weight * 100 : 0.0),
                              std::to_string(d.count)});
    }
    printTable(ctx.out, {"domain", "name", "weight", "questions"}, domainRows);
    ctx.out << '\n';
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < exam->questions.size(); ++i)
        rows.push_back({std::to_string(i + 1), exam->questions[i].questionId, exam->questions[i].domainId});
    printTable(ctx.out, {"#", "question", "domain"}, rows);
    return kExitOk;
}

} // namespace

void addExamCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back(
        {"exam assemble",
         "",
         "Draw a practice exam: questions per domain by the blueprint's weights (largest remainder), unseen "
         "questions first, the same exam for the same seed.",
         {{"--blueprint", "ID", "sap-c02 or sap-legacy (required)"},
          {"--count", "N", "number of questions (default: the blueprint's full length)"},
          {"--seed", "N", "seed of the draw (default: the current time; printed)"},
          {"--domain", "ID", "draw from this domain only (a drill; default 10 questions)"},
          {"--mistakes", "", "draw only questions last answered wrong in a submitted exam"},
          {"--format", "table|json", "output format (default table)"}},
         0,
         0,
         examAssemble});
}

} // namespace archdesk::cli
