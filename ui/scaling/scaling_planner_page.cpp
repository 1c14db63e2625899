#include "ui/scaling/scaling_planner_page.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QCategoryAxis>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/scaling/demand.h"
#include "core/scaling/fleet_usage.h"
#include "core/scaling/policy_json.h"
#include "core/scaling/simulation_report.h"
#include "core/scaling/simulator.h"
#include "core/util/decimate.h"
#include "core/util/json_file.h"
#include "ui/common/app_state.h"
#include "ui/common/chart_export.h"
#include "ui/common/chart_theme.h"
#include "ui/common/page_header.h"
#include "ui/common/plan_file_dialog.h"
#include "ui/common/time_axis.h"
#include "ui/scaling/activity_table_model.h"
#include "ui/scaling/fault_form.h"
#include "ui/scaling/field_messages.h"
#include "ui/scaling/json_list_editor.h"
#include "ui/scaling/plan_form.h"
#include "ui/scaling/plan_paths.h"
#include "ui/scaling/policy_editor.h"
#include "ui/scaling/scheduled_action_form.h"

namespace archdesk::ui {

namespace {

using json = nlohmann::json;
namespace sc = core::scaling;

const char* kExamplePlan = "examples/scaling-week-daily-peak-az-outage.archdesk-plan.json";

QChartView* makeChartView(const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    applyChartTheme(chart);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    chart->legend()->setFont(small);
    chart->legend()->setShowToolTips(true); // a label cut short on a narrow chart shows whole on hover
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    refitTimeAxisOnResize(view);
    return view;
}

// Decimates in core (≤ 4 points per pixel column) before the points reach Qt Charts.
// Min/max points for a chart width in pixels; or, given meanColumns, that many means.
QList<QPointF> toPoints(const std::vector<core::SeriesPoint>& points, int width, int meanColumns = 0)
{
    const auto kept = meanColumns > 0 ? core::decimateMean(points, static_cast<std::size_t>(meanColumns))
                                      : core::decimateMinMax(points, static_cast<std::size_t>(std::max(width, 100)));
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(kept.size()));
    for (const auto& p : kept)
        out.append(QPointF(p.x, p.y));
    return out;
}

template <typename F>
std::vector<core::SeriesPoint> column(const sc::SimulationResult& r, F value)
{
    std::vector<core::SeriesPoint> out;
    out.reserve(r.series.size());
    for (std::size_t i = 0; i < r.series.size(); ++i) {
        const double v = value(i);
        if (!std::isnan(v))
            out.push_back({static_cast<double>(r.timeOf(i)), v});
    }
    return out;
}

// A value axis from 0 to a little above yMax, ticked every 1, 2 or 5 × 10^n (at most six spaces; whole
// numbers only for counts), with as many decimals as the step needs, so that the ticks read as round
// numbers; an all-zero chart reads 0 to 1. (QValueAxis::applyNiceNumbers starts from the axis's current
// tick count, which an axis kept from run to run carries over from the previous plan, and puts 100 % on a
// 0–150 axis.)
void setNiceRange(QValueAxis* y, double yMax, bool wholeNumbers)
{
    constexpr int kMaxSpaces = 6;
    if (!(yMax > 0) || !std::isfinite(yMax)) {
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setRange(0, 1);
        y->setTickCount(2);
        return;
    }
    const double top = yMax * 1.05;
    double step = std::pow(10.0, std::floor(std::log10(top / kMaxSpaces)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
        if (std::ceil(top / (step * factor) - 1e-9) <= kMaxSpaces) {
            step *= factor;
            break;
        }
    if (wholeNumbers)
        step = std::max(step, 1.0);
    const int spaces = std::max(1, static_cast<int>(std::ceil(top / step - 1e-9)));
    const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    y->setRange(0, spaces * step);
    y->setTickCount(spaces + 1);
}

// The chart's time and value axes (time: ticks and labels of our own, see time_axis.h), made once and
// then only given new ranges: Qt Charts lays a chart
// out again for every axis and series it gains, so series are added after the axes, and get their
// points once attached (one geometry pass each).
void setAxes(QChartView* view, double x0, double x1, double yMax, const QString& yTitle, qreal labelScale = 1.0,
             bool wholeNumbers = false)
{
    QChart* chart = view->chart();
    QCategoryAxis* x = nullptr;
    QValueAxis* y = nullptr;
    for (auto* axis : chart->axes(Qt::Horizontal))
        x = qobject_cast<QCategoryAxis*>(axis);
    for (auto* axis : chart->axes(Qt::Vertical))
        y = qobject_cast<QValueAxis*>(axis);
    const auto scaled = [labelScale](QAbstractAxis* axis) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * labelScale);
        axis->setLabelsFont(font);
    };
    if (!x) {
        x = new QCategoryAxis;
        scaled(x);
        chart->addAxis(x, Qt::AlignBottom);
    }
    if (!y) {
        y = new QValueAxis;
        scaled(y);
        chart->addAxis(y, Qt::AlignLeft);
    }
    setTimeTicks(x, x0, x1, timeTicksFor(view));
    setNiceRange(y, yMax, wholeNumbers);
    y->setTitleText(yTitle);
}

void attachToAxes(QChart* chart, QAbstractSeries* series)
{
    for (auto* axis : chart->axes())
        series->attachAxis(axis);
}

QLineSeries* addLine(QChart* chart, const QString& name, const QList<QPointF>& points, const QColor& color,
                     qreal width = 1.5, Qt::PenStyle style = Qt::SolidLine)
{
    auto* s = new QLineSeries;
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    s->setPen(pen);
    chart->addSeries(s);
    attachToAxes(chart, s);
    s->replace(points);
    return s;
}

} // namespace

