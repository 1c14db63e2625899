// The bundled EC2 catalog: lookups with suggestions, filters, and the 2016 exam families' feature rows.
#include <QtTest>

#include <fstream>

#include "core/catalog/catalog.h"
#include "core/catalog/catalog_json.h"
#include "core/catalog/name_suggestions.h"

using namespace archdesk::core;
using namespace archdesk::core::catalog;

class TstCatalog : public QObject
{
    Q_OBJECT
private:
    std::optional<Catalog> m_catalog;

private slots:
    void initTestCase()
    {
        auto c = Catalog::load(ARCHDESK_SOURCE_DATA_DIR);
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().describe().c_str());
        m_catalog = std::move(*c);
    }

    void load_holdsEveryTypeOfTheDataPack()
    {
        // shared/data/README.md: 1,398 rows, 45 of them previous generation.
        QCOMPARE(m_catalog->types().size(), std::size_t(1398));
        QCOMPARE(m_catalog->filter({"", "", "previous"}).size(), std::size_t(45));
    }

    void find_m4large_hasAwsSpecsAndFeatureRow()
    {
        // AWS: m4.large has 2 vCPU and 8 GiB; M4 uses the Intel 82599 VF for enhanced networking.
        auto t = m_catalog->find("m4.large");
        QVERIFY(t.ok());
        QCOMPARE((*t)->vcpu, 2);
        QCOMPARE((*t)->memoryGib, 8.0);
        const InstanceFamily* fam = m_catalog->family("m4");
        QVERIFY(fam);
        QVERIFY(QString::fromStdString(fam->processor).contains("E5-2676 v3"));
        const auto row = fam->featuresFor("m4.large");
        QVERIFY(row);
        QVERIFY(row->vpcOnly && row->ebsOnly && row->placementGroup && row->hvmOnly && !row->ssdVolumes);
        QCOMPARE(QString::fromStdString(row->enhancedNetworking), QString("Intel 82599 VF"));
        const auto j = instanceTypeToJson(**t, fam);
        QCOMPARE(j["vcpu"].get<int>(), 2);
        QCOMPARE(j["features"]["ebs_only"].get<bool>(), true);
    }

    void find_m4_16xlarge_usesEna()
    {
        // AWS enhanced-networking page: M4 uses the 82599 VF "excluding m4.16xlarge", which uses ENA.
        const auto row = m_catalog->family("m4")->featuresFor("m4.16xlarge");
        QCOMPARE(QString::fromStdString(row->enhancedNetworking), QString("ENA"));
    }

    void find_isCaseInsensitive() { QVERIFY(m_catalog->find("M4.Large").ok()); }

    void find_unknownType_suggestsNearestNames()
    {
        auto t = m_catalog->find("m4.lrge");
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::NotFound);
        QVERIFY2(QString::fromStdString(t.error().message).contains("did you mean m4.large"), t.error().message.c_str());
    }

    void find_nonsense_suggestsNothing()
    {
        auto t = m_catalog->find("qqqqqqqqqqqqq");
        QVERIFY(!t.ok());
        QVERIFY(!QString::fromStdString(t.error().message).contains("did you mean"));
    }

    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "m4.large" << "m4.large" << 0;
        QTest::newRow("one deletion") << "m4.lrge" << "m4.large" << 1;
        QTest::newRow("one substitution") << "c4.large" << "m4.large" << 1;
        QTest::newRow("kitten/sitting") << "kitten" << "sitting" << 3;
        QTest::newRow("empty") << "" << "abc" << 3;
    }
    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(static_cast<int>(catalog::editDistance(a.toStdString(), b.toStdString())), distance);
    }

    void filter_byFamily_givesThatFamilysSizes()
    {
        // C4 sizes: large, xlarge, 2xlarge, 4xlarge, 8xlarge.
        const auto c4 = m_catalog->filter({"c4", "", ""});
        QCOMPARE(c4.size(), std::size_t(5));
        for (const auto* t : c4)
            QCOMPARE(QString::fromStdString(t->family), QString("c4"));
    }

    void filter_byCategory_hpc()
    {
        // The data pack's README: hpc covers hpc6a, hpc6id, hpc7a, hpc7g and hpc8a.
        for (const auto* t : m_catalog->filter({"", "hpc", ""}))
            QVERIFY(QString::fromStdString(t->family).startsWith("hpc"));
        QVERIFY(!m_catalog->filter({"", "hpc", ""}).empty());
    }

    void examFamilies_areTheTen2016Families()
    {
        const auto fams = m_catalog->examFamilies();
        QStringList ids;
        for (const auto* f : fams) {
            ids << QString::fromStdString(f->id);
            QVERIFY(f->features);
            QVERIFY(f->clockGhz);
            QVERIFY(!f->className.empty());
            QVERIFY(!f->characteristics.empty());
            QVERIFY(!f->useCases.empty());
            QVERIFY(!f->sources.empty());
        }
        QCOMPARE(ids, QStringList({"t2", "m4", "m3", "c4", "c3", "x1", "r3", "g2", "i2", "d2"}));
    }

    void featureMatrix_data()
    {
        // The 2016 EC2 User Guide's instance type features table; enhanced networking per the
        // AWS enhanced-networking page (82599 VF: C3, C4, D2, I2, M4, R3).
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("vpcOnly");
        QTest::addColumn<bool>("ebsOnly");
        QTest::addColumn<bool>("ssd");
        QTest::addColumn<bool>("placement");
        QTest::addColumn<bool>("hvmOnly");
        QTest::addColumn<QString>("enhanced");
        QTest::newRow("t2") << "t2" << true << true << false << false << true << "";
        QTest::newRow("m4") << "m4" << true << true << false << true << true << "Intel 82599 VF";
        QTest::newRow("m3") << "m3" << false << false << true << false << false << "";
        QTest::newRow("c4") << "c4" << true << true << false << true << true << "Intel 82599 VF";
        QTest::newRow("c3") << "c3" << false << false << true << true << false << "Intel 82599 VF";
        QTest::newRow("x1") << "x1" << true << false << true << true << true << "ENA";
        QTest::newRow("r3") << "r3" << false << false << true << true << true << "Intel 82599 VF";
        QTest::newRow("g2") << "g2" << false << false << true << true << true << "";
        QTest::newRow("i2") << "i2" << false << false << true << true << true << "Intel 82599 VF";
        QTest::newRow("d2") << "d2" << false << false << false << true << true << "Intel 82599 VF";
    }
    void featureMatrix()
    {
        QFETCH(QString, family);
        QFETCH(bool, vpcOnly);
        QFETCH(bool, ebsOnly);
        QFETCH(bool, ssd);
        QFETCH(bool, placement);
        QFETCH(bool, hvmOnly);
        QFETCH(QString, enhanced);
        const auto* f = m_catalog->family(family.toStdString());
        QVERIFY(f && f->features);
        QCOMPARE(f->features->vpcOnly, vpcOnly);
        QCOMPARE(f->features->ebsOnly, ebsOnly);
        QCOMPARE(f->features->ssdVolumes, ssd);
        QCOMPARE(f->features->placementGroup, placement);
        QCOMPARE(f->features->hvmOnly, hvmOnly);
        QCOMPARE(QString::fromStdString(f->features->enhancedNetworking), enhanced);
    }

    void x1_32xlarge_has1952GiB()
    {
        auto t = m_catalog->find("x1.32xlarge");
        QVERIFY(t.ok());
        QCOMPARE((*t)->memoryGib, 1952.0);
        QCOMPARE((*t)->vcpu, 128);
    }

    void brokenCatalog_namesFileAndField()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("catalog");
        const std::string base = dir.filePath("catalog/").toStdString();
        std::ofstream(base + "instance_types.json")
            << R"({"types":[{"instance_type":"m4.large","family":"m4","category":"general_purpose",)"
               R"("generation":"current","vcpu":"two","memory_gib":8,"network_performance":"Moderate","arch":"x86_64"}]})";
        std::ofstream(base + "families.json") << R"({"families":[]})";
        std::ofstream(base + "families_2016.json") << R"({"sources":{},"families":[]})";
        auto c = Catalog::load(dir.path().toStdString());
        QVERIFY(!c.ok());
        const QString text = QString::fromStdString(c.error().describe());
        QVERIFY2(text.contains("instance_types.json") && text.contains("types[0].vcpu"), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TstCatalog)
#include "tst_catalog.moc"
