#include "ui/cost/cost_options_model.h"

#include <cmath>

#include <QBrush>
#include <QColor>

namespace {

// Rounded to the shown decimals, without a negative zero ("$-0.00" for an option equal to On-Demand).
double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(v * scale) / scale;
    return r == 0 ? 0.0 : r;
}

QString signedMoney(double v)
{
    const double r = rounded(v, 2);
    return (r < 0 ? QStringLiteral("−$%L1") : QStringLiteral("$%L1")).arg(std::abs(r), 0, 'f', 2);
}

} // namespace

namespace archdesk::ui {

CostOptionsModel::CostOptionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CostOptionsModel::setOptions(std::vector<core::billing::OptionResult> options)
{
    beginResetModel();
    m_options = std::move(options);
    endResetModel();
}

int CostOptionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_options.size());
}

int CostOptionsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CostOptionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& o = m_options[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        // "standard" is the usual class; leaving it out keeps the column narrow (the tooltip has it).
        case Option: return QString::fromStdString(o.name).remove(QStringLiteral("standard "));
        case Total: return QStringLiteral("$%L1").arg(o.total, 0, 'f', 2);
        case EffectiveHourly:
            return o.effectiveHourly ? QStringLiteral("$%1").arg(*o.effectiveHourly, 0, 'f', 4) : tr("–");
        case Savings: return signedMoney(o.savings);
        case SavingsPct: {
            const double pct = rounded(o.savingsPct, 1);
            return (pct < 0 ? QStringLiteral("−%1%") : QStringLiteral("%1%")).arg(std::abs(pct), 0, 'f', 1);
        }
        case BreakEven:
            if (o.option.kind == core::billing::PlanOption::Kind::OnDemand)
                return tr("–");
            return o.breakEvenMonth ? tr("month %1").arg(*o.breakEvenMonth, 0, 'f', 1) : tr("never");
        case ColumnCount: break;
        }
    } else if (role == Qt::UserRole) {
        // Raw values, for sorting and tests.
        switch (column) {
        case Option: return QString::fromStdString(o.name);
        case Total: return o.total;
        case EffectiveHourly: return o.effectiveHourly ? QVariant(*o.effectiveHourly) : QVariant();
        case Savings: return o.savings;
        case SavingsPct: return o.savingsPct;
        case BreakEven: return o.breakEvenMonth ? QVariant(*o.breakEvenMonth) : QVariant();
        case ColumnCount: break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return column == Option ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && (column == Savings || column == SavingsPct)) {
        if (o.savings < -0.005)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (o.savings > 0.005)
            return QBrush(QColor(0x1a, 0x7f, 0x37));
    } else if (role == Qt::ToolTipRole) {
        return o.note.empty() ? QString::fromStdString(o.name)
                              : QStringLiteral("%1: %2").arg(QString::fromStdString(o.name), QString::fromStdString(o.note));
    }
    return {};
}

QVariant CostOptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Option: return tr("Option");
    case Total: return tr("Total");
    case EffectiveHourly: return tr("Per used hour");
    case Savings: return tr("Savings");
    case SavingsPct: return tr("Savings %");
    case BreakEven: return tr("Break-even");
    default: return {};
    }
}

QString CostOptionsModel::toCsv() const
{
    const auto quote = [](QString s) {
        if (s.contains(',') || s.contains('"') || s.contains('\n'))
            return '"' + s.replace('"', QStringLiteral("\"\"")) + '"';
        return s;
    };
    QString out = QStringLiteral("option,total,effective_hourly,savings,savings_pct,break_even_month\n");
    for (const auto& o : m_options) {
        out += quote(QString::fromStdString(o.name)) + ',' + QString::number(o.total, 'f', 6) + ',' +
               (o.effectiveHourly ? QString::number(*o.effectiveHourly, 'f', 6) : QString()) + ',' +
               QString::number(o.savings, 'f', 6) + ',' + QString::number(o.savingsPct, 'f', 2) + ',' +
               (o.breakEvenMonth ? QString::number(*o.breakEvenMonth, 'f', 4) : QString()) + '\n';
    }
    return out;
}

} // namespace archdesk::ui
