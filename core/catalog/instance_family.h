#pragma once
// InstanceFamily: a family's class, processor, characteristics and (for the 2016 exam families) feature row.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace archdesk::core::catalog {

// The networking/storage feature matrix row of the 2016 exam families.
struct FeatureRow
{
    bool vpcOnly = false;
    bool ebsOnly = false;
    bool ssdVolumes = false;
    bool placementGroup = false;
    bool hvmOnly = false;
    std::string enhancedNetworking; // "Intel 82599 VF", "ENA" or empty (not supported)
};

struct InstanceFamily
{
    std::string id;         // "m4"
    std::string category;
    std::string generation;
    std::string processor;
    std::string arch;
    std::string source;     // where the category/processor came from
    // Filled for the 2016 exam families only.
    std::string className;  // "General purpose, burstable performance"
    std::optional<double> clockGhz;
    std::string clockNote;
    std::vector<std::string> characteristics;
    std::vector<std::string> useCases;
    std::optional<FeatureRow> features;
    std::map<std::string, std::string> enhancedNetworkingByType; // per-type exceptions, e.g. m4.16xlarge → ENA
    std::vector<std::string> sources;                            // full citations

    bool isExamFamily() const { return features.has_value(); }
    // The feature row for one type of this family, with its per-type exceptions applied.
    std::optional<FeatureRow> featuresFor(const std::string& typeName) const
    {
        if (!features)
            return std::nullopt;
        FeatureRow row = *features;
        if (const auto it = enhancedNetworkingByType.find(typeName); it != enhancedNetworkingByType.end())
            row.enhancedNetworking = it->second;
        return row;
    }
};

} // namespace archdesk::core::catalog
