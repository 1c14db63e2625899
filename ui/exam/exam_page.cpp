#include "ui/exam/exam_page.h"

#include "core/study/practice/practice_bank.h"

#include "core/study/exam_assembly.h"
#include "core/study/exam_scoring.h"
#include "core/study/exam_store.h"
#include "core/util/clock.h"
#include "core/util/decimate.h"
#include "ui/common/app_state.h"
#include "ui/common/page_header.h"
#include "ui/exam/exam_session.h"
#include "ui/exam/exam_text.h"
#include "ui/exam/exam_view.h"
#include "ui/exam/history_model.h"
#include "ui/exam/report_view.h"
#include "ui/common/chart_theme.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace archdesk::ui {

namespace {
enum ModeIndex
{
    kFull = 0,
    kCustom = 1,
    kDrill = 2,
    kMistakes = 3
};
}

ExamPage::ExamPage(AppState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_index(core::study::indexQuestions(state.content.content.questions))
{
    // The optional computed section draws from the generated bank; its questions are scored like any other.
    for (const auto& q : core::study::practice::generatedPracticeBank())
        m_index.emplace(q.id, &q);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(
        makePageHeader(tr("Practice Exam"),
                       tr("Timed practice exams drawn by the blueprint's domain weights, with a "
                          "per-domain report."),
                       this));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("examProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b42318"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // --- start screen
    m_start = new QWidget(m_stack);
    auto* startLayout = new QVBoxLayout(m_start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    m_resumeBanner = new QFrame(m_start);
    m_resumeBanner->setObjectName(QStringLiteral("resumeBanner"));
    m_resumeBanner->setFrameShape(QFrame::StyledPanel);
    m_resumeBanner->setStyleSheet(
        QStringLiteral("#resumeBanner { background:#e8f1fd; border:1px solid #8ab4f8; }"));
    auto* resumeLayout = new QHBoxLayout(m_resumeBanner);
    m_resumeText = new QLabel(m_resumeBanner);
    m_resumeText->setWordWrap(true);
    resumeLayout->addWidget(m_resumeText, 1);
    auto* resume = new QPushButton(tr("Resume"), m_resumeBanner);
    resume->setObjectName(QStringLiteral("resumeButton"));
    auto* discard = new QPushButton(tr("Discard it"), m_resumeBanner);
    connect(resume, &QPushButton::clicked, this, [this] { showProblem(resumeExam()); });
    connect(discard, &QPushButton::clicked, this, &ExamPage::discardUnfinished);
    resumeLayout->addWidget(resume);
    resumeLayout->addWidget(discard);
    startLayout->addWidget(m_resumeBanner);

    auto* columns = new QHBoxLayout();
    auto* newBox = new QGroupBox(tr("New practice exam"), m_start);
    auto* form = new QFormLayout(newBox);
    m_blueprint = new QComboBox(newBox);
    for (const auto& b : state.content.content.blueprints)
        m_blueprint->addItem(QString::fromStdString(b.name), QString::fromStdString(b.id));
    if (int c02 = m_blueprint->findData(QStringLiteral("sap-c02")); c02 >= 0)
        m_blueprint->setCurrentIndex(c02);
    form->addRow(tr("Blueprint"), m_blueprint);
    m_mode = new QComboBox(newBox);
    m_mode->addItems({tr("Full exam"), tr("Custom length"), tr("Domain drill"), tr("My mistakes")});
    form->addRow(tr("Mode"), m_mode);
    m_domain = new QComboBox(newBox);
    form->addRow(tr("Domain"), m_domain);
    m_length = new QSpinBox(newBox);
    m_length->setRange(1, 500);
    m_length->setSuffix(tr(" questions"));
    form->addRow(tr("Length"), m_length);
    m_timed = new QCheckBox(tr("Timed, at the real exam's pace"), newBox);
    m_timed->setChecked(true);
    form->addRow(tr("Timer"), m_timed);
    m_practice = new QCheckBox(tr("Add %1 computed questions").arg(kPracticeSection), newBox);
    m_practice->setToolTip(tr("A section at the end whose answers Archdesk computes with its own engines: scaling "
                              "policies, pricing and FSRS."));
    m_practice->setAccessibleName(tr("Computed practice section"));
    form->addRow(tr("Extra"), m_practice);
    m_feedback = new QButtonGroup(newBox);
    auto* examMode = new QRadioButton(tr("Exam mode: results at the end"), newBox);
    auto* reviewMode = new QRadioButton(tr("Review mode: right or wrong after each answer"), newBox);
    examMode->setChecked(true);
    m_feedback->addButton(examMode, 0);
    m_feedback->addButton(reviewMode, 1);
    auto* feedbackBox = new QVBoxLayout();
    feedbackBox->addWidget(examMode);
    feedbackBox->addWidget(reviewMode);
    form->addRow(tr("Feedback"), feedbackBox);
    m_startHint = new QLabel(newBox);
    m_startHint->setWordWrap(true);
    form->addRow(m_startHint);
    m_startButton = new QPushButton(tr("Start"), newBox);
    m_startButton->setObjectName(QStringLiteral("startExam"));
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, [this] { showProblem(startExam()); });
    form->addRow(m_startButton);
    columns->addWidget(newBox, 2);

    auto* historyBox = new QGroupBox(tr("Your attempts"), m_start);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_trend = new QChartView(historyBox);
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(240);
    historyLayout->addWidget(m_trend, 1);
    m_history = new HistoryModel(this);
    m_historyTable = new QTableView(historyBox);
    m_historyTable->setObjectName(QStringLiteral("examHistory"));
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_historyTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { showReport(m_history->row(index.row()).attemptId); });
    historyLayout->addWidget(m_historyTable, 1);
    auto* open = new QPushButton(tr("Open report"), historyBox);
    connect(open, &QPushButton::clicked, this, [this] {
        const auto rows = m_historyTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            showReport(m_history->row(rows.first().row()).attemptId);
    });
    historyLayout->addWidget(open, 0, Qt::AlignRight);
    columns->addWidget(historyBox, 3);
    startLayout->addLayout(columns, 1);
    m_stack->addWidget(m_start);

    // --- exam and report
    m_examView = new ExamView(m_stack);
    m_stack->addWidget(m_examView);
    connect(m_examView, &ExamView::problem, this, &ExamPage::showProblem);
    connect(m_examView, &ExamView::submitted, this, [this](qint64 id) { showReport(id); });
    m_reportView = new ReportView(m_stack);
    m_stack->addWidget(m_reportView);
    connect(m_reportView, &ReportView::backRequested, this, [this] {
        refreshStart();
        m_stack->setCurrentWidget(m_start);
    });
    connect(m_reportView, &ReportView::drillRequested, this,
            [this](const QString& bp, const QString& domain) {
                choose(bp, kDrill, 10, m_timed->isChecked(), true, domain);
                showProblem(startExam());
            });
    connect(m_reportView, &ReportView::mistakesRequested, this, [this](const QString& bp) {
        choose(bp, kMistakes, 20, m_timed->isChecked(), true);
        showProblem(startExam());
    });

    connect(m_blueprint, &QComboBox::currentIndexChanged, this, &ExamPage::refreshModeControls);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ExamPage::refreshModeControls);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &ExamPage::refreshModeControls);
    refreshModeControls();
    refreshStart();
    m_stack->setCurrentWidget(m_start);
}

