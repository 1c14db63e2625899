#include "core/study/exam_store.h"

#include <fmt/format.h>

namespace archdesk::core::study {

namespace {

constexpr const char* kUnfinished =
    "EXISTS (SELECT 1 FROM exam_attempt WHERE id = ?1 AND finished_at IS NULL)";

Error notChangeable(std::int64_t attemptId, int position)
{
    return Error{
        ErrorCode::NotFound,
        fmt::format("exam attempt {} has no question {} or was already submitted", attemptId, position + 1),
        {}};
}

Result<std::vector<ExamAnswer>> loadAnswers(store::Database& db, std::int64_t attemptId)
{
    auto stmt = db.prepare("SELECT position, question_id, domain_id, answer, flagged, time_ms, answered_at "
                           "FROM exam_answer WHERE attempt_id = ?1 ORDER BY position");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attemptId);
    std::vector<ExamAnswer> answers;
    auto rowsRead = stmt->forEachRow([&] {
        ExamAnswer a;
        a.position = static_cast<int>(stmt->columnInt(0));
        a.questionId = stmt->columnText(1);
        a.domainId = stmt->columnText(2);
        a.answer = stmt->columnText(3);
        a.flagged = stmt->columnInt(4) != 0;
        a.timeMs = stmt->columnInt(5);
        if (!stmt->columnIsNull(6))
            a.answeredAt = stmt->columnInt(6);
        answers.push_back(std::move(a));
    });
    if (!rowsRead)
        return rowsRead.error();
    return answers;
}

constexpr const char* kAttemptColumns = "id, blueprint, mode, seed, timed, time_limit_ms, time_used_ms, "
                                        "started_at, finished_at FROM exam_attempt";

ExamAttempt readAttempt(const store::Statement& stmt)
{
    ExamAttempt a;
    a.id = stmt.columnInt(0);
    a.blueprintId = stmt.columnText(1);
    // An unreadable mode (written by a newer version) is shown as a full exam rather than hiding the attempt.
    a.mode = ExamMode::fromText(stmt.columnText(2)).value_or(ExamMode{});
    a.seed = static_cast<std::uint64_t>(stmt.columnInt(3));
    a.timed = stmt.columnInt(4) != 0;
    a.timeLimitMs = stmt.columnInt(5);
    a.timeUsedMs = stmt.columnInt(6);
    a.startedAt = stmt.columnInt(7);
    if (!stmt.columnIsNull(8))
        a.finishedAt = stmt.columnInt(8);
    return a;
}

} // namespace

int ExamAttempt::answeredCount() const
{
    int n = 0;
    for (const ExamAnswer& a : answers)
        if (!a.answer.empty())
            ++n;
    return n;
}

std::vector<MarkedAnswer> ExamAttempt::marked() const
{
    std::vector<MarkedAnswer> out;
    out.reserve(answers.size());
    for (const ExamAnswer& a : answers)
        out.push_back({a.questionId, a.domainId, a.answer});
    return out;
}

Result<std::int64_t> ExamStore::start(const AssembledExam& exam, bool timed, EpochMs now)
{
    std::int64_t id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto attempt = m_db.prepare("INSERT INTO exam_attempt (blueprint, mode, seed, timed, time_limit_ms, "
                                    "time_used_ms, started_at) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)");
        if (!attempt)
            return attempt.error();
        attempt->bind(1, exam.blueprintId)
            .bind(2, exam.mode.toText())
            .bind(3, static_cast<std::int64_t>(exam.seed))
            .bind(4, timed ? 1 : 0)
            .bind(5, static_cast<std::int64_t>(exam.minutes) * kMsPerMinute)
            .bind(6, now);
        if (auto run = attempt->run(); !run)
            return run;
        id = m_db.lastInsertRowId();
        auto answer = m_db.prepare(
            "INSERT INTO exam_answer (attempt_id, position, question_id, domain_id) VALUES (?1, ?2, ?3, ?4)");
        if (!answer)
            return answer.error();
        for (std::size_t i = 0; i < exam.questions.size(); ++i) {
            answer->reset();
            answer->bind(1, id)
                .bind(2, static_cast<int>(i))
                .bind(3, exam.questions[i].questionId)
                .bind(4, exam.questions[i].domainId);
            if (auto run = answer->run(); !run)
                return run;
        }
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<void> ExamStore::updateAnswerRow(std::int64_t attemptId, int position, std::string_view sql,
                                        const std::function<void(store::Statement&)>& bind,
                                        EpochMs timeUsedMs)
{
    return m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, attemptId).bind(2, position);
        bind(*stmt);
        if (auto run = stmt->run(); !run)
            return run;
        if (m_db.changes() == 0)
            return notChangeable(attemptId, position);
        auto time =
            m_db.prepare("UPDATE exam_attempt SET time_used_ms = ?2 WHERE id = ?1 AND finished_at IS NULL");
        if (!time)
            return time.error();
        time->bind(1, attemptId).bind(2, timeUsedMs);
        return time->run();
    });
}

