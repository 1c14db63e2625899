#include <QCoreApplication>

#include "ui/common/placeholder_page.h"
#include "ui/dashboard/dashboard_page.h"
#include "ui/exam/exam_page.h"
#include "ui/flashcards/flashcards_page.h"
#include "ui/main_window/page_spec.h"
#include "ui/settings/settings_page.h"

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
        {QStringLiteral("flashcards"), tr("Flashcards"),
         [](AppState& state, QWidget* parent) { return new FlashcardsPage(state, parent); }},
        {QStringLiteral("exam"), tr("Practice Exam"),
         [](AppState& state, QWidget* parent) { return new ExamPage(state, parent); }},
        placeholder(QStringLiteral("cost"), tr("Cost Planner"),
                    tr("Compare On-Demand, Reserved, Spot and Savings Plans for an instance type and a usage pattern.")),
        placeholder(QStringLiteral("scaling"), tr("Scaling Planner"),
                    tr("Sketch an Auto Scaling group behind a load balancer and simulate it against a demand curve.")),
        placeholder(QStringLiteral("reference"), tr("Reference"),
                    tr("EC2 instance families and prices, load balancers, Auto Scaling and the exam blueprints.")),
        {QStringLiteral("settings"), tr("Settings"),
         [](AppState& state, QWidget* parent) { return new SettingsPage(state, parent); }},
    };
}

} // namespace archdesk::ui
