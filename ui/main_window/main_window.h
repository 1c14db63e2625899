#pragma once
// MainWindow: the sidebar of pages, the page stack and the status bar; remembers geometry and last page.

#include <QMainWindow>
#include <vector>

#include "ui/main_window/page_spec.h"

class QListWidget;
class QStackedWidget;
class QLabel;
class QMenu;
class QAction;

namespace archdesk::ui {

struct AppState;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppState& state, QWidget* parent = nullptr);

    QStringList pageIds() const;
    QString currentPageId() const;
    // Shows the page with that id (creating it on first use); false when there is no such page.
    bool showPage(const QString& id);
    // The widget of a page that has been shown, or nullptr.
    QWidget* pageWidget(const QString& id) const;

    // Restores geometry and the last page from QSettings.
    void restoreFromSettings();

public slots:
    // Rebuilds every page (after a language change or a database restore), keeping the current one shown.
    void reloadPages();

    // File → Import prices…: asks for a file and imports it off the GUI thread.
    void importPrices();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showIndex(int index);
    void saveSettings() const;
    void updateStatus();
    void buildMenus();
    void fitSidebar();
    // Deletes the pages created so far (they are made again when shown), or all but the current one.
    void dropPages(bool includingCurrent);

    AppState& m_state;
    std::vector<PageSpec> m_pages;
    std::vector<QWidget*> m_widgets; // created lazily, same index as m_pages
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_statusContent = nullptr;
    QMenu* m_fileMenu = nullptr;
    std::vector<QAction*> m_goActions;
};

} // namespace archdesk::ui
