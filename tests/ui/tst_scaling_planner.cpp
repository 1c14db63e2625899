// The Scaling Planner page: the activity model passes QAbstractItemModelTester, editing a policy in its form
// re-runs the simulation and redraws the charts, bad input shows a message naming the field, re-run + redraw
// is timed, and "Open in Cost Planner" carries the simulated fleet to the Cost Planner.
#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include <cmath>
#include <functional>

#include "ui/common/app_state.h"
#include "ui/common/time_axis.h"
#include "ui/cost/cost_planner_page.h"
#include "ui/main_window/main_window.h"
#include "ui/scaling/activity_table_model.h"
#include "ui/scaling/json_list_editor.h"
#include "ui/scaling/plan_form.h"
#include "ui/scaling/plan_paths.h"
#include "ui/scaling/policy_editor.h"
#include "ui/scaling/scaling_planner_page.h"
#include "ui/settings/language.h"

using namespace archdesk::ui;

namespace {
AppState state()
{
    AppState s;
    s.dataDir = ARCHDESK_SOURCE_DATA_DIR;
    return s;
}

// The dashed "desired" line of the instances chart: the mean of the points drawn.
double meanDesiredOnChart(ScalingPlannerPage& page)
{
    double sum = 0;
    int n = 0;
    for (auto* s : page.chartView(ScalingPlannerPage::InstancesChart)->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->name() == QStringLiteral("desired"))
            for (const auto& p : line->points()) {
                sum += p.y();
                ++n;
            }
    return n ? sum / n : 0;
}

const QString kExamplePlan =
    QStringLiteral(ARCHDESK_SOURCE_DATA_DIR "/examples/scaling-week-daily-peak-az-outage.archdesk-plan.json");

// The example week plan, changed by `change`, written to dir/name: its path, or empty if that failed.
QString writeExampleVariant(const QTemporaryDir& dir, const QString& name,
                            const std::function<void(nlohmann::json&)>& change)
{
    QFile example(kExamplePlan);
    if (!example.open(QIODevice::ReadOnly))
        return {};
    nlohmann::json plan = nlohmann::json::parse(example.readAll().toStdString());
    change(plan);
    QFile out(dir.filePath(name));
    if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::fromStdString(plan.dump())) < 0)
        return {};
    return out.fileName();
}
} // namespace

