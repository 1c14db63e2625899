// Exam scoring: all-or-nothing multiple response, unanswered counts wrong, per-domain percentages and the
// estimated scaled score with its 750 pass mark.
#include "core/study/exam_scoring.h"

#include <QtTest>

using namespace archdesk::core::study;

namespace {

Question chooseTwo()
{
    Question q;
    q.id = "q-two";
    q.select = 2;
    q.options = {{"A", "", true, ""},
                 {"B", "", false, ""},
                 {"C", "", true, ""},
                 {"D", "", false, ""},
                 {"E", "", false, ""}};
    return q;
}

Blueprint twoDomains()
{
    Blueprint bp;
    bp.id = "bp";
    bp.passingScaled = 750;
    bp.domains = {{"d1", "One", 0.6, {}}, {"d2", "Two", 0.4, {}}};
    return bp;
}

} // namespace

class TstExamScoring : public QObject
{
    Q_OBJECT
private slots:
    void multipleResponse_isAllOrNothing_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("correct");
        QTest::newRow("exact") << "AC" << true;
        QTest::newRow("exact, other order and case") << "ca" << true;
        QTest::newRow("one of two right") << "A" << false;
        QTest::newRow("both right plus a wrong one") << "ACD" << false;
        QTest::newRow("one right one wrong") << "AB" << false;
        QTest::newRow("unanswered") << "" << false;
    }
    void multipleResponse_isAllOrNothing()
    {
        QFETCH(QString, answer);
        QFETCH(bool, correct);
        QCOMPARE(isAnswerCorrect(chooseTwo(), answer.toStdString()), correct);
    }

    void scaledEstimate_mapsLinearlyFrom100To1000_data()
    {
        QTest::addColumn<int>("correct");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("scaled");
        QTest::addColumn<bool>("passes");
        QTest::newRow("none right") << 0 << 65 << 100 << false;
        QTest::newRow("all right") << 65 << 65 << 1000 << true;
        QTest::newRow("half") << 1 << 2 << 550 << false;
        // 47/65 = 0.72308 → 100 + 650.77 → 751: passes. 46/65 = 0.70769 → 736.92 → 737: fails.
        QTest::newRow("47 of 65") << 47 << 65 << 751 << true;
        QTest::newRow("46 of 65") << 46 << 65 << 737 << false;
        // 54/75 = 0.72 → 748: just short of 750.
        QTest::newRow("54 of 75") << 54 << 75 << 748 << false;
    }
    void scaledEstimate_mapsLinearlyFrom100To1000()
    {
        QFETCH(int, correct);
        QFETCH(int, total);
        QFETCH(int, scaled);
        QFETCH(bool, passes);
        QCOMPARE(estimateScaledScore(correct, total), scaled);
        QCOMPARE(scaled >= kDefaultPassingScaled, passes);
    }

    void scoreExam_countsPerDomain_unansweredIsWrong_unknownIsLeftOut()
    {
        const Question q = chooseTwo();
        Question single;
        single.id = "q-one";
        single.options = {
            {"A", "", false, ""}, {"B", "", true, ""}, {"C", "", false, ""}, {"D", "", false, ""}};
        const std::vector<Question> bank = {q, single};
        const auto index = indexQuestions(bank);
        const std::vector<MarkedAnswer> answers = {
            {"q-two", "d1", "AC"}, // right
            {"q-one", "d1", "A"},  // wrong
            {"q-one", "d2", "B"},  // right
            {"q-two", "d2", ""},   // unanswered: wrong
            {"q-gone", "d2", "A"}, // no longer in the bank
        };
        const auto score = scoreExam(twoDomains(), index, answers);
        QCOMPARE(score.total, 4);
        QCOMPARE(score.answered, 3);
        QCOMPARE(score.correct, 2);
        QCOMPARE(score.unknown, 1);
        QCOMPARE(score.rawPercent(), 50.0);
        QCOMPARE(score.scaledEstimate, 550);
        QVERIFY(!score.passed());
        QCOMPARE(score.domains.size(), std::size_t(2));
        QCOMPARE(score.domains[0].total, 2);
        QCOMPARE(score.domains[0].correct, 1);
        QCOMPARE(score.domains[1].percent(), 50.0);
        QCOMPARE(score.correctAt, (std::vector<bool>{true, false, true, false, false}));
    }

    void studyPriorities_weighTheShareWrongByTheDomainsWeight()
    {
        ExamScore score;
        // d1: weight .2, 5 of 10 wrong → .10; d2: weight .5, 3 of 10 wrong → .15; d3: weight .3, 0 wrong → 0;
        // d4: no questions in this exam → left out.
        score.domains = {
            {"d1", "", 0.2, 10, 5}, {"d2", "", 0.5, 10, 7}, {"d3", "", 0.3, 4, 4}, {"d4", "", 0.1, 0, 0}};
        const auto order = studyPriorities(score);
        QCOMPARE(order.size(), std::size_t(3));
        QCOMPARE(order[0].domainId, std::string("d2"));
        QCOMPARE(order[1].domainId, std::string("d1"));
        QCOMPARE(order[2].domainId, std::string("d3"));
    }
};

QTEST_APPLESS_MAIN(TstExamScoring)
#include "tst_exam_scoring.moc"
