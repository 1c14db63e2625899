// archdesk-cli catalog and prices commands, end to end on the real binary.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "cli_runner.h"

namespace {
QString sample(const char* name) { return QStringLiteral(ARCHDESK_TESTS_DIR "/data/aws-pricing/") + name; }
} // namespace

class TstCliCatalog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath("cli.db"); }

private slots:
    void catalogShow_m4large_json()
    {
        const auto r = runCli({"--db", db(), "catalog", "show", "m4.large", "--format", "json"});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["instance_type"].toString(), QString("m4.large"));
        QCOMPARE(o["vcpu"].toInt(), 2);
        QCOMPARE(o["memory_gib"].toDouble(), 8.0);
        QVERIFY(o["processor"].toString().contains("Haswell"));
        const QJsonObject f = o["features"].toObject();
        QCOMPARE(f["vpc_only"].toBool(), true);
        QCOMPARE(f["ebs_only"].toBool(), true);
        QCOMPARE(f["placement_group"].toBool(), true);
        QCOMPARE(f["hvm_only"].toBool(), true);
        QCOMPARE(f["enhanced_networking"].toString(), QString("Intel 82599 VF"));
    }

    // In the key/value table a number stands left beside the words around it; in the Reserved table, whose
    // columns are all numbers, it is right-aligned under its header.
    void tables_alignNumbersByColumn()
    {
        const auto show = runCli({"--db", db(), "catalog", "show", "m4.large"});
        QCOMPARE(show.status, 0);
        QVERIFY2(show.out.contains(QRegularExpression("\\nvCPU {2,20}2\\n")), qPrintable(show.out));
        QVERIFY(show.out.contains(QRegularExpression("\\nmemory \\(GiB\\) +8\\n")));
        const auto vcpu = show.out.split('\n').filter(QRegularExpression("^vCPU")).value(0);
        const auto family = show.out.split('\n').filter(QRegularExpression("^family")).value(0);
        QCOMPARE(vcpu.indexOf('2'), family.indexOf("m4"));
        const auto prices = runCli({"--db", db(), "prices", "show", "m5.large"});
        QCOMPARE(prices.status, 0);
        const QStringList lines = prices.out.split('\n');
        const auto header = lines.filter(QRegularExpression("^term ")).value(0);
        const auto first = lines.filter(QRegularExpression("^1yr ")).value(0);
        QVERIFY2(!header.isEmpty() && !first.isEmpty(), qPrintable(prices.out));
        // "upfront" ends where its numbers end.
        QCOMPARE(header.indexOf("upfront") + 7, first.indexOf(".00") + 3);
    }

    void catalogShow_unknown_exits2WithSuggestion()
    {
        const auto r = runCli({"--db", db(), "catalog", "show", "c4.larg"});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith("archdesk-cli: unknown instance type \"c4.larg\"; did you mean c4.large"), qPrintable(r.err));
    }

    void catalogList_familyCsv()
    {
        const auto r = runCli({"--db", db(), "catalog", "list", "--family", "d2", "--format", "csv"});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5); // header + d2.xlarge, 2xlarge, 4xlarge, 8xlarge
        QVERIFY(lines[0].startsWith("instance_type,family,category"));
    }

    void catalogList_badGeneration_isUsageError()
    {
        QCOMPARE(runCli({"catalog", "list", "--generation", "next"}).status, 1);
    }

    void pricesImportThenShow_givesTheFilesPrices()
    {
        const auto imp = runCli({"--db", db(), "prices", "import", sample("ec2-getproducts-m5large-2021.json")});
        QCOMPARE(imp.status, 0);
        const auto r = runCli({"--db", db(), "prices", "show", "m5.large", "--region", "us-east-1", "--os", "linux",
                               "--format", "json"});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["on_demand_hourly"].toDouble(), 0.096);
        QVERIFY(!o["source"].toString().isEmpty());
        const QJsonArray reserved = o["reserved"].toArray();
        QCOMPARE(reserved.size(), 12);
        bool found = false;
        for (const auto& v : reserved) {
            const QJsonObject ri = v.toObject();
            if (ri["term_years"].toInt() == 1 && ri["class"].toString() == "standard" &&
                ri["payment"].toString() == "partial_upfront") {
                // fixtures README: 0.057767 effective hourly.
                QVERIFY(std::abs(ri["effective_hourly"].toDouble() - 0.057767) < 5e-7);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void pricesImport_invalidJson_exits2_withByte()
    {
        const auto r = runCli({"--db", db(), "prices", "import", sample("ec2-offer-excerpt-2023-opencost.raw.txt")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("ec2-offer-excerpt-2023-opencost.raw.txt: byte "), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstCliCatalog)
#include "tst_cli_catalog.moc"
