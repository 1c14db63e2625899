#pragma once
// CardTableModel: the card browser's table — a thin adapter over the collection's rows that match the search.

#include <QAbstractTableModel>
#include <vector>

#include "core/study/card_collection.h"

namespace archdesk::ui {

class CardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Front, Back, Tags, Services, Domain, State, Due, Interval, Stability, Difficulty, Reps, Lapses,
                  ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit CardTableModel(QObject* parent = nullptr);

    // Shows these rows (indices into cards->cards()); `now` is used for the due column.
    void setRows(const core::study::CardCollection* cards, std::vector<std::size_t> rows, core::EpochMs now);
    const core::study::CardRecord* record(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortKey(const core::study::CardRecord& r, int column) const;

    const core::study::CardCollection* m_cards = nullptr;
    std::vector<std::size_t> m_rows;
    core::EpochMs m_now = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace archdesk::ui
