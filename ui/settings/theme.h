#pragma once
// Applies the light, dark or system colour theme to the whole application, live.

#include "ui/settings/app_settings.h"

namespace archdesk::ui {

void applyTheme(Theme theme);

// True when the application currently draws dark (by choice or because the system palette is dark).
bool isDarkTheme();

} // namespace archdesk::ui
