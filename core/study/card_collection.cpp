#include "core/study/card_collection.h"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace archdesk::core::study {

std::string cardExtrasToJson(const Card& card)
{
    nlohmann::json j;
    j["domains"] = card.domains;
    j["tasks"] = card.tasks;
    j["services"] = card.services;
    j["tags"] = card.tags;
    j["references"] = card.references;
    return j.dump();
}

void cardExtrasFromJson(const std::string& text, Card& card)
{
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object())
        return;
    const auto strings = [&](const char* key, std::vector<std::string>& out) {
        if (const auto it = j.find(key); it != j.end() && it->is_array()) {
            out.clear();
            for (const auto& v : *it)
                if (v.is_string())
                    out.push_back(v.get<std::string>());
        }
    };
    if (const auto it = j.find("domains"); it != j.end() && it->is_object()) {
        card.domains.clear();
        for (const auto& [k, v] : it->items())
            if (v.is_string())
                card.domains[k] = v.get<std::string>();
    }
    strings("tasks", card.tasks);
    strings("services", card.services);
    strings("tags", card.tags);
    strings("references", card.references);
}

Result<CardCollection> CardCollection::load(store::Database& db, const std::vector<Card>& bundled)
{
    CardCollection c;
    c.m_bundled = bundled;
    if (auto r = c.reload(db); !r)
        return r.error();
    return c;
}

Result<void> CardCollection::reload(store::Database& db)
{
    m_cards.clear();
    m_index.clear();
    std::map<std::string, std::size_t> bundledIndex;
    for (std::size_t i = 0; i < m_bundled.size(); ++i)
        bundledIndex.emplace(m_bundled[i].id, i);
    std::vector<bool> bundledDeleted(m_bundled.size(), false);
    std::map<std::string, Card> edits;
    std::vector<Card> userCards;

    auto s = db.prepare("SELECT id, front, back, json, deleted FROM user_card ORDER BY created_at, id");
    if (!s)
        return s.error();
    auto rowsRead = s->forEachRow([&] {
        Card card;
        card.id = s->columnText(0);
        card.front = s->columnText(1);
        card.back = s->columnText(2);
        cardExtrasFromJson(s->columnText(3), card);
        const bool deleted = s->columnInt(4) != 0;
        if (const auto it = bundledIndex.find(card.id); it != bundledIndex.end()) {
            if (deleted)
                bundledDeleted[it->second] = true;
            else
                edits[card.id] = std::move(card);
        } else if (!deleted) {
            userCards.push_back(std::move(card));
        }
    });
    if (!rowsRead)
        return rowsRead.error();
    m_cards.reserve(m_bundled.size() + userCards.size());
    for (std::size_t i = 0; i < m_bundled.size(); ++i) {
        if (bundledDeleted[i])
            continue;
        CardRecord r;
        r.bundled = true;
        if (auto it = edits.find(m_bundled[i].id); it != edits.end()) {
            r.card = std::move(it->second);
            r.edited = true;
        } else {
            r.card = m_bundled[i];
        }
        m_index[r.card.id] = m_cards.size();
        m_cards.push_back(std::move(r));
    }
    for (auto& card : userCards) {
        CardRecord r;
        r.card = std::move(card);
        m_index[r.card.id] = m_cards.size();
        m_cards.push_back(std::move(r));
    }

    auto st = db.prepare("SELECT card_id, state, due, stability, difficulty, elapsed_days, scheduled_days, "
                         "learning_steps, reps, lapses, last_review, suspended, buried_until FROM card_state");
    if (!st)
        return st.error();
    auto statesRead = st->forEachRow([&] {
        const auto it = m_index.find(st->columnText(0));
        if (it == m_index.end())
            return; // progress of a card no longer in the content: kept, not shown
        CardRecord& r = m_cards[it->second];
        MemoryState& m = r.memory;
        m.state = static_cast<CardState>(st->columnInt(1));
        m.due = st->columnInt(2);
        m.stability = st->columnDouble(3);
        m.difficulty = st->columnDouble(4);
        m.elapsedDays = st->columnInt(5);
        m.scheduledDays = st->columnInt(6);
        m.learningSteps = static_cast<int>(st->columnInt(7));
        m.reps = static_cast<int>(st->columnInt(8));
        m.lapses = static_cast<int>(st->columnInt(9));
        if (!st->columnIsNull(10))
            m.lastReview = st->columnInt(10);
        r.suspended = st->columnInt(11) != 0;
        if (!st->columnIsNull(12))
            r.buriedUntil = st->columnInt(12);
    });
    if (!statesRead)
        return statesRead.error();
    return {};
}

