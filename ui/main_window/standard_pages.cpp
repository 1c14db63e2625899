#include <QCoreApplication>

#include "ui/common/placeholder_page.h"
#include "ui/cost/cost_planner_page.h"
#include "ui/dashboard/dashboard_page.h"
#include "ui/main_window/page_spec.h"
#include "ui/scaling/scaling_planner_page.h"

namespace archdesk::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("archdesk::ui::MainWindow", text); }

PageSpec placeholder(const QString& id, const QString& title, const QString& line)
{
    return {id, title, [title, line](AppState&, QWidget* parent) { return new PlaceholderPage(title, line, parent); }};
}

} // namespace

std::vector<PageSpec> standardPages()
{
    return {
        {QStringLiteral("dashboard"), tr("Dashboard"),
         [](AppState& state, QWidget* parent) { return new DashboardPage(state, parent); }},
        placeholder(QStringLiteral("flashcards"), tr("Flashcards"),
                    tr("Review cards with the FSRS scheduler, browse and edit them, import decks and see statistics.")),
        placeholder(QStringLiteral("exam"), tr("Practice Exam"),
                    tr("Timed practice exams drawn by the blueprint's domain weights, with a per-domain report.")),
        {QStringLiteral("cost"), tr("Cost Planner"),
         [](AppState& state, QWidget* parent) { return new CostPlannerPage(state, parent); }},
        {QStringLiteral("scaling"), tr("Scaling Planner"),
         [](AppState& state, QWidget* parent) { return new ScalingPlannerPage(state, parent); }},
        placeholder(QStringLiteral("reference"), tr("Reference"),
                    tr("EC2 instance families and prices, load balancers, Auto Scaling and the exam blueprints.")),
        placeholder(QStringLiteral("settings"), tr("Settings"),
                    tr("Theme, language, study limits, exam date, and backup of your progress.")),
    };
}

} // namespace archdesk::ui
