#pragma once
// Exam scoring: all-or-nothing marking, raw and per-domain percentages, and the estimated scaled score.

#include "core/study/blueprint.h"
#include "core/study/question.h"
#include "core/study/question_index.h"

#include <string>
#include <string_view>
#include <vector>

namespace archdesk::core::study {

// The lowest and highest scaled scores, and the passing mark when a blueprint does not give one.
inline constexpr int kScaledMin = 100;
inline constexpr int kScaledMax = 1000;
inline constexpr int kDefaultPassingScaled = 750;

// Uppercase keys, sorted, each once: "ca" → "AC". Anything that is not a letter is dropped.
std::string normalizeAnswer(std::string_view keys);

// True when the selected keys are exactly the correct ones: a multiple-response question is all-or-nothing.
bool isAnswerCorrect(const Question& question, std::string_view answer);

// An ESTIMATE of the 100–1000 scaled score from the fraction right: 100 + 900 × correct / total, rounded.
// AWS equates forms and does not publish its mapping; docs/exam-scoring.md explains this choice.
int estimateScaledScore(int correct, int total);

struct MarkedAnswer
{
    std::string questionId;
    std::string domainId;
    std::string answer; // selected keys; empty when unanswered
};

struct DomainScore
{
    std::string domainId;
    std::string name;
    double weight = 0; // the blueprint's share
    int total = 0;
    int correct = 0;
    double percent() const { return total > 0 ? 100.0 * correct / total : 0.0; }
};

struct ExamScore
{
    int total = 0; // questions that could be marked
    int answered = 0;
    int correct = 0;
    int unknown = 0; // questions no longer in the bank: not marked
    int scaledEstimate = kScaledMin;
    int passingScaled = kDefaultPassingScaled;
    std::vector<DomainScore> domains; // blueprint order
    std::vector<bool> correctAt;      // per answer, in the order given

    double rawPercent() const { return total > 0 ? 100.0 * correct / total : 0.0; }
    bool passed() const { return scaledEstimate >= passingScaled; }
};

// The domains to study first: those with questions in the exam, ordered by how much of the exam their wrong
// answers cost (weight × share wrong), largest first; ties keep the blueprint order.
std::vector<DomainScore> studyPriorities(const ExamScore& score);

// Marks answers against the bank. An unanswered question counts as wrong (there is no penalty for guessing).
ExamScore scoreExam(const Blueprint& blueprint, const QuestionIndex& questions,
                    const std::vector<MarkedAnswer>& answers);

} // namespace archdesk::core::study
