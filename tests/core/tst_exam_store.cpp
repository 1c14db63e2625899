// The exam session store: every answer, flag and time saved as it is made; a process killed mid-exam leaves
// an attempt that reopens with its answers and time used; history and "my mistakes" come from submitted
// attempts.
#include "core/store/migrations.h"
#include "core/study/exam_store.h"

#include <QProcess>
#include <QtTest>
#include <cstdio>
#include <thread>

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

constexpr const char* kChildDbVar = "ARCHDESK_EXAM_CHILD_DB";
constexpr const char* kChildAttemptVar = "ARCHDESK_EXAM_CHILD_ATTEMPT";

AssembledExam threeQuestionExam()
{
    AssembledExam exam;
    exam.blueprintId = "sap-c02";
    exam.mode.kind = ExamKind::Custom;
    exam.mode.reviewFeedback = true;
    exam.seed = 99;
    exam.minutes = 8;
    exam.questions = {{"q-a", "c02-d1"}, {"q-b", "c02-d2"}, {"q-c", "c02-d1"}};
    return exam;
}

Question question(const std::string& id, const std::string& key)
{
    Question q;
    q.id = id;
    for (const char* k : {"A", "B", "C", "D"})
        q.options.push_back({k, "", key == k, ""});
    return q;
}

// The child process of killedMidExam: answers the first three questions, says so, then keeps saving time and
// answers as fast as it can until it is killed.
int runChild(const std::string& path, std::int64_t attemptId)
{
    auto db = store::openUserDatabase(path);
    if (!db)
        return 3;
    ExamStore store(*db);
    const char* keys[] = {"B", "AC", "D"};
    for (int i = 0; i < 3; ++i)
        if (!store.saveAnswer(attemptId, i, keys[i], 1000 * (i + 1), 5000 * (i + 1), 1'000'000 + i))
            return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    for (EpochMs t = 15000;; t += 10) {
        const int position = 3 + static_cast<int>(t / 10 % 5);
        if (!store.saveAnswer(attemptId, position, (t / 10) % 2 ? "A" : "B", t, t, 2'000'000 + t))
            return 3;
    }
}

} // namespace

