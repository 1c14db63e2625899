// archdesk-cli exam assemble end to end: the design.md §4 JSON fields, counts per domain (worked out by
// hand), determinism for a seed, and the exit statuses for bad requests.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

CliRun assemble(const QTemporaryDir& dir, QStringList args)
{
    return runCli(QStringList{"--db", dir.filePath("user.db"), "exam", "assemble"} + args);
}

} // namespace

class TstCliExam : public QObject
{
    Q_OBJECT
private slots:
    void json_fullSapC02_hasTheDesignFieldsAndWeightedCounts()
    {
        QTemporaryDir dir;
        const auto r = assemble(dir, {"--blueprint", "sap-c02", "--seed", "5", "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value("blueprint").toString(), QString("sap-c02"));
        QCOMPARE(doc.value("count").toInt(), 75);
        QCOMPARE(doc.value("seed").toInteger(), 5);
        // 75 × 26/29/25/20 % = 19.5, 21.75, 18.75, 15: floors 19, 21, 18, 15 and the 2 left to the .75s.
        const auto perDomain = doc.value("per_domain").toObject();
        QCOMPARE(perDomain.value("c02-d1").toInt(), 19);
        QCOMPARE(perDomain.value("c02-d2").toInt(), 22);
        QCOMPARE(perDomain.value("c02-d3").toInt(), 19);
        QCOMPARE(perDomain.value("c02-d4").toInt(), 15);
        const auto questions = doc.value("questions").toArray();
        QCOMPARE(questions.size(), 75);
        QSet<QString> ids;
        QMap<QString, int> perDomainSeen;
        for (const auto q : questions) {
            ids.insert(q.toObject().value("id").toString());
            ++perDomainSeen[q.toObject().value("domain").toString()];
        }
        QCOMPARE(ids.size(), 75);
        QCOMPARE(perDomainSeen.value("c02-d2"), 22);
    }

    void sameSeed_sameQuestions()
    {
        QTemporaryDir dir;
        const auto a =
            assemble(dir, {"--blueprint", "sap-legacy", "--count", "13", "--seed", "77", "--format", "json"});
        const auto b =
            assemble(dir, {"--blueprint", "sap-legacy", "--count", "13", "--seed", "77", "--format", "json"});
        QCOMPARE(a.status, 0);
        QCOMPARE(a.out, b.out);
        // 13 × 15/5/10/10/15/20/15/10 %: floors 1,0,1,1,1,2,1,1 (8); 5 left to .95 ×3, .65, .6.
        const auto perDomain =
            QJsonDocument::fromJson(a.out.toUtf8()).object().value("per_domain").toObject();
        const QList<int> expected = {2, 1, 1, 1, 2, 3, 2, 1};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(perDomain.value(QString("legacy-d%1").arg(i + 1)).toInt(), expected[i]);
    }

    void table_showsSeedDomainsAndQuestions()
    {
        QTemporaryDir dir;
        const auto r = assemble(dir, {"--blueprint", "sap-c02", "--count", "10", "--seed", "3"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("seed 3"));
        QVERIFY(r.out.contains("Design for New Solutions"));
        QVERIFY(r.out.contains("q-c02"));
    }

    void domainDrill_drawsOnlyThatDomain()
    {
        QTemporaryDir dir;
        const auto r = assemble(dir, {"--blueprint", "sap-c02", "--domain", "c02-d4", "--count", "6",
                                      "--seed", "1", "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto questions = QJsonDocument::fromJson(r.out.toUtf8()).object().value("questions").toArray();
        QCOMPARE(questions.size(), 6);
        for (const auto q : questions)
            QCOMPARE(q.toObject().value("domain").toString(), QString("c02-d4"));
    }

    void badRequests_exitWithTheRightStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no blueprint option") << QStringList{} << 1 << "needs --blueprint";
        QTest::newRow("count not a number")
            << QStringList{"--blueprint", "sap-c02", "--count", "ten"} << 1 << "--count ten";
        QTest::newRow("count zero") << QStringList{"--blueprint", "sap-c02", "--count", "0"} << 1
                                    << "--count 0";
        QTest::newRow("seed negative")
            << QStringList{"--blueprint", "sap-c02", "--seed", "-4"} << 1 << "--seed -4";
        QTest::newRow("unknown blueprint")
            << QStringList{"--blueprint", "sap-c03"} << 2 << "no blueprint \"sap-c03\"";
        QTest::newRow("more than the bank") << QStringList{"--blueprint", "sap-c02", "--count", "100000"} << 2
                                            << "asked for 100000 questions";
        QTest::newRow("unknown domain") << QStringList{"--blueprint", "sap-c02", "--domain", "legacy-d1"} << 2
                                        << "no domain \"legacy-d1\"";
        QTest::newRow("no mistakes yet")
            << QStringList{"--blueprint", "sap-c02", "--mistakes"} << 2 << "no mistakes";
    }
    void badRequests_exitWithTheRightStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const auto r = assemble(dir, args);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.startsWith("archdesk-cli: ") && r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TstCliExam)
#include "tst_cli_exam.moc"
