#include "ui/exam/exam_session.h"

#include "core/study/exam_cards.h"
#include "core/study/fsrs.h"
#include "core/util/clock.h"

#include <algorithm>

namespace archdesk::ui {

ExamSession::ExamSession(core::store::Database& db, core::study::ExamAttempt attempt,
                         const core::study::Blueprint& blueprint, const core::study::QuestionIndex& questions)
    : m_store(db), m_db(db), m_attempt(std::move(attempt)), m_blueprint(blueprint), m_questions(questions)
{
    m_usedAtResume = m_attempt.timeUsedMs;
    m_clock.start();
    m_questionShownAt = timeUsedMs();
    // Resume where the user stopped: the first unanswered question, else the first.
    for (int i = 0; i < count(); ++i)
        if (m_attempt.answers[static_cast<std::size_t>(i)].answer.empty()) {
            m_position = i;
            break;
        }
}

const core::study::Question* ExamSession::question(int position) const
{
    if (position < 0 || position >= count())
        return nullptr;
    const auto found = m_questions.find(m_attempt.answers[static_cast<std::size_t>(position)].questionId);
    return found == m_questions.end() ? nullptr : found->second;
}

const core::study::ExamAnswer& ExamSession::answer(int position) const
{
    return m_attempt.answers[static_cast<std::size_t>(std::clamp(position, 0, count() - 1))];
}

qint64 ExamSession::timeUsedMs() const
{
    return m_usedAtResume + m_clock.elapsed();
}

qint64 ExamSession::timeLeftMs() const
{
    return std::max<qint64>(0, m_attempt.timeLimitMs - timeUsedMs());
}

double ExamSession::pacedPosition() const
{
    if (m_attempt.timeLimitMs <= 0)
        return 0;
    return std::min<double>(count(), static_cast<double>(count()) * timeUsedMs() / m_attempt.timeLimitMs);
}

bool ExamSession::locked(int position) const
{
    return m_attempt.mode.reviewFeedback && !answer(position).answer.empty();
}

qint64 ExamSession::questionTimeMs() const
{
    return answer(m_position).timeMs + (timeUsedMs() - m_questionShownAt);
}

QString ExamSession::fail(const core::Error& error)
{
    m_lastError = QString::fromStdString(error.describe());
    return m_lastError;
}

QString ExamSession::moveTo(int position)
{
    if (position < 0 || position >= count() || position == m_position)
        return {};
    if (QString e = recordTime(); !e.isEmpty())
        return e;
    m_position = position;
    return {};
}

QString ExamSession::setAnswer(const std::string& keys)
{
    if (locked(m_position))
        return {};
    const qint64 spent = questionTimeMs();
    const qint64 used = timeUsedMs();
    const core::EpochMs now = core::SystemClock().now();
    if (auto r = m_store.saveAnswer(m_attempt.id, m_position, keys, spent, used, now); !r)
        return fail(r.error());
    auto& a = m_attempt.answers[static_cast<std::size_t>(m_position)];
    a.answer = core::study::normalizeAnswer(keys);
    a.answeredAt = a.answer.empty() ? std::nullopt : std::optional<core::EpochMs>(now);
    a.timeMs = spent;
    m_attempt.timeUsedMs = used;
    m_questionShownAt = used;
    return {};
}

QString ExamSession::toggleFlag()
{
    auto& a = m_attempt.answers[static_cast<std::size_t>(m_position)];
    const qint64 spent = questionTimeMs();
    const qint64 used = timeUsedMs();
    if (auto r = m_store.saveFlag(m_attempt.id, m_position, !a.flagged, spent, used); !r)
        return fail(r.error());
    a.flagged = !a.flagged;
    a.timeMs = spent;
    m_attempt.timeUsedMs = used;
    m_questionShownAt = used;
    return {};
}

QString ExamSession::saveTime()
{
    if (m_attempt.finished())
        return {};
    return recordTime();
}

QString ExamSession::recordTime()
{
    // The time on the current question and in the exam, committed; the next question's clock starts now.
    const qint64 spent = questionTimeMs();
    const qint64 used = timeUsedMs();
    if (auto r = m_store.saveTime(m_attempt.id, m_position, spent, used); !r)
        return fail(r.error());
    m_attempt.answers[static_cast<std::size_t>(m_position)].timeMs = spent;
    m_attempt.timeUsedMs = used;
    m_questionShownAt = used;
    return {};
}

QString ExamSession::submit()
{
    if (QString e = saveTime(); !e.isEmpty())
        return e;
    const qint64 used =
        m_attempt.timed ? std::min<qint64>(timeUsedMs(), m_attempt.timeLimitMs) : timeUsedMs();
    const core::EpochMs now = core::SystemClock().now();
    if (auto r = m_store.finish(m_attempt.id, used, now); !r)
        return fail(r.error());
    m_attempt.finishedAt = now;
    m_attempt.timeUsedMs = used;
    // Mistakes go to the flashcards; the exam itself is already safely submitted if this fails.
    if (auto fed = core::study::feedExamToCards(m_db, m_attempt, m_questions, core::study::FsrsScheduler());
        !fed)
        return fail(fed.error());
    return {};
}

} // namespace archdesk::ui
