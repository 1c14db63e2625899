#pragma once
// The GUI's price import: the file import runs on a worker thread behind a progress dialog with Cancel.

#include <QString>

class QWidget;

namespace archdesk::ui {

struct AppState;

// Imports `file` into the user's database (its own connection, off the GUI thread), showing progress.
// Reports the outcome in a message box; returns true when prices were imported.
bool runPriceImport(QWidget* parent, const AppState& state, const QString& file);

} // namespace archdesk::ui
