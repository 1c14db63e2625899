// The billing engine: granularity, Reserved Instance and Savings Plan application hour by hour, Spot
// buckets, break-even and the recommendation. Expected values come from AWS's published worked
// examples (aws-facts.md §2) or are computed by hand in the test.
#include <QtTest>

#include "core/billing/cost_comparison.h"
#include "core/billing/hourly_biller.h"
#include "core/billing/instance_size.h"
#include "core/billing/spot.h"

using namespace archdesk::core;
using namespace archdesk::core::billing;

Q_DECLARE_METATYPE(OperatingSystem)

namespace {

#define QVERIFY_NEAR(actual, expected, tolerance)                                                                   \
    QVERIFY2(std::abs((actual) - (expected)) <= (tolerance),                                                         \
             qPrintable(QString("%1 = %2, expected %3 ± %4").arg(#actual).arg(actual, 0, 'g', 10).arg(expected).arg(tolerance)))

// "2 x t2.small" style usage, full hours in us-east-1a, Linux unless the type ends in "/windows" or "/rhel".
std::vector<UsageLine> lines(const QStringList& specs, const QString& az = "us-east-1a")
{
    std::vector<UsageLine> out;
    for (const auto& spec : specs) {
        const auto parts = spec.split(' ');
        UsageLine l;
        l.count = parts[0].toDouble();
        auto type = parts[2];
        if (type.contains('/')) {
            l.os = *parseOperatingSystem(type.section('/', 1).toStdString());
            type = type.section('/', 0, 0);
        }
        l.instanceType = type.toStdString();
        l.az = az.toStdString();
        l.seconds = parts.size() > 3 ? parts[3].toDouble() : 3600;
        out.push_back(l);
    }
    return out;
}

// Every type gets On-Demand $1 per normalization unit, so dollars show which sizes were left over.
BillSetup setupWith(const std::vector<Reservation>& reservations, const std::vector<UsageLine>& usage)
{
    BillSetup s;
    s.region = "us-east-1";
    for (const auto& l : usage)
        s.prices[l.instanceType].onDemandHourly = normalizationFactor(l.instanceType).value_or(1);
    s.reservations = reservations;
    return s;
}

Reservation ri(const std::string& type, double count, ReservationScope scope = ReservationScope::Region,
               const std::string& where = "us-east-1", OperatingSystem os = OperatingSystem::Linux)
{
    Reservation r;
    r.instanceType = type;
    r.count = count;
    r.scope = scope;
    r.os = os;
    if (scope == ReservationScope::Zone) {
        r.az = where;
        r.region = regionOfZone(where);
    } else {
        r.region = where;
    }
    return r;
}

// AWS's Savings Plans example hour (sp-applying): rates "illustrative", transcribed from the facts sheet.
BillSetup awsSavingsPlanExample()
{
    BillSetup s;
    s.region = "us-east-1";
    s.prices["r5.4xlarge"] = {1.00, 0.70, 0.60};
    s.prices["fargate.vcpu"] = {0.04, 0.03, std::nullopt};
    s.prices["fargate.gb"] = {0.004, 0.003, std::nullopt};
    s.prices["m5.24xlarge"] = {10.00, 8.20, 7.80};
    s.prices["lambda.gb-second"] = {0.000015, 0.00001275, std::nullopt};
    s.prices["lambda.million-requests"] = {0.20, 0.20, std::nullopt};
    return s;
}

std::vector<UsageLine> awsSavingsPlanUsage()
{
    // 4 r5.4xlarge Linux, 1 m5.24xlarge Windows, 400 Fargate vCPU + 1,600 GB,
    // Lambda 1 M requests × 3 s × 0.5 GB = 1.5 M GB-seconds.
    std::vector<UsageLine> u = lines({"4 x r5.4xlarge", "1 x m5.24xlarge/windows", "400 x fargate.vcpu",
                                      "1600 x fargate.gb", "1500000 x lambda.gb-second", "1 x lambda.million-requests"});
    return u;
}

catalog::ReservedPrice riPrice(int years, const char* cls, const char* payment, double upfront, double hourly)
{
    return {years, cls, payment, upfront, hourly};
}

// m5.large, us-east-1, Linux: AWS Pricing API, publicationDate 2020-07-09 (aws-facts.md §2.6).
std::vector<catalog::ReservedPrice> m5LargeStandard()
{
    return {riPrice(1, "standard", "no_upfront", 0, 0.060),      riPrice(1, "standard", "partial_upfront", 252, 0.029),
            riPrice(1, "standard", "all_upfront", 494, 0),       riPrice(3, "standard", "no_upfront", 0, 0.041),
            riPrice(3, "standard", "partial_upfront", 505, 0.019), riPrice(3, "standard", "all_upfront", 949, 0)};
}

CostPlan m5LargePlan(int months, UsagePattern usage)
{
    CostPlan p;
    p.instanceType = "m5.large";
    p.region = "us-east-1";
    p.horizonMonths = months;
    p.usage = usage;
    p.prices.onDemandHourly = 0.096;
    p.prices.reserved = m5LargeStandard();
    p.options = defaultOptions();
    return p;
}

ResolvedPrices resolved(const CostPlan& p)
{
    auto r = resolvePrices(p, {}, "plan.json");
    return r.ok() ? *r : ResolvedPrices{};
}

UsagePattern utilization(double instances, double fraction)
{
    UsagePattern u;
    u.kind = UsagePattern::Kind::Utilization;
    u.instances = instances;
    u.fraction = fraction;
    return u;
}

} // namespace

class TstBilling : public QObject
{
    Q_OBJECT
private slots:
    // ---- granularity -------------------------------------------------------------------------
    void billedSecondsInHour_followsThePlatformsRule_data()
    {
        QTest::addColumn<OperatingSystem>("os");
        QTest::addColumn<double>("run");
        QTest::addColumn<bool>("started");
        QTest::addColumn<double>("billed");
        QTest::newRow("linux 30 s after a start: 60 s minimum") << OperatingSystem::Linux << 30.0 << true << 60.0;
        QTest::newRow("linux 30 s still running from before") << OperatingSystem::Linux << 30.0 << false << 30.0;
        QTest::newRow("linux 90 s") << OperatingSystem::Linux << 90.0 << true << 90.0;
        QTest::newRow("windows 30 s after a start") << OperatingSystem::Windows << 30.0 << true << 60.0;
        QTest::newRow("rhel 30 s: the whole hour") << OperatingSystem::Rhel << 30.0 << true << 3600.0;
        QTest::newRow("suse 1 s: the whole hour") << OperatingSystem::Suse << 1.0 << false << 3600.0;
        QTest::newRow("linux not running") << OperatingSystem::Linux << 0.0 << true << 0.0;
        QTest::newRow("rhel not running") << OperatingSystem::Rhel << 0.0 << false << 0.0;
    }
    void billedSecondsInHour_followsThePlatformsRule()
    {
        QFETCH(OperatingSystem, os);
        QFETCH(double, run);
        QFETCH(bool, started);
        QFETCH(double, billed);
        QCOMPARE(billedSecondsInHour(os, run, started), billed);
    }

    void billedSecondsForRun_perSecondOrPerStartedHour_data()
    {
        QTest::addColumn<OperatingSystem>("os");
        QTest::addColumn<double>("run");
        QTest::addColumn<double>("billed");
        QTest::newRow("linux 10 s → 60") << OperatingSystem::Linux << 10.0 << 60.0;
        QTest::newRow("linux 3,700 s") << OperatingSystem::Linux << 3700.0 << 3700.0;
        QTest::newRow("windows 59 s → 60") << OperatingSystem::Windows << 59.0 << 60.0;
        QTest::newRow("rhel 3,601 s → 2 hours") << OperatingSystem::Rhel << 3601.0 << 7200.0;
        QTest::newRow("suse 3,600 s → 1 hour") << OperatingSystem::Suse << 3600.0 << 3600.0;
    }
    void billedSecondsForRun_perSecondOrPerStartedHour()
    {
        QFETCH(OperatingSystem, os);
        QFETCH(double, run);
        QFETCH(double, billed);
        QCOMPARE(billedSecondsForRun(os, run), billed);
    }

    // ---- normalization factors (AWS apply_ri table) ------------------------------------------
    void normalizationFactor_matchesAwsTable_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("factor");
        const QList<QPair<QString, double>> table{
            {"t3.nano", 0.25},     {"t3.micro", 0.5},     {"t3.small", 1},       {"t3.medium", 2},
            {"m5.large", 4},       {"m5.xlarge", 8},      {"m5.2xlarge", 16},    {"c5.3xlarge", 24},
            {"m5.4xlarge", 32},    {"r6i.6xlarge", 48},   {"m5.8xlarge", 64},    {"c5.9xlarge", 72},
            {"m4.10xlarge", 80},   {"m5.12xlarge", 96},   {"m5.16xlarge", 128},  {"c5.18xlarge", 144},
            {"m5.24xlarge", 192},  {"m6i.32xlarge", 256}, {"u.56xlarge", 448},   {"u.112xlarge", 896},
            {"a1.metal", 32},      {"z1d.metal", 96},     {"i3.metal", 128},     {"c5n.metal", 144},
            {"m5.metal", 192},     {"u-6tb1.metal", 896},
        };
        for (const auto& [type, factor] : table)
            QTest::newRow(qPrintable(type)) << type << factor;
    }
    void normalizationFactor_matchesAwsTable()
    {
        QFETCH(QString, type);
        QFETCH(double, factor);
        const auto f = normalizationFactor(type.toStdString());
        QVERIFY(f.has_value());
        QCOMPARE(*f, factor);
    }

    void normalizationFactor_unknownSizes_haveNone()
    {
        QVERIFY(!normalizationFactor("x9.metal"));
        QVERIFY(!normalizationFactor("fargate.vcpu"));
        QVERIFY(!normalizationFactor("m5"));
        QVERIFY(!sizeFlexibleFamily("g4dn.xlarge"));
        QVERIFY(sizeFlexibleFamily("m5.xlarge"));
    }

    // ---- Reserved Instances, one clock-hour ---------------------------------------------------
    void reservedInstances_applyAsAwsDocuments_data()
    {
        QTest::addColumn<std::vector<Reservation>>("reservations");
        QTest::addColumn<QStringList>("usage");
        QTest::addColumn<double>("covered");     // instance-hours covered by RIs
        QTest::addColumn<double>("onDemandUnits");
        QTest::addColumn<double>("onDemandUsd"); // at $1 per normalization unit: shows which size was left

        // AWS apply_ri examples.
        QTest::newRow("t2.medium RI covers two t2.small") << std::vector{ri("t2.medium", 1)}
                                                          << QStringList{"2 x t2.small"} << 2.0 << 0.0 << 0.0;
        QTest::newRow("t2.medium RI covers half a t2.large") << std::vector{ri("t2.medium", 1)}
                                                             << QStringList{"1 x t2.large"} << 0.5 << 0.5 << 2.0;
        QTest::newRow("4 m4.large RIs cover 2 m4.xlarge") << std::vector{ri("m4.large", 4)}
                                                          << QStringList{"2 x m4.xlarge"} << 2.0 << 0.0 << 0.0;
        QTest::newRow("c4.large RI covers 50% of a c4.xlarge") << std::vector{ri("c4.large", 1)}
                                                               << QStringList{"1 x c4.xlarge"} << 0.5 << 0.5 << 4.0;
        QTest::newRow("m3.2xlarge RI: 2 large, then 1 of 2 xlarge")
            << std::vector{ri("m3.2xlarge", 1)} << QStringList{"2 x m3.xlarge", "2 x m3.large"} << 3.0 << 1.0 << 8.0;
        QTest::newRow("i3.metal RI covers 1 i3.16xlarge") << std::vector{ri("i3.metal", 1)}
                                                          << QStringList{"1 x i3.16xlarge"} << 1.0 << 0.0 << 0.0;
        QTest::newRow("i3.metal RI covers 2 i3.8xlarge") << std::vector{ri("i3.metal", 1)}
                                                         << QStringList{"2 x i3.8xlarge"} << 2.0 << 0.0 << 0.0;
        QTest::newRow("i3.metal RI covers 4 i3.4xlarge") << std::vector{ri("i3.metal", 1)}
                                                         << QStringList{"4 x i3.4xlarge"} << 4.0 << 0.0 << 0.0;
        // AWS: 1 m4.xlarge RI, 4 m4.xlarge running the whole hour → 1 RI hour + 3 On-Demand hours.
        QTest::newRow("3,600 s per hour: 4 concurrent for an hour") << std::vector{ri("m4.xlarge", 1)}
                                                                    << QStringList{"4 x m4.xlarge"} << 1.0 << 3.0 << 24.0;
        // AWS: 4 instances each 15 minutes in the same hour → all covered.
        QTest::newRow("3,600 s per hour: 4 × 900 s") << std::vector{ri("m4.xlarge", 1)}
                                                     << QStringList{"4 x m4.xlarge 900"} << 1.0 << 0.0 << 0.0;
        // Smallest running size first: 8 units cover the m5.large (4), then 4/16 of the m5.2xlarge.
        QTest::newRow("smallest sizes first") << std::vector{ri("m5.xlarge", 1)}
                                              << QStringList{"1 x m5.2xlarge", "1 x m5.large"} << 1.25 << 0.75 << 12.0;
        // Exact matches only.
        QTest::newRow("zonal RI, other AZ") << std::vector{ri("m5.large", 1, ReservationScope::Zone, "us-east-1b")}
                                            << QStringList{"1 x m5.large"} << 0.0 << 1.0 << 4.0;
        QTest::newRow("zonal RI, same AZ") << std::vector{ri("m5.large", 1, ReservationScope::Zone, "us-east-1a")}
                                           << QStringList{"1 x m5.large"} << 1.0 << 0.0 << 0.0;
        QTest::newRow("zonal RI is not size-flexible")
            << std::vector{ri("m5.xlarge", 1, ReservationScope::Zone, "us-east-1a")} << QStringList{"1 x m5.large"}
            << 0.0 << 1.0 << 4.0;
        QTest::newRow("windows RI is not size-flexible")
            << std::vector{ri("m5.xlarge", 1, ReservationScope::Region, "us-east-1", OperatingSystem::Windows)}
            << QStringList{"1 x m5.large/windows"} << 0.0 << 1.0 << 4.0;
        QTest::newRow("windows RI, same type")
            << std::vector{ri("m5.large", 1, ReservationScope::Region, "us-east-1", OperatingSystem::Windows)}
            << QStringList{"1 x m5.large/windows"} << 1.0 << 0.0 << 0.0;
        QTest::newRow("linux RI does not cover RHEL") << std::vector{ri("m5.large", 1)}
                                                      << QStringList{"1 x m5.large/rhel"} << 0.0 << 1.0 << 4.0;
        QTest::newRow("reservation in another region") << std::vector{ri("m5.large", 1, ReservationScope::Region, "eu-west-1")}
                                                        << QStringList{"1 x m5.large"} << 0.0 << 1.0 << 4.0;
        QTest::newRow("other family") << std::vector{ri("m5.large", 1)} << QStringList{"1 x c5.large"} << 0.0 << 1.0
                                      << 4.0;
        QTest::newRow("excluded family matches exactly") << std::vector{ri("g4dn.xlarge", 1)}
                                                         << QStringList{"1 x g4dn.2xlarge"} << 0.0 << 1.0 << 16.0;
        QTest::newRow("usage above the reservations") << std::vector{ri("m5.large", 2)} << QStringList{"5 x m5.large"}
                                                      << 2.0 << 3.0 << 12.0;
        QTest::newRow("zero usage") << std::vector{ri("m5.large", 2)} << QStringList{} << 0.0 << 0.0 << 0.0;
        QTest::newRow("zonal first, then regional")
            << std::vector{ri("m5.large", 1), ri("m5.large", 1, ReservationScope::Zone, "us-east-1a")}
            << QStringList{"2 x m5.large"} << 2.0 << 0.0 << 0.0;
    }
    void reservedInstances_applyAsAwsDocuments()
    {
        QFETCH(std::vector<Reservation>, reservations);
        QFETCH(QStringList, usage);
        QFETCH(double, covered);
        QFETCH(double, onDemandUnits);
        QFETCH(double, onDemandUsd);
        const auto u = lines(usage);
        auto setup = setupWith(reservations, u);
        setup.prices["m5.large"].onDemandHourly = 4; // the zero-usage row has no usage to price it from
        const auto bill = billUsage(setup, {u});
        QVERIFY2(bill.ok(), bill.ok() ? "" : bill.error().message.c_str());
        QVERIFY_NEAR(bill->totals.reservedCoveredUnits, covered, 1e-9);
        QVERIFY_NEAR(bill->totals.onDemandUnits, onDemandUnits, 1e-9);
        QVERIFY_NEAR(bill->totals.onDemand, onDemandUsd, 1e-9);
    }

    void reservation_isPaidEveryHour_usedOrNot()
    {
        Reservation r = ri("m5.large", 2);
        r.upfront = 252;
        r.hourly = 0.029;
        BillSetup s;
        s.region = "us-east-1";
        s.prices["m5.large"].onDemandHourly = 0.096;
        s.reservations = {r};
        const auto bill = billUsage(s, {{}, lines({"1 x m5.large"}), {}});
        QVERIFY(bill.ok());
        QCOMPARE(bill->hours.size(), std::size_t(3));
        const double fee = 2 * (252.0 / 8760 + 0.029);
        for (const auto& h : bill->hours) {
            QVERIFY_NEAR(h.reservedFee, fee, 1e-12);
            QVERIFY_NEAR(h.total, fee, 1e-12);
        }
        QCOMPARE(bill->hours[1].reservedCoveredUnits, 1.0);
        QVERIFY_NEAR(bill->hours[1].reservedCovered, 0.096, 1e-12);
    }

    void reservedListValue_awsT2SmallExample()
    {
        // AWS: 1-year Partial Upfront t2.small, $60 upfront + $0.007/h → list value $121.32.
        Reservation r = ri("t2.small", 1);
        r.upfront = 60;
        r.hourly = 0.007;
        QVERIFY_NEAR(r.listValue(), 121.32, 1e-9);
    }

    // ---- Savings Plans: AWS's sp-applying scenarios ------------------------------------------
    void savingsPlans_awsWorkedScenarios_data()
    {
        QTest::addColumn<double>("computeCommitment");
        QTest::addColumn<double>("ec2R5Commitment");
        QTest::addColumn<double>("r5Reservations");
        QTest::addColumn<double>("onDemand");
        QTest::addColumn<double>("used");
        QTest::newRow("no commitment: $59.10 On-Demand") << 0.0 << 0.0 << 0.0 << 59.10 << 0.0;
        QTest::newRow("$50/h Compute SP covers everything at $47.13") << 50.0 << 0.0 << 0.0 << 0.0 << 47.125;
        QTest::newRow("$2/h Compute SP: $56.24 On-Demand") << 2.0 << 0.0 << 0.0 << 56.24 << 2.0;
        QTest::newRow("$19.60/h Compute SP: $32.70 On-Demand") << 19.60 << 0.0 << 0.0 << 32.70 << 19.60;
        QTest::newRow("2 RIs + $18.20/h Compute SP: $32.70") << 18.20 << 0.0 << 2.0 << 32.70 << 18.20;
        QTest::newRow("$3/h EC2 Instance SP (uses $2.40) + $16.80/h Compute SP: $32.70")
            << 16.80 << 3.0 << 0.0 << 32.70 << 19.20;
    }
    void savingsPlans_awsWorkedScenarios()
    {
        QFETCH(double, computeCommitment);
        QFETCH(double, ec2R5Commitment);
        QFETCH(double, r5Reservations);
        QFETCH(double, onDemand);
        QFETCH(double, used);
        BillSetup s = awsSavingsPlanExample();
        if (computeCommitment > 0)
            s.savingsPlans.push_back({SavingsPlanKind::Compute, "", "", computeCommitment});
        if (ec2R5Commitment > 0)
            s.savingsPlans.push_back({SavingsPlanKind::Ec2Instance, "r5", "us-east-1", ec2R5Commitment});
        if (r5Reservations > 0)
            s.reservations.push_back(ri("r5.4xlarge", r5Reservations));
        const auto bill = billUsage(s, {awsSavingsPlanUsage()});
        QVERIFY2(bill.ok(), bill.ok() ? "" : bill.error().message.c_str());
        // AWS rounds to cents.
        QVERIFY_NEAR(bill->totals.onDemand, onDemand, 0.005);
        QVERIFY_NEAR(bill->totals.savingsPlanUsed, used, 1e-9);
        QVERIFY_NEAR(bill->totals.savingsPlanUnused, computeCommitment + ec2R5Commitment - used, 1e-9);
        QVERIFY_NEAR(bill->totals.total, bill->totals.onDemand + bill->totals.reservedFee + computeCommitment +
                                             ec2R5Commitment, 1e-9);
    }

    void savingsPlans_equalSavings_lowerRateFirst()
    {
        // r5 ($2.80 at SP rates), then Fargate GB ($0.003, 25 %) before vCPU ($0.03, 25 %):
        // $7.60 covers the 4 r5 and all 1,600 GB, and no vCPU.
        BillSetup s = awsSavingsPlanExample();
        s.savingsPlans.push_back({SavingsPlanKind::Compute, "", "", 7.60});
        const auto bill = billUsage(s, {awsSavingsPlanUsage()});
        QVERIFY(bill.ok());
        QVERIFY_NEAR(bill->totals.savingsPlanCoveredUnits, 4.0 + 1600.0, 1e-6);
    }

    void savingsPlans_commitmentDoesNotCarryOver()
    {
        BillSetup s;
        s.region = "us-east-1";
        s.prices["m5.large"] = {0.096, 0.068, std::nullopt};
        s.savingsPlans.push_back({SavingsPlanKind::Compute, "", "", 0.068});
        // Hour 0 idle, hour 1 two instances: the idle hour's commitment is lost, not saved for later.
        const auto bill = billUsage(s, {{}, lines({"2 x m5.large"})});
        QVERIFY(bill.ok());
        QVERIFY_NEAR(bill->hours[0].savingsPlanUnused, 0.068, 1e-12);
        QVERIFY_NEAR(bill->hours[0].total, 0.068, 1e-12);
        QVERIFY_NEAR(bill->hours[1].savingsPlanCoveredUnits, 1.0, 1e-12);
        QVERIFY_NEAR(bill->hours[1].onDemand, 0.096, 1e-12);
    }

    void savingsPlans_ec2InstancePlan_onlyItsFamilyAndRegion()
    {
        BillSetup s;
        s.region = "us-east-1";
        s.prices["m5.large"] = {0.096, 0.068, 0.06};
        s.prices["c5.large"] = {0.085, 0.06, 0.055};
        s.savingsPlans.push_back({SavingsPlanKind::Ec2Instance, "c5", "us-east-1", 1.0});
        const auto bill = billUsage(s, {lines({"1 x m5.large"})});
        QVERIFY(bill.ok());
        QCOMPARE(bill->totals.savingsPlanCoveredUnits, 0.0);
        QVERIFY_NEAR(bill->totals.onDemand, 0.096, 1e-12);
    }

    void missingPrice_isAnErrorNamingTheTypeAndHowToImport()
    {
        BillSetup s;
        s.region = "us-east-1";
        const auto bill = billUsage(s, {lines({"1 x m5.large"})});
        QVERIFY(!bill.ok());
        QVERIFY(QString::fromStdString(bill.error().message).contains("m5.large"));
        QVERIFY(QString::fromStdString(bill.error().message).contains("prices import"));
    }

    void missingSavingsPlanRate_isAnErrorNamingTheType()
    {
        BillSetup s;
        s.region = "us-east-1";
        s.prices["m5.large"].onDemandHourly = 0.096;
        s.savingsPlans.push_back({SavingsPlanKind::Compute, "", "", 1.0});
        const auto bill = billUsage(s, {lines({"1 x m5.large"})});
        QVERIFY(!bill.ok());
        QVERIFY(QString::fromStdString(bill.error().message).contains("compute_sp_hourly"));
    }

    void fleetHours_billLikeUsageLines()
    {
        BillSetup s;
        s.region = "us-east-1";
        s.prices["m5.large"].onDemandHourly = 0.096;
        s.reservations = {ri("m5.large", 2)};
        // 3.5 instance-hours in hour 0 (2 covered), 1 in hour 1.
        const auto bill = billFleetHours(s, {{{"m5.large", "us-east-1a", 2.0}, {"m5.large", "us-east-1b", 1.5}},
                                             {{"m5.large", "us-east-1c", 1.0}}});
        QVERIFY(bill.ok());
        QVERIFY_NEAR(bill->hours[0].onDemand, 1.5 * 0.096, 1e-12);
        QVERIFY_NEAR(bill->hours[1].onDemand, 0.0, 1e-12);
        QVERIFY_NEAR(bill->totals.reservedCoveredUnits, 3.0, 1e-12);
    }

    // ---- Spot ----------------------------------------------------------------------------------
    void spotBucket_usesTheAdvisorEdges_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("bucket");
        QTest::addColumn<QString>("label");
        QTest::newRow("4.9") << 4.9 << 0 << "<5%";
        QTest::newRow("5") << 5.0 << 1 << "5-10%";
        QTest::newRow("10.9 (edge 11)") << 10.9 << 1 << "5-10%";
        QTest::newRow("11") << 11.0 << 2 << "10-15%";
        QTest::newRow("21.9 (edge 22)") << 21.9 << 3 << "15-20%";
        QTest::newRow("22") << 22.0 << 4 << ">20%";
        QTest::newRow("60") << 60.0 << 4 << ">20%";
    }
    void spotBucket_usesTheAdvisorEdges()
    {
        QFETCH(double, percent);
        QFETCH(int, bucket);
        QFETCH(QString, label);
        const auto b = spotBucketForPercent(percent);
        QCOMPARE(b.index, bucket);
        QCOMPARE(QString::fromStdString(b.label), label);
        QCOMPARE(parseSpotBucket(label.toStdString())->index, bucket);
    }

    void spot_savingsAndHourlyInterruption()
    {
        QVERIFY_NEAR(spotSavingsPercent(0.096, 0.0384), 60.0, 1e-9);
        QCOMPARE(spotSavingsPercent(0, 1), 0.0);
        // 2.5 % a month ↔ p per hour with (1 − p)^730 = 0.975.
        const double p = interruptionProbabilityPerHour(*spotBucket(0));
        QVERIFY_NEAR(std::pow(1 - p, 730), 0.975, 1e-12);
        QVERIFY(!spotBucket(5));
    }

    // ---- usage patterns ------------------------------------------------------------------------
    void usagePattern_hours()
    {
        const auto u = utilization(2, 0.6).hours(10);
        QCOMPARE(std::count(u.begin(), u.end(), 2.0), 6);
        QCOMPARE(std::count(u.begin(), u.end(), 0.0), 4);
        UsagePattern p;
        p.kind = UsagePattern::Kind::Pattern;
        p.baseline = 2;
        p.peak = 6;
        p.peakHoursPerDay = 10;
        const auto week = p.hours(168);
        QCOMPARE(std::count(week.begin(), week.end(), 6.0), 50); // 10 h × 5 weekdays
        QCOMPARE(week[8], 6.0);                                   // Monday 08:00
        QCOMPARE(week[7], 2.0);
        QCOMPARE(week[5 * 24 + 8], 2.0);                          // Saturday
        p.peakWeekdaysOnly = false;
        const auto all = p.hours(168);
        QCOMPARE(std::count(all.begin(), all.end(), 6.0), 70);
        UsagePattern h;
        h.kind = UsagePattern::Kind::Hourly;
        h.hourly = {1, 2, 3};
        QCOMPARE(h.hours(7), (std::vector<double>{1, 2, 3, 1, 2, 3, 1}));
    }

    // ---- comparison ----------------------------------------------------------------------------
    void effectiveHourly_fullUseOverTheTerm_isAwsFigure_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("payment");
        QTest::addColumn<double>("effective");
        // aws-facts.md §2.6, m5.large, "effective $/h (computed)" = upfront / term hours + hourly.
        QTest::newRow("1yr no") << 1 << "no_upfront" << 0.060000;
        QTest::newRow("1yr partial") << 1 << "partial_upfront" << 0.057767;
        QTest::newRow("1yr all") << 1 << "all_upfront" << 0.056393;
        QTest::newRow("3yr no") << 3 << "no_upfront" << 0.041000;
        QTest::newRow("3yr partial") << 3 << "partial_upfront" << 0.038216;
        QTest::newRow("3yr all") << 3 << "all_upfront" << 0.036111;
    }
    void effectiveHourly_fullUseOverTheTerm_isAwsFigure()
    {
        QFETCH(int, years);
        QFETCH(QString, payment);
        QFETCH(double, effective);
        UsagePattern one;
        one.instances = 1;
        const CostPlan plan = m5LargePlan(12 * years, one);
        const auto c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(c.ok());
        const auto it = std::find_if(c->options.begin(), c->options.end(), [&](const OptionResult& r) {
            return r.option.kind == PlanOption::Kind::Reserved && r.option.termYears == years &&
                   r.option.payment == payment.toStdString();
        });
        QVERIFY(it != c->options.end());
        QVERIFY_NEAR(*it->effectiveHourly, effective, 5e-7);
        QVERIFY_NEAR(*it->rateEffectiveHourly, effective, 5e-7);
        // On-Demand for the same hours: 0.096 × term hours.
        QVERIFY_NEAR(c->options.front().total, 0.096 * 8760 * years, 1e-6);
    }

