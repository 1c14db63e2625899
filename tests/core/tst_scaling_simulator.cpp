// The scaling simulator: load-balancer shares, termination order, AZ outage recovery, the simple-policy
// cooldown timeline, billing, plan validation and determinism. Expected values are worked by hand in
// each test from the rules in design.md §3 and aws-facts §1 and §3.
#include <QtTest>

#include <cstring>
#include <sstream>

#include "core/scaling/demand_feed.h"
#include "core/scaling/load_balancer.h"
#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulation_report.h"
#include "core/scaling/simulator.h"
#include "core/util/random.h"

using namespace archdesk::core;
using namespace archdesk::core::scaling;
using json = nlohmann::json;

namespace {

// A quiet plan: constant low demand, no policies, instant health checks, nothing random.
json basePlan()
{
    return json::parse(R"({
      "start": "2026-01-05T00:00:00Z", "duration_hours": 4, "step_seconds": 60, "seed": 1,
      "demand": {"pattern": "constant", "base_rps": 100},
      "instance": {"type": "m5.large", "capacity_rps": 100, "launch_seconds": 120, "warmup_seconds": 0,
                   "on_demand_hourly": 0.1},
      "group": {"min": 0, "max": 20, "desired": 2, "azs": ["a", "b", "c"], "health_check_grace_seconds": 0},
      "load_balancer": {"type": "alb", "cross_zone": true, "deregistration_delay_seconds": 0,
                        "health_check_interval_seconds": 30, "healthy_threshold": 2, "unhealthy_threshold": 2},
      "policies": [], "scheduled": [], "faults": []
    })");
}

// basePlan with 6 instances serving 300 rps, and AZ b out from 01:00 to 02:00.
json outageInB()
{
    json j = basePlan();
    j["group"]["desired"] = 6;
    j["demand"]["base_rps"] = 300;
    j["faults"] = {{{"type", "az_outage"}, {"az", "b"}, {"start", "2026-01-05T01:00:00Z"},
                    {"end", "2026-01-05T02:00:00Z"}}};
    return j;
}

ScalingPlan plan(const json& j)
{
    auto p = parsePlan(j, "plan.json");
    if (!p)
        qFatal("plan does not parse: %s", p.error().describe().c_str());
    return *p;
}

json scheduled(const char* at, int desired)
{
    return {{"at", at}, {"desired", desired}};
}

QStringList terminations(const SimulationResult& r)
{
    QStringList out;
    for (const auto& a : r.activities)
        if (a.kind == Activity::Kind::Terminate)
            out << QStringLiteral("%1#%2").arg(QString::fromStdString(r.azs[std::size_t(a.az)])).arg(a.instance);
    return out;
}

int inServiceAt(const SimulationResult& r, std::size_t step, int az)
{
    return r.series.inServiceAt(step, az);
}

// The first n activities of two runs, field by field.
void expectSameActivities(const SimulationResult& a, const SimulationResult& b, std::size_t n)
{
    QVERIFY(a.activities.size() >= n && b.activities.size() >= n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& x = a.activities[i];
        const auto& y = b.activities[i];
        QCOMPARE(x.time, y.time);
        QCOMPARE(x.instance, y.instance);
        QCOMPARE(int(x.kind), int(y.kind));
        QCOMPARE(int(x.cause), int(y.cause));
        QCOMPARE(x.az, y.az);
        QCOMPARE(x.spot, y.spot);
        QCOMPARE(x.policy, y.policy);
        QCOMPARE(x.scaleOut, y.scaleOut);
        QCOMPARE(x.causeTime, y.causeTime);
        QCOMPARE(x.fromDesired, y.fromDesired);
        QCOMPARE(x.toDesired, y.toDesired);
        QCOMPARE(x.fromCapacity, y.fromCapacity);
        QCOMPARE(x.toCapacity, y.toCapacity);
    }
}

// Two runs of one plan are the same run: the same activities at the same times, the same summary and
// every series column alike (NaN, no datapoint, matching NaN).
void expectSameRun(const SimulationResult& a, const SimulationResult& b)
{
    QCOMPARE(a.activities.size(), b.activities.size());
    expectSameActivities(a, b, a.activities.size());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.summary.instanceHours, b.summary.instanceHours);
    QCOMPARE(a.summary.unservedRequests, b.summary.unservedRequests);
    QCOMPARE(a.summary.cost, b.summary.cost);
    QCOMPARE(a.summary.maxInstances, b.summary.maxInstances);
    QCOMPARE(a.summary.onDemandHours, b.summary.onDemandHours);
    QCOMPARE(a.summary.spotHours, b.summary.spotHours);
    QCOMPARE(a.summary.servedPct, b.summary.servedPct);
    // Every column, NaN (no datapoint) matching NaN.
    const auto same = [](const auto& x, const auto& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](auto u, auto v) {
            if constexpr (std::is_floating_point_v<decltype(u)>)
                return u == v || (std::isnan(u) && std::isnan(v));
            else
                return u == v;
        });
    };
    const auto& s = a.series;
    const auto& t = b.series;
    QVERIFY(same(s.demand, t.demand));
    QVERIFY(same(s.served, t.served));
    QVERIFY(same(s.unserved, t.unserved));
    QVERIFY(same(s.capacity, t.capacity));
    QVERIFY(same(s.cpu, t.cpu));
    QVERIFY(same(s.requestsPerTarget, t.requestsPerTarget));
    QVERIFY(same(s.desired, t.desired));
    QVERIFY(same(s.inService, t.inService));
    QVERIFY(same(s.pending, t.pending));
    QVERIFY(same(s.terminating, t.terminating));
}

