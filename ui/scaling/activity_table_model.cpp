#include "ui/scaling/activity_table_model.h"

#include "core/scaling/simulation_report.h"

namespace archdesk::ui {

ActivityTableModel::ActivityTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActivityTableModel::setResult(std::shared_ptr<const core::scaling::ScalingPlan> plan,
                                   std::shared_ptr<const core::scaling::SimulationResult> result)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_result = std::move(result);
    endResetModel();
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return static_cast<int>(m_result->activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_result || !m_plan || index.row() >= rowCount())
        return {};
    const auto& a = m_result->activities[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return QString::fromStdString(core::formatIso8601(a.time));
        case Az:
            return static_cast<std::size_t>(a.az) < m_result->azs.size()
                       ? QString::fromStdString(m_result->azs[static_cast<std::size_t>(a.az)])
                       : QString();
        case Description: return QString::fromStdString(core::scaling::activityDescription(a));
        case Cause: return QString::fromStdString(core::scaling::activityCause(a, *m_plan, *m_result));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Cause)
        return QString::fromStdString(core::scaling::activityCause(a, *m_plan, *m_result));
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time (UTC)");
    case Az: return tr("AZ");
    case Description: return tr("Description");
    case Cause: return tr("Cause");
    default: return {};
    }
}

} // namespace archdesk::ui
