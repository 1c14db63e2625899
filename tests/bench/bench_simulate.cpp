// The scaling simulator over one year at 60 s steps, 3 AZs, 3 policies, up to 200 instances
// (design.md §5: ≤ 20 ms), with and without the per-step series.
#include <benchmark/benchmark.h>

#include "core/scaling/simulator.h"

using namespace archdesk::core;
using namespace archdesk::core::scaling;

namespace {

ScalingPlan yearPlan()
{
    ScalingPlan p;
    p.name = "bench: one year";
    p.start = *parseIso8601("2026-01-01T00:00:00Z");
    p.durationHours = 8760;
    p.stepSeconds = 60;
    p.seed = 7;
    p.demand.pattern = DemandPattern::Weekly;
    p.demand.baseRps = 2000;
    p.demand.peakRps = 26000; // ~175 instances at the peak at 150 rps each
    p.demand.peakHour = 15;
    p.demand.noisePct = 3;
    p.instance.capacityRps = 150;
    p.instance.launchSeconds = 120;
    p.instance.warmupSeconds = 180;
    p.instance.onDemandHourly = 0.096;
    p.instance.spotHourly = 0.035;
    p.group.minSize = 10;
    p.group.maxSize = 200;
    p.group.desired = 20;
    p.group.azs = {"us-east-1a", "us-east-1b", "us-east-1c"};
    p.group.spotShare = 0.3;
    p.loadBalancer = defaultLoadBalancer(LoadBalancerType::Application);

    ScalingPolicy tt;
    tt.name = "cpu-60";
    tt.type = PolicyType::TargetTracking;
    tt.targetTracking.target = 60;
    ScalingPolicy step;
    step.name = "burst";
    step.type = PolicyType::Step;
    step.adjustmentType = AdjustmentType::PercentChangeInCapacity;
    step.threshold = 85;
    step.alarm = AlarmSpec{MetricKind::CpuPercent, 85, Comparison::GreaterThanOrEqual, 2};
    step.steps = {{0.0, 10.0, 20}, {10.0, std::nullopt, 50}};
    step.minAdjustmentMagnitude = 2;
    ScalingPolicy simple;
    simple.name = "rpt-high";
    simple.type = PolicyType::Simple;
    simple.adjustmentType = AdjustmentType::ChangeInCapacity;
    simple.adjustment = 5;
    simple.alarm = AlarmSpec{MetricKind::RequestsPerTarget, 9000, Comparison::GreaterThan, 3};
    p.policies = {tt, step, simple};

    Fault outage;
    outage.kind = FaultKind::AzOutage;
    outage.az = "us-east-1b";
    outage.start = *parseIso8601("2026-03-10T13:00:00Z");
    outage.end = *parseIso8601("2026-03-10T16:00:00Z");
    Fault failures;
    failures.kind = FaultKind::InstanceFailure;
    failures.ratePerHour = 0.0005;
    Fault spot;
    spot.kind = FaultKind::SpotInterruption;
    spot.ratePerHour = 0.005;
    p.faults = {outage, failures, spot};
    return p;
}

// Runs the plan once per iteration (series recorded when the argument is 1) and reports what it did.
void runYear(benchmark::State& state, const ScalingPlan& plan)
{
    SimulationOptions options;
    options.recordSeries = state.range(0) != 0;
    SimulationResult last;
    for (auto _ : state) {
        last = simulate(plan, options);
        benchmark::DoNotOptimize(last.summary.instanceHours);
    }
    state.counters["max_instances"] = last.summary.maxInstances;
    state.counters["activities"] = last.summary.scalingActivities;
    state.counters["served_pct"] = last.summary.servedPct;
}

void BM_SimulateYear(benchmark::State& state)
{
    runYear(state, yearPlan());
}
BENCHMARK(BM_SimulateYear)->Arg(1)->Arg(0)->ArgNames({"series"})->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Between the two: the same plan with a shallower weekday cycle, ~95 to ~190 instances (under a quarter of the
// churn-heavy year's activities).
void BM_SimulateYearShallowCycle(benchmark::State& state)
{
    ScalingPlan plan = yearPlan();
    plan.demand.baseRps = 14000;
    plan.demand.peakRps = 28000;
    runYear(state, plan);
}
BENCHMARK(BM_SimulateYearShallowCycle)->Arg(1)->Arg(0)->ArgNames({"series"})->Unit(benchmark::kMillisecond)->MinTime(1.0);

// The per-step floor: the same group under constant demand, no faults — almost no activities.
void BM_SimulateYearSteady(benchmark::State& state)
{
    ScalingPlan plan = yearPlan();
    plan.demand.pattern = DemandPattern::Constant;
    plan.demand.noisePct = 0;
    plan.demand.baseRps = 12000;
    plan.faults.clear();
    runYear(state, plan);
}
BENCHMARK(BM_SimulateYearSteady)->Arg(1)->Arg(0)->ArgNames({"series"})->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace
BENCHMARK_MAIN();