// The example week plan, as a document to change.
json examplePlan()
{
    QFile f(QStringLiteral(ARCHDESK_SOURCE_DATA_DIR "/examples/scaling-week-daily-peak-az-outage.archdesk-plan.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the example plan cannot be read");
    return json::parse(f.readAll().toStdString());
}

// The lean loop for steps in which the group stands still gives the run that stepping every minute in full
// gives, for a plan that does more than minActivities things.
void expectLeanLoopMatchesFullSteps(const ScalingPlan& p, int minActivities)
{
    SimulationOptions full;
    full.fastForward = false;
    const SimulationResult a = simulate(p);
    const SimulationResult b = simulate(p, full);
    QVERIFY(a.summary.scalingActivities > minActivities);
    expectSameRun(a, b);
}

} // namespace

class TstScalingSimulator : public QObject
{
    Q_OBJECT
private slots:
    void lbShares_crossZone_data()
    {
        QTest::addColumn<bool>("crossZone");
        QTest::addColumn<double>("shareA");
        QTest::addColumn<double>("shareB");
        // AWS: 2 targets in A, 8 in B; on → every target 10 %; off → A 25 % each, B 6.25 % each.
        QTest::newRow("cross-zone on") << true << 0.10 << 0.10;
        QTest::newRow("cross-zone off") << false << 0.25 << 0.0625;
    }
    void lbShares_crossZone()
    {
        QFETCH(bool, crossZone);
        QFETCH(double, shareA);
        QFETCH(double, shareB);
        const std::vector<int> targets{2, 8};
        const auto s = perTargetShares(crossZone, targets);
        QCOMPARE(s[0], shareA);
        QCOMPARE(s[1], shareB);
    }

    void lbShares_azWithoutTargets_isDroppedFromDns()
    {
        const std::vector<int> targets{0, 4};
        QCOMPARE(perTargetShares(false, targets)[1], 0.25);
        QCOMPARE(perTargetShares(false, targets)[0], 0.0);
    }

    void simulation_crossZoneOff_overloadsTheSmallAz()
    {
        // 3 instances: a has 2, b has 1 (launch order a, b, a... with 2 AZs). Demand 240 rps of 100 each.
        // Off: each node gets 120 → a's targets 60 each, b's single target 120 → 20 unserved.
        // On: 80 each → nothing unserved.
        json j = basePlan();
        j["group"]["azs"] = {"a", "b"};
        j["group"]["desired"] = 3;
        j["demand"]["base_rps"] = 240;
        j["duration_hours"] = 1;
        for (const bool cross : {false, true}) {
            j["load_balancer"]["cross_zone"] = cross;
            const auto r = simulate(plan(j));
            QCOMPARE(r.series.served[0], cross ? 240.0f : 220.0f);
            QCOMPARE(r.series.cpu[0], cross ? 80.0f : float((60.0 * 2 + 100.0) / 3));
        }
    }

    void termination_azWithMostInstancesFirst_tieFirstListed_skipsProtected()
    {
        // desired 5 over a, b, c → launches a, b, c, a, b: a{1,4} b{2,5} c{3}. protected_instances 3.
        // → 4: a and b tie at 2 → a (first listed): #4. → 3: b has the most → #5. → 2: only protected
        // instances are left, so nothing more is terminated.
        json j = basePlan();
        j["group"]["desired"] = 5;
        j["group"]["protected_instances"] = 3;
        j["scheduled"] = {scheduled("2026-01-05T00:10:00Z", 4), scheduled("2026-01-05T00:20:00Z", 3),
                          scheduled("2026-01-05T00:30:00Z", 2)};
        const auto r = simulate(plan(j));
        QCOMPARE(terminations(r), QStringList({"a#4", "b#5"}));
        const std::size_t last = r.series.size() - 1;
        QCOMPARE(inServiceAt(r, last, 0) + inServiceAt(r, last, 1) + inServiceAt(r, last, 2), 3);
    }

    void termination_closestToNextBillingHour()
    {
        // One AZ. #1 runs from 00:00; #2 launched at 00:30. At 00:50 #1 is 50 min into its hour, #2 only
        // 20 → #1 goes. #3 launched at 01:05; at 01:20 #2 is 50 min in, #3 15 → #2 goes.
        json j = basePlan();
        j["group"]["azs"] = {"a"};
        j["group"]["desired"] = 1;
        j["scheduled"] = {scheduled("2026-01-05T00:30:00Z", 2), scheduled("2026-01-05T00:50:00Z", 1),
                          scheduled("2026-01-05T01:05:00Z", 2), scheduled("2026-01-05T01:20:00Z", 1)};
        const auto r = simulate(plan(j));
        QCOMPARE(terminations(r), QStringList({"a#1", "a#2"}));
    }

    void azOutage_replacesInBatches_thenRebalances()
    {
        // 6 instances, 2 per AZ; b fails 01:00–02:00. Replacement: at most max(1, 10 % of 6) = 1 at a time,
        // each Pending for 2 minutes, so b's two are replaced by 01:04 in a and c. After the outage,
        // rebalancing launches in b first and terminates elsewhere, back to 2/2/2 — never above
        // max + max(10 % of max, 1).
        json j = outageInB();
        j["group"]["max"] = 6;
        const auto r = simulate(plan(j));
        int maxPending = 0, maxInstances = 0;
        for (std::size_t i = 60; i < 120; ++i) {
            int pending = 0, total = 0;
            for (int a = 0; a < 3; ++a) {
                pending += r.series.pendingAt(i, a);
                total += r.series.pendingAt(i, a) + inServiceAt(r, i, a);
            }
            maxPending = std::max(maxPending, pending);
            maxInstances = std::max(maxInstances, total);
        }
        QCOMPARE(maxPending, 1);
        QCOMPARE(inServiceAt(r, 90, 1), 0);                                       // b is empty mid-outage
        QCOMPARE(inServiceAt(r, 90, 0) + inServiceAt(r, 90, 2), 6);               // replaced elsewhere
        const std::size_t last = r.series.size() - 1;
        QCOMPARE(inServiceAt(r, last, 0), 2);
        QCOMPARE(inServiceAt(r, last, 1), 2);
        QCOMPARE(inServiceAt(r, last, 2), 2);
        QVERIFY(r.summary.maxInstances <= 6 + 1);
        bool sawRebalance = false;
        for (const auto& a : r.activities)
            sawRebalance = sawRebalance || a.cause == Activity::Cause::Rebalance;
        QVERIFY(sawRebalance);
    }

