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
    const QString review = Shortcuts::tr("Flashcards — review");
    const QString exam = Shortcuts::tr("Practice exam");
    return {
        {everywhere, QStringLiteral("Ctrl+1 … Ctrl+7"), Shortcuts::tr("Go to Dashboard, Flashcards, Practice Exam, Cost Planner, "
                                                          "Scaling Planner, Reference, Settings")},
        {everywhere, QStringLiteral("Ctrl+I"), Shortcuts::tr("Import a price file (AWS offer file JSON/CSV or instances.json)")},
        {everywhere, QStringLiteral("F1"), Shortcuts::tr("This list of keyboard shortcuts")},
        {everywhere, QStringLiteral("Ctrl+Q"), Shortcuts::tr("Quit")},
        {review, QStringLiteral("Space / Enter"), Shortcuts::tr("Show the answer; once shown, rate Good")},
        {review, QStringLiteral("1 / 2 / 3 / 4"), Shortcuts::tr("Rate Again / Hard / Good / Easy")},
        {review, QStringLiteral("Ctrl+Z"), Shortcuts::tr("Undo the last rating")},
        {review, QStringLiteral("E"), Shortcuts::tr("Edit the current card")},
        {exam, QStringLiteral("A–E / 1–6"), Shortcuts::tr("Select an option (F flags, so the sixth option is 6)")},
        {exam, QStringLiteral("N / →, P / ←"), Shortcuts::tr("Next and previous question")},
        {exam, QStringLiteral("F"), Shortcuts::tr("Flag the question for review")},
        {exam, QStringLiteral("S"), Shortcuts::tr("Submit: lists unanswered and flagged questions first")},
    };
}

} // namespace archdesk::ui
