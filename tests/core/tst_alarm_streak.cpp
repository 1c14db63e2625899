// AlarmRule over many datapoints at once (the simulator's lean loop) against one datapoint at a time:
// the same minutes in ALARM and the same streaks after, whatever the metric does.
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

#include "core/scaling/alarm_streak.h"
#include "core/scaling/load_model.h"
#include "core/util/random.h"

using namespace archdesk::core;
using namespace archdesk::core::scaling;

Q_DECLARE_METATYPE(Comparison)

namespace {

// One AZ's load balancer node: registered targets, the healthy ones among them, and the warmed-up ones.
struct Node
{
    int targets, healthy, warm;
};

// A load model as the simulator builds it from its counts (refreshLoadModel), for a test to vary.
LoadModel modelOf(bool crossZone, double capacityRps, const std::vector<Node>& nodes)
{
    LoadModel m;
    m.crossZone = crossZone;
    m.capacityRps = capacityRps;
    m.cpuPerRps = 100.0 / capacityRps;
    int targets = 0;
    for (const auto& n : nodes) {
        targets += n.targets;
        m.routedTotal += n.healthy;
        m.warmRoutedTotal += n.warm;
        m.deadRoutedTotal += n.targets - n.healthy;
        const auto k = static_cast<std::size_t>(m.nodes++);
        m.nodeTargets[k] = n.targets;
        m.nodeRouted[k] = n.healthy;
        m.nodeWarmRouted[k] = n.warm;
    }
    m.invTargets = targets > 0 ? 1.0 / targets : 0.0;
    m.invWarmAlive = m.warmRoutedTotal > 0 ? 1.0 / m.warmRoutedTotal : 0.0;
    m.invHealthy = m.routedTotal > 0 ? 1.0 / m.routedTotal : 0.0;
    m.hasCpu = m.warmRoutedTotal > 0;
    m.hasRpt = m.routedTotal > 0;
    return m;
}

float ulpsAway(float f, int ulps)
{
    for (; ulps > 0; --ulps)
        f = std::nextafter(f, std::numeric_limits<float>::infinity());
    for (; ulps < 0; ++ulps)
        f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}

} // namespace

class TstAlarmStreak : public QObject
{
    Q_OBJECT

