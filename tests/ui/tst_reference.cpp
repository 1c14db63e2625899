// The Reference page: the instance model (QAbstractItemModelTester), its filters and sorting, the 2016
// feature matrix table and the topic search.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include "ui/common/app_state.h"
#include "ui/reference/instance_filter_model.h"
#include "ui/reference/instance_table_model.h"
#include "ui/reference/price_import_runner.h"
#include "core/catalog/price_store.h"
#include "core/store/migrations.h"

#include <QMessageBox>
#include <QTimer>
#include "ui/reference/reference_page.h"

using namespace archdesk;
using ui::InstanceTableModel;

class TstReference : public QObject
{
    Q_OBJECT
private:
    std::optional<core::catalog::Catalog> m_catalog;

    // What an import of an eu-west-1 offer file leaves in the database: m5.large only, On-Demand 0.107 and one
    // reservation (1 yr standard Partial Upfront, 263 upfront + 0.03/h → 263 / 8,760 + 0.03 = 0.060023/h).
    static void storeEuWest1Prices(core::store::Database& db)
    {
        core::catalog::ParsedPrices parsed;
        parsed.format = "aws-offer-json";
        parsed.source = "AWS Price List AmazonEC2 offer file, version 20261001000000 (eu-west-1.json)";
        parsed.date = "2026-10-01";
        core::catalog::InstancePrice p;
        p.instanceType = "m5.large";
        p.region = "eu-west-1";
        p.os = "linux";
        p.onDemandHourly = 0.107;
        p.reserved.push_back({1, "standard", "partial_upfront", 263.0, 0.03});
        parsed.prices.push_back(p);
        const auto r = db.transaction([&]() -> core::Result<void> {
            auto id = core::catalog::storePrices(db, parsed, "/tmp/eu-west-1.json", 0, {});
            if (!id)
                return id.error();
            return {};
        });
        QVERIFY(r.ok());
    }

