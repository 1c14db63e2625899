#pragma once
// FsrsReplay: reads review histories (the `fsrs replay` input) and writes every card's state after each review.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/study/fsrs.h"
#include "core/util/result.h"

namespace archdesk::core::study {

struct ReplayReview
{
    std::string text; // the time as written in the input, echoed in the output
    EpochMs time = 0;
    Rating rating = Rating::Good;
};

struct ReplayCard
{
    nlohmann::json id; // any JSON value
    std::vector<ReplayReview> reviews;
};

struct ReplayInput
{
    std::vector<ReplayCard> cards;
    std::vector<Error> problems; // each "FILE: field "[i].reviews[j].t": …"
    bool ok() const { return problems.empty(); }
};

// Checks the shape [{"card":ID,"reviews":[{"t":ISO with Z or offset,"rating":1..4}]}] and that each card's
// times never go backwards; every problem is collected.
ReplayInput parseReplayInput(const nlohmann::json& document, const std::string& file);

// The card after each of its reviews, in order; all reviews start from a New card.
std::vector<MemoryState> replayCard(const FsrsScheduler& scheduler, const ReplayCard& card);

// The whole output document of design.md §4 ({"meta":…,"cards":[…]}), one card per line.
std::string replayToJson(const FsrsScheduler& scheduler, const std::vector<ReplayCard>& cards);

} // namespace archdesk::core::study
