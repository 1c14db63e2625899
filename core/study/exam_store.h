#pragma once
// ExamStore: practice exam attempts in the user's database — every answer, flag and elapsed time committed
// when made.

#include "core/store/database.h"
#include "core/study/exam_assembly.h"
#include "core/study/exam_mode.h"
#include "core/study/exam_scoring.h"
#include "core/study/question_index.h"
#include "core/util/result.h"
#include "core/util/time.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archdesk::core::study {

struct ExamAnswer
{
    int position = 0;
    std::string questionId;
    std::string domainId;
    std::string answer; // selected keys, "" when unanswered
    bool flagged = false;
    EpochMs timeMs = 0; // time spent on this question so far
    std::optional<EpochMs> answeredAt;
};

struct ExamAttempt
{
    std::int64_t id = 0;
    std::string blueprintId;
    ExamMode mode;
    std::uint64_t seed = 0;
    bool timed = true;
    EpochMs timeLimitMs = 0;
    EpochMs timeUsedMs = 0;
    EpochMs startedAt = 0;
    std::optional<EpochMs> finishedAt;
    std::vector<ExamAnswer> answers; // by position

    bool finished() const { return finishedAt.has_value(); }
    int answeredCount() const;
    std::vector<MarkedAnswer> marked() const;
};

class ExamStore
{
public:
    explicit ExamStore(store::Database& db) : m_db(db) {}

    // Records a new attempt with its questions in order; returns its id.
    Result<std::int64_t> start(const AssembledExam& exam, bool timed, EpochMs now);

    // Each of these is one transaction. timeUsedMs is the attempt's total time used so far, questionTimeMs
    // the time spent on that question so far. A finished attempt can no longer change: NotFound.
    Result<void> saveAnswer(std::int64_t attemptId, int position, const std::string& keys,
                            EpochMs questionTimeMs, EpochMs timeUsedMs, EpochMs now);
    Result<void> saveFlag(std::int64_t attemptId, int position, bool flagged, EpochMs questionTimeMs,
                          EpochMs timeUsedMs);
    Result<void> saveTime(std::int64_t attemptId, int position, EpochMs questionTimeMs, EpochMs timeUsedMs);
    Result<void> finish(std::int64_t attemptId, EpochMs timeUsedMs, EpochMs now);
    Result<void> discard(std::int64_t attemptId);

    Result<ExamAttempt> load(std::int64_t attemptId);
    // The most recently started attempt that was not submitted, if any: the one to offer to resume.
    Result<std::optional<std::int64_t>> latestUnfinished();
    // Submitted attempts, oldest first, with their answers.
    Result<std::vector<ExamAttempt>> finishedAttempts();
    // When each question was last seen (in any attempt) and which ones were last answered wrong (in a
    // submitted one).
    Result<QuestionHistory> questionHistory(const QuestionIndex& questions);

private:
    Result<void> updateAnswerRow(std::int64_t attemptId, int position, std::string_view sql,
                                 const std::function<void(store::Statement&)>& bind, EpochMs timeUsedMs);
    store::Database& m_db;
};

} // namespace archdesk::core::study