    static QStringList column(const QAbstractItemModel& m, int col)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, col).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        auto c = core::catalog::Catalog::load(ARCHDESK_SOURCE_DATA_DIR);
        QVERIFY(c.ok());
        m_catalog = std::move(*c);
    }

    void model_passesItemModelTester()
    {
        InstanceTableModel model(*m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadPrices(ARCHDESK_SOURCE_DATA_DIR, nullptr, "us-east-1");
        ui::InstanceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setCategory("storage_optimized");
        filter.sort(InstanceTableModel::PriceHour, Qt::DescendingOrder);
        filter.setCategory({});
        QCOMPARE(model.rowCount(), 1398);
    }

    void model_priceColumns_useTheBundledPrice()
    {
        // Bundled us-east-1 Linux price of m5.large: 0.096 per hour (data pack README); a month is 730 h.
        InstanceTableModel model(*m_catalog);
        model.loadPrices(ARCHDESK_SOURCE_DATA_DIR, nullptr, "us-east-1");
        const int row = column(model, InstanceTableModel::Type).indexOf("m5.large");
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, InstanceTableModel::PriceHour).data(InstanceTableModel::SortRole).toDouble(), 0.096);
        QCOMPARE(model.index(row, InstanceTableModel::PriceMonth).data().toString(), QString("$70.08"));
        QVERIFY(model.priceSource(row).contains("2026-07-20"));
    }

    void model_regionSwitch_changesPrices_andMissingShowsDash()
    {
        QTemporaryDir dir;
        auto db = core::store::openUserDatabase(dir.filePath("prices.db").toStdString());
        QVERIFY(db.ok());
        storeEuWest1Prices(*db);
        InstanceTableModel model(*m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::InstanceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(InstanceTableModel::PriceHour, Qt::DescendingOrder);
        const int m5 = column(model, InstanceTableModel::Type).indexOf("m5.large");
        const int m4 = column(model, InstanceTableModel::Type).indexOf("m4.large");
        QVERIFY(m5 >= 0 && m4 >= 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.loadPrices(ARCHDESK_SOURCE_DATA_DIR, &*db, "eu-west-1");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(QString::fromStdString(model.region()), QString("eu-west-1"));
        QCOMPARE(model.index(m5, InstanceTableModel::PriceHour).data().toString(), QString("$0.1070"));
        QCOMPARE(model.index(m5, InstanceTableModel::PriceMonth).data().toString(), QString("$78.11"));
        QVERIFY(model.priceSource(m5).contains("eu-west-1.json"));
        QCOMPARE(model.priceAt(m5)->reserved.size(), std::size_t(1));
        // A type without a price in the Region shows a dash, never 0, and sorts below every priced type.
        QCOMPARE(model.index(m4, InstanceTableModel::PriceHour).data().toString(), QString("—"));
        QCOMPARE(model.index(m4, InstanceTableModel::PriceMonth).data().toString(), QString("—"));
        QCOMPARE(model.index(m4, InstanceTableModel::PriceHour).data(InstanceTableModel::SortRole).toDouble(), -1.0);
        QVERIFY(model.index(m4, InstanceTableModel::PriceHour).data(Qt::ToolTipRole).toString().contains("eu-west-1"));
        QVERIFY(model.priceAt(m4) == nullptr);
        QCOMPARE(filter.index(0, InstanceTableModel::Type).data().toString(), QString("m5.large"));

        model.loadPrices(ARCHDESK_SOURCE_DATA_DIR, &*db, "us-east-1");
        QCOMPARE(model.index(m5, InstanceTableModel::PriceHour).data(InstanceTableModel::SortRole).toDouble(), 0.096);
        QCOMPARE(model.index(m4, InstanceTableModel::PriceHour).data(InstanceTableModel::SortRole).toDouble(), 0.1);
    }

    void page_regionSelector_andReservedPricesInDetail()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("p.db").toStdString());
        QVERIFY(state.db);
        ui::ReferencePage page(state);
        auto* region = page.findChild<QComboBox*>("regionSelector");
        QVERIFY(region);
        QCOMPARE(region->count(), 1);
        QCOMPARE(region->currentText(), QString("us-east-1"));

        // After an import the new Region is offered, and choosing it reprices the table.
        storeEuWest1Prices(*state.db);
        page.reloadPrices();
        QCOMPARE(region->count(), 2);
        QCOMPARE(region->currentText(), QString("us-east-1"));
        region->setCurrentIndex(region->findText("eu-west-1"));
        QCOMPARE(QString::fromStdString(page.instanceModel()->region()), QString("eu-west-1"));

        auto* filter = page.instanceFilter();
        auto* table = page.findChild<QTableView*>("instanceTable");
        auto* detail = page.findChild<QTextBrowser*>("instanceDetail");
        QVERIFY(table && detail);
        int row = -1;
        for (int r = 0; r < filter->rowCount(); ++r)
            if (filter->index(r, InstanceTableModel::Type).data().toString() == "m5.large")
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(filter->index(row, InstanceTableModel::PriceHour).data().toString(), QString("$0.1070"));
        table->setCurrentIndex(filter->index(row, 0));
        const QString text = detail->toPlainText();
        QVERIFY2(text.contains("Prices in eu-west-1"), qPrintable(text));
        QVERIFY2(text.contains("$0.1070 per hour"), qPrintable(text));
        QVERIFY2(text.contains("Partial Upfront") && text.contains("$263.00") && text.contains("$0.0600"),
                 qPrintable(text));
        QVERIFY2(text.contains("eu-west-1.json") && text.contains("2026-10-01"), qPrintable(text));
        if (const QByteArray out = qgetenv("ARCHDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
            page.resize(1200, 800);
            page.show();
            QCoreApplication::processEvents();
            page.grab().save(QString::fromUtf8(out) + QStringLiteral("/reference-eu-west-1.png"));
        }

        // m4.large has no eu-west-1 price: the pane says so instead of showing 0.
        for (int r = 0; r < filter->rowCount(); ++r)
            if (filter->index(r, InstanceTableModel::Type).data().toString() == "m4.large")
                table->setCurrentIndex(filter->index(r, 0));
        QVERIFY(detail->toPlainText().contains("no price known in eu-west-1"));

        // The selection survives a reload after another import.
        page.reloadPrices();
        QCOMPARE(region->currentText(), QString("eu-west-1"));
    }

    void filter_byFamily_givesThatFamily()
    {
        InstanceTableModel model(*m_catalog);
        ui::InstanceFilterModel filter;
        filter.setSourceModel(&model);
        filter.setFamily("C4");
        QCOMPARE(column(filter, InstanceTableModel::Type),
                 QStringList({"c4.large", "c4.xlarge", "c4.2xlarge", "c4.4xlarge", "c4.8xlarge"}));
    }

    void filter_byCategoryAndGeneration()
    {
        InstanceTableModel model(*m_catalog);
        ui::InstanceFilterModel filter;
        filter.setSourceModel(&model);
        filter.setCategory("storage_optimized");
        filter.setGeneration("previous");
        // The previous-generation storage optimized families of the data pack: d2 (4 sizes) and i2 (4 sizes).
        const QStringList families = column(filter, InstanceTableModel::Family);
        QCOMPARE(families.size(), 8);
        QCOMPARE(QSet<QString>(families.begin(), families.end()), QSet<QString>({"d2", "i2"}));
    }

    void filter_search_isCaseInsensitiveSubstring()
    {
        InstanceTableModel model(*m_catalog);
        ui::InstanceFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearch("X1.32");
        QCOMPARE(column(filter, InstanceTableModel::Type), QStringList({"x1.32xlarge"}));
    }

    void sort_byVcpuIsNumeric()
    {
        InstanceTableModel model(*m_catalog);
        ui::InstanceFilterModel filter;
        filter.setSourceModel(&model);
        filter.setFamily("m4");
        filter.sort(InstanceTableModel::Vcpu, Qt::DescendingOrder);
        // 64 > 40 > 16 numerically (as text "40" < "64" but "16" > "4" would break this).
        QCOMPARE(column(filter, InstanceTableModel::Vcpu), QStringList({"64", "40", "16", "8", "4", "2"}));
    }

    void guiImport_runsOffThread_andStoresPrices()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("g.db").toStdString());
        QVERIFY(state.db);
        QString shown;
        // The outcome is reported in a message box: read it and close it.
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(20);
        const bool ok = ui::runPriceImport(nullptr, state,
                                           QStringLiteral(ARCHDESK_TESTS_DIR "/data/aws-pricing/ec2-getproducts-m5large-2021.json"));
        QVERIFY2(ok, qPrintable(shown));
        QVERIFY(shown.contains("12 reserved prices"));
        auto stored = core::catalog::storedPrices(*state.db, "m5.large", "us-east-1", "linux");
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(1));

        shown.clear();
        QVERIFY(!ui::runPriceImport(nullptr, state,
                                    QStringLiteral(ARCHDESK_TESTS_DIR "/data/aws-pricing/ec2-offer-excerpt-2023-opencost.raw.txt")));
        QVERIFY2(shown.contains("byte"), qPrintable(shown));
        QCOMPARE(core::catalog::storedPrices(*state.db, "m5.large", "us-east-2", "linux")->size(), std::size_t(0));
    }

    void page_showsMatrixAndSearchesTopics()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("r.db").toStdString());
        ui::ReferencePage page(state);
        page.resize(1000, 700);
        auto* matrix = page.findChild<QTableWidget*>("featureMatrix");
        QVERIFY(matrix);
        QCOMPARE(matrix->rowCount(), 10);
        QCOMPARE(matrix->item(1, 0)->text(), QString("M4"));
        QVERIFY(matrix->item(1, 7)->text().contains("m4.16xlarge: ENA"));

        auto* topics = page.findChild<QListWidget*>("topicList");
        QVERIFY(topics);
        QStringList titles;
        for (int i = 0; i < topics->count(); ++i)
            titles << topics->item(i)->text();
        QVERIFY(titles.contains("Exam blueprints"));
        QVERIFY(titles.contains("Elastic Load Balancing: the four types side by side"));

        auto* search = page.findChild<QLineEdit*>("topicSearch");
        QVERIFY(search);
        search->setText("Rekognition");
        QCOMPARE(topics->count(), 1);
        QCOMPARE(topics->item(0)->text(), QString("AWS AI services and deep learning on EC2"));
        search->setText("1,952 GiB");
        QCOMPARE(topics->count(), 1);
        QCOMPARE(topics->item(0)->text(), QString("Instance family x1"));
        search->setText("no such words anywhere");
        QCOMPARE(topics->count(), 0);

        if (const QByteArray out = qgetenv("ARCHDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
            search->clear();
            page.show();
            for (int t = 0; t < page.tabs()->count(); ++t) {
                page.tabs()->setCurrentIndex(t);
                QCoreApplication::processEvents();
                page.grab().save(QString::fromUtf8(out) + QStringLiteral("/reference-tab%1.png").arg(t));
            }
            topics->setCurrentRow(2);
            QCoreApplication::processEvents();
            page.grab().save(QString::fromUtf8(out) + QStringLiteral("/reference-elb.png"));
        }
    }
};

QTEST_MAIN(TstReference)
#include "tst_reference.moc"
