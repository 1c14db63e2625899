#include "ui/scaling/policy_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "core/scaling/scaling_policy.h"
#include "ui/settings/theme.h"

namespace archdesk::ui {

namespace {

using json = nlohmann::json;

enum BandColumn { Lower, Upper, Adjustment };

QString bound(const json& step, const char* key)
{
    const auto it = step.find(key);
    if (it == step.end() || it->is_null())
        return {};
    return it->is_number() ? QString::number(it->get<double>()) : QString::fromStdString(it->dump());
}

// An empty cell is an open end; anything else that is not a number goes in as typed so that the core's
// check names the cell ("steps[1].lower: expected a number, found a string").
json cellValue(const QTableWidgetItem* cell)
{
    const QString t = cell ? cell->text().trimmed() : QString();
    if (t.isEmpty())
        return nullptr;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    return ok ? json(v) : json(t.toStdString());
}

} // namespace

PolicyEditor::PolicyEditor(QWidget* parent) : JsonItemForm(QStringLiteral("policyEditor"), parent)
{

    const auto dspin = [this](double lo, double hi, int decimals, const QString& name) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(lo, hi);
        s->setDecimals(decimals);
        s->setObjectName(name);
        connect(s, &QDoubleSpinBox::valueChanged, this, &PolicyEditor::changed);
        return s;
    };
    const auto spin = [this](int lo, int hi, const QString& name) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setObjectName(name);
        connect(s, &QSpinBox::valueChanged, this, &PolicyEditor::changed);
        return s;
    };
    const auto metricCombo = [this](const QString& name) {
        auto* c = new QComboBox(this);
        c->setObjectName(name);
        c->addItem(tr("CPU %"), QStringLiteral("cpu"));
        c->addItem(tr("Requests per target"), QStringLiteral("requests_per_target"));
        connect(c, &QComboBox::currentIndexChanged, this, &PolicyEditor::changed);
        return c;
    };

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("policyType"));
    m_type->addItem(tr("Target tracking"), QStringLiteral("target_tracking"));
    m_type->addItem(tr("Step scaling"), QStringLiteral("step"));
    m_type->addItem(tr("Simple scaling"), QStringLiteral("simple"));
    connect(m_type, &QComboBox::currentIndexChanged, this, &PolicyEditor::typeChanged);
    m_form->addRow(tr("Type"), m_messages.wrap(m_type, QStringLiteral("type")));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("policyName"));
    connect(m_name, &QLineEdit::textEdited, this, &PolicyEditor::changed);
    m_form->addRow(tr("Name"), m_messages.wrap(m_name, QStringLiteral("name")));

    // Target tracking.
    m_target = dspin(0, 1e7, 1, QStringLiteral("target"));
    m_form->addRow(tr("Target value"), m_targetRow = m_messages.wrap(m_target, QStringLiteral("target")));
    m_targetMetric = metricCombo(QStringLiteral("targetMetric"));
    m_form->addRow(tr("Metric"), m_targetMetricRow = m_messages.wrap(m_targetMetric, QStringLiteral("metric")));
    m_disableScaleIn = new QCheckBox(tr("Disable scale-in"), this);
    connect(m_disableScaleIn, &QCheckBox::toggled, this, &PolicyEditor::changed);
    m_form->addRow(QString(), m_disableScaleIn);
    // The alarms AWS creates for the policy (our documented defaults: 3 datapoints above the target, 15 below
    // 0.7 × the target), configurable.
    m_outDatapoints = spin(1, 1440, QStringLiteral("scaleOutDatapoints"));
    m_form->addRow(tr("Scale-out datapoints"),
                   m_outDatapointsRow = m_messages.wrap(m_outDatapoints, QStringLiteral("scale_out_datapoints")));
    m_inDatapoints = spin(1, 1440, QStringLiteral("scaleInDatapoints"));
    m_form->addRow(tr("Scale-in datapoints"),
                   m_inDatapointsRow = m_messages.wrap(m_inDatapoints, QStringLiteral("scale_in_datapoints")));
    m_inRatio = dspin(0, 1, 2, QStringLiteral("scaleInRatio"));
    m_inRatio->setSingleStep(0.05);
    m_inRatio->setToolTip(tr("Scale in when the metric stays below this fraction of the target."));
    m_form->addRow(tr("Scale-in ratio"), m_inRatioRow = m_messages.wrap(m_inRatio, QStringLiteral("scale_in_ratio")));

    // Simple and step.
    m_adjustmentType = addChoice(QStringLiteral("adjustmentType"),
                                 {{tr("Change in capacity"), QStringLiteral("ChangeInCapacity")},
                                  {tr("Exact capacity"), QStringLiteral("ExactCapacity")},
                                  {tr("Percent change in capacity"), QStringLiteral("PercentChangeInCapacity")}});
    m_form->addRow(tr("Adjustment type"),
                   m_adjustmentTypeRow = m_messages.wrap(m_adjustmentType, QStringLiteral("adjustment_type")));
    m_adjustment = dspin(-1e5, 1e5, 0, QStringLiteral("adjustment"));
    m_form->addRow(tr("Adjustment"), m_adjustmentRow = m_messages.wrap(m_adjustment, QStringLiteral("adjustment")));
    m_cooldown = spin(-1, 86400, QStringLiteral("cooldown"));
    m_cooldown->setSpecialValueText(tr("group default"));
    m_cooldown->setSuffix(tr(" s"));
    m_form->addRow(tr("Cooldown"), m_cooldownRow = m_messages.wrap(m_cooldown, QStringLiteral("cooldown_seconds")));
    m_threshold = dspin(-1e7, 1e7, 1, QStringLiteral("threshold"));
    m_threshold->setToolTip(tr("Without an alarm, the step bounds are relative to this threshold."));
    m_form->addRow(tr("Threshold"), m_thresholdRow = m_messages.wrap(m_threshold, QStringLiteral("threshold")));
    m_minMagnitude = spin(0, 100000, QStringLiteral("minAdjustmentMagnitude"));
    m_minMagnitude->setSpecialValueText(tr("none"));
    m_minMagnitude->setToolTip(tr("MinAdjustmentMagnitude: a percent change moves at least this many instances."));
    m_form->addRow(tr("Min. magnitude"),
                   m_minMagnitudeRow = m_messages.wrap(m_minMagnitude, QStringLiteral("min_adjustment_magnitude")));
    m_warmup = spin(-1, 86400, QStringLiteral("policyWarmup"));
    m_warmup->setSpecialValueText(tr("instance warm-up"));
    m_warmup->setSuffix(tr(" s"));
    m_warmup->setToolTip(tr("EstimatedInstanceWarmup: how long an instance counts as warming for this policy once "
                            "in service; by default, the instance's warm-up."));
    m_form->addRow(tr("Warm-up"), m_warmupRow = m_messages.wrap(m_warmup, QStringLiteral("warmup_seconds")));

    // Step bands: lower / upper relative to the threshold, empty = open end.
    m_bandsBox = new QWidget(this);
    auto* bl = new QVBoxLayout(m_bandsBox);
    bl->setContentsMargins(0, 0, 0, 0);
    m_bands = new QTableWidget(0, 3, m_bandsBox);
    m_bands->setObjectName(QStringLiteral("bands"));
    m_bands->setHorizontalHeaderLabels({tr("Lower"), tr("Upper"), tr("Adjustment")});
    m_bands->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bands->horizontalHeader()->setMinimumSectionSize(40);
    m_bands->verticalHeader()->setDefaultSectionSize(m_bands->fontMetrics().height() + 8);
    m_bands->setToolTip(tr("Bounds are relative to the alarm threshold; leave one empty for an open end."));
    // As tall as its bands (three to six rows), so the form below stays close.
    const auto fitBands = [this] {
        m_bands->setFixedHeight(m_bands->horizontalHeader()->sizeHint().height() +
                                std::clamp(m_bands->rowCount(), 3, 6) * m_bands->verticalHeader()->defaultSectionSize() +
                                2 * m_bands->frameWidth() + 2);
    };
    fitBands();
    connect(m_bands->model(), &QAbstractItemModel::rowsInserted, this, fitBands);
    connect(m_bands->model(), &QAbstractItemModel::rowsRemoved, this, fitBands);
    bl->addWidget(m_bands);
    auto* bb = new QHBoxLayout;
    auto* addBandButton = new QPushButton(tr("Add band"), m_bandsBox);
    addBandButton->setObjectName(QStringLiteral("addBand"));
    auto* removeBandButton = new QPushButton(tr("Remove band"), m_bandsBox);
    removeBandButton->setObjectName(QStringLiteral("removeBand"));
    bb->addWidget(addBandButton);
    bb->addWidget(removeBandButton);
    bb->addStretch();
    bl->addLayout(bb);
    connect(addBandButton, &QPushButton::clicked, this, &PolicyEditor::addBand);
    connect(removeBandButton, &QPushButton::clicked, this, &PolicyEditor::removeBand);
    connect(m_bands, &QTableWidget::itemChanged, this, &PolicyEditor::changed);
    m_bandsLabel = new QLabel(tr("Step bands (bounds relative to the threshold; empty = open end)"), this);
    m_bandsLabel->setWordWrap(true);
    m_form->addRow(m_bandsLabel);
    m_form->addRow(m_bandsRow = m_messages.wrap(m_bandsBox, QStringLiteral("steps")));

    // The CloudWatch alarm that invokes a simple or step policy.
    m_alarm = new QGroupBox(tr("Alarm"), this);
    m_alarm->setObjectName(QStringLiteral("alarm"));
    connect(m_alarm, &QGroupBox::toggled, this, [this] {
        updateRows();
        changed();
    });
    auto* af = new QFormLayout(m_alarm);
    m_alarmMetric = metricCombo(QStringLiteral("alarmMetric"));
    af->addRow(tr("Metric"), m_messages.wrap(m_alarmMetric, QStringLiteral("alarm.metric")));
    m_comparison = new QComboBox(m_alarm);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    for (const char* c : {">=", ">", "<", "<="})
        m_comparison->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &PolicyEditor::changed);
    af->addRow(tr("Comparison"), m_messages.wrap(m_comparison, QStringLiteral("alarm.comparison")));
    m_alarmThreshold = dspin(-1e7, 1e7, 1, QStringLiteral("alarmThreshold"));
    af->addRow(tr("Threshold"), m_messages.wrap(m_alarmThreshold, QStringLiteral("alarm.threshold")));
    m_datapoints = spin(1, 1440, QStringLiteral("datapoints"));
    m_datapoints->setSuffix(tr(" × 1 min"));
    af->addRow(tr("Datapoints"), m_messages.wrap(m_datapoints, QStringLiteral("alarm.datapoints")));
    auto* alarmMessage = makeMessageLabel(m_alarm);
    af->addRow(alarmMessage);
    // "alarm" itself (e.g. a simple policy without one) shows inside the alarm box.
    m_messages.addLabel(QStringLiteral("alarm"), alarmMessage);
    m_layout->insertWidget(1, m_alarm); // under the form, above the messages about the whole policy
    updateRows();
}

