// The user database: a fresh file, migration from the previous version, and a failing migration
// that leaves the file byte-identical.
#include <QtTest>

#include "core/store/migrations.h"

using namespace archdesk::core;
using namespace archdesk::core::store;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

std::vector<Migration> stepsUpTo(int version)
{
    std::vector<Migration> steps;
    for (const auto& m : schemaMigrations())
        if (m.version <= version)
            steps.push_back(m);
    return steps;
}

} // namespace

class TstStore : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabase_isWalWithForeignKeys_atLatestVersion()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("fresh.db").toStdString();
        auto db = openUserDatabase(path);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().describe().c_str());
        QCOMPARE(*db->userVersion(), latestSchemaVersion());
        auto mode = db->prepare("PRAGMA journal_mode");
        QVERIFY(*mode->step());
        QCOMPARE(QString::fromStdString(mode->columnText(0)), QString("wal"));
        auto fk = db->prepare("PRAGMA foreign_keys");
        QVERIFY(*fk->step());
        QCOMPARE(fk->columnInt(0), qint64(1));
        QCOMPARE(QString::fromStdString(*db->integrityCheck()), QString("ok"));
        // A fresh file needs no backup copy.
        QVERIFY(!QFile::exists(dir.filePath("fresh.db.v0.bak")));
    }

    void previousVersion_migratesKeepingData_andLeavesABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        const int previous = latestSchemaVersion() - 1;
        {
            auto db = Database::open(path.toStdString());
            QVERIFY(db.ok());
            QVERIFY(migrate(*db, stepsUpTo(previous)).ok());
            QCOMPARE(*db->userVersion(), previous);
            QVERIFY(db->exec("INSERT INTO card_state VALUES ('c-x',2,1000,3.5,5.1,1,3,0,2,0,900,0,NULL)").ok());
        }
        auto db = openUserDatabase(path.toStdString());
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().describe().c_str());
        QCOMPARE(*db->userVersion(), latestSchemaVersion());
        auto stmt = db->prepare("SELECT stability FROM card_state WHERE card_id='c-x'");
        QVERIFY(*stmt->step());
        QCOMPARE(stmt->columnDouble(0), 3.5);
        QVERIFY(QFile::exists(path + QString(".v%1.bak").arg(previous)));
        // The new version's tables exist and work.
        QVERIFY(db->exec("INSERT INTO exam_attempt(blueprint,mode,seed,time_limit_ms,started_at) "
                         "VALUES ('sap-c02','full',1,10800000,0)")
                    .ok());
    }

    void failingMigration_rollsBack_fileByteIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("fail.db");
        {
            auto db = openUserDatabase(path.toStdString());
            QVERIFY(db.ok());
            QVERIFY(db->exec("INSERT INTO meta VALUES ('owner','me')").ok());
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        auto steps = schemaMigrations();
        const int next = latestSchemaVersion() + 1;
        steps.push_back({next, "half-done step", [](Database& db) -> Result<void> {
                             if (auto r = db.exec("CREATE TABLE half_done(x); INSERT INTO half_done VALUES (1);"); !r)
                                 return r;
                             if (auto r = db.exec("UPDATE meta SET value='changed'"); !r)
                                 return r;
                             throw std::runtime_error("disk on fire");
                         }});
        {
            auto db = Database::open(path.toStdString());
            QVERIFY(db.ok());
            const auto r = migrate(*db, steps);
            QVERIFY(!r.ok());
            QVERIFY(QString::fromStdString(r.error().message).contains("disk on fire"));
            QVERIFY(QString::fromStdString(r.error().message).contains(QString::number(next)));
            QCOMPARE(*db->userVersion(), latestSchemaVersion());
        }
        QCOMPARE(fileBytes(path), before);
    }

    void newerDatabase_isRefusedWithAMessage()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("new.db").toStdString();
        {
            auto db = openUserDatabase(path);
            QVERIFY(db->setUserVersion(latestSchemaVersion() + 5).ok());
        }
        auto db = openUserDatabase(path);
        QVERIFY(!db.ok());
        QVERIFY(QString::fromStdString(db.error().message).contains("newer"));
    }

    void notADatabase_isAnErrorNamingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("text.db");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileBytes(path);
        auto db = openUserDatabase(path.toStdString());
        QVERIFY(!db.ok());
        QVERIFY(QString::fromStdString(db.error().describe()).contains("text.db"));
        QCOMPARE(fileBytes(path), before);
    }

    void transaction_errorInBody_rollsBack()
    {
        QTemporaryDir dir;
        auto db = openUserDatabase(dir.filePath("tx.db").toStdString());
        QVERIFY(db.ok());
        const auto r = db->transaction([&]() -> Result<void> {
            if (auto e = db->exec("INSERT INTO meta VALUES ('a','1')"); !e)
                return e;
            return invalidInput("row 2 is bad");
        });
        QVERIFY(!r.ok());
        auto count = db->prepare("SELECT count(*) FROM meta");
        QVERIFY(*count->step());
        QCOMPARE(count->columnInt(0), qint64(0));
        QVERIFY(db->transaction([&]() { return db->exec("INSERT INTO meta VALUES ('a','1')"); }).ok());
        count->reset();
        QVERIFY(*count->step());
        QCOMPARE(count->columnInt(0), qint64(1));
    }
};

QTEST_APPLESS_MAIN(TstStore)
#include "tst_store.moc"
