#pragma once
// FaultForm: one entry of a plan's "faults" — an AZ outage window, an instance failure rate or a Spot
// interruption rate.

#include <QStringList>

#include "ui/scaling/json_item_form.h"

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;

namespace archdesk::ui {

class FaultForm final : public JsonItemForm
{
    Q_OBJECT
public:
    explicit FaultForm(QWidget* parent = nullptr);

    void load(const nlohmann::json& item) override;
    nlohmann::json item() const override;
    void showProblems(const QList<FieldProblem>& problems) override;
    QString title(const nlohmann::json& item) const override;
    nlohmann::json newItem() const override;

    // The group's AZs, offered for an outage; the plan's start, where a new outage begins.
    void setZones(const QStringList& azs);
    void setDefaultStart(const QString& isoUtc) { m_defaultStart = isoUtc; }

private:
    void updateRows() override;
    void fillZones(const QString& keep);

    QStringList m_zones;
    QString m_defaultStart = QStringLiteral("2026-01-05T12:00:00Z");
    QComboBox* m_type = nullptr;
    QComboBox* m_az = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QComboBox* m_endKind = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QWidget* m_azRow = nullptr;
    QWidget* m_startRow = nullptr;
    QWidget* m_endRow = nullptr;
    QWidget* m_hoursRow = nullptr;
    QWidget* m_rateRow = nullptr;
};

} // namespace archdesk::ui