QString PolicyEditor::type() const { return m_type->currentData().toString(); }

bool PolicyEditor::alarmOn() const
{
    // A simple policy in a plan always has its alarm; a step policy may go without (always evaluated).
    return type() == QLatin1String("simple") || (type() == QLatin1String("step") && m_alarm->isChecked());
}

void PolicyEditor::load(const json& policy)
{
    m_loading = true;
    m_loaded = policy.is_object() ? policy : json::object();
    const json& p = m_loaded;
    selectData(m_type, jsonText(p, "type", QStringLiteral("target_tracking")));
    m_name->setText(jsonText(p, "name"));
    m_exact.set(m_target, jsonNumber(p, "target", 50));
    selectData(m_targetMetric, jsonText(p, "metric", QStringLiteral("cpu")));
    const auto noScaleIn = p.find("disable_scale_in");
    m_disableScaleIn->setChecked(noScaleIn != p.end() && noScaleIn->is_boolean() && noScaleIn->get<bool>());
    const core::scaling::TargetTrackingSettings tracking;
    m_outDatapoints->setValue(static_cast<int>(jsonNumber(p, "scale_out_datapoints", tracking.scaleOutDatapoints)));
    m_inDatapoints->setValue(static_cast<int>(jsonNumber(p, "scale_in_datapoints", tracking.scaleInDatapoints)));
    m_exact.set(m_inRatio, jsonNumber(p, "scale_in_ratio", tracking.scaleInRatio));
    selectData(m_adjustmentType, jsonText(p, "adjustment_type", QStringLiteral("ChangeInCapacity")));
    m_exact.set(m_adjustment, jsonNumber(p, "adjustment", 1));
    m_cooldown->setValue(static_cast<int>(jsonNumber(p, "cooldown_seconds", -1)));
    m_warmup->setValue(static_cast<int>(jsonNumber(p, "warmup_seconds", -1)));
    m_minMagnitude->setValue(static_cast<int>(jsonNumber(p, "min_adjustment_magnitude", 0)));
    const auto alarm = p.find("alarm");
    const bool hasAlarm = alarm != p.end() && alarm->is_object();
    const json a = hasAlarm ? *alarm : json::object();
    if (!m_alarm->isCheckable())
        m_alarm->setCheckable(true);
    m_alarm->setChecked(hasAlarm);
    m_stepAlarm = hasAlarm;
    selectData(m_alarmMetric, jsonText(a, "metric", QStringLiteral("cpu")));
    selectData(m_comparison, jsonText(a, "comparison", QStringLiteral(">=")));
    m_exact.set(m_threshold, jsonNumber(p, "threshold", jsonNumber(a, "threshold", 70)));
    m_exact.set(m_alarmThreshold, jsonNumber(a, "threshold", jsonNumber(p, "threshold", 70)));
    m_datapoints->setValue(static_cast<int>(jsonNumber(a, "datapoints", 1)));
    m_bands->setRowCount(0);
    if (const auto steps = p.find("steps"); steps != p.end() && steps->is_array())
        for (const auto& s : *steps) {
            const int row = m_bands->rowCount();
            m_bands->insertRow(row);
            const json step = s.is_object() ? s : json::object();
            m_bands->setItem(row, Lower, new QTableWidgetItem(bound(step, "lower")));
            m_bands->setItem(row, Upper, new QTableWidgetItem(bound(step, "upper")));
            m_bands->setItem(row, Adjustment, new QTableWidgetItem(bound(step, "adjustment")));
        }
    updateRows();
    m_messages.clear();
    m_loading = false;
}

