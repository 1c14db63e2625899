#pragma once
// CardCollection: bundled cards merged with the user's cards, edits and scheduling state, with the browser's
// actions (edit, suspend, bury, reset, tag, delete with undo), each written to the database when made.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/study/card.h"
#include "core/study/card_search.h"
#include "core/study/fsrs.h"
#include "core/util/result.h"

namespace archdesk::core::study {

struct CardRecord
{
    Card card;
    bool bundled = false; // the id is one of data/cards
    bool edited = false;  // the user's version of a bundled card
    MemoryState memory;   // New when never reviewed
    bool suspended = false;
    std::optional<EpochMs> buriedUntil;

    bool buried(EpochMs now) const { return buriedUntil && *buriedUntil > now; }
    CardView view(EpochMs now) const { return {&card, &memory, suspended, buried(now), bundled, edited}; }
};

// What a delete changed, so that it can be undone exactly.
struct DeleteUndo
{
    struct Row
    {
        std::string id;
        bool existed = false; // a user_card row was there before
        std::string front, back, json;
        EpochMs createdAt = 0, updatedAt = 0;
        bool deleted = false;
    };
    std::vector<Row> rows;
};

class CardCollection
{
public:
    // Bundled cards in their order, then the user's own cards by creation time; deleted ones left out.
    static Result<CardCollection> load(store::Database& db, const std::vector<Card>& bundled);

    const std::vector<CardRecord>& cards() const { return m_cards; }
    const CardRecord* find(const std::string& id) const;
    std::size_t size() const { return m_cards.size(); }

    // A new user card (empty id: one is made from the time) or the user's version of any card.
    Result<std::string> saveCard(store::Database& db, Card card, EpochMs now);
    // Many cards in ONE transaction (an import): all are saved or none. Cards without an id get one.
    Result<int> importCards(store::Database& db, std::vector<Card> cards, EpochMs now);
    Result<void> setSuspended(store::Database& db, const std::vector<std::string>& ids, bool suspended);
    // Hidden from the review until the next UTC midnight.
    Result<void> bury(store::Database& db, const std::vector<std::string>& ids, EpochMs now);
    // Forget: the cards become New again (their review log stays, for statistics).
    Result<void> reset(store::Database& db, const std::vector<std::string>& ids);
    Result<void> addTag(store::Database& db, const std::vector<std::string>& ids, const std::string& tag, EpochMs now);
    Result<DeleteUndo> remove(store::Database& db, const std::vector<std::string>& ids, EpochMs now);
    Result<void> undoRemove(store::Database& db, const DeleteUndo& undo);

    // Keeps the in-memory copy in step after a review or an undo of one.
    void setMemory(const std::string& id, const MemoryState& memory);

    // Cards matching a query, in collection order (indices into cards()).
    std::vector<std::size_t> search(const CardQuery& query, EpochMs now) const;

private:
    Result<void> reload(store::Database& db);
    Result<void> writeUserCard(store::Database& db, const Card& card, EpochMs now, bool deleted);
    Result<void> ensureStateRows(store::Database& db, const std::vector<std::string>& ids);

    std::vector<Card> m_bundled;
    std::vector<CardRecord> m_cards;
    std::map<std::string, std::size_t> m_index;
};

// user_card.json ⇄ the card's lists.
std::string cardExtrasToJson(const Card& card);
void cardExtrasFromJson(const std::string& json, Card& card);

} // namespace archdesk::core::study
