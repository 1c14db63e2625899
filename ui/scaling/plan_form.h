#pragma once
// PlanForm: the simulation (start, length, step, seed), group, instance, load balancer and demand fields of a
// scaling plan; the instance type comes from the catalog and brings its On-Demand price (which the user may
// override).

#include <QMap>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>
#include <nlohmann/json.hpp>

#include "core/scaling/load_balancer.h"
#include "ui/scaling/exact_numbers.h"
#include "ui/scaling/field_messages.h"

class QChartView;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace archdesk::core::catalog {
class Catalog;
}

namespace archdesk::ui {

struct AppState;

class PlanForm final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanForm(AppState& state, QWidget* parent = nullptr);
    ~PlanForm() override;

    // Fills the form from a plan. A plan without an On-Demand price gets the catalog's: returned, for the
    // caller to put in the plan (the price shown is then the price simulated).
    std::optional<double> load(const nlohmann::json& doc);
    // Writes the fields into the plan (other keys are kept).
    void apply(nlohmann::json& doc) const;
    // Problems with fields relative to the plan ("group.min"); those no field here shows are left out.
    void showProblems(const QList<FieldProblem>& problems) { m_messages.show(problems); }

    QStringList zones() const;
    QChartView* demandPreview() const { return m_preview; }
    QLineEdit* instanceType() const { return m_instanceType; }
    QDoubleSpinBox* onDemandPrice() const { return m_onDemand; }
    QString priceSourceText() const;
    QString typeMessage() const;
    QComboBox* demandPattern() const { return m_pattern; }
    QLineEdit* csvFile() const { return m_csvFile; }
    // Whether the demand field for key ("demand.peak_rps") is shown: only those the pattern uses are.
    bool demandFieldShown(const QString& key) const;
    QString messageFor(const QString& key) const { return m_messages.messageFor(key); }
    // The region prices are looked up in: the plan's purchase.region, else the first AZ's.
    QString region() const;
    // The plan's own file (empty before it is saved): Choose… names a CSV file relative to its folder.
    void setPlanFile(const QString& file) { m_planFile = file; }

signals:
    void edited();

private:
    void fieldChanged();
    void typeEdited();
    void priceEdited();
    void describePrice(bool takeCatalogPrice);
    void showDemandFields();
    void chooseCsvFile();
    void lbTypeChanged();
    struct WholeNumberField
    {
        QSpinBox* spin;
        const char* object; // "group"
        const char* key;    // "min"
    };
    std::vector<WholeNumberField> wholeNumberFields() const;
    static core::scaling::LoadBalancerSpec lbDefaultsOf(const QString& type);

    AppState& m_state;
    std::unique_ptr<core::catalog::Catalog> m_catalog;
    QString m_purchaseRegion;
    QString m_planFile;
    bool m_loading = false;
    FieldMessages m_messages;

    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_step = nullptr;
    QLineEdit* m_seed = nullptr;
    QSpinBox* m_min = nullptr;
    QSpinBox* m_max = nullptr;
    QSpinBox* m_desired = nullptr;
    QLineEdit* m_azs = nullptr;
    QDoubleSpinBox* m_spotShare = nullptr;
    QSpinBox* m_grace = nullptr;
    QSpinBox* m_cooldown = nullptr;
    QSpinBox* m_protected = nullptr;
    QDoubleSpinBox* m_replacementBatch = nullptr;
    QDoubleSpinBox* m_overshoot = nullptr;
    QSpinBox* m_spotNotice = nullptr;
    QDoubleSpinBox* m_duration = nullptr;
    QLineEdit* m_instanceType = nullptr;
    QLabel* m_typeMessage = nullptr;
    QDoubleSpinBox* m_capacity = nullptr;
    QSpinBox* m_launch = nullptr;
    QSpinBox* m_warmup = nullptr;
    QDoubleSpinBox* m_onDemand = nullptr;
    QDoubleSpinBox* m_spotPrice = nullptr;
    QLabel* m_priceSource = nullptr;
    QComboBox* m_lbType = nullptr;
    QCheckBox* m_crossZone = nullptr;
    QSpinBox* m_dereg = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_healthy = nullptr;
    QSpinBox* m_unhealthy = nullptr;
    core::scaling::LoadBalancerSpec m_lbDefaults; // the defaults of the type the form shows
    QComboBox* m_pattern = nullptr;
    QDoubleSpinBox* m_base = nullptr;
    QDoubleSpinBox* m_peak = nullptr;
    QDoubleSpinBox* m_peakHour = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QDoubleSpinBox* m_weekend = nullptr;
    QLineEdit* m_csvFile = nullptr;
    QFormLayout* m_demandForm = nullptr;
    QMap<QString, QWidget*> m_demandRows; // field key → its row in m_demandForm
    ExactNumbers m_exact; // the plan's numbers as given, until their field is edited
    GivenValues m_given;  // the start, step and seed as given, until their field is edited
    QChartView* m_preview = nullptr;
};

} // namespace archdesk::ui
