#include "ui/exam/report_view.h"

#include "core/study/exam_scoring.h"
#include "core/util/decimate.h"
#include "ui/exam/exam_text.h"
#include "ui/exam/review_model.h"
#include "ui/common/chart_theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>
#include <map>

namespace archdesk::ui {

ReportView::ReportView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout();
    auto* left = new QVBoxLayout();
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("reportHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    left->addWidget(m_headline);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    left->addWidget(m_summary);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("reportStudyNext"));
    m_next->setTextFormat(Qt::RichText);
    m_next->setWordWrap(true);
    left->addWidget(m_next);
    m_nextButtons = new QVBoxLayout();
    left->addLayout(m_nextButtons);
    left->addStretch(1);
    top->addLayout(left, 1);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(460, 250);
    m_timeChart = new QChartView(this);
    m_timeChart->setObjectName(QStringLiteral("reportTimeChart"));
    m_timeChart->setRenderHint(QPainter::Antialiasing);
    auto* charts = new QTabWidget(this);
    charts->addTab(m_chart, tr("Domains"));
    charts->addTab(m_timeChart, tr("Time per question"));
    auto* chartBox = new QVBoxLayout();
    chartBox->addWidget(charts, 1);
    m_chartLegend = new QLabel(this);
    m_chartLegend->setWordWrap(true);
    QFont small = m_chartLegend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_chartLegend->setFont(small);
    chartBox->addWidget(m_chartLegend);
    top->addLayout(chartBox, 1);
    layout->addLayout(top, 0);

    auto* filters = new QHBoxLayout();
    filters->addWidget(new QLabel(tr("Review:"), this));
    m_resultFilter = new QComboBox(this);
    m_resultFilter->setObjectName(QStringLiteral("reportResultFilter"));
    m_resultFilter->addItems({tr("All questions"), tr("Wrong or unanswered"), tr("Flagged")});
    filters->addWidget(m_resultFilter);
    m_domainFilter = new QComboBox(this);
    m_domainFilter->setObjectName(QStringLiteral("reportDomainFilter"));
    filters->addWidget(m_domainFilter);
    filters->addStretch(1);
    auto* back = new QPushButton(tr("Back to practice exams"), this);
    back->setObjectName(QStringLiteral("backToStart"));
    connect(back, &QPushButton::clicked, this, &ReportView::backRequested);
    filters->addWidget(back);
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_model = new ReviewModel(this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("reportReviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("reportDetail"));
    // Links never open by themselves: only a click, only http(s), only in the system browser.
    m_detail->setOpenLinks(false);
    m_detail->setOpenExternalLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { openLink(url); });
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &ReportView::applyFilters);
    connect(m_domainFilter, &QComboBox::currentIndexChanged, this, &ReportView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetail(current.row()); });
}

