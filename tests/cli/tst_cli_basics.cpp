// archdesk-cli end to end: dispatch, help, version, exit statuses and the error format.
#include <QtTest>

#include "cli_runner.h"

class TstCliBasics : public QObject
{
    Q_OBJECT
private slots:
    void version_printsTheProjectVersion()
    {
        const auto r = runCli({"--version"});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.trimmed(), QString("archdesk-cli " ARCHDESK_VERSION));
    }

    void help_listsEveryCommandGroup()
    {
        const auto r = runCli({"--help"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("content check"));
        QVERIFY(r.out.contains("content stats"));
        QVERIFY(r.out.contains("Exit status"));
    }

    void commandHelp_showsItsOptions()
    {
        const auto r = runCli({"content", "stats", "--help"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("Usage: archdesk-cli content stats"));
        QVERIFY(r.out.contains("--format"));
    }

    void usageErrors_exitWith1_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "Usage:";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
        QTest::newRow("group without subcommand") << QStringList{"content"} << "needs a subcommand";
        QTest::newRow("unknown option") << QStringList{"content", "stats", "--colour"} << "unknown option --colour";
        QTest::newRow("bad format") << QStringList{"content", "stats", "--format", "xml"} << "--format xml";
        QTest::newRow("option without value") << QStringList{"content", "stats", "--format"} << "needs a value";
        QTest::newRow("extra argument") << QStringList{"content", "check", "extra"} << "usage: archdesk-cli content check";
    }
    void usageErrors_exitWith1()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = runCli(args);
        QCOMPARE(r.status, 1);
        QVERIFY2((r.err + r.out).contains(message), qPrintable(r.err + r.out));
    }

    void contentCheck_onBundledData_passes()
    {
        const auto r = runCli({"content", "check"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("is valid"));
    }

    void contentStats_json_hasDesignFields()
    {
        const auto r = runCli({"content", "stats", "--format", "json"});
        QCOMPARE(r.status, 0);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(doc.value("questions").toInt() > 0);
        QVERIFY(doc.value("cards").toInt() > 0);
        QCOMPARE(doc.value("blueprints").toArray().size(), 2);
        const auto perDomain = doc.value("per_domain").toObject();
        QCOMPARE(perDomain.value("sap-c02").toObject().keys(),
                 QStringList({"c02-d1", "c02-d2", "c02-d3", "c02-d4"}));
        QCOMPARE(perDomain.value("sap-legacy").toObject().size(), 8);
        int sum = 0;
        for (const auto v : perDomain.value("sap-c02").toObject())
            sum += v.toInt();
        QCOMPARE(sum, doc.value("questions").toInt());
        QVERIFY(doc.contains("cards_per_domain"));
        QVERIFY(doc.contains("per_service"));
    }

    void contentStats_table_namesBlueprintsAndCounts()
    {
        const auto r = runCli({"content", "stats"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("sap-c02"));
        QVERIFY(r.out.contains("Design for New Solutions"));
        QVERIFY(r.out.contains("questions"));
    }

    void contentCheck_onBrokenData_exitsWith2_namingFileAndPlace()
    {
        const auto r = runCli({"--data", casePath("broken-data"), "content", "check"});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("broken-data/questions/bad.json:5:1: invalid JSON"), qPrintable(r.err));
        QVERIFY2(r.err.contains("broken-data/cards/cards.json: field \"[0].domains.sap-c02\": unknown domain id"),
                 qPrintable(r.err));
        QVERIFY(r.err.startsWith("archdesk-cli: "));
    }

    void missingDataDir_exitsWith2()
    {
        const auto r = runCli({"--data", "/nonexistent/archdesk-data", "content", "check"});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("/nonexistent/archdesk-data/manifest.json"));
    }
};

QTEST_GUILESS_MAIN(TstCliBasics)
#include "tst_cli_basics.moc"
