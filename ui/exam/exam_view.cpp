#include "ui/exam/exam_view.h"

#include "core/study/exam_scoring.h"
#include "ui/exam/exam_text.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace archdesk::ui {

namespace {

constexpr int kSaveEverySeconds = 15;
constexpr int kNavColumns = 10;

QString chooseHint(int select)
{
    switch (select) {
    case 1:
        return QObject::tr("Choose one.");
    case 2:
        return QObject::tr("Choose two.");
    case 3:
        return QObject::tr("Choose three.");
    default:
        return QObject::tr("Choose %1.").arg(select);
    }
}

} // namespace

ExamView::ExamView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* main = new QVBoxLayout();
    auto* top = new QHBoxLayout();
    m_progress = new QLabel(this);
    QFont bold = m_progress->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_progress->setFont(bold);
    m_domain = new QLabel(this);
    m_domain->setObjectName(QStringLiteral("examDomain"));
    top->addWidget(m_progress);
    top->addSpacing(12);
    top->addWidget(m_domain, 1);
    main->addLayout(top);

    m_submitPanel = new QFrame(this);
    m_submitPanel->setObjectName(QStringLiteral("submitPanel"));
    m_submitPanel->setFrameShape(QFrame::StyledPanel);
    m_submitPanel->setStyleSheet(
        QStringLiteral("#submitPanel { background: #fff4e0; border: 1px solid #e0a040; }"));
    auto* submitLayout = new QVBoxLayout(m_submitPanel);
    m_submitText = new QLabel(m_submitPanel);
    m_submitText->setWordWrap(true);
    submitLayout->addWidget(m_submitText);
    auto* submitButtons = new QHBoxLayout();
    auto* confirm = new QPushButton(tr("Submit now (Enter)"), m_submitPanel);
    auto* back = new QPushButton(tr("Back to the exam (Esc)"), m_submitPanel);
    connect(confirm, &QPushButton::clicked, this, &ExamView::confirmSubmit);
    connect(back, &QPushButton::clicked, this, &ExamView::cancelSubmit);
    submitButtons->addWidget(confirm);
    submitButtons->addWidget(back);
    submitButtons->addStretch(1);
    submitLayout->addLayout(submitButtons);
    m_submitPanel->hide();
    main->addWidget(m_submitPanel);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* bodyLayout = new QVBoxLayout(body);
    m_stem = new QLabel(body);
    m_stem->setObjectName(QStringLiteral("examStem"));
    m_stem->setWordWrap(true);
    m_stem->setTextFormat(Qt::PlainText);
    QFont stemFont = m_stem->font();
    stemFont.setPointSizeF(stemFont.pointSizeF() * 1.08);
    m_stem->setFont(stemFont);
    bodyLayout->addWidget(m_stem);
    m_choose = new QLabel(body);
    m_choose->setObjectName(QStringLiteral("examChoose"));
    QFont chooseFont = m_choose->font();
    chooseFont.setBold(true);
    m_choose->setFont(chooseFont);
    bodyLayout->addWidget(m_choose);
    m_optionsLayout = new QVBoxLayout();
    m_optionsLayout->setSpacing(10);
    bodyLayout->addLayout(m_optionsLayout);
    m_feedback = new QLabel(body);
    m_feedback->setObjectName(QStringLiteral("examFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->hide();
    bodyLayout->addWidget(m_feedback);
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    main->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout();
    m_prev = new QPushButton(tr("← Previous (P)"), this);
    m_next = new QPushButton(tr("Next (N) →"), this);
    m_flag = new QPushButton(tr("Flag (F)"), this);
    m_flag->setCheckable(true);
    m_submit = new QPushButton(tr("Submit… (S)"), this);
    for (auto* b : {m_prev, m_next, m_flag, m_submit})
        b->setFocusPolicy(Qt::TabFocus);
    connect(m_prev, &QPushButton::clicked, this, &ExamView::previous);
    connect(m_next, &QPushButton::clicked, this, &ExamView::next);
    connect(m_flag, &QPushButton::clicked, this, &ExamView::toggleFlag);
    connect(m_submit, &QPushButton::clicked, this, &ExamView::askToSubmit);
    buttons->addWidget(m_prev);
    buttons->addWidget(m_next);
    buttons->addSpacing(16);
    buttons->addWidget(m_flag);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    main->addLayout(buttons);
    outer->addLayout(main, 1);

    // The side panel: the clock, the pacing hint and the navigator.
    auto* side = new QVBoxLayout();
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("examClock"));
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.5);
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    side->addWidget(m_clock);
    m_pace = new QLabel(this);
    m_pace->setObjectName(QStringLiteral("examPace"));
    m_pace->setWordWrap(true);
    m_pace->setMinimumWidth(300);
    side->addWidget(m_pace);
    side->addSpacing(8);
    auto* navTitle = new QLabel(tr("Questions"), this);
    navTitle->setFont(bold);
    side->addWidget(navTitle);
    auto* legend = new QLabel(tr("<span style='background:#cfe8cf'>&nbsp;answered&nbsp;</span> "
                                 "<span style='background:#ffd591'>&nbsp;flagged&nbsp;</span> "
                                 "<span style='background:#eeeeee'>&nbsp;unanswered&nbsp;</span>"),
                              this);
    side->addWidget(legend);
    m_navGrid = new QGridLayout();
    m_navGrid->setSpacing(3);
    side->addLayout(m_navGrid);
    auto* keys = new QLabel(tr("Keys: A–E or 1–6 choose (option F is 6, since F flags) · N next · P previous "
                               "· F flag · S submit"),
                            this);
    keys->setWordWrap(true);
    QPalette muted = keys->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    keys->setPalette(muted);
    side->addWidget(keys);
    side->addStretch(1);
    outer->addLayout(side);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_session)
            return;
        refreshClock();
        if (++m_ticks % kSaveEverySeconds == 0)
            report(m_session->saveTime());
        if (m_session->timedOut()) {
            // Time is up: as on the real exam, what has been answered is submitted.
            m_tick->stop();
            confirmSubmit();
        }
    });
}