    static ScalingPolicy tracking(int outDatapoints, int inDatapoints, bool disableScaleIn)
    {
        ScalingPolicy p;
        p.type = PolicyType::TargetTracking;
        p.targetTracking.target = 60;
        p.targetTracking.scaleOutDatapoints = outDatapoints;
        p.targetTracking.scaleInDatapoints = inDatapoints;
        p.targetTracking.disableScaleIn = disableScaleIn;
        return p;
    }
    static ScalingPolicy alarmed(int datapoints, Comparison comparison)
    {
        ScalingPolicy p;
        p.type = PolicyType::Step;
        p.threshold = 60;
        p.alarm = AlarmSpec{MetricKind::CpuPercent, 60, comparison, datapoints};
        p.steps = {{0.0, std::nullopt, 1}};
        return p;
    }

private slots:
    void manyAtOnce_matchOneByOne_data()
    {
        QTest::addColumn<int>("kind"); // 0 target tracking, 1 target tracking without scale-in, 2 alarm
        QTest::addColumn<Comparison>("comparison");
        QTest::addColumn<int>("datapoints");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("prior");
        QTest::newRow("tracking 3/15, 64 minutes") << 0 << Comparison::GreaterThan << 3 << 64 << 1 << 0;
        QTest::newRow("tracking 3/1, 17 minutes") << 0 << Comparison::GreaterThan << 1 << 17 << 1 << 0;
        QTest::newRow("tracking 3/100: streaks longer than a chunk") << 0 << Comparison::GreaterThan << 100 << 64 << 1 << 80;
        QTest::newRow("tracking, scale-in disabled") << 1 << Comparison::GreaterThan << 5 << 40 << 1 << 2;
        QTest::newRow("alarm 2 datapoints, a streak carried in") << 2 << Comparison::GreaterThan << 2 << 64 << 1 << 1;
        QTest::newRow("alarm 5 datapoints, 30 s steps") << 2 << Comparison::GreaterThan << 5 << 32 << 2 << 4;
        QTest::newRow("alarm 64 datapoints") << 2 << Comparison::GreaterThan << 64 << 64 << 1 << 63;
        QTest::newRow("alarm 1 datapoint, 1 minute") << 2 << Comparison::GreaterThan << 1 << 1 << 1 << 0;
        QTest::newRow("alarm >=, 3 datapoints") << 2 << Comparison::GreaterThanOrEqual << 3 << 64 << 1 << 0;
        QTest::newRow("alarm <, 3 datapoints") << 2 << Comparison::LessThan << 3 << 64 << 1 << 2;
        QTest::newRow("alarm <=, 3 datapoints") << 2 << Comparison::LessThanOrEqual << 3 << 50 << 1 << 0;
    }
    void manyAtOnce_matchOneByOne()
    {
        QFETCH(int, kind);
        QFETCH(Comparison, comparison);
        QFETCH(int, datapoints);
        QFETCH(int, count);
        QFETCH(int, stride);
        QFETCH(int, prior);
        const ScalingPolicy p = kind == 2 ? alarmed(datapoints, comparison) : tracking(3, datapoints, kind == 1);
        const AlarmRule rule(p);
        Rng rng(static_cast<std::uint64_t>(datapoints * 1000 + count));
        int alarmsSeen = 0;
        for (int trial = 0; trial < 200; ++trial) {
            // A metric that dwells on either side of the lines for a while, as load does; whole percents,
            // so that it often sits exactly on a threshold.
            std::vector<double> metric(static_cast<std::size_t>(count * stride));
            double level = std::floor(20 + 60 * rng.uniform());
            for (auto& m : metric) {
                if (rng.uniform() < 0.08)
                    level = std::floor(20 + 60 * rng.uniform());
                m = level;
            }
            const Streak start{prior, trial % 2 == 0 ? prior : 0, trial % 3 == 0 ? prior : 0};
            const AlarmBits bits = rule.bits(metric.data(), count, stride);
            std::uint64_t high = 0;
            const std::uint64_t inAlarm = rule.inAlarm(bits, start, count, high);
            Streak one = start;
            for (int k = 0; k < count; ++k) {
                const bool expected = rule.advance(one, true, metric[static_cast<std::size_t>(k * stride)]);
                QCOMPARE(((inAlarm >> k) & 1) != 0, expected);
                if (p.type == PolicyType::TargetTracking)
                    QCOMPARE(((high >> k) & 1) != 0, one.above >= p.targetTracking.scaleOutDatapoints);
                alarmsSeen += expected ? 1 : 0;
                const Streak after = rule.after(bits, start, k + 1);
                QCOMPARE(after.breaching, one.breaching);
                QCOMPARE(after.above, one.above);
                QCOMPARE(after.below, one.below);
            }
        }
        QVERIFY(alarmsSeen > 0); // the metric does reach the alarms
    }

