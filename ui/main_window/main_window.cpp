#include "ui/main_window/main_window.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/common/app_state.h"
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
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { padding: 10px 6px; }"
                                            "QListWidget#sidebar::item { padding: 8px 10px; border-radius: 4px; }"));
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, sidebarPalette.color(QPalette::Window).darker(106));
    m_sidebar->setPalette(sidebarPalette);

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

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("Import prices…"), this, &MainWindow::importPrices);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_statusContent = new QLabel(this);
    const auto& content = m_state.content.content;
    QString status = tr("Content %1: %2 questions, %3 cards")
                         .arg(QString::fromStdString(content.manifest.contentVersion))
                         .arg(content.questions.size())
                         .arg(content.cards.size());
    if (!m_state.db)
        status += QStringLiteral(" — ") + tr("progress cannot be saved: %1").arg(QString::fromStdString(m_state.dbError));
    m_statusContent->setText(status);
    statusBar()->addPermanentWidget(m_statusContent);

    resize(1200, 780);
    m_sidebar->setCurrentRow(0);
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
