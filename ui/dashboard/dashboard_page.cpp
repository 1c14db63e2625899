#include "ui/dashboard/dashboard_page.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include "core/study/readiness.h"
#include "core/util/clock.h"
#include "ui/common/app_state.h"
#include "ui/common/page_header.h"
#include "ui/settings/app_settings.h"
#include "ui/common/chart_theme.h"

namespace archdesk::ui {

DashboardPage::DashboardPage(AppState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(makePageHeader(tr("Dashboard"), tr("Where you stand, what is due, and what to do next."), this));

    auto* tiles = new QHBoxLayout();
    tiles->setSpacing(12);
    tiles->addWidget(makeTile(tr("Cards due today"), m_dueToday));
    tiles->addWidget(makeTile(tr("Due this week"), m_dueWeek));
    tiles->addWidget(makeTile(tr("New cards"), m_newCards));
    tiles->addWidget(makeTile(tr("Study streak"), m_streak));
    tiles->addWidget(makeTile(tr("Exam"), m_countdown));
    layout->addLayout(tiles);

    auto* next = new QGroupBox(tr("Next best step"), this);
    auto* nextLayout = new QHBoxLayout(next);
    m_nextStep = new QLabel(next);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setWordWrap(true);
    m_nextButton = new QPushButton(next);
    m_nextButton->setObjectName(QStringLiteral("nextStepButton"));
    m_nextButton->setDefault(true);
    nextLayout->addWidget(m_nextStep, 1);
    nextLayout->addWidget(m_nextButton);
    layout->addWidget(next);
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (!m_drillDomain.isEmpty())
            emit m_state.events->drillRequested(m_drillBlueprint, m_drillDomain);
        else if (!m_nextPage.isEmpty())
            emit m_state.events->showPageRequested(m_nextPage);
    });

    auto* row = new QHBoxLayout();
    row->setSpacing(12);
    auto* readinessBox = new QGroupBox(tr("Readiness by exam domain"), this);
    auto* readinessLayout = new QVBoxLayout(readinessBox);
    m_readinessTitle = new QLabel(readinessBox);
    m_readinessTitle->setWordWrap(true);
    readinessLayout->addWidget(m_readinessTitle);
    m_readiness = new QGridLayout();
    m_readiness->setColumnStretch(1, 1);
    readinessLayout->addLayout(m_readiness);
    readinessLayout->addStretch(1);
    row->addWidget(readinessBox, 3);

    auto* trendBox = new QGroupBox(tr("Recent practice exams"), this);
    auto* trendLayout = new QVBoxLayout(trendBox);
    m_trend = new QChartView(trendBox);
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(220);
    trendLayout->addWidget(m_trend);
    row->addWidget(trendBox, 2);
    layout->addLayout(row, 1);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    connect(m_state.events.get(), &AppEvents::settingsChanged, this, &DashboardPage::refresh);
    refresh();
}

