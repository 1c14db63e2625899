#pragma once
// ReviewWidget: today's review with the keyboard — Space/Enter reveals, 1–4 rate, Ctrl+Z undoes, E edits.

#include <QWidget>
#include <array>
#include <optional>
#include <string>

#include "core/study/card_search.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace archdesk::ui {

class FlashcardsSession;

class ReviewWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewWidget(FlashcardsSession& session, QWidget* parent = nullptr);

    // The card on screen (empty when nothing is due) and whether its answer is shown.
    std::optional<std::string> currentCardId() const { return m_current; }
    bool answerShown() const { return m_revealed; }
    QString countsText() const;

    void reveal();
    void rate(int rating); // 1..4
    void undo();
    void editCurrent();
    void refresh(); // rebuilds the queue and shows the next card

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showCard();
    void reloadDecks();
    QString intervalText(const core::study::MemoryState& next) const;

    FlashcardsSession& m_session;
    QComboBox* m_deck;
    QLabel* m_counts;
    QLabel* m_front;
    QLabel* m_back;
    QLabel* m_meta;
    QWidget* m_line;
    QPushButton* m_showAnswer;
    std::array<QPushButton*, 4> m_rateButtons{};
    QPushButton* m_undo;
    QPushButton* m_edit;
    std::optional<std::string> m_current;
    std::optional<core::study::CardQuery> m_deckQuery;
    bool m_revealed = false;
    bool m_dirty = true;
};

} // namespace archdesk::ui
