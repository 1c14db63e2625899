// The Cost Planner page: its table model, live updates when an input changes, plan files and exports.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTableWidget>

#include "core/billing/cost_comparison.h"
#include "core/catalog/price_lookup.h"
#include "ui/common/app_state.h"
#include "ui/cost/cost_options_model.h"
#include "ui/cost/cost_planner_page.h"

using namespace archdesk;

namespace {

double onDemandTotal(const ui::CostOptionsModel* model)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::CostOptionsModel::Option).data().toString() == "On-Demand")
            return model->index(row, ui::CostOptionsModel::Total).data(Qt::UserRole).toDouble();
    return -1;
}

// The page reads the catalog first; the tests pin the AWS m5.large figures (aws-facts.md §2.6) so their
// expected values do not depend on which prices are bundled.
void pinAwsM5LargePrices(ui::CostPlannerPage& page)
{
    page.findChild<QDoubleSpinBox*>("onDemandHourly")->setValue(0.096);
    auto* table = page.findChild<QTableWidget*>("reservedPrices");
    const double prices[6][2] = {{0, 0.060}, {252, 0.029}, {494, 0}, {0, 0.041}, {505, 0.019}, {949, 0}};
    for (int row = 0; row < 6; ++row)
        for (int column = 0; column < 2; ++column)
            table->setItem(row, column, new QTableWidgetItem(QString::number(prices[row][column])));
}

core::billing::CostComparison sampleComparison(double fraction)
{
    core::billing::CostPlan plan;
    plan.usage.kind = core::billing::UsagePattern::Kind::Utilization;
    plan.usage.instances = 1;
    plan.usage.fraction = fraction;
    plan.prices.onDemandHourly = 0.096;
    plan.prices.reserved = {{1, "standard", "all_upfront", 494, 0}, {1, "standard", "no_upfront", 0, 0.06}};
    plan.options = core::billing::defaultOptions();
    auto prices = core::billing::resolvePrices(plan, {}, "t");
    return *core::billing::compareOptions(plan, *prices, "t");
}

} // namespace