Result<void> ExamStore::saveAnswer(std::int64_t attemptId, int position, const std::string& keys,
                                   EpochMs questionTimeMs, EpochMs timeUsedMs, EpochMs now)
{
    const std::string normalized = normalizeAnswer(keys);
    const std::string sql = fmt::format("UPDATE exam_answer SET answer = ?3, time_ms = ?4, answered_at = ?5 "
                                        "WHERE attempt_id = ?1 AND position = ?2 AND {}",
                                        kUnfinished);
    return updateAnswerRow(
        attemptId, position, sql,
        [&](store::Statement& s) {
            s.bind(3, normalized).bind(4, questionTimeMs);
            // Clearing an answer makes the question unanswered again.
            if (normalized.empty())
                s.bindNull(5);
            else
                s.bind(5, now);
        },
        timeUsedMs);
}

Result<void> ExamStore::saveFlag(std::int64_t attemptId, int position, bool flagged, EpochMs questionTimeMs,
                                 EpochMs timeUsedMs)
{
    const std::string sql = fmt::format(
        "UPDATE exam_answer SET flagged = ?3, time_ms = ?4 WHERE attempt_id = ?1 AND position = ?2 AND {}",
        kUnfinished);
    return updateAnswerRow(
        attemptId, position, sql,
        [&](store::Statement& s) { s.bind(3, flagged ? 1 : 0).bind(4, questionTimeMs); }, timeUsedMs);
}

Result<void> ExamStore::saveTime(std::int64_t attemptId, int position, EpochMs questionTimeMs,
                                 EpochMs timeUsedMs)
{
    const std::string sql = fmt::format(
        "UPDATE exam_answer SET time_ms = ?3 WHERE attempt_id = ?1 AND position = ?2 AND {}", kUnfinished);
    return updateAnswerRow(
        attemptId, position, sql, [&](store::Statement& s) { s.bind(3, questionTimeMs); }, timeUsedMs);
}

Result<void> ExamStore::finish(std::int64_t attemptId, EpochMs timeUsedMs, EpochMs now)
{
    return m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE exam_attempt SET time_used_ms = ?2, finished_at = ?3 WHERE id = ?1 "
                                 "AND finished_at IS NULL");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, attemptId).bind(2, timeUsedMs).bind(3, now);
        if (auto run = stmt->run(); !run)
            return run;
        if (m_db.changes() == 0)
            return Error{ErrorCode::NotFound,
                         fmt::format("exam attempt {} does not exist or was already submitted", attemptId),
                         {}};
        return {};
    });
}

Result<void> ExamStore::discard(std::int64_t attemptId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("DELETE FROM exam_attempt WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, attemptId);
        return stmt->run();
    });
}

Result<ExamAttempt> ExamStore::load(std::int64_t attemptId)
{
    auto stmt = m_db.prepare(fmt::format("SELECT {} WHERE id = ?1", kAttemptColumns));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attemptId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, fmt::format("there is no exam attempt {}", attemptId), {}};
    ExamAttempt attempt = readAttempt(*stmt);
    auto answers = loadAnswers(m_db, attemptId);
    if (!answers)
        return answers.error();
    attempt.answers = std::move(*answers);
    return attempt;
}

Result<std::optional<std::int64_t>> ExamStore::latestUnfinished()
{
    auto stmt = m_db.prepare(
        "SELECT id FROM exam_attempt WHERE finished_at IS NULL ORDER BY started_at DESC, id DESC "
        "LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>{stmt->columnInt(0)};
}

Result<std::vector<ExamAttempt>> ExamStore::finishedAttempts()
{
    auto stmt = m_db.prepare(
        fmt::format("SELECT {} WHERE finished_at IS NOT NULL ORDER BY finished_at, id", kAttemptColumns));
    if (!stmt)
        return stmt.error();
    std::vector<ExamAttempt> attempts;
    auto rowsRead = stmt->forEachRow([&] {
        attempts.push_back(readAttempt(*stmt));
    });
    if (!rowsRead)
        return rowsRead.error();
    for (ExamAttempt& a : attempts) {
        auto answers = loadAnswers(m_db, a.id);
        if (!answers)
            return answers.error();
        a.answers = std::move(*answers);
    }
    return attempts;
}

Result<QuestionHistory> ExamStore::questionHistory(const QuestionIndex& questions)
{
    QuestionHistory history;
    auto seen =
        m_db.prepare("SELECT x.question_id, MAX(COALESCE(x.answered_at, a.started_at)) FROM exam_answer x "
                     "JOIN exam_attempt a ON a.id = x.attempt_id GROUP BY x.question_id");
    if (!seen)
        return seen.error();
    auto seenRead = seen->forEachRow([&] { history.lastSeen.emplace(seen->columnText(0), seen->columnInt(1)); });
    if (!seenRead)
        return seenRead.error();
    // The latest answer given to each question in a submitted attempt decides whether it is still a mistake.
    auto latest = m_db.prepare("SELECT x.question_id, x.answer FROM exam_answer x "
                               "JOIN exam_attempt a ON a.id = x.attempt_id "
                               "WHERE a.finished_at IS NOT NULL AND x.answered_at IS NOT NULL "
                               "ORDER BY x.answered_at, a.id, x.position");
    if (!latest)
        return latest.error();
    std::unordered_map<std::string, std::string> lastAnswer;
    auto latestRead = latest->forEachRow([&] { lastAnswer[latest->columnText(0)] = latest->columnText(1); });
    if (!latestRead)
        return latestRead.error();
    for (const auto& [id, answer] : lastAnswer) {
        const auto q = questions.find(id);
        if (q != questions.end() && !isAnswerCorrect(*q->second, answer))
            history.mistakes.insert(id);
    }
    return history;
}

} // namespace archdesk::core::study
