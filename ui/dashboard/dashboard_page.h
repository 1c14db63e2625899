#pragma once
// DashboardPage: readiness per exam domain, what is due, the streak, recent exams, the exam countdown,
// and the one next step to take.

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class QGridLayout;
class QChartView;

namespace archdesk::ui {

struct AppState;

class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(AppState& state, QWidget* parent = nullptr);

    // Recomputes everything from the database (after reviews, exams or a settings change).
    void refresh();

    QString nextStepText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeTile(const QString& caption, QLabel*& value);

    AppState& m_state;
    QLabel* m_dueToday = nullptr;
    QLabel* m_dueWeek = nullptr;
    QLabel* m_newCards = nullptr;
    QLabel* m_streak = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_nextStep = nullptr;
    QPushButton* m_nextButton = nullptr;
    QGridLayout* m_readiness = nullptr;
    QLabel* m_readinessTitle = nullptr;
    QChartView* m_trend = nullptr;
    QLabel* m_problem = nullptr;
    QString m_nextPage;
    QString m_drillBlueprint; // set when the next step is a domain drill
    QString m_drillDomain;
};

} // namespace archdesk::ui