class TstCostPlanner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void model_passesTheItemModelTester()
    {
        ui::CostOptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOptions(sampleComparison(0.6).options);
        QCOMPARE(model.rowCount(), 3); // On-Demand + the two RIs priced; the rest skipped
        QCOMPARE(model.columnCount(), int(ui::CostOptionsModel::ColumnCount));
        model.setOptions(sampleComparison(1.0).options);
        model.setOptions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void model_showsNeverForAnRiThatDoesNotPayOff()
    {
        ui::CostOptionsModel model;
        model.setOptions(sampleComparison(0.6).options);
        // 1yr no upfront at 60 %: 0.06/h every hour > 0.096 × 0.6 → never pays off.
        QCOMPARE(model.index(1, ui::CostOptionsModel::Option).data().toString(), QString("RI 1yr no upfront"));
        QCOMPARE(model.index(1, ui::CostOptionsModel::Option).data(Qt::ToolTipRole).toString(),
                 QString("RI 1yr standard no upfront"));
        QCOMPARE(model.index(1, ui::CostOptionsModel::BreakEven).data().toString(), QString("never"));
        // 1yr all upfront: 494 / (0.096 × 0.6) / 730 = 11.7 months.
        QCOMPARE(model.index(2, ui::CostOptionsModel::BreakEven).data().toString(), QString("month 11.7"));
        QCOMPARE(model.index(0, ui::CostOptionsModel::BreakEven).data().toString(), QString("–"));
        QVERIFY(model.toCsv().startsWith("option,total,effective_hourly,savings,savings_pct,break_even_month\n"));
        // On-Demand saves nothing against itself: "$0.00" and "0.0%", never a negative zero; a loss reads −$.
        QCOMPARE(model.index(0, ui::CostOptionsModel::Savings).data().toString(), QString("$0.00"));
        QCOMPARE(model.index(0, ui::CostOptionsModel::SavingsPct).data().toString(), QString("0.0%"));
        QVERIFY(model.index(1, ui::CostOptionsModel::Savings).data().toString().startsWith(QStringLiteral("−$")));
        QVERIFY(model.index(1, ui::CostOptionsModel::SavingsPct).data().toString().startsWith(QStringLiteral("−")));
    }

    void changingUtilization_updatesTheTableAtOnce()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, m_dir.filePath("a.db").toStdString());
        ui::CostPlannerPage page(state);
        pinAwsM5LargePrices(page);
        auto* utilization = page.findChild<QSpinBox*>("utilization");
        auto* horizon = page.findChild<QSpinBox*>("horizonMonths");
        QVERIFY(utilization && horizon);
        // Defaults: 1 instance, 60 % of hours, 36 months of 730 h, On-Demand $0.096.
        QVERIFY(std::abs(onDemandTotal(page.optionsModel()) - 0.096 * 0.6 * 26280) < 1e-6);
        utilization->setValue(100);
        QVERIFY(std::abs(onDemandTotal(page.optionsModel()) - 0.096 * 26280) < 1e-6);
        horizon->setValue(12);
        QVERIFY(std::abs(onDemandTotal(page.optionsModel()) - 0.096 * 8760) < 1e-6);
    }

    void verdict_answersRiOrOnDemandAt60Percent()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, m_dir.filePath("a.db").toStdString());
        ui::CostPlannerPage page(state);
        pinAwsM5LargePrices(page);
        page.findChild<QSpinBox*>("horizonMonths")->setValue(12);
        // 1-year all upfront: 0.056393 / 0.096 = 58.7 % < 60 % → reserve.
        QVERIFY2(page.verdictText().contains("RI 1yr standard all upfront"), qPrintable(page.verdictText()));
        QVERIFY(page.verdictText().contains("58.7%"));
        page.findChild<QSpinBox*>("utilization")->setValue(50);
        QVERIFY2(page.verdictText().startsWith("Stay On-Demand"), qPrintable(page.verdictText()));
    }

    void pricesSource_saysWhereThePricesCameFrom()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, m_dir.filePath("a.db").toStdString());
        ui::CostPlannerPage page(state);
        auto* source = page.findChild<QLabel*>("priceSource");
        const bool inCatalog = core::catalog::lookupPrice(state.dataDir, state.db ? &*state.db : nullptr, "m5.large",
                                                          "us-east-1", "linux").ok();
        if (inCatalog)
            QVERIFY2(source->text().startsWith("Prices from the catalog"), qPrintable(source->text()));
        else
            QVERIFY2(source->text().contains("built-in m5.large"), qPrintable(source->text()));
        // A region no price file covers: the page says the prices are the user's to enter.
        page.findChild<QComboBox*>("region")->setCurrentText("xx-test-1");
        auto* type = page.findChild<QLineEdit*>("instanceType");
        type->setText("c5.xlarge");
        emit type->editingFinished();
        QVERIFY2(source->text().contains("No catalog price for c5.xlarge in xx-test-1"), qPrintable(source->text()));
    }

    void savedPlan_runsInTheCli_withTheSameTotals()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, m_dir.filePath("a.db").toStdString());
        ui::CostPlannerPage page(state);
        const QString file = m_dir.filePath("saved.archdesk-plan.json");
        QVERIFY(page.savePlan(file));
        QProcess cli;
        cli.start(ARCHDESK_CLI_PATH, {"--db", m_dir.filePath("cli.db"), "cost", file, "--format", "json"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const auto options = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value("options").toArray();
        QCOMPARE(options.size(), page.optionsModel()->rowCount());
        QVERIFY(std::abs(options.first().toObject().value("total").toDouble() - onDemandTotal(page.optionsModel())) < 1e-5);

        ui::CostPlannerPage reopened(state);
        reopened.findChild<QSpinBox*>("utilization")->setValue(10);
        QVERIFY(reopened.openPlan(file));
        QCOMPARE(reopened.findChild<QSpinBox*>("utilization")->value(), 60);
        QVERIFY(std::abs(onDemandTotal(reopened.optionsModel()) - onDemandTotal(page.optionsModel())) < 1e-9);
    }

    void openPlan_badFile_namesTheField()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, m_dir.filePath("a.db").toStdString());
        ui::CostPlannerPage page(state);
        QString error;
        QVERIFY(!page.openPlan(ARCHDESK_TESTS_DIR "/cli/cases/cost/fraction-out-of-range.json", &error));
        QVERIFY2(error.contains("field \"usage.fraction\""), qPrintable(error));
        QVERIFY(onDemandTotal(page.optionsModel()) > 0); // the page keeps its results
    }

    void exports_writeCsvPngAndSvg()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, m_dir.filePath("a.db").toStdString());
        ui::CostPlannerPage page(state);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString csv = m_dir.filePath("table.csv");
        QVERIFY(page.exportTableCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).trimmed().split('\n');
        QCOMPARE(lines.size(), page.optionsModel()->rowCount() + 1);
        QVERIFY(lines[1].startsWith("On-Demand,"));
        for (const auto chart : {ui::CostPlannerPage::Chart::Cumulative, ui::CostPlannerPage::Chart::Monthly,
                                 ui::CostPlannerPage::Chart::Coverage}) {
            const QString png = m_dir.filePath(QString("chart%1.png").arg(int(chart)));
            const QString svg = m_dir.filePath(QString("chart%1.svg").arg(int(chart)));
            QVERIFY(page.exportChart(chart, png));
            QVERIFY(page.exportChart(chart, svg));
            QVERIFY(!QImage(png).isNull());
            QFile s(svg);
            QVERIFY(s.open(QIODevice::ReadOnly));
            QVERIFY(s.readAll().contains("<svg"));
        }
    }
};

QTEST_MAIN(TstCostPlanner)
#include "tst_cost_planner.moc"
