#pragma once
// ExactNumbers: a spin box shows a plan's number rounded to its decimals. This remembers the number each
// spin box was given and hands it back while the box still shows it, so that editing one field does not
// write rounded numbers back into the others (0.625 stays 0.625, not 0.63).

#include <QDoubleSpinBox>
#include <QHash>
#include <QString>
#include <nlohmann/json.hpp>

namespace archdesk::ui {

class ExactNumbers
{
public:
    // Fills the spin box with value and remembers it.
    void set(QDoubleSpinBox* spin, double value)
    {
        spin->setValue(value);
        m_values.insert(spin, {value, spin->value()});
    }
    // The number remembered for the spin box while it shows what it was given, else what it shows.
    double value(const QDoubleSpinBox* spin) const
    {
        const auto it = m_values.constFind(spin);
        return it != m_values.constEnd() && it->shown == spin->value() ? it->given : spin->value();
    }

private:
    struct Exact
    {
        double given; // as the plan gave it
        double shown; // as the spin box rounded (or clamped) it
    };
    QHash<const QDoubleSpinBox*, Exact> m_values;
};

// GivenValues: the same for plan values a field cannot show as given: 30.0 in a whole-number box, a start
// with seconds in a field of minutes, a seed a spin box cannot hold, a value of the wrong kind the plan check
// should go on naming, or a key the plan left out. Until the user edits the field, and while it shows what it
// showed when filled (another field, the load balancer type, may move it), the plan's own value stands;
// after that, the field's.
class GivenValues
{
public:
    // given: the plan's value, or nullptr when the plan has no such key.
    void set(const QObject* field, const nlohmann::json* given, const QString& shown)
    {
        m_values.insert(field, {given ? *given : nlohmann::json(), given != nullptr, shown, false});
    }
    // The user edited the field: from now on its own value is written, even the one it showed at first.
    void markEdited(const QObject* field)
    {
        if (const auto it = m_values.find(field); it != m_values.end())
            it->edited = true;
    }
    // Writes key into object: the plan's own value (or no key, as the plan had none) while the field is as
    // filled, else edited (a null edited: no key).
    void write(nlohmann::json& object, const char* key, const QObject* field, const QString& shownNow,
               const nlohmann::json& edited) const
    {
        const auto it = m_values.constFind(field);
        const bool untouched = it != m_values.constEnd() && !it->edited && it->shown == shownNow;
        if (untouched ? it->present : !edited.is_null())
            object[key] = untouched ? it->value : edited;
        else if (object.is_object())
            object.erase(key);
    }

private:
    struct Given
    {
        nlohmann::json value;
        bool present = false;
        QString shown;
        bool edited = false;
    };
    QHash<const QObject*, Given> m_values;
};

} // namespace archdesk::ui
