// archdesk-cli cost / bill end to end: AWS's worked examples through the real binary, output contracts,
// and bad input files whose errors name the field.
#include <QRegularExpression>
#include <QtTest>

#include "cli_runner.h"

namespace {

QString examplePath(const QString& name) { return QStringLiteral(ARCHDESK_SOURCE_DATA_DIR "/examples/") + name; }

QJsonObject optionNamed(const QJsonArray& options, const QString& name)
{
    for (const auto& o : options)
        if (o.toObject().value("name").toString() == name)
            return o.toObject();
    return {};
}

bool near(double a, double b, double tol) { return std::abs(a - b) <= tol; }

} // namespace

class TstCliBilling : public QObject
{
    Q_OBJECT
private slots:
    void badFiles_exit2_andNameTheField_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("JSON syntax: line and column") << "cost" << "cost/bad-syntax.json" << "bad-syntax.json:4:" << "invalid JSON";
        QTest::newRow("missing instance_type") << "cost" << "cost/missing-instance-type.json" << "field \"instance_type\"" << "is missing";
        QTest::newRow("missing usage") << "cost" << "cost/missing-usage.json" << "field \"usage\"" << "is missing";
        QTest::newRow("unknown usage kind") << "cost" << "cost/bad-usage-kind.json" << "field \"usage.kind\"" << "\"sometimes\" is not known";
        QTest::newRow("fraction above 1") << "cost" << "cost/fraction-out-of-range.json" << "field \"usage.fraction\"" << "out of range";
        QTest::newRow("peak below baseline") << "cost" << "cost/peak-below-baseline.json" << "field \"usage.peak\"" << "below usage.baseline";
        QTest::newRow("negative hourly count") << "cost" << "cost/hourly-negative.json" << "field \"usage.instances[2]\"" << "out of range";
        QTest::newRow("unknown os") << "cost" << "cost/bad-os.json" << "field \"os\"" << "linux, windows, rhel or suse";
        QTest::newRow("horizon 0") << "cost" << "cost/horizon-zero.json" << "field \"horizon_months\"" << "out of range";
        QTest::newRow("unknown RI payment") << "cost" << "cost/bad-payment.json" << "field \"prices.reserved[0].payment\"" << "\"some_upfront\" is not known";
        QTest::newRow("2-year term") << "cost" << "cost/bad-term.json" << "field \"options[1].term_years\"" << "expected 1 or 3";
        QTest::newRow("price as text") << "cost" << "cost/price-not-number.json" << "field \"prices.on_demand_hourly\"" << "expected a number";
        QTest::newRow("unknown Spot bucket") << "cost" << "cost/bad-spot-interruption.json" << "field \"prices.spot_interruption\"" << "Spot Advisor bucket";
        QTest::newRow("unknown option kind") << "cost" << "cost/bad-option-kind.json" << "field \"options[0].kind\"" << "\"lease\" is not known";
        QTest::newRow("option without a price") << "cost" << "cost/option-without-price.json" << "field \"options[0]\"" << "prices import";
        QTest::newRow("no On-Demand price anywhere") << "cost" << "cost/no-price.json" << "field \"prices.on_demand_hourly\"" << "m5.large";
        QTest::newRow("zonal RI without az") << "bill" << "bill/zone-without-az.json" << "field \"commitments[0].az\"" << "is missing";
        QTest::newRow("seconds above 3600") << "bill" << "bill/seconds-too-big.json" << "field \"hours[1][0].seconds\"" << "out of range";
        QTest::newRow("unknown commitment kind") << "bill" << "bill/bad-commitment-kind.json" << "field \"commitments[0].kind\"" << "\"lease\" is not known";
        QTest::newRow("EC2 Instance SP without family") << "bill" << "bill/ec2-plan-without-family.json" << "field \"commitments[0].family\"" << "is missing";
        QTest::newRow("type without a price") << "bill" << "bill/no-price.json" << "field \"prices.m5.large\"" << "prices import";
        QTest::newRow("SP without the SP rate") << "bill" << "bill/sp-without-rate.json" << "sp-without-rate.json" << "compute_sp_hourly";
        QTest::newRow("hours not an array") << "bill" << "bill/hours-not-array.json" << "field \"hours\"" << "expected an array";
    }
    void badFiles_exit2_andNameTheField()
    {
        QFETCH(QString, command);
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const auto r = runCli({"--db", dir.filePath("x.db"), command, casePath(file)});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith("archdesk-cli: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QVERIFY2(r.err.contains(what), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingFile_exit2_namesIt()
    {
        const auto r = runCli({"cost", casePath("cost/does-not-exist.json")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("does-not-exist.json"));
    }

    void cost_fullYear_matchesAwsEffectiveRateAndBreakEven()
    {
        const auto r = runCli({"cost", casePath("cost/m5-large-full-year.json"), "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto options = doc.value("options").toArray();
        QCOMPARE(options.size(), 3);
        // On-Demand: 0.096 × 8,760 h.
        QVERIFY(near(optionNamed(options, "On-Demand").value("total").toDouble(), 840.96, 1e-6));
        QVERIFY(optionNamed(options, "On-Demand").value("break_even_month").isNull());
        // AWS: 1yr standard partial upfront effective $0.057767/h; 252 + 0.029 × 8760 = 506.04.
        const auto partial = optionNamed(options, "partial");
        QVERIFY(near(partial.value("total").toDouble(), 506.04, 1e-6));
        QVERIFY(near(partial.value("effective_hourly").toDouble(), 0.057767, 5e-7));
        QVERIFY(near(partial.value("rate_effective_hourly").toDouble(), 0.057767, 5e-7));
        // 252 / (0.096 − 0.029) / 730 = 5.152 months.
        QVERIFY(near(partial.value("break_even_month").toDouble(), 252 / 0.067 / 730, 1e-4));
        QCOMPARE(partial.value("monthly").toArray().size(), 12);
        QVERIFY(near(partial.value("cumulative").toArray().last().toDouble(), 506.04, 1e-5));
        // No upfront and cheaper from the first hour: 0.
        QCOMPARE(optionNamed(options, "none").value("break_even_month").toDouble(), 0.0);
        QVERIFY(near(optionNamed(options, "none").value("savings").toDouble(), 840.96 - 525.60, 1e-6));
        const auto rec = doc.value("recommendation").toObject();
        QCOMPARE(rec.value("reserved").toObject().value("count").toDouble(), 1.0);
        QCOMPARE(rec.value("reserved").toObject().value("payment").toString(), QString("partial_upfront"));
    }

    void cost_at60Percent_answersRiOrOnDemand()
    {
        const auto r = runCli({"cost", examplePath("cost-m5-large-60pct.archdesk-plan.json"), "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto options = doc.value("options").toArray();
        // 60 % of 8,760 h = 5,256 h at $0.096 = $504.576.
        QVERIFY(near(optionNamed(options, "On-Demand").value("total").toDouble(), 504.576, 1e-6));
        // 494 / (0.096 × 0.6) / 730 = 11.75 months, inside the 12-month term.
        QVERIFY(near(optionNamed(options, "RI 1yr standard all upfront").value("break_even_month").toDouble(),
                     494 / 0.0576 / 730, 1e-4));
        // No upfront: 0.060/h every hour is more than 0.096 × 0.6 → never.
        QVERIFY(optionNamed(options, "RI 1yr standard no upfront").value("break_even_month").isNull());
        const auto rec = doc.value("recommendation").toObject();
        QCOMPARE(rec.value("reserved").toObject().value("payment").toString(), QString("all_upfront"));
        QVERIFY(near(rec.value("saving").toDouble(), 504.576 - 494, 1e-6));
        QVERIFY(!rec.value("why").toArray().isEmpty());
    }

    void cost_tableAndCsv_haveTheContractColumns()
    {
        auto r = runCli({"cost", examplePath("cost-m5-large-60pct.archdesk-plan.json")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("break-even month"));
        QVERIFY(r.out.contains("Recommendation:"));
        // The break-even column is numbers with "never" for options that never pay off: right-aligned, so
        // "never" and "11.7" end under the header's end.
        const QStringList lines = r.out.split('\n');
        const QString header = lines.filter(QRegularExpression("^option ")).value(0);
        const QString onDemand = lines.filter(QRegularExpression("^On-Demand +[0-9]")).value(0);
        const QString allUpfront = lines.filter(QRegularExpression("^RI 1yr standard all upfront ")).value(0);
        QVERIFY2(onDemand.endsWith("never") && allUpfront.endsWith("11.7"), qPrintable(r.out));
        QCOMPARE(onDemand.size(), header.size());
        QCOMPARE(allUpfront.size(), header.size());
        r = runCli({"cost", examplePath("cost-m5-large-60pct.archdesk-plan.json"), "--format", "csv"});
        QCOMPARE(r.status, 0);
        const auto csv = r.out.trimmed().split('\n');
        QCOMPARE(csv.first(), QString("option,total,effective_hourly,savings,savings_pct,break_even_month"));
        QCOMPARE(csv.size(), 7); // header + 6 options
    }

    void bill_awsSavingsPlanExample_leaves32_70OnDemand()
    {
        const auto r = runCli({"bill", examplePath("bill-savings-plans-aws-example.json"), "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto totals = doc.value("totals").toObject();
        // AWS: $3/h EC2 Instance SP (uses $2.40 on r5) + $16.80/h Compute SP → $32.70 On-Demand.
        QVERIFY(near(totals.value("on_demand").toDouble(), 32.70, 0.005));
        QVERIFY(near(totals.value("savings_plan_used").toDouble(), 2.40 + 16.80, 1e-6));
        QVERIFY(near(totals.value("savings_plan_unused").toDouble(), 0.60, 1e-6));
        const auto hour = doc.value("hours").toArray().first().toObject();
        QCOMPARE(hour.value("start").toString(), QString("2026-01-05T08:00:00Z"));
        for (const char* key : {"on_demand", "reserved_fee", "reserved_covered_units", "savings_plan_used",
                                "savings_plan_unused", "total"})
            QVERIFY2(hour.contains(key), key);
    }

    void bill_sizeFlexibilityExample_byHand()
    {
        const auto r = runCli({"bill", examplePath("bill-size-flexibility.json"), "--format", "json"});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto hours = QJsonDocument::fromJson(r.out.toUtf8()).object().value("hours").toArray();
        QCOMPARE(hours.size(), 4);
        // Hour 0: 2 m5.xlarge RIs = 16 units cover 2 m5.large (8) then half the m5.2xlarge (8 of 16);
        // the other half (0.5 h × $0.384) meets $0.10 of Compute SP at $0.272/h, the rest is On-Demand.
        const auto h0 = hours[0].toObject();
        QVERIFY(near(h0.value("reserved_covered_units").toDouble(), 2.5, 1e-6));
        QVERIFY(near(h0.value("on_demand").toDouble(), (0.5 - 0.10 / 0.272) * 0.384, 1e-6));
        // RI fees every hour: 2 × 0.120 + 0.060; plus the $0.10 commitment.
        QVERIFY(near(hours[2].toObject().value("total").toDouble(), 0.30 + 0.10, 1e-6));
        // Hour 3: 6 starts of 30 s bill 60 s each = 0.1 instance-hours, inside the RIs.
        QVERIFY(near(hours[3].toObject().value("reserved_covered_units").toDouble(), 0.1, 1e-6));
    }

    void bill_csv_hasHeaderHoursAndTotal()
    {
        const auto r = runCli({"bill", examplePath("bill-size-flexibility.json"), "--format", "csv"});
        QCOMPARE(r.status, 0);
        const auto lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().startsWith("hour,on_demand,reserved_fee,reserved_covered_units"));
        QVERIFY(lines.last().startsWith("total,"));
    }
};

QTEST_MAIN(TstCliBilling)
#include "tst_cli_billing.moc"
