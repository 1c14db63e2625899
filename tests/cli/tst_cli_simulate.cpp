// archdesk-cli simulate end to end: the example week plan, output formats, the series file, bad plans.
#include <QtTest>

#include "cli_runner.h"

namespace {
QString examplePlan()
{
    return QStringLiteral(ARCHDESK_SOURCE_DATA_DIR "/examples/scaling-week-daily-peak-az-outage.archdesk-plan.json");
}
} // namespace

class TstCliSimulate : public QObject
{
    Q_OBJECT
private slots:
    void examplePlan_json_hasSummaryActivitiesSeries()
    {
        const auto r = runCli({"simulate", examplePlan(), "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto s = j.value("summary").toObject();
        for (const char* key : {"max_instances", "instance_hours", "served_pct", "unserved_requests",
                                "scaling_activities", "cost"})
            QVERIFY2(s.contains(key), key);
        QCOMPARE(j.value("series").toArray().size(), 168 * 60);
        QCOMPARE(j.value("activities").toArray().size(), s.value("scaling_activities").toInt());
        // Cost through the billing engine: 3 regional 1-year RIs charged every hour, used or not:
        // 3 × (252 / 8,760 + 0.029) × 168 h; the rest On-Demand at 0.096, covering at most 3 instances an
        // hour; Spot hours × 0.035.
        const double fee = 3 * (252.0 / 8760 + 0.029) * 168;
        QVERIFY(qAbs(s.value("commitment_cost").toDouble() - fee) < 1e-6);
        QVERIFY(qAbs(s.value("spot_cost").toDouble() - s.value("spot_hours").toDouble() * 0.035) < 1e-6);
        const double odHours = s.value("on_demand_hours").toDouble();
        QVERIFY(s.value("on_demand_cost").toDouble() <= odHours * 0.096 + 1e-9);
        QVERIFY(s.value("on_demand_cost").toDouble() >= (odHours - 3 * 168) * 0.096 - 1e-9);
        QVERIFY(qAbs(s.value("cost").toDouble() - (s.value("on_demand_cost").toDouble() + fee +
                                                   s.value("spot_cost").toDouble())) < 1e-6);
        // The AZ outage shows up as terminations in us-east-1b at 13:00 on the 7th.
        bool outage = false;
        for (const auto a : j.value("activities").toArray()) {
            const auto o = a.toObject();
            outage = outage || (o.value("time").toString() == "2026-01-07T13:00:00Z" &&
                                o.value("az").toString() == "us-east-1b" &&
                                o.value("description").toString().startsWith("Terminating EC2 instance: i-"));
        }
        QVERIFY(outage);
    }

    void targetTracking_scalesOutToTheLoad()
    {
        // 500 rps on 2 × 100: 100 % CPU > 50 for 3 datapoints → ceil(2 × 100 / 50) = 4, then ceil(4 × 100/50)…
        // until 500 / n ≤ 50 % of 100, i.e. n = 10 (the max).
        const auto r = runCli({"simulate", casePath("scaling/small.archdesk-plan.json"), "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto first = j.value("activities").toArray().first().toObject();
        QVERIFY2(first.value("cause").toString().contains("TargetTracking-cpu-50-AlarmHigh in state ALARM triggered "
                                                          "policy cpu-50 changing the desired capacity from 2 to 4"),
                 qPrintable(first.value("cause").toString()));
        QCOMPARE(first.value("time").toString(), QString("2026-01-05T00:02:00Z"));
        QCOMPARE(j.value("summary").toObject().value("max_instances").toInt(), 10);
    }

    void csvAndSeriesFile_haveHeaderAndOneRowPerStep()
    {
        QTemporaryDir dir;
        const QString series = dir.filePath("series.csv");
        const auto r = runCli({"simulate", casePath("scaling/small.archdesk-plan.json"), "--format", "csv", "--series",
                               series});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 120);
        QVERIFY(lines.first().startsWith("time,demand_rps,served_rps,unserved_rps,capacity_rps,cpu_pct"));
        QVERIFY(lines.first().contains("us-east-1b_in_service"));
        QFile f(series);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).trimmed(), r.out.trimmed());
    }

    void table_showsSummaryAndHistory()
    {
        const auto r = runCli({"simulate", casePath("scaling/small.archdesk-plan.json")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("max instances"));
        QVERIFY(r.out.contains("Activity history"));
        QVERIFY(r.out.contains("Launching a new EC2 instance"));
    }

    void badPlan_exitsWith2AndNamesTheField()
    {
        const auto r = runCli({"simulate", casePath("scaling/min-above-max.archdesk-plan.json")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("min-above-max.archdesk-plan.json: field \"group.min\": 5 is above group.max 3"),
                 qPrintable(r.err));
    }

    void badFormat_isAUsageError()
    {
        QCOMPARE(runCli({"simulate", examplePlan(), "--format", "xml"}).status, 1);
    }
};

QTEST_GUILESS_MAIN(TstCliSimulate)
#include "tst_cli_simulate.moc"
