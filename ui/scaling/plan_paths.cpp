#include "ui/scaling/plan_paths.h"

#include <QDir>
#include <QFileInfo>

namespace archdesk::ui {

QString planFolder(const QString& planFile)
{
    return planFile.isEmpty() ? QDir::currentPath() : QFileInfo(planFile).absolutePath();
}

QString absoluteFromPlan(const QString& path, const QString& planFile)
{
    return QDir::cleanPath(QDir(planFolder(planFile)).absoluteFilePath(path));
}

QString pathForPlan(const QString& absolutePath, const QString& planFile)
{
    const QString relative = QDir(planFolder(planFile)).relativeFilePath(absolutePath);
    const bool below = !relative.startsWith(QLatin1String("../")) && relative != QLatin1String("..") &&
                       QDir::isRelativePath(relative);
    return below ? relative : QDir::cleanPath(absolutePath);
}

} // namespace archdesk::ui
