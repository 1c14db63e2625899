// Fuzzes the plan parsers (cost plan, bill file, scaling plan, policies) and the review-log parser of
// fsrs replay with the same JSON document: each gives a value or field errors, never a crash.
#include <string_view>

#include "core/billing/bill_file.h"
#include "core/billing/cost_plan.h"
#include "core/scaling/policy_json.h"
#include "core/scaling/scaling_plan.h"
#include "core/study/fsrs_replay.h"
#include "core/util/json_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto doc = archdesk::core::parseJson(text, "fuzz.json");
    if (!doc)
        return 0;
    (void)archdesk::core::billing::parseCostPlan(*doc, "fuzz.json");
    (void)archdesk::core::billing::parseBillFile(*doc, "fuzz.json");
    (void)archdesk::core::scaling::parsePlan(*doc, "fuzz.json");
    (void)archdesk::core::scaling::parsePolicies(*doc, "fuzz.json");
    (void)archdesk::core::study::parseReplayInput(*doc, "fuzz.json");
    return 0;
}
