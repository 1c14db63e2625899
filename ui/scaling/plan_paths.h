#pragma once
// The paths a scaling plan holds (demand.csv) are relative to the plan file's folder, as the CLI reads them.
// These keep such a path pointing at the same file when the plan is saved elsewhere, and write a chosen file
// relative when it sits in the plan's folder or below it, so a folder of plan and data can move as one.

#include <QString>

namespace archdesk::ui {

// The folder a plan's relative paths start at: its file's folder, or the working folder for a plan not
// yet saved (as the plan check reads them).
QString planFolder(const QString& planFile);
// A path from the plan, made absolute.
QString absoluteFromPlan(const QString& path, const QString& planFile);
// How a plan file should name the file at absolutePath: relative to its folder when the file is in that
// folder or below it, else absolute.
QString pathForPlan(const QString& absolutePath, const QString& planFile);

} // namespace archdesk::ui