json PolicyEditor::item() const
{
    json p = m_loaded;
    const QString t = type();
    for (const char* key : {"type", "name", "target", "metric", "disable_scale_in", "adjustment_type", "adjustment",
                            "cooldown_seconds", "threshold", "min_adjustment_magnitude", "warmup_seconds", "steps",
                            "alarm"})
        p.erase(key);
    p["type"] = t.toStdString();
    if (!m_name->text().trimmed().isEmpty())
        p["name"] = m_name->text().trimmed().toStdString();
    if (m_warmup->value() >= 0 && t != QLatin1String("simple"))
        p["warmup_seconds"] = m_warmup->value();
    if (t == QLatin1String("target_tracking")) {
        p["target"] = m_exact.value(m_target);
        p["metric"] = m_targetMetric->currentData().toString().toStdString();
        if (m_disableScaleIn->isChecked())
            p["disable_scale_in"] = true;
        const core::scaling::TargetTrackingSettings defaults;
        writeSetting(p, "scale_out_datapoints", m_outDatapoints->value(), defaults.scaleOutDatapoints);
        writeSetting(p, "scale_in_datapoints", m_inDatapoints->value(), defaults.scaleInDatapoints);
        writeSetting(p, "scale_in_ratio", m_exact.value(m_inRatio), defaults.scaleInRatio);
        return p;
    }
    for (const char* key : {"scale_out_datapoints", "scale_in_datapoints", "scale_in_ratio"})
        p.erase(key);
    const QString adjustmentType = m_adjustmentType->currentData().toString();
    p["adjustment_type"] = adjustmentType.toStdString();
    if (adjustmentType == QLatin1String("PercentChangeInCapacity") && m_minMagnitude->value() > 0)
        p["min_adjustment_magnitude"] = m_minMagnitude->value();
    if (alarmOn())
        p["alarm"] = {{"metric", m_alarmMetric->currentData().toString().toStdString()},
                      {"threshold", m_exact.value(m_alarmThreshold)},
                      {"comparison", m_comparison->currentData().toString().toStdString()},
                      {"datapoints", m_datapoints->value()}};
    if (t == QLatin1String("simple")) {
        p["adjustment"] = m_exact.value(m_adjustment);
        if (m_cooldown->value() >= 0)
            p["cooldown_seconds"] = m_cooldown->value();
        return p;
    }
    if (!alarmOn())
        p["threshold"] = m_exact.value(m_threshold);
    json steps = json::array();
    for (int r = 0; r < m_bands->rowCount(); ++r) {
        json s = json::object();
        if (const json lower = cellValue(m_bands->item(r, Lower)); !lower.is_null())
            s["lower"] = lower;
        if (const json upper = cellValue(m_bands->item(r, Upper)); !upper.is_null())
            s["upper"] = upper;
        const json adjustment = cellValue(m_bands->item(r, Adjustment));
        if (!adjustment.is_null())
            s["adjustment"] = adjustment;
        steps.push_back(s);
    }
    p["steps"] = steps;
    return p;
}

