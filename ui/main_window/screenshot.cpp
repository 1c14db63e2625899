#include "ui/main_window/screenshot.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

namespace archdesk::ui {

QString saveScreenshot(QWidget* widget, const QString& file)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return QStringLiteral("could not render the window");
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!pixmap.save(file, "PNG"))
        return QStringLiteral("%1: cannot write the PNG file").arg(file);
    return {};
}

} // namespace archdesk::ui
