// Exam assembly: largest-remainder counts for both bundled blueprints (expected counts worked out by hand
// below), determinism, no repeats, unseen-first and least-recently-seen drawing, and the four modes.
#include "core/content/content.h"
#include "core/study/exam_assembly.h"

#include <QtTest>
#include <set>

using namespace archdesk::core;
using namespace archdesk::core::study;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

const content::Content& bundled()
{
    static const content::LoadReport report = content::loadContent(ARCHDESK_SOURCE_DATA_DIR);
    return report.content;
}

// A synthetic bank: perDomain[i] questions filed under the blueprint's i-th domain.
std::vector<Question> syntheticBank(const Blueprint& bp, const std::vector<int>& perDomain)
{
    std::vector<Question> bank;
    for (std::size_t d = 0; d < perDomain.size(); ++d)
        for (int k = 0; k < perDomain[d]; ++k) {
            Question q;
            q.id = "q-" + bp.domains[d].id + "-" + std::to_string(k);
            q.domains[bp.id] = bp.domains[d].id;
            q.options = {
                {"A", "a", true, ""}, {"B", "b", false, ""}, {"C", "c", false, ""}, {"D", "d", false, ""}};
            bank.push_back(q);
        }
    return bank;
}

std::vector<int> countsOf(const AssembledExam& exam)
{
    std::vector<int> out;
    for (const auto& d : exam.perDomain)
        out.push_back(d.count);
    return out;
}

std::vector<std::string> idsOf(const AssembledExam& exam)
{
    std::vector<std::string> out;
    for (const auto& q : exam.questions)
        out.push_back(q.questionId);
    return out;
}

ExamRequest request(ExamKind kind, int count, std::uint64_t seed, const std::string& domain = {})
{
    ExamRequest r;
    r.mode.kind = kind;
    r.mode.drillDomain = domain;
    r.count = count;
    r.seed = seed;
    return r;
}

} // namespace

class TstExamAssembly : public QObject
{
    Q_OBJECT
private slots:
    void apportion_bundledBlueprints_matchHandComputedCounts_data()
    {
        QTest::addColumn<QString>("blueprint");
        QTest::addColumn<int>("count");
        QTest::addColumn<std::vector<int>>("expected");
        // SAP-C02 weights 26/29/25/20 %.
        // 75: quotas 19.5, 21.75, 18.75, 15 → floors 19, 21, 18, 15 (73); 2 left to .75 (d2) and .75 (d3).
        QTest::newRow("c02 75") << "sap-c02" << 75 << std::vector<int>{19, 22, 19, 15};
        // 65: 16.9, 18.85, 16.25, 13 → 16, 18, 16, 13 (63); 2 left to .9 (d1) and .85 (d2).
        QTest::newRow("c02 65") << "sap-c02" << 65 << std::vector<int>{17, 19, 16, 13};
        // 7: 1.82, 2.03, 1.75, 1.4 → 1, 2, 1, 1 (5); 2 left to .82 (d1) and .75 (d3).
        QTest::newRow("c02 7") << "sap-c02" << 7 << std::vector<int>{2, 2, 2, 1};
        // 50: 13, 14.5, 12.5, 10 → 13, 14, 12, 10 (49); 1 left, d2 and d3 tie at .5: the first listed (d2)
        // wins.
        QTest::newRow("c02 50 tie") << "sap-c02" << 50 << std::vector<int>{13, 15, 12, 10};
        // 1: .26, .29, .25, .2 → all 0; the one seat to d2.
        QTest::newRow("c02 1") << "sap-c02" << 1 << std::vector<int>{0, 1, 0, 0};
        // 4: 1.04, 1.16, 1.0, 0.8 → 1, 1, 1, 0 (3); 1 left to .8 (d4).
        QTest::newRow("c02 4") << "sap-c02" << 4 << std::vector<int>{1, 1, 1, 1};
        // Legacy weights 15/5/10/10/15/20/15/10 %.
        // 75: 11.25, 3.75, 7.5, 7.5, 11.25, 15, 11.25, 7.5 → floors sum 72; 3 left: .75 (d2), then the .5 tie
        // d3, d4, d8 goes to the first listed: d3, d4.
        QTest::newRow("legacy 75") << "sap-legacy" << 75 << std::vector<int>{11, 4, 8, 8, 11, 15, 11, 7};
        // 25: 3.75, 1.25, 2.5, 2.5, 3.75, 5, 3.75, 2.5 → floors sum 21; 4 left: .75 d1, d5, d7, then .5 d3.
        QTest::newRow("legacy 25") << "sap-legacy" << 25 << std::vector<int>{4, 1, 3, 2, 4, 5, 4, 2};
        // 13: 1.95, .65, 1.3, 1.3, 1.95, 2.6, 1.95, 1.3 → floors sum 8; 5 left: .95 d1, d5, d7, .65 d2, .6
        // d6.
        QTest::newRow("legacy 13") << "sap-legacy" << 13 << std::vector<int>{2, 1, 1, 1, 2, 3, 2, 1};
        // 65: 9.75, 3.25, 6.5, 6.5, 9.75, 13, 9.75, 6.5 → floors sum 61; 4 left: .75 d1, d5, d7, then .5 d3.
        QTest::newRow("legacy 65") << "sap-legacy" << 65 << std::vector<int>{10, 3, 7, 6, 10, 13, 10, 6};
    }
    void apportion_bundledBlueprints_matchHandComputedCounts()
    {
        QFETCH(QString, blueprint);
        QFETCH(int, count);
        QFETCH(std::vector<int>, expected);
        const Blueprint* bp = bundled().blueprint(blueprint.toStdString());
        QVERIFY(bp);
        std::vector<double> weights;
        for (const auto& d : bp->domains)
            weights.push_back(d.weight);
        QCOMPARE(apportionByWeight(weights, count), expected);
        // Through the assembler too, from a bank big enough that no domain runs short.
        const auto bank = syntheticBank(*bp, std::vector<int>(bp->domains.size(), 100));
        const auto exam = assembleExam(*bp, bank, request(ExamKind::Custom, count, 1));
        QVERIFY2(exam.ok(), exam.ok() ? "" : exam.error().message.c_str());
        QCOMPARE(countsOf(*exam), expected);
        QCOMPARE(exam->count(), count);
    }

