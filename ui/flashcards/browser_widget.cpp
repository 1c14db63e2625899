#include "ui/flashcards/browser_widget.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QMenu>
#include <QVBoxLayout>
#include <fstream>

#include "core/study/card_import.h"
#include "ui/flashcards/card_table_model.h"
#include "ui/flashcards/flashcards_session.h"
#include "ui/flashcards/import_dialog.h"

namespace archdesk::ui {

namespace {

std::vector<std::string> words(const QString& text)
{
    std::vector<std::string> out;
    for (const auto& w : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        out.push_back(w.toStdString());
    return out;
}

QString joined(const std::vector<std::string>& items)
{
    QStringList l;
    for (const auto& s : items)
        l << QString::fromStdString(s);
    return l.join(QLatin1Char(' '));
}

} // namespace

BrowserWidget::BrowserWidget(FlashcardsSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* searchRow = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("cardSearch"));
    m_search->setPlaceholderText(
        tr("Search: words, tag:T, domain:c02-d2, service:ec2, is:new|learn|review|suspended|due, prop:s>30, prop:d<5"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    auto* saveDeck = new QPushButton(tr("Save as deck…"), this);
    searchRow->addWidget(saveDeck);
    layout->addLayout(searchRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    layout->addWidget(m_status);

    auto* actions = new QHBoxLayout();
    const auto button = [&](const QString& text) {
        auto* b = new QPushButton(text, this);
        actions->addWidget(b);
        return b;
    };
    auto* suspend = button(tr("Suspend"));
    auto* unsuspend = button(tr("Unsuspend"));
    auto* bury = button(tr("Bury until tomorrow"));
    auto* reset = button(tr("Reset"));
    auto* tag = button(tr("Add tag…"));
    auto* del = button(tr("Delete"));
    m_undoDelete = button(tr("Undo delete"));
    m_undoDelete->setEnabled(false);
    actions->addStretch(1);
    auto* newCard = button(tr("New card"));
    auto* import = button(tr("Import…"));
    auto* exportButton = button(tr("Export…"));
    layout->addLayout(actions);

    auto* splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("cardTable"));
    m_model = new CardTableModel(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(CardTableModel::Front, 360);
    m_view->setColumnWidth(CardTableModel::Back, 220);
    m_view->setWordWrap(false);

    auto* editor = new QWidget(splitter);
    auto* form = new QFormLayout(editor);
    m_front = new QPlainTextEdit(editor);
    m_back = new QPlainTextEdit(editor);
    m_tags = new QLineEdit(editor);
    m_services = new QLineEdit(editor);
    m_save = new QPushButton(tr("Save card"), editor);
    form->addRow(tr("Front"), m_front);
    form->addRow(tr("Back"), m_back);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Services"), m_services);
    form->addRow(m_save);
    splitter->addWidget(m_view);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &BrowserWidget::runSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BrowserWidget::loadEditor);
    connect(m_save, &QPushButton::clicked, this, &BrowserWidget::saveEditor);
    connect(suspend, &QPushButton::clicked, this, [this] { suspendSelected(true); });
    connect(unsuspend, &QPushButton::clicked, this, [this] { suspendSelected(false); });
    connect(bury, &QPushButton::clicked, this, &BrowserWidget::burySelected);
    connect(reset, &QPushButton::clicked, this, &BrowserWidget::resetSelected);
    connect(del, &QPushButton::clicked, this, &BrowserWidget::deleteSelected);
    connect(m_undoDelete, &QPushButton::clicked, this, &BrowserWidget::undoDelete);
    connect(tag, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString t = QInputDialog::getText(this, tr("Add tag"), tr("Tag for the selected cards:"),
                                                QLineEdit::Normal, {}, &ok);
        if (ok && !t.trimmed().isEmpty())
            tagSelected(t.trimmed());
    });
    connect(newCard, &QPushButton::clicked, this, [this] {
        m_view->clearSelection();
        m_editing = std::string();
        m_front->clear();
        m_back->clear();
        m_tags->clear();
        m_services->clear();
        m_front->setFocus();
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import cards"), {},
                                                          tr("Card files (*.csv *.tsv *.txt *.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the cards shown"), tr("cards.txt"),
                                                          tr("Anki text (*.txt *.tsv);;JSON deck (*.json)"));
        if (!path.isEmpty()) {
            const QString error = exportFile(path);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export failed"), error);
        }
    });
    connect(saveDeck, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save deck"), tr("Deck name for “%1”:").arg(m_search->text()),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            m_session.saveDeck(name.trimmed(), m_search->text());
    });
    connect(&m_session, &FlashcardsSession::changed, this, [this] {
        if (isVisible())
            runSearch();
        else
            m_dirty = true;
    });
    if (!m_session.ready()) {
        setEnabled(false);
        m_status->setText(m_session.problem());
    }
}

void BrowserWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        runSearch();
}

void BrowserWidget::setSearch(const QString& text)
{
    m_search->setText(text);
    runSearch();
}

QString BrowserWidget::searchError() const { return m_status->property("error").toString(); }

