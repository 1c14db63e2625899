// The Scaling Planner page: the activity model passes QAbstractItemModelTester, editing a policy re-runs the
// simulation and redraws the charts, bad input shows a message naming the field, re-run + redraw is timed.
#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QtTest>

#include "ui/common/app_state.h"
#include "ui/scaling/activity_table_model.h"
#include "ui/scaling/scaling_planner_page.h"

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
        page.setPolicyText(0, R"({"name":"cpu-target-30","type":"target_tracking","metric":"cpu","target":30})");
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

    void badPolicy_isNotApplied_andNamesTheField()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        const auto* before = page.result();
        page.setPolicyText(1, R"({"type":"step","adjustment_type":"ChangeInCapacity","threshold":60,
            "steps":[{"lower":0,"upper":15,"adjustment":1},{"lower":10,"adjustment":2}]})");
        QVERIFY2(page.problemsText().contains("policies[1].steps[1].lower"), qPrintable(page.problemsText()));
        QTest::qWait(400);
        QCOMPARE(page.result(), before); // nothing re-ran
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
};

QTEST_MAIN(TstScalingPlanner)
#include "tst_scaling_planner.moc"
