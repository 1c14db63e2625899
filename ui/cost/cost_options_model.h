#pragma once
// CostOptionsModel: the cost comparison's options as table rows (total, effective hourly, savings, break-even).

#include <QAbstractTableModel>
#include <vector>

#include "core/billing/cost_comparison.h"

namespace archdesk::ui {

class CostOptionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Option, Total, EffectiveHourly, Savings, SavingsPct, BreakEven, ColumnCount };

    explicit CostOptionsModel(QObject* parent = nullptr);

    void setOptions(std::vector<core::billing::OptionResult> options);
    const std::vector<core::billing::OptionResult>& options() const { return m_options; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as CSV text (header + rows), numbers unformatted.
    QString toCsv() const;

private:
    std::vector<core::billing::OptionResult> m_options;
};

} // namespace archdesk::ui
