#pragma once
// Exam assembly: how many questions each blueprint domain gets and which questions are drawn.

#include "core/study/blueprint.h"
#include "core/study/exam_mode.h"
#include "core/study/question.h"
#include "core/util/result.h"
#include "core/util/time.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace archdesk::core::study {

// What the user has already met, read from past attempts.
struct QuestionHistory
{
    std::unordered_map<std::string, EpochMs> lastSeen; // question id → when it last appeared in an attempt
    std::unordered_set<std::string> mistakes;          // questions whose latest answer was wrong
};

struct ExamRequest
{
    ExamMode mode;
    int count = 0; // questions wanted; Full uses the blueprint's count instead
    std::uint64_t seed = 0;
};

struct DomainCount
{
    std::string domainId;
    int count = 0;
};

struct ExamItem
{
    std::string questionId;
    std::string domainId;
};

struct AssembledExam
{
    std::string blueprintId;
    ExamMode mode;
    std::uint64_t seed = 0;
    int minutes = 0;                    // time allowed: the blueprint's pace applied to this length
    std::vector<DomainCount> perDomain; // in blueprint order, every domain listed (0 when none drawn)
    std::vector<ExamItem> questions;    // presentation order, domains mixed

    int count() const { return static_cast<int>(questions.size()); }
};

// Largest-remainder apportionment of count over weights (any non-negative scale): each share is the floor of
// count × weight / Σweights, and the seats left go to the largest remainders, ties to the earlier entry.
// Weights are rounded to millionths and the arithmetic is done in integers so that ties are exact.
std::vector<int> apportionByWeight(const std::vector<double>& weights, int count);

// As apportionByWeight, but no entry gets more than its capacity; an entry that would is given its capacity
// and the rest is apportioned again over the others. Requires count ≤ Σcapacity.
std::vector<int> apportionWithCapacity(const std::vector<double>& weights, const std::vector<int>& capacity,
                                       int count);

// Draws an exam from bank: per-domain counts by apportionment of the blueprint weights, within each domain
// unseen questions first, then the least recently seen, ties broken by a generator seeded with request.seed;
// then the whole exam is shuffled with the same generator. The same inputs always give the same exam. Full
// and Custom fail when the bank is too small; a drill or a mistakes exam is shortened to what there is.
Result<AssembledExam> assembleExam(const Blueprint& blueprint, const std::vector<Question>& bank,
                                   const ExamRequest& request, const QuestionHistory& history = {});

} // namespace archdesk::core::study