ExamPage::Screen ExamPage::screen() const
{
    if (m_stack->currentWidget() == m_examView)
        return Screen::Exam;
    if (m_stack->currentWidget() == m_reportView)
        return Screen::Report;
    return Screen::Start;
}

void ExamPage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ExamPage::refreshModeControls()
{
    const auto* bp = m_state.content.content.blueprint(m_blueprint->currentData().toString().toStdString());
    const int mode = m_mode->currentIndex();
    const QString keep = m_domain->currentData().toString();
    m_domain->blockSignals(true);
    m_domain->clear();
    if (bp)
        for (const auto& d : bp->domains)
            m_domain->addItem(QString::fromStdString(d.name), QString::fromStdString(d.id));
    m_domain->setCurrentIndex(qMax(0, m_domain->findData(keep)));
    m_domain->blockSignals(false);
    m_domain->setEnabled(mode == kDrill);
    m_length->setEnabled(mode != kFull);
    if (mode == kFull && bp)
        m_length->setValue(bp->questions);
    if (!bp)
        return;
    const int length = mode == kFull ? bp->questions : m_length->value();
    const int minutes = bp->questions > 0 ? (bp->minutes * length + bp->questions - 1) / bp->questions : 0;
    m_startHint->setText(
        tr("%1 questions in %2 minutes when timed. Questions you have not seen yet come first.")
            .arg(length)
            .arg(minutes));
}

