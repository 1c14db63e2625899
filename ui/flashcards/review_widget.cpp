#include "ui/flashcards/review_widget.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/study/review_queue.h"
#include "ui/flashcards/card_text.h"
#include "ui/flashcards/flashcards_session.h"

namespace archdesk::ui {

ReviewWidget::ReviewWidget(FlashcardsSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    top->addWidget(new QLabel(tr("Deck:"), this));
    m_deck = new QComboBox(this);
    m_deck->setObjectName(QStringLiteral("deckSelector"));
    m_deck->setFocusPolicy(Qt::NoFocus);
    top->addWidget(m_deck);
    top->addStretch(1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setTextFormat(Qt::RichText);
    top->addWidget(m_counts);
    layout->addLayout(top);

    auto* card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(QStringLiteral("cardFrame"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    m_front = new QLabel(card);
    m_front->setObjectName(QStringLiteral("cardFront"));
    m_front->setWordWrap(true);
    m_front->setTextFormat(Qt::RichText);
    m_front->setAlignment(Qt::AlignCenter);
    QFont big = m_front->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_front->setFont(big);
    m_back = new QLabel(card);
    m_back->setObjectName(QStringLiteral("cardBack"));
    m_back->setWordWrap(true);
    m_back->setTextFormat(Qt::RichText);
    m_back->setOpenExternalLinks(true);
    m_back->setAlignment(Qt::AlignCenter);
    m_back->setFont(big);
    auto* line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    m_line = line;
    m_meta = new QLabel(card);
    m_meta->setAlignment(Qt::AlignCenter);
    QPalette p = m_meta->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_meta->setPalette(p);
    cardLayout->addStretch(1);
    cardLayout->addWidget(m_front);
    cardLayout->addWidget(line);
    cardLayout->addWidget(m_back);
    cardLayout->addStretch(1);
    cardLayout->addWidget(m_meta);
    layout->addWidget(card, 1);

    auto* buttons = new QHBoxLayout();
    m_undo = new QPushButton(tr("Undo (Ctrl+Z)"), this);
    m_edit = new QPushButton(tr("Edit (E)"), this);
    for (auto* b : {m_undo, m_edit}) {
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_showAnswer = new QPushButton(tr("Show answer (Space)"), this);
    m_showAnswer->setObjectName(QStringLiteral("showAnswer"));
    m_showAnswer->setFocusPolicy(Qt::NoFocus);
    m_showAnswer->setMinimumWidth(220);
    buttons->addWidget(m_showAnswer);
    static const char* kNames[] = {QT_TR_NOOP("Again"), QT_TR_NOOP("Hard"), QT_TR_NOOP("Good"), QT_TR_NOOP("Easy")};
    for (int i = 0; i < 4; ++i) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("rate%1").arg(i + 1));
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumWidth(96);
        b->setToolTip(tr("%1 (key %2)").arg(tr(kNames[i])).arg(i + 1));
        connect(b, &QPushButton::clicked, this, [this, i] { rate(i + 1); });
        m_rateButtons[static_cast<std::size_t>(i)] = b;
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_showAnswer, &QPushButton::clicked, this, &ReviewWidget::reveal);
    connect(m_undo, &QPushButton::clicked, this, &ReviewWidget::undo);
    connect(m_edit, &QPushButton::clicked, this, &ReviewWidget::editCurrent);
    connect(m_deck, &QComboBox::currentIndexChanged, this, [this] {
        m_deckQuery.reset();
        const QString query = m_deck->currentData().toString();
        if (!query.isEmpty())
            if (auto q = core::study::CardQuery::parse(query.toStdString()))
                m_deckQuery = std::move(*q);
        refresh();
    });
    connect(&m_session, &FlashcardsSession::changed, this, [this] {
        reloadDecks();
        if (isVisible())
            return; // our own answers refresh directly
        m_dirty = true;
    });
    reloadDecks();
}

void ReviewWidget::reloadDecks()
{
    const auto decks = m_session.decks();
    if (m_deck->count() == static_cast<int>(decks.size()) + 1)
        return;
    const QString current = m_deck->currentText();
    m_deck->blockSignals(true);
    m_deck->clear();
    m_deck->addItem(tr("All cards"), QString());
    for (const auto& [name, query] : decks)
        m_deck->addItem(name, query);
    m_deck->setCurrentIndex(std::max(0, m_deck->findText(current)));
    m_deck->blockSignals(false);
}

void ReviewWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
    setFocus();
}

QString ReviewWidget::countsText() const { return m_counts->text(); }

void ReviewWidget::refresh()
{
    m_dirty = false;
    if (!m_session.ready()) {
        m_current.reset();
        m_front->setText(m_session.problem().toHtmlEscaped());
        showCard();
        return;
    }
    const auto now = m_session.now();
    auto done = core::study::studiedToday(*m_session.db(), now);
    const core::study::ReviewQueue queue(m_session.cards(), now, m_session.limits(),
                                         done ? *done : core::study::StudiedToday{},
                                         m_deckQuery ? &*m_deckQuery : nullptr);
    const auto counts = queue.counts();
    m_counts->setText(tr("<span style='color:#1a73e8'>New %1</span> · <span style='color:#c5221f'>Learning %2</span>"
                         " · <span style='color:#188038'>Review %3</span>")
                          .arg(counts.newLeft)
                          .arg(counts.learning)
                          .arg(counts.review));
    m_current = queue.next(now, m_session.answeredThisSession());
    m_revealed = false;
    showCard();
}

QString ReviewWidget::intervalText(const core::study::MemoryState& next) const
{
    const double minutes = static_cast<double>(next.due - m_session.now()) / core::kMsPerMinute;
    if (minutes < 60)
        return tr("%1 min").arg(std::max(1, static_cast<int>(minutes + 0.5)));
    if (minutes < 1440)
        return tr("%1 h").arg(static_cast<int>(minutes / 60 + 0.5));
    const double days = minutes / 1440;
    if (days < 30)
        return tr("%1 d").arg(static_cast<int>(days + 0.5));
    if (days < 365)
        return tr("%1 mo").arg(days / 30.44, 0, 'f', 1);
    return tr("%1 y").arg(days / 365.25, 0, 'f', 1);
}

void ReviewWidget::showCard()
{
    static const char* kNames[] = {QT_TR_NOOP("Again"), QT_TR_NOOP("Hard"), QT_TR_NOOP("Good"), QT_TR_NOOP("Easy")};
    const core::study::CardRecord* record = m_current ? m_session.cards().find(*m_current) : nullptr;
    if (!record) {
        if (m_session.ready())
            m_front->setText(tr("<b>All done for now.</b><br>No cards are due. New cards and reviews come back "
                                "tomorrow; learning cards when their step is due."));
        m_back->clear();
        m_meta->clear();
        m_line->setVisible(false);
        m_showAnswer->setEnabled(false);
        for (std::size_t i = 0; i < m_rateButtons.size(); ++i) {
            m_rateButtons[i]->setText(tr(kNames[i]));
            m_rateButtons[i]->setEnabled(false);
        }
        m_edit->setEnabled(false);
        m_undo->setEnabled(m_session.ready() && m_session.canUndoRate());
        return;
    }
    m_front->setText(cardTextToHtml(record->card.front));
    m_back->setText(m_revealed ? cardTextToHtml(record->card.back) : QString());
    m_line->setVisible(m_revealed);
    QStringList meta;
    for (const auto& s : record->card.services)
        meta << QString::fromStdString(s);
    for (const auto& [bp, d] : record->card.domains)
        if (bp == "sap-c02")
            meta << QString::fromStdString(d);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_showAnswer->setEnabled(!m_revealed);
    const auto options = m_session.scheduler().preview(record->memory, m_session.now());
    for (int i = 0; i < 4; ++i) {
        auto* b = m_rateButtons[static_cast<std::size_t>(i)];
        b->setText(QStringLiteral("%1\n%2").arg(tr(kNames[i]), intervalText(options[static_cast<std::size_t>(i)])));
        b->setEnabled(m_revealed);
    }
    m_edit->setEnabled(true);
    m_undo->setEnabled(m_session.canUndoRate());
}

void ReviewWidget::reveal()
{
    if (!m_current || m_revealed)
        return;
    m_revealed = true;
    showCard();
}

void ReviewWidget::rate(int rating)
{
    if (!m_current || !m_revealed || rating < 1 || rating > 4)
        return;
    const QString error = m_session.rate(*m_current, static_cast<core::study::Rating>(rating));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Review not saved"), error);
        return;
    }
    refresh();
}

void ReviewWidget::undo()
{
    if (const auto id = m_session.undoRate()) {
        refresh();
        // Show the card whose rating was undone again, with its answer, as Anki does.
        m_current = *id;
        m_revealed = true;
        showCard();
    }
}

void ReviewWidget::editCurrent()
{
    if (!m_current)
        return;
    const auto* record = m_session.cards().find(*m_current);
    if (!record)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit card"));
    auto* form = new QFormLayout(&dialog);
    auto* front = new QPlainTextEdit(QString::fromStdString(record->card.front), &dialog);
    auto* back = new QPlainTextEdit(QString::fromStdString(record->card.back), &dialog);
    QStringList tagList;
    for (const auto& t : record->card.tags)
        tagList << QString::fromStdString(t);
    auto* tags = new QLineEdit(tagList.join(QLatin1Char(' ')), &dialog);
    form->addRow(tr("Front"), front);
    form->addRow(tr("Back"), back);
    form->addRow(tr("Tags"), tags);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::study::Card card = record->card;
    card.front = front->toPlainText().toStdString();
    card.back = back->toPlainText().toStdString();
    card.tags.clear();
    for (const auto& t : tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        card.tags.push_back(t.toStdString());
    auto saved = m_session.cards().saveCard(*m_session.db(), card, m_session.now());
    if (!saved) {
        QMessageBox::warning(this, tr("Card not saved"), QString::fromStdString(saved.error().describe()));
        return;
    }
    m_session.notifyChanged();
    showCard();
}

void ReviewWidget::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (event->matches(QKeySequence::Undo)) {
        undo();
    } else if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_revealed)
            rate(3); // as in Anki: once the answer shows, Space/Enter mean Good
        else
            reveal();
    } else if (key >= Qt::Key_1 && key <= Qt::Key_4 && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        rate(key - Qt::Key_0);
    } else if (key == Qt::Key_E && event->modifiers() == Qt::NoModifier) {
        editCurrent();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace archdesk::ui
