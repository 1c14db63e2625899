#include "ui/reference/instance_table_model.h"

#include "core/catalog/price_lookup.h"

namespace archdesk::ui {

InstanceTableModel::InstanceTableModel(const core::catalog::Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_prices(catalog.types().size())
{
}

void InstanceTableModel::loadPrices(const std::string& dataDir, core::store::Database* db, const std::string& region)
{
    m_region = region;
    const auto& types = m_catalog.types();
    for (std::size_t i = 0; i < types.size(); ++i) {
        auto p = core::catalog::lookupPrice(dataDir, db, types[i].name, region, "linux");
        if (p)
            m_prices[i] = std::move(*p);
        else
            m_prices[i].reset();
    }
    if (!types.empty())
        emit dataChanged(index(0, PriceHour), index(rowCount() - 1, PriceMonth));
}

int InstanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.types().size());
}

int InstanceTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString InstanceTableModel::categoryLabel(const std::string& category)
{
    if (category == "general_purpose")
        return tr("General purpose");
    if (category == "compute_optimized")
        return tr("Compute optimized");
    if (category == "memory_optimized")
        return tr("Memory optimized");
    if (category == "accelerated_computing")
        return tr("Accelerated computing");
    if (category == "storage_optimized")
        return tr("Storage optimized");
    if (category == "hpc")
        return tr("HPC optimized");
    return QString::fromStdString(category);
}

const core::catalog::InstanceType* InstanceTableModel::typeAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_catalog.types()[static_cast<std::size_t>(row)];
}

const core::catalog::InstancePrice* InstanceTableModel::priceAt(int row) const
{
    if (row < 0 || row >= rowCount() || !m_prices[static_cast<std::size_t>(row)])
        return nullptr;
    return &*m_prices[static_cast<std::size_t>(row)];
}

std::optional<double> InstanceTableModel::onDemandAt(std::size_t row) const
{
    return m_prices[row] ? m_prices[row]->onDemandHourly : std::nullopt;
}

QString InstanceTableModel::priceSource(int row) const
{
    const auto* p = priceAt(row);
    if (!p || !p->onDemandHourly)
        return {};
    return tr("%1 (%2)").arg(QString::fromStdString(p->source), QString::fromStdString(p->date));
}

QVariant InstanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto& t = m_catalog.types()[row];
    const std::optional<double> price = onDemandAt(row);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Vcpu ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && (index.column() == PriceHour || index.column() == PriceMonth))
        return price ? priceSource(index.row())
                     : tr("No price known in %1; import a price file (File → Import prices…)")
                           .arg(QString::fromStdString(m_region));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (static_cast<Column>(index.column())) {
    case Type: return QString::fromStdString(t.name);
    case Family: return QString::fromStdString(t.family);
    case Category: return sort ? QString::fromStdString(t.category) : categoryLabel(t.category);
    case Generation: return sort ? QString::fromStdString(t.generation)
                                 : (t.generation == "current" ? tr("current") : tr("previous"));
    case Vcpu: return sort ? QVariant(static_cast<double>(t.vcpu)) : QVariant(t.vcpu);
    case MemoryGib: return sort ? QVariant(t.memoryGib) : QVariant(QString::number(t.memoryGib, 'g', 8));
    case PriceHour:
        if (sort)
            return price ? *price : -1.0;
        return price ? QStringLiteral("$%1").arg(*price, 0, 'f', 4) : QStringLiteral("—");
    case PriceMonth:
        if (sort)
            return price ? *price * kHoursPerMonth : -1.0;
        return price ? QStringLiteral("$%L1").arg(*price * kHoursPerMonth, 0, 'f', 2) : QStringLiteral("—");
    case ColumnCount: break;
    }
    return {};
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Type: return tr("Instance type");
    case Family: return tr("Family");
    case Category: return tr("Category");
    case Generation: return tr("Generation");
    case Vcpu: return tr("vCPU");
    case MemoryGib: return tr("Memory (GiB)");
    case PriceHour: return tr("Price / hour");
    case PriceMonth: return tr("Price / month");
    case ColumnCount: break;
    }
    return {};
}

} // namespace archdesk::ui