void ExamPage::choose(const QString& blueprintId, int kind, int length, bool timed, bool reviewFeedback,
                      const QString& drillDomain)
{
    m_blueprint->setCurrentIndex(qMax(0, m_blueprint->findData(blueprintId)));
    m_mode->setCurrentIndex(kind);
    m_length->setValue(length);
    m_timed->setChecked(timed);
    m_feedback->button(reviewFeedback ? 1 : 0)->setChecked(true);
    if (!drillDomain.isEmpty())
        m_domain->setCurrentIndex(qMax(0, m_domain->findData(drillDomain)));
    refreshModeControls();
}

QString ExamPage::startExam()
{
    if (!m_state.db)
        return tr("Your progress cannot be saved (%1), so an exam cannot be started.")
            .arg(QString::fromStdString(m_state.dbError));
    const auto* bp = m_state.content.content.blueprint(m_blueprint->currentData().toString().toStdString());
    if (!bp)
        return tr("There is no blueprint to draw an exam from.");
    core::study::ExamRequest request;
    request.mode.kind = static_cast<core::study::ExamKind>(m_mode->currentIndex());
    request.mode.drillDomain = m_domain->currentData().toString().toStdString();
    request.mode.reviewFeedback = m_feedback->checkedId() == 1;
    request.count = m_length->value();
    const core::EpochMs now = core::SystemClock().now();
    request.seed = static_cast<std::uint64_t>(now);
    core::study::ExamStore store(*m_state.db);
    auto history = store.questionHistory(m_index);
    if (!history)
        return QString::fromStdString(history.error().describe());
    auto exam = core::study::assembleExam(*bp, m_state.content.content.questions, request, *history);
    if (!exam)
        return QString::fromStdString(exam.error().describe());
    if (m_practice->isChecked()) {
        // A separate section at the end, at the blueprint's pace.
        const auto section = core::study::practice::practiceSection(
            bp->id, request.mode.kind == core::study::ExamKind::DomainDrill ? request.mode.drillDomain : std::string(),
            kPracticeSection, request.seed);
        exam->questions.insert(exam->questions.end(), section.begin(), section.end());
        if (bp->questions > 0)
            exam->minutes += (static_cast<int>(section.size()) * bp->minutes + bp->questions - 1) / bp->questions;
    }
    auto id = store.start(*exam, m_timed->isChecked(), now);
    if (!id)
        return QString::fromStdString(id.error().describe());
    auto attempt = store.load(*id);
    if (!attempt)
        return QString::fromStdString(attempt.error().describe());
    m_examView->setSession(std::make_unique<ExamSession>(*m_state.db, std::move(*attempt), *bp, m_index));
    m_stack->setCurrentWidget(m_examView);
    m_examView->setFocus();
    return {};
}

QString ExamPage::resumeExam()
{
    if (!m_state.db || !m_unfinished)
        return {};
    core::study::ExamStore store(*m_state.db);
    auto attempt = store.load(*m_unfinished);
    if (!attempt)
        return QString::fromStdString(attempt.error().describe());
    const auto* bp = m_state.content.content.blueprint(attempt->blueprintId);
    if (!bp)
        return tr("The unfinished exam uses blueprint %1, which is not in the content.")
            .arg(QString::fromStdString(attempt->blueprintId));
    m_examView->setSession(std::make_unique<ExamSession>(*m_state.db, std::move(*attempt), *bp, m_index));
    m_stack->setCurrentWidget(m_examView);
    m_examView->setFocus();
    return {};
}

void ExamPage::discardUnfinished()
{
    if (!m_state.db || !m_unfinished)
        return;
    if (auto r = core::study::ExamStore(*m_state.db).discard(*m_unfinished); !r)
        showProblem(QString::fromStdString(r.error().describe()));
    refreshStart();
}

