#include "ui/flashcards/flashcards_session.h"

#include <QTimeZone>

#include "core/store/database.h"
#include "core/study/review_store.h"
#include "core/util/clock.h"
#include "ui/common/app_state.h"
#include "ui/settings/app_settings.h"

namespace archdesk::ui {


FlashcardsSession::FlashcardsSession(AppState& state, QObject* parent)
    : QObject(parent), m_now([] { return core::SystemClock().now(); })
{
    if (!state.db) {
        m_problem = tr("Your progress database is not available: %1").arg(QString::fromStdString(state.dbError));
        return;
    }
    if (const auto* blueprint = state.content.content.blueprint("sap-c02"))
        for (const auto& d : blueprint->domains)
            m_domains.emplace_back(d.id, d.name);
    m_db = &*state.db;
    // The study settings live in QSettings (the Settings page); the page is rebuilt when they change.
    const AppSettings settings = AppSettings::load();
    core::study::FsrsParameters params;
    params.requestRetention = settings.desiredRetention;
    params.enableFuzz = settings.fuzzIntervals;
    if (settings.examDate.isValid())
        params.examDate = settings.examDate.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    m_scheduler = core::study::FsrsScheduler(params);
    m_limits.newPerDay = settings.newCardsPerDay;
    m_limits.reviewsPerDay = settings.reviewsPerDay;
    auto cards = core::study::CardCollection::load(*m_db, state.content.content.cards);
    if (!cards) {
        m_problem = QString::fromStdString(cards.error().describe());
        return;
    }
    m_cards.emplace(std::move(*cards));
}

QString FlashcardsSession::rate(const std::string& cardId, core::study::Rating rating)
{
    auto m = core::study::recordReview(*m_db, cardId, rating, now(), m_scheduler);
    if (!m)
        return QString::fromStdString(m.error().describe());
    m_cards->setMemory(cardId, *m);
    m_reviewed.push_back(cardId);
    ++m_answered;
    emit changed();
    return {};
}

std::optional<std::string> FlashcardsSession::undoRate()
{
    if (m_reviewed.empty())
        return std::nullopt;
    const std::string id = m_reviewed.back();
    auto m = core::study::undoLastReview(*m_db, id);
    if (!m)
        return std::nullopt;
    m_reviewed.pop_back();
    m_cards->setMemory(id, *m);
    m_answered = std::max(0, m_answered - 1);
    emit changed();
    return id;
}

std::vector<std::pair<QString, QString>> FlashcardsSession::decks() const
{
    std::vector<std::pair<QString, QString>> out;
    if (!m_db)
        return out;
    auto s = m_db->prepare("SELECT name, query FROM deck ORDER BY name");
    if (!s)
        return out;
    while (true) {
        auto row = s->step();
        if (!row || !*row)
            break;
        out.emplace_back(QString::fromStdString(s->columnText(0)), QString::fromStdString(s->columnText(1)));
    }
    return out;
}

QString FlashcardsSession::saveDeck(const QString& name, const QString& query)
{
    auto r = m_db->transaction([&]() -> core::Result<void> {
        auto s = m_db->prepare("INSERT INTO deck (name, query) VALUES (?1, ?2) "
                               "ON CONFLICT(name) DO UPDATE SET query = excluded.query");
        if (!s)
            return s.error();
        s->bind(1, name.toStdString()).bind(2, query.toStdString());
        return s->run();
    });
    if (!r)
        return QString::fromStdString(r.error().describe());
    emit changed();
    return {};
}

} // namespace archdesk::ui
