// End to end: a user switches the interface to Portuguese and the theme to dark from the Settings page;
// the whole window follows at once. Screenshots go to $ARCHDESK_SCREENSHOT_DIR or ./screenshots.
#include <QtTest>

#include <QComboBox>
#include <QListWidget>

#include "ui/common/app_state.h"
#include "ui/main_window/main_window.h"
#include "ui/main_window/screenshot.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/language.h"
#include "ui/settings/theme.h"

using namespace archdesk;

namespace {

QComboBox* comboNamed(QWidget* root, const QString& accessibleName)
{
    for (auto* combo : root->findChildren<QComboBox*>())
        if (combo->accessibleName() == accessibleName)
            return combo;
    return nullptr;
}

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariableIsSet("ARCHDESK_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ARCHDESK_SCREENSHOT_DIR")
                            : QDir::current().filePath("screenshots");
    return QDir(dir).filePath(name);
}

} // namespace

class TstE2eLanguageTheme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("archdesk-tests");
        QCoreApplication::setApplicationName("tst_e2e_language_theme");
        QSettings().clear();
        ui::installLanguage("en");
        ui::applyTheme(ui::Theme::Light);
    }
    void cleanupTestCase()
    {
        ui::installLanguage("en");
        ui::applyTheme(ui::Theme::Light);
    }

    void switchToPortuguese_thenDark_fromTheSettingsPage()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::MainWindow window(state);
        window.resize(1200, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = window.findChild<QListWidget*>("sidebar");
        QCOMPARE(sidebar->item(0)->text(), QString("Dashboard"));

        // Language: Português (Brasil).
        QVERIFY(window.showPage("settings"));
        auto* language = comboNamed(window.pageWidget("settings"), "Language");
        QVERIFY(language);
        language->setCurrentIndex(language->findData("pt_BR"));
        QApplication::processEvents();
        QCOMPARE(ui::AppSettings::load().language, QString("pt_BR"));
        QCOMPARE(sidebar->item(0)->text(), QString("Painel"));
        QCOMPARE(sidebar->item(6)->text(), QString("Configurações"));
        QCOMPARE(window.currentPageId(), QString("settings"));
        QVERIFY(window.showPage("dashboard"));
        QVERIFY(ui::saveScreenshot(&window, screenshotPath("dashboard-pt_BR.png")).isEmpty());

        // Theme: dark, applied live to the page on screen.
        QVERIFY(window.showPage("settings"));
        auto* theme = comboNamed(window.pageWidget("settings"), "Tema");
        QVERIFY2(theme, "the Theme combo is named in Portuguese now");
        theme->setCurrentIndex(theme->findData("dark"));
        QApplication::processEvents();
        QVERIFY(ui::isDarkTheme());
        QVERIFY(window.palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(ui::saveScreenshot(&window, screenshotPath("settings-pt_BR-dark.png")).isEmpty());
        QVERIFY(QFileInfo(screenshotPath("settings-pt_BR-dark.png")).size() > 1000);

        // And back, as the user would.
        theme->setCurrentIndex(theme->findData("light"));
        QVERIFY(!ui::isDarkTheme());
        language = comboNamed(window.pageWidget("settings"), "Idioma");
        QVERIFY(language);
        language->setCurrentIndex(language->findData("en"));
        QApplication::processEvents();
        QCOMPARE(sidebar->item(0)->text(), QString("Dashboard"));
    }
};

QTEST_MAIN(TstE2eLanguageTheme)
#include "tst_e2e_language_theme.moc"