ExamView::~ExamView()
{
    // Leaving mid-exam (closing the window): keep the time spent.
    if (m_session && !m_session->attempt().finished())
        m_session->saveTime();
}

void ExamView::setSession(std::unique_ptr<ExamSession> session)
{
    m_session = std::move(session);
    m_submitPanel->hide();
    for (auto* b : m_navButtons)
        delete b;
    m_navButtons.clear();
    for (int i = 0; i < m_session->count(); ++i) {
        auto* b = new QToolButton(this);
        b->setText(QString::number(i + 1));
        b->setFixedSize(30, 26);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QToolButton::clicked, this, [this, i] {
            report(m_session->moveTo(i));
            showQuestion();
        });
        m_navGrid->addWidget(b, i / kNavColumns, i % kNavColumns);
        m_navButtons.push_back(b);
    }
    m_ticks = 0;
    m_tick->start();
    showQuestion();
    setFocus();
}

void ExamView::showQuestion()
{
    if (!m_session)
        return;
    const int pos = m_session->position();
    const auto* q = m_session->question(pos);
    const auto& a = m_session->answer(pos);
    m_progress->setText(tr("Question %1 of %2").arg(pos + 1).arg(m_session->count()));
    const auto* domain = m_session->blueprint().domain(a.domainId);
    m_domain->setText(domain ? QString::fromStdString(domain->name) : QString());

    for (auto* l : m_optionLabels)
        delete l->parentWidget(); // now, not later: the new rows must not share the layout with the old
    m_optionLabels.clear();
    m_buttons.clear();
    delete m_group;
    m_group = new QButtonGroup(this);
    m_group->setExclusive(false);

    if (!q) {
        m_stem->setText(tr("This question is no longer in the bundled content; it will not be scored."));
        m_choose->clear();
    } else {
        m_stem->setText(QString::fromStdString(q->stem));
        m_choose->setText(chooseHint(q->select));
        for (std::size_t i = 0; i < q->options.size(); ++i) {
            const auto& o = q->options[i];
            auto* row = new QWidget(m_stem->parentWidget());
            auto* rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            const QString key = QString::fromStdString(o.key);
            QAbstractButton* button = q->select > 1
                                          ? static_cast<QAbstractButton*>(new QCheckBox(key, row))
                                          : static_cast<QAbstractButton*>(new QRadioButton(key, row));
            button->setFocusPolicy(Qt::NoFocus);
            button->setChecked(a.answer.find(o.key) != std::string::npos);
            button->setEnabled(!m_session->locked(pos));
            auto* label = new QLabel(QString::fromStdString(o.text), row);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->installEventFilter(this);
            label->setProperty("optionIndex", static_cast<int>(i));
            rowLayout->addWidget(button, 0, Qt::AlignTop);
            rowLayout->addWidget(label, 1);
            m_optionsLayout->addWidget(row);
            m_group->addButton(button, static_cast<int>(i));
            m_buttons.push_back(button);
            m_optionLabels.push_back(label);
        }
        connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
            // The click already toggled the button; undo that and apply the same rule as the keyboard.
            m_buttons[static_cast<std::size_t>(id)]->setChecked(
                !m_buttons[static_cast<std::size_t>(id)]->isChecked());
            chooseOption(id);
        });
    }
    m_flag->setChecked(a.flagged);
    m_prev->setEnabled(pos > 0);
    m_next->setEnabled(pos + 1 < m_session->count());
    refreshFeedback();
    refreshNavigator();
    refreshClock();
}