void PolicyEditor::showProblems(const QList<FieldProblem>& problems)
{
    m_messages.show(problems);
    // The band cells a problem names are tinted as well.
    const bool wasLoading = m_loading;
    m_loading = true;
    const QColor tint = isDarkTheme() ? QColor(0x6b, 0x24, 0x24) : QColor(0xff, 0xd6, 0xd6);
    for (int r = 0; r < m_bands->rowCount(); ++r)
        for (int c = 0; c < 3; ++c)
            if (auto* cell = m_bands->item(r, c)) {
                cell->setBackground(QBrush());
                cell->setToolTip(QString());
            }
    static const QRegularExpression cellName(QStringLiteral("^steps\\[(\\d+)\\](?:\\.(lower|upper|adjustment))?$"));
    for (const auto& p : problems) {
        const auto m = cellName.match(p.field);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt();
        const QString which = m.captured(2);
        for (int c = 0; c < 3; ++c) {
            const bool named = which.isEmpty() || (c == Lower && which == QLatin1String("lower")) ||
                               (c == Upper && which == QLatin1String("upper")) ||
                               (c == Adjustment && which == QLatin1String("adjustment"));
            if (!named || row >= m_bands->rowCount())
                continue;
            if (!m_bands->item(row, c))
                m_bands->setItem(row, c, new QTableWidgetItem);
            m_bands->item(row, c)->setBackground(tint);
            m_bands->item(row, c)->setToolTip(p.message);
        }
    }
    m_loading = wasLoading;
}

