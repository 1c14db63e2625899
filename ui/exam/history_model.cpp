#include "ui/exam/history_model.h"

#include "core/study/exam_scoring.h"
#include "ui/exam/exam_text.h"

#include <QDateTime>

namespace archdesk::ui {

QString HistoryModel::modeName(const core::study::ExamMode& mode, const core::study::Blueprint* blueprint)
{
    QString name;
    switch (mode.kind) {
    case core::study::ExamKind::Full:
        name = tr("Full exam");
        break;
    case core::study::ExamKind::Custom:
        name = tr("Custom length");
        break;
    case core::study::ExamKind::DomainDrill: {
        const auto* d = blueprint ? blueprint->domain(mode.drillDomain) : nullptr;
        name = tr("Drill: %1")
                   .arg(d ? QString::fromStdString(d->name) : QString::fromStdString(mode.drillDomain));
        break;
    }
    case core::study::ExamKind::Mistakes:
        name = tr("My mistakes");
        break;
    }
    return mode.reviewFeedback ? tr("%1, review mode").arg(name) : name;
}

void HistoryModel::setAttempts(const std::vector<core::study::ExamAttempt>& attempts,
                               const core::content::Content& content,
                               const core::study::QuestionIndex& questions)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = attempts.rbegin(); it != attempts.rend(); ++it) {
        const auto* bp = content.blueprint(it->blueprintId);
        Row r;
        r.attemptId = it->id;
        r.finishedAt = it->finishedAt.value_or(0);
        r.blueprint = bp ? QString::fromStdString(bp->id) : QString::fromStdString(it->blueprintId);
        r.mode = modeName(it->mode, bp);
        r.questions = static_cast<int>(it->answers.size());
        r.timeUsedMs = it->timeUsedMs;
        if (bp) {
            const auto score = core::study::scoreExam(*bp, questions, it->marked());
            r.percent = score.rawPercent();
            r.estimate = score.scaledEstimate;
            r.passed = score.passed();
        }
        m_rows.push_back(r);
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return QDateTime::fromMSecsSinceEpoch(r.finishedAt)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Blueprint:
            return r.blueprint;
        case Mode:
            return r.mode;
        case Questions:
            return r.questions;
        case Percent:
            return QStringLiteral("%1%").arg(r.percent, 0, 'f', 0);
        case Estimate:
            return r.estimate;
        case Passed:
            return r.passed ? tr("Pass") : tr("Not yet");
        case TimeUsed:
            return formatDuration(r.timeUsedMs);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Questions || index.column() == Percent || index.column() == Estimate))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Submitted");
    case Blueprint:
        return tr("Blueprint");
    case Mode:
        return tr("Mode");
    case Questions:
        return tr("Questions");
    case Percent:
        return tr("Right");
    case Estimate:
        return tr("Estimate");
    case Passed:
        return tr("Result");
    case TimeUsed:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace archdesk::ui
