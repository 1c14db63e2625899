#pragma once
// PolicyEditor: the form for one scaling policy (simple, step or target tracking) of a plan's "policies";
// it reads and writes the policy's JSON object, and the core's plan check supplies the messages.

#include <nlohmann/json.hpp>

#include "ui/scaling/json_item_form.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace archdesk::ui {

class PolicyEditor final : public JsonItemForm
{
    Q_OBJECT
public:
    explicit PolicyEditor(QWidget* parent = nullptr);

    void load(const nlohmann::json& item) override;
    nlohmann::json item() const override;
    void showProblems(const QList<FieldProblem>& problems) override;
    QString title(const nlohmann::json& item) const override;
    nlohmann::json newItem() const override;

    QTableWidget* bands() const { return m_bands; }
    void addBand();
    void removeBand();

private:
    void typeChanged();
    void updateRows() override;
    QString type() const;
    bool alarmOn() const;

    QComboBox* m_type = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_adjustmentType = nullptr;
    QDoubleSpinBox* m_adjustment = nullptr;
    QSpinBox* m_cooldown = nullptr;
    QSpinBox* m_warmup = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QSpinBox* m_minMagnitude = nullptr;
    QDoubleSpinBox* m_target = nullptr;
    QComboBox* m_targetMetric = nullptr;
    QCheckBox* m_disableScaleIn = nullptr;
    QSpinBox* m_outDatapoints = nullptr;
    QSpinBox* m_inDatapoints = nullptr;
    QDoubleSpinBox* m_inRatio = nullptr;
    QGroupBox* m_alarm = nullptr;
    bool m_stepAlarm = true; // whether the policy, as a step policy, has its alarm (kept while another type)
    QComboBox* m_alarmMetric = nullptr;
    QDoubleSpinBox* m_alarmThreshold = nullptr;
    QComboBox* m_comparison = nullptr;
    QSpinBox* m_datapoints = nullptr;
    QWidget* m_bandsBox = nullptr;
    QTableWidget* m_bands = nullptr;
    // The wrapped rows, to show per type.
    QWidget* m_adjustmentTypeRow = nullptr;
    QWidget* m_adjustmentRow = nullptr;
    QWidget* m_cooldownRow = nullptr;
    QWidget* m_warmupRow = nullptr;
    QWidget* m_thresholdRow = nullptr;
    QWidget* m_minMagnitudeRow = nullptr;
    QWidget* m_targetRow = nullptr;
    QWidget* m_targetMetricRow = nullptr;
    QWidget* m_outDatapointsRow = nullptr;
    QWidget* m_inDatapointsRow = nullptr;
    QWidget* m_inRatioRow = nullptr;
    QWidget* m_bandsRow = nullptr;
    QLabel* m_bandsLabel = nullptr;
};

} // namespace archdesk::ui
