#include "ui/common/plan_file_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace archdesk::ui {

void savePlanAskingWhere(QWidget* parent, const QString& title, const QString& suggested,
                         const std::function<bool(const QString& file, QString* error)>& save)
{
    // The dialog adds the suffix itself, so that it also asks before replacing "NAME.archdesk-plan.json".
    QFileDialog dialog(parent, title, suggested,
                       QCoreApplication::translate("PlanFileDialog", "Archdesk plans (*.archdesk-plan.json)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("archdesk-plan.json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString file = dialog.selectedFiles().front();
    QString error;
    if (!save(file, &error))
        QMessageBox::warning(parent, QCoreApplication::translate("PlanFileDialog", "Cannot save the plan"), error);
}

} // namespace archdesk::ui