const CardRecord* CardCollection::find(const std::string& id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_cards[it->second];
}

void CardCollection::setMemory(const std::string& id, const MemoryState& memory)
{
    if (const auto it = m_index.find(id); it != m_index.end())
        m_cards[it->second].memory = memory;
}

std::vector<std::size_t> CardCollection::search(const CardQuery& query, EpochMs now) const
{
    std::vector<std::size_t> hits;
    for (std::size_t i = 0; i < m_cards.size(); ++i)
        if (query.matches(m_cards[i].view(now), now))
            hits.push_back(i);
    return hits;
}

Result<void> CardCollection::writeUserCard(store::Database& db, const Card& card, EpochMs now, bool deleted)
{
    auto s = db.prepare("INSERT INTO user_card (id, front, back, json, created_at, updated_at, deleted) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6) ON CONFLICT(id) DO UPDATE SET front = excluded.front, "
                        "back = excluded.back, json = excluded.json, updated_at = excluded.updated_at, "
                        "deleted = excluded.deleted");
    if (!s)
        return s.error();
    s->bind(1, card.id).bind(2, card.front).bind(3, card.back).bind(4, cardExtrasToJson(card)).bind(5, now).bind(
        6, deleted ? 1 : 0);
    return s->run();
}

Result<std::string> CardCollection::saveCard(store::Database& db, Card card, EpochMs now)
{
    if (card.front.empty())
        return invalidInput("the card's front is empty; write the question or prompt");
    if (card.id.empty()) {
        int n = 0;
        do
            card.id = fmt::format("u-{}{}", now, n ? fmt::format("-{}", n) : "");
        while (find(card.id) && ++n);
    }
    auto r = db.transaction([&]() { return writeUserCard(db, card, now, false); });
    if (!r)
        return r.error();
    if (auto l = reload(db); !l)
        return l.error();
    return card.id;
}

Result<int> CardCollection::importCards(store::Database& db, std::vector<Card> cards, EpochMs now)
{
    int n = 0;
    for (auto& card : cards)
        if (card.id.empty())
            card.id = fmt::format("u-{}-{}", now, n++);
    auto r = db.transaction([&]() -> Result<void> {
        for (const auto& card : cards) {
            if (card.front.empty())
                return invalidInput(fmt::format("card {} has an empty front", card.id));
            if (auto w = writeUserCard(db, card, now, false); !w)
                return w;
        }
        return {};
    });
    if (!r)
        return r.error();
    if (auto l = reload(db); !l)
        return l.error();
    return static_cast<int>(cards.size());
}

Result<void> CardCollection::ensureStateRows(store::Database& db, const std::vector<std::string>& ids)
{
    auto s = db.prepare("INSERT OR IGNORE INTO card_state (card_id, state, due, stability, difficulty, elapsed_days, "
                        "scheduled_days, learning_steps, reps, lapses) VALUES (?1, 0, 0, 0, 0, 0, 0, 0, 0, 0)");
    if (!s)
        return s.error();
    for (const auto& id : ids) {
        s->reset();
        s->bind(1, id);
        if (auto r = s->run(); !r)
            return r;
    }
    return {};
}

