#pragma once
// Readiness: how prepared the user is, per exam domain, from recent exam results and card retention;
// with the day's study counts the dashboard shows.

#include <optional>
#include <string>
#include <vector>

#include "core/content/content.h"
#include "core/store/database.h"
#include "core/study/fsrs.h"
#include "core/util/result.h"

namespace archdesk::core::study {

struct DomainReadiness
{
    std::string domainId;
    std::string name;
    double weight = 0;                 // the blueprint's share of the exam
    std::optional<double> examPercent; // share right in the recent exams' questions of this domain
    int examQuestions = 0;             // how many questions that share rests on
    std::optional<double> recall;      // mean probability of recalling the domain's cards now (unstudied = 0)
    int cards = 0;
    int cardsStudied = 0;
    // 0..1: the mean of the parts that have data; nullopt when neither has any.
    std::optional<double> readiness() const;
};

struct StudySummary
{
    std::vector<DomainReadiness> domains; // blueprint order
    int dueToday = 0;                     // studied cards due by the end of today (UTC), not suspended
    int dueThisWeek = 0;                  // … by the end of the 7th day
    int newAvailable = 0;                 // cards never studied
    int streakDays = 0;                   // consecutive UTC days with a review, up to today (or yesterday)
    int reviewsToday = 0;
    std::vector<int> recentScaledScores;  // last exams of the blueprint, oldest first (at most 10)
    // The domain to work on next: the lowest readiness weighted by how much of the exam it is.
    std::optional<std::string> weakestDomain;
};

// Exams: the last `recentExams` submitted attempts of the blueprint. Cards: every bundled card tagged with
// one of the blueprint's domains, recall from its FSRS state at now.
Result<StudySummary> summarizeStudy(store::Database& db, const content::Content& content,
                                    const std::string& blueprintId, const FsrsScheduler& scheduler, EpochMs now,
                                    int recentExams = 5);

} // namespace archdesk::core::study
