// A full disk or a read-only database: the action fails with a message, the database stays valid,
// everything saved before is still there, and work goes on once there is room again.
#include <QtTest>

#include <QProcess>
#include <QScopeGuard>

#include "core/store/migrations.h"
#include "core/study/exam_store.h"
#include "core/study/review_store.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {
const EpochMs kT0 = 1767614400000;

qint64 scalar(store::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    (void)stmt->step();
    return stmt->columnInt(0);
}
} // namespace

class TstDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void diskFull_reviewFailsWithAMessage_andNothingIsLost()
    {
        QTemporaryDir dir;
        auto db = store::openUserDatabase(dir.filePath("full.db").toStdString());
        QVERIFY(db.ok());
        // The file may not grow beyond a few pages more than it has: SQLite then answers SQLITE_FULL,
        // exactly as on a full disk.
        const qint64 pages = scalar(*db, "PRAGMA page_count");
        QVERIFY(db->exec("PRAGMA max_page_count = " + std::to_string(pages + 3)).ok());
        const FsrsScheduler scheduler;
        int saved = 0;
        std::optional<Error> failure;
        for (int i = 0; i < 5000 && !failure; ++i) {
            // Long ids fill pages quickly.
            auto r = recordReview(*db, "c-" + std::string(300, 'x') + std::to_string(i), Rating::Good,
                                  kT0 + i * kMsPerMinute, scheduler);
            if (r)
                ++saved;
            else
                failure = r.error();
        }
        QVERIFY2(failure.has_value(), "the database never filled up");
        QVERIFY2(QString::fromStdString(failure->message).contains("full"), failure->describe().c_str());
        QCOMPARE(failure->code, ErrorCode::Io);
        QVERIFY(saved > 0);
        QCOMPARE(QString::fromStdString(*db->integrityCheck()), QString("ok"));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM review_log"), qint64(saved));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM card_state"), qint64(saved));

        // Room again: the next action succeeds on the same connection.
        QVERIFY(db->exec("PRAGMA max_page_count = 1000000").ok());
        QVERIFY(recordReview(*db, "c-after", Rating::Good, kT0, scheduler).ok());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM review_log"), qint64(saved + 1));
    }

    void realFullFilesystem_examAndReviewFail_databaseStaysSound()
    {
        // A real full disk: a 384 KiB tmpfs. Needs root (CI and ./test.sh run as root); skipped elsewhere.
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath("small");
        QDir().mkpath(mountPoint);
        if (QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=384k", "tmpfs", mountPoint}) != 0)
            QSKIP("cannot mount a small tmpfs here (not root?)");
        const auto unmount = qScopeGuard([&] { QProcess::execute("umount", {mountPoint}); });
        const std::string path = (mountPoint + "/full.db").toStdString();
        int reviewsSaved = 0, answersSaved = 0;
        std::optional<Error> failure;
        std::int64_t attemptId = 0;
        {
            auto db = store::openUserDatabase(path);
            QVERIFY(db.ok());
            ExamStore exams(*db);
            AssembledExam exam;
            exam.blueprintId = "sap-c02";
            exam.minutes = 180;
            for (int i = 0; i < 75; ++i)
                exam.questions.push_back({"q-" + std::to_string(i), "c02-d1"});
            auto id = exams.start(exam, true, kT0);
            QVERIFY(id.ok());
            attemptId = *id;
            const FsrsScheduler scheduler;
            for (int i = 0; i < 100000 && !failure; ++i) {
                if (i % 2 == 0) {
                    auto r = recordReview(*db, "c-" + std::string(200, 'y') + std::to_string(i), Rating::Good,
                                          kT0 + i * kMsPerMinute, scheduler);
                    if (r)
                        ++reviewsSaved;
                    else
                        failure = r.error();
                } else {
                    auto r = exams.saveAnswer(*id, (i / 2) % 75, "C", 1000, i, kT0);
                    if (r)
                        ++answersSaved;
                    else
                        failure = r.error();
                }
            }
            QVERIFY2(failure.has_value(), "the filesystem never filled up");
            QVERIFY2(QString::fromStdString(failure->describe()).contains("full"), failure->describe().c_str());
            // The connection keeps working for reads: the app keeps running.
            QCOMPARE(scalar(*db, "SELECT count(*) FROM review_log"), qint64(reviewsSaved));
        }
        auto db = store::openUserDatabase(path);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().describe().c_str());
        QCOMPARE(QString::fromStdString(*db->integrityCheck()), QString("ok"));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM review_log"), qint64(reviewsSaved));
        ExamStore exams(*db);
        auto attempt = exams.load(attemptId);
        QVERIFY(attempt.ok());
        QVERIFY(answersSaved > 0);
        QCOMPARE(QString::fromStdString(attempt->answers[0].answer), QString("C"));
    }

    void readOnlyDatabase_reviewFailsWithAMessage_fileUnchanged()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("ro.db").toStdString();
        {
            auto db = store::openUserDatabase(path);
            QVERIFY(recordReview(*db, "c-1", Rating::Good, kT0, FsrsScheduler()).ok());
        }
        auto ro = store::Database::open(path, store::Database::Options{true, 1000});
        QVERIFY(ro.ok());
        auto r = recordReview(*ro, "c-2", Rating::Good, kT0, FsrsScheduler());
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().message).contains("readonly"), r.error().describe().c_str());
        QCOMPARE(scalar(*ro, "SELECT count(*) FROM review_log"), qint64(1));
    }
};

QTEST_APPLESS_MAIN(TstDiskFull)
#include "tst_disk_full.moc"
