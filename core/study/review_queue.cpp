#include "core/study/review_queue.h"

#include <algorithm>

namespace archdesk::core::study {

Result<StudiedToday> studiedToday(store::Database& db, EpochMs now)
{
    const EpochMs start = utcMidnight(now);
    auto s = db.prepare("SELECT COALESCE(SUM(reps = 1), 0), COALESCE(SUM(reps > 1 AND elapsed_days > 0), 0) "
                        "FROM review_log WHERE reviewed_at >= ?1 AND reviewed_at < ?2 AND source = 'review'");
    if (!s)
        return s.error();
    s->bind(1, start).bind(2, start + kMsPerDay);
    auto row = s->step();
    if (!row)
        return row.error();
    return StudiedToday{static_cast<int>(s->columnInt(0)), static_cast<int>(s->columnInt(1))};
}

ReviewQueue::ReviewQueue(const CardCollection& cards, EpochMs now, const StudyLimits& limits, const StudiedToday& done,
                         const CardQuery* deck)
    : m_learnAhead(limits.learnAheadMs)
{
    const EpochMs endOfDay = utcMidnight(now) + kMsPerDay;
    for (const auto& r : cards.cards()) {
        if (r.suspended || r.buried(now))
            continue;
        if (deck && !deck->matches(r.view(now), now))
            continue;
        switch (r.memory.state) {
        case CardState::New: m_new.push_back(r.card.id); break;
        case CardState::Learning:
        case CardState::Relearning:
            if (r.memory.due < endOfDay)
                m_learning.push_back({r.card.id, r.memory.due});
            break;
        case CardState::Review:
            if (r.memory.due < endOfDay)
                m_review.push_back({r.card.id, r.memory.due});
            break;
        }
    }
    const auto byDue = [](const Item& a, const Item& b) { return a.due != b.due ? a.due < b.due : a.id < b.id; };
    std::sort(m_learning.begin(), m_learning.end(), byDue);
    std::sort(m_review.begin(), m_review.end(), byDue);
    m_reviewLeft = std::clamp(limits.reviewsPerDay - done.reviews, 0, static_cast<int>(m_review.size()));
    m_newLeft = std::clamp(limits.newPerDay - done.newCards, 0, static_cast<int>(m_new.size()));
    m_review.resize(static_cast<std::size_t>(m_reviewLeft));
    m_new.resize(static_cast<std::size_t>(m_newLeft));
}

QueueCounts ReviewQueue::counts() const
{
    return {m_newLeft, static_cast<int>(m_learning.size()), m_reviewLeft};
}

std::optional<std::string> ReviewQueue::next(EpochMs now, int answered) const
{
    if (!m_learning.empty() && m_learning.front().due <= now)
        return m_learning.front().id;
    const bool haveNew = !m_new.empty();
    const bool haveReview = !m_review.empty();
    if (haveNew && haveReview) {
        // Anki's spreading: one new card every (reviews + new) / new answers.
        const int modulus = std::max(2, (m_reviewLeft + m_newLeft) / m_newLeft);
        return (answered % modulus == modulus - 1) ? m_new.front() : m_review.front().id;
    }
    if (haveReview)
        return m_review.front().id;
    if (haveNew)
        return m_new.front();
    if (!m_learning.empty() && m_learning.front().due <= now + m_learnAhead)
        return m_learning.front().id;
    return std::nullopt;
}

} // namespace archdesk::core::study