    void breakEvenMonth_issueFormula_data()
    {
        QTest::addColumn<double>("upfront");
        QTest::addColumn<double>("hourly");
        QTest::addColumn<double>("utilization");
        QTest::addColumn<double>("termMonths");
        QTest::addColumn<double>("expected"); // -1 = null
        // upfront / (0.096 × u − hourly) / 730, m5.large AWS prices.
        QTest::newRow("1yr partial, full use") << 252.0 << 0.029 << 1.0 << 12.0 << 252 / (0.096 - 0.029) / 730;
        QTest::newRow("1yr all, full use") << 494.0 << 0.0 << 1.0 << 12.0 << 494 / 0.096 / 730;
        QTest::newRow("3yr all, full use") << 949.0 << 0.0 << 1.0 << 36.0 << 949 / 0.096 / 730;
        QTest::newRow("no upfront, cheaper from hour one: 0") << 0.0 << 0.060 << 1.0 << 12.0 << 0.0;
        QTest::newRow("no upfront at 60%: never (null)") << 0.0 << 0.060 << 0.6 << 12.0 << -1.0;
        QTest::newRow("1yr all at 60%: 11.7 months") << 494.0 << 0.0 << 0.6 << 12.0 << 494 / 0.0576 / 730;
        QTest::newRow("1yr partial at 60%: 12.07 > term: null") << 252.0 << 0.029 << 0.6 << 12.0 << -1.0;
    }
    void breakEvenMonth_issueFormula()
    {
        QFETCH(double, upfront);
        QFETCH(double, hourly);
        QFETCH(double, utilization);
        QFETCH(double, termMonths);
        QFETCH(double, expected);
        const auto m = breakEvenMonth(upfront, 0.096 * utilization, hourly, termMonths);
        if (expected < 0) {
            QVERIFY(!m.has_value());
        } else {
            QVERIFY(m.has_value());
            QVERIFY_NEAR(*m, expected, 1e-9);
        }
    }

