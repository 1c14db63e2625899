#include "ui/main_window/shortcuts.h"

#include <QCoreApplication>
#include <QString>

namespace archdesk::ui {

namespace {
struct Shortcuts
{
    Q_DECLARE_TR_FUNCTIONS(archdesk::ui::Shortcuts)
};
} // namespace

std::vector<ShortcutInfo> applicationShortcuts()
{
    const QString everywhere = Shortcuts::tr("Everywhere");
    return {
        {everywhere, QStringLiteral("Ctrl+1 … Ctrl+7"), Shortcuts::tr("Go to Dashboard, Flashcards, Practice Exam, Cost Planner, "
                                                          "Scaling Planner, Reference, Settings")},
        {everywhere, QStringLiteral("Ctrl+I"), Shortcuts::tr("Import a price file (AWS offer file JSON/CSV or instances.json)")},
        {everywhere, QStringLiteral("F1"), Shortcuts::tr("This list of keyboard shortcuts")},
        {everywhere, QStringLiteral("Ctrl+Q"), Shortcuts::tr("Quit")},
    };
}

} // namespace archdesk::ui