ScalingPlannerPage::ScalingPlannerPage(AppState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    buildUi();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ScalingPlannerPage::run);
    if (!openPlan(examplePlanFile())) {
        m_doc = json::parse(R"({"start":"2026-01-05T00:00:00Z","duration_hours":24,"demand":{"pattern":"daily",
            "base_rps":200,"peak_rps":1200},"instance":{"capacity_rps":100,"on_demand_hourly":0.096},
            "group":{"min":2,"max":20,"desired":2,"azs":["us-east-1a","us-east-1b"]},
            "policies":[{"name":"cpu-60","type":"target_tracking","target":60}]})");
        loadFormFromDocument();
        rerunNow();
    }
}

ScalingPlannerPage::~ScalingPlannerPage() = default;

QString ScalingPlannerPage::examplePlanFile() const
{
    return QString::fromStdString(m_state.dataDir) + QLatin1Char('/') + QLatin1String(kExamplePlan);
}

void ScalingPlannerPage::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(makePageHeader(tr("Scaling Planner"),
                                    tr("Sketch an Auto Scaling group behind a load balancer, its policies and the demand "
                                       "it faces; every edit re-runs the simulation."),
                                    this));
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open plan…"), this);
    auto* save = new QPushButton(tr("Save plan…"), this);
    auto* png = new QPushButton(tr("Export charts (PNG/SVG)…"), this);
    auto* csv = new QPushButton(tr("Export series CSV…"), this);
    for (auto* b : {open, save, png, csv})
        buttons->addWidget(b);
    buttons->addStretch();
    outer->addLayout(buttons);
    m_buttons = buttons;
    connect(open, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Open scaling plan"), planFolder(m_planFile),
                                                       tr("Archdesk plans (*.archdesk-plan.json *.json)"));
        if (!f.isEmpty())
            openPlan(f);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        // Over the plan's own file, unless that is the example shipped with the program.
        const bool example = m_planFile.isEmpty() || QFileInfo(m_planFile) == QFileInfo(examplePlanFile());
        savePlanAskingWhere(this, tr("Save scaling plan"),
                            example ? QDir::home().filePath(QStringLiteral("scaling.archdesk-plan.json")) : m_planFile,
                            [this](const QString& file, QString* error) { return savePlan(file, error); });
    });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Export charts"), {}, tr("PNG (*.png);;SVG (*.svg)"));
        if (f.isEmpty())
            return;
        const QFileInfo info(f);
        static const char* names[] = {"demand", "instances", "metric", "unserved"};
        for (int c = 0; c < ChartCount; ++c) {
            const QString file = info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') +
                                 QLatin1String(names[c]) + QLatin1Char('.') + info.suffix();
            if (!exportChart(Chart(c), file)) {
                QMessageBox::warning(this, tr("Export failed"), tr("%1: cannot write the file").arg(file));
                return;
            }
        }
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        if (!m_result) {
            QMessageBox::information(this, tr("Export series"), tr("Nothing to export yet: the plan has not been simulated."));
            return;
        }
        const QString f = QFileDialog::getSaveFileName(this, tr("Export series"), {}, tr("CSV (*.csv)"));
        if (!f.isEmpty() && !exportSeriesCsv(f))
            QMessageBox::warning(this, tr("Export failed"), tr("%1: cannot write the file").arg(f));
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    // Left: the plan editor.
    QWidget* editor = buildEditor();
    auto* scroll = new QScrollArea;
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(370);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar that comes and goes would change the width wrapped messages were laid out for.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    splitter->addWidget(scroll);

    // Right: summary, charts, activity history.
    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    rl->addWidget(m_summary);
    m_toCost = new QPushButton(tr("Open in Cost Planner"), this);
    m_toCost->setObjectName(QStringLiteral("openInCostPlanner"));
    m_toCost->setToolTip(tr("Price the simulated fleet's instance-hours, hour by hour, with Reserved Instances, "
                            "Savings Plans and Spot."));
    m_toCost->setEnabled(false);
    connect(m_toCost, &QPushButton::clicked, this, &ScalingPlannerPage::openInCostPlanner);
    m_buttons->addWidget(m_toCost);
    auto* grid = new QGridLayout;
    m_charts[DemandChart] = makeChartView(tr("Demand vs capacity served (requests/s)"), this);
    m_charts[InstancesChart] = makeChartView(tr("Instances by state, stacked per AZ"), this);
    m_charts[MetricChart] = makeChartView(tr("CPU % with target and alarm thresholds"), this);
    m_charts[UnservedChart] = makeChartView(tr("Unserved demand (requests/s)"), this);
    grid->addWidget(m_charts[DemandChart], 0, 0);
    grid->addWidget(m_charts[InstancesChart], 0, 1);
    // The metric chart shows one metric at a time: the one the plan's policies watch, or the user's pick
    // (in a row of its own above both lower charts, which then stay the same height).
    auto* metricRow = new QHBoxLayout;
    m_metricShown = new QComboBox(this);
    m_metricShown->addItem(tr("CPU %"), int(sc::MetricKind::CpuPercent));
    m_metricShown->addItem(tr("Requests per target"), int(sc::MetricKind::RequestsPerTarget));
    connect(m_metricShown, &QComboBox::currentIndexChanged, this, [this] {
        if (m_result)
            drawMetricChart();
    });
    metricRow->addWidget(new QLabel(tr("Metric chart:"), this));
    metricRow->addWidget(m_metricShown);
    metricRow->addStretch();
    grid->addLayout(metricRow, 1, 0);
    grid->addWidget(m_charts[MetricChart], 2, 0);
    grid->addWidget(m_charts[UnservedChart], 2, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(2, 1);
    rl->addLayout(grid, 3);
    m_activities = new ActivityTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_activities);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setColumnWidth(ActivityTableModel::Time, 160);
    m_table->setColumnWidth(ActivityTableModel::Az, 90);
    m_table->setColumnWidth(ActivityTableModel::Description, 300);
    rl->addWidget(new QLabel(tr("Activity history"), this));
    rl->addWidget(m_table, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    // The editor starts at its narrow width in every language (long labels wrap above their fields); the
    // charts take the rest.
    splitter->setSizes({370, 100000});
}

