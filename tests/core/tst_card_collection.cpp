// Cards and the review queue: user edits of bundled cards, suspend/bury/reset/delete with undo, daily limits
// and Anki's order (learning first, new cards spread among reviews).
#include <QtTest>

#include "core/store/migrations.h"
#include "core/study/card_collection.h"
#include "core/study/review_queue.h"
#include "core/study/review_store.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

store::Database openMemory()
{
    auto db = store::Database::open(":memory:");
    const auto migrated = store::migrate(*db, store::schemaMigrations());
    Q_ASSERT(migrated.ok());
    (void)migrated;
    return std::move(*db);
}

std::vector<Card> bundledCards(int n)
{
    std::vector<Card> cards;
    for (int i = 0; i < n; ++i) {
        Card c;
        c.id = "c-" + std::to_string(i);
        c.front = "front " + std::to_string(i);
        c.back = "back " + std::to_string(i);
        c.services = {i % 2 ? "ec2" : "s3"};
        cards.push_back(c);
    }
    return cards;
}

const EpochMs kNow = 1'773'144'000'000; // 2026-03-10T12:00:00Z

} // namespace

class TstCardCollection : public QObject
{
    Q_OBJECT
private slots:
    void editOfBundledCard_isStoredAsUsersVersion()
    {
        auto db = openMemory();
        auto c = CardCollection::load(db, bundledCards(3));
        QVERIFY(c.ok());
        Card edited = c->find("c-1")->card;
        edited.back = "my own words";
        QVERIFY(c->saveCard(db, edited, kNow).ok());
        QCOMPARE(c->find("c-1")->card.back, std::string("my own words"));
        QVERIFY(c->find("c-1")->edited);
        // Reloading from the database (a new session) keeps the edit, in the bundled card's place.
        auto again = CardCollection::load(db, bundledCards(3));
        QCOMPARE(again->cards()[1].card.back, std::string("my own words"));
        QCOMPARE(again->size(), std::size_t(3));
    }

    void newUserCard_getsAnIdAndAppearsAfterBundled()
    {
        auto db = openMemory();
        auto c = CardCollection::load(db, bundledCards(2));
        Card mine;
        mine.front = "What is a Savings Plan?";
        mine.back = "An hourly commitment.";
        auto id = c->saveCard(db, mine, kNow);
        QVERIFY(id.ok());
        QCOMPARE(c->size(), std::size_t(3));
        QCOMPARE(c->cards().back().card.id, *id);
        QVERIFY(!c->cards().back().bundled);
        Card empty;
        QVERIFY(!c->saveCard(db, empty, kNow).ok());
    }

    void delete_thenUndo_restoresCardsAndEdits()
    {
        auto db = openMemory();
        auto c = CardCollection::load(db, bundledCards(4));
        Card edited = c->find("c-2")->card;
        edited.front = "edited";
        QVERIFY(c->saveCard(db, edited, kNow).ok());
        QVERIFY(recordReview(db, "c-2", Rating::Good, kNow, FsrsScheduler()).ok());
        auto undo = c->remove(db, {"c-0", "c-2"}, kNow + 1000);
        QVERIFY(undo.ok());
        QCOMPARE(c->size(), std::size_t(2));
        QVERIFY(!c->find("c-0") && !c->find("c-2"));
        QCOMPARE(CardCollection::load(db, bundledCards(4))->size(), std::size_t(2));
        QVERIFY(c->undoRemove(db, *undo).ok());
        QCOMPARE(c->size(), std::size_t(4));
        QCOMPARE(c->find("c-2")->card.front, std::string("edited"));
        QCOMPARE(c->find("c-2")->memory.reps, 1); // progress survives a delete and its undo
        QVERIFY(!c->find("c-0")->edited);
    }

    void suspendBuryReset_persistAndLeaveTheQueue()
    {
        auto db = openMemory();
        auto c = CardCollection::load(db, bundledCards(3));
        QVERIFY(c->setSuspended(db, {"c-0"}, true).ok());
        QVERIFY(c->bury(db, {"c-1"}, kNow).ok());
        ReviewQueue q(*c, kNow, {}, {});
        QCOMPARE(q.counts().newLeft, 1);
        QCOMPARE(*q.next(kNow, 0), std::string("c-2"));
        // Burial ends at the next UTC midnight; suspension stays.
        auto reloaded = CardCollection::load(db, bundledCards(3));
        QVERIFY(reloaded->find("c-0")->suspended);
        const EpochMs tomorrow = utcMidnight(kNow) + kMsPerDay + 1;
        QCOMPARE(ReviewQueue(*reloaded, tomorrow, {}, {}).counts().newLeft, 2);
        // Reset makes a reviewed card New again.
        auto m = recordReview(db, "c-2", Rating::Easy, kNow, FsrsScheduler());
        c->setMemory("c-2", *m);
        QVERIFY(c->reset(db, {"c-2"}).ok());
        QCOMPARE(c->find("c-2")->memory.state, CardState::New);
        QCOMPARE(CardCollection::load(db, bundledCards(3))->find("c-2")->memory.state, CardState::New);
    }

