#pragma once
// Generated practice: parametrised question families whose answer key is computed by Archdesk's own
// engines (Auto Scaling policies, normalization factors, reserved pricing, FSRS), so the key is never wrong.

#include <cstdint>
#include <string>
#include <vector>

#include "core/study/question.h"
#include "core/util/random.h"
#include "core/util/result.h"

namespace archdesk::core::study::practice {

struct PracticeFamily
{
    std::string id;          // "step-policy"
    std::string title;       // "Step scaling: the new desired capacity"
    // Builds one question from the generator; the id is assigned by generatePractice.
    Question (*generate)(Rng& rng);
};

// Every family, in a fixed order.
const std::vector<PracticeFamily>& practiceFamilies();

// count questions of the family ("all" mixes every family in turn), deterministic for a seed. Ids are
// "q-gen-<family>-<seed>-<n>". An unknown family is NotFound, naming the known ones.
Result<std::vector<Question>> generatePractice(const std::string& family, int count, std::uint64_t seed);

// Shared by the families: 4 options with the right answer at a random position among distinct
// distractors (texts that equal the answer or each other are replaced by the fallback sequence).
void setOptions(Question& q, Rng& rng, const std::string& right, const std::string& rightWhy,
                std::vector<std::pair<std::string, std::string>> wrong);

} // namespace archdesk::core::study::practice
