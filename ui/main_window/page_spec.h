#pragma once
// PageSpec: one sidebar entry — its stable id (used by --page and the settings), title and factory.

#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace archdesk::ui {

struct AppState;

struct PageSpec
{
    QString id;    // "dashboard", "flashcards", "exam", "cost", "scaling", "reference", "settings"
    QString title; // translated
    std::function<QWidget*(AppState&, QWidget* parent)> create;
};

// The sidebar's pages, in order.
std::vector<PageSpec> standardPages();

} // namespace archdesk::ui
