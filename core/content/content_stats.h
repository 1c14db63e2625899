#pragma once
// Content statistics: counts of questions and cards by blueprint domain, task, service and type.

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/content/content.h"

namespace archdesk::core::content {

struct ContentStats
{
    std::size_t questions = 0;
    std::size_t cards = 0;
    std::map<std::string, std::map<std::string, int>> perDomain;      // blueprint → domain → questions
    std::map<std::string, std::map<std::string, int>> cardsPerDomain; // blueprint → domain → cards
    std::map<std::string, int> perTask;                               // SAP-C02 task → questions
    std::map<std::string, int> perService;                            // service → questions
    std::map<std::string, int> perSelect;                             // "single", "choose 2", "choose 3"
};

ContentStats computeStats(const Content& content);

// The JSON of design.md §4: questions, cards, blueprints[], per_domain, cards_per_domain, per_service, …
nlohmann::json statsToJson(const Content& content, const ContentStats& stats);

} // namespace archdesk::core::content
