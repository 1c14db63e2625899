#pragma once
// ScheduledActionForm: one entry of a plan's "scheduled" — a one-off time or a cron recurrence that sets the
// group's min/max/desired.

#include <QDateTime>

#include "ui/scaling/json_item_form.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;

namespace archdesk::ui {

class ScheduledActionForm final : public JsonItemForm
{
    Q_OBJECT
public:
    explicit ScheduledActionForm(QWidget* parent = nullptr);

    void load(const nlohmann::json& item) override;
    nlohmann::json item() const override;
    void showProblems(const QList<FieldProblem>& problems) override;
    QString title(const nlohmann::json& item) const override;
    nlohmann::json newItem() const override;

    // A new one-off action starts here (the plan's start).
    void setDefaultTime(const QDateTime& utc) { m_defaultTime = utc; }

private:
    void updateRows() override;

    QDateTime m_defaultTime;
    QLineEdit* m_name = nullptr;
    QComboBox* m_when = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QLineEdit* m_cron = nullptr;
    QSpinBox* m_min = nullptr;
    QSpinBox* m_max = nullptr;
    QSpinBox* m_desired = nullptr;
    QWidget* m_atRow = nullptr;
    QWidget* m_cronRow = nullptr;
};

} // namespace archdesk::ui