    void comparison_at60PercentUtilization_breakEvenThroughTheEngine()
    {
        const CostPlan plan = m5LargePlan(12, utilization(1, 0.6));
        const auto c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(c.ok());
        QVERIFY_NEAR(c->instanceHours, 0.6 * 8760, 1e-9);
        const auto byName = [&](const std::string& name) {
            return *std::find_if(c->options.begin(), c->options.end(), [&](const auto& r) { return r.name == name; });
        };
        QVERIFY_NEAR(byName("On-Demand").total, 0.096 * 5256, 1e-6);
        QVERIFY_NEAR(*byName("RI 1yr standard all upfront").breakEvenMonth, 494 / 0.0576 / 730, 1e-9);
        QVERIFY(!byName("RI 1yr standard no upfront").breakEvenMonth);
        // The 1-year no-upfront RI costs 0.06 × 8760 = 525.60, more than On-Demand's 504.58.
        QVERIFY_NEAR(byName("RI 1yr standard no upfront").savings, 0.096 * 5256 - 0.06 * 8760, 1e-6);
        // Cumulative ends at the total; the upfront lands in month 1.
        const auto all = byName("RI 1yr standard all upfront");
        QVERIFY_NEAR(all.cost.cumulative.back(), all.total, 1e-9);
        QVERIFY_NEAR(all.cost.monthly.front(), 494.0, 1e-9); // all upfront: nothing per hour
        QVERIFY_NEAR(all.cost.monthly[1], 0.0, 1e-9);
        // 3-year options are kept, with a note about the fees owed after a 12-month horizon.
        QVERIFY(!byName("RI 3yr standard no upfront").note.empty());
    }

