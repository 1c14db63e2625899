// AlarmRule over many datapoints at once (the simulator's lean loop) against one datapoint at a time:
// the same minutes in ALARM and the same streaks after, whatever the metric does.
#include <QTest>

#include <cmath>
#include <vector>

#include "core/scaling/alarm_streak.h"
#include "core/util/random.h"

using namespace archdesk::core;
using namespace archdesk::core::scaling;

Q_DECLARE_METATYPE(Comparison)

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
};

QTEST_GUILESS_MAIN(TstAlarmStreak)
#include "tst_alarm_streak.moc"
