#include "ui/scaling/plan_form.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/catalog/catalog.h"
#include "core/catalog/price_lookup.h"
#include "core/scaling/scaling_plan.h"
#include "ui/common/app_state.h"
#include "ui/common/chart_theme.h"
#include "ui/scaling/json_item_form.h"
#include "ui/scaling/plan_paths.h"

namespace archdesk::ui {

namespace {

using json = nlohmann::json;

// doc[a][b], or null when the plan has no such key.
const json* member(const json& doc, const char* a, const char* b)
{
    const auto it = doc.find(a);
    if (it == doc.end() || !it->is_object())
        return nullptr;
    const auto jt = it->find(b);
    return jt != it->end() ? &*jt : nullptr;
}

double num(const json& doc, const char* a, const char* b, double fallback)
{
    const json* v = member(doc, a, b);
    return v && v->is_number() ? v->get<double>() : fallback;
}

// For a whole-number box: held to what an int holds (a plan's 1e12 is named by the check, not cast).
int whole(const json& doc, const char* a, const char* b, int fallback)
{
    return static_cast<int>(std::clamp(num(doc, a, b, fallback), -1e9, 1e9));
}

QString str(const json& doc, const char* a, const char* b, const char* fallback)
{
    const json* v = member(doc, a, b);
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString::fromLatin1(fallback);
}

// A check box's state as GivenValues compares it.
QString checkedText(const QCheckBox* box) { return box->isChecked() ? QStringLiteral("1") : QStringLiteral("0"); }

} // namespace

PlanForm::PlanForm(AppState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("planForm"));
    if (auto catalog = core::catalog::Catalog::load(m_state.dataDir))
        m_catalog = std::make_unique<core::catalog::Catalog>(std::move(*catalog));