    void apportion_domainShortOfQuestions_givesItsShareToTheOthers()
    {
        // Weights .5/.5, 8 seats, the first can hold only 2: it gets 2 and the other gets the remaining 6.
        QCOMPARE(apportionWithCapacity({0.5, 0.5}, {2, 10}, 8), (std::vector<int>{2, 6}));
        // Three equal weights, 9 seats, the middle one holds 1: 1, then 8 over two → 4 and 4.
        QCOMPARE(apportionWithCapacity({1, 1, 1}, {10, 1, 10}, 9), (std::vector<int>{4, 1, 4}));
    }

    void fullExam_bundledBank_hasTheBlueprintsLengthTimeAndMix()
    {
        const Blueprint* bp = bundled().blueprint("sap-c02");
        QVERIFY(bp);
        const auto exam = assembleExam(*bp, bundled().questions, request(ExamKind::Full, 0, 42));
        QVERIFY2(exam.ok(), exam.ok() ? "" : exam.error().message.c_str());
        QCOMPARE(exam->count(), 75);
        QCOMPARE(exam->minutes, 180);
        QCOMPARE(countsOf(*exam), (std::vector<int>{19, 22, 19, 15}));
        std::map<std::string, int> seen;
        for (const auto& item : exam->questions)
            ++seen[item.domainId];
        QCOMPARE(seen["c02-d2"], 22);
    }

    void customLength_timeFollowsTheBlueprintsPace()
    {
        const Blueprint* bp = bundled().blueprint("sap-c02");
        // 180 min / 75 questions = 2.4 min each; 10 questions → 24 minutes; 7 → 16.8, rounded up to 17.
        auto ten = assembleExam(*bp, bundled().questions, request(ExamKind::Custom, 10, 1));
        QCOMPARE(ten->minutes, 24);
        auto seven = assembleExam(*bp, bundled().questions, request(ExamKind::Custom, 7, 1));
        QCOMPARE(seven->minutes, 17);
    }

    void sameSeed_sameExam_otherSeed_otherExam()
    {
        const Blueprint* bp = bundled().blueprint("sap-c02");
        const auto a = assembleExam(*bp, bundled().questions, request(ExamKind::Full, 0, 7));
        const auto b = assembleExam(*bp, bundled().questions, request(ExamKind::Full, 0, 7));
        const auto c = assembleExam(*bp, bundled().questions, request(ExamKind::Full, 0, 8));
        QCOMPARE(idsOf(*a), idsOf(*b));
        QVERIFY(idsOf(*a) != idsOf(*c));
    }

    void drawnQuestions_neverRepeat_andMatchTheirDomain()
    {
        for (const char* id : {"sap-c02", "sap-legacy"}) {
            const Blueprint* bp = bundled().blueprint(id);
            std::map<std::string, const Question*> byId;
            for (const auto& q : bundled().questions)
                byId[q.id] = &q;
            for (std::uint64_t seed = 0; seed < 20; ++seed) {
                const auto exam = assembleExam(*bp, bundled().questions, request(ExamKind::Full, 0, seed));
                QVERIFY(exam.ok());
                const auto ids = idsOf(*exam);
                QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
                for (const auto& item : exam->questions)
                    QCOMPARE(byId.at(item.questionId)->domains.at(id), item.domainId);
            }
        }
    }