    // The lean loop checks a datapoint's demand against bands found once per stretch instead of working out
    // the metric. Right at a band's edge a float's last bit decides, so the demands tried include every
    // whole request rate (where the metric often lands exactly on a line) and the floats either side of
    // each edge; every datapoint must breach exactly as the metric says.
    void demandBands_breachAsTheMetricDoes_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<int>("policy");
        const char* models[] = {"cross-zone, 12 healthy and warm", "cross-zone, 3 of 12 dead, 8 warm",
                                "cross-zone off, uneven nodes", "capacity below 1 request per second",
                                "cross-zone off, a node of dead targets"};
        const char* policies[] = {"cpu target 60", "cpu > 85", "cpu >= 85", "cpu < 30", "cpu <= 30",
                                  "requests per target > 9000", "requests per target target 1000"};
        for (int m = 0; m < 5; ++m)
            for (int p = 0; p < 7; ++p)
                QTest::newRow(qPrintable(QStringLiteral("%1; %2").arg(models[m], policies[p]))) << m << p;
    }
    void demandBands_breachAsTheMetricDoes()
    {
        QFETCH(int, model);
        QFETCH(int, policy);
        const LoadModel m = std::vector<LoadModel>{
            modelOf(true, 150, {{4, 4, 4}, {4, 4, 4}, {4, 4, 4}}),
            modelOf(true, 150, {{4, 4, 3}, {4, 1, 1}, {4, 4, 4}}),
            modelOf(false, 150, {{4, 4, 4}, {5, 5, 2}, {7, 7, 7}}),
            modelOf(true, 0.5, {{2, 2, 2}, {1, 1, 1}}),
            modelOf(false, 150, {{3, 3, 3}, {2, 0, 0}})}[static_cast<std::size_t>(model)];
        ScalingPolicy p;
        if (policy == 0 || policy == 6) {
            p = tracking(3, 15, false);
            if (policy == 6) {
                p.targetTracking.metric = MetricKind::RequestsPerTarget;
                p.targetTracking.target = 1000;
            }
        } else {
            const Comparison comparisons[] = {Comparison::GreaterThan, Comparison::GreaterThanOrEqual,
                                              Comparison::LessThan, Comparison::LessThanOrEqual, Comparison::GreaterThan};
            p = alarmed(1, comparisons[policy - 1]);
            p.alarm->threshold = policy <= 2 ? 85 : policy <= 4 ? 30 : 9000;
            if (policy == 5)
                p.alarm->metric = MetricKind::RequestsPerTarget;
        }
        const AlarmRule rule(p);
        const bool cpu = rule.cpuMetric();
        const auto bands = rule.demandBands([&](double d) { return m.metric(cpu, d); });
        QVERIFY(bands.has_value());

        std::vector<float> demand;
        for (int d = 0; d <= 4000; ++d)
            demand.push_back(static_cast<float>(d));
        int edges = 0;
        for (const DemandBand& b : {bands->breach, bands->above, bands->below})
            for (const float edge : {b.lo, b.hi})
                if (std::isfinite(edge)) {
                    ++edges;
                    for (int k = -40; k <= 40; ++k)
                        demand.push_back(ulpsAway(edge, k));
                }
        QVERIFY(edges > 0);
        Rng rng(static_cast<std::uint64_t>(model * 10 + policy));
        for (int i = 0; i < 4000; ++i)
            demand.push_back(static_cast<float>(rng.uniform() * 40000));
        demand.resize((demand.size() + 63) / 64 * 64);

        // One datapoint per step (four at a time) and one every other step (one at a time).
        for (const int stride : {1, 2}) {
            for (std::size_t at = 0; at + 64 * static_cast<std::size_t>(stride) <= demand.size();
                 at += 64 * static_cast<std::size_t>(stride)) {
                std::vector<double> metric;
                for (int k = 0; k < 64; ++k)
                    metric.push_back(m.metric(cpu, demand[at + static_cast<std::size_t>(k * stride)]));
                const AlarmBits expected = rule.bits(metric.data(), 64, 1);
                const AlarmBits got = rule.bits(demand.data() + at, 64, stride, *bands);
                if (got.breach != expected.breach || got.above != expected.above || got.below != expected.below)
                    QFAIL(qPrintable(QStringLiteral("demands from %1 (stride %2): bits %3/%4/%5, the metric says %6/%7/%8")
                                         .arg(demand[at]).arg(stride)
                                         .arg(got.breach, 0, 16).arg(got.above, 0, 16).arg(got.below, 0, 16)
                                         .arg(expected.breach, 0, 16).arg(expected.above, 0, 16).arg(expected.below, 0, 16)));
            }
        }
    }

    void demandBands_noneForBandsWithoutAnAlarm()
    {
        ScalingPolicy p = alarmed(1, Comparison::GreaterThan);
        p.alarm.reset();
        const LoadModel m = modelOf(true, 150, {{4, 4, 4}});
        QVERIFY(!AlarmRule(p).demandBands([&](double d) { return m.metric(true, d); }).has_value());
    }

    // Up to servesAllUpTo(), nothing is turned away; past the knee something is.
    void servesAllUpTo_losesNothingBelowIt_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<bool>("losesAlways");
        QTest::newRow("cross-zone, all healthy") << 0 << false;
        QTest::newRow("cross-zone off, uneven nodes") << 1 << false;
        QTest::newRow("a dead target still routed") << 2 << true;
        QTest::newRow("no target") << 3 << true;
    }
    void servesAllUpTo_losesNothingBelowIt()
    {
        QFETCH(int, model);
        QFETCH(bool, losesAlways);
        const LoadModel m = std::vector<LoadModel>{
            modelOf(true, 150, {{4, 4, 4}, {4, 4, 4}, {3, 3, 3}}), modelOf(false, 150, {{4, 4, 4}, {5, 5, 2}, {7, 7, 7}}),
            modelOf(true, 150, {{4, 3, 3}}), modelOf(true, 150, {})}[static_cast<std::size_t>(model)];
        const double upTo = m.servesAllUpTo();
        if (losesAlways) {
            QCOMPARE(upTo, -1.0);
            QVERIFY(unservedOf(100, m.at(100).served) > 0);
            return;
        }
        QVERIFY(upTo > 0);
        Rng rng(11);
        for (int i = 0; i < 20000; ++i) {
            const double d = static_cast<float>(rng.uniform() * upTo);
            QCOMPARE(unservedOf(d, m.at(d).served), 0.0);
        }
        QCOMPARE(unservedOf(upTo, m.at(upTo).served), 0.0);
        QVERIFY(unservedOf(upTo * 1.01, m.at(upTo * 1.01).served) > 0);
    }
};

QTEST_GUILESS_MAIN(TstAlarmStreak)
#include "tst_alarm_streak.moc"
