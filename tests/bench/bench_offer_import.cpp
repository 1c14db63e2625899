// Importing a regional EC2 offer file (~450 MB): streaming SAX parse, filter, and one transaction.
//
// The file is synthetic (never committed): make it with
//   python3 scripts/gen_synthetic_offer.py /tmp/catalog-offer-450.json 450
// and point ARCHDESK_BENCH_OFFER at it (that path is the default). Peak memory is measured from
// outside: /usr/bin/time -v ./bench_offer_import --benchmark_filter=Parse
// The target (design.md §5) is peak RSS ≤ 150 MB and ≥ 5× faster than
//   python3 -c "import json,sys; json.load(open(sys.argv[1]))" FILE

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "core/catalog/price_import.h"
#include "core/store/migrations.h"

namespace {

std::string offerPath()
{
    const char* env = std::getenv("ARCHDESK_BENCH_OFFER");
    return env ? env : "/tmp/catalog-offer-450.json";
}

void BM_ParseOfferFile(benchmark::State& state)
{
    const std::string path = offerPath();
    if (!std::filesystem::exists(path)) {
        state.SkipWithError("no offer file: run scripts/gen_synthetic_offer.py first");
        return;
    }
    std::size_t types = 0;
    for (auto _ : state) {
        auto parsed = archdesk::core::catalog::readPriceFile(path, {});
        if (!parsed) {
            state.SkipWithError(parsed.error().describe().c_str());
            return;
        }
        types = parsed->prices.size();
        benchmark::DoNotOptimize(types);
    }
    state.counters["prices"] = static_cast<double>(types);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * std::filesystem::file_size(path)));
}
BENCHMARK(BM_ParseOfferFile)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ImportOfferFile(benchmark::State& state)
{
    const std::string path = offerPath();
    if (!std::filesystem::exists(path)) {
        state.SkipWithError("no offer file: run scripts/gen_synthetic_offer.py first");
        return;
    }
    const std::string dbPath = (std::filesystem::temp_directory_path() / "archdesk-bench-import.db").string();
    for (auto _ : state) {
        state.PauseTiming();
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(dbPath + suffix);
        auto db = archdesk::core::store::openUserDatabase(dbPath);
        state.ResumeTiming();
        auto r = archdesk::core::catalog::importPriceFile(path, *db, {}, 0);
        if (!r) {
            state.SkipWithError(r.error().describe().c_str());
            return;
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * std::filesystem::file_size(path)));
}
BENCHMARK(BM_ImportOfferFile)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

BENCHMARK_MAIN();
