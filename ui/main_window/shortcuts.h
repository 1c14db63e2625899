#pragma once
// The keyboard shortcuts of the whole application, listed once for Help → Keyboard shortcuts.

#include <QString>
#include <vector>

namespace archdesk::ui {

struct ShortcutInfo
{
    QString area;  // "Everywhere", "Flashcards — review", …
    QString keys;  // "Ctrl+1"
    QString action;
};

std::vector<ShortcutInfo> applicationShortcuts();

} // namespace archdesk::ui