QString PolicyEditor::title(const json& item) const
{
    const QString t = jsonText(item, "type");
    const QString kind = t == QLatin1String("target_tracking") ? tr("target tracking")
                         : t == QLatin1String("step")          ? tr("step")
                         : t == QLatin1String("simple")        ? tr("simple")
                                                               : t;
    const QString name = jsonText(item, "name", tr("unnamed"));
    if (t == QLatin1String("target_tracking"))
        return tr("%1 — %2 at %3").arg(name, kind).arg(jsonNumber(item, "target", 0));
    return QStringLiteral("%1 — %2").arg(name, kind);
}

json PolicyEditor::newItem() const
{
    return {{"name", "cpu-target-50"}, {"type", "target_tracking"}, {"metric", "cpu"}, {"target", 50}};
}

void PolicyEditor::addBand()
{
    // A new band starts where the last one ends, so the common case needs one edit.
    double start = 0;
    for (int r = 0; r < m_bands->rowCount(); ++r) {
        bool ok = false;
        const double upper = m_bands->item(r, Upper) ? QLocale::c().toDouble(m_bands->item(r, Upper)->text(), &ok) : 0;
        if (ok)
            start = std::max(start, upper);
    }
    const bool was = m_loading;
    m_loading = true;
    const int row = m_bands->rowCount();
    m_bands->insertRow(row);
    m_bands->setItem(row, Lower, new QTableWidgetItem(QString::number(start)));
    m_bands->setItem(row, Upper, new QTableWidgetItem);
    m_bands->setItem(row, Adjustment, new QTableWidgetItem(QStringLiteral("1")));
    m_loading = was;
    changed();
}

