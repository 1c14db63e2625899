#pragma once
// ExamPage: the Practice Exam page — start screen with resume offer and history, the exam, and the report.

#include "core/study/question_index.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QChartView;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace archdesk::ui {

struct AppState;
class ExamView;
class HistoryModel;
class ReportView;

class ExamPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ExamPage(AppState& state, QWidget* parent = nullptr);

    enum class Screen
    {
        Start,
        Exam,
        Report
    };
    Screen screen() const;

    // Start-screen choices, for the buttons and the tests. kind: 0 full, 1 custom, 2 drill, 3 mistakes.
    void choose(const QString& blueprintId, int kind, int length, bool timed, bool reviewFeedback,
                const QString& drillDomain = {});
    // Starts an exam with the chosen settings; returns an error message or empty.
    QString startExam();
    // Resumes the unfinished attempt offered on the start screen.
    QString resumeExam();
    void discardUnfinished();
    void showReport(qint64 attemptId);

    ExamView* examView() const { return m_examView; }
    ReportView* reportView() const { return m_reportView; }
    HistoryModel* historyModel() const { return m_history; }

private:
    void refreshStart();
    void refreshModeControls();
    void showProblem(const QString& message);

    AppState& m_state;
    core::study::QuestionIndex m_index; // the bank and the generated practice bank
    QCheckBox* m_practice = nullptr;
    static constexpr int kPracticeSection = 6;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_start = nullptr;
    ExamView* m_examView = nullptr;
    ReportView* m_reportView = nullptr;
    QLabel* m_problem = nullptr;
    QFrame* m_resumeBanner = nullptr;
    QLabel* m_resumeText = nullptr;
    std::optional<qint64> m_unfinished;
    QComboBox* m_blueprint = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_domain = nullptr;
    QSpinBox* m_length = nullptr;
    QCheckBox* m_timed = nullptr;
    QButtonGroup* m_feedback = nullptr;
    QLabel* m_startHint = nullptr;
    QPushButton* m_startButton = nullptr;
    HistoryModel* m_history = nullptr;
    QTableView* m_historyTable = nullptr;
    QChartView* m_trend = nullptr;
};

} // namespace archdesk::ui
