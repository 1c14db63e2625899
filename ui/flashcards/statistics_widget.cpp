#include "ui/flashcards/statistics_widget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "core/study/study_stats.h"
#include "ui/common/app_state.h"
#include "ui/flashcards/flashcards_session.h"
#include "ui/flashcards/heatmap_widget.h"
#include "ui/common/chart_theme.h"

namespace archdesk::ui {

StatisticsWidget::StatisticsWidget(FlashcardsSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* layout = new QGridLayout(body);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    m_counts = new QLabel(body);
    m_counts->setObjectName(QStringLiteral("stateCounts"));
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts, 0, 0, 1, 2);

    auto* forecastBox = new QGroupBox(tr("Due in the next 30 days (day of the month; today includes overdue cards)"), body);
    auto* fl = new QVBoxLayout(forecastBox);
    m_forecast = new QChartView(new QChart(), forecastBox);
    applyChartTheme(m_forecast->chart());
    m_forecast->setRenderHint(QPainter::Antialiasing);
    m_forecast->setMinimumHeight(230);
    m_forecast->chart()->legend()->hide();
    m_forecast->chart()->setMargins(QMargins(4, 4, 4, 4));
    fl->addWidget(m_forecast);
    layout->addWidget(forecastBox, 1, 0, 1, 2);

    auto* heatBox = new QGroupBox(tr("Reviews per day"), body);
    auto* hl = new QVBoxLayout(heatBox);
    m_heatmap = new HeatmapWidget(heatBox);
    hl->addWidget(m_heatmap);
    layout->addWidget(heatBox, 2, 0, 1, 2);

    auto* retBox = new QGroupBox(tr("True retention (passed reviews of learned cards)"), body);
    auto* rl = new QVBoxLayout(retBox);
    m_retention = new QTableWidget(2, 3, retBox);
    m_retention->setHorizontalHeaderLabels({tr("Last 7 days"), tr("Last 30 days"), tr("Last 365 days")});
    m_retention->setVerticalHeaderLabels({tr("Young (< 21 d)"), tr("Mature (≥ 21 d)")});
    m_retention->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_retention->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_retention->setMinimumHeight(96);
    m_retention->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    rl->addWidget(m_retention);
    layout->addWidget(retBox, 3, 0);

    auto* domBox = new QGroupBox(tr("Retention per exam domain (SAP-C02, last year)"), body);
    auto* dl = new QVBoxLayout(domBox);
    m_domains = new QTableWidget(0, 3, domBox);
    m_domains->setHorizontalHeaderLabels({tr("Domain"), tr("Retention"), tr("Reviews")});
    m_domains->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domains->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_domains->verticalHeader()->hide();
    m_domains->setMinimumHeight(150);
    m_domains->setWordWrap(false);
    dl->addWidget(m_domains);
    layout->addWidget(domBox, 3, 1);

    auto* exportButton = new QPushButton(tr("Export charts as PNG…"), body);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export charts"), tr("flashcards.png"),
                                                          tr("PNG image (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    layout->addWidget(exportButton, 4, 0, Qt::AlignLeft);
    layout->setRowStretch(5, 1);

    connect(&m_session, &FlashcardsSession::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
}

void StatisticsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void StatisticsWidget::refresh()
{
    m_dirty = false;
    if (!m_session.ready())
        return;
    const auto now = m_session.now();
    const auto stats = core::study::computeStudyStats(*m_session.db(), m_session.cards(), now);
    m_counts->setText(tr("<b>%1</b> new · <b>%2</b> learning · <b>%3</b> review · <b>%4</b> suspended")
                          .arg(stats.newCount)
                          .arg(stats.learning)
                          .arg(stats.review)
                          .arg(stats.suspended));

    auto* chart = m_forecast->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    auto* set = new QBarSet(tr("Cards due"));
    set->setColor(QColor(26, 115, 232));
    QStringList days;
    int most = 0;
    for (std::size_t i = 0; i < stats.dueForecast.size(); ++i) {
        *set << stats.dueForecast[i];
        most = std::max(most, stats.dueForecast[i]);
        // Day of the month: short enough for 30 labels side by side.
        days << QString::fromStdString(core::formatIsoDate(now + static_cast<core::EpochMs>(i) * core::kMsPerDay).substr(8));
    }
    auto* series = new QBarSeries();
    series->append(set);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(days);
    auto* y = new QValueAxis();
    y->setRange(0, std::max(4, most + most / 10 + 1));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    m_heatmap->setData(stats.reviewsPerDay, core::utcDay(now));

    const auto cell = [](const core::study::RetentionCell& c) {
        return c.total ? QStringLiteral("%1% (%2/%3)").arg(100.0 * c.rate(), 0, 'f', 1).arg(c.passed).arg(c.total)
                       : QStringLiteral("—");
    };
    for (int p = 0; p < 3; ++p) {
        m_retention->setItem(0, p, new QTableWidgetItem(cell(stats.young[static_cast<std::size_t>(p)])));
        m_retention->setItem(1, p, new QTableWidgetItem(cell(stats.mature[static_cast<std::size_t>(p)])));
    }
    // Every SAP-C02 domain is listed, even without reviews yet.
    m_domains->setRowCount(static_cast<int>(m_session.domains().size()));
    int row = 0;
    for (const auto& [id, name] : m_session.domains()) {
        const auto it = stats.perDomain.find(id);
        const core::study::RetentionCell c = it == stats.perDomain.end() ? core::study::RetentionCell{} : it->second;
        m_domains->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(name)));
        m_domains->setItem(row, 1,
                           new QTableWidgetItem(c.total ? QStringLiteral("%1%").arg(100.0 * c.rate(), 0, 'f', 1)
                                                        : QStringLiteral("—")));
        m_domains->setItem(row, 2, new QTableWidgetItem(QString::number(c.total)));
        ++row;
    }
}

bool StatisticsWidget::exportPng(const QString& basePath) const
{
    QString base = basePath;
    if (base.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        base.chop(4);
    return m_forecast->grab().save(base + QStringLiteral("-forecast.png")) &&
           m_heatmap->grab().save(base + QStringLiteral("-heatmap.png"));
}

} // namespace archdesk::ui