void ExamView::refreshFeedback()
{
    const int pos = m_session->position();
    const auto* q = m_session->question(pos);
    if (!q || !m_session->locked(pos)) {
        m_feedback->hide();
        for (auto* l : m_optionLabels)
            l->setStyleSheet({});
        return;
    }
    const auto& a = m_session->answer(pos);
    const bool right = core::study::isAnswerCorrect(*q, a.answer);
    QString html = right ? tr("<p><b style='color:#1a7f37'>Right.</b></p>")
                         : tr("<p><b style='color:#b42318'>Not right.</b> The answer is %1.</p>")
                               .arg(formatKeys(q->answerKey()));
    for (std::size_t i = 0; i < q->options.size(); ++i) {
        const auto& o = q->options[i];
        html += QStringLiteral("<p><b>%1</b> %2 — %3</p>")
                    .arg(QString::fromStdString(o.key), o.correct ? tr("(right)") : tr("(wrong)"),
                         QString::fromStdString(o.why).toHtmlEscaped());
        m_optionLabels[i]->setStyleSheet(o.correct ? QStringLiteral("color:#1a7f37; font-weight:bold")
                                                   : QString());
    }
    m_feedback->setText(html);
    m_feedback->show();
}

void ExamView::refreshNavigator()
{
    for (int i = 0; i < static_cast<int>(m_navButtons.size()); ++i) {
        const auto& a = m_session->answer(i);
        QString background = QStringLiteral("#eeeeee");
        if (a.flagged)
            background = QStringLiteral("#ffd591");
        else if (!a.answer.empty())
            background = QStringLiteral("#cfe8cf");
        const bool current = i == m_session->position();
        m_navButtons[static_cast<std::size_t>(i)]->setStyleSheet(
            QStringLiteral("QToolButton { background:%1; border:%2; border-radius:3px; color:#202020; }")
                .arg(background,
                     current ? QStringLiteral("2px solid #1f6feb") : QStringLiteral("1px solid #c0c0c0")));
        m_navButtons[static_cast<std::size_t>(i)]->setToolTip(
            a.flagged ? tr("Flagged") : (a.answer.empty() ? tr("Unanswered") : tr("Answered")));
    }
}

void ExamView::refreshClock()
{
    if (!m_session)
        return;
    const auto& attempt = m_session->attempt();
    int answered = 0;
    for (int i = 0; i < m_session->count(); ++i)
        answered += m_session->answer(i).answer.empty() ? 0 : 1;
    if (!attempt.timed) {
        m_clock->setText(tr("Time used %1").arg(formatDuration(m_session->timeUsedMs())));
        m_pace->setText(tr("Untimed. %1 of %2 answered.").arg(answered).arg(m_session->count()));
        return;
    }
    m_clock->setText(tr("Time left %1").arg(formatDuration(m_session->timeLeftMs())));
    const int paced = static_cast<int>(std::floor(m_session->pacedPosition()));
    const qint64 perQuestion = attempt.timeLimitMs / qMax(1, m_session->count());
    QString hint =
        tr("At a steady pace of %1 per question you would have done %2 by now; you have answered %3.")
            .arg(formatDuration(perQuestion))
            .arg(paced)
            .arg(answered);
    if (answered + 2 < paced)
        hint += QLatin1Char(' ') + tr("Speed up: flag hard questions and come back to them.");
    m_pace->setText(hint);
    m_clock->setStyleSheet(m_session->timeLeftMs() < 5 * 60 * 1000 ? QStringLiteral("color:#b42318")
                                                                   : QString());
}

void ExamView::report(const QString& error)
{
    if (!error.isEmpty())
        emit problem(error);
}

