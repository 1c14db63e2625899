// Auto Scaling policy rules: adjustment types, percent rounding, MinAdjustmentMagnitude, step bands,
// clamping, warm-up, competing policies and target tracking — expected values from the AWS
// documentation's own examples (reference/aws-facts.md §1) or computed by hand in each row.
#include <QtTest>

#include "core/scaling/policy_evaluation.h"
#include "core/scaling/policy_json.h"

using namespace archdesk::core::scaling;

namespace {

ScalingPolicy simple(AdjustmentType type, double adjustment, int mam = 0)
{
    ScalingPolicy p;
    p.type = PolicyType::Simple;
    p.adjustmentType = type;
    p.adjustment = adjustment;
    p.minAdjustmentMagnitude = mam;
    return p;
}

std::optional<double> none() { return std::nullopt; }

// AWS's step-scaling walk-through: threshold 50 %, PercentChangeInCapacity.
ScalingPolicy awsScaleOut()
{
    ScalingPolicy p;
    p.type = PolicyType::Step;
    p.adjustmentType = AdjustmentType::PercentChangeInCapacity;
    p.threshold = 50;
    p.steps = {{0.0, 10.0, 0}, {10.0, 20.0, 10}, {20.0, none(), 30}};
    return p;
}

ScalingPolicy awsScaleIn()
{
    ScalingPolicy p = awsScaleOut();
    p.steps = {{-10.0, 0.0, 0}, {-20.0, -10.0, -10}, {none(), -20.0, -30}};
    return p;
}

GroupView group(int capacity, int warming = 0, int minSize = 0, int maxSize = 1000)
{
    return GroupView{capacity, warming, minSize, maxSize};
}

} // namespace

class TstScalingPolicy : public QObject
{
    Q_OBJECT
private slots:
    void percentRounding_truncatesButNeverToZero_data()
    {
        QTest::addColumn<double>("raw");
        QTest::addColumn<int>("rounded");
        // AWS's four numbers, then the walk-through's 3.3, -1.4, -3.9.
        QTest::newRow("12.7") << 12.7 << 12;
        QTest::newRow("0.67") << 0.67 << 1;
        QTest::newRow("-0.58") << -0.58 << -1;
        QTest::newRow("-6.67") << -6.67 << -6;
        QTest::newRow("3.3") << 3.3 << 3;
        QTest::newRow("-1.4") << -1.4 << -1;
        QTest::newRow("-3.9") << -3.9 << -3;
        QTest::newRow("exact 2") << 2.0 << 2;
        QTest::newRow("zero stays zero") << 0.0 << 0;
        QTest::newRow("float noise 0.1*30") << 0.1 * 30 << 3;
    }
    void percentRounding_truncatesButNeverToZero()
    {
        QFETCH(double, raw);
        QFETCH(int, rounded);
        QCOMPARE(roundPercentChange(raw), rounded);
    }

