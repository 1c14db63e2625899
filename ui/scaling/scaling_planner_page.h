#pragma once
// ScalingPlannerPage: edit an Auto Scaling plan, simulate it on every edit, and chart what the group did.

#include <QWidget>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulation_result.h"

class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace archdesk::ui {

struct AppState;
class ActivityTableModel;
class FaultForm;
class JsonListEditor;
class PlanForm;
class PolicyEditor;
class ScheduledActionForm;

class ScalingPlannerPage final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { DemandChart, InstancesChart, MetricChart, UnservedChart, ChartCount };

    explicit ScalingPlannerPage(AppState& state, QWidget* parent = nullptr);
    ~ScalingPlannerPage() override;

    // For tests and scripting.
    bool openPlan(const QString& file);
    // Saves the plan; later relative paths start at its folder. False, with the reason in error, when the
    // file cannot be written (the plan on screen is unchanged).
    bool savePlan(const QString& file, QString* error = nullptr);
    bool exportChart(Chart which, const QString& file) const;
    bool exportSeriesCsv(const QString& file) const;
    void rerunNow(); // skip the debounce
    QChartView* chartView(Chart which) const;
    const core::scaling::SimulationResult* result() const { return m_result.get(); }
    ActivityTableModel* activityModel() const { return m_activities; }
    QString problemsText() const;
    double lastRunMs() const { return m_lastRunMs; }
    const nlohmann::json& document() const { return m_doc; }
    PlanForm* planForm() const { return m_planForm; }
    QComboBox* metricShown() const { return m_metricShown; }
    JsonListEditor* policies() const { return m_policies; }
    JsonListEditor* scheduled() const { return m_scheduled; }
    JsonListEditor* faults() const { return m_faults; }
    // The cost plan "Open in Cost Planner" hands over (empty before a run).
    nlohmann::json fleetCostPlan() const;
    void openInCostPlanner();

private:
    void buildUi();
    QString examplePlanFile() const; // the plan shown at start-up, shipped with the program
    QWidget* buildEditor();
    void loadFormFromDocument();
    void documentEdited();
    void validate();
    void scheduleRun();
    void run();
    void redraw();
    void drawMetricChart();
    QString summaryText() const;

    AppState& m_state;
    nlohmann::json m_doc; // the plan as edited (the file format)
    std::vector<core::Error> m_problemList;
    std::optional<core::scaling::ScalingPlan> m_checked; // the document as read by the last validate(), if valid
    core::scaling::DemandCsvCache m_csvCache;             // a CSV demand file is read again only when it changes
    QString m_planFile;                                   // where the plan came from: relative CSV paths and messages
    std::shared_ptr<const core::scaling::ScalingPlan> m_plan;
    std::shared_ptr<const core::scaling::SimulationResult> m_result;
    bool m_loading = false;
    double m_lastRunMs = 0;

    QTimer* m_debounce = nullptr;
    PlanForm* m_planForm = nullptr;
    JsonListEditor* m_policies = nullptr;
    JsonListEditor* m_scheduled = nullptr;
    JsonListEditor* m_faults = nullptr;
    ScheduledActionForm* m_scheduledForm = nullptr;
    FaultForm* m_faultForm = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_toCost = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QChartView* m_charts[ChartCount] = {};
    QComboBox* m_metricShown = nullptr; // which metric the metric chart shows
    QTableView* m_table = nullptr;
    ActivityTableModel* m_activities = nullptr;
};

} // namespace archdesk::ui
