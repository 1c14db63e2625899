#pragma once
// Renders a widget (the whole window) to a PNG file, for --screenshot and for the GUI tests.

#include <QString>

class QWidget;

namespace archdesk::ui {

// Lays out and paints the widget offscreen and saves it; returns an error message, or empty on success.
QString saveScreenshot(QWidget* widget, const QString& file);

} // namespace archdesk::ui
