#pragma once
// ActivityTableModel: the simulated activity history as a table (time, AZ, description, cause).

#include <QAbstractTableModel>
#include <memory>

#include "core/scaling/scaling_plan.h"
#include "core/scaling/simulation_result.h"

namespace archdesk::ui {

class ActivityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Az, Description, Cause, ColumnCount };

    explicit ActivityTableModel(QObject* parent = nullptr);

    // Both are shared with the page; the model only reads them.
    void setResult(std::shared_ptr<const core::scaling::ScalingPlan> plan,
                   std::shared_ptr<const core::scaling::SimulationResult> result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const core::scaling::ScalingPlan> m_plan;
    std::shared_ptr<const core::scaling::SimulationResult> m_result;
};

} // namespace archdesk::ui
