#pragma once
// Review persistence: a card's FSRS state in the user's database, each review saved in one transaction.

#include <optional>
#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/study/fsrs.h"
#include "core/util/result.h"

namespace archdesk::core::study {

// One row of review_log: the card's state after the review.
struct ReviewLogEntry
{
    std::int64_t id = 0;
    std::string cardId;
    EpochMs reviewedAt = 0;
    Rating rating = Rating::Good;
    MemoryState after;
    std::string source;
};

// The stored state of a card; a card without a row is New.
Result<MemoryState> loadMemoryState(store::Database& db, const std::string& cardId);

// Loads the card's state, schedules the rating and writes card_state and a review_log row in ONE transaction.
// Suspension and burial are kept as they were.
Result<MemoryState> recordReview(store::Database& db, const std::string& cardId, Rating rating, EpochMs now,
                                 const FsrsScheduler& scheduler, const std::string& source = "review");

// Removes the card's latest review and restores the state before it (New when it was the first), in one
// transaction. Returns the restored state; NotFound when the card has no review.
Result<MemoryState> undoLastReview(store::Database& db, const std::string& cardId);

// Every review of a card, oldest first.
Result<std::vector<ReviewLogEntry>> reviewHistory(store::Database& db, const std::string& cardId);

} // namespace archdesk::core::study