    void instantLaunches_replaceAndRebalance()
    {
        // Launches that take no time are in service the step they start. b's two instances are still
        // replaced one batch after another (each replacement done at once), and rebalancing after the
        // outage still ends each launch in b with a termination elsewhere: 2/2/2, never above 6 + 1.
        json j = outageInB();
        j["instance"]["launch_seconds"] = 0;
        j["group"]["max"] = 6;
        const auto r = simulate(plan(j));
        QCOMPARE(inServiceAt(r, 90, 1), 0);
        QCOMPARE(inServiceAt(r, 90, 0) + inServiceAt(r, 90, 2), 6); // both replaced
        const std::size_t last = r.series.size() - 1;
        for (int az = 0; az < 3; ++az)
            QCOMPARE(inServiceAt(r, last, az), 2);
        QVERIFY(r.summary.maxInstances <= 6 + 1);
    }

    void rebalancing_heldAtMaxPlusOvershoot_resumesWhenMaxRises()
    {
        // Two AZs, 6 instances, max 10 (rebalancing may go 1 above it), launches take 5 minutes. b fails
        // 01:00–02:00 and its three are replaced in a. At 02:00 rebalancing launches one in b and must wait
        // for it (1 extra is all the room); at 02:03 a scheduled action raises max to 30 (room for 3), and
        // the next launch in b follows at once, not when the first is in service at 02:05.
        json j = outageInB();
        j["group"]["azs"] = {"a", "b"};
        j["group"]["max"] = 10;
        j["instance"]["launch_seconds"] = 300;
        j["scheduled"] = {{{"at", "2026-01-05T02:03:00Z"}, {"max", 30}}};
        const auto r = simulate(plan(j));
        QStringList rebalancing;
        for (const auto& a : r.activities)
            if (a.kind == Activity::Kind::Launch && a.cause == Activity::Cause::Rebalance && rebalancing.size() < 2)
                rebalancing << QString::fromStdString(formatIso8601(a.time));
        QCOMPARE(rebalancing, (QStringList{"2026-01-05T02:00:00Z", "2026-01-05T02:03:00Z"}));
    }

    void failedBeforeHealthy_neverGetsTraffic()
    {
        // A third instance launches in c at 00:10 and is in service at 00:12; its health checks take
        // 10 × 30 s, so it would be registered at 00:17. c fails at 00:14, before that: the load balancer
        // never routes to it, and the two healthy targets serve the 100 rps whole. (The grace period
        // keeps the failed instance in service, unreplaced, past 00:17.)
        json j = basePlan();
        j["load_balancer"]["healthy_threshold"] = 10;
        j["group"]["health_check_grace_seconds"] = 3600;
        j["scheduled"] = {scheduled("2026-01-05T00:10:00Z", 3)};
        j["faults"] = {{{"type", "az_outage"}, {"az", "c"}, {"start", "2026-01-05T00:14:00Z"},
                        {"end", "2026-01-05T03:00:00Z"}}};
        const auto r = simulate(plan(j));
        QCOMPARE(inServiceAt(r, 13, 2), 1); // in service when c fails
        QCOMPARE(inServiceAt(r, 30, 2), 1); // and still there, unhealthy
        for (const std::size_t step : {13u, 17u, 30u, 59u})
            QCOMPARE(r.series.capacity[step], 200.0f); // two targets: the failed one never joins
        QCOMPARE(r.summary.unservedRequests, 0.0);
    }

    void simpleCooldown_timeline_data()
    {
        QTest::addColumn<int>("cooldown");
        QTest::addColumn<int>("deregistration");
        QTest::addColumn<bool>("scaleOut");
        QTest::addColumn<int>("launch");
        QTest::addColumn<QStringList>("times");
        // Alarm breached throughout. Scale-out: launch (2 min Pending) → cooldown starts at InService →
        // next at launch + 2 + cooldown. Scale-in: cooldown starts when deregistration ends. A launch that
        // takes no time is in service at once, and its cooldown starts then.
        QTest::newRow("out, default 300 s") << -1 << 0 << true << 120 << QStringList{"00:00", "00:07", "00:14", "00:21"};
        QTest::newRow("out, policy 180 s") << 180 << 0 << true << 120 << QStringList{"00:00", "00:05", "00:10", "00:15"};
        QTest::newRow("out, instant launch") << 180 << 0 << true << 0 << QStringList{"00:00", "00:03", "00:06", "00:09"};
        QTest::newRow("in, deregistration 240 s") << -1 << 240 << false << 120 << QStringList{"00:00", "00:09", "00:18"};
    }
    void simpleCooldown_timeline()
    {
        QFETCH(int, cooldown);
        QFETCH(int, deregistration);
        QFETCH(bool, scaleOut);
        QFETCH(int, launch);
        QFETCH(QStringList, times);
        json j = basePlan();
        j["instance"]["launch_seconds"] = launch;
        j["group"]["azs"] = {"a"};
        j["group"]["desired"] = scaleOut ? 2 : 10;
        j["group"]["min"] = 1;
        j["load_balancer"]["deregistration_delay_seconds"] = deregistration;
        j["demand"]["base_rps"] = scaleOut ? 100000 : 1;
        json p = {{"type", "simple"},
                  {"adjustment_type", "ChangeInCapacity"},
                  {"adjustment", scaleOut ? 1 : -1},
                  {"alarm", {{"metric", "cpu"}, {"threshold", 50}, {"comparison", scaleOut ? ">" : "<"}}}};
        if (cooldown >= 0)
            p["cooldown_seconds"] = cooldown;
        j["policies"] = {p};
        j["duration_hours"] = 0.5;
        const auto r = simulate(plan(j));
        QStringList got;
        for (const auto& a : r.activities)
            if (got.size() < times.size())
                got << QString::fromStdString(formatIso8601(a.time)).mid(11, 5);
        QCOMPARE(got, times);
    }

