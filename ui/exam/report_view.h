#pragma once
// ReportView: a submitted attempt — score and its estimate, pass/fail, where to study next, per-domain chart
// against the blueprint weights, time, and a filterable review of every question with explanations and links.

#include "core/study/blueprint.h"
#include "core/study/exam_store.h"
#include "core/study/question_index.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;
class QVBoxLayout;
class QUrl;

class QChart;
class QChartView;

namespace archdesk::ui {

class ReviewModel;

class ReportView final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget* parent = nullptr);

    void setAttempt(const core::study::ExamAttempt& attempt, const core::study::Blueprint& blueprint,
                    const core::study::QuestionIndex& questions);

    ReviewModel* reviewModel() const { return m_model; }
    // Rows left visible by the filters.
    int visibleRows() const;
    void setResultFilter(int index); // 0 all, 1 wrong or unanswered, 2 flagged
    void setDomainFilter(const QString& domainId);

    // Only http and https links are opened, in the system browser; returns whether it was opened.
    static bool openLink(const QUrl& url);

signals:
    void drillRequested(const QString& blueprintId, const QString& domainId);
    void mistakesRequested(const QString& blueprintId);
    void backRequested();

private:
    static QChart* timeChart(const core::study::ExamAttempt& attempt, int plotWidth);
    void applyFilters();
    void showDetail(int row);

    const core::study::QuestionIndex* m_questions = nullptr;
    core::study::ExamAttempt m_attempt;
    const core::study::Blueprint* m_blueprint = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_next = nullptr;
    QVBoxLayout* m_nextButtons = nullptr;
    QChartView* m_chart = nullptr;
    QChartView* m_timeChart = nullptr;
    QLabel* m_chartLegend = nullptr;
    QComboBox* m_resultFilter = nullptr;
    QComboBox* m_domainFilter = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    ReviewModel* m_model = nullptr;
};

} // namespace archdesk::ui
