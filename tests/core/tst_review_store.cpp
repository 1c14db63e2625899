// Review persistence: live reviewing through the database gives the replay's states; undo restores the one before.
#include <QtTest>

#include "core/store/migrations.h"
#include "core/study/fsrs_replay.h"
#include "core/study/review_store.h"
#include "core/util/json_file.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

store::Database openMemory()
{
    auto db = store::Database::open(":memory:");
    auto r = store::migrate(*db, store::schemaMigrations());
    Q_ASSERT(r.ok());
    return std::move(*db);
}

int count(store::Database& db, const char* sql)
{
    auto s = db.prepare(sql);
    (void)s->step();
    return static_cast<int>(s->columnInt(0));
}

} // namespace

class TstReviewStore : public QObject
{
    Q_OBJECT
private slots:
    void unseenCard_isNew()
    {
        auto db = openMemory();
        auto m = loadMemoryState(db, "c-none");
        QVERIFY(m.ok());
        QCOMPARE(m->state, CardState::New);
        QCOMPARE(m->reps, 0);
    }

    // The issue: replaying a review log rebuilds the same states as live reviewing.
    void liveReviews_equalReplay_forFixtureCards()
    {
        const std::string path = ARCHDESK_TESTS_DIR "/core/fixtures/fsrs/reviews300.json";
        auto json = readJsonFile(path);
        QVERIFY(json.ok());
        const auto input = parseReplayInput(*json, path);
        QVERIFY(input.ok());
        auto db = openMemory();
        const FsrsScheduler f;
        int reviews = 0;
        for (std::size_t c = 0; c < 40; ++c) {
            const auto& card = input.cards[c];
            const std::string id = "card-" + std::to_string(c);
            const auto replayed = replayCard(f, card);
            for (std::size_t i = 0; i < card.reviews.size(); ++i) {
                auto live = recordReview(db, id, card.reviews[i].rating, card.reviews[i].time, f);
                QVERIFY(live.ok());
                QCOMPARE(live->due, replayed[i].due);
                QCOMPARE(live->stability, replayed[i].stability);
                ++reviews;
            }
            auto stored = loadMemoryState(db, id);
            QVERIFY(stored.ok());
            const auto& last = replayed.back();
            QCOMPARE(stored->state, last.state);
            QCOMPARE(stored->due, last.due);
            QCOMPARE(stored->stability, last.stability);
            QCOMPARE(stored->difficulty, last.difficulty);
            QCOMPARE(stored->reps, last.reps);
            QCOMPARE(stored->lapses, last.lapses);
            QCOMPARE(stored->learningSteps, last.learningSteps);
            QCOMPARE(stored->lastReview, card.reviews.back().time);
        }
        QCOMPARE(count(db, "SELECT COUNT(*) FROM review_log"), reviews);
    }

    void undo_restoresPreviousState_thenNew()
    {
        auto db = openMemory();
        const FsrsScheduler f;
        const EpochMs t0 = parseIso8601("2026-03-01T10:00:00Z").value();
        auto first = recordReview(db, "c-1", Rating::Good, t0, f);
        auto second = recordReview(db, "c-1", Rating::Good, t0 + 10 * kMsPerMinute, f);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second->state, CardState::Review);
        auto undone = undoLastReview(db, "c-1");
        QVERIFY(undone.ok());
        QCOMPARE(undone->state, CardState::Learning);
        QCOMPARE(undone->due, first->due);
        QCOMPARE(undone->reps, 1);
        QCOMPARE(undone->learningSteps, 1);
        QCOMPARE(loadMemoryState(db, "c-1")->due, first->due);
        // Reviewing again after an undo gives what the first second review gave.
        auto again = recordReview(db, "c-1", Rating::Good, t0 + 10 * kMsPerMinute, f);
        QCOMPARE(again->due, second->due);
        QVERIFY(undoLastReview(db, "c-1").ok());
        auto toNew = undoLastReview(db, "c-1");
        QVERIFY(toNew.ok());
        QCOMPARE(toNew->state, CardState::New);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM card_state"), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM review_log"), 0);
        auto nothing = undoLastReview(db, "c-1");
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().code, ErrorCode::NotFound);
    }

    void review_keepsSuspensionFlags()
    {
        auto db = openMemory();
        const FsrsScheduler f;
        QVERIFY(recordReview(db, "c-2", Rating::Easy, 1'700'000'000'000, f).ok());
        QVERIFY(db.exec("UPDATE card_state SET suspended = 1 WHERE card_id = 'c-2'").ok());
        QVERIFY(recordReview(db, "c-2", Rating::Good, 1'700'900'000'000, f).ok());
        QCOMPARE(count(db, "SELECT suspended FROM card_state WHERE card_id = 'c-2'"), 1);
    }

    void failedWrite_leavesNothingBehind()
    {
        auto db = openMemory();
        const FsrsScheduler f;
        // A trigger makes the log insert fail after card_state was written: the transaction must undo both.
        QVERIFY(db.exec("CREATE TRIGGER no_log BEFORE INSERT ON review_log BEGIN SELECT RAISE(ABORT, 'refused'); END")
                    .ok());
        auto r = recordReview(db, "c-3", Rating::Good, 1'700'000'000'000, f);
        QVERIFY(!r.ok());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM card_state"), 0);
    }
};

QTEST_GUILESS_MAIN(TstReviewStore)
#include "tst_review_store.moc"
