#include "core/billing/instance_size.h"

#include <array>
#include <charconv>
#include <utility>

namespace archdesk::core::billing {

InstanceSize InstanceSize::parse(std::string_view instanceType)
{
    const auto dot = instanceType.find('.');
    if (dot == std::string_view::npos)
        return {std::string(instanceType), {}};
    return {std::string(instanceType.substr(0, dot)), std::string(instanceType.substr(dot + 1))};
}

namespace {

// The metal sizes AWS's size-flexibility page names; other families' metal factor is unknown to us.
std::optional<double> metalFactor(std::string_view family)
{
    static constexpr std::array<std::pair<std::string_view, double>, 14> kMetal{{
        {"a1", 32},   {"m5zn", 96}, {"z1d", 96},  {"i3", 128},  {"c6g", 128}, {"m6g", 128}, {"r6g", 128},
        {"c5n", 144}, {"c5", 192},  {"m5", 192},  {"r5", 192},  {"i3en", 192}, {"m5d", 192}, {"r5d", 192},
    }};
    if (family.rfind("u-", 0) == 0)
        return 896;
    for (const auto& [name, factor] : kMetal)
        if (name == family)
            return factor;
    return std::nullopt;
}

} // namespace

std::optional<double> normalizationFactor(std::string_view instanceType)
{
    const InstanceSize s = InstanceSize::parse(instanceType);
    static constexpr std::array<std::pair<std::string_view, double>, 6> kNamed{{
        {"nano", 0.25}, {"micro", 0.5}, {"small", 1}, {"medium", 2}, {"large", 4}, {"xlarge", 8},
    }};
    for (const auto& [name, factor] : kNamed)
        if (s.size == name)
            return factor;
    if (s.size == "metal")
        return metalFactor(s.family);
    // "<n>xlarge" = 8n
    constexpr std::string_view kSuffix = "xlarge";
    if (s.size.size() > kSuffix.size() && s.size.compare(s.size.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
        const std::string_view digits(s.size.data(), s.size.size() - kSuffix.size());
        int n = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (ec == std::errc() && end == digits.data() + digits.size() && n > 0)
            return 8.0 * n;
    }
    return std::nullopt;
}

bool sizeFlexibleFamily(std::string_view instanceType)
{
    const InstanceSize s = InstanceSize::parse(instanceType);
    for (const std::string_view excluded : {"g4ad", "g4dn", "g5", "g5g", "inf1"})
        if (s.family == excluded)
            return false;
    return normalizationFactor(instanceType).has_value();
}

} // namespace archdesk::core::billing
