#pragma once
// ExamView: the exam screen — one question at a time, options, flag, navigator, countdown, keyboard, submit.

#include "ui/exam/exam_session.h"

#include <QWidget>
#include <memory>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace archdesk::ui {

class ExamView final : public QWidget
{
    Q_OBJECT
public:
    explicit ExamView(QWidget* parent = nullptr);
    ~ExamView() override;

    // Starts showing a session (the view owns it from now on).
    void setSession(std::unique_ptr<ExamSession> session);
    ExamSession* session() const { return m_session.get(); }

    // The keyboard commands, also used by the buttons.
    void chooseOption(int index);
    void next();
    void previous();
    void toggleFlag();
    void askToSubmit();
    void confirmSubmit();
    void cancelSubmit();
    bool submitPanelShown() const;

signals:
    void submitted(qint64 attemptId);
    void problem(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showQuestion();
    void refreshNavigator();
    void refreshClock();
    void refreshFeedback();
    void report(const QString& error);
    std::string selectedKeys() const;

    std::unique_ptr<ExamSession> m_session;
    QLabel* m_progress = nullptr;
    QLabel* m_domain = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_pace = nullptr;
    QLabel* m_stem = nullptr;
    QLabel* m_choose = nullptr;
    QVBoxLayout* m_optionsLayout = nullptr;
    QButtonGroup* m_group = nullptr;
    std::vector<QAbstractButton*> m_buttons;
    std::vector<QLabel*> m_optionLabels;
    QLabel* m_feedback = nullptr;
    QPushButton* m_flag = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_submit = nullptr;
    QGridLayout* m_navGrid = nullptr;
    std::vector<QToolButton*> m_navButtons;
    QFrame* m_submitPanel = nullptr;
    QLabel* m_submitText = nullptr;
    QTimer* m_tick = nullptr;
    int m_ticks = 0;
};

} // namespace archdesk::ui
