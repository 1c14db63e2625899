#pragma once
// HistoryModel: the submitted practice exams, newest first — date, blueprint, mode, score and estimate.

#include "core/content/content.h"
#include "core/study/exam_store.h"

#include <QAbstractTableModel>
#include <vector>

namespace archdesk::ui {

class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Blueprint,
        Mode,
        Questions,
        Percent,
        Estimate,
        Passed,
        TimeUsed,
        ColumnCount
    };

    struct Row
    {
        qint64 attemptId = 0;
        qint64 finishedAt = 0;
        QString blueprint;
        QString mode;
        int questions = 0;
        double percent = 0;
        int estimate = 0;
        bool passed = false;
        qint64 timeUsedMs = 0;
    };

    explicit HistoryModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    // attempts oldest first (as ExamStore gives them); shown newest first.
    void setAttempts(const std::vector<core::study::ExamAttempt>& attempts,
                     const core::content::Content& content, const core::study::QuestionIndex& questions);
    const Row& row(int r) const { return m_rows[static_cast<std::size_t>(r)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString modeName(const core::study::ExamMode& mode, const core::study::Blueprint* blueprint);

private:
    std::vector<Row> m_rows;
};

} // namespace archdesk::ui
