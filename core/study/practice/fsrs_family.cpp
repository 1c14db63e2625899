// The spaced-repetition practice family: the key is what core/study's FSRS scheduler gives.
#include <cmath>
#include <fmt/format.h>

#include "core/study/fsrs.h"
#include "core/study/practice/practice_families.h"
#include "core/study/practice/practice_generator.h"

namespace archdesk::core::study::practice {

namespace {
std::string interval(const MemoryState& m, EpochMs now)
{
    if (m.scheduledDays > 0)
        return m.scheduledDays == 1 ? "in 1 day" : fmt::format("in {} days", m.scheduledDays);
    return fmt::format("in {} minutes", (m.due - now) / kMsPerMinute);
}
} // namespace

Question generateFsrsHard(Rng& rng)
{
    const FsrsScheduler scheduler; // default FSRS-6 weights, retention 0.9
    const int stabilityDays = 3 + static_cast<int>(rng.below(40));
    const double difficulty = 3.0 + static_cast<double>(rng.below(50)) / 10.0;
    const EpochMs now = 1767603600000; // 2026-01-05T09:00:00Z
    const int elapsed = std::max(1, static_cast<int>(std::lround(stabilityDays * (0.6 + rng.uniform() * 0.8))));
    MemoryState card;
    card.state = CardState::Review;
    card.stability = stabilityDays;
    card.difficulty = difficulty;
    card.lastReview = now - elapsed * kMsPerDay;
    card.due = *card.lastReview + stabilityDays * kMsPerDay;
    card.scheduledDays = stabilityDays;
    card.reps = 5;
    const auto next = scheduler.preview(card, now);

    Question q;
    q.stem = fmt::format(
        "Archdesk schedules flashcards with FSRS-6 (default weights, desired retention 90%). A card in review has a "
        "stability of {} days and a difficulty of {:.1f}; it was last reviewed {} days ago. You rate it Hard. When "
        "will it be due again?",
        stabilityDays, difficulty, elapsed);
    q.domains = {{"sap-c02", "c02-d3"}, {"sap-legacy", "legacy-d3"}};
    q.tasks = {"3.1"};
    q.services = {"archdesk"};
    q.difficulty = 3;
    // The questions rest on AWS pages by rule; FSRS is ours, so the reference is the study-method page of the exam.
    q.references = {"https://aws.amazon.com/certification/certified-solutions-architect-professional/"};
    const auto why = fmt::format(
        "Hard on a review card raises stability with the Hard penalty (w15): the new stability is {:.2f} days, and "
        "at 90% retention the interval equals the stability, rounded: due {}.",
        next[1].stability, interval(next[1], now));
    setOptions(q, rng, interval(next[1], now), why,
               {{interval(next[2], now), "That is the interval for Good, not Hard."},
                {interval(next[3], now), "That is the interval for Easy."},
                {interval(next[0], now), "That is what Again does: the card lapses into relearning."},
                {fmt::format("in {} days", stabilityDays), "FSRS does not keep the old interval: every successful "
                                                           "review increases stability."},
                {"in 1 day", "Hard is a pass: the card stays in review with a longer interval, not one day."}});
    return q;
}

} // namespace archdesk::core::study::practice
