// Every released schema version opens: a database file as each version left it migrates to the current
// schema, passes the integrity check and keeps its data.
#include <QtTest>

#include "core/store/migrations.h"

using namespace archdesk::core;
using namespace archdesk::core::store;

class TstSchemaVersions : public QObject
{
    Q_OBJECT
private slots:
    void everyReleasedVersion_opensAndKeepsItsData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QString("v%1").arg(v))) << v;
    }
    void everyReleasedVersion_opensAndKeepsItsData()
    {
        QFETCH(int, version);
        const QString fixture = QString(ARCHDESK_TESTS_DIR "/core/fixtures/schema/v%1.db").arg(version);
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture + " is missing: run scripts/make-schema-fixtures.py"));
        QTemporaryDir dir;
        const QString path = dir.filePath("user.db");
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        auto db = openUserDatabase(path.toStdString());
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().describe().c_str());
        QCOMPARE(*db->userVersion(), latestSchemaVersion());
        QCOMPARE(QString::fromStdString(*db->integrityCheck()), QString("ok"));
        if (version < latestSchemaVersion())
            QVERIFY(QFile::exists(path + QString(".v%1.bak").arg(version)));

        auto review = db->prepare("SELECT card_state.stability, review_log.rating FROM review_log "
                                  "JOIN card_state USING (card_id) WHERE card_id = 'c-asg-min-max-desired'");
        QVERIFY(review.ok());
        QVERIFY(*review->step());
        QCOMPARE(review->columnDouble(0), 12.5);
        QCOMPARE(review->columnInt(1), qint64(3));
        auto card = db->prepare("SELECT back FROM user_card WHERE id = 'c-user-1'");
        QVERIFY(card.ok());
        QVERIFY(*card->step());
        QCOMPARE(QString::fromStdString(card->columnText(0)), QString("Back"));
        if (version >= 2) {
            auto answer = db->prepare("SELECT answer FROM exam_answer WHERE attempt_id = 1 AND position = 0");
            QVERIFY(answer.ok());
            QVERIFY(*answer->step());
            QCOMPARE(QString::fromStdString(answer->columnText(0)), QString("B"));
        }
    }

    void currentVersion_hasAFixture()
    {
        // A new schema version needs its file: scripts/make-schema-fixtures.py writes it.
        QVERIFY(QFile::exists(QString(ARCHDESK_TESTS_DIR "/core/fixtures/schema/v%1.db").arg(latestSchemaVersion())));
    }
};

QTEST_APPLESS_MAIN(TstSchemaVersions)
#include "tst_schema_versions.moc"
