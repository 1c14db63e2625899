#pragma once
// ReviewQueue: today's cards in Anki's order — learning cards when due, reviews with new cards spread among
// them, within the daily limits for new cards and reviews.

#include <optional>
#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/study/card_collection.h"
#include "core/util/result.h"

namespace archdesk::core::study {

struct StudyLimits
{
    int newPerDay = 20;
    int reviewsPerDay = 200;
    EpochMs learnAheadMs = 20 * kMsPerMinute; // when nothing else is left, learning steps due this soon are shown
};

// What the database says was already studied today (UTC day).
struct StudiedToday
{
    int newCards = 0; // first reviews of new cards
    int reviews = 0;  // first review today of cards that were not new
};
Result<StudiedToday> studiedToday(store::Database& db, EpochMs now);

struct QueueCounts
{
    int newLeft = 0;
    int learning = 0;
    int review = 0;
    int total() const { return newLeft + learning + review; }
};

class ReviewQueue
{
public:
    // deck: only cards matching it (nullptr = all). Suspended and buried cards never enter the queue.
    ReviewQueue(const CardCollection& cards, EpochMs now, const StudyLimits& limits, const StudiedToday& done,
                const CardQuery* deck = nullptr);

    QueueCounts counts() const;
    // The card to show now; `answered` is how many cards were answered in this session (spreads the new ones).
    std::optional<std::string> next(EpochMs now, int answered) const;

private:
    struct Item
    {
        std::string id;
        EpochMs due;
    };
    std::vector<Item> m_learning; // by due
    std::vector<Item> m_review;   // by due
    std::vector<std::string> m_new; // collection order
    int m_newLeft = 0;
    int m_reviewLeft = 0;
    EpochMs m_learnAhead;
};

} // namespace archdesk::core::study