bool ScalingPlannerPage::openPlan(const QString& file)
{
    // A file that cannot be a plan leaves the plan on screen as it was, with the reason above the charts.
    const auto refuse = [this](const QString& why) {
        m_problems->setText(why);
        m_problems->show();
        return false;
    };
    auto doc = core::readJsonFile(file.toStdString());
    if (!doc)
        return refuse(QString::fromStdString(doc.error().describe()));
    if (!doc->is_object())
        return refuse(tr("%1: expected a plan object").arg(file));
    m_doc = std::move(*doc);
    m_planFile = file;
    m_planForm->setPlanFile(file);
    loadFormFromDocument();
    // The metric chart starts on the metric the plan's first policy watches (CPU without one), even while
    // other parts of the plan have problems.
    auto metric = sc::MetricKind::CpuPercent;
    if (const auto policies = m_doc.find("policies"); policies != m_doc.end() && policies->is_array() && !policies->empty()) {
        core::JsonFields fields(m_planFile.toStdString());
        if (const auto first = sc::parsePolicy(policies->front(), fields, "policies[0]"))
            metric = sc::watchedMetric(*first);
    }
    m_metricShown->setCurrentIndex(m_metricShown->findData(int(metric)));
    rerunNow();
    return true;
}

bool ScalingPlannerPage::savePlan(const QString& file, QString* error)
{
    // A relative CSV path names its file from the plan's folder: from the new file's folder it must name the
    // same one, relative again if it is there or below (pathForPlan).
    json doc = m_doc;
    bool rebased = false;
    if (const auto demand = doc.find("demand"); demand != doc.end() && demand->is_object())
        if (const auto csv = demand->find("csv"); csv != demand->end() && csv->is_string()) {
            const QString given = QString::fromStdString(csv->get<std::string>());
            if (!given.isEmpty()) {
                const QString moved = pathForPlan(absoluteFromPlan(given, m_planFile), file);
                rebased = moved != given;
                *csv = moved.toStdString();
            }
        }
    // Written beside and renamed over: a failed save leaves the file as it was.
    QSaveFile out(file);
    const QByteArray text = QByteArray::fromStdString(doc.dump(2) + '\n');
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        if (error)
            *error = tr("%1: cannot write the file (%2)").arg(file, out.errorString());
        return false;
    }
    m_doc = std::move(doc);
    m_planFile = file;
    m_planForm->setPlanFile(file);
    if (rebased) // the CSV field shows the path as saved (setText is not an edit)
        m_planForm->csvFile()->setText(QString::fromStdString(m_doc["demand"]["csv"].get<std::string>()));
    validate(); // messages name the new file, and relative paths start at its folder
    return true;
}

