#include "ui/scaling/scaling_planner_page.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/scaling/demand.h"
#include "core/scaling/policy_json.h"
#include "core/scaling/simulation_report.h"
#include "core/scaling/simulator.h"
#include "core/util/decimate.h"
#include "core/util/json_file.h"
#include "ui/common/app_state.h"
#include "ui/common/page_header.h"
#include "ui/scaling/activity_table_model.h"
#include "ui/common/chart_theme.h"
#include "ui/common/chart_export.h"

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
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Decimates in core (≤ 4 points per pixel column) before the points reach Qt Charts.
QList<QPointF> toPoints(const std::vector<core::SeriesPoint>& points, int width)
{
    const auto kept = core::decimateMinMax(points, static_cast<std::size_t>(std::max(width, 100)));
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

void resetAxes(QChart* chart, double x0, double x1, double yMax, const QString& yTitle)
{
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    auto* x = new QDateTimeAxis;
    x->setFormat(x1 - x0 > 3 * 86400000.0 ? QStringLiteral("ddd") : QStringLiteral("HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x0), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x1), Qt::UTC));
    x->setTickCount(8);
    auto* y = new QValueAxis;
    y->setRange(0, yMax > 0 ? yMax * 1.08 : 1);
    y->setTitleText(yTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QLineSeries* addLine(QChart* chart, const QString& name, const QList<QPointF>& points, const QColor& color,
                     qreal width = 1.5, Qt::PenStyle style = Qt::SolidLine)
{
    auto* s = new QLineSeries;
    s->setName(name);
    s->replace(points);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    s->setPen(pen);
    chart->addSeries(s);
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
    const QString example = QString::fromStdString(m_state.dataDir) + QLatin1Char('/') + QLatin1String(kExamplePlan);
    if (!openPlan(example)) {
        m_doc = json::parse(R"({"start":"2026-01-05T00:00:00Z","duration_hours":24,"demand":{"pattern":"daily",
            "base_rps":200,"peak_rps":1200},"instance":{"capacity_rps":100,"on_demand_hourly":0.096},
            "group":{"min":2,"max":20,"desired":2,"azs":["us-east-1a","us-east-1b"]},
            "policies":[{"name":"cpu-60","type":"target_tracking","target":60}]})");
        loadFormFromDocument();
        rerunNow();
    }
}

ScalingPlannerPage::~ScalingPlannerPage() = default;

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
    connect(open, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Open scaling plan"), {},
                                                       tr("Archdesk plans (*.archdesk-plan.json *.json)"));
        if (!f.isEmpty())
            openPlan(f);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save scaling plan"), {},
                                                       tr("Archdesk plans (*.archdesk-plan.json)"));
        if (!f.isEmpty())
            savePlan(f);
    });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Export charts"), {}, tr("PNG (*.png);;SVG (*.svg)"));
        if (f.isEmpty())
            return;
        const QFileInfo info(f);
        static const char* names[] = {"demand", "instances", "metric", "unserved"};
        for (int c = 0; c < ChartCount; ++c)
            exportChart(Chart(c), info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') +
                                      QLatin1String(names[c]) + QLatin1Char('.') + info.suffix());
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Export series"), {}, tr("CSV (*.csv)"));
        if (!f.isEmpty())
            exportSeriesCsv(f);
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    // Left: the plan editor.
    auto* editor = new QWidget;
    auto* form = new QVBoxLayout(editor);
    const auto spin = [this](int lo, int hi) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        connect(s, &QSpinBox::valueChanged, this, &ScalingPlannerPage::formChanged);
        return s;
    };
    const auto dspin = [this](double lo, double hi, int decimals) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(lo, hi);
        s->setDecimals(decimals);
        connect(s, &QDoubleSpinBox::valueChanged, this, &ScalingPlannerPage::formChanged);
        return s;
    };
    auto* group = new QGroupBox(tr("Group"), editor);
    auto* gf = new QFormLayout(group);
    gf->addRow(tr("Minimum"), m_min = spin(0, 10000));
    gf->addRow(tr("Maximum"), m_max = spin(0, 10000));
    gf->addRow(tr("Desired"), m_desired = spin(0, 10000));
    m_azs = new QLineEdit(this);
    connect(m_azs, &QLineEdit::textEdited, this, &ScalingPlannerPage::formChanged);
    gf->addRow(tr("AZs (comma-separated)"), m_azs);
    gf->addRow(tr("Spot share"), m_spotShare = dspin(0, 1, 2));
    gf->addRow(tr("Duration (hours)"), m_duration = dspin(1, 24 * 366, 0));
    form->addWidget(group);

    auto* instance = new QGroupBox(tr("Instance"), editor);
    auto* inf = new QFormLayout(instance);
    m_instanceType = new QLineEdit(this);
    connect(m_instanceType, &QLineEdit::textEdited, this, &ScalingPlannerPage::formChanged);
    inf->addRow(tr("Type"), m_instanceType);
    inf->addRow(tr("Capacity (requests/s)"), m_capacity = dspin(0.1, 1e6, 1));
    inf->addRow(tr("Launch (s)"), m_launch = spin(0, 3600));
    inf->addRow(tr("Warm-up (s)"), m_warmup = spin(0, 3600));
    inf->addRow(tr("On-Demand (USD/h)"), m_onDemand = dspin(0, 1000, 4));
    form->addWidget(instance);

    auto* lb = new QGroupBox(tr("Load balancer"), editor);
    auto* lf = new QFormLayout(lb);
    m_lbType = new QComboBox(this);
    m_lbType->addItem(tr("Application (ALB)"), QStringLiteral("alb"));
    m_lbType->addItem(tr("Network (NLB)"), QStringLiteral("nlb"));
    m_lbType->addItem(tr("Classic (CLB)"), QStringLiteral("clb"));
    connect(m_lbType, &QComboBox::currentIndexChanged, this, &ScalingPlannerPage::formChanged);
    lf->addRow(tr("Type"), m_lbType);
    m_crossZone = new QCheckBox(tr("Cross-zone load balancing"), this);
    connect(m_crossZone, &QCheckBox::toggled, this, &ScalingPlannerPage::formChanged);
    lf->addRow(m_crossZone);
    lf->addRow(tr("Deregistration delay (s)"), m_dereg = spin(0, 3600));
    form->addWidget(lb);

    auto* demand = new QGroupBox(tr("Demand"), editor);
    auto* df = new QFormLayout(demand);
    m_pattern = new QComboBox(this);
    for (const char* p : {"constant", "daily", "weekly"})
        m_pattern->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &ScalingPlannerPage::formChanged);
    df->addRow(tr("Pattern"), m_pattern);
    df->addRow(tr("Base (requests/s)"), m_base = dspin(0, 1e7, 0));
    df->addRow(tr("Peak (requests/s)"), m_peak = dspin(0, 1e7, 0));
    df->addRow(tr("Peak hour (UTC)"), m_peakHour = dspin(0, 24, 1));
    df->addRow(tr("Noise (%)"), m_noise = dspin(0, 100, 1));
    m_preview = makeChartView(tr("Demand preview"), this);
    m_preview->setMinimumHeight(140);
    m_preview->chart()->legend()->hide();
    df->addRow(m_preview);
    form->addWidget(demand);

    auto* policies = new QGroupBox(tr("Policies"), editor);
    auto* pf = new QVBoxLayout(policies);
    m_policies = new QListWidget(this);
    m_policies->setMaximumHeight(90);
    pf->addWidget(m_policies);
    auto* pb = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    pb->addWidget(add);
    pb->addWidget(remove);
    pb->addStretch();
    pf->addLayout(pb);
    m_policyEdit = new QPlainTextEdit(this);
    m_policyEdit->setMinimumHeight(110);
    m_policyEdit->setFont(QFont(QStringLiteral("monospace")));
    pf->addWidget(m_policyEdit);
    m_policyError = new QLabel(this);
    m_policyError->setWordWrap(true);
    m_policyError->setStyleSheet(QStringLiteral("color: #b00020"));
    pf->addWidget(m_policyError);
    form->addWidget(policies);
    connect(m_policies, &QListWidget::currentRowChanged, this, &ScalingPlannerPage::selectPolicy);
    connect(m_policyEdit, &QPlainTextEdit::textChanged, this, &ScalingPlannerPage::policyEdited);
    connect(add, &QPushButton::clicked, this, [this] {
        m_doc["policies"].push_back(json::parse(R"({"name":"new-target","type":"target_tracking","target":50})"));
        refreshPolicyList();
        m_policies->setCurrentRow(policyCount() - 1);
        scheduleRun();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_policies->currentRow();
        if (row < 0 || row >= policyCount())
            return;
        m_doc["policies"].erase(static_cast<std::size_t>(row));
        refreshPolicyList();
        scheduleRun();
    });

    auto* faults = new QGroupBox(tr("Faults (JSON)"), editor);
    auto* ff = new QVBoxLayout(faults);
    m_faultsEdit = new QPlainTextEdit(this);
    m_faultsEdit->setMinimumHeight(80);
    m_faultsEdit->setFont(QFont(QStringLiteral("monospace")));
    ff->addWidget(m_faultsEdit);
    m_faultsError = new QLabel(this);
    m_faultsError->setWordWrap(true);
    m_faultsError->setStyleSheet(QStringLiteral("color: #b00020"));
    ff->addWidget(m_faultsError);
    form->addWidget(faults);
    connect(m_faultsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        try {
            const json j = json::parse(m_faultsEdit->toPlainText().toStdString());
            if (!j.is_array())
                throw std::runtime_error("expected a JSON array of faults");
            m_doc["faults"] = j;
            m_faultsError->clear();
            scheduleRun();
        } catch (const std::exception& e) {
            m_faultsError->setText(tr("Not applied: %1").arg(QString::fromUtf8(e.what())));
        }
    });
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addWidget(m_problems);
    form->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(330);
    splitter->addWidget(scroll);

    // Right: summary, charts, activity history.
    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    rl->addWidget(m_summary);
    auto* grid = new QGridLayout;
    m_charts[DemandChart] = makeChartView(tr("Demand vs capacity served (requests/s)"), this);
    m_charts[InstancesChart] = makeChartView(tr("Instances by state, stacked per AZ"), this);
    m_charts[MetricChart] = makeChartView(tr("CPU % with target and alarm thresholds"), this);
    m_charts[UnservedChart] = makeChartView(tr("Unserved demand (requests/s)"), this);
    grid->addWidget(m_charts[DemandChart], 0, 0);
    grid->addWidget(m_charts[InstancesChart], 0, 1);
    grid->addWidget(m_charts[MetricChart], 1, 0);
    grid->addWidget(m_charts[UnservedChart], 1, 1);
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
}

