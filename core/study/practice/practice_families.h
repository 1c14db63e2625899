#pragma once
// The generators of the practice families (one function each; see practice_generator.h).

#include "core/study/question.h"
#include "core/util/random.h"

namespace archdesk::core::study::practice {

Question generateStepPolicy(Rng& rng);
Question generateTargetTracking(Rng& rng);
Question generatePercentRounding(Rng& rng);
Question generateRiCoverage(Rng& rng);
Question generateCheapestOption(Rng& rng);
Question generateFsrsHard(Rng& rng);

} // namespace archdesk::core::study::practice
