#include "ui/main_window/shortcuts.h"

#include <QCoreApplication>

namespace archdesk::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("archdesk::ui::Shortcuts", text); }
} // namespace

std::vector<ShortcutInfo> applicationShortcuts()
{
    const QString everywhere = tr("Everywhere");
    return {
        {everywhere, QStringLiteral("Ctrl+1 … Ctrl+7"), tr("Go to Dashboard, Flashcards, Practice Exam, Cost Planner, "
                                                          "Scaling Planner, Reference, Settings")},
        {everywhere, QStringLiteral("F1"), tr("This list of keyboard shortcuts")},
        {everywhere, QStringLiteral("Ctrl+Q"), tr("Quit")},
    };
}

} // namespace archdesk::ui
