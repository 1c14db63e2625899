#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QStatusBar>
#include <QTextStream>
#include <cstdio>

#include "core/util/paths.h"
#include "ui/common/app_state.h"
#include "ui/main_window/gui_options.h"
#include "ui/main_window/main_window.h"
#include "ui/main_window/screenshot.h"
#include "ui/main_window/startup_probe.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/language.h"
#include "ui/settings/settings_page.h"
#include "ui/settings/theme.h"

using namespace archdesk;

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const ui::GuiOptions early = ui::parseGuiOptions(rawArgs);
    // A screenshot needs no display: render offscreen unless the caller chose a platform.
    if ((!early.screenshot.isEmpty() || early.measure) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Archdesk"));
    QApplication::setOrganizationName(QStringLiteral("archdesk"));
    QApplication::setApplicationVersion(QStringLiteral(ARCHDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/archdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("archdesk"));

    const ui::GuiOptions options = ui::parseGuiOptions(QApplication::arguments());
    QTextStream err(stderr);
    if (!options.error.isEmpty()) {
        err << "archdesk: " << options.error << '\n';
        return 1;
    }
    if (options.version) {
        QTextStream(stdout) << "archdesk " << ARCHDESK_VERSION << '\n';
        return 0;
    }

    const ui::AppSettings settings = ui::AppSettings::load();
    ui::applyTheme(options.theme.isEmpty() ? settings.theme : ui::AppSettings::themeFromKey(options.theme));
    ui::installLanguage(options.language.isEmpty() ? settings.language : options.language);

    ui::AppState state = ui::AppState::load(core::findDataDir(options.dataDir.toStdString()),
                                            ui::guiDatabasePath(options.dbPath).toStdString());
    ui::MainWindow window(state);
    if (options.screenshot.isEmpty())
        window.restoreFromSettings();
    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        err << "archdesk: unknown page \"" << options.page << "\"; expected one of "
            << window.pageIds().join(QStringLiteral(", ")) << '\n';
        return 1;
    }
    if (!options.screenshot.isEmpty()) {
        window.resize(options.size);
        window.show();
        const QString problem = ui::saveScreenshot(&window, options.screenshot);
        if (!problem.isEmpty()) {
            err << "archdesk: " << problem << '\n';
            return 3;
        }
        return 0;
    }
    if (options.measure) {
        // Measures start-up and memory, then exits; see StartupProbe.
        (new ui::StartupProbe(window, sinceStart))->start();
        window.show();
        return QApplication::exec();
    }
    window.show();
    if (const QString problem = ui::SettingsPage::runDailyBackup(state); !problem.isEmpty())
        window.statusBar()->showMessage(problem);
    return QApplication::exec();
}
