#pragma once
// Saving a plan from a planner page: where to (both planners write *.archdesk-plan.json), then the save
// itself, with its failure shown to the user.

#include <QString>
#include <functional>

class QWidget;

namespace archdesk::ui {

// Asks for the file, starting at `suggested`; a name without a suffix gets ".archdesk-plan.json". Then
// saves through save(file, &error) and shows the error if that fails. Nothing happens when cancelled.
void savePlanAskingWhere(QWidget* parent, const QString& title, const QString& suggested,
                         const std::function<bool(const QString& file, QString* error)>& save);

} // namespace archdesk::ui
