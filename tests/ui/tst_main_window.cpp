// The main window: opens offscreen, every sidebar page can be shown, and --screenshot writes a PNG.
#include <QtTest>

#include <QListWidget>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QProcess>
#include <QStatusBar>

#include "core/util/paths.h"
#include "ui/common/app_state.h"
#include "ui/main_window/main_window.h"
#include "ui/main_window/screenshot.h"

using namespace archdesk;

class TstMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("archdesk-tests");
        QCoreApplication::setApplicationName("tst_main_window");
        QSettings().clear();
    }

    void window_hasTheSevenPages_inOrder()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::MainWindow window(state);
        QCOMPARE(window.pageIds(), QStringList({"dashboard", "flashcards", "exam", "cost", "scaling", "reference",
                                                "settings"}));
        QCOMPARE(window.currentPageId(), QString("dashboard"));
    }

    void everyPage_canBeShown_fromTheSidebar()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::MainWindow window(state);
        window.show();
        auto* sidebar = window.findChild<QListWidget*>("sidebar");
        QVERIFY(sidebar);
        for (int row = 0; row < sidebar->count(); ++row) {
            sidebar->setCurrentRow(row);
            const QString id = window.pageIds()[row];
            QCOMPARE(window.currentPageId(), id);
            QWidget* page = window.pageWidget(id);
            QVERIFY2(page, qPrintable(id));
            QVERIFY(page->isVisible());
        }
        QVERIFY(!window.showPage("no-such-page"));
    }

    void ctrlNumber_goesToThatPage()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::MainWindow window(state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QString("cost"));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QString("settings"));
    }

    void languageChange_rebuildsPages_keepingTheCurrentOne()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::MainWindow window(state);
        window.show();
        QVERIFY(window.showPage("reference"));
        QPointer<QWidget> before = window.pageWidget("reference");
        emit state.events->languageChanged();
        QCOMPARE(window.currentPageId(), QString("reference"));
        QVERIFY(window.pageWidget("reference"));
        QVERIFY(window.pageWidget("reference") != before.data());
        QVERIFY(window.pageWidget("dashboard") == nullptr || window.pageWidget("dashboard")->isHidden());
    }

    void lastPageAndGeometry_areRemembered()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        {
            ui::MainWindow window(state);
            window.show();
            window.resize(900, 640);
            QVERIFY(window.showPage("reference"));
            window.close();
        }
        ui::MainWindow again(state);
        again.restoreFromSettings();
        QCOMPARE(again.currentPageId(), QString("reference"));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void dashboard_nextStep_opensAnotherPage()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::MainWindow window(state);
        window.show();
        QWidget* dash = window.pageWidget("dashboard");
        QVERIFY(dash);
        auto* next = dash->findChild<QPushButton*>("nextStepButton");
        QVERIFY(next);
        QVERIFY(!next->text().isEmpty());
        next->click();
        // A fresh user has nothing due: the step is a drill of the heaviest unsecured domain, set up and ready.
        QCOMPARE(window.currentPageId(), QString("exam"));
        QWidget* exam = window.pageWidget("exam");
        bool drillShown = false;
        for (auto* combo : exam->findChildren<QComboBox*>())
            drillShown = drillShown || combo->currentText() == "Design for New Solutions";
        QVERIFY(drillShown);
    }

    void unopenableDatabase_keepsTheWindowUsable()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, "/proc/archdesk-cannot-write/x.db");
        QVERIFY(!state.db);
        ui::MainWindow window(state);
        window.show();
        QVERIFY(window.showPage("settings"));
        QVERIFY(window.statusBar()->findChildren<QLabel*>().first()->text().contains("cannot be saved"));
    }

    void screenshotOption_writesAPngOfTheRequestedSize()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("shot.png");
        QProcess p;
        p.start(ARCHDESK_GUI_PATH, {"--screenshot", png, "--page", "reference", "--size", "1000x700", "--db",
                                    dir.filePath("s.db")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 700));
        // Not a blank canvas: a rendered window has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 3);
    }

    void screenshotOption_unknownPage_failsWithTheList()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(ARCHDESK_GUI_PATH, {"--screenshot", dir.filePath("x.png"), "--page", "nope", "--db", dir.filePath("s.db")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("dashboard, flashcards"));
    }

    void versionOption_printsVersion()
    {
        QProcess p;
        p.start(ARCHDESK_GUI_PATH, {"--version"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString("archdesk " ARCHDESK_VERSION));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
