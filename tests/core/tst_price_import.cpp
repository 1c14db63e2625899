// Price importers on real AWS samples (tests/data/aws-pricing, from shared/fixtures with its README's
// expected values), bad inputs that must leave the database untouched, and the newest-source rule.
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/catalog/price_import.h"
#include "core/catalog/price_lookup.h"
#include "core/catalog/price_store.h"
#include "core/store/migrations.h"

using namespace archdesk::core;
using namespace archdesk::core::catalog;

namespace {

QString sample(const char* name) { return QStringLiteral(ARCHDESK_TESTS_DIR "/data/aws-pricing/") + name; }

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeAll(const QString& path, const std::string& text) { std::ofstream(path.toStdString(), std::ios::binary) << text; }

std::string replaceAll(std::string s, const std::string& from, const std::string& to)
{
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
    return s;
}

std::int64_t count(store::Database& db, const char* table)
{
    auto q = db.prepare(std::string("SELECT COUNT(*) FROM ") + table);
    (void)q->step();
    return q->columnInt(0);
}

const ReservedPrice* findReserved(const InstancePrice& p, int years, const std::string& cls, const std::string& pay)
{
    for (const auto& r : p.reserved)
        if (r.termYears == years && r.offeringClass == cls && r.payment == pay)
            return &r;
    return nullptr;
}

const InstancePrice* findPrice(const ParsedPrices& parsed, const std::string& type, const std::string& region)
{
    for (const auto& p : parsed.prices)
        if (p.instanceType == type && p.region == region)
            return &p;
    return nullptr;
}

} // namespace

class TstPriceImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;

    QString tmp(const char* name) const { return m_dir.filePath(name); }

    void expectRejected(const QString& file, const QString& needle, ErrorCode code = ErrorCode::InvalidInput)
    {
        const auto before = count(*m_db, "price_import");
        auto r = importPriceFile(file.toStdString(), *m_db, {}, 0);
        QVERIFY2(!r.ok(), "the import should have failed");
        QCOMPARE(r.error().code, code);
        const QString text = QString::fromStdString(r.error().describe());
        QVERIFY2(text.contains(needle), qPrintable(text));
        QVERIFY2(text.startsWith(file), qPrintable(text));
        QCOMPARE(count(*m_db, "price_import"), before);
        QCOMPARE(count(*m_db, "price_on_demand"), std::int64_t(0));
        QCOMPARE(count(*m_db, "price_reserved"), std::int64_t(0));
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(tmp("user.db"));
        auto db = store::openUserDatabase(tmp("user.db").toStdString());
        QVERIFY(db.ok());
        m_db.emplace(std::move(*db));
    }

    void offer2016_c4large_onDemandAndReserved_data()
    {
        // fixtures README: On-Demand 0.1000; effective RI hourly 0.060023, 0.041510, 0.054017, 0.063.
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("payment");
        QTest::addColumn<double>("upfront");
        QTest::addColumn<double>("hourly");
        QTest::addColumn<double>("effective");
        QTest::newRow("1yr std partial") << 1 << "standard" << "partial_upfront" << 263.0 << 0.03 << 0.060023;
        QTest::newRow("3yr std partial") << 3 << "standard" << "partial_upfront" << 539.0 << 0.021 << 0.041510;
        QTest::newRow("3yr conv partial") << 3 << "convertible" << "partial_upfront" << 710.0 << 0.027 << 0.054017;
        QTest::newRow("1yr std none") << 1 << "standard" << "no_upfront" << 0.0 << 0.063 << 0.063;
    }
    void offer2016_c4large_onDemandAndReserved()
    {
        QFETCH(int, years);
        QFETCH(QString, cls);
        QFETCH(QString, payment);
        QFETCH(double, upfront);
        QFETCH(double, hourly);
        QFETCH(double, effective);
        auto parsed = readPriceFile(sample("ec2-offer-excerpt-2016-c4large.json").toStdString(), {});
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        QCOMPARE(parsed->prices.size(), std::size_t(1));
        const InstancePrice& p = parsed->prices[0];
        QCOMPARE(QString::fromStdString(p.instanceType), QString("c4.large"));
        QCOMPARE(QString::fromStdString(p.region), QString("us-east-1")); // from "US East (N. Virginia)"
        QCOMPARE(*p.onDemandHourly, 0.1);
        QCOMPARE(p.reserved.size(), std::size_t(4));
        QCOMPARE(QString::fromStdString(parsed->date), QString("2016-12-13")); // version 20161213014831
        const ReservedPrice* r = findReserved(p, years, cls.toStdString(), payment.toStdString());
        QVERIFY(r);
        QCOMPARE(r->upfront, upfront);
        QCOMPARE(r->hourly, hourly);
        QVERIFY(std::abs(r->effectiveHourly() - effective) < 5e-7);
    }

    void getProducts2021_m5large_allTwelveReservations_data()
    {
        // fixtures README: m5.large On-Demand 0.096 and these effective hourly rates.
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("payment");
        QTest::addColumn<double>("effective");
        QTest::newRow("1 std no") << 1 << "standard" << "no_upfront" << 0.060000;
        QTest::newRow("1 std partial") << 1 << "standard" << "partial_upfront" << 0.057767;
        QTest::newRow("1 std all") << 1 << "standard" << "all_upfront" << 0.056393;
        QTest::newRow("3 std no") << 3 << "standard" << "no_upfront" << 0.041000;
        QTest::newRow("3 std partial") << 3 << "standard" << "partial_upfront" << 0.038216;
        QTest::newRow("3 std all") << 3 << "standard" << "all_upfront" << 0.036111;
        QTest::newRow("1 conv no") << 1 << "convertible" << "no_upfront" << 0.071000;
        QTest::newRow("1 conv partial") << 1 << "convertible" << "partial_upfront" << 0.067562;
        QTest::newRow("1 conv all") << 1 << "convertible" << "all_upfront" << 0.065868;
        QTest::newRow("3 conv no") << 3 << "convertible" << "no_upfront" << 0.049000;
        QTest::newRow("3 conv partial") << 3 << "convertible" << "partial_upfront" << 0.045527;
        QTest::newRow("3 conv all") << 3 << "convertible" << "all_upfront" << 0.044178;
    }
    void getProducts2021_m5large_allTwelveReservations()
    {
        QFETCH(int, years);
        QFETCH(QString, cls);
        QFETCH(QString, payment);
        QFETCH(double, effective);
        auto parsed = readPriceFile(sample("ec2-getproducts-m5large-2021.json").toStdString(), {});
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        const InstancePrice* p = findPrice(*parsed, "m5.large", "us-east-1");
        QVERIFY(p);
        QCOMPARE(*p->onDemandHourly, 0.096);
        QCOMPARE(p->reserved.size(), std::size_t(12));
        const ReservedPrice* r = findReserved(*p, years, cls.toStdString(), payment.toStdString());
        QVERIFY(r);
        QVERIFY2(std::abs(r->effectiveHourly() - effective) < 5e-7, qPrintable(QString::number(r->effectiveHourly(), 'f', 7)));
    }

    void termCodes_areNotHardCoded()
    {
        // Renaming every term code must not change what is read: the term's attributes decide.
        std::string text = readAll(sample("ec2-offer-excerpt-2016-c4large.json"));
        for (const char* code : {"JRTCKXETXF", "HU7G6KETJZ", "38NPMPTW36", "R5XV2EPZQZ", "4NA7Y494T4"}) {
            std::string renamed = code;
            renamed[0] = 'Q';
            text = replaceAll(text, code, renamed);
        }
        writeAll(tmp("renamed.json"), text);
        auto parsed = readPriceFile(tmp("renamed.json").toStdString(), {});
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed->prices[0].onDemandHourly, 0.1);
        QCOMPARE(parsed->prices[0].reserved.size(), std::size_t(4));
    }

    void termsBeforeProducts_sameResult()
    {
        auto doc = nlohmann::ordered_json::parse(readAll(sample("ec2-offer-excerpt-2016-c4large.json")));
        nlohmann::ordered_json swapped;
        swapped["offerCode"] = doc["offerCode"];
        swapped["version"] = doc["version"];
        swapped["terms"] = doc["terms"];
        swapped["products"] = doc["products"];
        writeAll(tmp("swapped.json"), swapped.dump(1));
        auto parsed = readPriceFile(tmp("swapped.json").toStdString(), {});
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        QCOMPARE(*parsed->prices[0].onDemandHourly, 0.1);
        QCOMPARE(parsed->prices[0].reserved.size(), std::size_t(4));
    }

    void zeroPricedReservation_isSkipped()
    {
        // Set the 1yr No Upfront term's only price dimension to 0.
        std::string text = replaceAll(readAll(sample("ec2-offer-excerpt-2016-c4large.json")), "\"0.0630000000\"",
                                      "\"0.0000000000\"");
        writeAll(tmp("zero.json"), text);
        auto parsed = readPriceFile(tmp("zero.json").toStdString(), {});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->prices[0].reserved.size(), std::size_t(3));
        QCOMPARE(parsed->skippedZeroReserved, std::size_t(1));
    }

    void filter_keepsOnlyLinuxSharedUsed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("windows") << "\"operatingSystem\": \"Linux\"" << "\"operatingSystem\": \"Windows\"";
        QTest::newRow("dedicated") << "\"tenancy\": \"Shared\"" << "\"tenancy\": \"Dedicated\"";
        QTest::newRow("sql") << "\"preInstalledSw\": \"NA\"" << "\"preInstalledSw\": \"SQL Web\"";
        QTest::newRow("unused reservation") << "\"capacitystatus\": \"Used\""
                                            << "\"capacitystatus\": \"UnusedCapacityReservation\"";
        QTest::newRow("byol") << "\"licenseModel\": \"No License required\""
                              << "\"licenseModel\": \"Bring your own license\"";
    }
    void filter_keepsOnlyLinuxSharedUsed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const std::string original = readAll(sample("ec2-offer-excerpt-2016-c4large.json"));
        QVERIFY(original.find(from.toStdString()) != std::string::npos);
        writeAll(tmp("filtered.json"), replaceAll(original, from.toStdString(), to.toStdString()));
        expectRejected(tmp("filtered.json"), "no Linux, Shared-tenancy EC2 instance prices");
    }

    void import_isStoredAndReadBack()
    {
        auto r = importPriceFile(sample("ec2-getproducts-m5large-2021.json").toStdString(), *m_db, {}, 1000);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        QCOMPARE(r->instanceTypes, std::size_t(1));
        QCOMPARE(r->reservedPrices, std::size_t(12));
        auto stored = storedPrices(*m_db, "m5.large", "us-east-1", "linux");
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(1));
        QCOMPARE(*(*stored)[0].onDemandHourly, 0.096);
        QCOMPARE(QString::fromStdString((*stored)[0].date), QString("2021-02-05"));
        QCOMPARE((*stored)[0].reserved.size(), std::size_t(12));
    }

    void opencost2023_notValidJson_rejectedNothingImported()
    {
        expectRejected(sample("ec2-offer-excerpt-2023-opencost.raw.txt"), "invalid JSON");
        auto r = importPriceFile(sample("ec2-offer-excerpt-2023-opencost.raw.txt").toStdString(), *m_db, {}, 0);
        QVERIFY(QString::fromStdString(r.error().location).contains(": byte "));
    }

    void truncatedOffer_rejectedWithByte()
    {
        const std::string text = readAll(sample("ec2-offer-excerpt-2016-c4large.json"));
        writeAll(tmp("truncated.json"), text.substr(0, 3000));
        expectRejected(tmp("truncated.json"), "byte 3000: invalid JSON");
    }

    void emptyFile_rejected()
    {
        writeAll(tmp("empty.json"), "");
        expectRejected(tmp("empty.json"), "empty");
        writeAll(tmp("blank.json"), "  \n\n ");
        expectRejected(tmp("blank.json"), "empty");
    }

    void otherService_rejected()
    {
        writeAll(tmp("s3.json"), replaceAll(readAll(sample("ec2-offer-excerpt-2016-c4large.json")), "\"AmazonEC2\"",
                                            "\"AmazonS3\""));
        expectRejected(tmp("s3.json"), "AmazonS3, not of EC2");
    }

    void notAPriceFile_rejected()
    {
        writeAll(tmp("other.json"), R"({"hello": [1, 2, 3]})");
        expectRejected(tmp("other.json"), "not a price file");
        writeAll(tmp("text.txt"), "hello");
        expectRejected(tmp("text.txt"), "not a price file");
    }

    void csvHeaderOnly_rejectedNothingImported()
    {
        expectRejected(sample("ec2-offer-csv-header.csv"), "no Linux, Shared-tenancy EC2 instance prices");
    }

    void csv_rowsByColumnName()
    {
        // The real 91-column header with hand-written rows carrying the 2016 c4.large sample's prices:
        // On-Demand 0.1/h; 1yr standard Partial Upfront 263 + 0.03/h → 0.060023 effective.
        const std::string header = readAll(sample("ec2-offer-csv-header.csv"));
        std::vector<std::string> cols;
        {
            std::stringstream lines(header);
            std::string line;
            for (int i = 0; i < 6; ++i)
                std::getline(lines, line);
            std::string field;
            bool quoted = false;
            for (char c : line) {
                if (c == '"')
                    quoted = !quoted;
                else if (c == ',' && !quoted) {
                    cols.push_back(field);
                    field.clear();
                } else if (c != '\r')
                    field += c;
            }
            cols.push_back(field);
        }
        QCOMPARE(cols.size(), std::size_t(91)); // README: the header has 91 fields
        const auto row = [&](std::map<std::string, std::string> values) {
            values.emplace("Product Family", "Compute Instance");
            values.emplace("Location", "US East (N. Virginia)");
            values.emplace("Instance Type", "c4.large");
            values.emplace("Tenancy", "Shared");
            values.emplace("Operating System", "Linux");
            values.emplace("License Model", "No License required");
            values.emplace("Pre Installed S/W", "NA");
            values.emplace("CapacityStatus", "Used");
            values.emplace("SKU", "4C7N4APU9GEUZ6H6");
            std::string line;
            for (std::size_t i = 0; i < cols.size(); ++i) {
                if (i)
                    line.push_back(',');
                line.push_back('"');
                if (values.count(cols[i]))
                    line.append(values[cols[i]]);
                line.push_back('"');
            }
            line.push_back('\n');
            return line;
        };
        std::string text = header;
        if (text.back() != '\n')
            text += '\n';
        text += row({{"TermType", "OnDemand"}, {"Unit", "Hrs"}, {"PricePerUnit", "0.1000000000"},
                     {"PriceDescription", "$0.1 per On Demand Linux c4.large Instance Hour"}});
        text += row({{"TermType", "Reserved"}, {"Unit", "Quantity"}, {"PricePerUnit", "263"}, {"LeaseContractLength", "1yr"},
                     {"OfferingClass", "standard"}, {"PurchaseOption", "Partial Upfront"}});
        text += row({{"TermType", "Reserved"}, {"Unit", "Hrs"}, {"PricePerUnit", "0.0300000000"},
                     {"LeaseContractLength", "1yr"}, {"OfferingClass", "standard"}, {"PurchaseOption", "Partial Upfront"}});
        text += row({{"TermType", "OnDemand"}, {"Unit", "Hrs"}, {"PricePerUnit", "0.2"}, {"Operating System", "Windows"}});
        writeAll(tmp("offer.csv"), text);
        auto r = importPriceFile(tmp("offer.csv").toStdString(), *m_db, {}, 0);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        QCOMPARE(QString::fromStdString(r->date), QString("2025-09-12")); // "Publication Date" metadata
        auto stored = storedPrices(*m_db, "c4.large", "us-east-1", "linux");
        QCOMPARE(*(*stored)[0].onDemandHourly, 0.1);
        QCOMPARE((*stored)[0].reserved.size(), std::size_t(1));
        QVERIFY(std::abs((*stored)[0].reserved[0].effectiveHourly() - 0.060023) < 5e-7);

        // The same file without its "Instance Type" column is rejected, naming the column.
        writeAll(tmp("missing.csv"), replaceAll(text, "\"Instance Type\"", "\"Instance Kind\""));
        init();
        expectRejected(tmp("missing.csv"), "no \"Instance Type\" column");
    }

    void ec2instances2016_seedFamilies()
    {
        auto parsed = readPriceFile(sample("ec2instances-2016-12-seed-families.json").toStdString(), {});
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        QCOMPARE(parsed->prices.size(), std::size_t(44)); // README: 44 records, us-east-1 only
        const InstancePrice* c4 = findPrice(*parsed, "c4.large", "us-east-1");
        QVERIFY(c4);
        // README: the Dec-2016 record agrees on On-Demand 0.1 and ±0.001 on the Partial Upfront effective rates.
        QCOMPARE(*c4->onDemandHourly, 0.1);
        QVERIFY(std::abs(findReserved(*c4, 1, "standard", "partial_upfront")->effectiveHourly() - 0.060023) <= 0.001);
        QVERIFY(std::abs(findReserved(*c4, 3, "standard", "partial_upfront")->effectiveHourly() - 0.041510) <= 0.001);
        QVERIFY(std::abs(findReserved(*c4, 3, "convertible", "partial_upfront")->effectiveHourly() - 0.054017) <= 0.001);
    }

    void ec2instancesRecord_x2iedn()
    {
        // The data pack README: x2iedn.32xlarge 26.676 matches ec2instances.info's record.
        auto parsed = readPriceFile(sample("ec2instances-record-x2iedn-32xlarge.json").toStdString(), {});
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        QCOMPARE(*findPrice(*parsed, "x2iedn.32xlarge", "us-east-1")->onDemandHourly, 26.676);
    }

    void ec2instances_wrongType_namesField()
    {
        writeAll(tmp("bad-instances.json"),
                 R"([{"instance_type":"t2.nano","pricing":{"us-east-1":{"linux":{"ondemand":"0.0059"}}}},)"
                 R"( {"instance_type":"t2.micro","pricing":{"us-east-1":{"linux":{"ondemand":true}}}}])");
        expectRejected(tmp("bad-instances.json"), "[1].pricing.us-east-1.linux.ondemand");
        writeAll(tmp("bad-record.json"), R"([{"instance_type":42}])");
        expectRejected(tmp("bad-record.json"), "[0].instance_type");
    }

    void cancel_leavesDatabaseUnchanged()
    {
        const auto before = count(*m_db, "price_import");
        auto r = importPriceFile(sample("ec2-getproducts-m5large-2021.json").toStdString(), *m_db,
                                 [](std::uint64_t, std::uint64_t) { return false; }, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(count(*m_db, "price_import"), before);
    }

    void progress_reportsTheFileSize()
    {
        std::uint64_t total = 0;
        auto r = importPriceFile(sample("ec2-offer-excerpt-2016-c4large.json").toStdString(), *m_db,
                                 [&](std::uint64_t, std::uint64_t t) {
                                     total = std::max(total, t);
                                     return true;
                                 },
                                 0);
        QVERIFY(r.ok());
        QCOMPARE(total, static_cast<std::uint64_t>(QFileInfo(sample("ec2-offer-excerpt-2016-c4large.json")).size()));
    }

    void lookup_newestSourceWins_andNamesIt()
    {
        // Bundled: c4.large 0.1 (2026-07-20). An import dated later wins; an older one only adds reservations.
        QVERIFY(importPriceFile(sample("ec2-offer-excerpt-2016-c4large.json").toStdString(), *m_db, {}, 0).ok());
        auto older = lookupPrice(ARCHDESK_SOURCE_DATA_DIR, &*m_db, "c4.large", "us-east-1", "linux");
        QVERIFY(older.ok());
        QCOMPARE(QString::fromStdString(older->date), QString("2026-07-20"));
        QCOMPARE(older->reserved.size(), std::size_t(4));
        QCOMPARE(QString::fromStdString(older->reservedDate), QString("2016-12-13"));

        std::string text = readAll(sample("ec2-offer-excerpt-2016-c4large.json"));
        text = replaceAll(text, "\"20161213014831\"", "\"20300101000000\"");
        text = replaceAll(text, "\"0.1000000000\"", "\"0.2000000000\"");
        writeAll(tmp("future.json"), text);
        QVERIFY(importPriceFile(tmp("future.json").toStdString(), *m_db, {}, 0).ok());
        auto newer = lookupPrice(ARCHDESK_SOURCE_DATA_DIR, &*m_db, "c4.large", "us-east-1", "linux");
        QCOMPARE(*newer->onDemandHourly, 0.2);
        QCOMPARE(QString::fromStdString(newer->date), QString("2030-01-01"));
        QVERIFY(QString::fromStdString(newer->source).contains("future.json"));
    }

    void lookup_unknownRegion_isNotFound()
    {
        auto r = lookupPrice(ARCHDESK_SOURCE_DATA_DIR, &*m_db, "c4.large", "eu-west-1", "linux");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(r.error().message).contains("prices import"));
    }
};

QTEST_APPLESS_MAIN(TstPriceImport)
#include "tst_price_import.moc"
