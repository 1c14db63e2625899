#include "core/study/practice/practice_generator.h"

#include <algorithm>
#include <fmt/format.h>

#include "core/study/practice/practice_families.h"

namespace archdesk::core::study::practice {

const std::vector<PracticeFamily>& practiceFamilies()
{
    static const std::vector<PracticeFamily> families = {
        {"step-policy", "Step scaling: the new desired capacity", generateStepPolicy},
        {"target-tracking", "Target tracking: the new desired capacity", generateTargetTracking},
        {"percent-rounding", "Percent adjustments: rounding and MinAdjustmentMagnitude", generatePercentRounding},
        {"ri-coverage", "Regional RI size flexibility: how much of the fleet one reservation covers", generateRiCoverage},
        {"cheapest-option", "Purchase options: the cheapest way to pay for a year at a given utilization",
         generateCheapestOption},
        {"fsrs-hard", "Spaced repetition: when a card rated Hard comes due", generateFsrsHard},
    };
    return families;
}

Result<std::vector<Question>> generatePractice(const std::string& family, int count, std::uint64_t seed)
{
    const auto& families = practiceFamilies();
    std::vector<const PracticeFamily*> chosen;
    if (family == "all") {
        for (const auto& f : families)
            chosen.push_back(&f);
    } else {
        const auto it = std::find_if(families.begin(), families.end(), [&](const auto& f) { return f.id == family; });
        if (it == families.end()) {
            std::string known = "all";
            for (const auto& f : families)
                known += ", " + f.id;
            return Error{ErrorCode::NotFound, fmt::format("unknown practice family \"{}\"; expected one of {}", family, known),
                         {}};
        }
        chosen.push_back(&*it);
    }
    if (count < 1 || count > 10000)
        return invalidInput(fmt::format("count {} is out of range; expected 1 to 10000", count));
    Rng rng(seed);
    std::vector<Question> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const PracticeFamily& f = *chosen[static_cast<std::size_t>(i) % chosen.size()];
        Question q = f.generate(rng);
        q.id = fmt::format("q-gen-{}-{}-{}", f.id, seed, i + 1);
        q.tags.push_back("generated");
        q.tags.push_back(f.id);
        out.push_back(std::move(q));
    }
    return out;
}

void setOptions(Question& q, Rng& rng, const std::string& right, const std::string& rightWhy,
                std::vector<std::pair<std::string, std::string>> wrong)
{
    std::vector<std::pair<std::string, std::string>> distinct;
    for (auto& w : wrong) {
        const bool clash = w.first == right || std::any_of(distinct.begin(), distinct.end(),
                                                           [&](const auto& d) { return d.first == w.first; });
        if (!clash)
            distinct.push_back(std::move(w));
        if (distinct.size() == 3)
            break;
    }
    // Families give more distractors than needed; should they still collide, number the fallbacks.
    for (int n = 1; distinct.size() < 3; ++n)
        distinct.push_back({fmt::format("None of the other answers ({})", n), "The correct value is among the others."});
    const auto rightAt = static_cast<std::size_t>(rng.below(4));
    std::size_t w = 0;
    q.options.clear();
    for (std::size_t i = 0; i < 4; ++i) {
        Option o;
        o.key = std::string(1, static_cast<char>('A' + i));
        if (i == rightAt) {
            o.text = right;
            o.correct = true;
            o.why = rightWhy;
        } else {
            o.text = distinct[w].first;
            o.why = distinct[w].second;
            ++w;
        }
        q.options.push_back(std::move(o));
    }
    q.select = 1;
}

} // namespace archdesk::core::study::practice
