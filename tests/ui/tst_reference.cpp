// The Reference page: the instance model (QAbstractItemModelTester), its filters and sorting, the 2016
// feature matrix table and the topic search.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

#include "ui/common/app_state.h"
#include "ui/reference/instance_filter_model.h"
#include "ui/reference/instance_table_model.h"
#include "ui/reference/price_import_runner.h"
#include "core/catalog/price_store.h"

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