QWidget* DashboardPage::makeTile(const QString& caption, QLabel*& value)
{
    auto* tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setAutoFillBackground(true);
    QPalette p = tile->palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    tile->setPalette(p);
    auto* l = new QVBoxLayout(tile);
    l->setContentsMargins(14, 10, 14, 10);
    value = new QLabel(QStringLiteral("–"), tile);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto* label = new QLabel(caption, tile);
    QPalette lp = label->palette();
    lp.setColor(QPalette::WindowText, lp.color(QPalette::PlaceholderText));
    label->setPalette(lp);
    l->addWidget(value);
    l->addWidget(label);
    tile->setAccessibleName(caption);
    return tile;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString DashboardPage::nextStepText() const { return m_nextStep->text(); }

void DashboardPage::refresh()
{
    const AppSettings settings = AppSettings::load();
    const auto& content = m_state.content.content;
    std::string blueprintId = settings.defaultBlueprint.toStdString();
    if (!content.blueprint(blueprintId) && !content.blueprints.empty())
        blueprintId = content.blueprints.front().id;
    const core::study::Blueprint* blueprint = content.blueprint(blueprintId);

    const QDate today = QDate::currentDate();
    if (settings.examDate.isValid()) {
        const auto days = today.daysTo(settings.examDate);
        m_countdown->setText(days < 0 ? tr("taken") : days == 1 ? tr("1 day") : tr("%1 days").arg(days));
    } else {
        m_countdown->setText(tr("no date"));
    }

    // Clear the readiness rows.
    while (QLayoutItem* item = m_readiness->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_state.db || !blueprint) {
        m_problem->setText(m_state.db ? tr("No blueprint is loaded.")
                                      : tr("Your progress cannot be read: %1").arg(QString::fromStdString(m_state.dbError)));
        m_problem->show();
        m_nextStep->setText(tr("Open Settings to see where your data lives."));
        m_nextButton->setText(tr("Open Settings"));
        m_nextPage = QStringLiteral("settings");
        return;
    }
    core::study::FsrsParameters params;
    params.requestRetention = settings.desiredRetention;
    const core::study::FsrsScheduler scheduler(params);
    auto summary = core::study::summarizeStudy(*m_state.db, content, blueprintId, scheduler, core::SystemClock().now());
    if (!summary) {
        m_problem->setText(tr("Your progress cannot be read: %1").arg(QString::fromStdString(summary.error().describe())));
        m_problem->show();
        return;
    }
    m_problem->hide();
    const auto& s = *summary;
    m_dueToday->setText(QString::number(s.dueToday));
    m_dueWeek->setText(QString::number(s.dueThisWeek));
    m_newCards->setText(QString::number(s.newAvailable));
    m_streak->setText(s.streakDays == 1 ? tr("1 day") : tr("%1 days").arg(s.streakDays));

    m_readinessTitle->setText(tr("%1 — each bar combines your recent exam results and how well you recall the "
                                 "domain's cards; the share of the exam is in brackets.")
                                  .arg(QString::fromStdString(blueprint->name)));
    int rowIndex = 0;
    QString weakestName;
    for (const auto& d : s.domains) {
        auto* name = new QLabel(tr("%1 (%2%)").arg(QString::fromStdString(d.name)).arg(qRound(d.weight * 100)), this);
        name->setWordWrap(true);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setAccessibleName(QString::fromStdString(d.name));
        const auto r = d.readiness();
        bar->setValue(r ? qRound(*r * 100) : 0);
        bar->setFormat(r ? QStringLiteral("%p%") : tr("no data yet"));
        QStringList detail;
        if (d.examPercent)
            detail << tr("exams: %1% of %2 questions").arg(qRound(*d.examPercent * 100)).arg(d.examQuestions);
        detail << tr("cards: %1 of %2 studied").arg(d.cardsStudied).arg(d.cards);
        bar->setToolTip(detail.join(QStringLiteral("; ")));
        auto* info = new QLabel(detail.join(QStringLiteral(" · ")), this);
        QPalette ip = info->palette();
        ip.setColor(QPalette::WindowText, ip.color(QPalette::PlaceholderText));
        info->setPalette(ip);
        m_readiness->addWidget(name, rowIndex, 0);
        m_readiness->addWidget(bar, rowIndex, 1);
        m_readiness->addWidget(info, rowIndex, 2);
        ++rowIndex;
        if (s.weakestDomain && *s.weakestDomain == d.domainId)
            weakestName = QString::fromStdString(d.name);
    }

    m_drillDomain.clear();
    if (s.dueToday > 0) {
        m_nextStep->setText(s.dueToday == 1 ? tr("Review the card due today before it slips further.")
                                            : tr("Review the %1 cards due today before they slip further.").arg(s.dueToday));
        m_nextButton->setText(tr("Review cards"));
        m_nextPage = QStringLiteral("flashcards");
    } else if (!weakestName.isEmpty()) {
        m_nextStep->setText(tr("Drill \"%1\": it holds the largest share of exam points you have not secured yet.")
                                .arg(weakestName));
        m_nextButton->setText(tr("Practise this domain"));
        m_nextPage = QStringLiteral("exam");
        m_drillBlueprint = QString::fromStdString(blueprintId);
        m_drillDomain = QString::fromStdString(*s.weakestDomain);
    }

    auto* chart = new QChart();

    applyChartTheme(chart);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundVisible(false);
    auto* scores = new QLineSeries(chart);
    auto* points = new QScatterSeries(chart);
    points->setMarkerSize(8);
    for (std::size_t i = 0; i < s.recentScaledScores.size(); ++i) {
        scores->append(double(i + 1), s.recentScaledScores[i]);
        points->append(double(i + 1), s.recentScaledScores[i]);
    }
    auto* pass = new QLineSeries(chart);
    pass->setName(tr("pass"));
    const double lastX = std::max<double>(2.0, double(s.recentScaledScores.size()));
    pass->append(1, blueprint->passingScaled);
    pass->append(lastX, blueprint->passingScaled);
    QPen dashed(QColor(0xd9, 0x82, 0x2b));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    pass->setPen(dashed);
    chart->addSeries(pass);
    chart->addSeries(scores);
    chart->addSeries(points);
    auto* x = new QValueAxis(chart);
    x->setRange(1, lastX);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(std::min<int>(int(lastX), 10));
    x->setTitleText(tr("attempt"));
    auto* y = new QValueAxis(chart);
    y->setRange(100, 1000);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(7);
    y->setTitleText(tr("estimated score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (s.recentScaledScores.empty())
        chart->setTitle(tr("No practice exam yet"));
    const QPalette pal = palette();
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    for (auto* axis : {x, y}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    QChart* old = m_trend->chart();
    m_trend->setChart(chart);
    delete old;
}

} // namespace archdesk::ui
