// A simulated fleet's hours per clock-hour and the cost plan made from them: the hours add up to the
// simulation's billed instance-hours, fall in the right hours, and the plan reads back as a valid cost plan.
#include <QtTest>

#include "core/billing/cost_plan.h"
#include "core/scaling/fleet_usage.h"
#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulator.h"

using namespace archdesk::core;
using namespace archdesk::core::scaling;
using json = nlohmann::json;

namespace {

ScalingPlan plan(const json& j)
{
    auto p = parsePlan(j, "plan.json");
    if (!p)
        qFatal("plan does not parse: %s", p.error().describe().c_str());
    return *p;
}

// Two instances for the first two hours, then a scheduled action raises desired to 5.
json stepUpPlan()
{
    return json::parse(R"({
      "start": "2026-01-05T00:00:00Z", "duration_hours": 4, "step_seconds": 60, "seed": 1,
      "demand": {"pattern": "constant", "base_rps": 50},
      "instance": {"type": "c5.xlarge", "capacity_rps": 100, "launch_seconds": 0, "warmup_seconds": 0,
                   "on_demand_hourly": 0.17, "spot_hourly": 0.07},
      "group": {"min": 0, "max": 20, "desired": 2, "azs": ["eu-west-1a", "eu-west-1b"],
                "health_check_grace_seconds": 0},
      "load_balancer": {"type": "alb", "deregistration_delay_seconds": 0},
      "scheduled": [{"at": "2026-01-05T02:00:00Z", "desired": 5}]
    })");
}

} // namespace

class TstFleetUsage : public QObject
{
    Q_OBJECT
private slots:
    void hourlyInstances_addUpToTheBilledHours_inTheirHours()
    {
        const auto p = plan(stepUpPlan());
        const auto r = simulate(p);
        const auto hours = hourlyInstances(r);
        QCOMPARE(hours.size(), std::size_t(4));
        double sum = 0;
        for (const double h : hours)
            sum += h;
        QVERIFY2(std::abs(sum - r.summary.instanceHours) < 1e-9, qPrintable(QString::number(sum)));
        // 2 instances in hours 0 and 1, 5 in hours 2 and 3 (a launch takes no time here).
        QVERIFY2(std::abs(hours[0] - 2) < 0.1 && std::abs(hours[1] - 2) < 0.1, qPrintable(QString::number(hours[1])));
        QVERIFY2(std::abs(hours[3] - 5) < 0.1, qPrintable(QString::number(hours[3])));
    }

    void costPlanForFleet_isAValidHourlyCostPlan()
    {
        const auto p = plan(stepUpPlan());
        const auto r = simulate(p);
        const json j = costPlanForFleet(p, r);
        QCOMPARE(j["instance_type"].get<std::string>(), std::string("c5.xlarge"));
        QCOMPARE(j["region"].get<std::string>(), std::string("eu-west-1")); // no purchase.region: the first AZ's
        QCOMPARE(j["prices"]["on_demand_hourly"].get<double>(), 0.17);
        const auto parsed = billing::parseCostPlan(j, "fleet");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.problems.front().describe().c_str());
        QCOMPARE(parsed.plan.usage.kind, billing::UsagePattern::Kind::Hourly);
        double sum = 0;
        for (const double h : parsed.plan.usage.hourly)
            sum += h;
        QVERIFY(std::abs(sum - r.summary.instanceHours) < 0.01);
    }

    void costPlanForFleet_takesThePurchaseRegion()
    {
        json j = stepUpPlan();
        j["purchase"] = {{"region", "eu-central-1"}};
        const auto p = plan(j);
        QCOMPARE(costPlanForFleet(p, simulate(p))["region"].get<std::string>(), std::string("eu-central-1"));
    }
};

QTEST_MAIN(TstFleetUsage)
#include "tst_fleet_usage.moc"
