#pragma once
// ScalingPlannerPage: edit an Auto Scaling plan, simulate it on every edit, and chart what the group did.

#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulation_result.h"

class QCheckBox;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace archdesk::ui {

struct AppState;
class ActivityTableModel;

class ScalingPlannerPage final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { DemandChart, InstancesChart, MetricChart, UnservedChart, ChartCount };

    explicit ScalingPlannerPage(AppState& state, QWidget* parent = nullptr);
    ~ScalingPlannerPage() override;

    // For tests and scripting.
    bool openPlan(const QString& file);
    bool savePlan(const QString& file) const;
    bool exportChart(Chart which, const QString& file) const;
    bool exportSeriesCsv(const QString& file) const;
    int policyCount() const;
    void setPolicyText(int index, const QString& json); // as if typed into the policy editor
    void rerunNow();                                     // skip the debounce
    QChartView* chartView(Chart which) const;
    const core::scaling::SimulationResult* result() const { return m_result.get(); }
    ActivityTableModel* activityModel() const { return m_activities; }
    QString problemsText() const;
    double lastRunMs() const { return m_lastRunMs; }

private:
    void buildUi();
    void loadFormFromDocument();
    void formChanged();
    void policyEdited();
    void selectPolicy(int row);
    void scheduleRun();
    void run();
    void redraw();
    void refreshPolicyList();
    QString summaryText() const;

    AppState& m_state;
    nlohmann::json m_doc; // the plan as edited (the file format)
    std::shared_ptr<const core::scaling::ScalingPlan> m_plan;
    std::shared_ptr<const core::scaling::SimulationResult> m_result;
    bool m_loading = false;
    double m_lastRunMs = 0;

    QTimer* m_debounce = nullptr;
    QSpinBox* m_min = nullptr;
    QSpinBox* m_max = nullptr;
    QSpinBox* m_desired = nullptr;
    QLineEdit* m_azs = nullptr;
    QDoubleSpinBox* m_spotShare = nullptr;
    QLineEdit* m_instanceType = nullptr;
    QDoubleSpinBox* m_capacity = nullptr;
    QSpinBox* m_launch = nullptr;
    QSpinBox* m_warmup = nullptr;
    QDoubleSpinBox* m_onDemand = nullptr;
    QComboBox* m_lbType = nullptr;
    QCheckBox* m_crossZone = nullptr;
    QSpinBox* m_dereg = nullptr;
    QComboBox* m_pattern = nullptr;
    QDoubleSpinBox* m_base = nullptr;
    QDoubleSpinBox* m_peak = nullptr;
    QDoubleSpinBox* m_peakHour = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QDoubleSpinBox* m_duration = nullptr;
    QListWidget* m_policies = nullptr;
    QPlainTextEdit* m_policyEdit = nullptr;
    QLabel* m_policyError = nullptr;
    QPlainTextEdit* m_faultsEdit = nullptr;
    QLabel* m_faultsError = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_preview = nullptr;
    QChartView* m_charts[ChartCount] = {};
    QTableView* m_table = nullptr;
    ActivityTableModel* m_activities = nullptr;
};

} // namespace archdesk::ui
