#pragma once
// ExamSession: one attempt being taken — the answers in memory, the clock, and every change saved as it is
// made.

#include "core/store/database.h"
#include "core/study/blueprint.h"
#include "core/study/exam_store.h"
#include "core/study/question_index.h"

#include <QElapsedTimer>
#include <QString>
#include <optional>

namespace archdesk::ui {

class ExamSession
{
public:
    // Takes over an attempt already stored (new or resumed); the clock starts running now.
    ExamSession(core::store::Database& db, core::study::ExamAttempt attempt,
                const core::study::Blueprint& blueprint, const core::study::QuestionIndex& questions);

    const core::study::ExamAttempt& attempt() const { return m_attempt; }
    const core::study::Blueprint& blueprint() const { return m_blueprint; }
    int count() const { return static_cast<int>(m_attempt.answers.size()); }
    int position() const { return m_position; }
    const core::study::Question* question(int position) const;
    const core::study::ExamAnswer& answer(int position) const;

    // Total time used on this attempt, and what is left when it is timed (never below zero).
    qint64 timeUsedMs() const;
    qint64 timeLeftMs() const;
    bool timedOut() const { return m_attempt.timed && timeLeftMs() <= 0; }
    // Where a steady pace would be by now (questions done), for the pacing hint.
    double pacedPosition() const;
    // In review mode an answered question is locked and shows its feedback.
    bool locked(int position) const;

    // Each returns an error message, or empty; the change is committed before it returns.
    QString moveTo(int position);
    QString setAnswer(const std::string& keys);
    QString toggleFlag();
    QString saveTime(); // the periodic save, so that a crash loses at most a few seconds
    QString submit();

    QString lastError() const { return m_lastError; }

private:
    qint64 questionTimeMs() const;
    QString recordTime();
    QString fail(const core::Error& error);

    core::study::ExamStore m_store;
    core::store::Database& m_db;
    core::study::ExamAttempt m_attempt;
    const core::study::Blueprint& m_blueprint;
    const core::study::QuestionIndex& m_questions;
    QElapsedTimer m_clock;
    qint64 m_usedAtResume = 0;
    qint64 m_questionShownAt = 0; // timeUsedMs() when the current question was shown
    int m_position = 0;
    QString m_lastError;
};

} // namespace archdesk::ui
