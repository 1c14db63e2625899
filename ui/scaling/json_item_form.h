#pragma once
// JsonItemForm: a form that edits one JSON object of a plan list (a policy, a scheduled action, a fault);
// the plan stays JSON, so keys the form does not show survive an edit.

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QList>
#include <QString>
#include <QWidget>
#include <initializer_list>
#include <utility>
#include <nlohmann/json.hpp>

#include "ui/scaling/exact_numbers.h"
#include "ui/scaling/field_messages.h"

class QFormLayout;
class QVBoxLayout;

namespace archdesk::ui {

class JsonItemForm : public QWidget
{
    Q_OBJECT
public:
    // Lays out a form (labels wrap above their fields in the narrow editor column) and, under it, a label
    // for messages about the item as a whole; objectName names the form and that label.
    JsonItemForm(const QString& objectName, QWidget* parent);

    virtual void load(const nlohmann::json& item) = 0;
    // The object as the fields now say, starting from the one loaded.
    virtual nlohmann::json item() const = 0;
    // Problems with fields relative to the item ("steps[1].lower"); shown beside those fields.
    virtual void showProblems(const QList<FieldProblem>& problems) = 0;
    // One line for the list.
    virtual QString title(const nlohmann::json& item) const = 0;
    // What Add puts in the list.
    virtual nlohmann::json newItem() const = 0;

    // The message shown beside a field ("target", "alarm.threshold", "steps"); for tests.
    QString messageFor(const QString& field) const { return m_messages.messageFor(field); }

signals:
    void edited();

protected:
    // Shows the rows that apply to the current choices.
    virtual void updateRows() {}
    // Emits edited() unless the form is being filled.
    void changed();
    // A combo of (label, value) items whose choice changes which rows show.
    QComboBox* addChoice(const QString& objectName, std::initializer_list<std::pair<QString, QString>> items);

    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr;
    FieldMessages m_messages;
    ExactNumbers m_exact; // the item's numbers as given, until their field is edited
    nlohmann::json m_loaded = nlohmann::json::object();
    bool m_loading = false;
};

// Tolerant reads for filling a form from a half-valid object: a missing or mistyped key gives the fallback
// (the plan check reports the key).
inline QString jsonText(const nlohmann::json& o, const char* key, const QString& fallback = {})
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : fallback;
}

inline double jsonNumber(const nlohmann::json& o, const char* key, double fallback)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_number() ? it->get<double>() : fallback;
}

// A setting the plan may leave to its default is written when the object already has the key, or the value
// differs from the default: a plan without it, left alone, reads back as it was. settingValue: the value to
// write, null for none.
inline nlohmann::json settingValue(const nlohmann::json& o, const char* key, const nlohmann::json& value,
                                   const nlohmann::json& fallback)
{
    return o.contains(key) || value != fallback ? value : nlohmann::json();
}

inline void writeSetting(nlohmann::json& o, const char* key, const nlohmann::json& value, const nlohmann::json& fallback)
{
    if (auto v = settingValue(o, key, value, fallback); !v.is_null())
        o[key] = std::move(v);
}

// A plan's time text as a UTC QDateTime (invalid if it is not one), read as the plan file is: a time
// without a zone is UTC, not the local time.
QDateTime utcFromIso(const QString& text);
// The plan file's way of writing a time ("2026-01-05T08:00:00Z").
QString isoFromUtc(const QDateTime& t);
// A date-time field that shows and edits UTC.
QDateTimeEdit* makeUtcEdit(QWidget* parent);

// Selects the item whose data is value (the first item when none is).
inline void selectData(QComboBox* combo, const QString& value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace archdesk::ui