bool ScalingPlannerPage::exportChart(Chart which, const QString& file) const
{
    return exportChartView(m_charts[which], file);
}

bool ScalingPlannerPage::exportSeriesCsv(const QString& file) const
{
    if (!m_result)
        return false;
    std::ofstream out(file.toStdString(), std::ios::binary);
    sc::writeSeriesCsv(out, *m_result);
    return static_cast<bool>(out.flush());
}

QChartView* ScalingPlannerPage::chartView(Chart which) const { return m_charts[which]; }

QWidget* ScalingPlannerPage::buildEditor()
{
    auto* editor = new QWidget;
    auto* form = new QVBoxLayout(editor);
    m_planForm = new PlanForm(m_state, editor);
    refitTimeAxisOnResize(m_planForm->demandPreview());
    connect(m_planForm, &PlanForm::edited, this, &ScalingPlannerPage::documentEdited);
    form->addWidget(m_planForm);

    const auto section = [&](const QString& title, JsonListEditor* list, const char* key) {
        auto* box = new QGroupBox(title, editor);
        auto* v = new QVBoxLayout(box);
        v->addWidget(list);
        // Only the list edited is written: the others stay as the plan gives them (a list the plan left
        // out stays out; one that is not a list stays for the check to name).
        connect(list, &JsonListEditor::changed, this, [this, list, key] {
            if (m_loading)
                return;
            m_doc[key] = list->items();
            documentEdited();
        });
        form->addWidget(box);
    };
    m_policies = new JsonListEditor(QStringLiteral("policies"), new PolicyEditor, tr("No scaling policies: the group "
                                                                                      "stays at its desired capacity."),
                                    editor);
    section(tr("Policies"), m_policies, "policies");
    m_scheduledForm = new ScheduledActionForm;
    m_scheduled = new JsonListEditor(QStringLiteral("scheduled"), m_scheduledForm, tr("No scheduled actions."), editor);
    section(tr("Scheduled actions"), m_scheduled, "scheduled");
    m_faultForm = new FaultForm;
    m_faults = new JsonListEditor(QStringLiteral("faults"), m_faultForm, tr("No faults: every AZ and instance stays "
                                                                            "healthy."),
                                  editor);
    section(tr("Faults"), m_faults, "faults");

    m_problems = makeMessageLabel(this);
    m_problems->setObjectName(QStringLiteral("planProblems"));
    form->addWidget(m_problems);
    form->addStretch();
    return editor;
}

