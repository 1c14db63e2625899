// FSRS-6 scheduler: the formulas against the worked numbers of reference/fsrs.md, and whole replays against
// ts-fsrs 5.4.2 outputs produced by the reference harness (tests/core/fixtures/fsrs/README.md).
#include <QtTest>

#include <cmath>

#include "core/study/fsrs.h"
#include "core/study/fsrs_replay.h"
#include "core/util/json_file.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

const QString kFixtures = QStringLiteral(ARCHDESK_TESTS_DIR "/core/fixtures/fsrs/");

EpochMs at(const char* iso) { return parseIso8601(iso).value(); }

bool closeRel(double a, double b, double rel) { return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-300); }

FsrsParameters paramsFromMeta(const nlohmann::json& meta)
{
    FsrsParameters p;
    const auto& params = meta.at("params");
    for (std::size_t i = 0; i < 21; ++i)
        p.w[i] = params.at("w").at(i).get<double>();
    p.requestRetention = params.at("request_retention").get<double>();
    p.maximumInterval = params.at("maximum_interval").get<std::int64_t>();
    p.enableFuzz = params.at("enable_fuzz").get<bool>();
    p.enableShortTerm = params.at("enable_short_term").get<bool>();
    return p;
}

} // namespace

class TstFsrs : public QObject
{
    Q_OBJECT
private slots:
    // reference/fsrs.md §2: factor = 0.9^(1/decay) − 1 = 0.98034649, so R(S, S) = 0.9.
    void factor_defaultDecay_matchesFactsSheet()
    {
        FsrsScheduler f;
        QCOMPARE(f.decay(), -0.1542);
        QCOMPARE(f.factor(), 0.98034649);
        QCOMPARE(f.forgettingCurve(8.2956, 8.2956), 0.9);
        QCOMPARE(f.forgettingCurve(9, 8.2956), 0.89430378);
    }

    void intervalModifier_byRetention_data()
    {
        QTest::addColumn<double>("retention");
        QTest::addColumn<double>("modifier");
        QTest::newRow("0.9 gives exactly 1") << 0.9 << 1.0;
        QTest::newRow("0.8") << 0.8 << 3.3159598;
        QTest::newRow("0.95") << 0.95 << 0.40255869;
    }
    void intervalModifier_byRetention()
    {
        QFETCH(double, retention);
        QFETCH(double, modifier);
        FsrsParameters p;
        p.requestRetention = retention;
        QCOMPARE(FsrsScheduler(p).intervalModifier(), modifier);
    }

