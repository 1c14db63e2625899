#include "core/catalog/catalog_json.h"

namespace archdesk::core::catalog {

nlohmann::json instanceTypeToJson(const InstanceType& t, const InstanceFamily* family)
{
    nlohmann::json j;
    j["instance_type"] = t.name;
    j["family"] = t.family;
    j["category"] = t.category;
    j["generation"] = t.generation;
    j["vcpu"] = t.vcpu;
    j["memory_gib"] = t.memoryGib;
    j["gpus"] = t.gpus ? nlohmann::json(*t.gpus) : nlohmann::json(nullptr);
    j["arch"] = t.arch;
    j["processor"] = family ? family->processor : std::string();
    j["clock_ghz"] = family && family->clockGhz ? nlohmann::json(*family->clockGhz) : nlohmann::json(nullptr);
    j["network_performance"] = t.networkPerformance;
    j["storage"] = t.storage.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.storage);
    const auto row = family ? family->featuresFor(t.name) : std::nullopt;
    if (row) {
        j["features"] = {{"vpc_only", row->vpcOnly},
                         {"ebs_only", row->ebsOnly},
                         {"ssd_volumes", row->ssdVolumes},
                         {"placement_group", row->placementGroup},
                         {"hvm_only", row->hvmOnly},
                         {"enhanced_networking", row->enhancedNetworking.empty()
                                                     ? nlohmann::json(false)
                                                     : nlohmann::json(row->enhancedNetworking)}};
    } else {
        j["features"] = nullptr;
    }
    if (family && family->isExamFamily()) {
        j["class"] = family->className;
        j["characteristics"] = family->characteristics;
        j["use_cases"] = family->useCases;
        j["sources"] = family->sources;
    }
    return j;
}

nlohmann::json instancePriceToJson(const InstancePrice& p)
{
    nlohmann::json j;
    j["instance_type"] = p.instanceType;
    j["region"] = p.region;
    j["os"] = p.os;
    j["source"] = p.source;
    j["date"] = p.date;
    if (!p.reserved.empty()) {
        j["reserved_source"] = p.reservedSource.empty() ? p.source : p.reservedSource;
        j["reserved_date"] = p.reservedDate.empty() ? p.date : p.reservedDate;
    }
    j["on_demand_hourly"] = p.onDemandHourly ? nlohmann::json(*p.onDemandHourly) : nlohmann::json(nullptr);
    j["reserved"] = nlohmann::json::array();
    for (const auto& r : p.reserved)
        j["reserved"].push_back({{"term_years", r.termYears},
                                 {"class", r.offeringClass},
                                 {"payment", r.payment},
                                 {"upfront", r.upfront},
                                 {"hourly", r.hourly},
                                 {"effective_hourly", r.effectiveHourly()}});
    return j;
}

} // namespace archdesk::core::catalog