    void stepPolicy_inSimulator_followsWalkthroughFirstStep()
    {
        // 10 instances, 60 % CPU: the scale-out step [10, 20) above 50 adds 10 % of 10 = 1.
        json j = basePlan();
        j["group"]["azs"] = {"a"};
        j["group"]["desired"] = 10;
        j["demand"]["base_rps"] = 600;
        j["duration_hours"] = 0.05;
        j["policies"] = json::parse(R"([{"type":"step","adjustment_type":"PercentChangeInCapacity","threshold":50,
            "steps":[{"lower":0,"upper":10,"adjustment":0},{"lower":10,"upper":20,"adjustment":10},
                     {"lower":20,"adjustment":30}]}])");
        const auto r = simulate(plan(j));
        QVERIFY(!r.activities.empty());
        QCOMPARE(r.activities.front().toDesired, 11);
        const auto cause = QString::fromStdString(activityCause(r.activities.front(), plan(j), r));
        QVERIFY2(cause.contains("changing the desired capacity from 10 to 11"), qPrintable(cause));
    }

    void billing_andUnservedDemand_byHand()
    {
        // 2 instances × 100 rps for 4 h, demand 300: 100 rps unserved all the time → 100 × 14,400 s.
        json j = basePlan();
        j["demand"]["base_rps"] = 300;
        const auto r = simulate(plan(j));
        QCOMPARE(r.summary.instanceHours, 8.0);
        QCOMPARE(r.summary.cost, 0.8);
        QCOMPARE(r.summary.unservedRequests, 100.0 * 4 * 3600);
        QVERIFY(qAbs(r.summary.servedPct - 200.0 / 3.0) < 1e-9);
        QCOMPARE(r.summary.maxInstances, 2);
    }

    // Demand within capacity is served in full: 200 rps over 3, 6 or 7 targets (a third, a sixth, a seventh
    // each, none exact in binary) loses no request to rounding, in the summary or in any step.
    void demandWithinCapacity_leavesNothingUnserved_data()
    {
        QTest::addColumn<int>("instances");
        QTest::addColumn<bool>("crossZone");
        QTest::newRow("3 targets") << 3 << true;
        QTest::newRow("6 targets") << 6 << true;
        QTest::newRow("7 targets, cross-zone off") << 7 << false;
    }
    void demandWithinCapacity_leavesNothingUnserved()
    {
        QFETCH(int, instances);
        QFETCH(bool, crossZone);
        json j = basePlan();
        j["demand"]["base_rps"] = 200;
        j["group"]["desired"] = instances;
        j["load_balancer"]["cross_zone"] = crossZone;
        const auto r = simulate(plan(j));
        QCOMPARE(r.summary.unservedRequests, 0.0);
        QCOMPARE(r.summary.servedPct, 100.0);
        for (std::size_t i = 0; i < r.series.size(); ++i)
            QCOMPARE(r.series.unserved[i], 0.0f);
    }

    void billing_reservationThroughBillingEngine_byHand()
    {
        // 2 instances for 4 h; one RI at 0.05/h covers one of them every hour: 4 × (0.1 + 0.05) = 0.6.
        json j = basePlan();
        j["purchase"] = json::parse(R"({"reserved":[{"count":1,"term_years":1,"hourly":0.05}]})");
        const auto r = simulate(plan(j));
        QVERIFY(qAbs(r.summary.cost - 0.6) < 1e-9);
        QVERIFY(qAbs(r.summary.commitmentCost - 0.2) < 1e-9);
        QVERIFY(QString::fromStdString(r.summary.costMethod).contains("billing engine"));
    }

    void scheduledCron_raisesMinEveryMorning()
    {
        json j = basePlan();
        j["duration_hours"] = 48;
        j["scheduled"] = {{{"cron", "0 8 * * *"}, {"min", 5}}, {{"cron", "0 18 * * *"}, {"min", 0}, {"desired", 2}}};
        const auto r = simulate(plan(j));
        QCOMPARE(int(r.series.desired[8 * 60 - 1]), 2);
        QCOMPARE(int(r.series.desired[8 * 60]), 5);
        QCOMPARE(int(r.series.desired[18 * 60]), 2);
        QCOMPARE(int(r.series.desired[32 * 60]), 5);
    }

    void determinism_sameSeedSameResult_otherSeedDiffers()
    {
        const QString file = QStringLiteral(ARCHDESK_SOURCE_DATA_DIR "/examples/scaling-week-daily-peak-az-outage.archdesk-plan.json");
        auto p = loadPlan(file.toStdString());
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().describe().c_str());
        const auto report = [&] {
            std::ostringstream out;
            writeResultJson(out, simulate(*p), *p, true);
            return out.str();
        };
        const std::string a = report();
        QCOMPARE(report(), a);
        p->seed += 1;
        QVERIFY(report() != a);
    }

    // The JSON report, written row by row, reads back as the result: every activity, every step of every
    // column (no datapoint as null), AZ names that need escaping, and the summary.
    void jsonReport_readsBackAsTheResult()
    {
        json j = basePlan();
        j["group"]["azs"] = {"z\"quoted\\zone", "b", "a"};
        j["group"]["desired"] = 0; // no datapoints until the scheduled action's instances are in service
        j["scheduled"] = {scheduled("2026-01-05T00:10:00Z", 2)};
        j["demand"] = {{"pattern", "daily"}, {"base_rps", 50}, {"peak_rps", 900}, {"peak_hour", 2}, {"noise_pct", 5}};
        j["policies"] = {{{"name", "cpu-50"}, {"type", "target_tracking"}, {"target", 50}}};
        const auto p = plan(j);
        const auto r = simulate(p);
        QVERIFY(r.activities.size() > 4);
        std::ostringstream out;
        writeResultJson(out, r, p, true);
        const json back = json::parse(out.str());
        QCOMPARE(back.size(), std::size_t(3));
        QCOMPARE(back["activities"].size(), r.activities.size());
        for (std::size_t i = 0; i < r.activities.size(); ++i) {
            const auto& a = r.activities[i];
            const json& o = back["activities"][i];
            QCOMPARE(o["az"].get<std::string>(), r.azs[std::size_t(a.az)]);
            QCOMPARE(o["time"].get<std::string>(), formatIso8601(a.time));
            QCOMPARE(o["spot"].get<bool>(), a.spot);
            QCOMPARE(o["instance"].get<std::string>(), instanceName(a.instance));
            QCOMPARE(o["description"].get<std::string>(), activityDescription(a));
            QCOMPARE(o["cause"].get<std::string>(), activityCause(a, p, r));
        }
        const auto& s = r.series;
        QCOMPARE(back["series"].size(), s.size());
        bool sawNull = false;
        const auto same = [](const json& v, float x) { return std::isnan(x) ? v.is_null() : v.get<double>() == double(x); };
        for (std::size_t i = 0; i < s.size(); ++i) {
            const json& row = back["series"][i];
            QCOMPARE(row.size(), std::size_t(9));
            QCOMPARE(row["time"].get<std::string>(), formatIso8601(r.timeOf(i)));
            QVERIFY(same(row["demand"], s.demand[i]) && same(row["served"], s.served[i]) &&
                    same(row["unserved"], s.unserved[i]) && same(row["capacity"], s.capacity[i]));
            QVERIFY2(same(row["cpu"], s.cpu[i]) && same(row["requests_per_target"], s.requestsPerTarget[i]),
                     row.dump().c_str());
            sawNull = sawNull || row["cpu"].is_null();
            QCOMPARE(row["desired"].get<int>(), int(s.desired[i]));
            QCOMPARE(row["azs"].size(), r.azs.size());
            for (int a = 0; a < s.azCount; ++a) {
                const json& az = row["azs"][r.azs[std::size_t(a)]];
                QCOMPARE(az["in_service"].get<int>(), int(s.inServiceAt(i, a)));
                QCOMPARE(az["pending"].get<int>(), int(s.pendingAt(i, a)));
                QCOMPARE(az["terminating"].get<int>(), int(s.terminatingAt(i, a)));
            }
        }
        QVERIFY(sawNull);
        QCOMPARE(back["summary"], summaryToJson(r.summary));
        // Without the series: the same activities and summary, and no series key.
        std::ostringstream lean;
        writeResultJson(lean, r, p, false);
        const json leanBack = json::parse(lean.str());
        QVERIFY(!leanBack.contains("series"));
        QCOMPARE(leanBack["activities"], back["activities"]);
    }

    // A step's hazard beyond what its 64-bit count holds (100,000 instances, two failure faults at 1 an
    // hour, hour-long steps) spends the budget in every step: one instance fails in each of the four hours
    // and, with no health-check grace, is replaced in that hour.
    void failures_hugeGroupAtHugeRate_failEveryStep()
    {
        json j = basePlan();
        j["duration_hours"] = 4;
        j["step_seconds"] = 3600;
        j["group"]["min"] = 100000;
        j["group"]["max"] = 100000;
        j["group"]["desired"] = 100000;
        j["demand"]["base_rps"] = 1000;
        j["faults"] = json::array();
        for (int k = 0; k < 2; ++k)
            j["faults"].push_back({{"type", "instance_failure"}, {"rate_per_hour", 1}});
        const SimulationResult r = simulate(plan(j));
        int replaced = 0;
        for (const auto& a : r.activities)
            replaced += a.kind == Activity::Kind::Terminate && a.cause == Activity::Cause::HealthCheck;
        QCOMPARE(replaced, 4);
    }

    // A datapoint exactly on the alarm's threshold breaches >= and <=, not > or <. Two instances serve
    // 100 rps of 100 each: CPU exactly 50 %, until 150 rps from 00:30 put it at 75 %. Target tracking
    // scales out after 3 datapoints above its target: at 50 those begin at 00:30, not while CPU sits on it.
    void alarmComparison_atTheThreshold_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("firstLaunchMinute"); // -1: none
        const auto simple = [](const char* cmp) {
            return QStringLiteral(R"({"name": "p", "type": "simple", "adjustment_type": "ChangeInCapacity",
                "adjustment": 1, "alarm": {"metric": "cpu", "threshold": 50, "comparison": "%1"}})").arg(cmp);
        };
        QTest::newRow(">= 50") << simple(">=") << 0;
        QTest::newRow("> 50") << simple(">") << 30;
        QTest::newRow("<= 50") << simple("<=") << 0;
        QTest::newRow("< 50") << simple("<") << -1;
        QTest::newRow("target 50") << QStringLiteral(R"({"name": "p", "type": "target_tracking", "target": 50})") << 32;
        QTest::newRow("target 49.9") << QStringLiteral(R"({"name": "p", "type": "target_tracking", "target": 49.9})")
                                     << 2;
    }
    void alarmComparison_atTheThreshold()
    {
        QFETCH(QString, policy);
        QFETCH(int, firstLaunchMinute);
        json j = basePlan();
        j["duration_hours"] = 1;
        j["demand"]["spikes"] = json::array({{{"start", "2026-01-05T00:30:00Z"}, {"minutes", 30}, {"extra_rps", 50}}});
        j["policies"] = json::array({json::parse(policy.toStdString())});
        const EpochMs start = *parseIso8601("2026-01-05T00:00:00Z");
        for (const bool lean : {true, false}) {
            SimulationOptions options;
            options.fastForward = lean;
            const SimulationResult r = simulate(plan(j), options);
            int first = -1;
            for (const auto& a : r.activities)
                if (a.kind == Activity::Kind::Launch) {
                    first = int((a.time - start) / kMsPerMinute);
                    break;
                }
            QCOMPARE(first, firstLaunchMinute);
        }
    }

    // With several target tracking policies, the group scales in only when every one of them that may scale
    // in wants to. Two instances serve 100 rps of 100 each: CPU 50 %, 3,000 requests per target a minute,
    // far below the requests policy's target, which wants one instance after its 15 datapoints.
    void trackingPolicies_scaleInOnlyWhenAllWantTo_data()
    {
        QTest::addColumn<QByteArray>("cpuPolicy");
        QTest::addColumn<int>("terminations");
        QTest::newRow("requests policy alone") << QByteArray() << 1;
        QTest::newRow("CPU 50 % inside cpu-60's band (42–60): held") << QByteArray(R"({"target": 60})") << 0;
        QTest::newRow("CPU 50 % below cpu-120's line (84): both agree") << QByteArray(R"({"target": 120})") << 1;
        QTest::newRow("cpu-110 never scales in: it has no say")
            << QByteArray(R"({"target": 110, "disable_scale_in": true})") << 1;
    }
    void trackingPolicies_scaleInOnlyWhenAllWantTo()
    {
        QFETCH(QByteArray, cpuPolicy);
        QFETCH(int, terminations);
        json j = basePlan();
        j["policies"] = json::array({{{"name", "rpt"}, {"type", "target_tracking"}, {"metric", "requests_per_target"},
                                      {"target", 100000}}});
        if (!cpuPolicy.isEmpty()) {
            json cpu = json::parse(cpuPolicy.toStdString());
            cpu["name"] = "cpu";
            cpu["type"] = "target_tracking";
            j["policies"].push_back(cpu);
        }
        const SimulationResult r = simulate(plan(j));
        int count = 0;
        for (const auto& a : r.activities) {
            QVERIFY(a.kind == Activity::Kind::Terminate);
            QCOMPARE(a.cause, Activity::Cause::Policy);
            QCOMPARE(r.policyNames[std::size_t(a.policy)], std::string("rpt"));
            ++count;
        }
        QCOMPARE(count, terminations);
        QCOMPARE(r.summary.maxInstances, 2);
    }

    // A policy's own warm-up (EstimatedInstanceWarmup) keeps target tracking from scaling in until the
    // instances it launched have been in service that long; without it the instance warm-up (0 here) rules.
    void policyWarmup_delaysScaleInAfterScaleOut()
    {
        json j = basePlan();
        j["demand"]["spikes"] = json::array({{{"start", "2026-01-05T01:00:00Z"}, {"minutes", 20}, {"extra_rps", 900}}});
        j["policies"] = json::array({{{"name", "cpu-50"}, {"type", "target_tracking"}, {"target", 50}}});
        const SimulationResult without = simulate(plan(j));
        j["policies"][0]["warmup_seconds"] = 3600;
        const SimulationResult with = simulate(plan(j));
        const auto lastLaunch = [](const SimulationResult& r) {
            EpochMs t = 0;
            for (const auto& a : r.activities)
                if (a.kind == Activity::Kind::Launch)
                    t = std::max(t, a.time);
            return t;
        };
        const auto firstTermination = [](const SimulationResult& r) {
            for (const auto& a : r.activities)
                if (a.kind == Activity::Kind::Terminate)
                    return a.time;
            return EpochMs(0);
        };
        QVERIFY(lastLaunch(with) > 0);
        QVERIFY(firstTermination(without) > 0);
        QVERIFY(firstTermination(with) > 0);
        // Launch (120 s) + the policy's 3,600 s of warm-up before the first scale-in.
        QVERIFY(firstTermination(with) >= lastLaunch(with) + (120 + 3600) * kMsPerSecond);
        QVERIFY(firstTermination(without) < lastLaunch(without) + (120 + 3600) * kMsPerSecond);
    }

    // The lean loop for steps in which the group stands still must give exactly what stepping every minute
    // in full gives: the same activities at the same times, the same series and the same bill.
    void fastForward_matchesFullSteps_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("example week: daily peak, AZ outage") << QByteArray("{}");
        QTest::newRow("saturated at max every afternoon") << QByteArray(R"({"group": {"max": 8}})");
        QTest::newRow("cross-zone off, Spot, failures") << QByteArray(R"({"load_balancer": {"type": "nlb"},
            "group": {"spot_share": 0.4}, "faults": [{"type": "instance_failure", "rate_per_hour": 0.002},
            {"type": "spot_interruption", "rate_per_hour": 0.02}]})");
        QTest::newRow("30 s steps, scheduled actions") << QByteArray(R"({"step_seconds": 30, "scheduled": [
            {"name": "morning", "cron": "0 7 * * *", "min": 6},
            {"name": "night", "cron": "0 20 * * *", "min": 2}]})");
        QTest::newRow("simple policy with cooldown only") << QByteArray(R"({"policies": [{"name": "add-2",
            "type": "simple", "adjustment_type": "ChangeInCapacity", "adjustment": 2, "cooldown_seconds": 600,
            "alarm": {"metric": "cpu", "threshold": 70, "comparison": ">", "datapoints": 2}},
            {"name": "remove-1", "type": "simple", "adjustment_type": "ChangeInCapacity", "adjustment": -1,
            "alarm": {"metric": "cpu", "threshold": 30, "comparison": "<", "datapoints": 5}}]})");
        QTest::newRow("10 s steps, bands without an alarm, a 100-minute scale-in streak")
            << QByteArray(R"({"step_seconds": 10, "policies": [{"name": "cpu-target-60", "type": "target_tracking",
            "metric": "cpu", "target": 60, "scale_in_datapoints": 100}, {"name": "bands", "type": "step",
            "adjustment_type": "ChangeInCapacity", "threshold": 80, "steps": [{"lower": 0, "upper": 10,
            "adjustment": 1}, {"lower": 10, "adjustment": 3}]}]})");
        // Twenty target tracking policies on CPU and requests per target, targets spread out.
        json many = json::array();
        for (int i = 0; i < 20; ++i)
            many.push_back({{"name", "tt-" + std::to_string(i)}, {"type", "target_tracking"},
                            {"metric", i % 2 ? "requests_per_target" : "cpu"},
                            {"target", i % 2 ? 2000 + 300 * i : 40 + 2 * i}});
        QTest::newRow("twenty policies") << QByteArray::fromStdString(json{{"policies", many}}.dump());
    }
    void fastForward_matchesFullSteps()
    {
        QFETCH(QByteArray, patch);
        json j = examplePlan();
        j.merge_patch(json::parse(patch.toStdString()));
        expectLeanLoopMatchesFullSteps(plan(j), 10);
    }

    // The same over plans drawn at random, two days each: step length, load balancer, group, demand with
    // spikes and dips, one to three policies (both metrics, every comparison, bands without an alarm),
    // faults. The lean loop's alarm bands and served-demand shortcut must never change a run.
    void fastForward_matchesFullSteps_randomPlans_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 30; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("plan %1").arg(seed))) << seed;
    }
    void fastForward_matchesFullSteps_randomPlans()
    {
        QFETCH(int, seed);
        json j = examplePlan();
        Rng rng(static_cast<std::uint64_t>(seed));
        const auto oneOf = [&](const std::vector<json>& options) { return options[rng.below(options.size())]; };
        const auto between = [&](double lo, double hi) { return std::round(lo + (hi - lo) * rng.uniform()); };
        j["duration_hours"] = 48;
        j["seed"] = seed;
        j["step_seconds"] = oneOf({10, 30, 60, 60, 120});
        j["load_balancer"]["type"] = oneOf({"alb", "nlb", "clb"});
        j["load_balancer"]["cross_zone"] = rng.chance(0.5);
        const int min = static_cast<int>(rng.below(4));
        const int max = min + 5 + static_cast<int>(rng.below(30));
        j["group"]["min"] = min;
        j["group"]["max"] = max;
        j["group"]["desired"] = min + static_cast<int>(rng.below(static_cast<std::uint64_t>(max - min)));
        j["group"]["spot_share"] = 0.5 * rng.uniform();
        auto& d = j["demand"];
        d["pattern"] = oneOf({"daily", "weekly", "constant"});
        d["base_rps"] = between(50, 600);
        d["peak_rps"] = d["base_rps"].get<double>() + between(0, 4000);
        d["noise_pct"] = rng.below(8);
        d["spikes"] = json::array();
        for (std::uint64_t k = rng.below(3); k > 0; --k)
            d["spikes"].push_back({{"start", oneOf({"2026-01-05T09:00:00Z", "2026-01-05T15:30:00Z", "2026-01-06T03:10:00Z"})},
                                   {"minutes", 10 + rng.below(120)},
                                   {"extra_rps", between(-3000, 3000)}});
        const auto metric = [&] { return oneOf({"cpu", "requests_per_target"}); };
        const auto lineFor = [&](const json& m) { return m == "cpu" ? between(20, 90) : between(200, 6000); };
        json policies = json::array();
        for (std::uint64_t k = 1 + rng.below(3); k > 0; --k) {
            const json m = metric();
            const json cmp = oneOf({">", ">=", "<", "<="});
            const bool up = cmp == ">" || cmp == ">=";
            const json out = json::parse(R"([{"lower": 0, "upper": 10, "adjustment": 1}, {"lower": 10, "adjustment": 3}])");
            const json in = json::parse(R"([{"upper": 0, "lower": -10, "adjustment": -1}, {"upper": -10, "adjustment": -2}])");
            const json alarm = {{"metric", m}, {"threshold", lineFor(m)}, {"comparison", cmp}, {"datapoints", 1 + rng.below(5)}};
            switch (rng.below(4)) {
            case 0:
                policies.push_back({{"name", "tt"}, {"type", "target_tracking"}, {"metric", m}, {"target", lineFor(m)},
                                    {"scale_in_datapoints", 1 + rng.below(20)}, {"disable_scale_in", rng.chance(0.2)}});
                break;
            case 1:
                policies.push_back({{"name", "step"}, {"type", "step"}, {"adjustment_type", "ChangeInCapacity"},
                                    {"alarm", alarm}, {"steps", up ? out : in}});
                break;
            case 2:
                policies.push_back({{"name", "bands"}, {"type", "step"}, {"adjustment_type", "ChangeInCapacity"},
                                    {"threshold", between(50, 90)}, {"steps", out}});
                break;
            default:
                policies.push_back({{"name", "simple"}, {"type", "simple"}, {"adjustment_type", "ChangeInCapacity"},
                                    {"adjustment", up ? 2 : -1}, {"cooldown_seconds", between(0, 600)}, {"alarm", alarm}});
            }
        }
        j["policies"] = policies;
        j["faults"] = json::array({{{"type", "az_outage"}, {"az", oneOf({"us-east-1a", "us-east-1b", "us-east-1c"})},
                                    {"start", "2026-01-05T13:00:00Z"}, {"end", "2026-01-05T15:00:00Z"}},
                                   {{"type", "instance_failure"}, {"rate_per_hour", 0.01 * rng.uniform()}},
                                   {{"type", "spot_interruption"}, {"rate_per_hour", 0.05 * rng.uniform()}}});
        expectLeanLoopMatchesFullSteps(plan(j), 0);
    }

    // A plan long enough that a second thread builds its demand while the steps read it: its first two
    // days are the two-day plan's (built at once), step for step and activity for activity; and its lean
    // loop still matches full steps.
    void longPlan_demandBuiltAlongside_sameAsShortPlan()
    {
        json j = examplePlan();
        j["demand"]["noise_pct"] = 4;
        j["duration_hours"] = 48;
        const SimulationResult shortRun = simulate(plan(j));
        j["duration_hours"] = 24 * 60;
        const ScalingPlan longPlan = plan(j);
        QVERIFY(longPlan.steps() >= DemandFeed::kBuildAtOnceBelow);
        const SimulationResult longRun = simulate(longPlan);
        const auto& s = shortRun.series;
        const auto& l = longRun.series;
        const auto sameBits = [](float x, float y) { return std::memcmp(&x, &y, sizeof x) == 0; }; // NaN too
        for (std::size_t i = 0; i < s.size(); ++i) {
            const bool same =
                sameBits(s.demand[i], l.demand[i]) && sameBits(s.served[i], l.served[i]) &&
                sameBits(s.cpu[i], l.cpu[i]) && sameBits(s.requestsPerTarget[i], l.requestsPerTarget[i]) &&
                s.desired[i] == l.desired[i] && s.inServiceAt(i, 0) == l.inServiceAt(i, 0) &&
                s.inServiceAt(i, 1) == l.inServiceAt(i, 1) && s.pendingAt(i, 2) == l.pendingAt(i, 2);
            if (!same)
                QFAIL(qPrintable(QStringLiteral("step %1 differs").arg(i)));
        }
        QVERIFY(shortRun.activities.size() > 20);
        QVERIFY(longRun.activities.size() > shortRun.activities.size());
        expectSameActivities(shortRun, longRun, shortRun.activities.size());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(longRun.activities[shortRun.activities.size()].time >= shortRun.start + 48 * kMsPerHour);
        expectLeanLoopMatchesFullSteps(longPlan, 100);
    }

    void badPlans_nameTheField_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("min > max") << "/group/min" << "30" << "group.min";
        QTest::newRow("desired outside") << "/group/desired" << "25" << "group.desired";
        QTest::newRow("negative capacity") << "/instance/capacity_rps" << "-5" << "instance.capacity_rps";
        QTest::newRow("unknown AZ") << "/faults" << R"([{"type":"az_outage","az":"z","start":"2026-01-05T01:00:00Z","end":"2026-01-05T02:00:00Z"}])"
                                    << "faults[0].az";
        QTest::newRow("overlapping bands")
            << "/policies"
            << R"([{"type":"step","adjustment_type":"ChangeInCapacity","threshold":60,"steps":[{"lower":0,"upper":15,"adjustment":1},{"lower":10,"adjustment":2}]}])"
            << "policies[0].steps[1].lower";
        QTest::newRow("gap between bands")
            << "/policies"
            << R"([{"type":"step","adjustment_type":"ChangeInCapacity","threshold":60,"steps":[{"lower":0,"upper":10,"adjustment":1},{"lower":15,"adjustment":2}]}])"
            << "policies[0].steps[1].lower";
        QTest::newRow("simple without alarm")
            << "/policies" << R"([{"type":"simple","adjustment_type":"ChangeInCapacity","adjustment":1}])"
            << "policies[0].alarm";
        QTest::newRow("bad step seconds") << "/step_seconds" << "45" << "step_seconds";
        QTest::newRow("a seed beyond int64") << "/seed" << "18446744073709551615" << "seed";
        QTest::newRow("a step beyond int64, with a point") << "/step_seconds" << "1e30" << "step_seconds";
        QTest::newRow("a fractional step") << "/step_seconds" << "30.5" << "step_seconds";
    }
    void badPlans_nameTheField()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, field);
        json j = basePlan();
        j[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        const auto r = parsePlan(j, "plan.json");
        QVERIFY(!r.ok());
        const auto text = QString::fromStdString(r.error().describe());
        QVERIFY2(text.startsWith(QStringLiteral("plan.json: field \"%1\"").arg(field)), qPrintable(text));
        // A number is quoted as given, not wrapped round to a negative one.
        if (!value.startsWith(QLatin1Char('-')))
            QVERIFY2(!text.contains(QStringLiteral(": -")), qPrintable(text));
    }

    // A whole number may be written with a point: step_seconds 30.0 is 30.
    void wholeNumberWithAPoint_isThatNumber()
    {
        json j = basePlan();
        j["step_seconds"] = 30.0;
        j["seed"] = 42.0;
        const ScalingPlan p = plan(j);
        QCOMPARE(p.stepSeconds, 30);
        QCOMPARE(p.seed, std::uint64_t(42));
    }
};

QTEST_GUILESS_MAIN(TstScalingSimulator)
#include "tst_scaling_simulator.moc"
