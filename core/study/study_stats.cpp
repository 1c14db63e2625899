#include "core/study/study_stats.h"

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

    const EpochMs yearAgo = utcMidnight(now) - 364 * kMsPerDay;
    if (auto q = db.prepare("SELECT reviewed_at / 86400000, COUNT(*) FROM review_log WHERE reviewed_at >= ?1 "
                            "GROUP BY 1")) {
        q->bind(1, yearAgo);
        while (true) {
            auto row = q->step();
            if (!row || !*row)
                break;
            s.reviewsPerDay[q->columnInt(0)] = static_cast<int>(q->columnInt(1));
        }
    }

    // One pass over the year's qualifying reviews, grouped by card and period, so 200k rows stay cheap.
    std::map<std::string, RetentionCell> perCard;
    if (auto q = db.prepare("SELECT card_id, reviewed_at, rating, elapsed_days FROM review_log "
                            "WHERE reviewed_at >= ?1 AND reps > 1 AND elapsed_days > 0")) {
        q->bind(1, yearAgo);
        const EpochMs weekAgo = utcMidnight(now) - 6 * kMsPerDay, monthAgo = utcMidnight(now) - 29 * kMsPerDay;
        while (true) {
            auto row = q->step();
            if (!row || !*row)
                break;
            const EpochMs at = q->columnInt(1);
            const bool passed = q->columnInt(2) > 1;
            auto& cells = q->columnInt(3) >= 21 ? s.mature : s.young;
            for (int p = 0; p < 3; ++p) {
                const EpochMs from = p == 0 ? weekAgo : p == 1 ? monthAgo : yearAgo;
                if (at >= from) {
                    cells[static_cast<std::size_t>(p)].total += 1;
                    cells[static_cast<std::size_t>(p)].passed += passed ? 1 : 0;
                }
            }
            auto& c = perCard[q->columnText(0)];
            c.total += 1;
            c.passed += passed ? 1 : 0;
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
