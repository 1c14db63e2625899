#pragma once
// CostPlannerPage: compare On-Demand, Reserved, Spot and Savings Plans for one instance type and usage pattern.

#include <QString>
#include <QWidget>
#include <array>
#include <optional>

#include "core/billing/cost_comparison.h"
#include "core/billing/cost_plan.h"

class QCheckBox;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace archdesk::ui {

struct AppState;
class CostOptionsModel;

class CostPlannerPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { Cumulative, Monthly, Coverage };

    explicit CostPlannerPage(AppState& state, QWidget* parent = nullptr);

    // Plan files (*.archdesk-plan.json); on failure the message names the file and field.
    bool openPlan(const QString& file, QString* error = nullptr);
    bool savePlan(const QString& file, QString* error = nullptr) const;
    // A plan handed over by another page (the Scaling Planner's fleet); origin names it in messages.
    bool showPlan(const nlohmann::json& plan, const QString& origin, QString* error = nullptr);
    bool exportTableCsv(const QString& file) const;
    // PNG or SVG by the file's suffix.
    bool exportChart(Chart chart, const QString& file) const;

    const CostOptionsModel* optionsModel() const { return m_model; }
    QString verdictText() const;
    core::billing::CostPlan currentPlan() const;

private:
    bool fillFromPlan(const core::billing::CostPlanParse& parsed, const QString& priceNote, QString* error);
    void buildInputs(QWidget* panel);
    void buildResults(QWidget* panel);
    void applyBuiltInPrices();
    void lookUpPrices();
    void updateUsageRows();
    void recompute();
    void showComparison(const core::billing::CostComparison& c);
    void updatePreview();
    void updateCharts(const core::billing::CostComparison& c);
    void updateVerdict(const core::billing::CostComparison& c);
    core::billing::ResolvedPrices pricesFromFields() const;
    std::optional<double> optionalPrice(const QLineEdit* edit) const;
    QChartView* chartView(Chart chart) const;
    void openDialog();
    void saveDialog();
    void exportCsvDialog();
    void exportChartDialog();

    AppState& m_state;
    bool m_filling = false;

    QLineEdit* m_type = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_os = nullptr;
    QSpinBox* m_horizon = nullptr;
    QFormLayout* m_usageForm = nullptr;
    QComboBox* m_usageKind = nullptr;
    QDoubleSpinBox* m_instances = nullptr;
    QSpinBox* m_utilization = nullptr;
    QDoubleSpinBox* m_baseline = nullptr;
    QDoubleSpinBox* m_peak = nullptr;
    QSpinBox* m_peakHours = nullptr;
    QCheckBox* m_weekdays = nullptr;
    QLineEdit* m_hourly = nullptr;
    QLabel* m_hourlySummary = nullptr;
    QChartView* m_preview = nullptr;
    QLabel* m_priceSource = nullptr;
    QDoubleSpinBox* m_onDemand = nullptr;
    QLineEdit* m_spot = nullptr;
    QLineEdit* m_computeSp = nullptr;
    QTableWidget* m_reserved = nullptr;
    std::array<QCheckBox*, 9> m_optionChecks{};
    QCheckBox* m_allowSpot = nullptr;

    QLabel* m_verdict = nullptr;
    QLabel* m_why = nullptr;
    QTableView* m_table = nullptr;
    CostOptionsModel* m_model = nullptr;
    QTabWidget* m_charts = nullptr;
    QChartView* m_cumulative = nullptr;
    QChartView* m_monthly = nullptr;
    QChartView* m_coverage = nullptr;
    QLabel* m_skipped = nullptr;
};

} // namespace archdesk::ui
