// Backups of the user database: dated copies, the last seven kept, restore and reset.
#include <QtTest>

#include "core/store/backup.h"
#include "core/store/migrations.h"

using namespace archdesk::core;
using namespace archdesk::core::store;

namespace {
const EpochMs kDay1 = 1767571200000; // 2026-01-05T00:00:00Z

qint64 count(Database& db, const char* table)
{
    auto stmt = db.prepare(std::string("SELECT count(*) FROM ") + table);
    (void)stmt->step();
    return stmt->columnInt(0);
}
} // namespace

class TstBackup : public QObject
{
    Q_OBJECT
private slots:
    void backup_isADatedSoundCopy()
    {
        QTemporaryDir dir;
        auto db = openUserDatabase(dir.filePath("u.db").toStdString());
        QVERIFY(db->exec("INSERT INTO meta VALUES ('k','v')").ok());
        auto path = backupDatabase(*db, dir.filePath("backups").toStdString(), kDay1 + 5 * kMsPerHour);
        QVERIFY2(path.ok(), path.ok() ? "" : path.error().describe().c_str());
        QVERIFY(QString::fromStdString(*path).endsWith("backups/archdesk-2026-01-05.db"));
        auto copy = Database::open(*path);
        QCOMPARE(QString::fromStdString(*copy->integrityCheck()), QString("ok"));
        QCOMPARE(count(*copy, "meta"), qint64(1));
    }

    void dailyBackup_isDueOncePerUtcDay()
    {
        QTemporaryDir dir;
        auto db = openUserDatabase(dir.filePath("u.db").toStdString());
        const std::string folder = dir.filePath("b").toStdString();
        QVERIFY(dailyBackupDue(folder, kDay1));
        QVERIFY(backupDatabase(*db, folder, kDay1).ok());
        QVERIFY(!dailyBackupDue(folder, kDay1 + 23 * kMsPerHour));
        QVERIFY(dailyBackupDue(folder, kDay1 + kMsPerDay));
    }

    void onlyTheLastSevenAreKept()
    {
        QTemporaryDir dir;
        auto db = openUserDatabase(dir.filePath("u.db").toStdString());
        const std::string folder = dir.filePath("b").toStdString();
        for (int day = 0; day < 10; ++day)
            QVERIFY(backupDatabase(*db, folder, kDay1 + day * kMsPerDay).ok());
        const auto files = listBackups(folder);
        QCOMPARE(files.size(), std::size_t(7));
        QVERIFY(QString::fromStdString(files.front()).endsWith("archdesk-2026-01-14.db"));
        QVERIFY(QString::fromStdString(files.back()).endsWith("archdesk-2026-01-08.db"));
    }

    void restore_bringsBackTheBackedUpState()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("u.db").toStdString();
        std::string backup;
        {
            auto db = openUserDatabase(path);
            QVERIFY(db->exec("INSERT INTO meta VALUES ('before','1')").ok());
            backup = *backupDatabase(*db, dir.filePath("b").toStdString(), kDay1);
            QVERIFY(db->exec("INSERT INTO meta VALUES ('after','2')").ok());
        }
        QVERIFY(restoreDatabase(backup, path).ok());
        auto db = openUserDatabase(path);
        QCOMPARE(count(*db, "meta"), qint64(1));
        QVERIFY(QFile::exists(QString::fromStdString(path) + ".before-restore"));
    }

    void restore_ofAFileThatIsNoDatabase_changesNothing()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("u.db").toStdString();
        {
            auto db = openUserDatabase(path);
            QVERIFY(db->exec("INSERT INTO meta VALUES ('keep','1')").ok());
        }
        QFile junk(dir.filePath("junk.db"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not sqlite");
        junk.close();
        const auto r = restoreDatabase(junk.fileName().toStdString(), path);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().describe()).contains("junk.db"));
        auto db = openUserDatabase(path);
        QCOMPARE(count(*db, "meta"), qint64(1));
    }

    void resetProgress_deletesReviewsAndExams_keepsCardsAndSettings()
    {
        QTemporaryDir dir;
        auto db = openUserDatabase(dir.filePath("u.db").toStdString());
        QVERIFY(db->exec("INSERT INTO meta VALUES ('k','v');"
                         "INSERT INTO user_card(id,front,back,created_at,updated_at) VALUES ('c-u1','f','b',0,0);"
                         "INSERT INTO review_log(card_id,reviewed_at,rating,state,due,stability,difficulty,elapsed_days,"
                         "scheduled_days) VALUES ('c-u1',0,3,2,1,1,1,0,1);"
                         "INSERT INTO exam_attempt(blueprint,mode,seed,time_limit_ms,started_at) VALUES ('b','m',1,1,0);")
                    .ok());
        QVERIFY(resetProgress(*db).ok());
        QCOMPARE(count(*db, "review_log"), qint64(0));
        QCOMPARE(count(*db, "exam_attempt"), qint64(0));
        QCOMPARE(count(*db, "user_card"), qint64(1));
        QCOMPARE(count(*db, "meta"), qint64(1));
    }
};

QTEST_APPLESS_MAIN(TstBackup)
#include "tst_backup.moc"
