#pragma once
// SimulationResult: what a scaling simulation produced — summary, activity history and per-step series.

#include <cstdint>
#include <string>
#include <vector>

#include "core/util/huge_page_allocator.h"
#include "core/util/time.h"

namespace archdesk::core::scaling {

// One row of the activity history, kept compact; the console-style text is made on demand
// (activityDescription / activityCause) so that a year of activities costs no string work while simulating.
struct Activity
{
    enum class Kind : std::uint8_t { Launch, Terminate };
    enum class Cause : std::uint8_t {
        Policy,           // an alarm triggered a policy that changed desired
        Scheduled,        // a scheduled action changed min/max/desired
        HealthCheck,      // an unhealthy instance taken out of service / its replacement
        SpotInterruption, // a Spot interruption notice / its replacement
        AzOutage,         // lost with its Availability Zone
        Rebalance,        // AZ rebalancing
    };
    EpochMs time = 0;
    Kind kind = Kind::Launch;
    Cause cause = Cause::Policy;
    bool scaleOut = true;   // Policy: the alarm was the high one (target tracking's AlarmHigh)
    bool spot = false;
    int instance = 0;       // instance number; shown as i-…
    int az = 0;             // index into the plan's AZs
    int policy = -1;        // Policy: index; Scheduled: index of the action
    EpochMs causeTime = 0;  // when desired changed (or the fault happened)
    int fromDesired = 0;
    int toDesired = 0;
    int fromCapacity = 0;   // the group's capacity before/after this activity
    int toCapacity = 0;
};

// Per-step series, column by column (one allocation per column for the whole run).
struct SimulationSeries
{
    int azCount = 0;
    LargeVector<float> demand;            // requests per second offered
    LargeVector<float> served;            // requests per second served
    LargeVector<float> unserved;          // demand − served
    LargeVector<float> capacity;          // healthy routed targets × capacity_rps
    LargeVector<float> cpu;               // average CPU % of warmed-up in-service instances (NaN: no datapoint)
    LargeVector<float> requestsPerTarget; // requests per healthy target per minute (NaN: none)
    LargeVector<std::uint16_t> desired;
    // Instances by state and AZ, AZ by AZ: [az × size() + step] (a stretch of steps is one run per AZ).
    LargeVector<std::uint16_t> inService;
    LargeVector<std::uint16_t> pending;
    LargeVector<std::uint16_t> terminating;

    std::size_t size() const { return demand.size(); }
    int inServiceAt(std::size_t step, int az) const { return inService[at(step, az)]; }
    int pendingAt(std::size_t step, int az) const { return pending[at(step, az)]; }
    int terminatingAt(std::size_t step, int az) const { return terminating[at(step, az)]; }

private:
    std::size_t at(std::size_t step, int az) const { return static_cast<std::size_t>(az) * size() + step; }
};

struct SimulationSummary
{
    int maxInstances = 0;          // most instances in the group (Pending + InService) at any step
    double instanceHours = 0;      // billed hours: Pending, InService and Terminating time, per second
    double onDemandHours = 0;
    double spotHours = 0;
    double servedPct = 100;
    double unservedRequests = 0;
    int scalingActivities = 0;     // rows of the activity history
    double cost = 0;               // USD
    double onDemandCost = 0;       // USD of On-Demand usage left after commitments
    double commitmentCost = 0;     // USD of reservation fees and Savings Plan commitments
    double spotCost = 0;           // USD of Spot hours
    bool billedByEngine = false;   // true: the billing engine priced the hours; false: hours × the plan's prices
    std::string costMethod;        // how cost was computed, in words (CLI output)
};

struct SimulationResult
{
    EpochMs start = 0;
    int stepSeconds = 60;
    std::vector<std::string> azs;
    std::vector<std::string> policyNames;
    SimulationSummary summary;
    LargeVector<Activity> activities;
    SimulationSeries series;

    EpochMs timeOf(std::size_t step) const { return start + static_cast<EpochMs>(step) * stepSeconds * kMsPerSecond; }
};

} // namespace archdesk::core::scaling