QString ScalingPlannerPage::problemsText() const { return m_problems->text(); }

void ScalingPlannerPage::loadFormFromDocument()
{
    m_loading = true;
    if (const auto catalogPrice = m_planForm->load(m_doc)) {
        auto& instance = m_doc["instance"];
        if (instance.is_null() || instance.is_object()) // else the plan check reports the field
            instance["on_demand_hourly"] = *catalogPrice;
    }
    const auto given = m_doc.find("start");
    const QString start = given != m_doc.end() && given->is_string() ? QString::fromStdString(given->get<std::string>())
                                                                      : QStringLiteral("2026-01-05T00:00:00Z");
    m_scheduledForm->setDefaultTime(utcFromIso(start).addSecs(8 * 3600));
    m_faultForm->setDefaultStart(isoFromUtc(utcFromIso(start).addSecs(12 * 3600)));
    m_faultForm->setZones(m_planForm->zones());
    m_policies->setItems(m_doc.value("policies", json::array()));
    m_scheduled->setItems(m_doc.value("scheduled", json::array()));
    m_faults->setItems(m_doc.value("faults", json::array()));
    m_loading = false;
    validate();
}

// Every edit lands in the plan document at once, even when it is not valid yet: the core's plan check then
// says what is wrong beside each field, and the simulation waits until nothing is.
void ScalingPlannerPage::documentEdited()
{
    if (m_loading)
        return;
    m_planForm->apply(m_doc);
    m_faultForm->setZones(m_planForm->zones());
    validate();
    if (m_problemList.empty())
        scheduleRun();
}

void ScalingPlannerPage::validate()
{
    auto check = sc::checkPlan(m_doc, m_planFile.isEmpty() ? std::string("plan") : m_planFile.toStdString(),
                               &m_csvCache);
    m_problemList = std::move(check.problems);
    m_checked.reset();
    if (m_problemList.empty())
        m_checked = std::move(check.plan);
    m_toCost->setEnabled(m_checked.has_value() && m_result != nullptr); // only for the plan on screen
    m_planForm->showProblems(problemsUnder(m_problemList, QString()));
    for (auto* list : {m_policies, m_scheduled, m_faults})
        list->setProblems(m_problemList);
    QStringList lines;
    for (const auto& p : m_problemList)
        lines << QString::fromStdString(p.describe());
    m_problems->setText(lines.isEmpty() ? QString()
                                        : tr("The plan is not simulated until these are fixed:\n%1")
                                              .arg(lines.join(QLatin1Char('\n'))));
    m_problems->setVisible(!lines.isEmpty());
}

json ScalingPlannerPage::fleetCostPlan() const
{
    if (!m_plan || !m_result)
        return {};
    return sc::costPlanForFleet(*m_plan, *m_result);
}

