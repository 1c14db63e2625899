#pragma once
// InstanceSize: an instance type split into family and size, with the size's normalization factor.

#include <optional>
#include <string>
#include <string_view>

namespace archdesk::core::billing {

struct InstanceSize
{
    std::string family; // "m5"
    std::string size;   // "large"

    // "m5.large" → {m5, large}; a name without a dot has an empty size.
    static InstanceSize parse(std::string_view instanceType);
};

// AWS's normalization factor of a size (nano 0.25 … 112xlarge 896; n·xlarge = 8n). For "metal" the
// factor is the matching virtual size's, known only for the families AWS lists; nullopt when unknown.
std::optional<double> normalizationFactor(std::string_view instanceType);

// Regional Linux RIs of this family may apply across sizes (AWS excludes a few GPU/inference
// families); an unknown size is never size-flexible.
bool sizeFlexibleFamily(std::string_view instanceType);

} // namespace archdesk::core::billing
