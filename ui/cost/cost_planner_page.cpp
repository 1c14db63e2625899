#include "ui/cost/cost_planner_page.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <fstream>

#include "core/catalog/price_lookup.h"
#include "core/util/decimate.h"
#include "ui/common/app_state.h"
#include "ui/common/page_header.h"
#include "ui/cost/cost_options_model.h"
#include "ui/common/chart_theme.h"
#include "ui/common/chart_export.h"
#include "ui/common/plan_file_dialog.h"
#include "ui/settings/theme.h"

namespace archdesk::ui {

namespace billing = core::billing;

namespace {

// The 6 standard RI rows of the price table, in the order of the default option checkboxes.
struct RiRow
{
    int years;
    const char* payment;
};
constexpr std::array<RiRow, 6> kRiRows{{{1, "no_upfront"},
                                        {1, "partial_upfront"},
                                        {1, "all_upfront"},
                                        {3, "no_upfront"},
                                        {3, "partial_upfront"},
                                        {3, "all_upfront"}}};

// m5.large, us-east-1, Linux, shared tenancy: AWS Pricing API GetProducts, version 20210205204500
// (fixtures/aws-pricing/ec2-getproducts-m5large-2021.json). Used until the catalog has a price.
constexpr double kBuiltInOnDemand = 0.096;
constexpr std::array<std::pair<double, double>, 6> kBuiltInRi{
    {{0, 0.060}, {252, 0.029}, {494, 0}, {0, 0.041}, {505, 0.019}, {949, 0}}};

QStringList commonInstanceTypes()
{
    QStringList types;
    const QStringList families{"t3", "t3a", "t4g", "m5", "m5a", "m6i", "m6g", "m7g", "c5", "c5n", "c6i", "c6g",
                               "c7g", "r5", "r6i", "r6g", "r7g", "i3", "i4i", "x2iedn", "g4dn", "g5", "p3", "inf1"};
    const QStringList sizes{"nano",    "micro",   "small",   "medium",   "large",    "xlarge",  "2xlarge",
                            "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "metal"};
    for (const auto& f : families)
        for (const auto& s : sizes) {
            const bool burstable = f.startsWith('t');
            if (burstable != (s == "nano" || s == "micro" || s == "small" || s == "medium" || s == "large" ||
                              s == "xlarge" || s == "2xlarge"))
                continue;
            types << f + '.' + s;
        }
    return types;
}

const QStringList& regions()
{
    static const QStringList list{"us-east-1",      "us-east-2",      "us-west-1",    "us-west-2",
                                  "ca-central-1",   "eu-west-1",      "eu-west-2",    "eu-west-3",
                                  "eu-central-1",   "eu-north-1",     "eu-south-1",   "ap-south-1",
                                  "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-northeast-2",
                                  "ap-northeast-3", "sa-east-1",      "me-south-1",   "af-south-1"};
    return list;
}

QString money(double v) { return QStringLiteral("$%L1").arg(v, 0, 'f', 2); }

QDoubleSpinBox* doubleSpin(double lo, double hi, int decimals, QWidget* parent)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    return s;
}

QChartView* makeChartView(const QString& name, QWidget* parent)
{
    auto* chart = new QChart();
    applyChartTheme(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

// Replaces a line series' points after decimating them to the chart's plot width.
void replaceDecimated(QLineSeries* series, const std::vector<core::SeriesPoint>& points, int width)
{
    const auto kept = core::decimateMinMax(points, static_cast<std::size_t>(std::max(width, 1)));
    QList<QPointF> list;
    list.reserve(static_cast<qsizetype>(kept.size()));
    for (const auto& p : kept)
        list.append(QPointF(p.x, p.y));
    series->replace(list);
}

std::string riOptionName(int years, const char* payment)
{
    billing::PlanOption o;
    o.kind = billing::PlanOption::Kind::Reserved;
    o.termYears = years;
    o.payment = payment;
    return o.displayName();
}

} // namespace

CostPlannerPage::CostPlannerPage(AppState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makePageHeader(
        tr("Cost Planner"),
        tr("What does each way of buying cost for this instance type and usage, when does a reservation pay off, "
           "and what should you buy?"),
        this));
    auto* columns = new QHBoxLayout();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inputs = new QWidget(scroll);
    buildInputs(inputs);
    scroll->setWidget(inputs);
    scroll->setFixedWidth(inputs->sizeHint().width() + 24);
    columns->addWidget(scroll);
    auto* results = new QWidget(this);
    buildResults(results);
    columns->addWidget(results, 1);
    layout->addLayout(columns, 1);

    m_filling = true;
    applyBuiltInPrices();
    m_filling = false;
    lookUpPrices();
    updateUsageRows();
    recompute();
}

void CostPlannerPage::buildInputs(QWidget* panel)
{
    auto* v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 8, 0);