    void bulkTag_addsOnceAndIsSearchable()
    {
        auto db = openMemory();
        auto c = CardCollection::load(db, bundledCards(3));
        QVERIFY(c->addTag(db, {"c-0", "c-1"}, "exam-week", kNow).ok());
        QVERIFY(c->addTag(db, {"c-0"}, "exam-week", kNow).ok());
        QCOMPARE(c->find("c-0")->card.tags.size(), std::size_t(1));
        QCOMPARE(c->search(*CardQuery::parse("tag:exam-week"), kNow).size(), std::size_t(2));
        QVERIFY(!c->addTag(db, {"c-0"}, "two words", kNow).ok());
    }

    void queue_respectsDailyNewLimit_andCountsTodaysWork()
    {
        auto db = openMemory();
        auto c = CardCollection::load(db, bundledCards(30));
        StudyLimits limits;
        limits.newPerDay = 5;
        QCOMPARE(ReviewQueue(*c, kNow, limits, {}).counts().newLeft, 5);
        for (int i = 0; i < 3; ++i)
            QVERIFY(recordReview(db, "c-" + std::to_string(i), Rating::Easy, kNow + i, FsrsScheduler()).ok());
        auto done = studiedToday(db, kNow + 10);
        QCOMPARE(done->newCards, 3);
        auto fresh = CardCollection::load(db, bundledCards(30));
        QCOMPARE(ReviewQueue(*fresh, kNow + 10, limits, *done).counts().newLeft, 2);
        // The next day the limit starts over.
        QCOMPARE(studiedToday(db, kNow + kMsPerDay)->newCards, 0);
    }

    void queue_learningFirst_thenNewSpreadAmongReviews()
    {
        auto db = openMemory();
        auto c = CardCollection::load(db, bundledCards(12));
        const FsrsScheduler f;
        // c-0..c-7 become review cards due today; c-8 is in learning, due now.
        for (int i = 0; i < 8; ++i) {
            MemoryState m;
            m.state = CardState::Review;
            m.stability = 10;
            m.difficulty = 5;
            m.due = kNow - (8 - i) * kMsPerMinute;
            m.lastReview = kNow - 10 * kMsPerDay;
            c->setMemory("c-" + std::to_string(i), m);
        }
        auto learning = f.review(MemoryState{}, Rating::Again, kNow - 5 * kMsPerMinute);
        c->setMemory("c-8", learning);
        StudyLimits limits;
        limits.newPerDay = 2;
        ReviewQueue q(*c, kNow, limits, {});
        QCOMPARE(q.counts().learning, 1);
        QCOMPARE(q.counts().review, 8);
        QCOMPARE(q.counts().newLeft, 2);
        QCOMPARE(*q.next(kNow, 0), std::string("c-8"));
        c->setMemory("c-8", f.review(learning, Rating::Good, kNow)); // now due in 10 minutes
        ReviewQueue q2(*c, kNow, limits, {});
        // (8 + 2) / 2 = 5: reviews, oldest due first, with a new card on every fifth answer.
        QCOMPARE(*q2.next(kNow, 0), std::string("c-0"));
        QCOMPARE(*q2.next(kNow, 4), std::string("c-9"));
        // Nothing else left: a learning card due within 20 minutes is shown early.
        for (int i = 0; i < 12; ++i)
            if (i != 8)
                QVERIFY(c->setSuspended(db, {"c-" + std::to_string(i)}, true).ok());
        ReviewQueue q3(*c, kNow, limits, {});
        QCOMPARE(*q3.next(kNow, 0), std::string("c-8"));
        QVERIFY(!q3.next(kNow - kMsPerHour, 0).has_value());
    }
};

QTEST_GUILESS_MAIN(TstCardCollection)
#include "tst_card_collection.moc"
