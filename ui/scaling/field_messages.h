#pragma once
// FieldMessages: shows the core's plan problems ("FILE: field "policies[1].steps[2].lower": …") beside the
// form field they name, so the GUI and the CLI give the same words from one validator.

#include <QList>
#include <QMap>
#include <QString>
#include <vector>

#include "core/util/result.h"

class QLabel;
class QWidget;

namespace archdesk::ui {

struct FieldProblem
{
    QString field;   // relative to the prefix asked for ("steps[1].lower"; empty: the item as a whole)
    QString message; // what is wrong and what was expected
};

// The field path inside an Error's location (`FILE: field "a.b"`), or an empty string.
QString problemField(const core::Error& error);

// The problems whose field is prefix itself or lies under it ("policies[1]" takes "policies[1].target"),
// with the field made relative to it.
QList<FieldProblem> problemsUnder(const std::vector<core::Error>& problems, const QString& prefix);

// A label for messages, in a red that reads on the light and the dark theme; hidden while empty.
QLabel* makeMessageLabel(QWidget* parent);

class FieldMessages
{
public:
    // Wraps field with a message label under it; messages for key, or for fields below key
    // ("steps" takes "steps[2].lower"), go there. Returns the widget to put in the form.
    QWidget* wrap(QWidget* field, const QString& key);
    // A label of the caller's for key.
    void addLabel(const QString& key, QLabel* label) { m_labels.insert(key, label); }
    // Messages no field claims go to this label (the item as a whole).
    void setGeneralLabel(QLabel* label) { m_general = label; }

    void show(const QList<FieldProblem>& problems);
    void clear() { show({}); }
    // The text beside key's field (for tests and tooltips).
    QString messageFor(const QString& key) const;
    QString allText() const;

private:
    QMap<QString, QLabel*> m_labels;
    QLabel* m_general = nullptr;
};

} // namespace archdesk::ui
