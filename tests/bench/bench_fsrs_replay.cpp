// FSRS replay throughput, to set against ts-fsrs on the same file (`node ref.mjs --bench FILE` in the harness).
//   ARCHDESK_BENCH_FSRS_FILE=bench_100k.json ./bench_fsrs_replay
// Without the variable it uses the 300-card test fixture. Counters are reviews per second.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstdio>

#include "core/study/fsrs_replay.h"
#include "core/util/json_file.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

std::string inputPath()
{
    const char* env = std::getenv("ARCHDESK_BENCH_FSRS_FILE");
    return env && *env ? env : ARCHDESK_TESTS_DIR "/core/fixtures/fsrs/reviews300.json";
}

const ReplayInput& input()
{
    static const ReplayInput parsed = [] {
        auto json = readJsonFile(inputPath());
        if (!json) {
            std::fprintf(stderr, "%s\n", json.error().describe().c_str());
            std::exit(2);
        }
        return parseReplayInput(*json, inputPath());
    }();
    return parsed;
}

std::int64_t reviewCount()
{
    std::int64_t n = 0;
    for (const auto& c : input().cards)
        n += static_cast<std::int64_t>(c.reviews.size());
    return n;
}

// Same work as ts-fsrs's "scheduler_only": times already parsed, one scheduler step per review.
void BM_SchedulerOnly(benchmark::State& state)
{
    const auto& cards = input().cards;
    const FsrsScheduler f;
    for (auto _ : state) {
        double checksum = 0;
        for (const auto& card : cards) {
            MemoryState m;
            for (const auto& r : card.reviews)
                m = f.review(m, r.rating, r.time);
            checksum += m.stability + m.difficulty + static_cast<double>(m.scheduledDays);
        }
        benchmark::DoNotOptimize(checksum);
    }
    state.counters["reviews_per_s"] =
        benchmark::Counter(static_cast<double>(reviewCount()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_SchedulerOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// ts-fsrs's "with_output_records": the replay plus R and the ISO formatting of every record.
void BM_ReplayWithOutput(benchmark::State& state)
{
    const FsrsScheduler f;
    for (auto _ : state) {
        auto text = replayToJson(f, input().cards);
        benchmark::DoNotOptimize(text.data());
    }
    state.counters["reviews_per_s"] =
        benchmark::Counter(static_cast<double>(reviewCount()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ReplayWithOutput)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// What `archdesk-cli fsrs replay FILE` does: read, parse, check, replay, format.
void BM_EndToEnd(benchmark::State& state)
{
    const std::string path = inputPath();
    const FsrsScheduler f;
    for (auto _ : state) {
        auto json = readJsonFile(path);
        const auto parsed = parseReplayInput(*json, path);
        auto text = replayToJson(f, parsed.cards);
        benchmark::DoNotOptimize(text.data());
    }
    state.counters["reviews_per_s"] =
        benchmark::Counter(static_cast<double>(reviewCount()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_EndToEnd)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