class TstExamStore : public QObject
{
    Q_OBJECT
private slots:
    void start_thenLoad_returnsTheQuestionsInOrder()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("a.db").toStdString());
        QVERIFY(db.ok());
        ExamStore store(*db);
        const auto id = store.start(threeQuestionExam(), true, 5000);
        QVERIFY(id.ok());
        const auto attempt = store.load(*id);
        QVERIFY(attempt.ok());
        QCOMPARE(attempt->blueprintId, std::string("sap-c02"));
        QCOMPARE(attempt->mode.toText(), std::string("custom/review"));
        QCOMPARE(attempt->seed, std::uint64_t(99));
        QCOMPARE(attempt->timeLimitMs, EpochMs(8 * 60 * 1000));
        QCOMPARE(attempt->answers.size(), std::size_t(3));
        QCOMPARE(attempt->answers[1].questionId, std::string("q-b"));
        QCOMPARE(attempt->answers[1].domainId, std::string("c02-d2"));
        QVERIFY(!attempt->finished());
        QCOMPARE(*store.latestUnfinished(), std::optional<std::int64_t>(*id));
    }

    void answersFlagsAndTime_areReadBack_fromAFreshConnection()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.db").toStdString();
        std::int64_t id = 0;
        {
            auto db = store::openUserDatabase(path);
            ExamStore store(*db);
            id = *store.start(threeQuestionExam(), true, 0);
            QVERIFY(store.saveAnswer(id, 0, "ca", 3000, 3000, 111).ok());
            QVERIFY(store.saveFlag(id, 1, true, 2000, 5000).ok());
            QVERIFY(store.saveTime(id, 2, 4000, 9000).ok());
        }
        auto db = store::openUserDatabase(path);
        ExamStore store(*db);
        const auto attempt = store.load(id);
        QCOMPARE(attempt->answers[0].answer, std::string("AC"));
        QCOMPARE(attempt->answers[0].answeredAt, std::optional<EpochMs>(111));
        QVERIFY(attempt->answers[1].flagged);
        QCOMPARE(attempt->answers[1].answer, std::string());
        QCOMPARE(attempt->answers[2].timeMs, EpochMs(4000));
        QCOMPARE(attempt->timeUsedMs, EpochMs(9000));
        QCOMPARE(attempt->answeredCount(), 1);
    }

    void submittedAttempt_cannotChange_andLeavesTheResumeOffer()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("a.db").toStdString());
        ExamStore store(*db);
        const auto id = *store.start(threeQuestionExam(), false, 0);
        QVERIFY(store.finish(id, 60000, 70000).ok());
        const auto late = store.saveAnswer(id, 0, "A", 1, 1, 80000);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::NotFound);
        QVERIFY(!store.finish(id, 1, 1).ok());
        QCOMPARE(store.load(id)->answers[0].answer, std::string());
        QCOMPARE(*store.latestUnfinished(), std::optional<std::int64_t>());
        QCOMPARE(store.finishedAttempts()->size(), std::size_t(1));
        QVERIFY(!store.saveAnswer(id, 7, "A", 1, 1, 1).ok()); // no such position either
    }

    void discard_removesTheAttemptAndItsAnswers()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("a.db").toStdString());
        ExamStore store(*db);
        const auto id = *store.start(threeQuestionExam(), true, 0);
        QVERIFY(store.discard(id).ok());
        QCOMPARE(store.load(id).error().code, ErrorCode::NotFound);
        auto count = db->prepare("SELECT COUNT(*) FROM exam_answer");
        QVERIFY(*count->step());
        QCOMPARE(count->columnInt(0), qint64(0));
    }

    void questionHistory_lastSeenAndLatestMistakes_fromSubmittedAttempts()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("a.db").toStdString());
        ExamStore store(*db);
        const std::vector<Question> bank = {question("q-a", "A"), question("q-b", "B"), question("q-c", "C")};
        const auto index = indexQuestions(bank);
        // First attempt: q-a wrong, q-b wrong, q-c right; submitted.
        const auto first = *store.start(threeQuestionExam(), true, 100);
        QVERIFY(store.saveAnswer(first, 0, "B", 1, 1, 200).ok());
        QVERIFY(store.saveAnswer(first, 1, "A", 1, 1, 300).ok());
        QVERIFY(store.saveAnswer(first, 2, "C", 1, 1, 400).ok());
        QVERIFY(store.finish(first, 1, 500).ok());
        // Second attempt: q-a now right (submitted), so it is no longer a mistake.
        const auto second = *store.start(threeQuestionExam(), true, 1000);
        QVERIFY(store.saveAnswer(second, 0, "A", 1, 1, 1100).ok());
        QVERIFY(store.finish(second, 1, 1200).ok());
        // Third attempt, not submitted: q-b answered right, but that does not count until submitted.
        const auto third = *store.start(threeQuestionExam(), true, 2000);
        QVERIFY(store.saveAnswer(third, 1, "B", 1, 1, 2100).ok());

        const auto history = store.questionHistory(index);
        QVERIFY(history.ok());
        QCOMPARE(history->mistakes, (std::unordered_set<std::string>{"q-b"}));
        QCOMPARE(history->lastSeen.at("q-a"), EpochMs(2000)); // shown (unanswered) in the third attempt
        QCOMPARE(history->lastSeen.at("q-b"), EpochMs(2100));
        QCOMPARE(history->lastSeen.at("q-c"), EpochMs(2000));
    }

    void killedMidExam_reopensWithItsAnswersAndTimeUsed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("killed.db");
        std::int64_t id = 0;
        {
            auto db = store::openUserDatabase(path.toStdString());
            ExamStore store(*db);
            AssembledExam exam = threeQuestionExam();
            exam.questions = {{"q-0", "c02-d1"}, {"q-1", "c02-d2"}, {"q-2", "c02-d3"}, {"q-3", "c02-d4"},
                              {"q-4", "c02-d1"}, {"q-5", "c02-d2"}, {"q-6", "c02-d3"}, {"q-7", "c02-d4"}};
            id = *store.start(exam, true, 0);
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kChildDbVar, path);
        env.insert(kChildAttemptVar, QString::number(id));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        while (!child.canReadLine())
            QVERIFY2(child.waitForReadyRead(20000), "the child never answered");
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        // Let it write for a moment, then kill it in the middle of whatever it is doing.
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto db = store::openUserDatabase(path.toStdString());
        QVERIFY(db.ok());
        QCOMPARE(*db->integrityCheck(), std::string("ok"));
        ExamStore store(*db);
        QCOMPARE(*store.latestUnfinished(), std::optional<std::int64_t>(id));
        const auto attempt = store.load(id);
        QVERIFY(attempt.ok());
        QCOMPARE(attempt->answers[0].answer, std::string("B"));
        QCOMPARE(attempt->answers[1].answer, std::string("AC"));
        QCOMPARE(attempt->answers[2].answer, std::string("D"));
        QCOMPARE(attempt->answers[2].timeMs, EpochMs(3000));
        // The time used is at least what had been saved when the child said it was ready, and every later
        // answer was written whole: an answered question has its answer time and its time on the question.
        QVERIFY(attempt->timeUsedMs >= 15000);
        for (int i = 3; i < 8; ++i) {
            const auto& a = attempt->answers[static_cast<std::size_t>(i)];
            QCOMPARE(a.answer.empty(), !a.answeredAt.has_value());
            if (!a.answer.empty())
                QVERIFY(a.timeMs >= 15000);
        }
        QVERIFY(!attempt->finished());
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet(kChildDbVar))
        return runChild(qEnvironmentVariable(kChildDbVar).toStdString(),
                        qEnvironmentVariable(kChildAttemptVar).toLongLong());
    QCoreApplication app(argc, argv);
    TstExamStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_exam_store.moc"