void BrowserWidget::runSearch()
{
    m_dirty = false;
    if (!m_session.ready())
        return;
    auto query = core::study::CardQuery::parse(m_search->text().toStdString());
    if (!query) {
        const QString message = QString::fromStdString(query.error().message);
        m_status->setProperty("error", message);
        m_status->setText(QStringLiteral("<span style='color:#c5221f'>%1</span>").arg(message.toHtmlEscaped()));
        return;
    }
    m_status->setProperty("error", QString());
    const auto now = m_session.now();
    auto rows = m_session.cards().search(*query, now);
    m_status->setText(tr("%n card(s) of %1", nullptr, static_cast<int>(rows.size())).arg(m_session.cards().size()));
    m_model->setRows(&m_session.cards(), std::move(rows), now);
}

QStringList BrowserWidget::selectedIds() const
{
    QStringList ids;
    for (const auto& index : m_view->selectionModel()->selectedRows())
        ids << index.data(CardTableModel::IdRole).toString();
    return ids;
}

namespace {

std::vector<std::string> toStd(const QStringList& ids)
{
    std::vector<std::string> out;
    for (const auto& id : ids)
        out.push_back(id.toStdString());
    return out;
}

} // namespace

void BrowserWidget::reportError(const core::Error& error)
{
    QMessageBox::warning(this, tr("Not saved"), QString::fromStdString(error.describe()));
}

void BrowserWidget::suspendSelected(bool suspend)
{
    if (auto r = m_session.cards().setSuspended(*m_session.db(), toStd(selectedIds()), suspend); !r)
        reportError(r.error());
    m_session.notifyChanged();
}

void BrowserWidget::burySelected()
{
    if (auto r = m_session.cards().bury(*m_session.db(), toStd(selectedIds()), m_session.now()); !r)
        reportError(r.error());
    m_session.notifyChanged();
}

void BrowserWidget::resetSelected()
{
    if (auto r = m_session.cards().reset(*m_session.db(), toStd(selectedIds())); !r)
        reportError(r.error());
    m_session.notifyChanged();
}

void BrowserWidget::deleteSelected()
{
    const auto ids = toStd(selectedIds());
    if (ids.empty())
        return;
    auto r = m_session.cards().remove(*m_session.db(), ids, m_session.now());
    if (!r) {
        reportError(r.error());
        return;
    }
    m_lastDelete = std::move(*r);
    m_undoDelete->setEnabled(true);
    m_undoDelete->setText(tr("Undo delete (%n)", nullptr, static_cast<int>(ids.size())));
    m_session.notifyChanged();
}

void BrowserWidget::undoDelete()
{
    if (!m_lastDelete)
        return;
    if (auto r = m_session.cards().undoRemove(*m_session.db(), *m_lastDelete); !r) {
        reportError(r.error());
        return;
    }
    m_lastDelete.reset();
    m_undoDelete->setEnabled(false);
    m_undoDelete->setText(tr("Undo delete"));
    m_session.notifyChanged();
}

void BrowserWidget::tagSelected(const QString& tag)
{
    if (auto r = m_session.cards().addTag(*m_session.db(), toStd(selectedIds()), tag.toStdString(), m_session.now());
        !r)
        reportError(r.error());
    m_session.notifyChanged();
}

void BrowserWidget::loadEditor()
{
    const auto* r = m_model->record(m_view->currentIndex().row());
    if (!r) {
        m_editing.reset();
        return;
    }
    m_editing = r->card.id;
    m_front->setPlainText(QString::fromStdString(r->card.front));
    m_back->setPlainText(QString::fromStdString(r->card.back));
    m_tags->setText(joined(r->card.tags));
    m_services->setText(joined(r->card.services));
}

void BrowserWidget::saveEditor()
{
    if (!m_editing)
        return;
    core::study::Card card;
    if (const auto* existing = m_session.cards().find(*m_editing))
        card = existing->card;
    card.front = m_front->toPlainText().toStdString();
    card.back = m_back->toPlainText().toStdString();
    card.tags = words(m_tags->text());
    card.services = words(m_services->text());
    auto saved = m_session.cards().saveCard(*m_session.db(), card, m_session.now());
    if (!saved) {
        reportError(saved.error());
        return;
    }
    m_editing = *saved;
    m_session.notifyChanged();
}

QString BrowserWidget::importFile(const QString& path, bool confirm)
{
    ImportDialog dialog(path, this);
    if (confirm && dialog.exec() != QDialog::Accepted)
        return {};
    if (dialog.result().cards.empty())
        return tr("Nothing to import from %1").arg(path);
    auto n = m_session.cards().importCards(*m_session.db(), dialog.result().cards, m_session.now());
    if (!n) {
        reportError(n.error());
        return QString::fromStdString(n.error().describe());
    }
    m_session.notifyChanged();
    return {};
}

QString BrowserWidget::exportFile(const QString& path)
{
    std::vector<core::study::Card> cards;
    for (int row = 0; row < m_model->rowCount(); ++row)
        cards.push_back(m_model->record(row)->card);
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const std::string text = json ? core::study::exportJson(cards) : core::study::exportAnkiTsv(cards);
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
    if (!out)
        return tr("Cannot write %1").arg(path);
    return {};
}

} // namespace archdesk::ui
