// Exam assembly speed: a 75-question SAP-C02 exam from a synthetic 10,000-question bank, with a history in
// which half the bank has been seen (target ≤ 5 ms, design.md §5).
#include "core/study/exam_assembly.h"

#include <benchmark/benchmark.h>

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

Blueprint sapC02()
{
    Blueprint bp;
    bp.id = "sap-c02";
    bp.questions = 75;
    bp.minutes = 180;
    bp.passingScaled = 750;
    bp.domains = {{"c02-d1", "Organizational Complexity", 0.26, {}},
                  {"c02-d2", "New Solutions", 0.29, {}},
                  {"c02-d3", "Continuous Improvement", 0.25, {}},
                  {"c02-d4", "Migration and Modernization", 0.20, {}}};
    return bp;
}

std::vector<Question> syntheticBank(const Blueprint& bp, int size)
{
    std::vector<Question> bank;
    bank.reserve(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        Question q;
        q.id = "q-synthetic-" + std::to_string(i);
        q.stem = "Which design meets these requirements with the LEAST operational overhead?";
        q.options = {{"A", "a", true, "why a"},
                     {"B", "b", false, "why b"},
                     {"C", "c", false, "why c"},
                     {"D", "d", false, "why d"}};
        q.domains[bp.id] = bp.domains[static_cast<std::size_t>(i) % bp.domains.size()].id;
        q.domains["sap-legacy"] = "legacy-d" + std::to_string(1 + i % 8);
        bank.push_back(std::move(q));
    }
    return bank;
}

void BM_AssembleFullExam(benchmark::State& state)
{
    const Blueprint bp = sapC02();
    const auto bank = syntheticBank(bp, static_cast<int>(state.range(0)));
    QuestionHistory history;
    for (std::size_t i = 0; i < bank.size(); i += 2)
        history.lastSeen[bank[i].id] = static_cast<EpochMs>(i);
    ExamRequest request;
    request.mode.kind = ExamKind::Full;
    std::uint64_t seed = 0;
    for (auto _ : state) {
        request.seed = ++seed;
        auto exam = assembleExam(bp, bank, request, history);
        benchmark::DoNotOptimize(exam);
        if (!exam.ok() || exam->count() != 75)
            state.SkipWithError("assembly failed");
    }
}
BENCHMARK(BM_AssembleFullExam)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
