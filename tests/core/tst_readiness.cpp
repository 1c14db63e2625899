// Readiness and the dashboard's counts: due cards, streak, recent exam results per domain, weakest domain.
#include <QtTest>

#include "core/content/content.h"
#include "core/store/migrations.h"
#include "core/study/exam_store.h"
#include "core/study/readiness.h"
#include "core/study/review_store.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

const EpochMs kNoon = 1767614400000; // 2026-01-05T12:00:00Z

// Two domains weighted 0.55 / 0.45; three cards; four questions.
content::Content smallContent()
{
    content::Content c;
    Blueprint b;
    b.id = "bp";
    b.name = "Test blueprint";
    b.questions = 4;
    b.passingScaled = 750;
    b.domains = {{"d1", "One", 0.55, {}}, {"d2", "Two", 0.45, {}}};
    c.blueprints.push_back(b);
    for (const auto& [id, domain] : std::vector<std::pair<std::string, std::string>>{
             {"c-1", "d1"}, {"c-2", "d1"}, {"c-3", "d2"}}) {
        Card card;
        card.id = id;
        card.domains["bp"] = domain;
        c.cards.push_back(card);
    }
    for (int i = 0; i < 4; ++i) {
        Question q;
        q.id = "q-" + std::to_string(i);
        q.domains["bp"] = i < 2 ? "d1" : "d2";
        q.options = {{"A", "a", true, "y"}, {"B", "b", false, "n"}, {"C", "c", false, "n"}, {"D", "d", false, "n"}};
        c.questions.push_back(q);
    }
    return c;
}

} // namespace

class TstReadiness : public QObject
{
    Q_OBJECT
private slots:
    void emptyDatabase_hasNoData_andWeakestIsTheHeaviestDomain()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("r.db").toStdString());
        const auto content = smallContent();
        auto s = summarizeStudy(*db, content, "bp", FsrsScheduler(), kNoon);
        QVERIFY(s.ok());
        QCOMPARE(s->newAvailable, 3);
        QCOMPARE(s->dueToday, 0);
        QCOMPARE(s->streakDays, 0);
        QVERIFY(!s->domains[0].readiness().has_value());
        QCOMPARE(QString::fromStdString(*s->weakestDomain), QString("d1"));
    }

    void reviews_makeCardsDue_andCountTheStreak()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("r.db").toStdString());
        const auto content = smallContent();
        const FsrsScheduler scheduler;
        // Reviews on three consecutive days, the last one today: a streak of 3.
        QVERIFY(recordReview(*db, "c-1", Rating::Good, kNoon - 2 * kMsPerDay, scheduler).ok());
        QVERIFY(recordReview(*db, "c-2", Rating::Good, kNoon - kMsPerDay, scheduler).ok());
        // Again today: a learning step of 1 minute, so it is due today.
        QVERIFY(recordReview(*db, "c-3", Rating::Again, kNoon, scheduler).ok());
        auto s = summarizeStudy(*db, content, "bp", scheduler, kNoon);
        QVERIFY(s.ok());
        QCOMPARE(s->streakDays, 3);
        QCOMPARE(s->reviewsToday, 1);
        QCOMPARE(s->newAvailable, 0);
        QVERIFY(s->dueToday >= 1);
        QVERIFY(s->dueThisWeek >= s->dueToday);
        // Studied cards give a recall between 0 and 1 for both domains.
        QVERIFY(s->domains[0].recall.has_value());
        QVERIFY(*s->domains[0].recall > 0 && *s->domains[0].recall <= 1);
        QCOMPARE(s->domains[0].cardsStudied, 2);
        // Tomorrow without reviews, the streak still counts (today has none yet); two days later it is broken.
        auto tomorrow = summarizeStudy(*db, content, "bp", scheduler, kNoon + kMsPerDay);
        QCOMPARE(tomorrow->streakDays, 3);
        auto later = summarizeStudy(*db, content, "bp", scheduler, kNoon + 2 * kMsPerDay);
        QCOMPARE(later->streakDays, 0);
    }

    void examResults_givePerDomainShares_andTheTrend()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("r.db").toStdString());
        const auto content = smallContent();
        ExamStore exams(*db);
        AssembledExam exam;
        exam.blueprintId = "bp";
        exam.minutes = 10;
        for (int i = 0; i < 4; ++i)
            exam.questions.push_back({"q-" + std::to_string(i), i < 2 ? "d1" : "d2"});
        auto id = exams.start(exam, true, kNoon);
        QVERIFY(id.ok());
        // d1: both right; d2: one right, one wrong.
        QVERIFY(exams.saveAnswer(*id, 0, "A", 1000, 1000, kNoon).ok());
        QVERIFY(exams.saveAnswer(*id, 1, "A", 1000, 2000, kNoon).ok());
        QVERIFY(exams.saveAnswer(*id, 2, "A", 1000, 3000, kNoon).ok());
        QVERIFY(exams.saveAnswer(*id, 3, "B", 1000, 4000, kNoon).ok());
        QVERIFY(exams.finish(*id, 4000, kNoon).ok());
        auto s = summarizeStudy(*db, content, "bp", FsrsScheduler(), kNoon);
        QVERIFY(s.ok());
        QCOMPARE(*s->domains[0].examPercent, 1.0);
        QCOMPARE(*s->domains[1].examPercent, 0.5);
        QCOMPARE(s->domains[1].examQuestions, 2);
        // 3 of 4 right: 100 + 900 × 0.75 = 775.
        QCOMPARE(s->recentScaledScores, std::vector<int>{775});
        // Cards unstudied (recall 0): d1 readiness (1 + 0) / 2 = 0.5, unsecured 0.55 × 0.5 = 0.275;
        // d2 (0.5 + 0) / 2 = 0.25, unsecured 0.45 × 0.75 = 0.3375 — d2 is the one to work on.
        QCOMPARE(*s->domains[0].readiness(), 0.5);
        QCOMPARE(*s->domains[1].readiness(), 0.25);
        QCOMPARE(QString::fromStdString(*s->weakestDomain), QString("d2"));
    }

    void unknownBlueprint_isNotFound()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("r.db").toStdString());
        QVERIFY(!summarizeStudy(*db, smallContent(), "nope", FsrsScheduler(), kNoon).ok());
    }
};

QTEST_APPLESS_MAIN(TstReadiness)
#include "tst_readiness.moc"
