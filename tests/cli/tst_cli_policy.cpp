// archdesk-cli policy eval end to end: AWS's step-scaling walk-through, competing policies, bad files.
#include <QtTest>

#include "cli_runner.h"

class TstCliPolicy : public QObject
{
    Q_OBJECT
private slots:
    void awsWalkthrough_json_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("warming");
        QTest::addColumn<double>("metric");
        QTest::addColumn<int>("desired");
        QTest::addColumn<double>("rawChange");
        QTest::addColumn<int>("policy");
        // aws-facts §1.4: 10 → 11 → 14 → 13 → 10; warm-up variant 11 / 13.
        QTest::newRow("metric 60") << 10 << 0 << 60.0 << 11 << 1.0 << 0;
        QTest::newRow("metric 70") << 11 << 0 << 70.0 << 14 << 3.3 << 0;
        QTest::newRow("metric 40") << 14 << 0 << 40.0 << 13 << -1.4 << 1;
        QTest::newRow("metric 30") << 13 << 0 << 30.0 << 10 << -3.9 << 1;
        QTest::newRow("warming, 62") << 11 << 1 << 62.0 << 11 << 1.0 << 0;
        QTest::newRow("warming, 70") << 11 << 1 << 70.0 << 13 << 3.0 << 0;
    }
    void awsWalkthrough_json()
    {
        QFETCH(int, capacity);
        QFETCH(int, warming);
        QFETCH(double, metric);
        QFETCH(int, desired);
        QFETCH(double, rawChange);
        QFETCH(int, policy);
        const auto r = runCli({"policy", "eval", casePath("scaling/aws-step-walkthrough.json"), "--capacity",
                               QString::number(capacity), "--metric", QString::number(metric), "--warming",
                               QString::number(warming), "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j.value("desired").toInt(), desired);
        QCOMPARE(j.value("change").toInt(), desired - capacity);
        QVERIFY(qAbs(j.value("raw_change").toDouble() - rawChange) < 1e-9);
        QCOMPARE(j.value("policy").toInt(), policy);
    }

    void competingPolicies_table_removesTwoOfEight()
    {
        const auto r = runCli({"policy", "eval", casePath("scaling/competing-scale-in.json"), "--capacity", "8",
                               "--metric", "0"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Desired capacity: 8 → 6 (-2), by policy 1 (remove-25-percent)"), qPrintable(r.out));
    }

    void clamping_respectsMinAndMax()
    {
        const auto r = runCli({"policy", "eval", casePath("scaling/aws-step-walkthrough.json"), "--capacity", "10",
                               "--metric", "80", "--max", "12", "--format", "json"});
        QCOMPARE(r.status, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("desired").toInt(), 12);
    }

    void badInput_exitsWith2AndNamesTheField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("overlap") << "scaling/overlapping-steps.json" << "overlapping-steps.json: field \"steps[1].lower\"";
        QTest::newRow("syntax") << "scaling/broken-syntax.json" << "broken-syntax.json:3:";
        QTest::newRow("missing file") << "scaling/nope.json" << "nope.json";
    }
    void badInput_exitsWith2AndNamesTheField()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const auto r = runCli({"policy", "eval", casePath(file), "--capacity", "4", "--metric", "70"});
        QVERIFY2(r.status == 2 || (file.contains("nope") && r.status != 0), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void usageErrors_exitWith1_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("no --metric") << QStringList{"--capacity", "4"};
        QTest::newRow("capacity not a number") << QStringList{"--capacity", "four", "--metric", "1"};
        QTest::newRow("warming above capacity") << QStringList{"--capacity", "4", "--metric", "1", "--warming", "5"};
        QTest::newRow("min above max") << QStringList{"--capacity", "4", "--metric", "1", "--min", "5", "--max", "3"};
    }
    void usageErrors_exitWith1()
    {
        QFETCH(QStringList, extra);
        const auto r = runCli(QStringList{"policy", "eval", casePath("scaling/competing-scale-in.json")} + extra);
        QCOMPARE(r.status, 1);
    }
};

QTEST_GUILESS_MAIN(TstCliPolicy)
#include "tst_cli_policy.moc"
