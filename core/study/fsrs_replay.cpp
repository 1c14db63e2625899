#include "core/study/fsrs_replay.h"

#include <algorithm>
#include <fmt/format.h>

#include "core/util/json_fields.h"

namespace archdesk::core::study {

ReplayInput parseReplayInput(const nlohmann::json& document, const std::string& file)
{
    ReplayInput input;
    JsonFields fields(file);
    if (!document.is_array()) {
        fields.problemAt(file, fmt::format("expected an array of {{\"card\", \"reviews\"}} objects, found {}",
                                           JsonFields::typeName(document)));
        input.problems = fields.takeProblems();
        return input;
    }
    input.cards.reserve(document.size());
    for (std::size_t i = 0; i < document.size(); ++i) {
        const auto& item = document[i];
        const std::string path = fmt::format("[{}]", i);
        ReplayCard card;
        if (!item.is_object()) {
            fields.problem(path, fmt::format("expected an object {{\"card\", \"reviews\"}}, found {}",
                                             JsonFields::typeName(item)));
            continue;
        }
        if (const auto it = item.find("card"); it != item.end())
            card.id = *it;
        else
            fields.problem(JsonFields::join(path, "card"), "is missing");
        const auto* reviews = fields.array(item, "reviews", path);
        if (!reviews)
            continue;
        card.reviews.reserve(reviews->size());
        for (std::size_t j = 0; j < reviews->size(); ++j) {
            const auto& r = (*reviews)[j];
            const std::string rpath = fmt::format("{}.reviews[{}]", path, j);
            const auto t = fields.string(r, "t", rpath);
            const auto rating = fields.integerIn(r, "rating", rpath, 1, 4);
            if (!t || !rating)
                continue;
            const std::string tpath = JsonFields::join(rpath, "t");
            if (t->empty() || (t->back() != 'Z' && t->back() != 'z' && t->find_last_of("+-") < 10)) {
                fields.problem(tpath, fmt::format("\"{}\" has no time zone; expected 'Z' or an offset like +02:00",
                                                  *t));
                continue;
            }
            auto time = parseIso8601(*t);
            if (!time) {
                fields.problem(tpath, time.error().message);
                continue;
            }
            if (!card.reviews.empty() && *time < card.reviews.back().time) {
                fields.problem(tpath, fmt::format("{} is earlier than the review before it ({}); a card's reviews "
                                                  "must be in time order",
                                                  *t, card.reviews.back().text));
                continue;
            }
            card.reviews.push_back({*t, *time, static_cast<Rating>(*rating)});
        }
        input.cards.push_back(std::move(card));
    }
    input.problems = fields.takeProblems();
    return input;
}

std::vector<MemoryState> replayCard(const FsrsScheduler& scheduler, const ReplayCard& card)
{
    std::vector<MemoryState> states;
    states.reserve(card.reviews.size());
    MemoryState state;
    for (const auto& r : card.reviews) {
        state = scheduler.review(state, r.rating, r.time);
        states.push_back(state);
    }
    return states;
}

namespace {

std::string stepsJson(const std::vector<std::int64_t>& steps)
{
    nlohmann::json a = nlohmann::json::array();
    for (const auto m : steps)
        a.push_back(m % 1440 == 0 ? fmt::format("{}d", m / 1440)
                    : m % 60 == 0 ? fmt::format("{}h", m / 60)
                                  : fmt::format("{}m", m));
    return a.dump();
}

} // namespace

namespace {

// A JSON string literal; the times are plain ASCII, so the escaping path is rarely taken.
void appendJsonString(fmt::memory_buffer& out, const std::string& text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
    });
    if (plain) {
        out.push_back('"');
        out.append(text.data(), text.data() + text.size());
        out.push_back('"');
    } else {
        const std::string quoted = nlohmann::json(text).dump();
        out.append(quoted.data(), quoted.data() + quoted.size());
    }
}

} // namespace

std::string replayToJson(const FsrsScheduler& scheduler, const std::vector<ReplayCard>& cards)
{
    const auto& p = scheduler.parameters();
    std::size_t reviews = 0;
    for (const auto& c : cards)
        reviews += c.reviews.size();

    nlohmann::json w = nlohmann::json::array();
    for (const double x : p.w)
        w.push_back(x);
    fmt::memory_buffer out;
    out.reserve(64 + reviews * 260);
    auto it = std::back_inserter(out);
    fmt::format_to(it,
                   "{{\"meta\":{{\"peer\":\"archdesk\",\"algorithm\":\"FSRS-6 (ts-fsrs 5.4.2 compatible)\","
                   "\"mode\":\"{}\",\"params\":{{\"w\":{},\"request_retention\":{},\"maximum_interval\":{},"
                   "\"enable_fuzz\":{},\"enable_short_term\":{},\"learning_steps\":{},\"relearning_steps\":{}}},"
                   "\"day_boundary\":\"UTC calendar date\",\"cards\":{},\"reviews\":{}}},\n\"cards\":[\n",
                   p.enableShortTerm ? "short-term" : "long-term", w.dump(), p.requestRetention, p.maximumInterval,
                   p.enableFuzz, p.enableShortTerm, p.enableShortTerm ? stepsJson(p.learningSteps) : "[]",
                   p.enableShortTerm ? stepsJson(p.relearningSteps) : "[]", cards.size(), reviews);
    const auto append = [&out](std::string_view text) { out.append(text.data(), text.data() + text.size()); };
    for (std::size_t c = 0; c < cards.size(); ++c) {
        const auto& card = cards[c];
        append("{\"card\":");
        append(card.id.dump());
        append(",\"reviews\":[");
        MemoryState state;
        for (std::size_t i = 0; i < card.reviews.size(); ++i) {
            const auto& r = card.reviews[i];
            const MemoryState before = state;
            state = scheduler.review(before, r.rating, r.time);
            append(i ? ",{\"t\":" : "{\"t\":");
            appendJsonString(out, r.text);
            fmt::format_to(it,
                           ",\"rating\":{},\"state\":\"{}\",\"stability\":{},\"difficulty\":{},\"due\":\"{}\","
                           "\"scheduled_days\":{},\"elapsed_days\":{},\"reps\":{},\"lapses\":{},\"learning_steps\":{},"
                           "\"retrievability\":",
                           static_cast<int>(r.rating), cardStateName(state.state), state.stability, state.difficulty,
                           formatIso8601(state.due), state.scheduledDays, state.elapsedDays, state.reps,
                           state.lapses, state.learningSteps);
            if (before.state == CardState::New)
                append("null}");
            else
                fmt::format_to(it, "{}}}",
                               scheduler.forgettingCurve(static_cast<double>(state.elapsedDays), before.stability));
        }
        append(c + 1 < cards.size() ? "]},\n" : "]}\n");
    }
    append("]\n}\n");
    return fmt::to_string(out);
}

} // namespace archdesk::core::study
