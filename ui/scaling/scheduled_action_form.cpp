#include "ui/scaling/scheduled_action_form.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace archdesk::ui {

using json = nlohmann::json;


ScheduledActionForm::ScheduledActionForm(QWidget* parent) : JsonItemForm(QStringLiteral("scheduledActionForm"), parent)
{
    m_defaultTime = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scheduledName"));
    connect(m_name, &QLineEdit::textEdited, this, &ScheduledActionForm::changed);
    m_form->addRow(tr("Name"), m_messages.wrap(m_name, QStringLiteral("name")));
    m_when = addChoice(QStringLiteral("scheduledWhen"),
                       {{tr("Recurring (cron, UTC)"), QStringLiteral("cron")}, {tr("Once"), QStringLiteral("at")}});
    m_form->addRow(tr("When"), m_when);
    m_cron = new QLineEdit(this);
    m_cron->setObjectName(QStringLiteral("cron"));
    m_cron->setPlaceholderText(QStringLiteral("0 8 * * 1-5"));
    m_cron->setToolTip(tr("minute hour day-of-month month day-of-week, in UTC; *, lists, ranges and /steps"));
    connect(m_cron, &QLineEdit::textEdited, this, &ScheduledActionForm::changed);
    m_form->addRow(tr("Recurrence"), m_cronRow = m_messages.wrap(m_cron, QStringLiteral("cron")));
    m_at = makeUtcEdit(this);
    m_at->setObjectName(QStringLiteral("at"));
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &ScheduledActionForm::changed);
    m_form->addRow(tr("Time"), m_atRow = m_messages.wrap(m_at, QStringLiteral("at")));

    // −1 leaves the value as it is: an action sets any of the three.
    const auto size = [this](const QString& name, const QString& key, const QString& label) {
        auto* s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(-1, 100000);
        s->setSpecialValueText(tr("unchanged"));
        connect(s, &QSpinBox::valueChanged, this, &ScheduledActionForm::changed);
        m_form->addRow(label, m_messages.wrap(s, key));
        return s;
    };
    m_min = size(QStringLiteral("scheduledMin"), QStringLiteral("min"), tr("Minimum"));
    m_max = size(QStringLiteral("scheduledMax"), QStringLiteral("max"), tr("Maximum"));
    m_desired = size(QStringLiteral("scheduledDesired"), QStringLiteral("desired"), tr("Desired"));
    updateRows();
}

void ScheduledActionForm::load(const json& item)
{
    m_loading = true;
    m_loaded = item.is_object() ? item : json::object();
    const json& a = m_loaded;
    m_name->setText(jsonText(a, "name"));
    const bool once = !a.contains("cron") && a.contains("at");
    selectData(m_when, once ? QStringLiteral("at") : QStringLiteral("cron"));
    m_cron->setText(jsonText(a, "cron"));
    const QDateTime at = utcFromIso(jsonText(a, "at"));
    m_at->setDateTime(at.isValid() ? at : m_defaultTime);
    m_min->setValue(static_cast<int>(jsonNumber(a, "min", -1)));
    m_max->setValue(static_cast<int>(jsonNumber(a, "max", -1)));
    m_desired->setValue(static_cast<int>(jsonNumber(a, "desired", -1)));
    updateRows();
    m_messages.clear();
    m_loading = false;
}

json ScheduledActionForm::item() const
{
    json a = m_loaded;
    for (const char* key : {"name", "cron", "at", "min", "max", "desired"})
        a.erase(key);
    if (!m_name->text().trimmed().isEmpty())
        a["name"] = m_name->text().trimmed().toStdString();
    if (m_when->currentData().toString() == QLatin1String("cron"))
        a["cron"] = m_cron->text().trimmed().toStdString();
    else
        a["at"] = isoFromUtc(m_at->dateTime()).toStdString();
    if (m_min->value() >= 0)
        a["min"] = m_min->value();
    if (m_max->value() >= 0)
        a["max"] = m_max->value();
    if (m_desired->value() >= 0)
        a["desired"] = m_desired->value();
    return a;
}

void ScheduledActionForm::showProblems(const QList<FieldProblem>& problems) { m_messages.show(problems); }

QString ScheduledActionForm::title(const json& item) const
{
    QStringList sets;
    if (item.contains("min"))
        sets << tr("min %1").arg(jsonNumber(item, "min", 0));
    if (item.contains("max"))
        sets << tr("max %1").arg(jsonNumber(item, "max", 0));
    if (item.contains("desired"))
        sets << tr("desired %1").arg(jsonNumber(item, "desired", 0));
    const QString when = item.contains("cron") ? jsonText(item, "cron")
                                               : utcFromIso(jsonText(item, "at")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 — %2: %3").arg(jsonText(item, "name", tr("unnamed")), when, sets.join(QStringLiteral(", ")));
}

json ScheduledActionForm::newItem() const
{
    return {{"name", "weekday-morning"}, {"cron", "0 8 * * 1-5"}, {"min", 2}};
}

void ScheduledActionForm::updateRows()
{
    const bool cron = m_when->currentData().toString() == QLatin1String("cron");
    m_form->setRowVisible(m_cronRow, cron);
    m_form->setRowVisible(m_atRow, !cron);
}

} // namespace archdesk::ui