QChart* ReportView::timeChart(const core::study::ExamAttempt& attempt, int plotWidth)
{
    // Minutes spent on each question, and the exam's steady pace as a dashed line.
    auto* chart = new QChart();
    applyChartTheme(chart);
    std::vector<core::SeriesPoint> points;
    double longest = 0;
    for (const auto& a : attempt.answers) {
        const double minutes = static_cast<double>(a.timeMs) / 60000.0;
        points.push_back({static_cast<double>(a.position + 1), minutes});
        longest = qMax(longest, minutes);
    }
    auto* spent = new QLineSeries();
    spent->setName(tr("minutes on the question"));
    QList<QPointF> shown;
    for (const auto& p : core::decimateMinMax(points, static_cast<std::size_t>(qMax(1, plotWidth))))
        shown << QPointF(p.x, p.y);
    spent->replace(shown);
    spent->setPointsVisible(true);
    const double count = qMax<double>(2, static_cast<double>(attempt.answers.size()));
    const double pace = attempt.answers.empty()
                            ? 0
                            : static_cast<double>(attempt.timeLimitMs) / 60000.0 / attempt.answers.size();
    auto* paceLine = new QLineSeries();
    paceLine->setName(tr("the exam's pace"));
    paceLine->append(1, pace);
    paceLine->append(count, pace);
    QPen dashed(QColor(0xb4, 0x23, 0x18));
    dashed.setStyle(Qt::DashLine);
    paceLine->setPen(dashed);
    chart->addSeries(spent);
    chart->addSeries(paceLine);
    auto* x = new QValueAxis();
    x->setRange(1, count);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("question"));
    auto* y = new QValueAxis();
    y->setRange(0, qMax(1.0, qMax(longest, pace) * 1.1));
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(tr("minutes"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : {spent, paceLine}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

bool ReportView::openLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return QDesktopServices::openUrl(url);
}

void ReportView::setAttempt(const core::study::ExamAttempt& attempt, const core::study::Blueprint& blueprint,
                            const core::study::QuestionIndex& questions)
{
    m_attempt = attempt;
    m_blueprint = &blueprint;
    m_questions = &questions;
    const auto score = core::study::scoreExam(blueprint, questions, attempt.marked());

    const QString verdict = score.passed() ? tr("<span style='color:#1a7f37'>Pass</span>")
                                           : tr("<span style='color:#b42318'>Not yet a pass</span>");
    m_headline->setText(
        tr("<span style='font-size:15pt'><b>%1</b> — estimated scaled score <b>%2</b> "
           "(pass at %3)</span><br><i>The scaled score is an estimate: AWS does not publish how raw "
           "scores map to its 100–1000 scale. The exam is passed or failed as a whole, not per domain.</i>")
            .arg(verdict)
            .arg(score.scaledEstimate)
            .arg(score.passingScaled));

    qint64 slowest = 0;
    int slowestAt = 0;
    for (const auto& a : attempt.answers)
        if (a.timeMs > slowest) {
            slowest = a.timeMs;
            slowestAt = a.position;
        }
    const qint64 average =
        attempt.answers.empty() ? 0 : attempt.timeUsedMs / static_cast<qint64>(attempt.answers.size());
    const qint64 pace =
        attempt.answers.empty() ? 0 : attempt.timeLimitMs / static_cast<qint64>(attempt.answers.size());
    m_summary->setText(
        tr("%1 of %2 right (%3%), %4 unanswered. Time used %5 of %6: %7 per question on average "
           "(the exam's pace is %8); the longest was question %9 at %10.")
            .arg(score.correct)
            .arg(score.total)
            .arg(score.rawPercent(), 0, 'f', 1)
            .arg(score.total - score.answered)
            .arg(formatDuration(attempt.timeUsedMs), formatDuration(attempt.timeLimitMs),
                 formatDuration(average), formatDuration(pace))
            .arg(slowestAt + 1)
            .arg(formatDuration(slowest)));

    // Where to study next: the domains whose wrong answers cost the most of the exam, with a one-click drill.
    while (auto* item = m_nextButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto priorities = core::study::studyPriorities(score);
    std::map<std::string, int> missedServices;
    for (std::size_t i = 0; i < attempt.answers.size(); ++i) {
        const auto q = questions.find(attempt.answers[i].questionId);
        if (q != questions.end() && !score.correctAt[i])
            for (const auto& s : q->second->services)
                ++missedServices[s];
    }
    std::vector<std::pair<int, std::string>> services;
    for (const auto& [s, n] : missedServices)
        services.push_back({-n, s});
    std::sort(services.begin(), services.end());
    QString next = tr("<b>Where to study next</b>");
    int shown = 0;
    next += QStringLiteral("<ol style='margin-top:2px'>");
    // Domains below the pass ratio are named; when none is, the single costliest one still is.
    const double passRatio = 100.0 * (score.passingScaled - core::study::kScaledMin) /
                             (core::study::kScaledMax - core::study::kScaledMin);
    for (const auto& d : priorities) {
        if (d.correct == d.total || shown == 3 || (shown > 0 && d.percent() >= passRatio))
            break;
        next += tr("<li><b>%1</b>: %2 of %3 right (%4%); this domain is %5% of the exam.</li>")
                    .arg(QString::fromStdString(d.name).toHtmlEscaped())
                    .arg(d.correct)
                    .arg(d.total)
                    .arg(d.percent(), 0, 'f', 0)
                    .arg(d.weight * 100, 0, 'f', 0);
        auto* drill = new QPushButton(tr("Drill %1").arg(QString::fromStdString(d.name)), this);
        drill->setObjectName(QStringLiteral("drill-%1").arg(QString::fromStdString(d.domainId)));
        const QString bp = QString::fromStdString(blueprint.id), domain = QString::fromStdString(d.domainId);
        connect(drill, &QPushButton::clicked, this, [this, bp, domain] { emit drillRequested(bp, domain); });
        m_nextButtons->addWidget(drill);
        ++shown;
    }
    next += QStringLiteral("</ol>");
    if (shown == 0)
        next = tr("<b>Every question right.</b> Try a full exam, or a longer one.");
    if (!services.empty()) {
        QStringList top;
        for (std::size_t i = 0; i < services.size() && i < 6; ++i)
            top << tr("%1 (%2)").arg(QString::fromStdString(services[i].second)).arg(-services[i].first);
        next += tr("Services behind the wrong answers: %1.<br>").arg(top.join(QStringLiteral(", ")));
    }
    if (shown > 0) {
        next += tr(
            "Every wrong answer is now a flashcard (due today), and <i>My mistakes</i> drills them again.");
        auto* mistakes = new QPushButton(tr("Practise my mistakes"), this);
        mistakes->setObjectName(QStringLiteral("practiseMistakes"));
        const QString bp = QString::fromStdString(blueprint.id);
        connect(mistakes, &QPushButton::clicked, this, [this, bp] { emit mistakesRequested(bp); });
        m_nextButtons->addWidget(mistakes);
    }
    m_next->setText(next);

    // The chart: percent right per domain next to the domain's share of the exam.
    auto* chart = new QChart();
    applyChartTheme(chart);
    auto* right = new QBarSet(tr("% right"));
    auto* weight = new QBarSet(tr("% of the exam (blueprint weight)"));
    right->setColor(QColor(0x1f, 0x6f, 0xeb));
    weight->setColor(QColor(0xb0, 0xb8, 0xc4));
    QStringList categories;
    for (std::size_t i = 0; i < score.domains.size(); ++i) {
        const auto& d = score.domains[i];
        *right << (d.total > 0 ? d.percent() : 0.0);
        *weight << d.weight * 100;
        categories << tr("D%1 (%2 q)").arg(i + 1).arg(d.total);
    }
    auto* series = new QBarSeries();
    series->append(right);
    series->append(weight);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(categories);
    auto* y = new QValueAxis();
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(tr("Per domain: your % right against the blueprint's weight"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    QChart* oldTime = m_timeChart->chart();
    m_timeChart->setChart(timeChart(attempt, m_timeChart->width()));
    delete oldTime;
    QStringList legend;
    for (std::size_t i = 0; i < score.domains.size(); ++i)
        legend << tr("D%1 %2").arg(i + 1).arg(QString::fromStdString(score.domains[i].name));
    m_chartLegend->setText(legend.join(QStringLiteral(" · ")));

    m_model->setAttempt(attempt, blueprint, questions);
    m_domainFilter->blockSignals(true);
    m_domainFilter->clear();
    m_domainFilter->addItem(tr("Every domain"), QString());
    for (const auto& d : blueprint.domains)
        m_domainFilter->addItem(QString::fromStdString(d.name), QString::fromStdString(d.id));
    m_domainFilter->blockSignals(false);
    m_resultFilter->setCurrentIndex(0);
    applyFilters();
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void ReportView::setResultFilter(int index)
{
    m_resultFilter->setCurrentIndex(index);
}

void ReportView::setDomainFilter(const QString& domainId)
{
    m_domainFilter->setCurrentIndex(qMax(0, m_domainFilter->findData(domainId)));
}

int ReportView::visibleRows() const
{
    int n = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        n += m_table->isRowHidden(r) ? 0 : 1;
    return n;
}

void ReportView::applyFilters()
{
    const int result = m_resultFilter->currentIndex();
    const QString domain = m_domainFilter->currentData().toString();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto& row = m_model->row(r);
        bool show = domain.isEmpty() || row.domainId == domain;
        if (result == 1)
            show = show && (row.outcome == ReviewModel::Outcome::Wrong ||
                            row.outcome == ReviewModel::Outcome::Unanswered);
        else if (result == 2)
            show = show && row.flagged;
        m_table->setRowHidden(r, !show);
    }
}

void ReportView::showDetail(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_questions) {
        m_detail->clear();
        return;
    }
    const auto& r = m_model->row(row);
    const auto& a = m_attempt.answers[static_cast<std::size_t>(row)];
    const auto found = m_questions->find(a.questionId);
    if (found == m_questions->end()) {
        m_detail->setPlainText(tr("This question is no longer in the bundled content."));
        return;
    }
    const auto& q = *found->second;
    QString html = tr("<p><b>Question %1</b> · %2 · <span style='color:gray'>%3</span></p>")
                       .arg(r.position + 1)
                       .arg(r.domainName.toHtmlEscaped(), r.questionId);
    html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(q.stem).toHtmlEscaped());
    html += tr("<p>Your answer: <b>%1</b> · right answer: <b>%2</b></p>")
                .arg(r.answer.isEmpty() ? tr("none") : r.answer, r.rightAnswer);
    for (const auto& o : q.options) {
        const bool chosen = a.answer.find(o.key) != std::string::npos;
        const QString colour =
            o.correct ? QStringLiteral("#1a7f37") : (chosen ? QStringLiteral("#b42318") : QString());
        QString mark = o.correct ? tr("right") : tr("wrong");
        if (chosen)
            mark += tr(", your choice");
        html += QStringLiteral("<p><span style='color:%1'><b>%2.</b> %3</span> <i>(%4)</i><br>%5</p>")
                    .arg(colour.isEmpty() ? QStringLiteral("inherit") : colour, QString::fromStdString(o.key),
                         QString::fromStdString(o.text).toHtmlEscaped(), mark,
                         QString::fromStdString(o.why).toHtmlEscaped());
    }
    if (!q.references.empty()) {
        html += tr("<p><b>Read more</b> (opens in your browser):<br>");
        for (const auto& ref : q.references) {
            const QString url = QString::fromStdString(ref);
            html += QStringLiteral("<a href=\"%1\">%2</a><br>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    m_detail->setHtml(html);
}

} // namespace archdesk::ui