void ScalingPlannerPage::openInCostPlanner()
{
    const json plan = fleetCostPlan();
    if (plan.is_null())
        return;
    emit m_state.events->costPlanRequested(QString::fromStdString(plan.dump()), tr("the Scaling Planner's simulated fleet"));
}

void ScalingPlannerPage::scheduleRun() { m_debounce->start(); }

void ScalingPlannerPage::rerunNow()
{
    m_debounce->stop();
    run();
}

void ScalingPlannerPage::run()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_checked)
        return;
    auto shared = std::make_shared<const sc::ScalingPlan>(*m_checked);
    m_result = std::make_shared<const sc::SimulationResult>(sc::simulate(*shared));
    m_plan = shared;
    m_activities->setResult(m_plan, m_result);
    m_toCost->setEnabled(true);
    redraw();
    m_lastRunMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString ScalingPlannerPage::summaryText() const
{
    const auto& s = m_result->summary;
    return tr("<b>Max instances</b> %1 &nbsp; <b>Instance-hours</b> %2 &nbsp; <b>Demand served</b> %3% &nbsp; "
              "<b>Unserved requests</b> %4 &nbsp; <b>Scaling activities</b> %5 &nbsp; <b>Cost</b> $%6"
              "<br><small>%7</small>")
        .arg(s.maxInstances)
        .arg(s.instanceHours, 0, 'f', 1)
        .arg(s.servedPct, 0, 'f', 3)
        .arg(s.unservedRequests, 0, 'f', 0)
        .arg(s.scalingActivities)
        .arg(s.cost, 0, 'f', 2)
        .arg(s.billedByEngine ? tr("billing engine, hour by hour (On-Demand per second, reservations and Savings "
                                   "Plans applied) + Spot hours × the Spot price")
                              : QString::fromStdString(s.costMethod).toHtmlEscaped());
}