void PolicyEditor::removeBand()
{
    if (m_bands->rowCount() == 0)
        return;
    const int row = m_bands->currentRow() >= 0 ? m_bands->currentRow() : m_bands->rowCount() - 1;
    m_bands->removeRow(row);
    changed();
}

void PolicyEditor::typeChanged()
{
    if (!m_loading) {
        // Sensible starting points for a type the policy did not have before.
        const bool wasLoading = m_loading;
        m_loading = true;
        if (type() == QLatin1String("step") && m_bands->rowCount() == 0) {
            m_bands->insertRow(0);
            m_bands->setItem(0, Lower, new QTableWidgetItem(QStringLiteral("0")));
            m_bands->setItem(0, Upper, new QTableWidgetItem);
            m_bands->setItem(0, Adjustment, new QTableWidgetItem(QStringLiteral("1")));
        }
        m_loading = wasLoading;
    }
    updateRows();
    changed();
}

void PolicyEditor::updateRows()
{
    const QString t = type();
    const bool tracking = t == QLatin1String("target_tracking");
    const bool step = t == QLatin1String("step");
    const bool simple = t == QLatin1String("simple");
    m_form->setRowVisible(m_targetRow, tracking);
    m_form->setRowVisible(m_targetMetricRow, tracking);
    m_form->setRowVisible(m_disableScaleIn, tracking);
    m_form->setRowVisible(m_outDatapointsRow, tracking);
    m_form->setRowVisible(m_inDatapointsRow, tracking);
    m_form->setRowVisible(m_inRatioRow, tracking);
    m_form->setRowVisible(m_adjustmentTypeRow, !tracking);
    m_form->setRowVisible(m_adjustmentRow, simple);
    m_form->setRowVisible(m_cooldownRow, simple);
    m_form->setRowVisible(m_thresholdRow, step && !alarmOn());
    m_form->setRowVisible(m_minMagnitudeRow, !tracking);
    m_form->setRowVisible(m_warmupRow, !simple);
    m_form->setRowVisible(m_bandsRow, step);
    m_form->setRowVisible(m_bandsLabel, step);
    m_minMagnitude->setEnabled(m_adjustmentType->currentData().toString() == QLatin1String("PercentChangeInCapacity"));
    m_alarm->setVisible(!tracking);
    if (m_alarm->isCheckable() != step) {
        // Only a step policy may go without its alarm: leaving step keeps whether it had one, coming back
        // restores that (making the box checkable would check it), and neither is an edit of its own.
        const QSignalBlocker block(m_alarm);
        if (!step)
            m_stepAlarm = m_alarm->isChecked();
        m_alarm->setCheckable(step);
        if (step)
            m_alarm->setChecked(m_stepAlarm);
    }
    const int decimals = m_adjustmentType->currentData().toString() == QLatin1String("PercentChangeInCapacity") ? 1 : 0;
    m_adjustment->setDecimals(decimals);
}


} // namespace archdesk::ui
