#include "core/study/exam_cards.h"

#include "core/study/exam_scoring.h"
#include "core/study/review_store.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace archdesk::core::study {

namespace {

enum class CardPresence
{
    Missing,
    Present,
    Deleted
};

Result<CardPresence> cardPresence(store::Database& db, const std::string& cardId)
{
    auto s = db.prepare("SELECT deleted FROM user_card WHERE id = ?1");
    if (!s)
        return s.error();
    s->bind(1, cardId);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return CardPresence::Missing;
    return s->columnInt(0) != 0 ? CardPresence::Deleted : CardPresence::Present;
}

Result<bool> alreadyFed(store::Database& db, const std::string& cardId, EpochMs at)
{
    auto s =
        db.prepare("SELECT 1 FROM review_log WHERE card_id = ?1 AND reviewed_at = ?2 AND source = 'exam'");
    if (!s)
        return s.error();
    s->bind(1, cardId).bind(2, at);
    return s->step();
}

Result<void> createLinkedCard(store::Database& db, const Question& q, EpochMs now)
{
    nlohmann::json extra;
    extra["source"] = "exam";
    extra["question"] = q.id;
    extra["domains"] = q.domains;
    extra["services"] = q.services;
    extra["references"] = q.references;
    return db.transaction([&]() -> Result<void> {
        auto s = db.prepare("INSERT INTO user_card (id, front, back, json, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
        if (!s)
            return s.error();
        s->bind(1, linkedCardId(q.id))
            .bind(2, q.stem)
            .bind(3, linkedCardBack(q))
            .bind(4, extra.dump())
            .bind(5, now);
        return s->run();
    });
}

} // namespace

std::string linkedCardId(const std::string& questionId)
{
    return "exam-" + questionId;
}

std::string linkedCardBack(const Question& question)
{
    std::string back;
    for (const Option& o : question.options) {
        if (!o.correct)
            continue;
        if (!back.empty())
            back += "\n\n";
        back += fmt::format("{}. {}", o.key, o.text);
        if (!o.why.empty())
            back += "\n" + o.why;
    }
    return back;
}

Result<MistakeFeed> feedExamToCards(store::Database& db, const ExamAttempt& attempt,
                                    const QuestionIndex& questions, const FsrsScheduler& scheduler)
{
    MistakeFeed feed;
    if (!attempt.finishedAt)
        return invalidInput(fmt::format("exam attempt {} has not been submitted", attempt.id));
    const EpochMs at = *attempt.finishedAt;
    for (const ExamAnswer& a : attempt.answers) {
        if (a.answer.empty())
            continue;
        const auto found = questions.find(a.questionId);
        if (found == questions.end())
            continue;
        const Question& q = *found->second;
        const std::string cardId = linkedCardId(q.id);
        const bool right = isAnswerCorrect(q, a.answer);
        auto presence = cardPresence(db, cardId);
        if (!presence)
            return presence.error();
        if (*presence == CardPresence::Deleted || (right && *presence == CardPresence::Missing))
            continue;
        auto fed = alreadyFed(db, cardId, at);
        if (!fed)
            return fed.error();
        if (*fed)
            continue;
        if (*presence == CardPresence::Missing) {
            if (auto created = createLinkedCard(db, q, at); !created)
                return created.error();
            ++feed.created;
        } else if (right) {
            ++feed.passed;
        } else {
            ++feed.failed;
        }
        auto reviewed = recordReview(db, cardId, right ? Rating::Good : Rating::Again, at, scheduler, "exam");
        if (!reviewed)
            return reviewed.error();
    }
    return feed;
}

} // namespace archdesk::core::study
