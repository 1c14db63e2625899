#pragma once
// Exam mistakes → flashcards: a question answered wrong gets a linked card that the FSRS queue brings back.

#include "core/store/database.h"
#include "core/study/exam_store.h"
#include "core/study/fsrs.h"
#include "core/study/question.h"
#include "core/study/question_index.h"
#include "core/util/result.h"

#include <string>

namespace archdesk::core::study {

// The id of the user card linked to a question: "exam-" + question id.
std::string linkedCardId(const std::string& questionId);

// The linked card's back: each right option ("B. text") with its explanation.
std::string linkedCardBack(const Question& question);

struct MistakeFeed
{
    int created = 0; // new linked cards (each also rated Again)
    int failed = 0;  // existing linked cards rated Again
    int passed = 0;  // existing linked cards rated Good
};

// For a submitted attempt: an answered-wrong question creates its linked card in user_card (front: the stem;
// back: linkedCardBack) or, when the card exists, rates it Again; a right answer on a question that has a
// linked card rates it Good. Unanswered questions and cards the user deleted are left alone. Reviews are
// recorded at the attempt's submission time with source "exam", one transaction per card; running this again
// for the same attempt changes nothing, so it can be repeated after an interruption.
Result<MistakeFeed> feedExamToCards(store::Database& db, const ExamAttempt& attempt,
                                    const QuestionIndex& questions, const FsrsScheduler& scheduler);

} // namespace archdesk::core::study
