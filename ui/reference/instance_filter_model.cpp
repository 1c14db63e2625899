#include "ui/reference/instance_filter_model.h"

#include "ui/reference/instance_table_model.h"

namespace archdesk::ui {

InstanceFilterModel::InstanceFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(InstanceTableModel::SortRole);
}

void InstanceFilterModel::setFamily(const QString& family)
{
    m_family = family.trimmed().toLower();
    invalidateFilter();
}

void InstanceFilterModel::setCategory(const QString& category)
{
    m_category = category;
    invalidateFilter();
}

void InstanceFilterModel::setGeneration(const QString& generation)
{
    m_generation = generation;
    invalidateFilter();
}

void InstanceFilterModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool InstanceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* m = sourceModel();
    const auto value = [&](int column) {
        return m->data(m->index(sourceRow, column, sourceParent), InstanceTableModel::SortRole).toString();
    };
    if (!m_family.isEmpty() && value(InstanceTableModel::Family) != m_family)
        return false;
    if (!m_category.isEmpty() && value(InstanceTableModel::Category) != m_category)
        return false;
    if (!m_generation.isEmpty() && value(InstanceTableModel::Generation) != m_generation)
        return false;
    if (!m_search.isEmpty() && !value(InstanceTableModel::Type).contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace archdesk::ui
