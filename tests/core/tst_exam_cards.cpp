// Exam mistakes → flashcards: a wrong answer creates a linked card and fails it; a later wrong answer fails
// it again, a right one counts as a successful review; unanswered questions and deleted cards are left alone;
// repeating the feed for the same attempt changes nothing.
#include "core/store/migrations.h"
#include "core/study/exam_cards.h"
#include "core/study/review_store.h"

#include <QtTest>

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

Question question(const std::string& id, const std::string& key)
{
    Question q;
    q.id = id;
    q.stem = "Stem of " + id;
    for (const char* k : {"A", "B", "C", "D"})
        q.options.push_back({k, std::string("text ") + k, key == k, std::string("because ") + k});
    q.domains["sap-c02"] = "c02-d1";
    return q;
}

struct Fixture
{
    QTemporaryDir dir;
    store::Database db = store::openUserDatabase(dir.filePath("a.db").toStdString()).value();
    ExamStore exams{db};
    std::vector<Question> bank = {question("q-a", "A"), question("q-b", "B"), question("q-c", "C")};
    QuestionIndex index = indexQuestions(bank);
    FsrsScheduler scheduler;

    // Takes and submits an exam over q-a, q-b, q-c with these answers; returns the submitted attempt.
    ExamAttempt take(const std::vector<std::string>& answers, EpochMs submitAt)
    {
        AssembledExam exam;
        exam.blueprintId = "sap-c02";
        exam.minutes = 10;
        exam.questions = {{"q-a", "c02-d1"}, {"q-b", "c02-d1"}, {"q-c", "c02-d1"}};
        const auto id = *exams.start(exam, true, submitAt - 1000);
        for (int i = 0; i < 3; ++i)
            if (!answers[static_cast<std::size_t>(i)].empty())
                (void)exams.saveAnswer(id, i, answers[static_cast<std::size_t>(i)], 10, 10, submitAt - 500);
        (void)exams.finish(id, 100, submitAt);
        return *exams.load(id);
    }

    int count(const std::string& sql)
    {
        auto s = db.prepare(sql);
        return s && *s->step() ? static_cast<int>(s->columnInt(0)) : -1;
    }
};

} // namespace

class TstExamCards : public QObject
{
    Q_OBJECT
private slots:
    void wrongAnswer_createsALinkedCard_withStemAndRightAnswer_dueSoon()
    {
        Fixture f;
        const EpochMs at = 1'700'000'000'000;
        const auto attempt = f.take({"B", "B", ""}, at); // q-a wrong, q-b right, q-c unanswered
        const auto feed = feedExamToCards(f.db, attempt, f.index, f.scheduler);
        QVERIFY(feed.ok());
        QCOMPARE(feed->created, 1);
        QCOMPARE(feed->failed, 0);
        QCOMPARE(feed->passed, 0); // q-b was right but had no card: nothing to review
        QCOMPARE(f.count("SELECT COUNT(*) FROM user_card"), 1);
        auto card = f.db.prepare("SELECT id, front, back, json FROM user_card");
        QVERIFY(*card->step());
        QCOMPARE(card->columnText(0), std::string("exam-q-a"));
        QCOMPARE(card->columnText(1), std::string("Stem of q-a"));
        QCOMPARE(card->columnText(2), std::string("A. text A\nbecause A"));
        QVERIFY(QString::fromStdString(card->columnText(3)).contains("\"question\":\"q-a\""));
        // Failed at submission: in (re)learning, due within the first learning step (1 minute).
        const auto state = loadMemoryState(f.db, "exam-q-a");
        QCOMPARE(state->state, CardState::Learning);
        QVERIFY(state->due > at && state->due <= at + kMsPerMinute);
        const auto log = reviewHistory(f.db, "exam-q-a");
        QCOMPARE(log->size(), std::size_t(1));
        QCOMPARE((*log)[0].rating, Rating::Again);
        QCOMPARE((*log)[0].source, std::string("exam"));
    }

    void laterAttempts_failAgainOrPass_theLinkedCard()
    {
        Fixture f;
        const EpochMs day = kMsPerDay;
        QVERIFY(
            feedExamToCards(f.db, f.take({"B", "A", "A"}, 10 * day), f.index, f.scheduler).ok()); // 3 wrong
        const auto second = feedExamToCards(f.db, f.take({"C", "B", ""}, 12 * day), f.index, f.scheduler);
        QVERIFY(second.ok());
        QCOMPARE(second->created, 0);
        QCOMPARE(second->failed, 1); // q-a wrong again
        QCOMPARE(second->passed, 1); // q-b right now; q-c unanswered: untouched
        const auto a = reviewHistory(f.db, "exam-q-a");
        QCOMPARE(a->size(), std::size_t(2));
        QCOMPARE(a->back().rating, Rating::Again);
        const auto b = reviewHistory(f.db, "exam-q-b");
        QCOMPARE(b->back().rating, Rating::Good);
        QCOMPARE(reviewHistory(f.db, "exam-q-c")->size(), std::size_t(1));
        QCOMPARE(f.count("SELECT COUNT(*) FROM user_card"), 3);
    }

    void feedingTheSameAttemptTwice_changesNothing()
    {
        Fixture f;
        const auto attempt = f.take({"B", "A", "C"}, 5 * kMsPerDay);
        QVERIFY(feedExamToCards(f.db, attempt, f.index, f.scheduler).ok());
        const auto again = feedExamToCards(f.db, attempt, f.index, f.scheduler);
        QVERIFY(again.ok());
        QCOMPARE(again->created + again->failed + again->passed, 0);
        QCOMPARE(f.count("SELECT COUNT(*) FROM review_log"), 2);
    }

    void deletedLinkedCard_isNotBroughtBack()
    {
        Fixture f;
        QVERIFY(feedExamToCards(f.db, f.take({"B", "B", "C"}, kMsPerDay), f.index, f.scheduler).ok());
        QVERIFY(f.db.exec("UPDATE user_card SET deleted = 1 WHERE id = 'exam-q-a'").ok());
        const auto feed = feedExamToCards(f.db, f.take({"D", "B", "C"}, 3 * kMsPerDay), f.index, f.scheduler);
        QCOMPARE(feed->created + feed->failed, 0);
        QCOMPARE(reviewHistory(f.db, "exam-q-a")->size(), std::size_t(1));
    }

    void unsubmittedAttempt_isRefused()
    {
        Fixture f;
        AssembledExam exam;
        exam.blueprintId = "sap-c02";
        exam.questions = {{"q-a", "c02-d1"}};
        const auto id = *f.exams.start(exam, true, 0);
        QVERIFY(!feedExamToCards(f.db, *f.exams.load(id), f.index, f.scheduler).ok());
    }
};

QTEST_APPLESS_MAIN(TstExamCards)
#include "tst_exam_cards.moc"
