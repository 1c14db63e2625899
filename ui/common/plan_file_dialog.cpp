#include "ui/common/plan_file_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace archdesk::ui {

void savePlanAskingWhere(QWidget* parent, const QString& title, const QString& suggested,
                         const std::function<bool(const QString& file, QString* error)>& save)
{
    QString file = QFileDialog::getSaveFileName(
        parent, title, suggested, QCoreApplication::translate("PlanFileDialog", "Archdesk plans (*.archdesk-plan.json)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QStringLiteral(".json")))
        file += QStringLiteral(".archdesk-plan.json");
    QString error;
    if (!save(file, &error))
        QMessageBox::warning(parent, QCoreApplication::translate("PlanFileDialog", "Cannot save the plan"), error);
}

} // namespace archdesk::ui
