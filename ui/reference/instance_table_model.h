#pragma once
// InstanceTableModel: the catalog's instance types with their newest Linux price in one Region, for the Reference page.

#include <QAbstractTableModel>
#include <optional>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/catalog/instance_price.h"

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

    // Re-reads prices of this Region (after an import, or when another Region is chosen); db may be null
    // (bundled prices only, which are us-east-1's). A type without a price in the Region shows "—".
    void loadPrices(const std::string& dataDir, core::store::Database* db, const std::string& region);
    const std::string& region() const { return m_region; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::catalog::InstanceType* typeAt(int row) const;
    // Source and date of a row's On-Demand price ("" when no price is known).
    QString priceSource(int row) const;
    // Every price known for a row's type in the Region (On-Demand and Reserved, with their sources); null when none.
    const core::catalog::InstancePrice* priceAt(int row) const;

    static QString categoryLabel(const std::string& category);

private:
    std::optional<double> onDemandAt(std::size_t row) const;

    const core::catalog::Catalog& m_catalog;
    std::string m_region = "us-east-1";
    std::vector<std::optional<core::catalog::InstancePrice>> m_prices; // same order as m_catalog.types()
};

} // namespace archdesk::ui
