#pragma once
// BrowserWidget: search the cards with the browser syntax, sort, edit one, and act on a selection.

#include <QWidget>
#include <optional>

#include "core/study/card_collection.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace archdesk::ui {

class CardTableModel;
class FlashcardsSession;

class BrowserWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserWidget(FlashcardsSession& session, QWidget* parent = nullptr);

    CardTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setSearch(const QString& text);
    QString searchError() const;
    QStringList selectedIds() const;

    void suspendSelected(bool suspend);
    void burySelected();
    void resetSelected();
    void deleteSelected();
    void undoDelete();
    void tagSelected(const QString& tag);
    // Imports a file through the preview dialog; with `confirm` false it imports without asking (tests).
    QString importFile(const QString& path, bool confirm = true);
    QString exportFile(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void runSearch();
    void loadEditor();
    void saveEditor();
    void reportError(const core::Error& error);

    FlashcardsSession& m_session;
    QLineEdit* m_search;
    QLabel* m_status;
    QTableView* m_view;
    CardTableModel* m_model;
    QPlainTextEdit* m_front;
    QPlainTextEdit* m_back;
    QLineEdit* m_tags;
    QLineEdit* m_services;
    QPushButton* m_save;
    QPushButton* m_undoDelete;
    std::optional<std::string> m_editing;
    std::optional<core::study::DeleteUndo> m_lastDelete;
    bool m_dirty = true;
};

} // namespace archdesk::ui
