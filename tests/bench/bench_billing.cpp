// Billing engine: a 3-year hourly bill (26,280 hours, 50 usage lines an hour, 10 commitments); target ≤ 50 ms.
#include <benchmark/benchmark.h>

#include "core/billing/hourly_biller.h"
#include "core/util/random.h"

using namespace archdesk::core::billing;

namespace {

constexpr std::size_t kHours = 26280;
constexpr std::size_t kLinesPerHour = 50;

struct Fixture
{
    BillSetup setup;
    std::vector<UsageKey> keys;
    std::vector<std::vector<KeyedUsage>> keyed;
    std::vector<std::vector<UsageLine>> lines;
};

Fixture makeFixture()
{
    Fixture f;
    f.setup.region = "us-east-1";
    const char* families[] = {"m5", "c5", "r5", "m6i", "c6i"};
    const char* sizes[] = {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge"};
    const char* azs[] = {"us-east-1a", "us-east-1b"};
    const double base[] = {0.096, 0.085, 0.126, 0.096, 0.085};
    for (int fi = 0; fi < 5; ++fi)
        for (int si = 0; si < 5; ++si) {
            const std::string type = std::string(families[fi]) + "." + sizes[si];
            const double od = base[fi] * (1 << si);
            f.setup.prices[type] = {od, od * 0.72, od * 0.62};
            for (const char* az : azs)
                f.keys.push_back({type, OperatingSystem::Linux, az});
        }
    // 10 commitments: regional size-flexible, zonal and exact RIs, EC2 Instance and Compute plans.
    auto ri = [&](const char* type, double count, ReservationScope scope, const char* az) {
        Reservation r;
        r.instanceType = type;
        r.count = count;
        r.scope = scope;
        r.region = "us-east-1";
        r.az = az;
        r.upfront = 300;
        r.hourly = 0.03;
        f.setup.reservations.push_back(r);
    };
    ri("m5.xlarge", 6, ReservationScope::Region, "");
    ri("c5.2xlarge", 3, ReservationScope::Region, "");
    ri("r5.large", 8, ReservationScope::Zone, "us-east-1a");
    ri("m6i.4xlarge", 2, ReservationScope::Region, "");
    ri("c6i.large", 5, ReservationScope::Zone, "us-east-1b");
    ri("r5.4xlarge", 1, ReservationScope::Region, "");
    f.setup.savingsPlans.push_back({SavingsPlanKind::Ec2Instance, "m5", "us-east-1", 1.5});
    f.setup.savingsPlans.push_back({SavingsPlanKind::Ec2Instance, "r5", "us-east-1", 2.0});
    f.setup.savingsPlans.push_back({SavingsPlanKind::Compute, "", "", 3.0});
    f.setup.savingsPlans.push_back({SavingsPlanKind::Compute, "", "", 1.0});

    archdesk::core::Rng rng(42);
    f.keyed.resize(kHours);
    f.lines.resize(kHours);
    for (std::size_t h = 0; h < kHours; ++h) {
        for (std::size_t l = 0; l < kLinesPerHour; ++l) {
            const auto k = static_cast<std::uint32_t>(l % f.keys.size());
            const double count = static_cast<double>(rng.below(7));
            const double seconds = l % 7 == 0 ? static_cast<double>(60 + rng.below(3541)) : 3600.0;
            UsageLine line{f.keys[k].instanceType, OperatingSystem::Linux, f.keys[k].az, count, seconds, false};
            f.keyed[h].push_back({k, line.billedInstanceSeconds()});
            f.lines[h].push_back(std::move(line));
        }
    }
    return f;
}

const Fixture& fixture()
{
    static const Fixture f = makeFixture();
    return f;
}

void BM_ThreeYearBill_keyed(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state) {
        auto biller = HourlyBiller::create(f.setup, f.keys);
        auto bill = biller->billHours(f.keyed);
        benchmark::DoNotOptimize(bill.totals.total);
    }
}
BENCHMARK(BM_ThreeYearBill_keyed)->Unit(benchmark::kMillisecond);

void BM_ThreeYearBill_usageLines(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state) {
        auto bill = billUsage(f.setup, f.lines);
        benchmark::DoNotOptimize(bill->totals.total);
    }
}
BENCHMARK(BM_ThreeYearBill_usageLines)->Unit(benchmark::kMillisecond);

} // namespace
BENCHMARK_MAIN();