    void comparison_zeroUsage_onlyCommitmentsCost()
    {
        const CostPlan plan = m5LargePlan(12, utilization(0, 0.5));
        const auto c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(c.ok());
        QCOMPARE(c->instanceHours, 0.0);
        for (const auto& o : c->options) {
            QVERIFY(!o.effectiveHourly.has_value());
            QVERIFY(o.total >= 0);
        }
        QCOMPARE(c->options.front().total, 0.0);
        QVERIFY(c->recommendation);
        QCOMPARE(c->recommendation->reservedCount, 0.0);
        QCOMPARE(c->recommendation->cost.total, 0.0);
    }

    void comparison_explicitOptionWithoutPrice_isAnErrorNamingTheOption()
    {
        CostPlan plan = m5LargePlan(12, utilization(1, 1));
        PlanOption conv;
        conv.kind = PlanOption::Kind::Reserved;
        conv.offeringClass = "convertible";
        conv.payment = "all_upfront";
        plan.options = {conv};
        plan.defaultOptionSet = false;
        const auto c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(!c.ok());
        QCOMPARE(QString::fromStdString(c.error().location), QString("plan.json: field \"options[0]\""));
        QVERIFY(QString::fromStdString(c.error().message).contains("prices import"));
    }

    void resolvePrices_noOnDemandAnywhere_namesTypeAndImport()
    {
        CostPlan plan = m5LargePlan(12, utilization(1, 1));
        plan.prices.onDemandHourly.reset();
        const auto r = resolvePrices(plan, [] {
            return Result<catalog::InstancePrice>(Error{ErrorCode::NotFound, "no price for m5.large in us-east-1 (linux); "
                                                                             "import a price file with `archdesk-cli prices import FILE`", {}});
        }, "plan.json");
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().location), QString("plan.json: field \"prices.on_demand_hourly\""));
        QVERIFY(QString::fromStdString(r.error().message).contains("m5.large"));
    }

    void resolvePrices_fillsGapsFromTheCatalog()
    {
        CostPlan plan = m5LargePlan(12, utilization(1, 1));
        plan.prices.reserved.clear();
        int calls = 0;
        const auto r = resolvePrices(plan, [&] {
            ++calls;
            catalog::InstancePrice p;
            p.onDemandHourly = 0.5; // ignored: the plan gives On-Demand
            p.reserved = m5LargeStandard();
            p.source = "test catalog";
            return Result<catalog::InstancePrice>(p);
        }, "plan.json");
        QVERIFY(r.ok());
        QCOMPARE(calls, 1);
        QCOMPARE(r->onDemandHourly, 0.096);
        QCOMPARE(r->reserved.size(), std::size_t(6));
        QVERIFY(QString::fromStdString(r->source).contains("test catalog"));
    }

    // ---- recommendation: the k-th RI rule ----------------------------------------------------
    void recommendation_kthReservation_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QVector<double>>("hourly");
        QTest::addColumn<double>("reserved");
        QTest::addColumn<QString>("payment");
        QTest::addColumn<int>("years");
        // 1-year all upfront is the cheapest 1-year RI: 0.056393 / 0.096 = 58.7 % of On-Demand.
        QTest::newRow("60% of hours > 58.7%: reserve 1") << 12 << QVector<double>{1, 1, 0, 1, 0, 1, 1, 0, 1, 0}
                                                         << 1.0 << "all_upfront" << 1;
        QTest::newRow("50% of hours < 58.7%: none") << 12 << QVector<double>{1, 0} << 0.0 << "" << 0;
        // shares ≥1: 100 %, ≥2: 75 %, ≥3: 50 %, ≥4: 25 % → the first two levels pass 58.7 %.
        QTest::newRow("stepped usage: 2 of 4") << 12 << QVector<double>{1, 2, 3, 4} << 2.0 << "all_upfront" << 1;
        // Over 3 years the 3-year all upfront RI (0.036111 / 0.096 = 37.6 %) wins: levels at 50 % pass too.
        QTest::newRow("3-year horizon: 3 of 4") << 36 << QVector<double>{1, 2, 3, 4} << 3.0 << "all_upfront" << 3;
        QTest::newRow("no usage: none") << 12 << QVector<double>{0} << 0.0 << "" << 0;
    }
    void recommendation_kthReservation()
    {
        QFETCH(int, months);
        QFETCH(QVector<double>, hourly);
        QFETCH(double, reserved);
        QFETCH(QString, payment);
        QFETCH(int, years);
        UsagePattern u;
        u.kind = UsagePattern::Kind::Hourly;
        u.hourly = std::vector<double>(hourly.begin(), hourly.end());
        const CostPlan plan = m5LargePlan(months, u);
        const auto c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(c.ok());
        QVERIFY(c->recommendation);
        const Recommendation& r = *c->recommendation;
        QCOMPARE(r.reservedCount, reserved);
        if (reserved > 0) {
            QCOMPARE(QString::fromStdString(r.mix.reserved->payment), payment);
            QCOMPARE(r.mix.reserved->termYears, years);
        }
        // The mix never costs more than all On-Demand.
        QVERIFY(r.cost.total <= r.onDemandTotal + 1e-9);
        QVERIFY(!r.summary.empty());
    }

    void recommendation_spotForBurst_onlyWhenAllowed()
    {
        UsagePattern p;
        p.kind = UsagePattern::Kind::Pattern;
        p.baseline = 2;
        p.peak = 6;
        p.peakHoursPerDay = 10;
        CostPlan plan = m5LargePlan(12, p);
        plan.prices.spotHourly = 0.035;
        auto c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(c.ok());
        QCOMPARE(c->recommendation->reservedCount, 2.0);
        QCOMPARE(c->recommendation->spotInstances, 0.0);
        plan.allowSpot = true;
        c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(c.ok());
        QCOMPARE(c->recommendation->reservedCount, 2.0);
        QCOMPARE(c->recommendation->spotInstances, 4.0);
        // Burst hours: 50 of every 168, 4 instances above the baseline on Spot instead of On-Demand.
        const auto& week = c->recommendation->cost.coverage;
        QCOMPARE(week[8].spot, 4.0);
        QCOMPARE(week[8].reserved, 2.0);
        QCOMPARE(week[0].spot, 0.0);
    }

    void recommendation_cheaperSavingsPlan_winsTheLevels()
    {
        CostPlan plan = m5LargePlan(12, utilization(3, 1));
        plan.prices.reserved = {riPrice(1, "standard", "no_upfront", 0, 0.060)};
        plan.prices.computeSpHourly = 0.05;
        const auto c = compareOptions(plan, resolved(plan), "plan.json");
        QVERIFY(c.ok());
        QCOMPARE(c->recommendation->reservedCount, 0.0);
        QCOMPARE(c->recommendation->savingsPlanInstances, 3.0);
        QVERIFY_NEAR(c->recommendation->mix.savingsPlanCommitment, 0.15, 1e-12);
        QVERIFY_NEAR(c->recommendation->cost.total, 0.15 * 8760, 1e-6);
    }
};

QTEST_MAIN(TstBilling)
#include "tst_billing.moc"
