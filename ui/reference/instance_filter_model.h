#pragma once
// InstanceFilterModel: filters the instance table by family, category, generation and a name search.

#include <QSortFilterProxyModel>

namespace archdesk::ui {

class InstanceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InstanceFilterModel(QObject* parent = nullptr);

    // Empty means "any". Category and generation take the catalog's ids (e.g. "storage_optimized").
    void setFamily(const QString& family);
    void setCategory(const QString& category);
    void setGeneration(const QString& generation);
    // Case-insensitive substring of the instance type name.
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_family, m_category, m_generation, m_search;
};

} // namespace archdesk::ui