void ExamPage::showReport(qint64 attemptId)
{
    if (!m_state.db)
        return;
    auto attempt = core::study::ExamStore(*m_state.db).load(attemptId);
    if (!attempt) {
        showProblem(QString::fromStdString(attempt.error().describe()));
        return;
    }
    const auto* bp = m_state.content.content.blueprint(attempt->blueprintId);
    if (!bp) {
        showProblem(
            tr("Blueprint %1 is not in the content.").arg(QString::fromStdString(attempt->blueprintId)));
        return;
    }
    m_reportView->setAttempt(*attempt, *bp, m_index);
    m_stack->setCurrentWidget(m_reportView);
    showProblem({});
}

void ExamPage::refreshStart()
{
    showProblem({});
    m_unfinished.reset();
    m_resumeBanner->hide();
    if (!m_state.db) {
        m_startButton->setEnabled(false);
        showProblem(tr("Your progress cannot be saved (%1): practice exams need the database.")
                        .arg(QString::fromStdString(m_state.dbError)));
        return;
    }
    core::study::ExamStore store(*m_state.db);
    if (auto latest = store.latestUnfinished(); latest && *latest) {
        if (auto attempt = store.load(**latest)) {
            m_unfinished = attempt->id;
            const auto* bp = m_state.content.content.blueprint(attempt->blueprintId);
            m_resumeText->setText(
                tr("<b>You have an unfinished exam</b> (%1, %2): %3 of %4 answered, %5 used%6. Resume where "
                   "you "
                   "left off?")
                    .arg(bp ? QString::fromStdString(bp->id) : QString::fromStdString(attempt->blueprintId),
                         HistoryModel::modeName(attempt->mode, bp))
                    .arg(attempt->answeredCount())
                    .arg(attempt->answers.size())
                    .arg(formatDuration(attempt->timeUsedMs),
                         attempt->timed ? tr(" of %1").arg(formatDuration(attempt->timeLimitMs))
                                        : QString()));
            m_resumeBanner->show();
        }
    }
    auto attempts = store.finishedAttempts();
    if (!attempts) {
        showProblem(QString::fromStdString(attempts.error().describe()));
        return;
    }
    m_history->setAttempts(*attempts, m_state.content.content, m_index);
    m_historyTable->resizeColumnsToContents();

    // The trend of the estimated scaled score, oldest to newest, with the pass mark.
    auto* chart = new QChart();
    applyChartTheme(chart);
    auto* line = new QLineSeries();
    line->setName(tr("Estimated scaled score"));
    std::vector<core::SeriesPoint> points;
    for (int i = m_history->rowCount() - 1, n = 1; i >= 0; --i, ++n)
        points.push_back({static_cast<double>(n), static_cast<double>(m_history->row(i).estimate)});
    QList<QPointF> decimated;
    for (const auto& p : core::decimateMinMax(points, static_cast<std::size_t>(qMax(1, m_trend->width()))))
        decimated << QPointF(p.x, p.y);
    line->replace(decimated);
    line->setPointsVisible(true);
    auto* pass = new QLineSeries();
    pass->setName(tr("Pass (750)"));
    const double lastX = qMax<double>(2, static_cast<double>(points.size()));
    pass->append(1, core::study::kDefaultPassingScaled);
    pass->append(lastX, core::study::kDefaultPassingScaled);
    QPen dashed(QColor(0xb4, 0x23, 0x18));
    dashed.setStyle(Qt::DashLine);
    pass->setPen(dashed);
    chart->addSeries(line);
    chart->addSeries(pass);
    auto* x = new QValueAxis();
    x->setRange(1, lastX);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("attempt"));
    x->setTickCount(static_cast<int>(qMin<double>(lastX, 10)));
    auto* y = new QValueAxis();
    y->setRange(core::study::kScaledMin, core::study::kScaledMax);
    y->setTickCount(4); // 100, 400, 700, 1000: room for the labels in a short chart
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : {line, pass}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(points.empty() ? tr("No submitted exams yet: your trend will appear here")
                                   : tr("Estimated scaled score per attempt (an estimate)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = m_trend->chart();
    m_trend->setChart(chart);
    delete old;
}

} // namespace archdesk::ui
