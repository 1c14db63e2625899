#include "ui/flashcards/card_table_model.h"

#include <algorithm>

namespace archdesk::ui {

namespace {

QString joined(const std::vector<std::string>& items)
{
    QStringList list;
    for (const auto& s : items)
        list << QString::fromStdString(s);
    return list.join(QLatin1Char(' '));
}

QString oneLine(const std::string& text)
{
    QString s = QString::fromStdString(text);
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.size() > 140 ? s.left(139) + QChar(0x2026) : s;
}

} // namespace

CardTableModel::CardTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CardTableModel::setRows(const core::study::CardCollection* cards, std::vector<std::size_t> rows,
                             core::EpochMs now)
{
    beginResetModel();
    m_cards = cards;
    m_rows = std::move(rows);
    m_now = now;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

const core::study::CardRecord* CardTableModel::record(int row) const
{
    if (!m_cards || row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_cards->cards()[m_rows[static_cast<std::size_t>(row)]];
}

int CardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CardTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CardTableModel::sortKey(const core::study::CardRecord& r, int column) const
{
    const auto& m = r.memory;
    const bool fresh = m.state == core::study::CardState::New;
    switch (column) {
    case Front: return QString::fromStdString(r.card.front).toLower();
    case Back: return QString::fromStdString(r.card.back).toLower();
    case Tags: return joined(r.card.tags);
    case Services: return joined(r.card.services);
    case Domain: {
        const auto it = r.card.domains.find("sap-c02");
        return it == r.card.domains.end() ? QString() : QString::fromStdString(it->second);
    }
    case State: return static_cast<int>(m.state) * 2 + (r.suspended ? 1 : 0);
    case Due: return fresh ? std::numeric_limits<qint64>::max() : static_cast<qint64>(m.due);
    case Interval: return static_cast<qint64>(m.scheduledDays);
    case Stability: return m.stability;
    case Difficulty: return m.difficulty;
    case Reps: return m.reps;
    case Lapses: return m.lapses;
    default: return {};
    }
}

QVariant CardTableModel::data(const QModelIndex& index, int role) const
{
    const auto* r = index.isValid() ? record(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const auto& m = r->memory;
    const bool fresh = m.state == core::study::CardState::New;
    if (role == SortRole)
        return sortKey(*r, index.column());
    if (role == IdRole)
        return QString::fromStdString(r->card.id);
    if (role == Qt::TextAlignmentRole && index.column() >= Interval)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == Front || index.column() == Back))
        return QString::fromStdString(index.column() == Front ? r->card.front : r->card.back);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Front: return oneLine(r->card.front);
    case Back: return oneLine(r->card.back);
    case Tags: return joined(r->card.tags);
    case Services: return joined(r->card.services);
    case Domain: return sortKey(*r, Domain);
    case State: {
        QString s;
        switch (m.state) {
        case core::study::CardState::New: s = tr("New"); break;
        case core::study::CardState::Learning: s = tr("Learning"); break;
        case core::study::CardState::Review: s = tr("Review"); break;
        case core::study::CardState::Relearning: s = tr("Relearning"); break;
        }
        if (r->suspended)
            s += tr(" (suspended)");
        else if (r->buried(m_now))
            s += tr(" (buried)");
        return s;
    }
    case Due:
        return fresh ? QString() : QString::fromStdString(core::formatIsoDate(m.due));
    case Interval: return fresh ? QString() : tr("%1 d").arg(m.scheduledDays);
    case Stability: return fresh ? QString() : QString::number(m.stability, 'f', 1);
    case Difficulty: return fresh ? QString() : QString::number(m.difficulty, 'f', 2);
    case Reps: return m.reps;
    case Lapses: return m.lapses;
    default: return {};
    }
}

QVariant CardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Front: return tr("Front");
    case Back: return tr("Back");
    case Tags: return tr("Tags");
    case Services: return tr("Services");
    case Domain: return tr("Domain");
    case State: return tr("State");
    case Due: return tr("Due");
    case Interval: return tr("Interval");
    case Stability: return tr("Stability");
    case Difficulty: return tr("Difficulty");
    case Reps: return tr("Reviews");
    case Lapses: return tr("Lapses");
    default: return {};
    }
}

void CardTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || !m_cards)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::size_t> oldRows;
    for (const auto& i : before)
        oldRows.push_back(m_rows[static_cast<std::size_t>(i.row())]);
    std::vector<QVariant> keys(m_cards->size());
    for (const auto r : m_rows)
        keys[r] = sortKey(m_cards->cards()[r], column);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](std::size_t a, std::size_t b) {
        const int c = QVariant::compare(keys[a], keys[b]) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(keys[a], keys[b]) == QPartialOrdering::Greater ? 1
                                                                                         : 0;
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QModelIndexList after;
    for (std::size_t k = 0; k < oldRows.size(); ++k) {
        const auto it = std::find(m_rows.begin(), m_rows.end(), oldRows[k]);
        after << index(static_cast<int>(it - m_rows.begin()), before[static_cast<int>(k)].column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace archdesk::ui
