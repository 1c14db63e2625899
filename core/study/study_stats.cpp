#include "core/study/study_stats.h"

#include <limits>
#include <unordered_map>

namespace archdesk::core::study {

StudyStats computeStudyStats(store::Database& db, const CardCollection& cards, EpochMs now,
                             const std::string& blueprint)
{
    StudyStats s;
    s.dueForecast.assign(30, 0);
    const std::int64_t today = utcDay(now);
    for (const auto& r : cards.cards()) {
        if (r.suspended) {
            ++s.suspended;
            continue;
        }
        switch (r.memory.state) {
        case CardState::New: ++s.newCount; continue;
        case CardState::Learning:
        case CardState::Relearning: ++s.learning; break;
        case CardState::Review: ++s.review; break;
        }
        const std::int64_t day = std::max<std::int64_t>(0, utcDay(r.memory.due) - today);
        if (day < 30)
            ++s.dueForecast[static_cast<std::size_t>(day)];
    }

    // One sequential pass over the year's log (NOT INDEXED: nearly every row qualifies, and walking the time
    // index would fetch each row at random), aggregated here.
    const EpochMs yearAgo = utcMidnight(now) - 364 * kMsPerDay;
    const EpochMs weekAgo = utcMidnight(now) - 6 * kMsPerDay, monthAgo = utcMidnight(now) - 29 * kMsPerDay;
    std::unordered_map<std::string, RetentionCell> perCard;
    if (auto q = db.prepare("SELECT card_id, reviewed_at, rating, elapsed_days, reps FROM review_log NOT INDEXED "
                            "WHERE reviewed_at >= ?1")) {
        q->bind(1, yearAgo);
        std::int64_t lastDay = std::numeric_limits<std::int64_t>::min();
        int* dayCount = nullptr;
        while (true) {
            auto row = q->step();
            if (!row || !*row)
                break;
            const EpochMs at = q->columnInt(1);
            const std::int64_t day = utcDay(at);
            if (day != lastDay) {
                dayCount = &s.reviewsPerDay[day];
                lastDay = day;
            }
            ++*dayCount;
            const std::int64_t elapsed = q->columnInt(3);
            if (q->columnInt(4) <= 1 || elapsed <= 0)
                continue; // first reviews and same-day steps are not retention
            const int passed = q->columnInt(2) > 1 ? 1 : 0;
            auto& cells = elapsed >= 21 ? s.mature : s.young;
            cells[2].total += 1;
            cells[2].passed += passed;
            if (at >= monthAgo) {
                cells[1].total += 1;
                cells[1].passed += passed;
            }
            if (at >= weekAgo) {
                cells[0].total += 1;
                cells[0].passed += passed;
            }
            auto& c = perCard[q->columnText(0)];
            c.total += 1;
            c.passed += passed;
        }
    }
    for (const auto& [id, cell] : perCard) {
        const CardRecord* r = cards.find(id);
        if (!r)
            continue;
        const auto it = r->card.domains.find(blueprint);
        if (it == r->card.domains.end())
            continue;
        auto& d = s.perDomain[it->second];
        d.passed += cell.passed;
        d.total += cell.total;
    }
    return s;
}

} // namespace archdesk::core::study
