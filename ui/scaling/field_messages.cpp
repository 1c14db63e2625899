#include "ui/scaling/field_messages.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/settings/theme.h"

namespace archdesk::ui {

QString problemField(const core::Error& error)
{
    const QString location = QString::fromStdString(error.location);
    const QString marker = QStringLiteral("field \"");
    const qsizetype at = location.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype from = at + marker.size();
    const qsizetype to = location.indexOf(QLatin1Char('"'), from);
    return to < 0 ? location.mid(from) : location.mid(from, to - from);
}

QList<FieldProblem> problemsUnder(const std::vector<core::Error>& problems, const QString& prefix)
{
    QList<FieldProblem> out;
    for (const auto& p : problems) {
        const QString field = problemField(p);
        if (prefix.isEmpty()) {
            out.append({field, QString::fromStdString(p.message)});
        } else if (field == prefix) {
            out.append({QString(), QString::fromStdString(p.message)});
        } else if (field.startsWith(prefix) &&
                   (field.at(prefix.size()) == QLatin1Char('.') || field.at(prefix.size()) == QLatin1Char('['))) {
            QString rest = field.mid(prefix.size());
            if (rest.startsWith(QLatin1Char('.')))
                rest.remove(0, 1);
            out.append({rest, QString::fromStdString(p.message)});
        }
    }
    return out;
}

QLabel* makeMessageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(isDarkTheme() ? QStringLiteral("color: #ff8a80") : QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

QWidget* FieldMessages::wrap(QWidget* field, const QString& key)
{
    auto* box = new QWidget(field->parentWidget());
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto* label = makeMessageLabel(box);
    label->setObjectName(QStringLiteral("message:") + key);
    v->addWidget(label);
    m_labels.insert(key, label);
    return box;
}

void FieldMessages::show(const QList<FieldProblem>& problems)
{
    QMap<QLabel*, QStringList> text;
    for (const auto& p : problems) {
        // The longest key that is the field or one of its parents claims the message.
        QLabel* target = nullptr;
        qsizetype best = -1;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
            const QString& key = it.key();
            const bool under = p.field == key ||
                               (p.field.startsWith(key) && (p.field.at(key.size()) == QLatin1Char('.') ||
                                                            p.field.at(key.size()) == QLatin1Char('[')));
            if (under && key.size() > best) {
                best = key.size();
                target = it.value();
            }
        }
        // Deeper fields keep their own name in the message ("steps[1].lower: 10 overlaps step 0").
        const bool named = target && p.field != m_labels.key(target);
        if (!target)
            target = m_general;
        if (target)
            text[target] << ((named || (target == m_general && !p.field.isEmpty())) ? p.field + QStringLiteral(": ") + p.message
                                                                                    : p.message);
    }
    QList<QLabel*> all = m_labels.values();
    if (m_general)
        all.append(m_general);
    for (QLabel* label : all) {
        const QStringList lines = text.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    }
}

QString FieldMessages::messageFor(const QString& key) const
{
    const QLabel* label = m_labels.value(key);
    return label ? label->text() : QString();
}

QString FieldMessages::allText() const
{
    QStringList lines;
    for (const QLabel* label : m_labels)
        if (!label->text().isEmpty())
            lines << label->text();
    if (m_general && !m_general->text().isEmpty())
        lines << m_general->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace archdesk::ui