    void initialDifficulty_perRating_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("raw");
        QTest::addColumn<double>("clamped");
        QTest::newRow("Again") << 1 << 6.4133 << 6.4133;
        QTest::newRow("Hard") << 2 << 5.11217071 << 5.11217071;
        QTest::newRow("Good") << 3 << 2.11810397 << 2.11810397;
        QTest::newRow("Easy clamps to 1") << 4 << -4.7716307 << 1.0;
    }
    void initialDifficulty_perRating()
    {
        QFETCH(int, rating);
        QFETCH(double, raw);
        QFETCH(double, clamped);
        FsrsScheduler f;
        QCOMPARE(f.initialDifficultyRaw(static_cast<Rating>(rating)), raw);
        QCOMPARE(f.initialDifficulty(static_cast<Rating>(rating)), clamped);
    }

    void nextDifficulty_fromFive_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("expected");
        QTest::newRow("Again") << 1 << 8.34176237;
        QTest::newRow("Hard") << 2 << 6.66599536;
        QTest::newRow("Good") << 3 << 4.99022837;
        QTest::newRow("Easy") << 4 << 3.31446137;
    }
    void nextDifficulty_fromFive()
    {
        QFETCH(int, rating);
        QFETCH(double, expected);
        QCOMPARE(FsrsScheduler().nextDifficulty(5, static_cast<Rating>(rating)), expected);
    }

    // S=10, D=5, t=10 (fsrs.md §2).
    void recallStability_tenDaysAfterTen_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("expected");
        QTest::newRow("Hard") << 2 << 23.24687511;
        QTest::newRow("Good") << 3 << 32.02672948;
        QTest::newRow("Easy") << 4 << 51.25386165;
    }
    void recallStability_tenDaysAfterTen()
    {
        QFETCH(int, rating);
        QFETCH(double, expected);
        FsrsScheduler f;
        const double r = f.forgettingCurve(10, 10);
        QCOMPARE(f.nextRecallStability(5, 10, r, static_cast<Rating>(rating)), expected);
    }

    void forgetStability_tenDaysAfterTen()
    {
        FsrsScheduler f;
        QCOMPARE(f.nextForgetStability(5, 10, f.forgettingCurve(10, 10)), 1.39198697);
    }

    void shortTermStability_fromTen_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("expected");
        QTest::newRow("Again lowers S") << 1 << 3.05124894;
        QTest::newRow("Hard never lowers S") << 2 << 10.0;
        QTest::newRow("Good never lowers S") << 3 << 10.0;
        QTest::newRow("Easy") << 4 << 15.53430795;
    }
    void shortTermStability_fromTen()
    {
        QFETCH(int, rating);
        QFETCH(double, expected);
        QCOMPARE(FsrsScheduler().nextShortTermStability(10, static_cast<Rating>(rating)), expected);
    }

    // fsrs.md §3: Math.round ties go to +∞; 0.5 days rounds up to 1, S·modifier 2.5 to 3.
    void nextInterval_roundsTiesUpAndClamps()
    {
        FsrsScheduler f;
        QCOMPARE(f.nextInterval(2.5), std::int64_t(3));
        QCOMPARE(f.nextInterval(2.4999), std::int64_t(2));
        QCOMPARE(f.nextInterval(0.2), std::int64_t(1));
        QCOMPARE(f.nextInterval(40000), std::int64_t(36500));
    }

    // fsrs.md §4: a new card in learning goes 1m / 6m / 10m, or Easy graduates to ivl(S0) = 8 days.
    void newCard_shortTerm_learningSteps_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("dueMinutes");
        QTest::addColumn<int>("step");
        QTest::newRow("Again 1 min") << 1 << int(CardState::Learning) << qint64(1) << 0;
        QTest::newRow("Hard 6 min") << 2 << int(CardState::Learning) << qint64(6) << 0;
        QTest::newRow("Good 10 min, next step") << 3 << int(CardState::Learning) << qint64(10) << 1;
        QTest::newRow("Easy graduates, 8 days") << 4 << int(CardState::Review) << qint64(8 * 1440) << 0;
    }
    void newCard_shortTerm_learningSteps()
    {
        QFETCH(int, rating);
        QFETCH(int, state);
        QFETCH(qint64, dueMinutes);
        QFETCH(int, step);
        const EpochMs now = at("2026-03-01T10:00:00Z");
        const auto next = FsrsScheduler().review(MemoryState{}, static_cast<Rating>(rating), now);
        QCOMPARE(int(next.state), state);
        QCOMPARE(next.due - now, dueMinutes * kMsPerMinute);
        QCOMPARE(next.learningSteps, step);
        QCOMPARE(next.reps, 1);
        QCOMPARE(next.stability, FsrsScheduler().initialStability(static_cast<Rating>(rating)));
    }

    // fsrs.md §5: without short-term steps a new card gets 1, 2, 3, 8 days.
    void newCard_longTerm_intervalsOneTwoThreeEight()
    {
        FsrsParameters p;
        p.enableShortTerm = false;
        const FsrsScheduler f(p);
        const auto options = f.preview(MemoryState{}, at("2026-03-01T10:00:00Z"));
        const std::int64_t expected[] = {1, 2, 3, 8};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(options[static_cast<std::size_t>(i)].state, CardState::Review);
            QCOMPARE(options[static_cast<std::size_t>(i)].scheduledDays, expected[i]);
        }
    }

    // fsrs.md §3: days are UTC calendar dates. 23:59Z → 00:01Z is one day; the learning card graduates with the
    // long-term formula (S 2.3065 → 7.32…) instead of the same-day one.
    void elapsedDays_countsUtcDates()
    {
        const FsrsScheduler f;
        auto card = f.review(MemoryState{}, Rating::Good, at("2026-03-01T23:59:00Z"));
        QCOMPARE(card.state, CardState::Learning);
        const auto nextDay = f.review(card, Rating::Good, at("2026-03-02T00:01:00Z"));
        QCOMPARE(nextDay.elapsedDays, std::int64_t(1));
        QCOMPARE(nextDay.state, CardState::Review);
        QVERIFY2(std::fabs(nextDay.stability - 7.32) < 0.01, qPrintable(QString::number(nextDay.stability)));
        auto sameDay = f.review(MemoryState{}, Rating::Good, at("2026-03-01T00:01:00Z"));
        sameDay = f.review(sameDay, Rating::Good, at("2026-03-01T23:59:00Z"));
        QCOMPARE(sameDay.elapsedDays, std::int64_t(0));
        QCOMPARE(sameDay.stability, 2.3065); // same-day Good: SInc = max(…, 1) keeps S
    }

    // fsrs.md §7: intervals are ordered after the cap, so Good and Easy can exceed it by 1 and 2 days.
    void maximumInterval_orderingAfterCap()
    {
        FsrsParameters p;
        p.maximumInterval = 30;
        const FsrsScheduler f(p);
        MemoryState card;
        card.state = CardState::Review;
        card.stability = 200;
        card.difficulty = 5;
        card.reps = 5;
        card.lastReview = at("2026-01-01T12:00:00Z");
        const auto options = f.preview(card, at("2026-01-31T12:00:00Z"));
        QCOMPARE(options[1].scheduledDays, std::int64_t(30));
        QCOMPARE(options[2].scheduledDays, std::int64_t(31));
        QCOMPARE(options[3].scheduledDays, std::int64_t(32));
        QCOMPARE(options[0].state, CardState::Relearning);
        QCOMPARE(options[0].lapses, 1);
    }

    void examDate_pullsLongIntervalsIntoLastWeek()
    {
        FsrsParameters p;
        p.examDate = at("2026-04-01T09:00:00Z");
        const FsrsScheduler f(p);
        const FsrsScheduler plain;
        MemoryState card;
        card.state = CardState::Review;
        card.stability = 100;
        card.difficulty = 5;
        card.lastReview = at("2026-02-01T12:00:00Z");
        const EpochMs now = at("2026-03-01T12:00:00Z");
        const auto free = plain.review(card, Rating::Good, now);
        QVERIFY(free.due > *p.examDate); // without the mode it would come after the exam
        const auto pulled = f.review(card, Rating::Good, now);
        QVERIFY(pulled.due >= *p.examDate - 7 * kMsPerDay);
        QVERIFY(pulled.due < *p.examDate);
        QCOMPARE(pulled.stability, free.stability); // memory is not touched, only the date
        // A short interval that already ends before the exam is left alone.
        const auto hard = f.review(MemoryState{}, Rating::Easy, now);
        QCOMPARE(hard.scheduledDays, std::int64_t(8));
    }

    void aleaFirstDraw_isInUnitInterval_andDeterministic()
    {
        const double a = FsrsScheduler::aleaFirst("1700000000000_3_12.5");
        QVERIFY(a >= 0 && a < 1);
        QCOMPARE(FsrsScheduler::aleaFirst("1700000000000_3_12.5"), a);
        QVERIFY(FsrsScheduler::aleaFirst("1700000000000_4_12.5") != a);
    }

    // Whole replays: every field as ts-fsrs 5.4.2 wrote it, under five settings.
    void replay_matchesTsFsrs_data()
    {
        QTest::addColumn<QString>("expectedFile");
        QTest::newRow("short-term defaults") << "reviews300.default.expected.json";
        QTest::newRow("long-term") << "reviews300.longterm.expected.json";
        QTest::newRow("max interval 30") << "reviews300.maxivl30.expected.json";
        QTest::newRow("retention 0.95") << "reviews300.ret095.expected.json";
        QTest::newRow("retention 0.8 long-term") << "reviews300.ret080-longterm.expected.json";
    }
    void replay_matchesTsFsrs()
    {
        QFETCH(QString, expectedFile);
        const std::string inputPath = (kFixtures + "reviews300.json").toStdString();
        auto input = readJsonFile(inputPath);
        QVERIFY(input.ok());
        const auto parsed = parseReplayInput(*input, inputPath);
        QVERIFY(parsed.ok());
        auto expected = readJsonFile((kFixtures + expectedFile).toStdString());
        QVERIFY(expected.ok());
        const FsrsScheduler f(paramsFromMeta(expected->at("meta")));
        const auto& cards = expected->at("cards");
        QCOMPARE(cards.size(), parsed.cards.size());
        int checked = 0;
        for (std::size_t c = 0; c < cards.size(); ++c) {
            const auto states = replayCard(f, parsed.cards[c]);
            const auto& reviews = cards[c].at("reviews");
            QCOMPARE(states.size(), reviews.size());
            MemoryState before;
            for (std::size_t i = 0; i < states.size(); ++i) {
                const auto& e = reviews[i];
                const auto& s = states[i];
                const QString where = QString("card %1 review %2").arg(c).arg(i);
                QVERIFY2(e.at("state").get<std::string>() == cardStateName(s.state), qPrintable(where));
                QVERIFY2(at(e.at("due").get<std::string>().c_str()) == s.due, qPrintable(where));
                QVERIFY2(e.at("scheduled_days").get<std::int64_t>() == s.scheduledDays, qPrintable(where));
                QVERIFY2(e.at("elapsed_days").get<std::int64_t>() == s.elapsedDays, qPrintable(where));
                QVERIFY2(e.at("reps").get<int>() == s.reps, qPrintable(where));
                QVERIFY2(e.at("lapses").get<int>() == s.lapses, qPrintable(where));
                QVERIFY2(e.at("learning_steps").get<int>() == s.learningSteps, qPrintable(where));
                QVERIFY2(closeRel(s.stability, e.at("stability").get<double>(), 1e-9), qPrintable(where));
                QVERIFY2(closeRel(s.difficulty, e.at("difficulty").get<double>(), 1e-9), qPrintable(where));
                if (e.at("retrievability").is_null()) {
                    QVERIFY2(before.state == CardState::New, qPrintable(where));
                } else {
                    const double r = f.forgettingCurve(static_cast<double>(s.elapsedDays), before.stability);
                    QVERIFY2(closeRel(r, e.at("retrievability").get<double>(), 1e-9), qPrintable(where));
                }
                before = s;
                ++checked;
            }
        }
        QCOMPARE(checked, 1502);
    }

    // ts-fsrs with enable_fuzz: the Alea seed and the fuzz range give the same days.
    void replay_withFuzz_matchesTsFsrs()
    {
        const std::string inputPath = (kFixtures + "reviews300.json").toStdString();
        auto input = readJsonFile(inputPath);
        QVERIFY(input.ok());
        const auto parsed = parseReplayInput(*input, inputPath);
        auto expected = readJsonFile((kFixtures + "reviews300.fuzz80.expected.json").toStdString());
        QVERIFY(expected.ok());
        FsrsParameters p;
        p.enableFuzz = true;
        const FsrsScheduler f(p);
        const auto& cards = expected->at("cards");
        QCOMPARE(cards.size(), std::size_t(80));
        int fuzzed = 0;
        const FsrsScheduler plain;
        for (std::size_t c = 0; c < cards.size(); ++c) {
            const auto states = replayCard(f, parsed.cards[c]);
            const auto plainStates = replayCard(plain, parsed.cards[c]);
            const auto& reviews = cards[c].at("reviews");
            for (std::size_t i = 0; i < states.size(); ++i) {
                const QString where = QString("card %1 review %2").arg(c).arg(i);
                QVERIFY2(reviews[i].at("scheduled_days").get<std::int64_t>() == states[i].scheduledDays,
                         qPrintable(where));
                QVERIFY2(at(reviews[i].at("due").get<std::string>().c_str()) == states[i].due, qPrintable(where));
                QVERIFY2(closeRel(states[i].stability, reviews[i].at("stability").get<double>(), 1e-9),
                         qPrintable(where));
                if (i < plainStates.size() && plainStates[i].scheduledDays != states[i].scheduledDays)
                    ++fuzzed;
            }
        }
        QVERIFY(fuzzed > 0); // the fixture really exercises fuzz
    }

    void parseReplayInput_reportsEveryProblemWithItsField()
    {
        const auto doc = nlohmann::json::parse(R"([
            {"card": 1, "reviews": [{"t": "2024-01-01T10:00:00Z", "rating": 5}]},
            {"card": 2, "reviews": [{"t": "2024-01-02T10:00:00", "rating": 3}]},
            {"card": 3, "reviews": [{"t": "2024-01-02T10:00:00Z", "rating": 3}, {"t": "2024-01-01T10:00:00Z", "rating": 3}]},
            {"card": 4}
        ])");
        const auto parsed = parseReplayInput(doc, "in.json");
        QCOMPARE(parsed.problems.size(), std::size_t(4));
        QCOMPARE(QString::fromStdString(parsed.problems[0].location), QString("in.json: field \"[0].reviews[0].rating\""));
        QCOMPARE(QString::fromStdString(parsed.problems[1].location), QString("in.json: field \"[1].reviews[0].t\""));
        QVERIFY(QString::fromStdString(parsed.problems[1].message).contains("time zone"));
        QCOMPARE(QString::fromStdString(parsed.problems[2].location), QString("in.json: field \"[2].reviews[1].t\""));
        QCOMPARE(QString::fromStdString(parsed.problems[3].location), QString("in.json: field \"[3].reviews\""));
    }
};

QTEST_GUILESS_MAIN(TstFsrs)
#include "tst_fsrs.moc"