namespace {

Result<void> updateEach(store::Database& db, const std::string& sql, const std::vector<std::string>& ids,
                        const std::function<void(store::Statement&)>& bindMore = {})
{
    auto s = db.prepare(sql);
    if (!s)
        return s.error();
    for (const auto& id : ids) {
        s->reset();
        s->bind(1, id);
        if (bindMore)
            bindMore(*s);
        if (auto r = s->run(); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> CardCollection::setSuspended(store::Database& db, const std::vector<std::string>& ids, bool suspended)
{
    auto r = db.transaction([&]() -> Result<void> {
        if (auto e = ensureStateRows(db, ids); !e)
            return e;
        return updateEach(db, "UPDATE card_state SET suspended = ?2 WHERE card_id = ?1", ids,
                          [&](store::Statement& s) { s.bind(2, suspended ? 1 : 0); });
    });
    if (!r)
        return r;
    for (const auto& id : ids)
        if (const auto it = m_index.find(id); it != m_index.end())
            m_cards[it->second].suspended = suspended;
    return {};
}

Result<void> CardCollection::bury(store::Database& db, const std::vector<std::string>& ids, EpochMs now)
{
    const EpochMs until = utcMidnight(now) + kMsPerDay;
    auto r = db.transaction([&]() -> Result<void> {
        if (auto e = ensureStateRows(db, ids); !e)
            return e;
        return updateEach(db, "UPDATE card_state SET buried_until = ?2 WHERE card_id = ?1", ids,
                          [&](store::Statement& s) { s.bind(2, until); });
    });
    if (!r)
        return r;
    for (const auto& id : ids)
        if (const auto it = m_index.find(id); it != m_index.end())
            m_cards[it->second].buriedUntil = until;
    return {};
}

Result<void> CardCollection::reset(store::Database& db, const std::vector<std::string>& ids)
{
    auto r = db.transaction([&]() {
        return updateEach(db,
                          "UPDATE card_state SET state = 0, due = 0, stability = 0, difficulty = 0, elapsed_days = 0, "
                          "scheduled_days = 0, learning_steps = 0, reps = 0, lapses = 0, last_review = NULL, "
                          "buried_until = NULL WHERE card_id = ?1",
                          ids);
    });
    if (!r)
        return r;
    for (const auto& id : ids)
        if (const auto it = m_index.find(id); it != m_index.end()) {
            m_cards[it->second].memory = MemoryState{};
            m_cards[it->second].buriedUntil.reset();
        }
    return {};
}

Result<void> CardCollection::addTag(store::Database& db, const std::vector<std::string>& ids, const std::string& tag,
                                    EpochMs now)
{
    if (tag.empty() || tag.find_first_of(" \t\n") != std::string::npos)
        return invalidInput(fmt::format("\"{}\" is not a tag; expected one word without spaces", tag));
    auto r = db.transaction([&]() -> Result<void> {
        for (const auto& id : ids) {
            const CardRecord* rec = find(id);
            if (!rec)
                continue;
            Card card = rec->card;
            if (std::find(card.tags.begin(), card.tags.end(), tag) != card.tags.end())
                continue;
            card.tags.push_back(tag);
            if (auto w = writeUserCard(db, card, now, false); !w)
                return w;
        }
        return {};
    });
    if (!r)
        return r;
    return reload(db);
}

Result<DeleteUndo> CardCollection::remove(store::Database& db, const std::vector<std::string>& ids, EpochMs now)
{
    DeleteUndo undo;
    auto r = db.transaction([&]() -> Result<void> {
        auto sel = db.prepare("SELECT front, back, json, created_at, updated_at, deleted FROM user_card WHERE id = ?1");
        if (!sel)
            return sel.error();
        for (const auto& id : ids) {
            const CardRecord* rec = find(id);
            if (!rec)
                continue;
            DeleteUndo::Row row;
            row.id = id;
            sel->reset();
            sel->bind(1, id);
            auto found = sel->step();
            if (!found)
                return found.error();
            if (*found) {
                row.existed = true;
                row.front = sel->columnText(0);
                row.back = sel->columnText(1);
                row.json = sel->columnText(2);
                row.createdAt = sel->columnInt(3);
                row.updatedAt = sel->columnInt(4);
                row.deleted = sel->columnInt(5) != 0;
            }
            if (auto w = writeUserCard(db, rec->card, now, true); !w)
                return w;
            undo.rows.push_back(std::move(row));
        }
        return {};
    });
    if (!r)
        return r.error();
    if (auto l = reload(db); !l)
        return l.error();
    return undo;
}

Result<void> CardCollection::undoRemove(store::Database& db, const DeleteUndo& undo)
{
    auto r = db.transaction([&]() -> Result<void> {
        for (const auto& row : undo.rows) {
            if (!row.existed) {
                auto s = db.prepare("DELETE FROM user_card WHERE id = ?1");
                if (!s)
                    return s.error();
                s->bind(1, row.id);
                if (auto e = s->run(); !e)
                    return e;
                continue;
            }
            auto s = db.prepare("UPDATE user_card SET front = ?2, back = ?3, json = ?4, created_at = ?5, "
                                "updated_at = ?6, deleted = ?7 WHERE id = ?1");
            if (!s)
                return s.error();
            s->bind(1, row.id).bind(2, row.front).bind(3, row.back).bind(4, row.json).bind(5, row.createdAt).bind(
                6, row.updatedAt).bind(7, row.deleted ? 1 : 0);
            if (auto e = s->run(); !e)
                return e;
        }
        return {};
    });
    if (!r)
        return r;
    return reload(db);
}

} // namespace archdesk::core::study