class TstScalingPlanner : public QObject
{
    Q_OBJECT
private slots:
    void activityModel_passesModelTester()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        QVERIFY(page.result());
        QAbstractItemModelTester tester(page.activityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.activityModel()->rowCount() > 0);
        QCOMPARE(page.activityModel()->rowCount(), int(page.result()->activities.size()));
        const QString first = page.activityModel()->index(0, ActivityTableModel::Description).data().toString();
        QVERIFY2(first.startsWith("Launching a new EC2 instance: i-") || first.startsWith("Terminating EC2 instance"),
                 qPrintable(first));
        page.rerunNow(); // a reset under the tester
    }

    void changingAPolicy_rerunsAndRedraws()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.rerunNow();
        const double before = meanDesiredOnChart(page);
        const double hoursBefore = page.result()->summary.instanceHours;
        QVERIFY(before > 0);
        // A lower CPU target needs more instances all day: the desired line must rise, after the debounce.
        page.policies()->select(0);
        auto* target = page.policies()->form()->findChild<QDoubleSpinBox*>("target");
        QVERIFY(target && target->isVisibleTo(page.policies()->form()));
        target->setValue(30);
        QCOMPARE(page.document()["policies"][0]["target"].get<double>(), 30.0);
        QTRY_VERIFY_WITH_TIMEOUT(meanDesiredOnChart(page) > before * 1.2, 3000);
        QVERIFY(page.result()->summary.instanceHours > hoursBefore);
        QVERIFY(page.problemsText().isEmpty());
        // Re-run + redraw of the one-week plan, measured (target ≤ 50 ms).
        QElapsedTimer t;
        t.start();
        page.rerunNow();
        qInfo("one-week plan: re-run + redraw %.1f ms (inside run: %.1f ms)", double(t.nsecsElapsed()) / 1e6,
              page.lastRunMs());
    }

    // The charts keep their axes from run to run; opening a shorter plan with fewer AZs must still give
    // axes spanning the new plan, ticks every three hours rather than daily, and one band per AZ.
    void openingAnotherPlan_rescalesTheChartsAxes()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        page.resize(1800, 900); // wide enough for eight ticks per chart
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTemporaryDir dir;
        const QString dayFile = writeExampleVariant(dir, QStringLiteral("day.archdesk-plan.json"), [](nlohmann::json& p) {
            p["duration_hours"] = 24;
            p["group"]["azs"] = {"us-east-1a", "us-east-1c"};
            p["faults"] = nlohmann::json::array();
        });
        QVERIFY(!dayFile.isEmpty());

        const auto axesOf = [&](ScalingPlannerPage::Chart c) {
            QChart* chart = page.chartView(c)->chart();
            QCategoryAxis* x = nullptr;
            for (auto* axis : chart->axes(Qt::Horizontal))
                x = qobject_cast<QCategoryAxis*>(axis);
            return std::pair{x, int(chart->axes().size())};
        };
        const qint64 monday = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        // Redrawing replaces the series: an area's two bounds go with it, none are left behind.
        QList<QPointer<QLineSeries>> bounds;
        for (auto* series : page.chartView(ScalingPlannerPage::InstancesChart)->chart()->series())
            if (auto* area = qobject_cast<QAreaSeries*>(series))
                bounds << area->upperSeries() << area->lowerSeries();
        QVERIFY(bounds.size() >= 8);
        for (int round = 0; round < 2; ++round) {
            QVERIFY(page.openPlan(dayFile));
            page.rerunNow();
            for (int c = 0; c < ScalingPlannerPage::ChartCount; ++c) {
                const auto [x, count] = axesOf(ScalingPlannerPage::Chart(c));
                QCOMPARE(count, 2);
                QVERIFY(x);
                QCOMPARE(qint64(x->min()), monday);
                QCOMPARE(qint64(x->max()), monday + qint64(24) * 3600 * 1000);
                const QStringList labels = x->categoriesLabels();
                QCOMPARE(labels.size(), 9); // 00:00, 03:00, … 24:00
                QCOMPARE(labels[0], QStringLiteral("00:00"));
                QCOMPARE(labels[1], QStringLiteral("03:00"));
                QCOMPARE(x->endValue(labels[1]), double(monday + 3 * 3600 * 1000));
            }
            QStringList bands;
            for (auto* series : page.chartView(ScalingPlannerPage::InstancesChart)->chart()->series())
                if (qobject_cast<QAreaSeries*>(series))
                    bands << series->name();
            QCOMPARE(bands, (QStringList{"1a", "1c", "pending", "terminating"}));

            QVERIFY(page.openPlan(kExamplePlan));
            page.rerunNow();
            const auto [x, count] = axesOf(ScalingPlannerPage::DemandChart);
            QCOMPARE(count, 2);
            QCOMPARE(qint64(x->max()) - qint64(x->min()), qint64(168) * 3600 * 1000);
            const QStringList labels = x->categoriesLabels();
            QCOMPARE(labels.size(), 8);
            QCOMPARE(labels.first(), QStringLiteral("Mon"));
            QCOMPARE(labels[4], QStringLiteral("Fri"));
            QCOMPARE(labels.last().trimmed().remove(QChar(0x200B)), QStringLiteral("Mon")); // the next Monday
        }
        for (const auto& bound : bounds)
            QVERIFY(bound.isNull());
    }

    // Value axes tick at round numbers (1, 2 or 5 × 10^n) above the data; a chart with nothing in it (no
    // unserved demand) reads 0 to 1 rather than 0, 0, 1, 1, 1.
    void valueAxes_tickAtRoundNumbers()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        QTemporaryDir dir;
        const QString calmFile = writeExampleVariant(dir, QStringLiteral("calm.archdesk-plan.json"), [](nlohmann::json& p) {
            p["duration_hours"] = 2;
            p["demand"] = {{"pattern", "constant"}, {"base_rps", 100}};
            p["group"]["min"] = 1; // one instance: an axis of 0, 1, 2 — not 0, 0.2, … 1.2
            p["group"]["max"] = 1;
            p["group"]["desired"] = 1;
            p["group"]["spot_share"] = 0;
            p["scheduled"] = nlohmann::json::array();
            p["faults"] = nlohmann::json::array();
        });
        QVERIFY(!calmFile.isEmpty());
        const auto yOf = [&](ScalingPlannerPage::Chart c) {
            QValueAxis* y = nullptr;
            for (auto* axis : page.chartView(c)->chart()->axes(Qt::Vertical))
                y = qobject_cast<QValueAxis*>(axis);
            return y;
        };
        const auto isRound = [](double step) {
            const double scale = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
            const double mantissa = step / scale;
            return std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9;
        };
        for (const QString& file : {calmFile, kExamplePlan}) {
            QVERIFY(page.openPlan(file));
            page.rerunNow();
            const auto* r = page.result();
            QVERIFY(r);
            for (int c = 0; c < ScalingPlannerPage::ChartCount; ++c) {
                QValueAxis* y = yOf(ScalingPlannerPage::Chart(c));
                QVERIFY(y);
                QCOMPARE(y->min(), 0.0);
                QVERIFY2(y->tickCount() >= 2 && y->tickCount() <= 7, qPrintable(QString::number(y->tickCount())));
                const double step = y->max() / (y->tickCount() - 1);
                QVERIFY2(isRound(step), qPrintable(QStringLiteral("%4 chart %1: 0 to %2 in %3 ticks").arg(c).arg(y->max()).arg(y->tickCount()).arg(file)));
            }
            QVERIFY(yOf(ScalingPlannerPage::InstancesChart)->max() >= r->summary.maxInstances);
            // Instances are counted whole: no 0.5 ticks, no decimals.
            QValueAxis* instances = yOf(ScalingPlannerPage::InstancesChart);
            QVERIFY(instances->max() / (instances->tickCount() - 1) >= 1);
            QCOMPARE(instances->labelFormat(), QStringLiteral("%.0f"));
            QCOMPARE(yOf(ScalingPlannerPage::MetricChart)->max(), 120.0); // CPU: 0 to 100 % and some room
            double unserved = 0;
            for (std::size_t i = 0; i < r->series.size(); ++i)
                unserved = std::max(unserved, double(r->series.unserved[i]));
            QValueAxis* u = yOf(ScalingPlannerPage::UnservedChart);
            if (file == calmFile) {
                QCOMPARE(unserved, 0.0);
                QCOMPARE(u->max(), 1.0);
                QCOMPARE(u->tickCount(), 2);
                QCOMPARE(u->labelFormat(), QStringLiteral("%.0f"));
            } else {
                QVERIFY(unserved > 0); // the AZ outage
                QVERIFY(u->max() >= unserved);
            }
        }
    }

    // The demand fields follow the pattern; a CSV file typed into the form drives the run, and a missing one
    // is named beside its field with nothing simulated from it.
    void demandPattern_showsItsFields_andACsvFileDrivesTheRun()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        PlanForm* form = page.planForm();
        QComboBox* pattern = form->demandPattern();
        const auto shown = [&] {
            QStringList keys;
            for (const char* key : {"demand.base_rps", "demand.peak_rps", "demand.peak_hour", "demand.weekend_factor",
                                    "demand.csv"})
                if (form->demandFieldShown(QString::fromLatin1(key)))
                    keys << QString::fromLatin1(key).section('.', 1);
            return keys;
        };
        QCOMPARE(pattern->currentData().toString(), QStringLiteral("weekly")); // the example week
        QCOMPARE(shown(), (QStringList{"base_rps", "peak_rps", "peak_hour", "weekend_factor"}));
        pattern->setCurrentIndex(pattern->findData(QStringLiteral("daily")));
        QCOMPARE(shown(), (QStringList{"base_rps", "peak_rps", "peak_hour"}));
        pattern->setCurrentIndex(pattern->findData(QStringLiteral("constant")));
        QCOMPARE(shown(), (QStringList{"base_rps"}));

        // CSV without a file: asked for beside the field.
        pattern->setCurrentIndex(pattern->findData(QStringLiteral("csv")));
        QCOMPARE(shown(), (QStringList{"csv"}));
        QVERIFY2(form->messageFor("demand.csv").contains("missing"), qPrintable(form->messageFor("demand.csv")));
        QVERIFY(page.problemsText().contains("field \"demand.csv\": is missing"));
        // A file that is not there: named.
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nowhere.csv"));
        QTest::keyClicks(form->csvFile(), missing);
        QVERIFY2(form->messageFor("demand.csv").contains(missing), qPrintable(form->messageFor("demand.csv")));
        // A real one: the run's demand is the file's, held from row to row.
        QFile csv(dir.filePath(QStringLiteral("demand.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("time,rps\n0,120\n3600,480\n");
        csv.close();
        form->csvFile()->clear();
        QTest::keyClicks(form->csvFile(), csv.fileName());
        QCOMPARE(form->messageFor("demand.csv"), QString());
        QVERIFY2(page.problemsText().isEmpty(), qPrintable(page.problemsText()));
        page.rerunNow();
        const auto* r = page.result();
        QVERIFY(r);
        // (The example's 4 % noise applies to a CSV too: the hours' means are the file's values.)
        const auto hourMean = [&](std::size_t from) {
            double sum = 0;
            for (std::size_t i = from; i < from + 60; ++i)
                sum += r->series.demand[i];
            return sum / 60;
        };
        QVERIFY2(std::abs(hourMean(0) / 120 - 1) < 0.03, qPrintable(QString::number(hourMean(0))));
        QVERIFY2(std::abs(hourMean(60) / 480 - 1) < 0.03, qPrintable(QString::number(hourMean(60))));
        QVERIFY2(std::abs(hourMean(600) / 480 - 1) < 0.03, qPrintable(QString::number(hourMean(600))));
        // Back to weekly: the weekend factor row returns, and the plan keeps its CSV path for later.
        pattern->setCurrentIndex(pattern->findData(QStringLiteral("weekly")));
        QVERIFY(form->demandFieldShown(QStringLiteral("demand.weekend_factor")));
        const nlohmann::json& demand = page.document()["demand"];
        QCOMPARE(QString::fromStdString(demand.value("pattern", "")), QStringLiteral("weekly"));
        QCOMPARE(QString::fromStdString(demand.value("csv", "")), csv.fileName());
    }

    // Over a year, min/max points per pixel would run from night to peak in every column: the instances
    // chart shows daily means instead, its bands stacked without crossing; a week keeps every step's shape.
    void longPlan_instancesChartShowsDailyMeans()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTemporaryDir dir;
        const QString year = writeExampleVariant(dir, QStringLiteral("year.archdesk-plan.json"), [](nlohmann::json& p) {
            p["duration_hours"] = 8760;
            p["faults"] = nlohmann::json::array();
        });
        QChart* chart = page.chartView(ScalingPlannerPage::InstancesChart)->chart();
        for (const QString& file : {year, kExamplePlan}) {
            QVERIFY(page.openPlan(file));
            page.rerunNow();
            const bool long_ = file == year;
            QCOMPARE(chart->title().contains(QStringLiteral("daily means")), long_);
            QList<QList<QPointF>> bounds; // lower, upper of each band in turn
            QList<QPointF> desired;
            for (auto* series : chart->series()) {
                if (auto* area = qobject_cast<QAreaSeries*>(series))
                    bounds << area->lowerSeries()->points() << area->upperSeries()->points();
                else if (series->name() == QStringLiteral("desired"))
                    desired = static_cast<QLineSeries*>(series)->points();
            }
            QCOMPARE(bounds.size(), 2 * 5); // three AZs, pending, terminating
            if (!long_) {
                QVERIFY(desired.size() > 7 * 2); // min/max points, many per day
                continue;
            }
            QCOMPARE(desired.size(), 365 + 2); // a mean per day, and the first and last steps
            for (int b = 0; b < bounds.size(); b += 2) {
                QCOMPARE(bounds[b].size(), desired.size());
                for (int i = 0; i < bounds[b].size(); ++i) {
                    QCOMPARE(bounds[b + 1][i].x(), bounds[b][i].x());
                    QVERIFY(bounds[b + 1][i].y() >= bounds[b][i].y() - 1e-9);
                    if (b > 0) // each band starts where the one below ends
                        QVERIFY(std::abs(bounds[b][i].y() - bounds[b - 1][i].y()) < 1e-9);
                }
            }
            // Weekdays peak higher than weekends: the daily means show the week.
            const double monday = desired[1].y(), saturday = desired[6].y();
            QVERIFY2(monday > saturday, qPrintable(QStringLiteral("%1 vs %2").arg(monday).arg(saturday)));
            // The axis is fitted to the means drawn, not to the year's busiest minute.
            QValueAxis* y = nullptr;
            for (auto* axis : chart->axes(Qt::Vertical))
                y = qobject_cast<QValueAxis*>(axis);
            QVERIFY(y);
            double drawnTop = 0;
            for (const QPointF& p : bounds.last() + desired)
                drawnTop = std::max(drawnTop, p.y());
            QVERIFY(y->max() >= drawnTop);
            QVERIFY2(y->max() < page.result()->summary.maxInstances,
                     qPrintable(QStringLiteral("axis to %1, max instances %2").arg(y->max()).arg(page.result()->summary.maxInstances)));
        }
    }

    // A spin box shows a plan's numbers rounded; editing another field must not write the rounded numbers
    // back. A field the user changes takes the new value.
    void editingOneField_keepsTheOthersExactNumbers()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        QTemporaryDir dir;
        const QString file = writeExampleVariant(dir, QStringLiteral("exact.archdesk-plan.json"), [](nlohmann::json& p) {
            p["demand"]["weekend_factor"] = 0.625;
            p["demand"]["peak_hour"] = 14.25;
            p["instance"]["on_demand_hourly"] = 0.00585;
        });
        QVERIFY(page.openPlan(file));
        PlanForm* form = page.planForm();
        auto* weekend = form->findChild<QDoubleSpinBox*>(QStringLiteral("weekendFactor"));
        QVERIFY(weekend);
        QCOMPARE(weekend->value(), 0.63); // shown rounded
        auto* crossZone = form->findChild<QCheckBox*>();
        QVERIFY(crossZone);
        crossZone->toggle(); // edits elsewhere…
        crossZone->toggle();
        QCOMPARE(page.document()["load_balancer"]["cross_zone"].get<bool>(), crossZone->isChecked());
        const nlohmann::json& doc = page.document();
        QCOMPARE(doc["demand"]["weekend_factor"].get<double>(), 0.625); // …keeps the exact numbers
        QCOMPARE(doc["demand"]["peak_hour"].get<double>(), 14.25);
        QCOMPARE(doc["instance"]["on_demand_hourly"].get<double>(), 0.00585);
        weekend->setValue(0.7);
        QCOMPARE(page.document()["demand"]["weekend_factor"].get<double>(), 0.7);
        QCOMPARE(page.document()["demand"]["peak_hour"].get<double>(), 14.25);
    }

    // The same in a policy and a fault: renaming the policy keeps its target and alarm threshold, and
    // changing a fault's type and back keeps its rate.
    void editingAPolicyOrFault_keepsItsExactNumbers()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        QTemporaryDir dir;
        const QString file = writeExampleVariant(dir, QStringLiteral("exact.archdesk-plan.json"), [](nlohmann::json& p) {
            p["policies"][0]["target"] = 55.55;
            p["policies"][1]["alarm"]["threshold"] = 85.25;
            p["faults"][1]["rate_per_hour"] = 0.0001234;
        });
        QVERIFY(page.openPlan(file));
        for (int i : {0, 1}) {
            page.policies()->select(i);
            auto* name = page.policies()->form()->findChild<QLineEdit*>(QStringLiteral("policyName"));
            QVERIFY(name);
            QTest::keyClicks(name, QStringLiteral("-x"));
        }
        const nlohmann::json& doc = page.document();
        QCOMPARE(QString::fromStdString(doc["policies"][0]["name"].get<std::string>()), QStringLiteral("cpu-target-60-x"));
        QCOMPARE(doc["policies"][0]["target"].get<double>(), 55.55);
        QCOMPARE(doc["policies"][1]["alarm"]["threshold"].get<double>(), 85.25);
        page.faults()->select(1);
        auto* type = page.faults()->form()->findChild<QComboBox*>(QStringLiteral("faultType"));
        QVERIFY(type);
        const int failure = type->currentIndex();
        type->setCurrentIndex(type->findData(QStringLiteral("spot_interruption")));
        type->setCurrentIndex(failure);
        QCOMPARE(QString::fromStdString(page.document()["faults"][1]["type"].get<std::string>()),
                 QStringLiteral("instance_failure"));
        QCOMPARE(page.document()["faults"][1]["rate_per_hour"].get<double>(), 0.0001234);
    }

    void timeTicks_followThePlansLength_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<QStringList>("firstLabels");
        QTest::addColumn<int>("count");
        QTest::newRow("1 hour: every 10 minutes") << 1.0 << QStringList{"00:00", "00:10", "00:20"} << 7;
        QTest::newRow("2 hours: every 15 minutes") << 2.0 << QStringList{"00:00", "00:15", "00:30"} << 9;
        QTest::newRow("4 hours: every 30 minutes") << 4.0 << QStringList{"00:00", "00:30", "01:00"} << 9;
        QTest::newRow("3 days: 12 h apart, midnights as weekdays") << 72.0 << QStringList{"Mon", "12:00", "Tue"} << 7;
        QTest::newRow("15 days: every other date") << 360.0 << QStringList{"1/5", "1/7", "1/9"} << 8;
        QTest::newRow("60 days: every eighth date") << 1440.0 << QStringList{"1/11", "1/19"} << 7;
        QTest::newRow("a year: every other month start, January as its year")
            << 8760.0 << QStringList{"Mar", "May", "Jul", "Sep", "Nov", "2027"} << 6;
        QTest::newRow("two years: every third month start, each month twice")
            << 17520.0 << QStringList{"Apr", "Jul", "Oct", "2027", "Apr", "Jul", "Oct", "2028"} << 8;
    }
    void timeTicks_followThePlansLength()
    {
        QFETCH(double, hours);
        QFETCH(QStringList, firstLabels);
        QFETCH(int, count);
        const double monday = double(QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCategoryAxis axis;
        setTimeTicks(&axis, monday, monday + hours * 3600 * 1000, 8);
        const QStringList labels = axis.categoriesLabels();
        QCOMPARE(labels.size(), count);
        for (int i = 0; i < firstLabels.size(); ++i)
            QCOMPARE(QString(labels[i]).remove(QChar(0x200B)), firstLabels[i]);
        QCOMPARE(axis.min(), monday);
        QCOMPARE(axis.max(), monday + hours * 3600 * 1000);
    }

    // A narrower chart gets fewer time ticks, so that no label is cut short; widening brings them back.
    void resizingTheWindow_refitsTheTimeTicks()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        const auto labels = [&] {
            for (auto* axis : page.chartView(ScalingPlannerPage::DemandChart)->chart()->axes(Qt::Horizontal))
                if (auto* x = qobject_cast<QCategoryAxis*>(axis))
                    return x->categoriesLabels();
            return QStringList();
        };
        page.resize(1800, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(labels().size(), 8); // Mon … Mon, daily
        page.resize(1000, 700);
        QTRY_VERIFY(labels().size() < 8);
        QCOMPARE(labels().first(), QStringLiteral("Mon"));
        QCOMPARE(labels()[1], QStringLiteral("Wed")); // every other day
        page.resize(1800, 900);
        QTRY_COMPARE(labels().size(), 8);
    }

    // Weekday and month names on the time axes follow the interface's language.
    void timeAxes_nameWeekdaysInTheInterfacesLanguage()
    {
        QCOMPARE(installLanguage(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        const auto backToEnglish = qScopeGuard([] { installLanguage(QStringLiteral("en")); });
        AppState s = state();
        QStringList labels;
        {
            ScalingPlannerPage page(s);
            page.resize(1800, 900);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            for (auto* axis : page.chartView(ScalingPlannerPage::InstancesChart)->chart()->axes(Qt::Horizontal))
                if (auto* x = qobject_cast<QCategoryAxis*>(axis))
                    labels = x->categoriesLabels();
        }
        QCOMPARE(labels.size(), 8);
        QCOMPARE(labels.first(), QStringLiteral("Seg"));
        QCOMPARE(labels[5], QStringLiteral("Sáb"));
        QCOMPARE(labels[6], QStringLiteral("Dom"));
        // A year's month starts: "Mai" and "Set" are Portuguese.
        QCategoryAxis year;
        const double start = double(QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        setTimeTicks(&year, start, start + 8760.0 * 3600 * 1000, 8);
        QCOMPARE(year.categoriesLabels(), (QStringList{"Mar", "Mai", "Jul", "Set", "Nov", "2027"}));
    }

    void overlappingBands_areNotSimulated_andNameTheFieldBesideTheTable()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        const auto* before = page.result();
        page.policies()->select(1); // burst-step: bands 0–10 and 10–∞
        auto* editor = qobject_cast<PolicyEditor*>(page.policies()->form());
        QVERIFY(editor);
        editor->bands()->item(1, 0)->setText("5"); // the second band now starts inside the first
        QVERIFY2(page.problemsText().contains("policies[1].steps[1].lower"), qPrintable(page.problemsText()));
        QVERIFY2(editor->messageFor("steps").contains("steps[1].lower") && editor->messageFor("steps").contains("overlaps"),
                 qPrintable(editor->messageFor("steps")));
        QCOMPARE(page.policies()->list()->item(1)->toolTip().contains("overlaps"), true);
        QTest::qWait(400);
        QCOMPARE(page.result(), before); // nothing re-ran
        // Putting it back clears the message and runs again.
        editor->bands()->item(1, 0)->setText("10");
        QVERIFY(page.problemsText().isEmpty());
        QVERIFY(editor->messageFor("steps").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page.result() != before, 3000);
    }

    void openInCostPlanner_showsTheFleetsTypeAndInstanceHours()
    {
        QTemporaryDir dir;
        auto s = AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        MainWindow window(s);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage("scaling"));
        auto* page = qobject_cast<ScalingPlannerPage*>(window.pageWidget("scaling"));
        QVERIFY(page && page->result());
        auto* button = page->findChild<QPushButton*>("openInCostPlanner");
        QVERIFY(button && button->isEnabled());
        const double hours = page->result()->summary.instanceHours;
        const QString type = page->document()["instance"]["type"].get<std::string>().c_str();
        QTest::mouseClick(button, Qt::LeftButton);

        QCOMPARE(window.currentPageId(), QString("cost"));
        auto* cost = qobject_cast<CostPlannerPage*>(window.pageWidget("cost"));
        QVERIFY(cost);
        const auto plan = cost->currentPlan();
        QCOMPARE(QString::fromStdString(plan.instanceType), type);
        QCOMPARE(plan.region, std::string("us-east-1"));
        QCOMPARE(plan.usage.kind, archdesk::core::billing::UsagePattern::Kind::Hourly);
        QCOMPARE(plan.usage.hourly.size(), std::size_t(168)); // the week, hour by hour
        double listed = 0;
        for (const double h : plan.usage.hourly)
            listed += h;
        QVERIFY2(std::abs(listed - hours) < 0.05, qPrintable(QString("%1 vs %2").arg(listed).arg(hours)));
        // …and the page says so in words.
        const QString summary = cost->findChild<QLabel*>("hourlySummary")->text();
        QVERIFY2(summary.contains(QLocale().toString(listed, 'f', 1)), qPrintable(summary));
        QVERIFY(cost->findChild<QLabel*>("priceSource")->text().contains("Scaling Planner"));
    }

    void exports_writeFiles()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        page.resize(1200, 800);
        QTemporaryDir dir;
        QVERIFY(page.exportChart(ScalingPlannerPage::DemandChart, dir.filePath("d.png")));
        QVERIFY(page.exportChart(ScalingPlannerPage::MetricChart, dir.filePath("m.svg")));
        QVERIFY(page.exportSeriesCsv(dir.filePath("s.csv")));
        QVERIFY(page.savePlan(dir.filePath("p.archdesk-plan.json")));
        QVERIFY(page.openPlan(dir.filePath("p.archdesk-plan.json")));
        QCOMPARE(QFileInfo(dir.filePath("s.csv")).size() > 1000, true);
    }

    // A plan whose CSV lies beside it, saved into another folder, still finds that CSV: in the editor at
    // once, and when the saved file is opened again. Saved beside the CSV, the path is just its name.
    void savingElsewhere_keepsTheCsvFound()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data/plans")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("elsewhere")));
        QFile csv(dir.filePath(QStringLiteral("data/demand.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("time,rps\n0,120\n3600,480\n");
        csv.close();
        const QString original = writeExampleVariant(dir, QStringLiteral("data/plan.archdesk-plan.json"), [](nlohmann::json& p) {
            p["demand"] = {{"pattern", "csv"}, {"csv", "demand.csv"}};
        });
        QVERIFY(!original.isEmpty());
        AppState s = state();
        ScalingPlannerPage page(s);
        QVERIFY(page.openPlan(original));
        QVERIFY2(page.problemsText().isEmpty(), qPrintable(page.problemsText()));

        const auto savedCsv = [](const QString& file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly)
                       ? QString::fromStdString(nlohmann::json::parse(f.readAll().toStdString())["demand"].value("csv", ""))
                       : QString();
        };
        // Outside the CSV's folder: an absolute path to the same file.
        const QString away = dir.filePath(QStringLiteral("elsewhere/copy.archdesk-plan.json"));
        QVERIFY(page.savePlan(away));
        QCOMPARE(savedCsv(away), csv.fileName());
        QCOMPARE(page.planForm()->csvFile()->text(), csv.fileName());
        QVERIFY2(page.problemsText().isEmpty(), qPrintable(page.problemsText()));
        // In a folder below the CSV's: still absolute. Beside it: its name, and the saved plan opens and runs
        // on its own.
        const QString below = dir.filePath(QStringLiteral("data/plans/p.archdesk-plan.json"));
        QVERIFY(page.savePlan(below));
        QCOMPARE(savedCsv(below), csv.fileName());
        const QString beside = dir.filePath(QStringLiteral("data/again.archdesk-plan.json"));
        QVERIFY(page.savePlan(beside));
        QCOMPARE(savedCsv(beside), QStringLiteral("demand.csv"));
        // From there, "demand.csv" is read from the folder it was last saved in.
        const QString again = dir.filePath(QStringLiteral("elsewhere/again.archdesk-plan.json"));
        QVERIFY(page.savePlan(again));
        QCOMPARE(savedCsv(again), csv.fileName());
        QVERIFY2(page.problemsText().isEmpty(), qPrintable(page.problemsText()));
        ScalingPlannerPage reopened(s);
        QVERIFY(reopened.openPlan(beside));
        QVERIFY2(reopened.problemsText().isEmpty(), qPrintable(reopened.problemsText()));
        reopened.rerunNow();
        QVERIFY(reopened.result());
        QVERIFY(std::abs(reopened.result()->series.demand[90] / 480 - 1) < 0.2);
    }

    // The metric chart shows the metric the plan's policies watch, with their lines named by value; the
    // other metric is a pick away, without a re-run.
    void metricChart_showsTheMetricThePoliciesWatch()
    {
        const auto names = [](ScalingPlannerPage& page) {
            QStringList out;
            for (auto* series : page.chartView(ScalingPlannerPage::MetricChart)->chart()->series())
                out << series->name();
            return out;
        };
        AppState s = state();
        ScalingPlannerPage page(s);
        QCOMPARE(page.metricShown()->currentData().toInt(), int(archdesk::core::scaling::MetricKind::CpuPercent));
        QCOMPARE(names(page), (QStringList{"CPU %", "target 60", "scale-in 42", "alarm ≥ 85"}));

        QTemporaryDir dir;
        const QString rpt = writeExampleVariant(dir, QStringLiteral("rpt.archdesk-plan.json"), [](nlohmann::json& p) {
            p["policies"] = nlohmann::json::parse(R"([{"name": "rpt-1000", "type": "target_tracking",
                "metric": "requests_per_target", "target": 1000}, {"name": "add-2", "type": "simple",
                "adjustment_type": "ChangeInCapacity", "adjustment": 2, "alarm": {"metric": "requests_per_target",
                "threshold": 1500, "comparison": ">", "datapoints": 2}}])");
        });
        // Opening a plan with a problem elsewhere still picks its policies' metric.
        const QString broken = writeExampleVariant(dir, QStringLiteral("broken.archdesk-plan.json"), [](nlohmann::json& p) {
            p["group"]["min"] = 50;
            p["policies"] = nlohmann::json::parse(R"([{"name": "rpt", "type": "target_tracking",
                "metric": "requests_per_target", "target": 1000}])");
        });
        QVERIFY(page.openPlan(broken));
        QVERIFY(page.problemsText().contains("group.min"));
        QCOMPARE(page.metricShown()->currentData().toInt(), int(archdesk::core::scaling::MetricKind::RequestsPerTarget));
        QVERIFY(page.openPlan(kExamplePlan));
        QCOMPARE(page.metricShown()->currentData().toInt(), int(archdesk::core::scaling::MetricKind::CpuPercent));
        QVERIFY(page.openPlan(rpt));
        QVERIFY2(page.problemsText().isEmpty(), qPrintable(page.problemsText()));
        QCOMPARE(page.metricShown()->currentData().toInt(), int(archdesk::core::scaling::MetricKind::RequestsPerTarget));
        QCOMPARE(names(page), (QStringList{"requests per target", "target 1000", "scale-in 700", "alarm > 1500"}));
        QChart* chart = page.chartView(ScalingPlannerPage::MetricChart)->chart();
        QVERIFY2(chart->title().contains("Requests per target"), qPrintable(chart->title()));
        // The line is the run's requests per target, and the axis holds it and the alarm line.
        const auto* r = page.result();
        const float busiest = *std::max_element(r->series.requestsPerTarget.begin(), r->series.requestsPerTarget.end());
        double drawnTop = 0;
        for (const auto& p : qobject_cast<QLineSeries*>(chart->series().front())->points())
            drawnTop = std::max(drawnTop, p.y());
        QCOMPARE(drawnTop, double(busiest));
        auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).front());
        QVERIFY(y->max() >= std::max(1500.0, drawnTop));

        const double ran = page.lastRunMs();
        const auto* before = page.result();
        page.metricShown()->setCurrentIndex(page.metricShown()->findData(int(archdesk::core::scaling::MetricKind::CpuPercent)));
        QCOMPARE(page.result(), before); // redrawn, not re-run
        QCOMPARE(page.lastRunMs(), ran);
        QCOMPARE(names(page), QStringList{"CPU %"}); // no policy watches CPU
        QVERIFY2(chart->title().startsWith("CPU %"), qPrintable(chart->title()));
    }

    // The run's start, step and seed, the group's grace period, cooldown and protected instances, the Spot
    // price and the health checks are fields of the form: shown from the plan, written back when edited, and
    // checked like the rest. A start with seconds stays exact while its field (minutes) is not edited.
    void planForm_editsTheRunGroupAndHealthChecks()
    {
        QTemporaryDir dir;
        const QString file = writeExampleVariant(dir, QStringLiteral("p.archdesk-plan.json"), [](nlohmann::json& p) {
            p["start"] = "2026-01-05T00:00:30Z";
            p["group"]["protected_instances"] = 2;
        });
        AppState s = state();
        ScalingPlannerPage page(s);
        QVERIFY(page.openPlan(file));
        PlanForm* form = page.planForm();
        const auto spin = [&](const char* name) { return form->findChild<QSpinBox*>(QLatin1String(name)); };
        auto* start = form->findChild<QDateTimeEdit*>(QStringLiteral("planStart"));
        auto* seed = form->findChild<QLineEdit*>(QStringLiteral("seed"));
        auto* spot = form->findChild<QDoubleSpinBox*>(QStringLiteral("spotHourly"));
        QVERIFY(start && seed && spot);
        QCOMPARE(start->dateTime(), QDateTime(QDate(2026, 1, 5), QTime(0, 0, 30), Qt::UTC));
        QCOMPARE(spin("stepSeconds")->value(), 60);
        QCOMPARE(seed->text(), QStringLiteral("42"));
        QCOMPARE(spin("healthCheckGrace")->value(), 300);
        QCOMPARE(spin("defaultCooldown")->value(), 300);
        QCOMPARE(spin("protectedInstances")->value(), 2);
        // AWS's stated rules, at their defaults.
        QCOMPARE(form->findChild<QDoubleSpinBox*>(QStringLiteral("replacementBatch"))->value(), 0.1);
        QCOMPARE(form->findChild<QDoubleSpinBox*>(QStringLiteral("rebalanceOvershoot"))->value(), 0.1);
        QCOMPARE(spin("spotNotice")->value(), 120);
        QCOMPARE(spot->value(), 0.035);
        // The example's ALB gives no health-check fields: the type's defaults are shown.
        QCOMPARE(spin("healthCheckInterval")->value(), 30);
        QCOMPARE(spin("healthyThreshold")->value(), 5);
        QCOMPARE(spin("unhealthyThreshold")->value(), 2);

        const auto doc = [&]() -> const nlohmann::json& { return page.document(); };
        spin("stepSeconds")->setValue(30);
        QCOMPARE(doc()["step_seconds"].get<int>(), 30);
        QCOMPARE(QString::fromStdString(doc()["start"].get<std::string>()), QStringLiteral("2026-01-05T00:00:30Z"));
        page.rerunNow();
        QVERIFY(page.result());
        QCOMPARE(page.result()->stepSeconds, 30);
        seed->clear();
        QTest::keyClicks(seed, "7");
        QCOMPARE(doc()["seed"].get<std::uint64_t>(), std::uint64_t(7));
        spin("healthyThreshold")->setValue(3);
        spin("defaultCooldown")->setValue(120);
        spin("spotNotice")->setValue(30);
        QCOMPARE(doc()["group"]["spot_notice_seconds"].get<int>(), 30);
        QVERIFY(!doc()["group"].contains("replacement_batch_fraction")); // left to its default
        QCOMPARE(doc()["load_balancer"]["healthy_threshold"].get<int>(), 3);
        QCOMPARE(doc()["group"]["default_cooldown_seconds"].get<int>(), 120);
        start->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(6, 0), Qt::UTC));
        QCOMPARE(QString::fromStdString(doc()["start"].get<std::string>()), QStringLiteral("2026-03-02T06:00:00Z"));

        // A step that does not divide a minute: named beside its field, and not simulated.
        spin("stepSeconds")->setValue(45);
        QVERIFY2(form->messageFor(QStringLiteral("step_seconds")).contains("must divide 60"),
                 qPrintable(form->messageFor(QStringLiteral("step_seconds"))));
        QVERIFY(page.problemsText().contains("step_seconds"));
    }

    // A plan may lack whole objects or give the wrong kind of thing: editing it neither crashes nor drops
    // what the form cannot show (an unknown load balancer type stays for the check to name).
    void oddPlans_editWithoutLosingTheirProblems()
    {
        QTemporaryDir dir;
        const QString file = writeExampleVariant(dir, QStringLiteral("odd.archdesk-plan.json"), [](nlohmann::json& p) {
            p.erase("group");
            p["instance"] = 5;
            p["load_balancer"]["type"] = "gwlb";
            p["demand"]["pattern"] = "hourly";
        });
        AppState s = state();
        ScalingPlannerPage page(s);
        QVERIFY(page.openPlan(file));
        QVERIFY(page.problemsText().contains("load_balancer.type"));
        QVERIFY(page.problemsText().contains("demand.pattern"));
        page.planForm()->findChild<QSpinBox*>(QStringLiteral("healthCheckGrace"))->setValue(200);
        const auto& doc = page.document();
        QVERIFY(doc["group"].is_object());
        QCOMPARE(doc["group"]["health_check_grace_seconds"].get<int>(), 200);
        QCOMPARE(doc["instance"], nlohmann::json(5)); // not an object: left for the check to name
        QVERIFY(page.problemsText().contains("instance"));
        QCOMPARE(QString::fromStdString(doc["load_balancer"]["type"].get<std::string>()), QStringLiteral("gwlb"));
        QCOMPARE(QString::fromStdString(doc["demand"]["pattern"].get<std::string>()), QStringLiteral("hourly"));
        QVERIFY(page.problemsText().contains("load_balancer.type"));
        QVERIFY(page.problemsText().contains("demand.pattern"));
        // Picking the type the combo shows (ALB, for the unknown one) fixes it.
        QComboBox* type = nullptr;
        for (auto* combo : page.planForm()->findChildren<QComboBox*>())
            if (combo->findData(QStringLiteral("clb")) >= 0)
                type = combo;
        QVERIFY(type);
        emit type->activated(type->currentIndex());
        QCOMPARE(QString::fromStdString(doc["load_balancer"]["type"].get<std::string>()), QStringLiteral("alb"));
        QVERIFY(!page.problemsText().contains("load_balancer.type"));
    }

    // The lists are written when they are edited: a plan without scheduled actions does not gain an empty
    // list, and a policy given as an object (not a list) stays for the check to name.
    void lists_areWrittenOnlyWhenEdited()
    {
        QTemporaryDir dir;
        const QString file = writeExampleVariant(dir, QStringLiteral("lists.archdesk-plan.json"), [](nlohmann::json& p) {
            p.erase("scheduled");
            p["faults"] = {{"type", "instance_failure"}, {"rate_per_hour", 0.001}};
        });
        AppState s = state();
        ScalingPlannerPage page(s);
        QVERIFY(page.openPlan(file));
        page.planForm()->findChild<QSpinBox*>(QStringLiteral("healthCheckGrace"))->setValue(200);
        const auto& doc = page.document();
        QVERIFY(!doc.contains("scheduled"));
        QVERIFY(doc["faults"].is_object());
        QVERIFY(page.problemsText().contains("faults"));
        // Editing a list writes it.
        page.policies()->select(0);
        page.policies()->findChild<QPushButton*>(QStringLiteral("remove"))->click();
        QCOMPARE(doc["policies"].size(), std::size_t(1));
    }

    // Another load balancer type brings its defaults to the fields still at the old type's; a value the user
    // set stays.
    void loadBalancerType_bringsItsDefaults_keepsTheUsersValues()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        PlanForm* form = page.planForm();
        const auto spin = [&](const char* name) { return form->findChild<QSpinBox*>(QLatin1String(name)); };
        auto* crossZone = form->findChild<QCheckBox*>(QStringLiteral("crossZone"));
        QVERIFY(crossZone->isChecked()); // ALB
        spin("unhealthyThreshold")->setValue(4);
        auto* type = form->findChild<QComboBox*>();
        for (auto* combo : form->findChildren<QComboBox*>())
            if (combo->findData(QStringLiteral("clb")) >= 0)
                type = combo;
        type->setCurrentIndex(type->findData(QStringLiteral("clb")));
        QVERIFY(!crossZone->isChecked());                    // CLB (API): off
        QCOMPARE(spin("healthyThreshold")->value(), 10);     // CLB: 10
        QCOMPARE(spin("unhealthyThreshold")->value(), 4);    // the user's
        QCOMPARE(spin("deregistrationDelay")->value(), 120); // the example's own, not ALB's default 300
        // The type's defaults are left to the type; the user's value is written.
        const auto& lb = page.document()["load_balancer"];
        QCOMPARE(QString::fromStdString(lb["type"].get<std::string>()), QStringLiteral("clb"));
        QVERIFY2(!lb.contains("healthy_threshold"), lb.dump().c_str());
        QCOMPARE(lb["cross_zone"].get<bool>(), false); // the example gives it, so it is written
        QCOMPARE(lb["unhealthy_threshold"].get<int>(), 4);
    }

    // An edit writes the field edited: the plan's other values stay as the plan gave them (30.0 stays 30.0,
    // a bad seed stays for the check to name), and settings it left to their defaults stay unwritten.
    void anEdit_leavesThePlansOtherValuesAsGiven()
    {
        QTemporaryDir dir;
        const QString file = writeExampleVariant(dir, QStringLiteral("p.archdesk-plan.json"), [](nlohmann::json& p) {
            p["step_seconds"] = 30.0;
            p["instance"].erase("spot_hourly");
        });
        AppState s = state();
        ScalingPlannerPage page(s);
        QVERIFY(page.openPlan(file));
        PlanForm* form = page.planForm();
        QCOMPARE(form->findChild<QSpinBox*>(QStringLiteral("stepSeconds"))->value(), 30);
        form->findChild<QSpinBox*>(QStringLiteral("healthCheckGrace"))->setValue(200);
        const auto& doc = page.document();
        QVERIFY(doc["step_seconds"].is_number_float());
        QCOMPARE(doc["group"]["health_check_grace_seconds"].get<int>(), 200);
        for (const char* key : {"health_check_interval_seconds", "healthy_threshold", "unhealthy_threshold"})
            QVERIFY2(!doc["load_balancer"].contains(key), key);
        QVERIFY(!doc["group"].contains("protected_instances"));
        QVERIFY(!doc["instance"].contains("spot_hourly"));
        page.rerunNow();
        QCOMPARE(page.result()->stepSeconds, 30);

        // Whole numbers: the core's ranges (a group of 20,000 and a 2-hour launch are valid), a value of the
        // wrong kind stays for the check to name, and a key the plan left out stays out.
        const QString wide = writeExampleVariant(dir, QStringLiteral("wide.archdesk-plan.json"), [](nlohmann::json& p) {
            p["group"]["max"] = 20000;
            p["instance"]["launch_seconds"] = 7200;
            p["instance"].erase("warmup_seconds");
            p["group"]["desired"] = "six";
        });
        QVERIFY(page.openPlan(wide));
        QCOMPARE(form->findChild<QSpinBox*>(QStringLiteral("stepSeconds"))->value(), 60);
        auto* desired = form->findChild<QSpinBox*>(QStringLiteral("groupDesired"));
        QCOMPARE(form->findChild<QSpinBox*>(QStringLiteral("groupMax"))->value(), 20000);
        form->findChild<QSpinBox*>(QStringLiteral("healthCheckGrace"))->setValue(250);
        QCOMPARE(doc["group"]["max"].get<int>(), 20000);
        QCOMPARE(doc["instance"]["launch_seconds"].get<int>(), 7200);
        QVERIFY(!doc["instance"].contains("warmup_seconds"));
        QVERIFY(doc["group"]["desired"].is_string());
        QVERIFY2(form->messageFor(QStringLiteral("group.desired")).contains("expected"),
                 qPrintable(form->messageFor(QStringLiteral("group.desired"))));
        // Choosing the very number the box showed is an edit like any other.
        const int shown = desired->value();
        desired->setValue(shown + 1);
        desired->setValue(shown);
        QCOMPARE(doc["group"]["desired"].get<int>(), shown);
        QVERIFY(page.openPlan(file));

        // A seed beyond what the plan takes is named beside its field, not wrapped round.
        auto* seed = form->findChild<QLineEdit*>(QStringLiteral("seed"));
        seed->clear();
        QTest::keyClicks(seed, "9999999999999999999");
        QVERIFY2(form->messageFor(QStringLiteral("seed")).contains("9999999999999999999 is out of range"),
                 qPrintable(form->messageFor(QStringLiteral("seed"))));
    }

    // A save that cannot be written says so, names the file, and changes nothing: not the file already
    // there, not the plan on screen.
    void failedSave_namesTheFile_andChangesNothing()
    {
        QTemporaryDir dir;
        AppState s = state();
        ScalingPlannerPage page(s);
        const nlohmann::json before = page.document();
        const QString target = dir.filePath(QStringLiteral("no-such-folder/p.archdesk-plan.json"));
        QString error;
        QVERIFY(!page.savePlan(target, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(page.document(), before);
        QVERIFY(!QFile::exists(target));
    }

    // How a plan names a file: relative to its folder when the file is there or below, else absolute.
    void pathForPlan_isRelativeOnlyAtOrBelowThePlansFolder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("expected");
        QTest::newRow("beside") << "/p/data/d.csv" << "/p/data/plan.json" << "d.csv";
        QTest::newRow("below") << "/p/data/in/d.csv" << "/p/data/plan.json" << "in/d.csv";
        QTest::newRow("above") << "/p/d.csv" << "/p/data/plan.json" << "/p/d.csv";
        QTest::newRow("a sibling folder") << "/p/other/d.csv" << "/p/data/plan.json" << "/p/other/d.csv";
        QTest::newRow("a folder starting with dots") << "/p/data/..x/d.csv" << "/p/data/plan.json" << "..x/d.csv";
    }
    void pathForPlan_isRelativeOnlyAtOrBelowThePlansFolder()
    {
        QFETCH(QString, file);
        QFETCH(QString, plan);
        QFETCH(QString, expected);
        QCOMPARE(pathForPlan(file, plan), expected);
        QCOMPARE(absoluteFromPlan(pathForPlan(file, plan), plan), file);
    }
};

QTEST_MAIN(TstScalingPlanner)
#include "tst_scaling_planner.moc"
