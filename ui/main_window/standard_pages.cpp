#include <QCoreApplication>
#include <QString>

#include "ui/cost/cost_planner_page.h"
#include "ui/dashboard/dashboard_page.h"
#include "ui/exam/exam_page.h"
#include "ui/flashcards/flashcards_page.h"
#include "ui/main_window/page_spec.h"
#include "ui/settings/settings_page.h"
#include "ui/reference/reference_page.h"
#include "ui/scaling/scaling_planner_page.h"

namespace archdesk::ui {

namespace {

struct StandardPages
{
    Q_DECLARE_TR_FUNCTIONS(archdesk::ui::StandardPages)
};

} // namespace

std::vector<PageSpec> standardPages()
{
    return {
        {QStringLiteral("dashboard"), StandardPages::tr("Dashboard"),
         [](AppState& state, QWidget* parent) { return new DashboardPage(state, parent); }},
        {QStringLiteral("flashcards"), StandardPages::tr("Flashcards"),
         [](AppState& state, QWidget* parent) { return new FlashcardsPage(state, parent); }},
        {QStringLiteral("exam"), StandardPages::tr("Practice Exam"),
         [](AppState& state, QWidget* parent) { return new ExamPage(state, parent); }},
        {QStringLiteral("cost"), StandardPages::tr("Cost Planner"),
         [](AppState& state, QWidget* parent) { return new CostPlannerPage(state, parent); }},
        {QStringLiteral("scaling"), StandardPages::tr("Scaling Planner"),
         [](AppState& state, QWidget* parent) { return new ScalingPlannerPage(state, parent); }},
        {QStringLiteral("reference"), StandardPages::tr("Reference"),
         [](AppState& state, QWidget* parent) { return new ReferencePage(state, parent); }},
        {QStringLiteral("settings"), StandardPages::tr("Settings"),
         [](AppState& state, QWidget* parent) { return new SettingsPage(state, parent); }},
    };
}

} // namespace archdesk::ui
