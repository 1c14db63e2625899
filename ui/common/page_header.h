#pragma once
// The title and subtitle at the top of every page.

#include <QString>

class QWidget;

namespace archdesk::ui {

QWidget* makePageHeader(const QString& title, const QString& subtitle, QWidget* parent);

} // namespace archdesk::ui
