#include "ui/exam/review_model.h"

#include "core/study/exam_scoring.h"
#include "ui/exam/exam_text.h"

#include <QBrush>
#include <QColor>

namespace archdesk::ui {

void ReviewModel::setAttempt(const core::study::ExamAttempt& attempt, const core::study::Blueprint& blueprint,
                             const core::study::QuestionIndex& questions)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& a : attempt.answers) {
        Row r;
        r.position = a.position;
        r.questionId = QString::fromStdString(a.questionId);
        r.domainId = QString::fromStdString(a.domainId);
        for (std::size_t i = 0; i < blueprint.domains.size(); ++i)
            if (blueprint.domains[i].id == a.domainId) {
                r.domainName = QString::fromStdString(blueprint.domains[i].name);
                r.domainNumber = static_cast<int>(i) + 1;
            }
        r.answer = formatKeys(a.answer);
        r.flagged = a.flagged;
        r.timeMs = a.timeMs;
        const auto q = questions.find(a.questionId);
        if (q == questions.end())
            r.outcome = Outcome::Unknown;
        else {
            r.rightAnswer = formatKeys(q->second->answerKey());
            if (a.answer.empty())
                r.outcome = Outcome::Unanswered;
            else
                r.outcome =
                    core::study::isAnswerCorrect(*q->second, a.answer) ? Outcome::Right : Outcome::Wrong;
        }
        m_rows.push_back(r);
    }
    endResetModel();
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return r.position + 1;
        case Domain:
            return r.domainNumber > 0 ? tr("D%1").arg(r.domainNumber) : r.domainId;
        case Result:
            switch (r.outcome) {
            case Outcome::Right:
                return tr("Right");
            case Outcome::Wrong:
                return tr("Wrong");
            case Outcome::Unanswered:
                return tr("Unanswered");
            case Outcome::Unknown:
                return tr("Not scored");
            }
            return {};
        case YourAnswer:
            return r.answer.isEmpty() ? tr("—") : r.answer;
        case RightAnswer:
            return r.rightAnswer;
        case Flagged:
            return r.flagged ? tr("Flagged") : QString();
        case Time:
            return formatDuration(r.timeMs);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Domain)
        return r.domainName;
    if (role == Qt::ForegroundRole && index.column() == Result) {
        if (r.outcome == Outcome::Right)
            return QBrush(QColor(0x1a, 0x7f, 0x37));
        if (r.outcome == Outcome::Wrong || r.outcome == Outcome::Unanswered)
            return QBrush(QColor(0xb4, 0x23, 0x18));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Time))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Domain:
        return tr("Domain");
    case Result:
        return tr("Result");
    case YourAnswer:
        return tr("Your answer");
    case RightAnswer:
        return tr("Right answer");
    case Flagged:
        return tr("Flag");
    case Time:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace archdesk::ui
