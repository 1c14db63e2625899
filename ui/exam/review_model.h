#pragma once
// ReviewModel: one row per question of a submitted attempt — domain, result, the user's and the right answer,
// time.

#include "core/study/blueprint.h"
#include "core/study/exam_store.h"
#include "core/study/question_index.h"

#include <QAbstractTableModel>
#include <vector>

namespace archdesk::ui {

class ReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Domain,
        Result,
        YourAnswer,
        RightAnswer,
        Flagged,
        Time,
        ColumnCount
    };
    enum class Outcome
    {
        Right,
        Wrong,
        Unanswered,
        Unknown
    };

    struct Row
    {
        int position = 0;
        QString questionId;
        QString domainId;
        QString domainName;
        int domainNumber = 0; // 1-based, in blueprint order
        Outcome outcome = Outcome::Unknown;
        QString answer;
        QString rightAnswer;
        bool flagged = false;
        qint64 timeMs = 0;
    };

    explicit ReviewModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setAttempt(const core::study::ExamAttempt& attempt, const core::study::Blueprint& blueprint,
                    const core::study::QuestionIndex& questions);
    const Row& row(int r) const { return m_rows[static_cast<std::size_t>(r)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace archdesk::ui