bool ScalingPlannerPage::openPlan(const QString& file)
{
    auto doc = core::readJsonFile(file.toStdString());
    if (!doc) {
        m_problems->setText(QString::fromStdString(doc.error().describe()));
        return false;
    }
    m_doc = std::move(*doc);
    if (!m_doc.is_object()) {
        m_problems->setText(tr("%1: expected a plan object").arg(file));
        return false;
    }
    loadFormFromDocument();
    rerunNow();
    return true;
}

bool ScalingPlannerPage::savePlan(const QString& file) const
{
    std::ofstream out(file.toStdString(), std::ios::binary);
    out << m_doc.dump(2) << '\n';
    return static_cast<bool>(out.flush());
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

int ScalingPlannerPage::policyCount() const
{
    const auto it = m_doc.find("policies");
    return it != m_doc.end() && it->is_array() ? static_cast<int>(it->size()) : 0;
}

void ScalingPlannerPage::setPolicyText(int index, const QString& text)
{
    m_policies->setCurrentRow(index);
    m_policyEdit->setPlainText(text);
}

QString ScalingPlannerPage::problemsText() const
{
    return m_problems->text() + m_policyError->text() + m_faultsError->text();
}

void ScalingPlannerPage::loadFormFromDocument()
{
    m_loading = true;
    const auto num = [this](const char* a, const char* b, double fallback) {
        const auto it = m_doc.find(a);
        if (it == m_doc.end() || !it->is_object())
            return fallback;
        const auto jt = it->find(b);
        return jt != it->end() && jt->is_number() ? jt->get<double>() : fallback;
    };
    const auto str = [this](const char* a, const char* b, const char* fallback) {
        const auto it = m_doc.find(a);
        if (it == m_doc.end() || !it->is_object())
            return QString::fromLatin1(fallback);
        const auto jt = it->find(b);
        return jt != it->end() && jt->is_string() ? QString::fromStdString(jt->get<std::string>())
                                                  : QString::fromLatin1(fallback);
    };
    m_min->setValue(static_cast<int>(num("group", "min", 1)));
    m_max->setValue(static_cast<int>(num("group", "max", 10)));
    m_desired->setValue(static_cast<int>(num("group", "desired", 2)));
    QStringList azs;
    if (m_doc.contains("group") && m_doc["group"].contains("azs") && m_doc["group"]["azs"].is_array())
        for (const auto& a : m_doc["group"]["azs"])
            if (a.is_string())
                azs << QString::fromStdString(a.get<std::string>());
    m_azs->setText(azs.join(QStringLiteral(", ")));
    m_spotShare->setValue(num("group", "spot_share", 0));
    m_duration->setValue(m_doc.value("duration_hours", 24.0));
    m_instanceType->setText(str("instance", "type", "m5.large"));
    m_capacity->setValue(num("instance", "capacity_rps", 100));
    m_launch->setValue(static_cast<int>(num("instance", "launch_seconds", 120)));
    m_warmup->setValue(static_cast<int>(num("instance", "warmup_seconds", 300)));
    m_onDemand->setValue(num("instance", "on_demand_hourly", 0));
    const QString lbType = str("load_balancer", "type", "alb");
    m_lbType->setCurrentIndex(std::max(0, m_lbType->findData(lbType)));
    const bool crossDefault = lbType == QLatin1String("alb");
    m_crossZone->setChecked(m_doc.contains("load_balancer") && m_doc["load_balancer"].contains("cross_zone") &&
                                    m_doc["load_balancer"]["cross_zone"].is_boolean()
                                ? m_doc["load_balancer"]["cross_zone"].get<bool>()
                                : crossDefault);
    m_dereg->setValue(static_cast<int>(num("load_balancer", "deregistration_delay_seconds", 300)));
    m_pattern->setCurrentIndex(std::max(0, m_pattern->findData(str("demand", "pattern", "constant"))));
    m_base->setValue(num("demand", "base_rps", 100));
    m_peak->setValue(num("demand", "peak_rps", num("demand", "base_rps", 100)));
    m_peakHour->setValue(num("demand", "peak_hour", 14));
    m_noise->setValue(num("demand", "noise_pct", 0));
    m_faultsEdit->setPlainText(QString::fromStdString(m_doc.value("faults", json::array()).dump(1)));
    m_faultsError->clear();
    m_loading = false;
    refreshPolicyList();
    if (policyCount() > 0)
        m_policies->setCurrentRow(0);
}

void ScalingPlannerPage::refreshPolicyList()
{
    const bool was = m_loading;
    m_loading = true;
    m_policies->clear();
    for (int i = 0; i < policyCount(); ++i) {
        const auto& p = m_doc["policies"][static_cast<std::size_t>(i)];
        const QString name = p.contains("name") && p["name"].is_string() ? QString::fromStdString(p["name"].get<std::string>())
                                                                         : tr("policy %1").arg(i);
        const QString type = p.contains("type") && p["type"].is_string() ? QString::fromStdString(p["type"].get<std::string>())
                                                                         : QString();
        m_policies->addItem(QStringLiteral("%1 (%2)").arg(name, type));
    }
    m_policyEdit->clear();
    m_policyError->clear();
    m_loading = was;
}

void ScalingPlannerPage::selectPolicy(int row)
{
    if (row < 0 || row >= policyCount())
        return;
    const bool was = m_loading;
    m_loading = true;
    m_policyEdit->setPlainText(QString::fromStdString(m_doc["policies"][static_cast<std::size_t>(row)].dump(1)));
    m_policyError->clear();
    m_loading = was;
}

void ScalingPlannerPage::policyEdited()
{
    if (m_loading)
        return;
    const int row = m_policies->currentRow();
    if (row < 0 || row >= policyCount())
        return;
    // Validated as the plan reader would; the message names the field and the policy is not applied.
    json j;
    try {
        j = json::parse(m_policyEdit->toPlainText().toStdString());
    } catch (const json::parse_error& e) {
        m_policyError->setText(tr("Not applied — JSON: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    core::JsonFields fields(tr("policy").toStdString());
    const std::string path = "policies[" + std::to_string(row) + "]";
    const auto parsed = sc::parsePolicy(j, fields, path);
    if (!parsed) {
        QStringList lines;
        for (const auto& p : fields.problems())
            lines << QString::fromStdString(p.describe());
        m_policyError->setText(tr("Not applied — %1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    m_policyError->clear();
    m_doc["policies"][static_cast<std::size_t>(row)] = j;
    scheduleRun();
}

void ScalingPlannerPage::formChanged()
{
    if (m_loading)
        return;
    json& g = m_doc["group"];
    g["min"] = m_min->value();
    g["max"] = m_max->value();
    g["desired"] = m_desired->value();
    json azs = json::array();
    for (const auto& a : m_azs->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            azs.push_back(a.trimmed().toStdString());
    g["azs"] = azs;
    g["spot_share"] = m_spotShare->value();
    m_doc["duration_hours"] = m_duration->value();
    json& i = m_doc["instance"];
    i["type"] = m_instanceType->text().toStdString();
    i["capacity_rps"] = m_capacity->value();
    i["launch_seconds"] = m_launch->value();
    i["warmup_seconds"] = m_warmup->value();
    i["on_demand_hourly"] = m_onDemand->value();
    json& lb = m_doc["load_balancer"];
    lb["type"] = m_lbType->currentData().toString().toStdString();
    lb["cross_zone"] = m_crossZone->isChecked();
    lb["deregistration_delay_seconds"] = m_dereg->value();
    json& d = m_doc["demand"];
    d["pattern"] = m_pattern->currentData().toString().toStdString();
    d["base_rps"] = m_base->value();
    d["peak_rps"] = m_peak->value();
    d["peak_hour"] = m_peakHour->value();
    d["noise_pct"] = m_noise->value();
    scheduleRun();
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
    const auto problems = sc::checkPlan(m_doc, tr("plan").toStdString());
    if (!problems.empty()) {
        QStringList lines;
        for (const auto& p : problems)
            lines << QString::fromStdString(p.describe());
        m_problems->setText(tr("The plan is not simulated until these are fixed:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    auto plan = sc::parsePlan(m_doc, "plan");
    if (!plan) {
        m_problems->setText(QString::fromStdString(plan.error().describe()));
        return;
    }
    m_problems->clear();
    auto shared = std::make_shared<const sc::ScalingPlan>(std::move(*plan));
    m_result = std::make_shared<const sc::SimulationResult>(sc::simulate(*shared));
    m_plan = shared;
    m_activities->setResult(m_plan, m_result);
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
        .arg(QString::fromStdString(s.costMethod).toHtmlEscaped());
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
        addLine(chart, tr("demand"), toPoints(column(r, [&](std::size_t i) { return double(r.series.demand[i]); }), width(DemandChart)),
                QColor(0x1f, 0x77, 0xb4));
        addLine(chart, tr("capacity"),
                toPoints(column(r, [&](std::size_t i) { return double(r.series.capacity[i]); }), width(DemandChart)),
                QColor(0x2c, 0xa0, 0x2c), 1.2, Qt::DashLine);
        addLine(chart, tr("served"), toPoints(column(r, [&](std::size_t i) { return double(r.series.served[i]); }), width(DemandChart)),
                QColor(0xff, 0x7f, 0x0e), 1.0);
        resetAxes(chart, x0, x1, top, tr("req/s"));
    }
    // Instances: in service per AZ, then pending and terminating, stacked.
    {
        QChart* chart = m_charts[InstancesChart]->chart();
        chart->removeAllSeries();
        const int azs = r.series.azCount;
        std::vector<double> base(r.series.size(), 0.0);
        static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                         QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
        double top = 0;
        const auto band = [&](const QString& name, const QColor& color, auto value) {
            std::vector<core::SeriesPoint> lower, upper;
            lower.reserve(base.size());
            upper.reserve(base.size());
            for (std::size_t i = 0; i < base.size(); ++i) {
                const double t = static_cast<double>(r.timeOf(i));
                lower.push_back({t, base[i]});
                base[i] += value(i);
                upper.push_back({t, base[i]});
                top = std::max(top, base[i]);
            }
            auto* lo = new QLineSeries;
            lo->replace(toPoints(lower, width(InstancesChart)));
            auto* up = new QLineSeries;
            up->replace(toPoints(upper, width(InstancesChart)));
            auto* area = new QAreaSeries(up, lo);
            area->setName(name);
            QColor fill = color;
            fill.setAlpha(170);
            area->setBrush(fill);
            area->setPen(QPen(color.darker(120), 0.8));
            chart->addSeries(area);
        };
        for (int a = 0; a < azs; ++a)
            band(QString::fromStdString(r.azs[std::size_t(a)]).section(QLatin1Char('-'), -1), palette[a % 6],
                 [&](std::size_t i) { return double(r.series.inService[i * std::size_t(azs) + std::size_t(a)]); });
        band(tr("pending"), QColor(0xff, 0xbb, 0x33), [&](std::size_t i) {
            double n = 0;
            for (int a = 0; a < azs; ++a)
                n += r.series.pending[i * std::size_t(azs) + std::size_t(a)];
            return n;
        });
        band(tr("terminating"), QColor(0xd6, 0x27, 0x28), [&](std::size_t i) {
            double n = 0;
            for (int a = 0; a < azs; ++a)
                n += r.series.terminating[i * std::size_t(azs) + std::size_t(a)];
            return n;
        });
        addLine(chart, tr("desired"), toPoints(column(r, [&](std::size_t i) { return double(r.series.desired[i]); }), width(InstancesChart)),
                Qt::black, 1.2, Qt::DashLine);
        resetAxes(chart, x0, x1, top, tr("instances"));
    }
    // CPU with the policies' thresholds.
    {
        QChart* chart = m_charts[MetricChart]->chart();
        chart->removeAllSeries();
        addLine(chart, tr("CPU %"), toPoints(column(r, [&](std::size_t i) { return double(r.series.cpu[i]); }), width(MetricChart)),
                QColor(0x1f, 0x77, 0xb4), 1.0);
        const auto hline = [&](const QString& name, double y, const QColor& c) {
            addLine(chart, name, {QPointF(x0, y), QPointF(x1, y)}, c, 1.2, Qt::DashLine);
        };
        for (const auto& p : m_plan->policies) {
            if (p.type == sc::PolicyType::TargetTracking && p.targetTracking.metric == sc::MetricKind::CpuPercent) {
                hline(tr("%1 target").arg(QString::fromStdString(p.name)), p.targetTracking.target, QColor(0x2c, 0xa0, 0x2c));
                hline(tr("%1 scale-in line").arg(QString::fromStdString(p.name)),
                      p.targetTracking.target * p.targetTracking.scaleInRatio, QColor(0x94, 0x67, 0xbd));
            } else if (p.alarm && p.alarm->metric == sc::MetricKind::CpuPercent) {
                hline(tr("%1 alarm").arg(QString::fromStdString(p.name)), p.alarm->threshold, QColor(0xd6, 0x27, 0x28));
            } else if (p.type == sc::PolicyType::Step && !p.alarm) {
                hline(tr("%1 threshold").arg(QString::fromStdString(p.name)), p.threshold, QColor(0xd6, 0x27, 0x28));
            }
        }
        resetAxes(chart, x0, x1, 100, tr("%"));
    }
    // Unserved.
    {
        QChart* chart = m_charts[UnservedChart]->chart();
        chart->removeAllSeries();
        double top = 0;
        for (std::size_t i = 0; i < r.series.size(); ++i)
            top = std::max(top, double(r.series.unserved[i]));
        addLine(chart, tr("unserved"), toPoints(column(r, [&](std::size_t i) { return double(r.series.unserved[i]); }), width(UnservedChart)),
                QColor(0xd6, 0x27, 0x28), 1.2);
        resetAxes(chart, x0, x1, std::max(top, 1.0), tr("req/s"));
    }
    // Demand preview in the editor.
    {
        QChart* chart = m_preview->chart();
        chart->removeAllSeries();
        double top = 0;
        for (const float v : r.series.demand)
            top = std::max(top, double(v));
        addLine(chart, tr("demand"), toPoints(column(r, [&](std::size_t i) { return double(r.series.demand[i]); }), 300),
                QColor(0x1f, 0x77, 0xb4), 1.0);
        resetAxes(chart, x0, x1, top, QString());
    }
}

} // namespace archdesk::ui
