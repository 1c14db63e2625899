#include "ui/main_window/gui_options.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace archdesk::ui {

GuiOptions parseGuiOptions(const QStringList& arguments)
{
    GuiOptions o;
    const auto usage = [&](const QString& message) {
        o.error = message;
        return o;
    };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const auto next = [&](QString& target) {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments[++i];
            return true;
        };
        if (a == QLatin1String("--version")) {
            o.version = true;
        } else if (a == QLatin1String("--measure")) {
            o.measure = true;
        } else if (a == QLatin1String("--screenshot")) {
            if (!next(o.screenshot))
                return usage(QStringLiteral("--screenshot needs a file name"));
        } else if (a == QLatin1String("--page")) {
            if (!next(o.page))
                return usage(QStringLiteral("--page needs a page name"));
        } else if (a == QLatin1String("--data")) {
            if (!next(o.dataDir))
                return usage(QStringLiteral("--data needs a folder"));
        } else if (a == QLatin1String("--db")) {
            if (!next(o.dbPath))
                return usage(QStringLiteral("--db needs a file name"));
        } else if (a == QLatin1String("--theme")) {
            if (!next(o.theme) || !QStringList{"light", "dark", "system"}.contains(o.theme))
                return usage(QStringLiteral("--theme needs light, dark or system"));
        } else if (a == QLatin1String("--language")) {
            if (!next(o.language) || !QStringList{"en", "pt_BR"}.contains(o.language))
                return usage(QStringLiteral("--language needs en or pt_BR"));
        } else if (a == QLatin1String("--size")) {
            QString value;
            if (!next(value))
                return usage(QStringLiteral("--size needs WIDTHxHEIGHT"));
            static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto m = re.match(value);
            if (!m.hasMatch())
                return usage(QStringLiteral("--size %1: expected WIDTHxHEIGHT, e.g. 1280x800").arg(value));
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        } else if (a.startsWith(QLatin1String("-platform")) || a.startsWith(QLatin1String("-style"))) {
            ++i; // Qt's own options, already consumed by QApplication
        } else {
            return usage(QStringLiteral("unknown argument %1; expected --screenshot FILE, --page NAME, "
                                        "--size WxH, --theme T, --language L, --data DIR, --db FILE or --version")
                             .arg(a));
        }
    }
    return o;
}

QString guiDatabasePath(const QString& given)
{
    if (!given.isEmpty())
        return given;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("archdesk.db"));
}

} // namespace archdesk::ui
