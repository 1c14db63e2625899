#pragma once
// InstanceTableModel: the catalog's instance types with their newest us-east-1 Linux price, for the Reference page.

#include <QAbstractTableModel>
#include <optional>
#include <vector>

#include "core/catalog/catalog.h"

namespace archdesk::core::store {
class Database;
}

namespace archdesk::ui {

class InstanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Family, Category, Generation, Vcpu, MemoryGib, PriceHour, PriceMonth, ColumnCount };
    // Qt::DisplayRole is text; SortRole the raw value (numbers as double, a missing price as -1).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr double kHoursPerMonth = 730.0; // the AWS calculator's month

    explicit InstanceTableModel(const core::catalog::Catalog& catalog, QObject* parent = nullptr);

    // Re-reads prices (after an import); db may be null (bundled prices only).
    void loadPrices(const std::string& dataDir, core::store::Database* db, const std::string& region);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::catalog::InstanceType* typeAt(int row) const;
    // Price, source and date of a row ("" when no price is known).
    QString priceSource(int row) const;

    static QString categoryLabel(const std::string& category);

private:
    struct Price
    {
        double hourly = 0;
        QString source;
    };
    const core::catalog::Catalog& m_catalog;
    std::vector<std::optional<Price>> m_prices; // same order as m_catalog.types()
};

} // namespace archdesk::ui
