#pragma once
// ExactNumbers: a spin box shows a plan's number rounded to its decimals. This remembers the number each
// spin box was given and hands it back while the box still shows it, so that editing one field does not
// write rounded numbers back into the others (0.625 stays 0.625, not 0.63).

#include <QDoubleSpinBox>
#include <QHash>

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

} // namespace archdesk::ui