std::string ExamView::selectedKeys() const
{
    std::string keys;
    const auto* q = m_session->question(m_session->position());
    for (std::size_t i = 0; q && i < m_buttons.size(); ++i)
        if (m_buttons[i]->isChecked())
            keys += q->options[i].key;
    return keys;
}

void ExamView::chooseOption(int index)
{
    if (!m_session || m_session->attempt().finished())
        return;
    const int pos = m_session->position();
    const auto* q = m_session->question(pos);
    if (!q || index < 0 || index >= static_cast<int>(m_buttons.size()) || m_session->locked(pos))
        return;
    auto* button = m_buttons[static_cast<std::size_t>(index)];
    if (q->select > 1) {
        button->setChecked(!button->isChecked());
    } else {
        for (auto* b : m_buttons)
            b->setChecked(b == button);
    }
    std::string keys = selectedKeys();
    // In review mode a "choose two" question is checked once two are chosen, not on the first click.
    if (m_session->attempt().mode.reviewFeedback && q->select > 1 &&
        static_cast<int>(keys.size()) < q->select) {
        refreshNavigator();
        return;
    }
    report(m_session->setAnswer(keys));
    if (m_session->locked(pos))
        for (auto* b : m_buttons)
            b->setEnabled(false);
    refreshFeedback();
    refreshNavigator();
    refreshClock();
}

void ExamView::next()
{
    if (!m_session || m_session->position() + 1 >= m_session->count())
        return;
    report(m_session->moveTo(m_session->position() + 1));
    showQuestion();
}

void ExamView::previous()
{
    if (!m_session || m_session->position() == 0)
        return;
    report(m_session->moveTo(m_session->position() - 1));
    showQuestion();
}

void ExamView::toggleFlag()
{
    if (!m_session)
        return;
    report(m_session->toggleFlag());
    m_flag->setChecked(m_session->answer(m_session->position()).flagged);
    refreshNavigator();
}

void ExamView::askToSubmit()
{
    if (!m_session)
        return;
    QStringList unanswered, flagged;
    for (int i = 0; i < m_session->count(); ++i) {
        if (m_session->answer(i).answer.empty())
            unanswered << QString::number(i + 1);
        if (m_session->answer(i).flagged)
            flagged << QString::number(i + 1);
    }
    QString text;
    if (!unanswered.isEmpty())
        text += tr("<b>Unanswered (%1):</b> %2<br>")
                    .arg(unanswered.size())
                    .arg(unanswered.join(QStringLiteral(", ")));
    if (!flagged.isEmpty())
        text += tr("<b>Flagged (%1):</b> %2<br>").arg(flagged.size()).arg(flagged.join(QStringLiteral(", ")));
    text += unanswered.isEmpty() ? tr("Every question is answered. Submit the exam?")
                                 : tr("An unanswered question counts as wrong. Submit anyway?");
    m_submitText->setText(text);
    m_submitPanel->show();
}

bool ExamView::submitPanelShown() const
{
    return !m_submitPanel->isHidden();
}

void ExamView::cancelSubmit()
{
    m_submitPanel->hide();
}

void ExamView::confirmSubmit()
{
    if (!m_session || m_session->attempt().finished())
        return;
    m_tick->stop();
    const QString error = m_session->submit();
    m_submitPanel->hide();
    if (!m_session->attempt().finished()) {
        report(error);
        m_tick->start();
        return;
    }
    report(error); // a failure after submission (the flashcard feed) is shown, the report still opens
    emit submitted(m_session->attempt().id);
}

void ExamView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (submitPanelShown()) {
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            confirmSubmit();
        else if (key == Qt::Key_Escape)
            cancelSubmit();
        else
            QWidget::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_A && key <= Qt::Key_F && key != Qt::Key_F)
        chooseOption(key - Qt::Key_A);
    else if (key >= Qt::Key_1 && key <= Qt::Key_6)
        chooseOption(key - Qt::Key_1);
    else if (key == Qt::Key_N || key == Qt::Key_Right)
        next();
    else if (key == Qt::Key_P || key == Qt::Key_Left)
        previous();
    else if (key == Qt::Key_F)
        toggleFlag();
    else if (key == Qt::Key_S)
        askToSubmit();
    else
        QWidget::keyPressEvent(event);
}

bool ExamView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QVariant index = watched->property("optionIndex");
        if (index.isValid()) {
            chooseOption(index.toInt());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace archdesk::ui