    auto* form = new QVBoxLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto spin = [this](int lo, int hi) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        connect(s, &QSpinBox::valueChanged, this, &PlanForm::fieldChanged);
        return s;
    };
    const auto dspin = [this](double lo, double hi, int decimals) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(lo, hi);
        s->setDecimals(decimals);
        connect(s, &QDoubleSpinBox::valueChanged, this, &PlanForm::fieldChanged);
        return s;
    };
    const auto row = [this](QFormLayout* f, const QString& label, QWidget* field, const char* key) {
        QWidget* wrapped = m_messages.wrap(field, QString::fromLatin1(key));
        f->addRow(label, wrapped);
        return wrapped;
    };

    auto* run = new QGroupBox(tr("Simulation"), this);
    auto* rf = new QFormLayout(run);
    rf->setRowWrapPolicy(QFormLayout::WrapLongRows); // long (translated) labels go above their field
    m_start = makeUtcEdit(this);
    m_start->setObjectName(QStringLiteral("planStart"));
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &PlanForm::fieldChanged);
    row(rf, tr("Start"), m_start, "start");
    row(rf, tr("Duration (hours)"), m_duration = dspin(0.02, 24 * 366 * 2, 2), "duration_hours"); // the core's range
    row(rf, tr("Step (s)"), m_step = spin(1, 3600), "step_seconds");
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same plan and seed give the same run: noise, failures and Spot interruptions."));
    connect(m_seed, &QLineEdit::textEdited, this, &PlanForm::fieldChanged);
    row(rf, tr("Seed"), m_seed, "seed");
    form->addWidget(run);

    auto* group = new QGroupBox(tr("Group"), this);
    auto* gf = new QFormLayout(group);
    gf->setRowWrapPolicy(QFormLayout::WrapLongRows); // long (translated) labels go above their field
    row(gf, tr("Minimum"), m_min = spin(0, 100000), "group.min"); // the core's ranges
    row(gf, tr("Maximum"), m_max = spin(0, 100000), "group.max");
    row(gf, tr("Desired"), m_desired = spin(0, 100000), "group.desired");
    m_azs = new QLineEdit(this);
    m_azs->setObjectName(QStringLiteral("azs"));
    connect(m_azs, &QLineEdit::textEdited, this, &PlanForm::fieldChanged);
    row(gf, tr("AZs (comma-separated)"), m_azs, "group.azs");
    row(gf, tr("Spot share"), m_spotShare = dspin(0, 1, 2), "group.spot_share");
    row(gf, tr("Health-check grace (s)"), m_grace = spin(0, 86400), "group.health_check_grace_seconds");
    row(gf, tr("Default cooldown (s)"), m_cooldown = spin(0, 86400), "group.default_cooldown_seconds");
    row(gf, tr("Protected from scale-in"), m_protected = spin(0, 100000), "group.protected_instances");
    m_protected->setToolTip(tr("How many of the group's first instances are protected from scale-in."));
    // Rules AWS states (design.md §3: 10 % batches and overshoot, a 2-minute Spot notice), kept configurable.
    row(gf, tr("Replacement batch (× desired)"), m_replacementBatch = dspin(0, 1, 2), "group.replacement_batch_fraction");
    m_replacementBatch->setToolTip(tr("Unhealthy instances are replaced at most this share of desired at a time (at least one)."));
    row(gf, tr("Rebalancing overshoot (× max)"), m_overshoot = dspin(0, 1, 2), "group.rebalance_overshoot_fraction");
    m_overshoot->setToolTip(tr("AZ rebalancing may run the group above max by this share of max (at least one)."));
    row(gf, tr("Spot notice (s)"), m_spotNotice = spin(0, 3600), "group.spot_notice_seconds");
    m_replacementBatch->setObjectName(QStringLiteral("replacementBatch"));
    m_overshoot->setObjectName(QStringLiteral("rebalanceOvershoot"));
    m_spotNotice->setObjectName(QStringLiteral("spotNotice"));
    m_step->setObjectName(QStringLiteral("stepSeconds"));
    m_min->setObjectName(QStringLiteral("groupMin"));
    m_max->setObjectName(QStringLiteral("groupMax"));
    m_desired->setObjectName(QStringLiteral("groupDesired"));
    m_grace->setObjectName(QStringLiteral("healthCheckGrace"));
    m_cooldown->setObjectName(QStringLiteral("defaultCooldown"));
    m_protected->setObjectName(QStringLiteral("protectedInstances"));
    form->addWidget(group);

    auto* instance = new QGroupBox(tr("Instance"), this);
    auto* inf = new QFormLayout(instance);
    inf->setRowWrapPolicy(QFormLayout::WrapLongRows); // long (translated) labels go above their field
    m_instanceType = new QLineEdit(this);
    m_instanceType->setObjectName(QStringLiteral("instanceType"));
    m_instanceType->setPlaceholderText(tr("type to search, e.g. m5.large"));
    if (m_catalog) {
        QStringList names;
        for (const auto& t : m_catalog->types())
            names << QString::fromStdString(t.name);
        names.sort();
        auto* completer = new QCompleter(names, m_instanceType);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_instanceType->setCompleter(completer);
        connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &PlanForm::typeEdited);
    }
    connect(m_instanceType, &QLineEdit::textEdited, this, &PlanForm::typeEdited);
    auto* typeBox = m_messages.wrap(m_instanceType, QStringLiteral("instance.type"));
    m_typeMessage = makeMessageLabel(typeBox);
    m_typeMessage->setObjectName(QStringLiteral("instanceTypeMessage"));
    typeBox->layout()->addWidget(m_typeMessage);
    inf->addRow(tr("Type"), typeBox);
    row(inf, tr("Capacity (requests/s)"), m_capacity = dspin(0.1, 1e6, 1), "instance.capacity_rps");
    row(inf, tr("Launch (s)"), m_launch = spin(0, 86400), "instance.launch_seconds");
    row(inf, tr("Warm-up (s)"), m_warmup = spin(0, 86400), "instance.warmup_seconds");
    m_onDemand = new QDoubleSpinBox(this);
    m_onDemand->setObjectName(QStringLiteral("onDemandHourly"));
    m_onDemand->setRange(0, 1000);
    m_onDemand->setDecimals(4);
    connect(m_onDemand, &QDoubleSpinBox::valueChanged, this, &PlanForm::priceEdited);
    inf->addRow(tr("On-Demand (USD/h)"), m_messages.wrap(m_onDemand, QStringLiteral("instance.on_demand_hourly")));
    row(inf, tr("Spot (USD/h)"), m_spotPrice = dspin(0, 1e4, 4), "instance.spot_hourly");
    m_spotPrice->setObjectName(QStringLiteral("spotHourly"));
    m_priceSource = new QLabel(instance);
    m_priceSource->setObjectName(QStringLiteral("priceSource"));
    m_priceSource->setWordWrap(true);
    QFont small = m_priceSource->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_priceSource->setFont(small);
    m_priceSource->setForegroundRole(QPalette::PlaceholderText);
    inf->addRow(m_priceSource);
    form->addWidget(instance);

    auto* lb = new QGroupBox(tr("Load balancer"), this);
    auto* lf = new QFormLayout(lb);
    lf->setRowWrapPolicy(QFormLayout::WrapLongRows); // long (translated) labels go above their field
    m_lbType = new QComboBox(this);
    m_lbType->addItem(tr("Application (ALB)"), QStringLiteral("alb"));
    m_lbType->addItem(tr("Network (NLB)"), QStringLiteral("nlb"));
    m_lbType->addItem(tr("Classic (CLB)"), QStringLiteral("clb"));
    connect(m_lbType, &QComboBox::currentIndexChanged, this, &PlanForm::lbTypeChanged);
    row(lf, tr("Type"), m_lbType, "load_balancer.type");
    m_crossZone = new QCheckBox(tr("Cross-zone load balancing"), this);
    connect(m_crossZone, &QCheckBox::toggled, this, &PlanForm::fieldChanged);
    lf->addRow(m_crossZone);
    row(lf, tr("Deregistration delay (s)"), m_dereg = spin(0, 3600), "load_balancer.deregistration_delay_seconds");
    row(lf, tr("Health-check interval (s)"), m_interval = spin(5, 300), "load_balancer.health_check_interval_seconds");
    row(lf, tr("Healthy threshold"), m_healthy = spin(2, 10), "load_balancer.healthy_threshold");
    row(lf, tr("Unhealthy threshold"), m_unhealthy = spin(2, 10), "load_balancer.unhealthy_threshold");
    m_crossZone->setObjectName(QStringLiteral("crossZone"));
    m_dereg->setObjectName(QStringLiteral("deregistrationDelay"));
    m_interval->setObjectName(QStringLiteral("healthCheckInterval"));
    m_healthy->setObjectName(QStringLiteral("healthyThreshold"));
    m_unhealthy->setObjectName(QStringLiteral("unhealthyThreshold"));
    form->addWidget(lb);

    auto* demand = new QGroupBox(tr("Demand"), this);
    auto* df = m_demandForm = new QFormLayout(demand);
    df->setRowWrapPolicy(QFormLayout::WrapLongRows); // long (translated) labels go above their field
    m_pattern = new QComboBox(this);
    m_pattern->addItem(tr("constant"), QStringLiteral("constant"));
    m_pattern->addItem(tr("daily"), QStringLiteral("daily"));
    m_pattern->addItem(tr("weekly"), QStringLiteral("weekly"));
    m_pattern->addItem(tr("from a CSV file"), QStringLiteral("csv")); // its file stays as the plan gives it
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &PlanForm::showDemandFields);
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &PlanForm::fieldChanged);
    // Picking the item a combo already shows is an edit too: an unknown type or pattern shows as the first.
    for (QComboBox* combo : {m_lbType, m_pattern})
        connect(combo, &QComboBox::activated, this, &PlanForm::fieldChanged);
    row(df, tr("Pattern"), m_pattern, "demand.pattern");
    m_demandRows.insert(QStringLiteral("demand.base_rps"),
                        row(df, tr("Base (requests/s)"), m_base = dspin(0, 1e7, 0), "demand.base_rps"));
    m_demandRows.insert(QStringLiteral("demand.peak_rps"),
                        row(df, tr("Peak (requests/s)"), m_peak = dspin(0, 1e7, 0), "demand.peak_rps"));
    m_demandRows.insert(QStringLiteral("demand.peak_hour"),
                        row(df, tr("Peak hour (UTC)"), m_peakHour = dspin(0, 24, 1), "demand.peak_hour"));
    m_weekend = dspin(0, 10, 2);
    m_weekend->setObjectName(QStringLiteral("weekendFactor"));
    m_weekend->setSingleStep(0.1);
    m_demandRows.insert(QStringLiteral("demand.weekend_factor"),
                        row(df, tr("Weekend factor"), m_weekend, "demand.weekend_factor"));
    // The CSV file: a path as the plan gives it (relative to the plan's folder), typed or chosen.
    auto* csv = new QWidget(this);
    auto* csvRow = new QHBoxLayout(csv);
    csvRow->setContentsMargins(0, 0, 0, 0);
    m_csvFile = new QLineEdit(csv);
    m_csvFile->setPlaceholderText(tr("time,rps rows; a relative path starts at the plan's folder"));
    connect(m_csvFile, &QLineEdit::textEdited, this, &PlanForm::fieldChanged);
    auto* choose = new QPushButton(tr("Choose…"), csv);
    connect(choose, &QPushButton::clicked, this, &PlanForm::chooseCsvFile);
    csvRow->addWidget(m_csvFile, 1);
    csvRow->addWidget(choose);
    m_demandRows.insert(QStringLiteral("demand.csv"), row(df, tr("CSV file"), csv, "demand.csv"));
    row(df, tr("Noise (%)"), m_noise = dspin(0, 100, 1), "demand.noise_pct");
    auto* chart = new QChart;
    applyChartTheme(chart);
    chart->setTitle(tr("Demand preview"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_preview = new QChartView(chart, this);
    m_preview->setRenderHint(QPainter::Antialiasing);
    m_preview->setMinimumHeight(140);
    df->addRow(m_preview);
    form->addWidget(demand);
    showDemandFields();
}

PlanForm::~PlanForm() = default;

std::optional<double> PlanForm::load(const json& doc)
{
    m_loading = true;
    // The start, step and seed stay as the plan gives them until their field is edited (see GivenValues).
    const auto given = [&doc](const char* key) {
        const auto it = doc.find(key);
        return it != doc.end() ? &*it : nullptr;
    };
    const QDateTime startTime = utcFromIso(jsonText(doc, "start"));
    m_start->setDateTime(startTime.isValid() ? startTime : utcFromIso(QStringLiteral("2026-01-05T00:00:00Z")));
    m_given.set(m_start, given("start"), m_start->dateTime().toString(Qt::ISODate));
    const double step = jsonNumber(doc, "step_seconds", 60);
    m_step->setValue(step >= 1 && step <= 3600 ? static_cast<int>(step) : 60);
    m_given.set(m_step, given("step_seconds"), m_step->text());
    const double seed = jsonNumber(doc, "seed", 1);
    const auto seedValue = given("seed");
    m_seed->setText(seedValue && seedValue->is_number_unsigned() ? QString::number(seedValue->get<std::uint64_t>())
                    : seed >= 0 && seed < 1e19 && seed == std::trunc(seed) ? QString::number(seed, 'f', 0)
                                                                           : QString::fromStdString(seedValue ? seedValue->dump() : "1"));
    m_given.set(m_seed, seedValue, m_seed->text());
    m_min->setValue(whole(doc, "group", "min", 1));
    m_max->setValue(whole(doc, "group", "max", 10));
    m_desired->setValue(whole(doc, "group", "desired", m_min->value())); // as the plan check reads it
    QStringList azs;
    if (const auto g = doc.find("group"); g != doc.end() && g->is_object())
        if (const auto a = g->find("azs"); a != g->end() && a->is_array())
            for (const auto& z : *a)
                if (z.is_string())
                    azs << QString::fromStdString(z.get<std::string>());
    m_azs->setText(azs.join(QStringLiteral(", ")));
    m_azs->setCursorPosition(0);
    m_exact.set(m_spotShare, num(doc, "group", "spot_share", 0));
    const core::scaling::GroupSpec groupDefaults;
    m_grace->setValue(whole(doc, "group", "health_check_grace_seconds", groupDefaults.healthCheckGraceSeconds));
    m_cooldown->setValue(whole(doc, "group", "default_cooldown_seconds", groupDefaults.defaultCooldownSeconds));
    m_protected->setValue(whole(doc, "group", "protected_instances", 0));
    m_exact.set(m_replacementBatch, num(doc, "group", "replacement_batch_fraction", groupDefaults.replacementBatchFraction));
    m_exact.set(m_overshoot, num(doc, "group", "rebalance_overshoot_fraction", groupDefaults.rebalanceOvershootFraction));
    m_spotNotice->setValue(whole(doc, "group", "spot_notice_seconds", groupDefaults.spotNoticeSeconds));
    const auto duration = doc.find("duration_hours");
    m_exact.set(m_duration, duration != doc.end() && duration->is_number() ? duration->get<double>() : 24.0);
    m_instanceType->setText(str(doc, "instance", "type", "m5.large"));
    m_exact.set(m_capacity, num(doc, "instance", "capacity_rps", 100));
    m_launch->setValue(whole(doc, "instance", "launch_seconds", 120));
    m_warmup->setValue(whole(doc, "instance", "warmup_seconds", 300));
    m_purchaseRegion = str(doc, "purchase", "region", "");
    const auto instance = doc.find("instance");
    const bool planPrice = instance != doc.end() && instance->is_object() && instance->contains("on_demand_hourly");
    m_exact.set(m_onDemand, num(doc, "instance", "on_demand_hourly", 0));
    m_exact.set(m_spotPrice, num(doc, "instance", "spot_hourly", 0));
    const QString lbType = str(doc, "load_balancer", "type", "alb");
    m_lbType->setCurrentIndex(std::max(0, m_lbType->findData(lbType)));
    m_lbDefaults = lbDefaultsOf(m_lbType->currentData().toString()); // an unknown type shows as ALB
    const json* cross = member(doc, "load_balancer", "cross_zone");
    m_crossZone->setChecked(cross && cross->is_boolean() ? cross->get<bool>() : m_lbDefaults.crossZone);
    m_dereg->setValue(whole(doc, "load_balancer", "deregistration_delay_seconds", 300));
    m_interval->setValue(whole(doc, "load_balancer", "health_check_interval_seconds", m_lbDefaults.healthCheckIntervalSeconds));
    m_healthy->setValue(whole(doc, "load_balancer", "healthy_threshold", m_lbDefaults.healthyThreshold));
    m_unhealthy->setValue(whole(doc, "load_balancer", "unhealthy_threshold", m_lbDefaults.unhealthyThreshold));
    m_pattern->setCurrentIndex(std::max(0, m_pattern->findData(str(doc, "demand", "pattern", "constant"))));
    m_exact.set(m_base, num(doc, "demand", "base_rps", 100));
    m_exact.set(m_peak, num(doc, "demand", "peak_rps", num(doc, "demand", "base_rps", 100)));
    m_exact.set(m_peakHour, num(doc, "demand", "peak_hour", 14));
    m_exact.set(m_noise, num(doc, "demand", "noise_pct", 0));
    m_exact.set(m_weekend, num(doc, "demand", "weekend_factor", core::scaling::DemandSpec{}.weekendFactor));
    m_csvFile->setText(str(doc, "demand", "csv", ""));
    // Whole-number boxes stand for the plan's own values until edited: a value outside a box's range, or
    // of the wrong kind, stays for the plan check to name, and a key the plan left out stays out.
    for (const auto& [spin, object, key] : wholeNumberFields())
        m_given.set(spin, member(doc, object, key), spin->text());
    // So do the choices: an unknown load balancer type or pattern stays for the check to name.
    m_given.set(m_lbType, member(doc, "load_balancer", "type"), m_lbType->currentData().toString());
    m_given.set(m_crossZone, member(doc, "load_balancer", "cross_zone"), checkedText(m_crossZone));
    m_given.set(m_pattern, member(doc, "demand", "pattern"), m_pattern->currentData().toString());
    showDemandFields();
    m_messages.clear();
    // A plan without a price takes the catalog's; a plan's own price stays, with the catalog's beside it.
    describePrice(!planPrice);
    m_loading = false;
    if (!planPrice && m_onDemand->value() > 0)
        return m_onDemand->value();
    return std::nullopt;
}

void PlanForm::apply(json& doc) const
{
    m_given.write(doc, "start", m_start, m_start->dateTime().toString(Qt::ISODate), isoFromUtc(m_start->dateTime()).toStdString());
    m_given.write(doc, "step_seconds", m_step, m_step->text(), m_step->value());
    bool seedOk = false;
    const auto seed = m_seed->text().toULongLong(&seedOk);
    // An emptied field: the plan's default seed.
    m_given.write(doc, "seed", m_seed, m_seed->text(), seedOk ? json(seed) : json());
    // The objects the fields live in. A plan may lack one: the form's fields make it. One that is something
    // else stays as the plan gives it, for the check to name; its fields then write into a scratch object.
    json scratch[4];
    int scratchUsed = 0;
    const auto objectIn = [&](const char* key) -> json& {
        json& o = doc[key];
        if (o.is_null())
            o = json::object();
        return o.is_object() ? o : scratch[scratchUsed++] = json::object();
    };
    json& g = objectIn("group");
    const auto whole = [this](json& o, const char* key, const QSpinBox* spin, const json& edited) {
        m_given.write(o, key, spin, spin->text(), edited);
    };
    whole(g, "min", m_min, m_min->value());
    whole(g, "max", m_max, m_max->value());
    whole(g, "desired", m_desired, m_desired->value());
    json azs = json::array();
    for (const auto& a : zones())
        azs.push_back(a.toStdString());
    g["azs"] = azs;
    g["spot_share"] = m_exact.value(m_spotShare);
    // Settings the plan may leave to their defaults are written when it has them or they differ (an edit
    // elsewhere does not pin defaults into the file).
    const core::scaling::GroupSpec groupDefaults;
    whole(g, "health_check_grace_seconds", m_grace,
          settingValue(g, "health_check_grace_seconds", m_grace->value(), groupDefaults.healthCheckGraceSeconds));
    whole(g, "default_cooldown_seconds", m_cooldown,
          settingValue(g, "default_cooldown_seconds", m_cooldown->value(), groupDefaults.defaultCooldownSeconds));
    whole(g, "protected_instances", m_protected,
          settingValue(g, "protected_instances", m_protected->value(), groupDefaults.protectedInstances));
    writeSetting(g, "replacement_batch_fraction", m_exact.value(m_replacementBatch), groupDefaults.replacementBatchFraction);
    writeSetting(g, "rebalance_overshoot_fraction", m_exact.value(m_overshoot), groupDefaults.rebalanceOvershootFraction);
    whole(g, "spot_notice_seconds", m_spotNotice,
          settingValue(g, "spot_notice_seconds", m_spotNotice->value(), groupDefaults.spotNoticeSeconds));
    doc["duration_hours"] = m_exact.value(m_duration);
    json& i = objectIn("instance");
    i["type"] = m_instanceType->text().trimmed().toStdString();
    i["capacity_rps"] = m_exact.value(m_capacity);
    whole(i, "launch_seconds", m_launch, m_launch->value());
    whole(i, "warmup_seconds", m_warmup, m_warmup->value());
    i["on_demand_hourly"] = m_exact.value(m_onDemand);
    writeSetting(i, "spot_hourly", m_exact.value(m_spotPrice), 0.0);
    json& lb = objectIn("load_balancer");
    m_given.write(lb, "type", m_lbType, m_lbType->currentData().toString(), m_lbType->currentData().toString().toStdString());
    // … the load balancer's against its type's defaults, so that they go on following the type.
    m_given.write(lb, "cross_zone", m_crossZone, checkedText(m_crossZone),
                  settingValue(lb, "cross_zone", m_crossZone->isChecked(), m_lbDefaults.crossZone));
    whole(lb, "deregistration_delay_seconds", m_dereg,
          settingValue(lb, "deregistration_delay_seconds", m_dereg->value(), m_lbDefaults.deregistrationDelaySeconds));
    whole(lb, "health_check_interval_seconds", m_interval,
          settingValue(lb, "health_check_interval_seconds", m_interval->value(), m_lbDefaults.healthCheckIntervalSeconds));
    whole(lb, "healthy_threshold", m_healthy, settingValue(lb, "healthy_threshold", m_healthy->value(), m_lbDefaults.healthyThreshold));
    whole(lb, "unhealthy_threshold", m_unhealthy,
          settingValue(lb, "unhealthy_threshold", m_unhealthy->value(), m_lbDefaults.unhealthyThreshold));
    json& d = objectIn("demand");
    m_given.write(d, "pattern", m_pattern, m_pattern->currentData().toString(), m_pattern->currentData().toString().toStdString());
    d["base_rps"] = m_exact.value(m_base);
    d["peak_rps"] = m_exact.value(m_peak);
    d["peak_hour"] = m_exact.value(m_peakHour);
    d["noise_pct"] = m_exact.value(m_noise);
    // The weekend factor and the CSV file only for the pattern that uses them: switching away and back
    // keeps what the plan had.
    const QString pattern = m_pattern->currentData().toString();
    if (pattern == QLatin1String("weekly"))
        d["weekend_factor"] = m_exact.value(m_weekend);
    if (pattern == QLatin1String("csv")) {
        if (m_csvFile->text().trimmed().isEmpty())
            d.erase("csv"); // the plan check then asks for one, beside this field
        else
            d["csv"] = m_csvFile->text().trimmed().toStdString();
    }
}

bool PlanForm::demandFieldShown(const QString& key) const
{
    const QWidget* field = m_demandRows.value(key);
    return field && !field->isHidden();
}

void PlanForm::showDemandFields()
{
    // Only the fields the pattern reads: a constant level, a daily or weekly cosine, or a CSV file.
    const QString pattern = m_pattern->currentData().toString();
    const bool cosine = pattern == QLatin1String("daily") || pattern == QLatin1String("weekly");
    const std::pair<const char*, bool> shown[] = {{"demand.base_rps", pattern != QLatin1String("csv")},
                                                  {"demand.peak_rps", cosine},
                                                  {"demand.peak_hour", cosine},
                                                  {"demand.weekend_factor", pattern == QLatin1String("weekly")},
                                                  {"demand.csv", pattern == QLatin1String("csv")}};
    for (const auto& [key, visible] : shown)
        m_demandForm->setRowVisible(m_demandRows.value(QString::fromLatin1(key)), visible);
}

void PlanForm::chooseCsvFile()
{
    const QString given = m_csvFile->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Demand CSV"), given.isEmpty() ? planFolder(m_planFile) : absoluteFromPlan(given, m_planFile),
        tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    m_csvFile->setText(pathForPlan(file, m_planFile));
    fieldChanged();
}

QStringList PlanForm::zones() const
{
    QStringList out;
    for (const auto& a : m_azs->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            out << a.trimmed();
    return out;
}

QString PlanForm::region() const
{
    std::vector<std::string> azs;
    for (const QString& z : zones())
        azs.push_back(z.toStdString());
    return QString::fromStdString(core::scaling::planRegion(m_purchaseRegion.toStdString(), azs));
}

QString PlanForm::priceSourceText() const { return m_priceSource->text(); }
QString PlanForm::typeMessage() const { return m_typeMessage->text(); }

void PlanForm::fieldChanged()
{
    if (m_loading)
        return;
    m_given.markEdited(sender()); // the field whose signal this is
    emit edited();
}

core::scaling::LoadBalancerSpec PlanForm::lbDefaultsOf(const QString& type)
{
    using core::scaling::LoadBalancerType;
    return core::scaling::defaultLoadBalancer(type == QLatin1String("nlb")   ? LoadBalancerType::Network
                                              : type == QLatin1String("clb") ? LoadBalancerType::Classic
                                                                             : LoadBalancerType::Application);
}

std::vector<PlanForm::WholeNumberField> PlanForm::wholeNumberFields() const
{
    return {{m_min, "group", "min"},
            {m_max, "group", "max"},
            {m_desired, "group", "desired"},
            {m_grace, "group", "health_check_grace_seconds"},
            {m_cooldown, "group", "default_cooldown_seconds"},
            {m_protected, "group", "protected_instances"},
            {m_spotNotice, "group", "spot_notice_seconds"},
            {m_launch, "instance", "launch_seconds"},
            {m_warmup, "instance", "warmup_seconds"},
            {m_dereg, "load_balancer", "deregistration_delay_seconds"},
            {m_interval, "load_balancer", "health_check_interval_seconds"},
            {m_healthy, "load_balancer", "healthy_threshold"},
            {m_unhealthy, "load_balancer", "unhealthy_threshold"}};
}

void PlanForm::lbTypeChanged()
{
    // A new type brings its defaults (cross-zone, health checks) to the fields still at the old type's.
    const auto old = m_lbDefaults;
    m_lbDefaults = lbDefaultsOf(m_lbType->currentData().toString());
    const bool loading = m_loading;
    m_loading = true; // one edit, not one per field
    if (m_crossZone->isChecked() == old.crossZone)
        m_crossZone->setChecked(m_lbDefaults.crossZone);
    const std::pair<QSpinBox*, int core::scaling::LoadBalancerSpec::*> fields[] = {
        {m_interval, &core::scaling::LoadBalancerSpec::healthCheckIntervalSeconds},
        {m_healthy, &core::scaling::LoadBalancerSpec::healthyThreshold},
        {m_unhealthy, &core::scaling::LoadBalancerSpec::unhealthyThreshold},
        {m_dereg, &core::scaling::LoadBalancerSpec::deregistrationDelaySeconds}};
    for (const auto& [spin, member] : fields)
        if (spin->value() == old.*member)
            spin->setValue(m_lbDefaults.*member);
    m_loading = loading;
    if (!m_loading)
        m_given.markEdited(m_lbType);
    fieldChanged();
}

void PlanForm::typeEdited()
{
    if (m_loading)
        return;
    describePrice(true);
    emit edited();
}

void PlanForm::priceEdited()
{
    if (m_loading)
        return;
    describePrice(false);
    emit edited();
}

// Checks the type against the catalog (with its did-you-mean) and finds the newest On-Demand price for it;
// takeCatalogPrice puts that price in the field, otherwise the field's own price is described against it.
void PlanForm::describePrice(bool takeCatalogPrice)
{
    const std::string type = m_instanceType->text().trimmed().toStdString();
    QString typeProblem;
    if (m_catalog && !type.empty())
        if (const auto found = m_catalog->find(type); !found)
            typeProblem = QString::fromStdString(found.error().message);
    if (type.empty())
        typeProblem = tr("Choose an instance type from the catalog.");
    m_typeMessage->setText(typeProblem);
    m_typeMessage->setVisible(!typeProblem.isEmpty());

    const QString reg = region();
    core::store::Database* db = m_state.db ? &*m_state.db : nullptr;
    const auto price = typeProblem.isEmpty()
                           ? core::catalog::lookupPrice(m_state.dataDir, db, type, reg.toStdString(), "linux")
                           : core::Result<core::catalog::InstancePrice>(core::invalidInput("unknown type"));
    if (!price || !price->onDemandHourly) {
        m_priceSource->setText(typeProblem.isEmpty()
                                   ? tr("No catalog price for %1 in %2: enter one, or import prices (File → Import "
                                        "prices…).")
                                         .arg(QString::fromStdString(type), reg)
                                   : QString());
        return;
    }
    const double catalogPrice = *price->onDemandHourly;
    // Sources can be long (a repository path); the label keeps its name, the tooltip all of it.
    const QString source = QString::fromStdString(price->source);
    QString name = source.section(QRegularExpression(QStringLiteral("[@(]| via ")), 0, 0).trimmed();
    if (name.size() > 36)
        name = name.left(35) + QChar(0x2026);
    const QString origin = price->date.empty() ? name : tr("%1, %2").arg(name, QString::fromStdString(price->date));
    m_priceSource->setToolTip(source);
    if (takeCatalogPrice) {
        const bool was = m_loading;
        m_loading = true;
        m_onDemand->setValue(catalogPrice);
        m_loading = was;
    }
    if (std::abs(m_onDemand->value() - catalogPrice) < 5e-5)
        m_priceSource->setText(tr("Catalog price for %1 in %2: %3").arg(QString::fromStdString(type), reg, origin));
    else
        m_priceSource->setText(tr("Your price; the catalog has $%1 (%2)").arg(catalogPrice, 0, 'f', 4).arg(origin));
}

} // namespace archdesk::ui
