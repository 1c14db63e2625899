#include "ui/flashcards/flashcards_page.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/common/page_header.h"
#include "ui/flashcards/browser_widget.h"
#include "ui/flashcards/flashcards_session.h"
#include "ui/flashcards/review_widget.h"
#include "ui/flashcards/statistics_widget.h"

namespace archdesk::ui {

FlashcardsPage::FlashcardsPage(AppState& state, QWidget* parent)
    : QWidget(parent), m_session(new FlashcardsSession(state, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makePageHeader(tr("Flashcards"),
                                     tr("Review with the FSRS scheduler: Space shows the answer, 1–4 rate it, "
                                        "Ctrl+Z undoes, E edits."),
                                     this));
    m_tabs = new QTabWidget(this);
    m_review = new ReviewWidget(*m_session, m_tabs);
    m_browser = new BrowserWidget(*m_session, m_tabs);
    m_statistics = new StatisticsWidget(*m_session, m_tabs);
    m_tabs->addTab(m_review, tr("Review"));
    m_tabs->addTab(m_browser, tr("Browse"));
    m_tabs->addTab(m_statistics, tr("Statistics"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            m_review->setFocus();
    });
}

} // namespace archdesk::ui