    auto* what = new QGroupBox(tr("Instance"), panel);
    auto* whatForm = new QFormLayout(what);
    m_type = new QLineEdit(QStringLiteral("m5.large"), what);
    m_type->setObjectName(QStringLiteral("instanceType"));
    auto* completer = new QCompleter(commonInstanceTypes(), m_type);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_type->setCompleter(completer);
    m_type->setPlaceholderText(tr("type to search, e.g. m5.large"));
    whatForm->addRow(tr("Type"), m_type);
    m_region = new QComboBox(what);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_region->addItems(regions());
    whatForm->addRow(tr("Region"), m_region);
    m_os = new QComboBox(what);
    m_os->addItem(tr("Linux"), QStringLiteral("linux"));
    m_os->addItem(tr("Windows"), QStringLiteral("windows"));
    m_os->addItem(tr("Red Hat Enterprise Linux"), QStringLiteral("rhel"));
    m_os->addItem(tr("SUSE Linux"), QStringLiteral("suse"));
    whatForm->addRow(tr("OS"), m_os);
    m_horizon = new QSpinBox(what);
    m_horizon->setObjectName(QStringLiteral("horizonMonths"));
    m_horizon->setRange(1, 120);
    m_horizon->setValue(36); // whole terms for every default option
    m_horizon->setSuffix(tr(" months"));
    whatForm->addRow(tr("Horizon"), m_horizon);
    v->addWidget(what);

    auto* usage = new QGroupBox(tr("Usage"), panel);
    auto* usageLayout = new QVBoxLayout(usage);
    m_usageForm = new QFormLayout();
    m_usageKind = new QComboBox(usage);
    m_usageKind->setObjectName(QStringLiteral("usageKind"));
    m_usageKind->addItem(tr("Share of hours running"), QStringLiteral("utilization"));
    m_usageKind->addItem(tr("Always on"), QStringLiteral("constant"));
    m_usageKind->addItem(tr("Business-hours peak"), QStringLiteral("pattern"));
    m_usageKind->addItem(tr("Hour by hour list"), QStringLiteral("hourly"));
    m_usageForm->addRow(tr("Pattern"), m_usageKind);
    m_instances = doubleSpin(0, 100000, 0, usage);
    m_instances->setObjectName(QStringLiteral("instances"));
    m_instances->setValue(1);
    m_usageForm->addRow(tr("Instances"), m_instances);
    m_utilization = new QSpinBox(usage);
    m_utilization->setObjectName(QStringLiteral("utilization"));
    m_utilization->setRange(0, 100);
    m_utilization->setValue(60);
    m_utilization->setSuffix(tr(" % of hours"));
    m_usageForm->addRow(tr("Running"), m_utilization);
    m_baseline = doubleSpin(0, 100000, 0, usage);
    m_baseline->setValue(2);
    m_usageForm->addRow(tr("Baseline"), m_baseline);
    m_peak = doubleSpin(0, 100000, 0, usage);
    m_peak->setValue(6);
    m_usageForm->addRow(tr("Peak"), m_peak);
    m_peakHours = new QSpinBox(usage);
    m_peakHours->setRange(0, 24);
    m_peakHours->setValue(10);
    m_peakHours->setSuffix(tr(" h a day"));
    m_usageForm->addRow(tr("Peak hours"), m_peakHours);
    m_weekdays = new QCheckBox(tr("weekdays only"), usage);
    m_weekdays->setChecked(true);
    m_usageForm->addRow(QString(), m_weekdays);
    m_hourly = new QLineEdit(QStringLiteral("1, 1, 2, 3, 3, 2"), usage);
    m_hourly->setToolTip(tr("Instances per hour, separated by commas; the list repeats over the horizon."));
    m_usageForm->addRow(tr("Per hour"), m_hourly);
    m_hourlySummary = new QLabel(usage);
    m_hourlySummary->setObjectName(QStringLiteral("hourlySummary"));
    m_hourlySummary->setWordWrap(true);
    m_usageForm->addRow(QString(), m_hourlySummary);
    usageLayout->addLayout(m_usageForm);
    m_preview = makeChartView(QStringLiteral("usagePreview"), usage);
    m_preview->setMinimumHeight(130);
    m_preview->chart()->legend()->hide();
    m_preview->chart()->setTitle(tr("A week of usage (Mon–Sun)"));
    usageLayout->addWidget(m_preview);
    v->addWidget(usage);

    auto* prices = new QGroupBox(tr("Prices (USD)"), panel);
    auto* pricesLayout = new QVBoxLayout(prices);
    m_priceSource = new QLabel(prices);
    m_priceSource->setObjectName(QStringLiteral("priceSource"));
    m_priceSource->setWordWrap(true);
    pricesLayout->addWidget(m_priceSource);
    auto* priceForm = new QFormLayout();
    m_onDemand = doubleSpin(0, 10000, 4, prices);
    m_onDemand->setObjectName(QStringLiteral("onDemandHourly"));
    m_onDemand->setSuffix(tr(" /h"));
    priceForm->addRow(tr("On-Demand"), m_onDemand);
    auto* validator = new QDoubleValidator(0, 10000, 6, prices);
    validator->setNotation(QDoubleValidator::StandardNotation);
    validator->setLocale(QLocale::c());
    m_spot = new QLineEdit(prices);
    m_spot->setValidator(validator);
    m_spot->setPlaceholderText(tr("enter to compare Spot"));
    priceForm->addRow(tr("Spot /h"), m_spot);
    m_computeSp = new QLineEdit(prices);
    m_computeSp->setValidator(validator);
    m_computeSp->setPlaceholderText(tr("enter to compare"));
    priceForm->addRow(tr("Compute SP rate /h"), m_computeSp);
    pricesLayout->addLayout(priceForm);
    m_reserved = new QTableWidget(static_cast<int>(kRiRows.size()), 2, prices);
    m_reserved->setObjectName(QStringLiteral("reservedPrices"));
    m_reserved->setHorizontalHeaderLabels({tr("Upfront"), tr("Hourly")});
    QStringList rowNames;
    for (const auto& r : kRiRows)
        rowNames << QString::fromStdString(riOptionName(r.years, r.payment)).remove(QStringLiteral("RI "));
    m_reserved->setVerticalHeaderLabels(rowNames);
    m_reserved->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_reserved->verticalHeader()->setDefaultSectionSize(22);
    m_reserved->setFixedHeight(22 * 6 + m_reserved->horizontalHeader()->sizeHint().height() + 4);
    pricesLayout->addWidget(m_reserved);
    v->addWidget(prices);