void ScalingPlannerPage::redraw()
{
    if (!m_result || !m_plan)
        return;
    const auto& r = *m_result;
    m_summary->setText(summaryText());
    const double x0 = static_cast<double>(r.start);
    // The end of the run (not the last step's start), so a week's ticks fall on midnights.
    const double x1 = static_cast<double>(r.timeOf(r.series.size()));
    const auto width = [this](Chart c) { return std::max(200, m_charts[c]->width() - 80); };

    // Demand vs served.
    {
        QChart* chart = m_charts[DemandChart]->chart();
        chart->removeAllSeries();
        double top = 0;
        for (std::size_t i = 0; i < r.series.size(); ++i)
            top = std::max({top, double(r.series.demand[i]), double(r.series.capacity[i])});
        setAxes(m_charts[DemandChart], x0, x1, top, tr("req/s"));
        addLine(chart, tr("demand"), toPoints(column(r, [&](std::size_t i) { return double(r.series.demand[i]); }), width(DemandChart)),
                QColor(0x1f, 0x77, 0xb4));
        addLine(chart, tr("capacity"),
                toPoints(column(r, [&](std::size_t i) { return double(r.series.capacity[i]); }), width(DemandChart)),
                QColor(0x2c, 0xa0, 0x2c), 1.2, Qt::DashLine);
        addLine(chart, tr("served"), toPoints(column(r, [&](std::size_t i) { return double(r.series.served[i]); }), width(DemandChart)),
                QColor(0xff, 0x7f, 0x0e), 1.0);
    }
    // Instances: in service per AZ, then pending and terminating, stacked.
    {
        QChart* chart = m_charts[InstancesChart]->chart();
        chart->removeAllSeries();
        const int azs = r.series.azCount;
        std::vector<double> base(r.series.size(), 0.0);
        static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                         QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
        // When a pixel column spans hours (a year on one chart), min/max points run from the night's low to
        // the day's high in every column: stacked bands cross one another and the desired line's dashes
        // merge into a block. The chart then shows daily means (or means of a few days, one per pixel at
        // most), which stay stacked, with the desired line thin and solid, on an axis fitted to them.
        const double days = (x1 - x0) / (24.0 * 3600 * 1000);
        const bool dense = days * 4 >= width(InstancesChart);
        const int daysPerPoint = std::max(1, static_cast<int>(std::ceil(days / width(InstancesChart))));
        const int meanColumns = dense ? static_cast<int>(std::ceil(days / daysPerPoint)) : 0;
        chart->setTitle(!dense ? tr("Instances by state, stacked per AZ")
                        : daysPerPoint == 1
                            ? tr("Instances by state, stacked per AZ (daily means)")
                            : tr("Instances by state, stacked per AZ (means of %1 days)").arg(daysPerPoint));
        const auto desired = column(r, [&](std::size_t i) { return double(r.series.desired[i]); });
        const auto totals = column(r, [&](std::size_t i) {
            double total = 0;
            for (int a = 0; a < azs; ++a)
                total += r.series.inServiceAt(i, a) + r.series.pendingAt(i, a) + r.series.terminatingAt(i, a);
            return total;
        });
        double top = 0;
        for (const auto* drawn : {&totals, &desired})
            for (const QPointF& p : toPoints(*drawn, width(InstancesChart), meanColumns))
                top = std::max(top, p.y());
        setAxes(m_charts[InstancesChart], x0, x1, top, tr("instances"), 1.0, true);
        const auto band = [&](const QString& name, const QColor& color, auto value) {
            std::vector<core::SeriesPoint> lower, upper;
            lower.reserve(base.size());
            upper.reserve(base.size());
            for (std::size_t i = 0; i < base.size(); ++i) {
                const double t = static_cast<double>(r.timeOf(i));
                lower.push_back({t, base[i]});
                base[i] += value(i);
                upper.push_back({t, base[i]});
            }
            auto* lo = new QLineSeries;
            auto* up = new QLineSeries;
            auto* area = new QAreaSeries(up, lo);
            area->setName(name);
            QColor fill = color;
            fill.setAlpha(170);
            area->setBrush(fill);
            area->setPen(dense ? QPen(Qt::NoPen) : QPen(color.darker(120), 0.8));
            chart->addSeries(area);
            // The area's bounds go with it when the chart removes it (QAreaSeries does not own them).
            up->setParent(area);
            lo->setParent(area);
            attachToAxes(chart, area);
            lo->replace(toPoints(lower, width(InstancesChart), meanColumns));
            up->replace(toPoints(upper, width(InstancesChart), meanColumns));
        };
        for (int a = 0; a < azs; ++a)
            band(QString::fromStdString(r.azs[std::size_t(a)]).section(QLatin1Char('-'), -1), palette[a % 6],
                 [&](std::size_t i) { return double(r.series.inServiceAt(i, a)); });
        band(tr("pending"), QColor(0xff, 0xbb, 0x33), [&](std::size_t i) {
            double n = 0;
            for (int a = 0; a < azs; ++a)
                n += r.series.pendingAt(i, a);
            return n;
        });
        band(tr("terminating"), QColor(0xd6, 0x27, 0x28), [&](std::size_t i) {
            double n = 0;
            for (int a = 0; a < azs; ++a)
                n += r.series.terminatingAt(i, a);
            return n;
        });
        addLine(chart, tr("desired"), toPoints(desired, width(InstancesChart), meanColumns),
                Qt::black, dense ? 1.0 : 1.2, dense ? Qt::SolidLine : Qt::DashLine);
    }
    drawMetricChart();
    // Unserved.
    {
        QChart* chart = m_charts[UnservedChart]->chart();
        chart->removeAllSeries();
        double top = 0;
        for (std::size_t i = 0; i < r.series.size(); ++i)
            top = std::max(top, double(r.series.unserved[i]));
        setAxes(m_charts[UnservedChart], x0, x1, top, tr("req/s"));
        addLine(chart, tr("unserved"), toPoints(column(r, [&](std::size_t i) { return double(r.series.unserved[i]); }), width(UnservedChart)),
                QColor(0xd6, 0x27, 0x28), 1.2);
    }
    // Demand preview in the editor.
    {
        QChart* chart = m_planForm->demandPreview()->chart();
        chart->removeAllSeries();
        double top = 0;
        for (const float v : r.series.demand)
            top = std::max(top, double(v));
        // The preview is narrow: smaller tick labels keep a week's day names whole.
        setAxes(m_planForm->demandPreview(), x0, x1, top, QString(), 0.8);
        addLine(chart, tr("demand"), toPoints(column(r, [&](std::size_t i) { return double(r.series.demand[i]); }), 300),
                QColor(0x1f, 0x77, 0xb4), 1.0);
    }
}

