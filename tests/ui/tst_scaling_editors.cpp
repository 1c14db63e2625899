// The Scaling Planner's forms: the policy editor writes back what it read for each policy type, the policy,
// scheduled-action and fault lists add, duplicate and remove through their buttons, the core's messages
// appear beside the field they name, and the instance type comes from the catalog with its price.
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

#include "core/catalog/catalog.h"
#include "core/catalog/price_lookup.h"
#include "ui/common/app_state.h"
#include "ui/scaling/fault_form.h"
#include "ui/scaling/json_item_form.h"
#include "ui/scaling/json_list_editor.h"
#include "ui/scaling/plan_form.h"
#include "ui/scaling/policy_editor.h"
#include "ui/scaling/scaling_planner_page.h"
#include "ui/scaling/scheduled_action_form.h"

using namespace archdesk::ui;
using json = nlohmann::json;

namespace {
AppState state()
{
    AppState s;
    s.dataDir = ARCHDESK_SOURCE_DATA_DIR;
    return s;
}

QPushButton* button(QWidget* list, const char* name) { return list->findChild<QPushButton*>(name); }

void choose(QComboBox* combo, const char* data)
{
    const int i = combo->findData(QString::fromLatin1(data));
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}
} // namespace

class TstScalingEditors : public QObject
{
    Q_OBJECT
private slots:
    void policyEditor_writesBackWhatItRead_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("target tracking") << R"({"name":"cpu-60","type":"target_tracking","target":60,"metric":"cpu",
            "scale_in_datapoints":20})";
        QTest::newRow("target tracking, requests, no scale-in")
            << R"({"name":"rpt","type":"target_tracking","target":9000,"metric":"requests_per_target",
                   "disable_scale_in":true,"warmup_seconds":120})";
        QTest::newRow("step with alarm") << R"({"name":"burst","type":"step","adjustment_type":"PercentChangeInCapacity",
            "alarm":{"metric":"cpu","threshold":85,"comparison":">=","datapoints":2},
            "steps":[{"lower":0,"upper":10,"adjustment":20},{"lower":10,"adjustment":50}],"min_adjustment_magnitude":2})";
        QTest::newRow("step without alarm, both sides") << R"({"name":"both","type":"step",
            "adjustment_type":"ChangeInCapacity","threshold":50,
            "steps":[{"upper":-10,"adjustment":-2},{"lower":-10,"upper":0,"adjustment":-1},{"lower":0,"adjustment":2}]})";
        QTest::newRow("simple") << R"({"name":"add-2","type":"simple","adjustment_type":"ChangeInCapacity","adjustment":2,
            "cooldown_seconds":600,"alarm":{"metric":"requests_per_target","threshold":9000,"comparison":">","datapoints":3}})";
        QTest::newRow("simple, exact, default cooldown") << R"({"name":"night","type":"simple",
            "adjustment_type":"ExactCapacity","adjustment":3,
            "alarm":{"metric":"cpu","threshold":20,"comparison":"<","datapoints":15}})";
    }
    void policyEditor_writesBackWhatItRead()
    {
        QFETCH(QString, policy);
        const json in = json::parse(policy.toStdString());
        PolicyEditor editor;
        editor.load(in);
        // Equal as JSON (numbers by value: the form's 60.0 is the file's 60).
        QVERIFY2(editor.item() == in, editor.item().dump().c_str());
    }

    // Target tracking's alarm settings (datapoints out and in, the scale-in ratio) are fields of their own,
    // shown for target tracking only; an edited one is written as a whole number where the plan wants one.
    void policyEditor_trackingAlarmSettings_areEditable()
    {
        PolicyEditor editor;
        editor.load(json::parse(R"({"name":"p","type":"target_tracking","target":50})"));
        auto* out = editor.findChild<QSpinBox*>("scaleOutDatapoints");
        auto* in = editor.findChild<QSpinBox*>("scaleInDatapoints");
        auto* ratio = editor.findChild<QDoubleSpinBox*>("scaleInRatio");
        QVERIFY(out && in && ratio);
        QCOMPARE(out->value(), 3);
        QCOMPARE(in->value(), 15);
        QCOMPARE(ratio->value(), 0.7);
        QVERIFY(in->isVisibleTo(&editor));
        out->setValue(2);
        in->setValue(30);
        ratio->setValue(0.5);
        const json p = editor.item();
        QVERIFY2(p["scale_out_datapoints"].is_number_integer() && p["scale_out_datapoints"] == 2, p.dump().c_str());
        QVERIFY2(p["scale_in_datapoints"].is_number_integer() && p["scale_in_datapoints"] == 30, p.dump().c_str());
        QCOMPARE(p["scale_in_ratio"].get<double>(), 0.5);
        choose(editor.findChild<QComboBox*>("policyType"), "step");
        QVERIFY(!in->isVisibleTo(&editor));
        QVERIFY(!editor.item().contains("scale_in_datapoints"));
    }

    void policyEditor_switchingToSimple_writesAnAlarmAndAnAdjustment()
    {
        PolicyEditor editor;
        editor.load(json::parse(R"({"name":"p","type":"target_tracking","target":50})"));
        QSignalSpy edited(&editor, &JsonItemForm::edited);
        choose(editor.findChild<QComboBox*>("policyType"), "simple");
        QVERIFY(edited.count() > 0);
        const json p = editor.item();
        QCOMPARE(p["type"].get<std::string>(), std::string("simple"));
        QVERIFY(p.contains("alarm") && p.contains("adjustment") && p.contains("adjustment_type"));
        QVERIFY(!p.contains("target"));
        QVERIFY(!editor.findChild<QDoubleSpinBox*>("target")->isVisibleTo(&editor));
    }

    void policyList_addDuplicateRemove_changeThePlan()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        JsonListEditor* list = page.policies();
        QCOMPARE(list->count(), 2);
        button(list, "add")->click();
        QCOMPARE(page.document()["policies"].size(), std::size_t(3));
        QCOMPARE(list->list()->currentRow(), 2);
        list->select(1);
        button(list, "duplicate")->click();
        QCOMPARE(page.document()["policies"].size(), std::size_t(4));
        QCOMPARE(page.document()["policies"][2]["name"].get<std::string>(), std::string("burst-step-copy"));
        QCOMPARE(page.document()["policies"][2]["steps"], page.document()["policies"][1]["steps"]);
        list->select(0);
        button(list, "remove")->click();
        QCOMPARE(page.document()["policies"].size(), std::size_t(3));
        QCOMPARE(page.document()["policies"][0]["name"].get<std::string>(), std::string("burst-step"));
        // Renaming through the form renames the row.
        auto* name = list->form()->findChild<QLineEdit*>("policyName");
        name->setText("renamed");
        emit name->textEdited("renamed");
        QCOMPARE(page.document()["policies"][0]["name"].get<std::string>(), std::string("renamed"));
        QVERIFY(list->list()->item(0)->text().startsWith("renamed"));
    }

    void stepBands_gapAndMissingNumber_areNamedBesideTheTable()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        page.policies()->select(1);
        auto* editor = qobject_cast<PolicyEditor*>(page.policies()->form());
        editor->bands()->item(1, 0)->setText("12"); // 0–10, then 12–∞: a gap
        QVERIFY2(editor->messageFor("steps").contains("steps[1].lower") && editor->messageFor("steps").contains("gap"),
                 qPrintable(editor->messageFor("steps")));
        QVERIFY(editor->bands()->item(1, 0)->background() != QBrush());
        editor->bands()->item(1, 0)->setText("ten");
        QVERIFY2(editor->messageFor("steps").contains("steps[1].lower"), qPrintable(editor->messageFor("steps")));
        QVERIFY(editor->messageFor("steps").contains("expected a number"));
        // Adding a band continues from the last upper bound; removing it restores the policy.
        editor->bands()->item(1, 0)->setText("10");
        QVERIFY(editor->messageFor("steps").isEmpty());
        const int rows = editor->bands()->rowCount();
        button(editor, "addBand")->click();
        QCOMPARE(editor->bands()->rowCount(), rows + 1);
        QVERIFY(!editor->messageFor("steps").isEmpty()); // two open upper ends
        editor->bands()->setCurrentCell(rows, 0);
        button(editor, "removeBand")->click();
        QVERIFY(editor->messageFor("steps").isEmpty());
        QVERIFY(page.problemsText().isEmpty());
    }

    void policyFields_outOfRange_showTheCoresMessageBesideThem()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        page.policies()->select(0);
        auto* editor = qobject_cast<PolicyEditor*>(page.policies()->form());
        editor->findChild<QDoubleSpinBox*>("target")->setValue(0);
        QVERIFY2(editor->messageFor("target").contains("greater than 0"), qPrintable(editor->messageFor("target")));
        QVERIFY(page.problemsText().contains("policies[0].target"));
        editor->findChild<QDoubleSpinBox*>("target")->setValue(55);
        QVERIFY(editor->messageFor("target").isEmpty());
    }

    void scheduledActions_editAddRemove_withMessagesBesideTheField()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        JsonListEditor* list = page.scheduled();
        QCOMPARE(list->count(), 2);
        list->select(0);
        auto* form = qobject_cast<ScheduledActionForm*>(list->form());
        auto* cron = form->findChild<QLineEdit*>("cron");
        QCOMPARE(cron->text(), QString("0 8 * * 1-5"));
        cron->setText("61 8 * * 1-5");
        emit cron->textEdited(cron->text());
        QVERIFY2(!form->messageFor("cron").isEmpty(), qPrintable(page.problemsText()));
        QVERIFY(page.problemsText().contains("scheduled[0].cron"));
        cron->setText("30 7 * * 1-5");
        emit cron->textEdited(cron->text());
        QVERIFY(form->messageFor("cron").isEmpty());
        QCOMPARE(page.document()["scheduled"][0]["cron"].get<std::string>(), std::string("30 7 * * 1-5"));

        // A one-off action with min above max.
        button(list, "add")->click();
        QCOMPARE(list->count(), 3);
        choose(form->findChild<QComboBox*>("scheduledWhen"), "at");
        form->findChild<QDateTimeEdit*>("at")->setDateTime(QDateTime(QDate(2026, 1, 8), QTime(12, 0), Qt::UTC));
        form->findChild<QSpinBox*>("scheduledMin")->setValue(12);
        form->findChild<QSpinBox*>("scheduledMax")->setValue(8);
        const json added = page.document()["scheduled"][2];
        QCOMPARE(added["at"].get<std::string>(), std::string("2026-01-08T12:00:00Z"));
        QVERIFY(!added.contains("cron"));
        QVERIFY2(form->messageFor("min").contains("above max 8"), qPrintable(form->messageFor("min")));
        form->findChild<QSpinBox*>("scheduledMax")->setValue(20);
        QVERIFY(form->messageFor("min").isEmpty());
        QVERIFY(page.problemsText().isEmpty());
        button(list, "remove")->click();
        QCOMPARE(page.document()["scheduled"].size(), std::size_t(2));
    }

    void faults_azFromTheGroup_hoursOrEnd_rates()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        JsonListEditor* list = page.faults();
        QCOMPARE(list->count(), 3);
        list->select(0);
        auto* form = qobject_cast<FaultForm*>(list->form());
        auto* az = form->findChild<QComboBox*>("faultAz");
        QCOMPARE(az->count(), 3);
        QCOMPARE(az->currentText(), QString("us-east-1b"));
        az->setCurrentIndex(az->findText("us-east-1c"));
        QCOMPARE(page.document()["faults"][0]["az"].get<std::string>(), std::string("us-east-1c"));
        // Given as hours instead of an end.
        choose(form->findChild<QComboBox*>("faultEndKind"), "hours");
        form->findChild<QDoubleSpinBox*>("faultHours")->setValue(5);
        QCOMPARE(page.document()["faults"][0]["hours"].get<double>(), 5.0);
        QVERIFY(!page.document()["faults"][0].contains("end"));
        form->findChild<QDoubleSpinBox*>("faultHours")->setValue(0);
        QVERIFY2(form->messageFor("hours").contains("after start"), qPrintable(page.problemsText()));
        form->findChild<QDoubleSpinBox*>("faultHours")->setValue(2);

        // Dropping the AZ from the group puts the core's message beside the AZ.
        auto* azs = page.planForm()->findChild<QLineEdit*>("azs");
        azs->setText("us-east-1a, us-east-1b");
        emit azs->textEdited(azs->text());
        QVERIFY2(form->messageFor("az").contains("not one of the group's AZs"), qPrintable(page.problemsText()));
        az->setCurrentIndex(az->findText("us-east-1a"));
        QVERIFY(page.problemsText().isEmpty());

        list->select(1);
        QVERIFY(form->findChild<QDoubleSpinBox*>("faultRate")->isVisibleTo(form));
        form->findChild<QDoubleSpinBox*>("faultRate")->setValue(0.002);
        QCOMPARE(page.document()["faults"][1]["rate_per_hour"].get<double>(), 0.002);
        button(list, "remove")->click();
        button(list, "add")->click();
        choose(form->findChild<QComboBox*>("faultType"), "spot_interruption");
        QCOMPARE(page.document()["faults"].back()["type"].get<std::string>(), std::string("spot_interruption"));
        QVERIFY(page.document()["faults"].back().contains("rate_per_hour"));
        QVERIFY(page.problemsText().isEmpty());
    }

    void instanceType_fromTheCatalog_bringsItsPrice_andSuggestsNames()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        PlanForm* form = page.planForm();
        QLineEdit* type = form->instanceType();
        const auto catalog = archdesk::core::catalog::Catalog::load(s.dataDir);
        QVERIFY(catalog);
        QVERIFY(type->completer());
        QCOMPARE(type->completer()->model()->rowCount(), int(catalog->types().size()));

        const auto price = archdesk::core::catalog::lookupPrice(s.dataDir, nullptr, "c5.xlarge", "us-east-1", "linux");
        QVERIFY2(price && price->onDemandHourly, "the bundled snapshot prices c5.xlarge in us-east-1");
        type->setText("c5.xlarge");
        emit type->textEdited(type->text()); // as typed
        QCOMPARE(form->onDemandPrice()->value(), *price->onDemandHourly);
        QCOMPARE(page.document()["instance"]["on_demand_hourly"].get<double>(), *price->onDemandHourly);
        QVERIFY2(form->priceSourceText().contains(QString::fromStdString(price->date)), qPrintable(form->priceSourceText()));
        QVERIFY(form->typeMessage().isEmpty());

        // The user's own price stays, with the catalog's beside it.
        form->onDemandPrice()->setValue(0.5);
        QCOMPARE(page.document()["instance"]["on_demand_hourly"].get<double>(), 0.5);
        QVERIFY2(form->priceSourceText().startsWith("Your price"), qPrintable(form->priceSourceText()));

        type->setText("c5.xlarg");
        emit type->textEdited(type->text());
        QVERIFY2(form->typeMessage().contains("did you mean") && form->typeMessage().contains("c5.xlarge"),
                 qPrintable(form->typeMessage()));
        QCOMPARE(form->onDemandPrice()->value(), 0.5); // an unknown type leaves the price alone
    }

    void openedPlanPrice_isKept_andComparedWithTheCatalog()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        // The example plan gives 0.096 for m5.large: kept as the plan says.
        QCOMPARE(page.planForm()->onDemandPrice()->value(), 0.096);
        QCOMPARE(page.document()["instance"]["on_demand_hourly"].get<double>(), 0.096);
        QVERIFY(!page.planForm()->priceSourceText().isEmpty());
    }

    // A step policy evaluated on its bands (no alarm) that is made simple and then step again is what it
    // was: no alarm, the same threshold.
    void stepWithoutAlarm_throughSimpleAndBack_staysWithoutAlarm()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        JsonListEditor* list = page.policies();
        list->setItems(nlohmann::json::parse(R"([{"name": "bands", "type": "step", "adjustment_type":
            "ChangeInCapacity", "threshold": 70, "steps": [{"lower": 0, "adjustment": 2}]}])"));
        list->select(0);
        auto* type = list->form()->findChild<QComboBox*>("policyType");
        QVERIFY(type);
        choose(type, "simple");
        QVERIFY(page.document()["policies"][0].contains("alarm")); // a simple policy needs one
        choose(type, "step");
        const auto& p = page.document()["policies"][0];
        QVERIFY2(!p.contains("alarm"), p.dump().c_str());
        QCOMPARE(p.value("threshold", 0.0), 70.0);
    }

    // A plan without an On-Demand price is shown and simulated at the catalog's price, not at $0.
    void openedPlanWithoutPrice_isCostedAtTheCatalogsPrice()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        nlohmann::json plan = page.document();
        plan["instance"].erase("on_demand_hourly");
        QTemporaryDir dir;
        const QString file = dir.filePath("no-price.archdesk-plan.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(plan.dump()));
        out.close();
        QVERIFY(page.openPlan(file));
        const auto price = archdesk::core::catalog::lookupPrice(s.dataDir, nullptr, "m5.large", "us-east-1", "linux");
        QVERIFY(price && price->onDemandHourly);
        QCOMPARE(page.planForm()->onDemandPrice()->value(), *price->onDemandHourly);
        QCOMPARE(page.document()["instance"].value("on_demand_hourly", 0.0), *price->onDemandHourly);
        QVERIFY(page.result()->summary.onDemandHours > 0);
        QVERIFY(page.result()->summary.cost > 0);
    }

    // Opening a file that is JSON but not a plan keeps the plan on screen, says why, and edits go on.
    void openingSomethingElse_keepsThePlan_andSaysWhy()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        const nlohmann::json before = page.document();
        QTemporaryDir dir;
        const QString file = dir.filePath("list.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[1, 2, 3]");
        out.close();
        QVERIFY(!page.openPlan(file));
        QVERIFY2(page.problemsText().contains("expected a plan object"), qPrintable(page.problemsText()));
        QCOMPARE(page.document(), before);
        QLineEdit* type = page.planForm()->instanceType();
        type->setText("c5.xlarge");
        emit type->textEdited(type->text());
        QCOMPARE(page.document()["instance"]["type"].get<std::string>(), std::string("c5.xlarge"));
        QCOMPARE(page.document()["policies"], before["policies"]);
    }

    // A plan's time without a zone is UTC (as the core reads it), whatever the machine's time zone.
    void timesWithoutAZone_readAsUtc()
    {
        const QByteArray tz = qgetenv("TZ");
        qputenv("TZ", "Asia/Kolkata");
        tzset();
        const QDateTime t = utcFromIso("2026-01-05T08:00:00");
        const QString back = isoFromUtc(t);
        if (tz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", tz);
        tzset();
        QVERIFY(t.isValid());
        QCOMPARE(t.time().hour(), 8);
        QCOMPARE(back, QString("2026-01-05T08:00:00Z"));
        QVERIFY(!utcFromIso("not a time").isValid());
    }

    // A fault without an AZ shows none chosen and stays without one, so the check says it is missing.
    void faultWithoutAz_showsNoneChosen_andTheCheckSaysSo()
    {
        AppState s = state();
        ScalingPlannerPage page(s);
        JsonListEditor* list = page.faults();
        nlohmann::json faults = page.document()["faults"];
        faults[0].erase("az");
        list->setItems(faults);
        list->select(0);
        auto* form = qobject_cast<FaultForm*>(list->form());
        auto* az = form->findChild<QComboBox*>("faultAz");
        QCOMPARE(az->currentIndex(), -1);
        choose(form->findChild<QComboBox*>("faultEndKind"), "hours"); // an edit writes the fault back
        QVERIFY(!page.document()["faults"][0].contains("az"));
        QVERIFY2(form->messageFor("az").contains("missing"), qPrintable(page.problemsText()));
    }
};

QTEST_MAIN(TstScalingEditors)
#include "tst_scaling_editors.moc"