    void adjustmentTypes_matchAwsExamples_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("adjustment");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("mam");
        QTest::addColumn<int>("desired");
        QTest::newRow("ChangeInCapacity 3 +5") << int(AdjustmentType::ChangeInCapacity) << 5.0 << 3 << 0 << 8;
        QTest::newRow("ExactCapacity 3 -> 5") << int(AdjustmentType::ExactCapacity) << 5.0 << 3 << 0 << 5;
        QTest::newRow("Percent 10 +10%") << int(AdjustmentType::PercentChangeInCapacity) << 10.0 << 10 << 0 << 11;
        // +25 % of 4 = 1; MinAdjustmentMagnitude 2 → adds 2.
        QTest::newRow("Percent 4 +25% no MAM") << int(AdjustmentType::PercentChangeInCapacity) << 25.0 << 4 << 0 << 5;
        QTest::newRow("Percent 4 +25% MAM 2") << int(AdjustmentType::PercentChangeInCapacity) << 25.0 << 4 << 2 << 6;
        // Our reading for scale-in: the magnitude, either direction: -25 % of 4 = -1 → -2.
        QTest::newRow("Percent 4 -25% MAM 2") << int(AdjustmentType::PercentChangeInCapacity) << -25.0 << 4 << 2 << 2;
        // MAM smaller than the change does nothing: +50 % of 10 = 5, MAM 2.
        QTest::newRow("Percent 10 +50% MAM 2") << int(AdjustmentType::PercentChangeInCapacity) << 50.0 << 10 << 2 << 15;
    }
    void adjustmentTypes_matchAwsExamples()
    {
        QFETCH(int, type);
        QFETCH(double, adjustment);
        QFETCH(int, capacity);
        QFETCH(int, mam);
        QFETCH(int, desired);
        const auto o = evaluatePolicy(simple(AdjustmentType(type), adjustment, mam), group(capacity), 0);
        QVERIFY(o.fired);
        QCOMPARE(o.desired, desired);
        QCOMPARE(o.change, desired - capacity);
    }

    void clamping_keepsDesiredWithinMinMax_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<double>("adjustment");
        QTest::addColumn<int>("minSize");
        QTest::addColumn<int>("maxSize");
        QTest::addColumn<int>("desired");
        // AWS: max 3, current 2, +3 → only +1; min 2, current 3, -2 → only -1.
        QTest::newRow("max 3, 2 +3") << 2 << 3.0 << 0 << 3 << 3;
        QTest::newRow("min 2, 3 -2") << 3 << -2.0 << 2 << 10 << 2;
        QTest::newRow("inside the range") << 4 << 2.0 << 1 << 10 << 6;
    }
    void clamping_keepsDesiredWithinMinMax()
    {
        QFETCH(int, capacity);
        QFETCH(double, adjustment);
        QFETCH(int, minSize);
        QFETCH(int, maxSize);
        QFETCH(int, desired);
        const auto o = evaluatePolicy(simple(AdjustmentType::ChangeInCapacity, adjustment), group(capacity, 0, minSize, maxSize), 0);
        QCOMPARE(o.desired, desired);
    }

    void stepBands_followInclusivityAroundThreshold_data()
    {
        QTest::addColumn<double>("metric");
        QTest::addColumn<int>("desired");
        // Bands from AWS (threshold 50, capacity 10): m ≤ 30 → -30 % (-3); 30 < m ≤ 40 → -10 % (-1);
        // 40 < m < 60 unchanged; 60 ≤ m < 70 → +10 % (+1); m ≥ 70 → +30 % (+3).
        QTest::newRow("20 (deep below)") << 20.0 << 7;
        QTest::newRow("30 (edge, inclusive below)") << 30.0 << 7;
        QTest::newRow("30.01") << 30.01 << 9;
        QTest::newRow("40 (edge)") << 40.0 << 9;
        QTest::newRow("40.01") << 40.01 << 10;
        QTest::newRow("50 (threshold)") << 50.0 << 10;
        QTest::newRow("59.99") << 59.99 << 10;
        QTest::newRow("60 (edge, inclusive above)") << 60.0 << 11;
        QTest::newRow("69.99") << 69.99 << 11;
        QTest::newRow("70 (edge)") << 70.0 << 13;
        QTest::newRow("95") << 95.0 << 13;
    }
    void stepBands_followInclusivityAroundThreshold()
    {
        QFETCH(double, metric);
        QFETCH(int, desired);
        const auto c = evaluatePolicies({awsScaleOut(), awsScaleIn()}, group(10), metric);
        QCOMPARE(c.desired, desired);
    }

    void stepWalkthrough_awsNumbers_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("warming");
        QTest::addColumn<double>("metric");
        QTest::addColumn<int>("desired");
        // AWS: 10 → (60) 11 → (70, warmed) 14 → (40) 13 → (30) 10.
        QTest::newRow("60: +10% of 10 = 1") << 10 << 0 << 60.0 << 11;
        QTest::newRow("70: +30% of 11 = 3.3 -> 3") << 11 << 0 << 70.0 << 14;
        QTest::newRow("40: -10% of 14 = 1.4 -> 1") << 14 << 0 << 40.0 << 13;
        QTest::newRow("30: -30% of 13 = 3.9 -> 3") << 13 << 0 << 30.0 << 10;
        // Warm-up variant: desired 11 with the new instance warming; the base is the 10 warmed ones.
        QTest::newRow("warming, 62: 10% of 10 -> 11, no change") << 11 << 1 << 62.0 << 11;
        QTest::newRow("warming, 70: 30% of 10 -> 13, adds 2") << 11 << 1 << 70.0 << 13;
        QTest::newRow("warming blocks scale-in at 30") << 11 << 1 << 30.0 << 11;
    }
    void stepWalkthrough_awsNumbers()
    {
        QFETCH(int, capacity);
        QFETCH(int, warming);
        QFETCH(double, metric);
        QFETCH(int, desired);
        const auto c = evaluatePolicies({awsScaleOut(), awsScaleIn()}, group(capacity, warming), metric);
        QCOMPARE(c.desired, desired);
    }

    void competingPolicies_largestCapacityWins_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("typeA");
        QTest::addColumn<double>("adjA");
        QTest::addColumn<int>("typeB");
        QTest::addColumn<double>("adjB");
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("winner");
        // AWS: 8 instances, "remove 3" vs "remove 25%" → 25 % wins, removes 2.
        QTest::newRow("8: -3 vs -25%") << 8 << int(AdjustmentType::ChangeInCapacity) << -3.0
                                       << int(AdjustmentType::PercentChangeInCapacity) << -25.0 << 6 << 1;
        // Application Auto Scaling: 10, +3 vs +200 % → 30.
        QTest::newRow("10: +3 vs +200%") << 10 << int(AdjustmentType::ChangeInCapacity) << 3.0
                                         << int(AdjustmentType::PercentChangeInCapacity) << 200.0 << 30 << 1;
        // Ties go to the first listed: +2 vs exact 7 from 5.
        QTest::newRow("tie: first listed") << 5 << int(AdjustmentType::ChangeInCapacity) << 2.0
                                           << int(AdjustmentType::ExactCapacity) << 7.0 << 7 << 0;
    }
    void competingPolicies_largestCapacityWins()
    {
        QFETCH(int, capacity);
        QFETCH(int, typeA);
        QFETCH(double, adjA);
        QFETCH(int, typeB);
        QFETCH(double, adjB);
        QFETCH(int, desired);
        QFETCH(int, winner);
        const auto c = evaluatePolicies({simple(AdjustmentType(typeA), adjA), simple(AdjustmentType(typeB), adjB)},
                                        group(capacity), 0);
        QCOMPARE(c.desired, desired);
        QVERIFY(c.policy.has_value());
        QCOMPARE(int(*c.policy), winner);
    }

    void targetTracking_defaults_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("warming");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("metric");
        QTest::addColumn<int>("desired");
        // ceil(10 × 80 / 70) = ceil(11.43) = 12 (Nomad's documented example).
        QTest::newRow("10 at 80 vs 70") << 10 << 0 << 70.0 << 80.0 << 12;
        // ceil(4 × 75 / 50) = 6 exactly.
        QTest::newRow("4 at 75 vs 50") << 4 << 0 << 50.0 << 75.0 << 6;
        // 42 is not below 0.7 × 50 = 35: no scale-in.
        QTest::newRow("10 at 42 vs 50, inside band") << 10 << 0 << 50.0 << 42.0 << 10;
        // 10 × 30 / 50 = 6.
        QTest::newRow("10 at 30 vs 50 scales in") << 10 << 0 << 50.0 << 30.0 << 6;
        QTest::newRow("scale-in waits for warm-up") << 10 << 2 << 50.0 << 30.0 << 10;
        // Warming instances count toward desired: ceil(8 × 60/50) = 10, desired already 10.
        QTest::newRow("warming counted") << 10 << 2 << 50.0 << 60.0 << 10;
    }
    void targetTracking_defaults()
    {
        QFETCH(int, capacity);
        QFETCH(int, warming);
        QFETCH(double, target);
        QFETCH(double, metric);
        QFETCH(int, desired);
        ScalingPolicy p;
        p.type = PolicyType::TargetTracking;
        p.targetTracking.target = target;
        QCOMPARE(evaluatePolicy(p, group(capacity, warming), metric).desired, desired);
    }

    void targetTracking_scaleInOnlyWhenAllAgree()
    {
        ScalingPolicy a;
        a.type = PolicyType::TargetTracking;
        a.targetTracking.target = 50;
        ScalingPolicy b = a;
        b.targetTracking.target = 20; // metric 30 is above this one's target: it wants to scale out
        const auto c = evaluatePolicies({a, b}, group(10), 30);
        QCOMPARE(c.desired, 15); // ceil(10 × 30 / 20), not a's scale-in to 6
    }

    void stepValidation_namesTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        const QString head = R"({"type":"step","adjustment_type":"ChangeInCapacity","threshold":50,"steps":)";
        QTest::newRow("overlap") << head + R"([{"lower":0,"upper":15,"adjustment":1},{"lower":10,"adjustment":2}]})"
                                 << "steps[1].lower" << "overlap";
        QTest::newRow("gap") << head + R"([{"lower":0,"upper":10,"adjustment":1},{"lower":20,"adjustment":2}]})"
                             << "steps[1].lower" << "gap";
        QTest::newRow("gap, listed out of order")
            << head + R"([{"lower":20,"adjustment":2},{"lower":0,"upper":10,"adjustment":1}]})" << "steps[0].lower"
            << "gap";
        QTest::newRow("two open upper ends")
            << head + R"([{"lower":0,"adjustment":1},{"lower":10,"adjustment":2}]})" << "steps" << "upper bound out";
        QTest::newRow("upper not above lower")
            << head + R"([{"lower":10,"upper":5,"adjustment":1},{"lower":5,"adjustment":2}]})" << "steps[0].upper"
            << "greater";
        QTest::newRow("negative lower without -infinity")
            << head + R"([{"lower":-10,"upper":0,"adjustment":-1}]})" << "steps" << "negative lower bound";
        QTest::newRow("bad adjustment type")
            << R"({"type":"simple","adjustment_type":"Percent","adjustment":1})" << "adjustment_type"
            << "not an adjustment type";
        QTest::newRow("MAM with ChangeInCapacity")
            << R"({"type":"simple","adjustment_type":"ChangeInCapacity","adjustment":1,"min_adjustment_magnitude":2})"
            << "min_adjustment_magnitude" << "PercentChangeInCapacity";
        QTest::newRow("negative exact capacity")
            << R"({"type":"simple","adjustment_type":"ExactCapacity","adjustment":-1})" << "adjustment" << "negative";
        QTest::newRow("in an array") << R"([{"type":"target_tracking","target":50},{"type":"nope"}])" << "[1].type"
                                     << "not a policy type";
    }
    void stepValidation_namesTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const auto r = parsePolicies(nlohmann::json::parse(json.toStdString()), "p.json");
        QVERIFY(!r.ok());
        const QString text = QString::fromStdString(r.error().describe());
        QVERIFY2(text.startsWith(QStringLiteral("p.json: field \"%1\"").arg(field)), qPrintable(text));
        QVERIFY2(text.contains(words), qPrintable(text));
    }

    void designExample_parsesAndEvaluates()
    {
        // The example in design.md §4; 65 is 15 above the threshold: +10 % of 10 = 1, MAM 2 → 12.
        const auto r = parsePolicies(nlohmann::json::parse(
                                         R"({"type":"step","adjustment_type":"PercentChangeInCapacity","threshold":50,
            "steps":[{"lower":0,"upper":10,"adjustment":0},{"lower":10,"upper":20,"adjustment":10},
            {"lower":20,"adjustment":30}],"min_adjustment_magnitude":2})"),
                                     "p.json");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        QCOMPARE(evaluatePolicy(r->front(), group(10), 65).desired, 12);
    }

    void simpleAlarm_notBreached_doesNothing()
    {
        ScalingPolicy p = simple(AdjustmentType::ChangeInCapacity, 2);
        p.alarm = AlarmSpec{MetricKind::CpuPercent, 70, Comparison::GreaterThan, 1};
        QVERIFY(!evaluatePolicy(p, group(4), 70).fired);
        QCOMPARE(evaluatePolicy(p, group(4), 71).desired, 6);
    }
};

QTEST_GUILESS_MAIN(TstScalingPolicy)
#include "tst_scaling_policy.moc"
