#pragma once
// ScalingPlan: everything a scaling simulation needs — group, instance, load balancer, policies,
// scheduled actions, demand, faults and prices — as read from a *.archdesk-plan.json file.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/billing/commitment.h"
#include "core/scaling/demand.h"
#include "core/scaling/load_balancer.h"
#include "core/scaling/scaling_policy.h"
#include "core/scaling/scheduled_action.h"
#include "core/util/result.h"
#include "core/util/time.h"

namespace archdesk::core::scaling {

struct InstanceSpec
{
    std::string type = "m5.large";
    double capacityRps = 100;   // requests per second one instance serves at 100 % CPU
    int launchSeconds = 120;    // Pending → InService
    int warmupSeconds = 300;    // InService → counted in the group's metrics
    double onDemandHourly = 0;  // USD per hour (plan-given; the catalog's price when not given and known)
    double spotHourly = 0;      // USD per hour for the Spot share
};

struct GroupSpec
{
    int minSize = 1;
    int maxSize = 10;
    int desired = 2;
    std::vector<std::string> azs;
    int healthCheckGraceSeconds = 300;
    int defaultCooldownSeconds = 300;
    double spotShare = 0;            // fraction of launches that are Spot
    int protectedInstances = 0;      // this many of the initial instances are protected from scale-in
    // Constants AWS publishes as rules but which we keep configurable:
    double replacementBatchFraction = 0.1; // unhealthy replacement: at most this × desired at a time (≥ 1)
    double rebalanceOvershootFraction = 0.1; // AZ rebalancing may exceed max by max(this × max, 1)
    int spotNoticeSeconds = 120;
};

enum class FaultKind { AzOutage, InstanceFailure, SpotInterruption };

struct Fault
{
    FaultKind kind = FaultKind::AzOutage;
    std::string az;      // AzOutage
    EpochMs start = 0;   // AzOutage
    EpochMs end = 0;     // AzOutage
    double ratePerHour = 0; // InstanceFailure: per in-service instance; SpotInterruption: per Spot instance
};

// How the fleet is bought: reservations and Savings Plans the billing engine applies to the simulated
// On-Demand hours (the Spot share is priced at instance.spot_hourly).
struct PurchaseOptions
{
    std::string region; // default: the region of the first AZ
    std::vector<billing::Reservation> reservations;
    std::vector<billing::SavingsPlan> savingsPlans;
    double computeSpRate = 0; // USD per instance-hour under a Compute Savings Plan
    double ec2SpRate = 0;     // USD per instance-hour under an EC2 Instance Savings Plan

    double savingsPlanRate(billing::SavingsPlanKind kind) const
    {
        return kind == billing::SavingsPlanKind::Compute ? computeSpRate : ec2SpRate;
    }
};

// The plan's Region: purchase.region when given, else the Region of the first AZ, else us-east-1.
std::string planRegion(const std::string& purchaseRegion, const std::vector<std::string>& azs);

struct ScalingPlan
{
    std::string name;
    EpochMs start = 0;
    double durationHours = 24;
    int stepSeconds = 60;
    std::uint64_t seed = 1;
    DemandSpec demand;
    InstanceSpec instance;
    GroupSpec group;
    LoadBalancerSpec loadBalancer;
    std::vector<ScalingPolicy> policies;
    std::vector<ScheduledAction> scheduled;
    std::vector<Fault> faults;
    PurchaseOptions purchase;

    std::int64_t steps() const;
    std::string region() const { return planRegion(purchase.region, group.azs); }
};

// Reads and checks a plan; every problem names the file and field. CSV demand paths are relative to
// the plan file's folder.
Result<ScalingPlan> parsePlan(const nlohmann::json& document, const std::string& file);
Result<ScalingPlan> loadPlan(const std::string& file);

// All problems at once (for the GUI, which shows each beside its field), and the plan as read: valid when
// problems is empty. With csvCache, an unchanged CSV demand file is not read again.
struct PlanCheck
{
    ScalingPlan plan;
    std::vector<Error> problems;
};
PlanCheck checkPlan(const nlohmann::json& document, const std::string& file, DemandCsvCache* csvCache = nullptr);

nlohmann::json planToJson(const ScalingPlan& plan);

} // namespace archdesk::core::scaling
