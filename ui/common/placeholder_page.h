#pragma once
// PlaceholderPage: a page's title and one line saying what it will hold.

#include <QWidget>

namespace archdesk::ui {

class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& line, QWidget* parent = nullptr);
};

} // namespace archdesk::ui
