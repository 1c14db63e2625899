#include "core/study/review_store.h"

#include <fmt/format.h>

namespace archdesk::core::study {

namespace {

constexpr const char* kSelectState =
    "SELECT state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, "
    "last_review FROM card_state WHERE card_id = ?1";

MemoryState stateFromRow(const store::Statement& s)
{
    MemoryState m;
    m.state = static_cast<CardState>(s.columnInt(0));
    m.due = s.columnInt(1);
    m.stability = s.columnDouble(2);
    m.difficulty = s.columnDouble(3);
    m.elapsedDays = s.columnInt(4);
    m.scheduledDays = s.columnInt(5);
    m.learningSteps = static_cast<int>(s.columnInt(6));
    m.reps = static_cast<int>(s.columnInt(7));
    m.lapses = static_cast<int>(s.columnInt(8));
    if (!s.columnIsNull(9))
        m.lastReview = s.columnInt(9);
    return m;
}

Result<void> writeState(store::Database& db, const std::string& cardId, const MemoryState& m)
{
    auto s = db.prepare(
        "INSERT INTO card_state (card_id, state, due, stability, difficulty, elapsed_days, scheduled_days, "
        "learning_steps, reps, lapses, last_review) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(card_id) DO UPDATE SET state = excluded.state, due = excluded.due, "
        "stability = excluded.stability, difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days, "
        "scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps, "
        "lapses = excluded.lapses, last_review = excluded.last_review");
    if (!s)
        return s.error();
    s->bind(1, cardId)
        .bind(2, static_cast<int>(m.state))
        .bind(3, m.due)
        .bind(4, m.stability)
        .bind(5, m.difficulty)
        .bind(6, m.elapsedDays)
        .bind(7, m.scheduledDays)
        .bind(8, m.learningSteps)
        .bind(9, m.reps)
        .bind(10, m.lapses);
    if (m.lastReview)
        s->bind(11, *m.lastReview);
    else
        s->bindNull(11);
    return s->run();
}

} // namespace

Result<MemoryState> loadMemoryState(store::Database& db, const std::string& cardId)
{
    auto s = db.prepare(kSelectState);
    if (!s)
        return s.error();
    s->bind(1, cardId);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return MemoryState{};
    return stateFromRow(*s);
}

Result<MemoryState> recordReview(store::Database& db, const std::string& cardId, Rating rating, EpochMs now,
                                 const FsrsScheduler& scheduler, const std::string& source)
{
    MemoryState after;
    auto r = db.transaction([&]() -> Result<void> {
        auto before = loadMemoryState(db, cardId);
        if (!before)
            return before.error();
        after = scheduler.review(*before, rating, now);
        if (auto w = writeState(db, cardId, after); !w)
            return w;
        auto log = db.prepare(
            "INSERT INTO review_log (card_id, reviewed_at, rating, state, due, stability, difficulty, elapsed_days, "
            "scheduled_days, source, learning_steps, reps, lapses) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        if (!log)
            return log.error();
        log->bind(1, cardId)
            .bind(2, now)
            .bind(3, static_cast<int>(rating))
            .bind(4, static_cast<int>(after.state))
            .bind(5, after.due)
            .bind(6, after.stability)
            .bind(7, after.difficulty)
            .bind(8, after.elapsedDays)
            .bind(9, after.scheduledDays)
            .bind(10, source)
            .bind(11, after.learningSteps)
            .bind(12, after.reps)
            .bind(13, after.lapses);
        return log->run();
    });
    if (!r)
        return r.error();
    return after;
}

Result<std::vector<ReviewLogEntry>> reviewHistory(store::Database& db, const std::string& cardId)
{
    auto s = db.prepare("SELECT id, reviewed_at, rating, state, due, stability, difficulty, elapsed_days, "
                        "scheduled_days, learning_steps, reps, lapses, source FROM review_log WHERE card_id = ?1 "
                        "ORDER BY reviewed_at, id");
    if (!s)
        return s.error();
    s->bind(1, cardId);
    std::vector<ReviewLogEntry> entries;
    auto rowsRead = s->forEachRow([&] {
        ReviewLogEntry e;
        e.id = s->columnInt(0);
        e.cardId = cardId;
        e.reviewedAt = s->columnInt(1);
        e.rating = static_cast<Rating>(s->columnInt(2));
        e.after.state = static_cast<CardState>(s->columnInt(3));
        e.after.due = s->columnInt(4);
        e.after.stability = s->columnDouble(5);
        e.after.difficulty = s->columnDouble(6);
        e.after.elapsedDays = s->columnInt(7);
        e.after.scheduledDays = s->columnInt(8);
        e.after.learningSteps = static_cast<int>(s->columnInt(9));
        e.after.reps = static_cast<int>(s->columnInt(10));
        e.after.lapses = static_cast<int>(s->columnInt(11));
        e.after.lastReview = e.reviewedAt;
        e.source = s->columnText(12);
        entries.push_back(std::move(e));
    });
    if (!rowsRead)
        return rowsRead.error();
    return entries;
}

Result<MemoryState> undoLastReview(store::Database& db, const std::string& cardId)
{
    MemoryState restored;
    auto r = db.transaction([&]() -> Result<void> {
        auto history = reviewHistory(db, cardId);
        if (!history)
            return history.error();
        if (history->empty())
            return Error{ErrorCode::NotFound, fmt::format("card {} has no review to undo", cardId), {}};
        auto del = db.prepare("DELETE FROM review_log WHERE id = ?1");
        if (!del)
            return del.error();
        del->bind(1, history->back().id);
        if (auto d = del->run(); !d)
            return d;
        history->pop_back();
        if (history->empty()) {
            auto clear = db.prepare("DELETE FROM card_state WHERE card_id = ?1");
            if (!clear)
                return clear.error();
            clear->bind(1, cardId);
            restored = MemoryState{};
            return clear->run();
        }
        restored = history->back().after;
        return writeState(db, cardId, restored);
    });
    if (!r)
        return r.error();
    return restored;
}

} // namespace archdesk::core::study