    auto* compare = new QGroupBox(tr("Compare"), panel);
    auto* compareLayout = new QVBoxLayout(compare);
    const auto defaults = billing::defaultOptions();
    for (std::size_t i = 0; i < m_optionChecks.size() && i < defaults.size(); ++i) {
        m_optionChecks[i] = new QCheckBox(QString::fromStdString(defaults[i].name), compare);
        m_optionChecks[i]->setChecked(true);
        compareLayout->addWidget(m_optionChecks[i]);
    }
    m_allowSpot = new QCheckBox(tr("My burst work can be interrupted (allow Spot)"), compare);
    compareLayout->addWidget(m_allowSpot);
    v->addWidget(compare);

    auto* files = new QHBoxLayout();
    auto* open = new QPushButton(tr("Open…"), panel);
    auto* save = new QPushButton(tr("Save…"), panel);
    auto* exportButton = new QToolButton(panel);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Table as CSV…"), this, &CostPlannerPage::exportCsvDialog);
    exportMenu->addAction(tr("Chart as PNG or SVG…"), this, &CostPlannerPage::exportChartDialog);
    exportButton->setMenu(exportMenu);
    files->addWidget(open);
    files->addWidget(save);
    files->addWidget(exportButton);
    v->addLayout(files);
    v->addStretch(1);
    connect(open, &QPushButton::clicked, this, &CostPlannerPage::openDialog);
    connect(save, &QPushButton::clicked, this, &CostPlannerPage::saveDialog);

    // Every input recomputes at once; the identity of the instance re-reads the catalog first.
    const auto changed = [this] {
        if (!m_filling)
            recompute();
    };
    connect(m_type, &QLineEdit::editingFinished, this, [this] { lookUpPrices(); recompute(); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this] { lookUpPrices(); recompute(); });
    connect(m_region, &QComboBox::currentTextChanged, this, [this] { lookUpPrices(); recompute(); });
    connect(m_os, &QComboBox::currentIndexChanged, this, [this] { lookUpPrices(); recompute(); });
    connect(m_horizon, &QSpinBox::valueChanged, this, changed);
    connect(m_usageKind, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateUsageRows();
        changed();
    });
    for (auto* s : {m_instances, m_baseline, m_peak, m_onDemand})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (auto* s : {m_utilization, m_peakHours})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_weekdays, &QCheckBox::toggled, this, changed);
    connect(m_allowSpot, &QCheckBox::toggled, this, changed);
    for (auto* c : m_optionChecks)
        if (c)
            connect(c, &QCheckBox::toggled, this, changed);
    for (auto* e : {m_hourly, m_spot, m_computeSp})
        connect(e, &QLineEdit::textChanged, this, changed);
    connect(m_reserved, &QTableWidget::itemChanged, this, changed);
}

