#pragma once
// StudyStats: the Flashcards statistics — due forecast, reviews per day, true retention and counts by state.

#include <array>
#include <map>
#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/study/card_collection.h"
#include "core/util/result.h"

namespace archdesk::core::study {

struct RetentionCell
{
    int passed = 0;
    int total = 0;
    double rate() const { return total ? static_cast<double>(passed) / total : 0; }
};

struct StudyStats
{
    std::vector<int> dueForecast;            // [0] overdue or due today, [i] due on day today+i; 30 days
    std::map<std::int64_t, int> reviewsPerDay; // UTC day number → reviews, the last 365 days
    // True retention of reviews of cards already learned (not same-day, not first): young = the gap since the
    // previous review was < 21 days, mature ≥ 21. Periods: last 7, 30, 365 days.
    std::array<RetentionCell, 3> young;
    std::array<RetentionCell, 3> mature;
    std::map<std::string, RetentionCell> perDomain; // sap-c02 domain id → retention over the last 365 days
    int newCount = 0, learning = 0, review = 0, suspended = 0;
};

StudyStats computeStudyStats(store::Database& db, const CardCollection& cards, EpochMs now,
                             const std::string& blueprint = "sap-c02");

} // namespace archdesk::core::study
