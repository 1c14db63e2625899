#include "core/study/exam_scoring.h"

#include <algorithm>
#include <cmath>

namespace archdesk::core::study {

std::string normalizeAnswer(std::string_view keys)
{
    std::string out;
    for (char c : keys) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c >= 'A' && c <= 'Z' && out.find(c) == std::string::npos)
            out += c;
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool isAnswerCorrect(const Question& question, std::string_view answer)
{
    const std::string given = normalizeAnswer(answer);
    return !given.empty() && given == normalizeAnswer(question.answerKey());
}

int estimateScaledScore(int correct, int total)
{
    if (total <= 0)
        return kScaledMin;
    const double fraction = std::clamp(static_cast<double>(correct) / total, 0.0, 1.0);
    return static_cast<int>(std::lround(kScaledMin + (kScaledMax - kScaledMin) * fraction));
}

ExamScore scoreExam(const Blueprint& blueprint, const QuestionIndex& questions,
                    const std::vector<MarkedAnswer>& answers)
{
    ExamScore score;
    score.passingScaled = blueprint.passingScaled > 0 ? blueprint.passingScaled : kDefaultPassingScaled;
    for (const Domain& d : blueprint.domains)
        score.domains.push_back({d.id, d.name, d.weight, 0, 0});
    score.correctAt.reserve(answers.size());
    for (const MarkedAnswer& a : answers) {
        const auto found = questions.find(a.questionId);
        if (found == questions.end()) {
            ++score.unknown;
            score.correctAt.push_back(false);
            continue;
        }
        const bool right = isAnswerCorrect(*found->second, a.answer);
        score.correctAt.push_back(right);
        ++score.total;
        if (!normalizeAnswer(a.answer).empty())
            ++score.answered;
        if (right)
            ++score.correct;
        for (DomainScore& d : score.domains)
            if (d.domainId == a.domainId) {
                ++d.total;
                if (right)
                    ++d.correct;
            }
    }
    score.scaledEstimate = estimateScaledScore(score.correct, score.total);
    return score;
}

std::vector<DomainScore> studyPriorities(const ExamScore& score)
{
    std::vector<DomainScore> out;
    for (const DomainScore& d : score.domains)
        if (d.total > 0)
            out.push_back(d);
    const auto cost = [](const DomainScore& d) { return d.weight * (d.total - d.correct) / d.total; };
    std::stable_sort(out.begin(), out.end(),
                     [&](const DomainScore& a, const DomainScore& b) { return cost(a) > cost(b); });
    return out;
}

} // namespace archdesk::core::study