void CostPlannerPage::buildResults(QWidget* panel)
{
    auto* v = new QVBoxLayout(panel);
    v->setContentsMargins(8, 0, 0, 0);
    auto* verdictBox = new QGroupBox(tr("Recommendation"), panel);
    auto* verdictLayout = new QVBoxLayout(verdictBox);
    m_verdict = new QLabel(verdictBox);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verdictLayout->addWidget(m_verdict);
    m_why = new QLabel(verdictBox);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    verdictLayout->addWidget(m_why);
    v->addWidget(verdictBox);

    m_model = new CostOptionsModel(this);
    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("optionsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->addWidget(m_table);
    m_skipped = new QLabel(panel);
    m_skipped->setWordWrap(true);
    QPalette p = m_skipped->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_skipped->setPalette(p);
    v->addWidget(m_skipped);

    m_charts = new QTabWidget(panel);
    m_cumulative = makeChartView(QStringLiteral("cumulativeChart"), m_charts);
    m_monthly = makeChartView(QStringLiteral("monthlyChart"), m_charts);
    m_coverage = makeChartView(QStringLiteral("coverageChart"), m_charts);
    m_charts->addTab(m_cumulative, tr("Cumulative cost"));
    m_charts->addTab(m_monthly, tr("Cost per month"));
    m_charts->addTab(m_coverage, tr("Coverage, typical week"));
    m_charts->setMinimumHeight(260);
    v->addWidget(m_charts, 1);
}

void CostPlannerPage::applyBuiltInPrices()
{
    m_onDemand->setValue(kBuiltInOnDemand);
    for (std::size_t i = 0; i < kRiRows.size(); ++i) {
        const int row = static_cast<int>(i);
        m_reserved->setItem(row, 0, new QTableWidgetItem(QString::number(kBuiltInRi[i].first)));
        m_reserved->setItem(row, 1, new QTableWidgetItem(QString::number(kBuiltInRi[i].second)));
    }
}

void CostPlannerPage::lookUpPrices()
{
    const std::string type = m_type->text().trimmed().toStdString();
    const std::string region = m_region->currentText().trimmed().toStdString();
    const std::string os = m_os->currentData().toString().toStdString();
    core::store::Database* db = m_state.db ? &*m_state.db : nullptr;
    const auto found = core::catalog::lookupPrice(m_state.dataDir, db, type, region, os);
    if (found && found->onDemandHourly) {
        m_filling = true;
        m_onDemand->setValue(*found->onDemandHourly);
        m_spot->setText(found->spotHourly ? QString::number(*found->spotHourly) : QString());
        for (std::size_t i = 0; i < kRiRows.size(); ++i) {
            const auto it = std::find_if(found->reserved.begin(), found->reserved.end(), [&](const auto& r) {
                return r.termYears == kRiRows[i].years && r.offeringClass == "standard" && r.payment == kRiRows[i].payment;
            });
            const int row = static_cast<int>(i);
            m_reserved->setItem(row, 0, new QTableWidgetItem(it == found->reserved.end() ? QString() : QString::number(it->upfront)));
            m_reserved->setItem(row, 1, new QTableWidgetItem(it == found->reserved.end() ? QString() : QString::number(it->hourly)));
        }
        m_filling = false;
        m_priceSource->setText(tr("Prices from the catalog: %1%2. Edit any field to try other prices.")
                                   .arg(QString::fromStdString(found->source),
                                        found->date.empty() ? QString() : QStringLiteral(", ") + QString::fromStdString(found->date)));
        return;
    }
    if (type == "m5.large" && region == "us-east-1" && os == "linux")
        m_priceSource->setText(tr("No catalog price yet: using built-in m5.large / us-east-1 / Linux prices from the AWS "
                                  "Price List API (2021-02-05). Edit them, or import current prices with "
                                  "<code>archdesk-cli prices import FILE</code>."));
    else
        m_priceSource->setText(tr("No catalog price for %1 in %2 (%3): the prices below are yours to enter. Import a "
                                  "price file with <code>archdesk-cli prices import FILE</code> to fill them.")
                                   .arg(QString::fromStdString(type), QString::fromStdString(region),
                                        m_os->currentText()));
}

void CostPlannerPage::updateUsageRows()
{
    const QString kind = m_usageKind->currentData().toString();
    m_usageForm->setRowVisible(m_instances, kind == "constant" || kind == "utilization");
    m_usageForm->setRowVisible(m_utilization, kind == "utilization");
    m_usageForm->setRowVisible(m_baseline, kind == "pattern");
    m_usageForm->setRowVisible(m_peak, kind == "pattern");
    m_usageForm->setRowVisible(m_peakHours, kind == "pattern");
    m_usageForm->setRowVisible(m_weekdays, kind == "pattern");
    m_usageForm->setRowVisible(m_hourly, kind == "hourly");
    m_usageForm->setRowVisible(m_hourlySummary, kind == "hourly");
}

std::optional<double> CostPlannerPage::optionalPrice(const QLineEdit* edit) const
{
    bool ok = false;
    const double v = QLocale::c().toDouble(edit->text().trimmed(), &ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

billing::ResolvedPrices CostPlannerPage::pricesFromFields() const
{
    billing::ResolvedPrices p;
    p.onDemandHourly = m_onDemand->value();
    p.spotHourly = optionalPrice(m_spot);
    p.computeSpHourly = optionalPrice(m_computeSp);
    for (std::size_t i = 0; i < kRiRows.size(); ++i) {
        const int row = static_cast<int>(i);
        bool okUp = false, okHour = false;
        const auto* up = m_reserved->item(row, 0);
        const auto* hour = m_reserved->item(row, 1);
        const double upfront = up ? QLocale::c().toDouble(up->text().trimmed(), &okUp) : 0;
        const double hourly = hour ? QLocale::c().toDouble(hour->text().trimmed(), &okHour) : 0;
        if (!okUp && !okHour)
            continue;
        p.reserved.push_back({kRiRows[i].years, "standard", kRiRows[i].payment, okUp ? upfront : 0, okHour ? hourly : 0});
    }
    p.source = m_priceSource->text().toStdString();
    return p;
}

billing::CostPlan CostPlannerPage::currentPlan() const
{
    billing::CostPlan plan;
    plan.instanceType = m_type->text().trimmed().toStdString();
    plan.region = m_region->currentText().trimmed().toStdString();
    plan.os = billing::parseOperatingSystem(m_os->currentData().toString().toStdString()).value_or(billing::OperatingSystem::Linux);
    plan.horizonMonths = m_horizon->value();
    const QString kind = m_usageKind->currentData().toString();
    auto& u = plan.usage;
    if (kind == "constant") {
        u.kind = billing::UsagePattern::Kind::Constant;
        u.instances = m_instances->value();
    } else if (kind == "utilization") {
        u.kind = billing::UsagePattern::Kind::Utilization;
        u.instances = m_instances->value();
        u.fraction = m_utilization->value() / 100.0;
    } else if (kind == "pattern") {
        u.kind = billing::UsagePattern::Kind::Pattern;
        u.baseline = m_baseline->value();
        u.peak = std::max(m_peak->value(), m_baseline->value());
        u.peakHoursPerDay = m_peakHours->value();
        u.peakWeekdaysOnly = m_weekdays->isChecked();
    } else {
        u.kind = billing::UsagePattern::Kind::Hourly;
        for (const auto& part : m_hourly->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double n = QLocale::c().toDouble(part, &ok);
            if (ok && n >= 0)
                u.hourly.push_back(n);
        }
    }
    const auto prices = pricesFromFields();
    plan.prices.onDemandHourly = prices.onDemandHourly;
    plan.prices.spotHourly = prices.spotHourly;
    plan.prices.computeSpHourly = prices.computeSpHourly;
    plan.prices.reserved = prices.reserved;
    const auto defaults = billing::defaultOptions();
    for (std::size_t i = 0; i < m_optionChecks.size() && i < defaults.size(); ++i)
        if (m_optionChecks[i]->isChecked())
            plan.options.push_back(defaults[i]);
    plan.defaultOptionSet = true; // options without a price are skipped with a note, never an error here
    plan.recommend = true;
    plan.allowSpot = m_allowSpot->isChecked();
    return plan;
}

void CostPlannerPage::recompute()
{
    updatePreview();
    const auto plan = currentPlan();
    if (plan.options.empty()) {
        m_model->setOptions({});
        m_verdict->setText(tr("Choose at least one option to compare."));
        m_why->clear();
        return;
    }
    const auto c = billing::compareOptions(plan, pricesFromFields(), "Cost Planner");
    if (!c) {
        m_model->setOptions({});
        m_verdict->setText(QString::fromStdString(c.error().message));
        m_why->clear();
        return;
    }
    showComparison(*c);
}

void CostPlannerPage::showComparison(const billing::CostComparison& c)
{
    m_model->setOptions(c.options);
    // As tall as its rows, so the charts get the rest.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->defaultSectionSize() * std::max(1, m_model->rowCount()) + 4);
    QStringList skipped;
    for (const auto& o : c.options)
        if (!o.note.empty())
            skipped << tr("%1: %2").arg(QString::fromStdString(o.name), QString::fromStdString(o.note));
    for (const auto& s : c.skipped)
        skipped << tr("Not compared — %1").arg(QString::fromStdString(s.substr(0, s.find(';'))));
    m_skipped->setText(skipped.join('\n'));
    m_skipped->setVisible(!skipped.isEmpty());
    updateVerdict(c);
    updateCharts(c);
}

void CostPlannerPage::updateVerdict(const billing::CostComparison& c)
{
    if (!c.recommendation) {
        m_verdict->clear();
        m_why->clear();
        return;
    }
    const auto& r = *c.recommendation;
    const double od = c.prices.onDemandHourly;
    const double hoursShare = c.usage.empty() ? 0
        : static_cast<double>(std::count_if(c.usage.begin(), c.usage.end(), [](double u) { return u > 1e-9; })) /
              static_cast<double>(c.usage.size());
    QStringList actions;
    if (r.reservedCount > 0 && r.mix.reserved)
        actions << tr("%1 × %2")
                       .arg(r.reservedCount)
                       .arg(QString::fromStdString(riOptionName(r.mix.reserved->termYears, r.mix.reserved->payment.c_str())));
    if (r.savingsPlanInstances > 0)
        actions << tr("commit $%1/h to a Savings Plan").arg(r.mix.savingsPlanCommitment, 0, 'f', 4);
    if (r.spotInstances > 0)
        actions << tr("Spot for up to %1 burst instances").arg(r.spotInstances);
    if (actions.isEmpty())
        m_verdict->setText(tr("Stay On-Demand: no reservation or commitment pays off for this usage."));
    else
        m_verdict->setText(tr("Buy %1. You save %2 (%3%) over %4 months compared with On-Demand.")
                               .arg(actions.join(tr(", then ")), money(r.saving))
                               .arg(r.savingPct, 0, 'f', 1)
                               .arg(c.plan.horizonMonths));

    QStringList lines;
    lines << tr("Your usage runs in <b>%1%</b> of the hours (%2 instance-hours, peak %3).")
                 .arg(100 * hoursShare, 0, 'f', 0)
                 .arg(c.instanceHours, 0, 'f', 0)
                 .arg(c.peak, 0, 'f', c.peak == std::round(c.peak) ? 0 : 1);
    if (r.mix.reserved || !c.prices.reserved.empty()) {
        // The cheapest reservation that fits: the rule every level is held against.
        std::optional<core::catalog::ReservedPrice> best;
        for (const auto& p : c.prices.reserved)
            if (p.termYears * 12 <= c.plan.horizonMonths && (!best || p.effectiveHourly() < best->effectiveHourly()))
                best = p;
        if (best && od > 0)
            lines << tr("A reservation is paid every hour, used or not. The cheapest one here (%1) costs $%2/h = "
                        "<b>%3% of the On-Demand price</b>, so it pays off for an instance that runs more than %3% of "
                        "the hours.")
                         .arg(QString::fromStdString(riOptionName(best->termYears, best->payment.c_str())))
                         .arg(best->effectiveHourly(), 0, 'f', 4)
                         .arg(100 * best->effectiveHourly() / od, 0, 'f', 1);
        else if (!best)
            lines << tr("No reservation term fits in %n month(s); the shortest term is one year.", nullptr,
                        c.plan.horizonMonths);
    }
    int groups = 0;
    for (std::size_t i = 0; i < r.levels.size();) {
        std::size_t j = i;
        while (j + 1 < r.levels.size() && r.levels[j + 1].choice == r.levels[i].choice &&
               std::abs(r.levels[j + 1].share - r.levels[i].share) < 1e-9)
            ++j;
        if (++groups > 6) {
            lines << tr("… and more levels, all like the last one.");
            break;
        }
        const auto& l = r.levels[i];
        const bool one = i == j;
        QString what;
        switch (l.choice) {
        case billing::UsageLevel::Choice::Reserved: what = one ? tr("reserve it") : tr("reserve them"); break;
        case billing::UsageLevel::Choice::SavingsPlan: what = tr("cover with the Savings Plan"); break;
        case billing::UsageLevel::Choice::Spot: what = tr("run on Spot"); break;
        case billing::UsageLevel::Choice::OnDemand: what = tr("keep On-Demand"); break;
        }
        if (one)
            lines << tr("Instance %1 runs %2% of the hours → %3.").arg(l.level).arg(100 * l.share, 0, 'f', 1).arg(what);
        else
            lines << tr("Instances %1–%2 each run %3% of the hours → %4.")
                         .arg(l.level)
                         .arg(r.levels[j].level)
                         .arg(100 * l.share, 0, 'f', 1)
                         .arg(what);
        i = j + 1;
    }
    m_why->setText(QStringLiteral("<ul style=\"margin-left:-20px\"><li>") + lines.join(QStringLiteral("</li><li>")) +
                   QStringLiteral("</li></ul>"));
}

void CostPlannerPage::updatePreview()
{
    const auto plan = currentPlan();
    // A long list (a simulated fleet's hours) is easier to check by its length and total.
    double listed = 0;
    for (const double h : plan.usage.hourly)
        listed += h;
    m_hourlySummary->setText(tr("Hours listed: %1, with %2 instance-hours; the list repeats over the horizon.")
                                 .arg(plan.usage.hourly.size())
                                 .arg(QLocale().toString(listed, 'f', 1)));
    const auto week = plan.usage.hours(168);
    QChart* chart = m_preview->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    auto* series = new QLineSeries(chart);
    std::vector<core::SeriesPoint> points;
    double top = 1;
    for (std::size_t h = 0; h < week.size(); ++h) {
        points.push_back({static_cast<double>(h), week[h]});
        points.push_back({static_cast<double>(h + 1), week[h]});
        top = std::max(top, week[h]);
    }
    replaceDecimated(series, points, m_preview->width());
    chart->addSeries(series);
    auto* x = new QValueAxis(chart);
    x->setRange(0, 168);
    x->setTickCount(8);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("hour of the week"));
    auto* y = new QValueAxis(chart);
    const double yMax = std::ceil(top * 1.1);
    y->setRange(0, yMax);
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (yMax <= 8)
        y->setTickCount(static_cast<int>(yMax) + 1); // whole instances only
    else
        y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void CostPlannerPage::updateCharts(const billing::CostComparison& c)
{
    const int months = c.plan.horizonMonths;
    // Cumulative cost with break-even markers.
    {
        QChart* chart = m_cumulative->chart();
        chart->removeAllSeries();
        for (auto* axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(tr("Cumulative cost: an option has paid off where it drops below On-Demand (thick grey)"));
        chart->legend()->setAlignment(Qt::AlignRight);
        auto* x = new QValueAxis(chart);
        x->setRange(0, months);
        x->setLabelFormat(QStringLiteral("%d"));
        x->setTitleText(tr("month"));
        auto* y = new QValueAxis(chart);
        y->setLabelFormat(QStringLiteral("$%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double top = 1;
        auto* markers = new QScatterSeries(chart);
        markers->setName(tr("break-even"));
        markers->setMarkerSize(11);
        markers->setColor(Qt::black);
        for (const auto& o : c.options) {
            auto* s = new QLineSeries(chart);
            s->setName(QString::fromStdString(o.name).remove(QStringLiteral("standard ")));
            std::vector<core::SeriesPoint> points{{0, o.cost.upfrontPerTerm}};
            for (std::size_t m = 0; m < o.cost.cumulative.size(); ++m) {
                points.push_back({static_cast<double>(m + 1), o.cost.cumulative[m]});
                top = std::max(top, o.cost.cumulative[m]);
            }
            replaceDecimated(s, points, m_cumulative->width());
            if (o.option.kind == billing::PlanOption::Kind::OnDemand) {
                QPen pen = s->pen();
                pen.setWidth(3);
                pen.setColor(isDarkTheme() ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x44, 0x44, 0x44)); // On-Demand stands out in both themes
                s->setPen(pen);
            }
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
            if (o.breakEvenMonth && *o.breakEvenMonth > 0 && *o.breakEvenMonth <= months) {
                // The option's own cumulative cost at the break-even month, interpolated.
                const double b = *o.breakEvenMonth;
                const auto lo = static_cast<std::size_t>(std::floor(b));
                const double y0 = lo == 0 ? o.cost.upfrontPerTerm : o.cost.cumulative[lo - 1];
                const double y1 = lo < o.cost.cumulative.size() ? o.cost.cumulative[lo] : y0;
                markers->append(b, y0 + (y1 - y0) * (b - static_cast<double>(lo)));
            }
        }
        chart->addSeries(markers);
        markers->attachAxis(x);
        markers->attachAxis(y);
        y->setRange(0, top * 1.05);
        y->applyNiceNumbers();
    }
    // Monthly cost bars.
    {
        QChart* chart = m_monthly->chart();
        chart->removeAllSeries();
        for (auto* axis : chart->axes())
            chart->removeAxis(axis);
        // Past two years a bar per month is too thin to read: bars then add up quarters.
        const int perBar = months > 24 ? 3 : 1;
        chart->setTitle(perBar == 1 ? tr("Cost per month (upfront payments fall in the month they are paid)")
                                    : tr("Cost per quarter (upfront payments fall in the quarter they are paid)"));
        chart->legend()->setAlignment(Qt::AlignRight);
        auto* series = new QBarSeries(chart);
        for (const auto& o : c.options) {
            auto* set = new QBarSet(QString::fromStdString(o.name).remove(QStringLiteral("standard ")), series);
            for (std::size_t m = 0; m < o.cost.monthly.size(); m += static_cast<std::size_t>(perBar)) {
                double sum = 0;
                for (std::size_t k = m; k < std::min(o.cost.monthly.size(), m + static_cast<std::size_t>(perBar)); ++k)
                    sum += o.cost.monthly[k];
                set->append(sum);
            }
            series->append(set);
        }
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis(chart);
        QStringList categories;
        for (int m = 1; m <= (months + perBar - 1) / perBar; ++m)
            categories << (perBar == 1 ? QString::number(m) : tr("Q%1").arg(m));
        x->append(categories);
        x->setTitleText(perBar == 1 ? tr("month") : tr("quarter"));
        auto* y = new QValueAxis(chart);
        y->setLabelFormat(QStringLiteral("$%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        y->applyNiceNumbers();
    }
    // Coverage of the first week by the recommended mix, stacked.
    {
        QChart* chart = m_coverage->chart();
        chart->removeAllSeries();
        for (auto* axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(tr("What pays for each instance in a typical week, with the recommended purchase"));
        if (!c.recommendation)
            return;
        const auto& cov = c.recommendation->cost.coverage;
        const std::size_t hours = std::min<std::size_t>(168, cov.size());
        auto* x = new QValueAxis(chart);
        x->setRange(0, 168);
        x->setTickCount(8);
        x->setLabelFormat(QStringLiteral("%d"));
        x->setTitleText(tr("hour of the week (Mon–Sun)"));
        auto* y = new QValueAxis(chart);
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTitleText(tr("instances"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        const std::array<QString, 4> names{tr("Reserved"), tr("Savings Plan"), tr("Spot"), tr("On-Demand")};
        const std::array<QColor, 4> colours{QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00),
                                            QColor(0x9e, 0x9e, 0x9e)};
        std::vector<double> below(hours, 0.0);
        double top = 1;
        for (std::size_t layer = 0; layer < 4; ++layer) {
            auto* lower = new QLineSeries(chart);
            auto* upper = new QLineSeries(chart);
            std::vector<core::SeriesPoint> lo, up;
            bool any = false;
            for (std::size_t h = 0; h < hours; ++h) {
                const auto& hc = cov[h];
                const double value = layer == 0 ? hc.reserved : layer == 1 ? hc.savingsPlan : layer == 2 ? hc.spot : hc.onDemand;
                any = any || value > 1e-9;
                const double x0 = static_cast<double>(h), x1 = static_cast<double>(h + 1);
                lo.push_back({x0, below[h]});
                lo.push_back({x1, below[h]});
                up.push_back({x0, below[h] + value});
                up.push_back({x1, below[h] + value});
                below[h] += value;
                top = std::max(top, below[h]);
            }
            replaceDecimated(lower, lo, m_coverage->width());
            replaceDecimated(upper, up, m_coverage->width());
            auto* area = new QAreaSeries(upper, lower);
            area->setName(names[layer]);
            area->setColor(colours[layer]);
            area->setBorderColor(colours[layer].darker(120));
            chart->addSeries(area);
            area->attachAxis(x);
            area->attachAxis(y);
            if (!any)
                chart->legend()->markers(area).first()->setVisible(false);
        }
        const double yMax = std::ceil(top * 1.1);
        y->setRange(0, yMax);
        if (yMax <= 8)
            y->setTickCount(static_cast<int>(yMax) + 1); // whole instances only
        else
            y->applyNiceNumbers();
    }
}

QString CostPlannerPage::verdictText() const { return m_verdict->text() + '\n' + m_why->text(); }

QChartView* CostPlannerPage::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::Cumulative: return m_cumulative;
    case Chart::Monthly: return m_monthly;
    case Chart::Coverage: return m_coverage;
    }
    return m_cumulative;
}

bool CostPlannerPage::openPlan(const QString& file, QString* error)
{
    return fillFromPlan(billing::readCostPlan(file.toStdString()),
                    tr("Prices from the plan file %1 (edit to try others).").arg(QFileInfo(file).fileName()), error);
}

bool CostPlannerPage::showPlan(const nlohmann::json& plan, const QString& origin, QString* error)
{
    return fillFromPlan(billing::parseCostPlan(plan, origin.toStdString()),
                    tr("Prices from %1 (edit to try others).").arg(origin), error);
}

bool CostPlannerPage::fillFromPlan(const billing::CostPlanParse& parsed, const QString& priceNote, QString* error)
{
    if (!parsed.ok()) {
        if (error) {
            QStringList all;
            for (const auto& p : parsed.problems)
                all << QString::fromStdString(p.describe());
            *error = all.join('\n');
        }
        return false;
    }
    const auto& plan = parsed.plan;
    m_filling = true;
    m_type->setText(QString::fromStdString(plan.instanceType));
    m_region->setCurrentText(QString::fromStdString(plan.region));
    m_os->setCurrentIndex(std::max(0, m_os->findData(QString::fromStdString(billing::operatingSystemName(plan.os)))));
    m_horizon->setValue(plan.horizonMonths);
    const auto& u = plan.usage;
    m_usageKind->setCurrentIndex(m_usageKind->findData(QString::fromStdString(billing::UsagePattern::kindName(u.kind))));
    m_instances->setValue(u.instances);
    m_utilization->setValue(static_cast<int>(std::lround(u.fraction * 100)));
    m_baseline->setValue(u.baseline);
    m_peak->setValue(u.peak);
    m_peakHours->setValue(u.peakHoursPerDay);
    m_weekdays->setChecked(u.peakWeekdaysOnly);
    QStringList hourly;
    for (const double h : u.hourly)
        hourly << QString::number(h);
    m_hourly->setText(hourly.join(QStringLiteral(", ")));
    m_hourly->setCursorPosition(0);
    m_filling = false;
    lookUpPrices(); // catalog first, then the plan's own prices on top
    m_filling = true;
    if (plan.prices.onDemandHourly)
        m_onDemand->setValue(*plan.prices.onDemandHourly);
    if (plan.prices.spotHourly)
        m_spot->setText(QString::number(*plan.prices.spotHourly));
    if (plan.prices.computeSpHourly)
        m_computeSp->setText(QString::number(*plan.prices.computeSpHourly));
    if (!plan.prices.reserved.empty())
        for (std::size_t i = 0; i < kRiRows.size(); ++i) {
            const auto it = std::find_if(plan.prices.reserved.begin(), plan.prices.reserved.end(), [&](const auto& r) {
                return r.termYears == kRiRows[i].years && r.offeringClass == "standard" && r.payment == kRiRows[i].payment;
            });
            const int row = static_cast<int>(i);
            m_reserved->setItem(row, 0, new QTableWidgetItem(it == plan.prices.reserved.end() ? QString() : QString::number(it->upfront)));
            m_reserved->setItem(row, 1, new QTableWidgetItem(it == plan.prices.reserved.end() ? QString() : QString::number(it->hourly)));
        }
    if (plan.prices.onDemandHourly)
        m_priceSource->setText(priceNote);
    const auto defaults = billing::defaultOptions();
    for (std::size_t i = 0; i < m_optionChecks.size() && i < defaults.size(); ++i) {
        const auto& d = defaults[i];
        const bool wanted = std::any_of(plan.options.begin(), plan.options.end(), [&](const billing::PlanOption& o) {
            return o.kind == d.kind && (o.kind != billing::PlanOption::Kind::Reserved ||
                                        (o.termYears == d.termYears && o.payment == d.payment &&
                                         o.offeringClass == d.offeringClass)) &&
                   (o.kind != billing::PlanOption::Kind::SavingsPlan || o.plan == d.plan);
        });
        m_optionChecks[i]->setChecked(wanted);
    }
    m_allowSpot->setChecked(plan.allowSpot);
    m_filling = false;
    updateUsageRows();
    recompute();
    return true;
}

bool CostPlannerPage::savePlan(const QString& file, QString* error) const
{
    billing::CostPlan plan = currentPlan();
    // Keep only the options the saved prices can price, so the CLI runs the file as it is.
    const auto prices = pricesFromFields();
    std::erase_if(plan.options, [&](const billing::PlanOption& o) {
        switch (o.kind) {
        case billing::PlanOption::Kind::OnDemand: return false;
        case billing::PlanOption::Kind::Spot: return !prices.spotHourly;
        case billing::PlanOption::Kind::SavingsPlan: return !prices.computeSpHourly;
        case billing::PlanOption::Kind::Reserved:
            return std::none_of(prices.reserved.begin(), prices.reserved.end(), [&](const auto& r) {
                return r.termYears == o.termYears && r.payment == o.payment && r.offeringClass == o.offeringClass;
            });
        }
        return false;
    });
    std::ofstream out(file.toStdString());
    out << billing::costPlanToJson(plan).dump(2) << '\n';
    if (!out) {
        if (error)
            *error = tr("%1: cannot write the file").arg(file);
        return false;
    }
    return true;
}

bool CostPlannerPage::exportTableCsv(const QString& file) const
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    f.write(m_model->toCsv().toUtf8());
    return true;
}

bool CostPlannerPage::exportChart(Chart which, const QString& file) const
{
    return exportChartView(chartView(which), file);
}

void CostPlannerPage::openDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a cost plan"), QString(),
                                                      tr("Archdesk plans (*.archdesk-plan.json *.json)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!openPlan(file, &error))
        QMessageBox::warning(this, tr("Cannot open the plan"), error);
}

void CostPlannerPage::saveDialog()
{
    savePlanAskingWhere(this, tr("Save the cost plan"), QStringLiteral("cost.archdesk-plan.json"),
                        [this](const QString& file, QString* error) { return savePlan(file, error); });
}

void CostPlannerPage::exportCsvDialog()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the table"), QStringLiteral("cost-options.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty() && !exportTableCsv(file))
        QMessageBox::warning(this, tr("Export failed"), tr("%1: cannot write the file").arg(file));
}

void CostPlannerPage::exportChartDialog()
{
    const Chart which = static_cast<Chart>(m_charts->currentIndex());
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the chart shown"), QStringLiteral("cost-chart.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!file.isEmpty() && !exportChart(which, file))
        QMessageBox::warning(this, tr("Export failed"), tr("%1: cannot write the file").arg(file));
}

} // namespace archdesk::ui
