#pragma once
// AppEvents: application-wide signals that pages send and the main window answers.

#include <QObject>

namespace archdesk::ui {

class AppEvents final : public QObject
{
    Q_OBJECT
signals:
    // The database file was replaced (restore) or emptied (reset): every page must reload.
    void databaseReplaced();
    // The interface language changed: every page must be rebuilt with the new strings.
    void languageChanged();
    // Study settings (retention, limits, exam date, default blueprint) changed.
    void settingsChanged();
    // A page asks the window to show another page ("exam", "flashcards", …).
    void showPageRequested(const QString& pageId);
    // A page asks for the Practice Exam page with a domain drill set up, ready to start.
    void drillRequested(const QString& blueprintId, const QString& domainId);
    // A page asks for the Cost Planner with this cost plan (docs/cost-plan-format.md, as JSON text) filled in.
    void costPlanRequested(const QString& planJson, const QString& origin);
};

} // namespace archdesk::ui
