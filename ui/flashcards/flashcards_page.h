#pragma once
// FlashcardsPage: the Flashcards sidebar page — Review, Browse and Statistics tabs over one study session.

#include <QWidget>

class QTabWidget;

namespace archdesk::ui {

struct AppState;
class BrowserWidget;
class FlashcardsSession;
class ReviewWidget;
class StatisticsWidget;

class FlashcardsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit FlashcardsPage(AppState& state, QWidget* parent = nullptr);

    FlashcardsSession* session() const { return m_session; }
    ReviewWidget* reviewTab() const { return m_review; }
    BrowserWidget* browserTab() const { return m_browser; }
    StatisticsWidget* statisticsTab() const { return m_statistics; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    FlashcardsSession* m_session;
    QTabWidget* m_tabs;
    ReviewWidget* m_review;
    BrowserWidget* m_browser;
    StatisticsWidget* m_statistics;
};

} // namespace archdesk::ui
