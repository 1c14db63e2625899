#pragma once
// The Help menu's dialogs: keyboard shortcuts and About.

class QWidget;

namespace archdesk::ui {

struct AppState;

void showShortcutsDialog(QWidget* parent);
void showAboutDialog(const AppState& state, QWidget* parent);

} // namespace archdesk::ui
