#include "core/content/content_stats.h"

#include <fmt/format.h>

namespace archdesk::core::content {

ContentStats computeStats(const Content& content)
{
    ContentStats s;
    s.questions = content.questions.size();
    s.cards = content.cards.size();
    for (const auto& b : content.blueprints)
        for (const auto& d : b.domains) {
            s.perDomain[b.id][d.id] = 0;
            s.cardsPerDomain[b.id][d.id] = 0;
        }
    for (const auto& q : content.questions) {
        for (const auto& [blueprint, domain] : q.domains)
            ++s.perDomain[blueprint][domain];
        for (const auto& t : q.tasks)
            ++s.perTask[t];
        for (const auto& svc : q.services)
            ++s.perService[svc];
        ++s.perSelect[q.select == 1 ? "single" : fmt::format("choose {}", q.select)];
    }
    for (const auto& c : content.cards)
        for (const auto& [blueprint, domain] : c.domains)
            ++s.cardsPerDomain[blueprint][domain];
    return s;
}

nlohmann::json statsToJson(const Content& content, const ContentStats& stats)
{
    nlohmann::json blueprints = nlohmann::json::array();
    for (const auto& b : content.blueprints)
        blueprints.push_back({{"id", b.id}, {"name", b.name}, {"questions", b.questions}, {"minutes", b.minutes},
                              {"domains", b.domains.size()}});
    return {{"content_version", content.manifest.contentVersion},
            {"questions", stats.questions},
            {"cards", stats.cards},
            {"blueprints", blueprints},
            {"per_domain", stats.perDomain},
            {"cards_per_domain", stats.cardsPerDomain},
            {"per_task", stats.perTask},
            {"per_service", stats.perService},
            {"per_type", stats.perSelect}};
}

} // namespace archdesk::core::content
