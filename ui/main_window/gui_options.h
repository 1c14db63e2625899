#pragma once
// GuiOptions: the archdesk command line (--screenshot, --page, --size, --data, --db, --version).

#include <QSize>
#include <QString>
#include <QStringList>

namespace archdesk::ui {

struct GuiOptions
{
    QString screenshot; // write a PNG of the window and exit
    QString page;       // page to show first
    QSize size{1200, 780};
    QString dataDir;
    QString dbPath;
    QString theme;      // "light" | "dark" | "system": overrides the setting for this run
    QString language;   // "en" | "pt_BR": overrides the setting for this run
    bool version = false;
    bool measure = false; // print first-paint time and memory after visiting every page, then exit
    QString error;      // a usage error, or empty
};

// Parses arguments (argv[0] included). Does not need a QApplication.
GuiOptions parseGuiOptions(const QStringList& arguments);

// The GUI's database: the given path, else AppDataLocation/archdesk.db.
QString guiDatabasePath(const QString& given);

} // namespace archdesk::ui