void ScalingPlannerPage::drawMetricChart()
{
    // The metric chosen, with the target and alarm lines of the policies that watch it.
    const auto& r = *m_result;
    const auto metric = static_cast<sc::MetricKind>(m_metricShown->currentData().toInt());
    const bool cpu = metric == sc::MetricKind::CpuPercent;
    const double x0 = static_cast<double>(r.start);
    const double x1 = static_cast<double>(r.timeOf(r.series.size()));
    QChart* chart = m_charts[MetricChart]->chart();
    chart->removeAllSeries();
    chart->setTitle(cpu ? tr("CPU % with target and alarm thresholds")
                        : tr("Requests per target (per minute) with target and alarm thresholds"));
    const auto values = column(r, [&](std::size_t i) { return double(cpu ? r.series.cpu[i] : r.series.requestsPerTarget[i]); });
    struct Line
    {
        QString name;
        double y;
        QColor color;
    };
    // Named by their values (the policies' names would not fit the legend): "target 60", "alarm ≥ 85".
    const auto number = [](double v) { return QString::number(v, 'g', 6); };
    std::vector<Line> lines;
    for (const auto& p : m_plan->policies) {
        if (sc::watchedMetric(p) != metric)
            continue;
        if (p.type == sc::PolicyType::TargetTracking) {
            const double in = p.targetTracking.target * p.targetTracking.scaleInRatio;
            lines.push_back({tr("target %1").arg(number(p.targetTracking.target)), p.targetTracking.target, QColor(0x2c, 0xa0, 0x2c)});
            lines.push_back({tr("scale-in %1").arg(number(in)), in, QColor(0x94, 0x67, 0xbd)});
        } else if (p.alarm) {
            const char* symbol = "≤";
            switch (p.alarm->comparison) {
            case sc::Comparison::GreaterThanOrEqual: symbol = "≥"; break;
            case sc::Comparison::GreaterThan: symbol = ">"; break;
            case sc::Comparison::LessThan: symbol = "<"; break;
            case sc::Comparison::LessThanOrEqual: break;
            }
            lines.push_back({tr("alarm %1 %2").arg(QString::fromUtf8(symbol), number(p.alarm->threshold)), p.alarm->threshold,
                             QColor(0xd6, 0x27, 0x28)});
        } else {
            lines.push_back({tr("threshold %1").arg(number(p.threshold)), p.threshold, QColor(0xd6, 0x27, 0x28)});
        }
    }
    double top = cpu ? 100 : 0;
    if (!cpu) {
        for (const auto& v : values)
            top = std::max(top, v.y);
        for (const auto& l : lines)
            top = std::max(top, l.y);
    }
    setAxes(m_charts[MetricChart], x0, x1, top, cpu ? tr("%") : tr("req/min"));
    addLine(chart, cpu ? tr("CPU %") : tr("requests per target"), toPoints(values, std::max(200, m_charts[MetricChart]->width() - 80)),
            QColor(0x1f, 0x77, 0xb4), 1.0);
    for (const auto& l : lines)
        addLine(chart, l.name, {QPointF(x0, l.y), QPointF(x1, l.y)}, l.color, 1.2, Qt::DashLine);
}

} // namespace archdesk::ui