    void unseenQuestions_comeFirst()
    {
        const Blueprint* bp = bundled().blueprint("sap-c02");
        const auto bank = syntheticBank(*bp, {20, 20, 20, 20});
        // Every c02-d1 question has been seen except numbers 3, 11 and 17.
        QuestionHistory history;
        for (int k = 0; k < 20; ++k)
            if (k != 3 && k != 11 && k != 17)
                history.lastSeen["q-c02-d1-" + std::to_string(k)] = 1000 + k;
        for (std::uint64_t seed = 0; seed < 10; ++seed) {
            const auto exam =
                assembleExam(*bp, bank, request(ExamKind::DomainDrill, 3, seed, "c02-d1"), history);
            QVERIFY(exam.ok());
            auto ids = idsOf(*exam);
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, (std::vector<std::string>{"q-c02-d1-11", "q-c02-d1-17", "q-c02-d1-3"}));
        }
    }

    void seenQuestions_leastRecentlySeenFirst()
    {
        const Blueprint* bp = bundled().blueprint("sap-c02");
        const auto bank = syntheticBank(*bp, {10, 10, 10, 10});
        QuestionHistory history;
        // All seen; question k of d2 was last seen at time 100 × (10 − k): 9, 8 and 7 are the oldest.
        for (int k = 0; k < 10; ++k)
            history.lastSeen["q-c02-d2-" + std::to_string(k)] = 100 * (10 - k);
        const auto exam = assembleExam(*bp, bank, request(ExamKind::DomainDrill, 3, 5, "c02-d2"), history);
        auto ids = idsOf(*exam);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (std::vector<std::string>{"q-c02-d2-7", "q-c02-d2-8", "q-c02-d2-9"}));
    }

    void domainDrill_onlyThatDomain_shortenedToWhatThereIs()
    {
        const Blueprint* bp = bundled().blueprint("sap-legacy");
        const auto bank = syntheticBank(*bp, {5, 5, 5, 5, 5, 5, 5, 5});
        const auto exam = assembleExam(*bp, bank, request(ExamKind::DomainDrill, 9, 1, "legacy-d6"));
        QVERIFY(exam.ok());
        QCOMPARE(exam->count(), 5);
        for (const auto& item : exam->questions)
            QCOMPARE(item.domainId, std::string("legacy-d6"));
        const auto unknown = assembleExam(*bp, bank, request(ExamKind::DomainDrill, 3, 1, "c02-d1"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void mistakesMode_drawsOnlyMistakes_andSaysSoWhenThereAreNone()
    {
        const Blueprint* bp = bundled().blueprint("sap-c02");
        const auto bank = syntheticBank(*bp, {10, 10, 10, 10});
        QuestionHistory history;
        history.mistakes = {"q-c02-d1-2", "q-c02-d3-4", "q-c02-d4-9"};
        const auto exam = assembleExam(*bp, bank, request(ExamKind::Mistakes, 20, 3), history);
        QVERIFY(exam.ok());
        auto ids = idsOf(*exam);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (std::vector<std::string>{"q-c02-d1-2", "q-c02-d3-4", "q-c02-d4-9"}));
        const auto none = assembleExam(*bp, bank, request(ExamKind::Mistakes, 20, 3), QuestionHistory{});
        QVERIFY(!none.ok());
        QVERIFY(QString::fromStdString(none.error().message).contains("no mistakes"));
    }

    void customLength_largerThanTheBank_isAnError()
    {
        const Blueprint* bp = bundled().blueprint("sap-c02");
        const auto bank = syntheticBank(*bp, {3, 3, 3, 3});
        const auto exam = assembleExam(*bp, bank, request(ExamKind::Custom, 13, 1));
        QVERIFY(!exam.ok());
        QCOMPARE(exam.error().code, ErrorCode::InvalidInput);
        QVERIFY(QString::fromStdString(exam.error().message).contains("only 12"));
        QVERIFY(!assembleExam(*bp, bank, request(ExamKind::Custom, 0, 1)).ok());
    }

    void mode_roundTripsThroughItsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("full") << "full";
        QTest::newRow("custom review") << "custom/review";
        QTest::newRow("drill") << "drill:c02-d3";
        QTest::newRow("mistakes review") << "mistakes/review";
    }
    void mode_roundTripsThroughItsText()
    {
        QFETCH(QString, text);
        const auto mode = ExamMode::fromText(text.toStdString());
        QVERIFY(mode.has_value());
        QCOMPARE(QString::fromStdString(mode->toText()), text);
        QVERIFY(!ExamMode::fromText("sideways").has_value());
    }
};

QTEST_APPLESS_MAIN(TstExamAssembly)
#include "tst_exam_assembly.moc"
