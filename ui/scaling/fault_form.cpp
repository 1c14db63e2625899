#include "ui/scaling/fault_form.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace archdesk::ui {

using json = nlohmann::json;

namespace {
const QString kOutage = QStringLiteral("az_outage");
}

FaultForm::FaultForm(QWidget* parent) : JsonItemForm(QStringLiteral("faultForm"), parent)
{

    m_type = addChoice(QStringLiteral("faultType"), {{tr("AZ outage"), kOutage},
                                                      {tr("Instance failures"), QStringLiteral("instance_failure")},
                                                      {tr("Spot interruptions"), QStringLiteral("spot_interruption")}});
    m_form->addRow(tr("Fault"), m_messages.wrap(m_type, QStringLiteral("type")));
    m_az = new QComboBox(this);
    m_az->setObjectName(QStringLiteral("faultAz"));
    connect(m_az, &QComboBox::currentIndexChanged, this, &FaultForm::changed);
    m_form->addRow(tr("AZ"), m_azRow = m_messages.wrap(m_az, QStringLiteral("az")));
    m_start = makeUtcEdit(this);
    m_start->setObjectName(QStringLiteral("faultStart"));
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &FaultForm::changed);
    m_form->addRow(tr("Start"), m_startRow = m_messages.wrap(m_start, QStringLiteral("start")));
    m_endKind = addChoice(QStringLiteral("faultEndKind"),
                          {{tr("Lasts (hours)"), QStringLiteral("hours")}, {tr("Ends at"), QStringLiteral("end")}});
    m_form->addRow(tr("Duration"), m_endKind);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("faultHours"));
    m_hours->setRange(0, 100000);
    m_hours->setDecimals(2);
    m_hours->setSuffix(tr(" h"));
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &FaultForm::changed);
    m_form->addRow(tr("Hours"), m_hoursRow = m_messages.wrap(m_hours, QStringLiteral("hours")));
    m_end = makeUtcEdit(this);
    m_end->setObjectName(QStringLiteral("faultEnd"));
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &FaultForm::changed);
    m_form->addRow(tr("End"), m_endRow = m_messages.wrap(m_end, QStringLiteral("end")));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("faultRate"));
    m_rate->setRange(0, 1);
    m_rate->setDecimals(5);
    m_rate->setSingleStep(0.0005);
    m_rate->setSuffix(tr(" per hour"));
    m_rate->setToolTip(tr("Probability per hour: of each in-service instance failing, or of each Spot instance "
                          "being interrupted."));
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &FaultForm::changed);
    m_form->addRow(tr("Rate"), m_rateRow = m_messages.wrap(m_rate, QStringLiteral("rate_per_hour")));
    updateRows();
}

void FaultForm::setZones(const QStringList& azs)
{
    if (azs == m_zones)
        return;
    m_zones = azs;
    const bool was = m_loading;
    m_loading = true;
    fillZones(m_az->currentText());
    m_loading = was;
}

void FaultForm::fillZones(const QString& keep)
{
    m_az->clear();
    for (const auto& z : m_zones)
        m_az->addItem(z, z);
    // A zone the group no longer has stays visible, so the plan check's message beside it makes sense.
    if (!keep.isEmpty() && !m_zones.contains(keep))
        m_az->addItem(keep, keep);
    // No zone given: none shown chosen, as the plan check says it is missing.
    m_az->setCurrentIndex(keep.isEmpty() ? -1 : m_az->findData(keep));
}

void FaultForm::load(const json& item)
{
    m_loading = true;
    m_loaded = item.is_object() ? item : json::object();
    const json& f = m_loaded;
    selectData(m_type, jsonText(f, "type", kOutage));
    fillZones(jsonText(f, "az"));
    const QDateTime start = utcFromIso(jsonText(f, "start", m_defaultStart));
    m_start->setDateTime(start.isValid() ? start : utcFromIso(m_defaultStart));
    const bool byHours = f.contains("hours") || !f.contains("end");
    selectData(m_endKind, byHours ? QStringLiteral("hours") : QStringLiteral("end"));
    const QDateTime end = utcFromIso(jsonText(f, "end"));
    m_end->setDateTime(end.isValid() ? end : m_start->dateTime().addSecs(3 * 3600));
    m_exact.set(m_hours, jsonNumber(f, "hours", end.isValid() ? double(m_start->dateTime().secsTo(end)) / 3600.0 : 3));
    m_exact.set(m_rate, jsonNumber(f, "rate_per_hour", 0.001));
    updateRows();
    m_messages.clear();
    m_loading = false;
}

json FaultForm::item() const
{
    json f = m_loaded;
    for (const char* key : {"type", "az", "start", "end", "hours", "rate_per_hour"})
        f.erase(key);
    const QString type = m_type->currentData().toString();
    f["type"] = type.toStdString();
    if (type != kOutage) {
        f["rate_per_hour"] = m_exact.value(m_rate);
        return f;
    }
    if (m_az->currentIndex() >= 0) // none chosen: left out, so the plan check names it as missing
        f["az"] = m_az->currentText().toStdString();
    f["start"] = isoFromUtc(m_start->dateTime()).toStdString();
    if (m_endKind->currentData().toString() == QLatin1String("hours"))
        f["hours"] = m_exact.value(m_hours);
    else
        f["end"] = isoFromUtc(m_end->dateTime()).toStdString();
    return f;
}

void FaultForm::showProblems(const QList<FieldProblem>& problems) { m_messages.show(problems); }

QString FaultForm::title(const json& item) const
{
    const QString type = jsonText(item, "type");
    if (type == kOutage) {
        const QDateTime start = utcFromIso(jsonText(item, "start"));
        QDateTime end = utcFromIso(jsonText(item, "end"));
        if (!end.isValid() && start.isValid())
            end = start.addSecs(static_cast<qint64>(jsonNumber(item, "hours", 0) * 3600));
        return tr("AZ outage — %1, %2 to %3")
            .arg(jsonText(item, "az", QStringLiteral("?")), start.toString(QStringLiteral("ddd dd MMM HH:mm")),
                 end.toString(QStringLiteral("HH:mm")));
    }
    const QString what = type == QLatin1String("instance_failure") ? tr("Instance failures") : tr("Spot interruptions");
    return tr("%1 — %2 per hour").arg(what).arg(jsonNumber(item, "rate_per_hour", 0));
}

json FaultForm::newItem() const
{
    return {{"type", "az_outage"},
            {"az", m_zones.isEmpty() ? std::string() : m_zones.first().toStdString()},
            {"start", m_defaultStart.toStdString()},
            {"hours", 3}};
}

void FaultForm::updateRows()
{
    const bool outage = m_type->currentData().toString() == kOutage;
    const bool hours = m_endKind->currentData().toString() == QLatin1String("hours");
    m_form->setRowVisible(m_azRow, outage);
    m_form->setRowVisible(m_startRow, outage);
    m_form->setRowVisible(m_endKind, outage);
    m_form->setRowVisible(m_hoursRow, outage && hours);
    m_form->setRowVisible(m_endRow, outage && !hours);
    m_form->setRowVisible(m_rateRow, !outage);
}

} // namespace archdesk::ui
