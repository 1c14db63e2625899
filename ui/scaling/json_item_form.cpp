#include "ui/scaling/json_item_form.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/util/time.h"

namespace archdesk::ui {

QDateTime utcFromIso(const QString& text)
{
    const auto ms = core::parseIso8601(text.toStdString());
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QString isoFromUtc(const QDateTime& t)
{
    return QString::fromStdString(core::formatIso8601(t.toMSecsSinceEpoch()));
}

QDateTimeEdit* makeUtcEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    edit->setCalendarPopup(true);
    return edit;
}

JsonItemForm::JsonItemForm(const QString& objectName, QWidget* parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 4, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->addLayout(m_form);
    auto* general = makeMessageLabel(this);
    general->setObjectName(objectName + QStringLiteral("Message"));
    m_messages.setGeneralLabel(general);
    m_layout->addWidget(general);
}

void JsonItemForm::changed()
{
    if (!m_loading)
        emit edited();
}

QComboBox* JsonItemForm::addChoice(const QString& objectName, std::initializer_list<std::pair<QString, QString>> items)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    for (const auto& [label, value] : items)
        combo->addItem(label, value);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        changed();
    });
    return combo;
}

} // namespace archdesk::ui
