#include "core/study/readiness.h"

#include <algorithm>
#include <map>

#include "core/study/exam_scoring.h"
#include "core/study/exam_store.h"
#include "core/study/question_index.h"
#include "core/study/review_store.h"

namespace archdesk::core::study {

std::optional<double> DomainReadiness::readiness() const
{
    if (examPercent && recall)
        return (*examPercent + *recall) / 2.0;
    if (examPercent)
        return examPercent;
    if (recall && cardsStudied > 0)
        return recall;
    return std::nullopt;
}

namespace {

struct StateRow
{
    CardState state;
    EpochMs due;
    double stability;
    double difficulty;
    std::optional<EpochMs> lastReview;
    bool suspended;
};

Result<std::map<std::string, StateRow>> loadStates(store::Database& db)
{
    auto stmt = db.prepare("SELECT card_id, state, due, stability, difficulty, last_review, suspended FROM card_state");
    if (!stmt)
        return stmt.error();
    std::map<std::string, StateRow> rows;
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        StateRow r{static_cast<CardState>(stmt->columnInt(1)), stmt->columnInt(2), stmt->columnDouble(3),
                   stmt->columnDouble(4), std::nullopt, stmt->columnInt(6) != 0};
        if (!stmt->columnIsNull(5))
            r.lastReview = stmt->columnInt(5);
        rows.emplace(stmt->columnText(0), r);
    }
    return rows;
}

Result<std::vector<std::int64_t>> reviewDays(store::Database& db)
{
    auto stmt = db.prepare("SELECT DISTINCT reviewed_at / 86400000 FROM review_log WHERE reviewed_at >= 0 "
                           "ORDER BY 1 DESC LIMIT 4000");
    if (!stmt)
        return stmt.error();
    std::vector<std::int64_t> days;
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        days.push_back(stmt->columnInt(0));
    }
    return days;
}

} // namespace

Result<StudySummary> summarizeStudy(store::Database& db, const content::Content& content,
                                    const std::string& blueprintId, const FsrsScheduler& scheduler, EpochMs now,
                                    int recentExams)
{
    StudySummary s;
    const Blueprint* blueprint = content.blueprint(blueprintId);
    if (!blueprint)
        return Error{ErrorCode::NotFound, "unknown blueprint \"" + blueprintId + "\"", {}};
    for (const Domain& d : blueprint->domains)
        s.domains.push_back({d.id, d.name, d.weight, std::nullopt, 0, std::nullopt, 0, 0});
    const auto domainIndex = [&](const std::string& id) -> DomainReadiness* {
        for (auto& d : s.domains)
            if (d.domainId == id)
                return &d;
        return nullptr;
    };

    // Cards: recall now, and what is due.
    auto states = loadStates(db);
    if (!states)
        return states.error();
    const EpochMs endOfToday = utcMidnight(now) + kMsPerDay;
    std::vector<double> recallSum(s.domains.size(), 0.0);
    for (const Card& card : content.cards) {
        const auto it = states->find(card.id);
        const auto d = card.domains.find(blueprintId);
        DomainReadiness* domain = d == card.domains.end() ? nullptr : domainIndex(d->second);
        if (domain)
            ++domain->cards;
        if (it == states->end() || it->second.state == CardState::New) {
            ++s.newAvailable;
            continue;
        }
        if (domain) {
            ++domain->cardsStudied;
            MemoryState m;
            m.state = it->second.state;
            m.due = it->second.due;
            m.stability = it->second.stability;
            m.difficulty = it->second.difficulty;
            m.lastReview = it->second.lastReview;
            recallSum[static_cast<std::size_t>(domain - s.domains.data())] += scheduler.retrievability(m, now);
        }
    }
    for (const auto& [id, row] : *states) {
        if (row.suspended || row.state == CardState::New)
            continue;
        if (row.due < endOfToday)
            ++s.dueToday;
        if (row.due < endOfToday + 6 * kMsPerDay)
            ++s.dueThisWeek;
    }
    for (std::size_t i = 0; i < s.domains.size(); ++i)
        if (s.domains[i].cards > 0)
            s.domains[i].recall = recallSum[i] / s.domains[i].cards;

    // Streak: consecutive days with reviews, ending today, or yesterday when today has none yet.
    auto days = reviewDays(db);
    if (!days)
        return days.error();
    const std::int64_t today = utcDay(now);
    if (!days->empty()) {
        std::int64_t expect = (*days)[0] == today ? today : today - 1;
        for (const auto day : *days) {
            if (day != expect)
                break;
            ++s.streakDays;
            --expect;
        }
    }
    {
        auto stmt = db.prepare("SELECT count(*) FROM review_log WHERE reviewed_at >= ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, utcMidnight(now));
        auto row = stmt->step();
        if (!row)
            return row.error();
        s.reviewsToday = static_cast<int>(stmt->columnInt(0));
    }

    // Exams: the recent submitted attempts of this blueprint.
    ExamStore exams(db);
    auto attempts = exams.finishedAttempts();
    if (!attempts)
        return attempts.error();
    const QuestionIndex index = indexQuestions(content.questions);
    std::vector<const ExamAttempt*> mine;
    for (const auto& a : *attempts)
        if (a.blueprintId == blueprintId)
            mine.push_back(&a);
    std::vector<int> examRight(s.domains.size(), 0);
    const std::size_t firstScore = mine.size() > 10 ? mine.size() - 10 : 0;
    const std::size_t firstRecent =
        mine.size() > static_cast<std::size_t>(recentExams) ? mine.size() - static_cast<std::size_t>(recentExams) : 0;
    for (std::size_t i = 0; i < mine.size(); ++i) {
        const ExamScore score = scoreExam(*blueprint, index, mine[i]->marked());
        if (i >= firstScore)
            s.recentScaledScores.push_back(score.scaledEstimate);
        if (i < firstRecent)
            continue;
        for (const DomainScore& ds : score.domains)
            if (DomainReadiness* d = domainIndex(ds.domainId)) {
                d->examQuestions += ds.total;
                examRight[static_cast<std::size_t>(d - s.domains.data())] += ds.correct;
            }
    }
    for (std::size_t i = 0; i < s.domains.size(); ++i)
        if (s.domains[i].examQuestions > 0)
            s.domains[i].examPercent = static_cast<double>(examRight[i]) / s.domains[i].examQuestions;

    // The weakest domain: the largest share of exam points not yet secured.
    double worst = -1;
    for (const auto& d : s.domains) {
        const double gap = d.weight * (1.0 - d.readiness().value_or(0.0));
        if (gap > worst) {
            worst = gap;
            s.weakestDomain = d.domainId;
        }
    }
    return s;
}

} // namespace archdesk::core::study
