#include "ui/main_window/main_window.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QShortcut>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/common/app_state.h"
#include "ui/cost/cost_planner_page.h"
#include "ui/exam/exam_page.h"
#include "ui/main_window/help_dialogs.h"
#include "ui/reference/price_import_runner.h"
#include "ui/reference/reference_page.h"

namespace archdesk::ui {

namespace {
const char* kGeometryKey = "window/geometry";
const char* kLastPageKey = "window/lastPage";
} // namespace

MainWindow::MainWindow(AppState& state, QWidget* parent) : QMainWindow(parent), m_state(state), m_pages(standardPages())
{
    setWindowTitle(tr("Archdesk"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setSpacing(2);
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { padding: 12px 8px; outline: 0; border: none;"
        "  border-right: 1px solid palette(mid); background: palette(alternate-base); }"
        "QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; color: palette(window-text); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"));

    m_stack = new QStackedWidget(central);
    for (const PageSpec& page : m_pages) {
        auto* item = new QListWidgetItem(page.title, m_sidebar);
        item->setData(Qt::UserRole, page.id);
        m_widgets.push_back(nullptr);
        m_stack->addWidget(new QWidget(m_stack)); // stand-in until first shown
    }
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showIndex);
    connect(m_state.events.get(), &AppEvents::languageChanged, this, &MainWindow::reloadPages);
    connect(m_state.events.get(), &AppEvents::databaseReplaced, this, &MainWindow::reloadPages);
    connect(m_state.events.get(), &AppEvents::showPageRequested, this, &MainWindow::showPage);
    connect(m_state.events.get(), &AppEvents::drillRequested, this,
            [this](const QString& blueprintId, const QString& domainId) {
                showPage(QStringLiteral("exam"));
                // A short drill with feedback after each answer: the quickest way to work on one domain.
                if (auto* exam = qobject_cast<ExamPage*>(pageWidget(QStringLiteral("exam"))))
                    exam->choose(blueprintId, 2, 10, false, true, domainId);
            });
    connect(m_state.events.get(), &AppEvents::costPlanRequested, this,
            [this](const QString& planJson, const QString& origin) {
                showPage(QStringLiteral("cost"));
                if (auto* cost = qobject_cast<CostPlannerPage*>(pageWidget(QStringLiteral("cost"))))
                    cost->showPlan(nlohmann::json::parse(planJson.toStdString(), nullptr, false), origin);
            });
    // Study settings feed the pages' schedulers and limits: rebuild the others, not the one being edited.
    connect(m_state.events.get(), &AppEvents::settingsChanged, this, [this] { dropPages(false); });

    buildMenus();
    m_statusContent = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusContent);
    updateStatus();

    resize(1200, 780);
    fitSidebar();
    m_sidebar->setCurrentRow(0);
}

void MainWindow::fitSidebar()
{
    // Wide enough for the longest page title in the current language (Portuguese titles are longer).
    int widest = 0;
    for (const PageSpec& page : m_pages)
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(page.title));
    m_sidebar->setFixedWidth(std::max(190, widest + 56));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* import = m_fileMenu->addAction(tr("Import prices…"), this, &MainWindow::importPrices);
    import->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        QAction* action = go->addAction(m_pages[i].title, this, [this, i] { m_sidebar->setCurrentRow(static_cast<int>(i)); });
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        m_goActions.push_back(action);
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcutsDialog(this); });
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About Archdesk"), this, [this] { showAboutDialog(m_state, this); });
}

void MainWindow::updateStatus()
{
    const auto& content = m_state.content.content;
    QString status = tr("Content %1: %2 questions, %3 cards")
                         .arg(QString::fromStdString(content.manifest.contentVersion))
                         .arg(content.questions.size())
                         .arg(content.cards.size());
    if (!m_state.db)
        status += QStringLiteral(" — ") + tr("progress cannot be saved: %1").arg(QString::fromStdString(m_state.dbError));
    m_statusContent->setText(status);
}

void MainWindow::reloadPages()
{
    const int current = m_sidebar->currentRow();
    setWindowTitle(tr("Archdesk"));
    m_pages = standardPages();
    menuBar()->clear();
    m_goActions.clear();
    buildMenus();
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        m_sidebar->item(static_cast<int>(i))->setText(m_pages[i].title);
    fitSidebar();
    dropPages(true);
    updateStatus();
    showIndex(current);
}

void MainWindow::dropPages(bool includingCurrent)
{
    const int current = m_sidebar->currentRow();
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (!m_widgets[i] || (!includingCurrent && static_cast<int>(i) == current))
            continue;
        auto* standIn = new QWidget(m_stack);
        m_stack->insertWidget(static_cast<int>(i), standIn);
        m_stack->removeWidget(m_widgets[i]);
        // Later, not now: the page may be the one whose signal brought us here.
        m_widgets[i]->deleteLater();
        m_widgets[i] = nullptr;
    }
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const auto& p : m_pages)
        ids << p.id;
    return ids;
}

QString MainWindow::currentPageId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 ? m_pages[static_cast<std::size_t>(row)].id : QString();
}

bool MainWindow::showPage(const QString& id)
{
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i].id == id) {
            m_sidebar->setCurrentRow(static_cast<int>(i));
            return true;
        }
    return false;
}

QWidget* MainWindow::pageWidget(const QString& id) const
{
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i].id == id)
            return m_widgets[i];
    return nullptr;
}

void MainWindow::showIndex(int index)
{
    if (index < 0 || index >= static_cast<int>(m_pages.size()))
        return;
    const auto i = static_cast<std::size_t>(index);
    if (!m_widgets[i]) {
        QWidget* standIn = m_stack->widget(index);
        m_widgets[i] = m_pages[i].create(m_state, m_stack);
        m_stack->insertWidget(index, m_widgets[i]);
        m_stack->removeWidget(standIn);
        standIn->deleteLater();
    }
    m_stack->setCurrentIndex(index);
    statusBar()->showMessage(m_pages[i].title, 1500);
}

void MainWindow::importPrices()
{
    if (!m_state.db) {
        QMessageBox::warning(this, tr("Import prices"),
                             tr("Prices cannot be imported: %1").arg(QString::fromStdString(m_state.dbError)));
        return;
    }
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import prices"), QString(),
        tr("Price files (*.json *.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    if (runPriceImport(this, m_state, file))
        if (auto* page = qobject_cast<ReferencePage*>(pageWidget(QStringLiteral("reference"))))
            page->reloadPrices();
}

void MainWindow::restoreFromSettings()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QString last = settings.value(kLastPageKey).toString(); !last.isEmpty())
        showPage(last);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kLastPageKey, currentPageId());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace archdesk::ui
