#pragma once
// FlashcardsSession: the Flashcards page's shared state — the card collection, the scheduler, today's limits
// and the undo stack of reviews — with every change written to the database when it is made.

#include <QObject>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

#include "core/study/card_collection.h"
#include "core/study/fsrs.h"
#include "core/study/review_queue.h"

namespace archdesk::core::store {
class Database;
}

namespace archdesk::ui {

struct AppState;

class FlashcardsSession final : public QObject
{
    Q_OBJECT
public:
    FlashcardsSession(AppState& state, QObject* parent = nullptr);

    bool ready() const { return m_cards.has_value(); }
    QString problem() const { return m_problem; }

    core::EpochMs now() const { return m_now(); }
    void setClock(std::function<core::EpochMs()> now) { m_now = std::move(now); }

    core::store::Database* db() const { return m_db; }
    core::study::CardCollection& cards() { return *m_cards; }
    const core::study::FsrsScheduler& scheduler() const { return m_scheduler; }
    const core::study::StudyLimits& limits() const { return m_limits; }

    // Saves the review (one transaction) and remembers it for undo. Returns an error text or empty.
    QString rate(const std::string& cardId, core::study::Rating rating);
    // Undoes the latest review of this session; returns the card id it restored, or empty.
    std::optional<std::string> undoRate();
    bool canUndoRate() const { return !m_reviewed.empty(); }
    int answeredThisSession() const { return m_answered; }

    // Called after anything changes cards so the other tabs refresh.
    void notifyChanged() { emit changed(); }

    // The SAP-C02 domains (id, name), for per-domain statistics.
    const std::vector<std::pair<std::string, std::string>>& domains() const { return m_domains; }

    // Saved searches (decks): name → query.
    std::vector<std::pair<QString, QString>> decks() const;
    QString saveDeck(const QString& name, const QString& query);

signals:
    void changed();

private:
    core::store::Database* m_db = nullptr;
    std::optional<core::study::CardCollection> m_cards;
    core::study::FsrsScheduler m_scheduler;
    core::study::StudyLimits m_limits;
    std::function<core::EpochMs()> m_now;
    std::vector<std::string> m_reviewed; // undo stack of card ids
    int m_answered = 0;
    QString m_problem;
    std::vector<std::pair<std::string, std::string>> m_domains;
};

} // namespace archdesk::ui
