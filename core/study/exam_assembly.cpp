#include "core/study/exam_assembly.h"

#include "core/util/random.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numeric>

namespace archdesk::core::study {

namespace {

constexpr double kWeightScale = 1e6;

struct Candidate
{
    std::size_t bankIndex = 0;
    bool seen = false;
    EpochMs lastSeen = 0;
    std::uint64_t tieBreak = 0;
};

// Unseen first, then the least recently seen; the seeded draw orders equals, the bank order settles the rest.
bool drawnBefore(const Candidate& a, const Candidate& b)
{
    if (a.seen != b.seen)
        return !a.seen;
    if (a.lastSeen != b.lastSeen)
        return a.lastSeen < b.lastSeen;
    if (a.tieBreak != b.tieBreak)
        return a.tieBreak < b.tieBreak;
    return a.bankIndex < b.bankIndex;
}

int minutesFor(const Blueprint& blueprint, int count, ExamKind kind)
{
    if (kind == ExamKind::Full || blueprint.questions <= 0)
        return blueprint.minutes;
    // The blueprint's pace, rounded up so that a short exam never gets less time per question.
    const std::int64_t scaled = static_cast<std::int64_t>(blueprint.minutes) * count;
    return static_cast<int>((scaled + blueprint.questions - 1) / blueprint.questions);
}

} // namespace

std::vector<int> apportionByWeight(const std::vector<double>& weights, int count)
{
    const std::size_t n = weights.size();
    std::vector<int> seats(n, 0);
    if (n == 0 || count <= 0)
        return seats;
    std::vector<std::int64_t> units(n);
    for (std::size_t i = 0; i < n; ++i)
        units[i] = std::max<std::int64_t>(0, std::llround(weights[i] * kWeightScale));
    std::int64_t total = std::accumulate(units.begin(), units.end(), std::int64_t{0});
    if (total == 0) {
        // No weights at all: share equally rather than divide by zero.
        std::fill(units.begin(), units.end(), 1);
        total = static_cast<std::int64_t>(n);
    }
    std::vector<std::int64_t> remainder(n);
    int given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t quota = units[i] * count;
        seats[i] = static_cast<int>(quota / total);
        remainder[i] = quota % total;
        given += seats[i];
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    for (int left = count - given, k = 0; left > 0; --left, ++k)
        ++seats[order[static_cast<std::size_t>(k) % n]];
    return seats;
}

std::vector<int> apportionWithCapacity(const std::vector<double>& weights, const std::vector<int>& capacity,
                                       int count)
{
    const std::size_t n = weights.size();
    std::vector<int> seats(n, 0);
    std::vector<bool> capped(n, false);
    int toGive = count;
    for (;;) {
        std::vector<std::size_t> open;
        std::vector<double> openWeights;
        for (std::size_t i = 0; i < n; ++i)
            if (!capped[i]) {
                open.push_back(i);
                openWeights.push_back(weights[i]);
            }
        if (open.empty())
            return seats;
        const std::vector<int> share = apportionByWeight(openWeights, toGive);
        bool anyCapped = false;
        for (std::size_t k = 0; k < open.size(); ++k)
            if (share[k] > capacity[open[k]]) {
                capped[open[k]] = true;
                seats[open[k]] = capacity[open[k]];
                toGive -= capacity[open[k]];
                anyCapped = true;
            }
        if (!anyCapped) {
            for (std::size_t k = 0; k < open.size(); ++k)
                seats[open[k]] = share[k];
            return seats;
        }
    }
}

Result<AssembledExam> assembleExam(const Blueprint& blueprint, const std::vector<Question>& bank,
                                   const ExamRequest& request, const QuestionHistory& history)
{
    const ExamKind kind = request.mode.kind;
    const std::size_t domainCount = blueprint.domains.size();
    if (domainCount == 0)
        return invalidInput(fmt::format("blueprint {} has no domains", blueprint.id));
    std::size_t drillIndex = domainCount;
    if (kind == ExamKind::DomainDrill) {
        for (std::size_t i = 0; i < domainCount; ++i)
            if (blueprint.domains[i].id == request.mode.drillDomain)
                drillIndex = i;
        if (drillIndex == domainCount)
            return Error{
                ErrorCode::NotFound,
                fmt::format("blueprint {} has no domain \"{}\"", blueprint.id, request.mode.drillDomain),
                {}};
    }
    int wanted = kind == ExamKind::Full ? blueprint.questions : request.count;
    if (wanted <= 0)
        return invalidInput(fmt::format("an exam needs at least one question (asked for {})", wanted));

    // The pool: every question filed under one of this blueprint's domains, narrowed by the mode.
    Rng rng(request.seed);
    std::vector<std::vector<Candidate>> pools(domainCount);
    for (std::size_t qi = 0; qi < bank.size(); ++qi) {
        const Question& q = bank[qi];
        const auto filed = q.domains.find(blueprint.id);
        if (filed == q.domains.end())
            continue;
        std::size_t di = 0;
        while (di < domainCount && blueprint.domains[di].id != filed->second)
            ++di;
        if (di == domainCount)
            continue;
        if (kind == ExamKind::DomainDrill && di != drillIndex)
            continue;
        if (kind == ExamKind::Mistakes && !history.mistakes.contains(q.id))
            continue;
        Candidate c;
        c.bankIndex = qi;
        if (const auto seen = history.lastSeen.find(q.id); seen != history.lastSeen.end()) {
            c.seen = true;
            c.lastSeen = seen->second;
        }
        // Drawn for every candidate, in bank order, so the sequence depends only on the seed and the pool.
        c.tieBreak = rng.next();
        pools[di].push_back(c);
    }

    std::vector<int> capacity(domainCount);
    int available = 0;
    for (std::size_t i = 0; i < domainCount; ++i) {
        capacity[i] = static_cast<int>(pools[i].size());
        available += capacity[i];
    }
    if (available == 0)
        return invalidInput(
            kind == ExamKind::Mistakes
                ? std::string("there are no mistakes to practise yet: every question you answered "
                              "in a submitted exam was right")
                : fmt::format("there are no questions for blueprint {}", blueprint.id));
    if (wanted > available) {
        if (kind == ExamKind::Full || kind == ExamKind::Custom)
            return invalidInput(fmt::format("asked for {} questions but blueprint {} has only {} in the bank",
                                            wanted, blueprint.id, available));
        wanted = available;
    }

    std::vector<double> weights(domainCount);
    for (std::size_t i = 0; i < domainCount; ++i)
        weights[i] = blueprint.domains[i].weight;
    const std::vector<int> counts = apportionWithCapacity(weights, capacity, wanted);

    AssembledExam exam;
    exam.blueprintId = blueprint.id;
    exam.mode = request.mode;
    exam.seed = request.seed;
    exam.minutes = minutesFor(blueprint, wanted, kind);
    exam.questions.reserve(static_cast<std::size_t>(wanted));
    for (std::size_t i = 0; i < domainCount; ++i) {
        exam.perDomain.push_back({blueprint.domains[i].id, counts[i]});
        auto& pool = pools[i];
        const auto take = static_cast<std::ptrdiff_t>(counts[i]);
        std::partial_sort(pool.begin(), pool.begin() + take, pool.end(), drawnBefore);
        for (std::ptrdiff_t k = 0; k < take; ++k)
            exam.questions.push_back(
                {bank[pool[static_cast<std::size_t>(k)].bankIndex].id, blueprint.domains[i].id});
    }
    // Fisher–Yates with our own generator: std::shuffle's draws differ between standard libraries.
    for (std::size_t i = exam.questions.size(); i > 1; --i)
        std::swap(exam.questions[i - 1], exam.questions[rng.below(i)]);
    return exam;
}

} // namespace archdesk::core::study
