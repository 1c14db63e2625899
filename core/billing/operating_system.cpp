#include "core/billing/operating_system.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace archdesk::core::billing {

std::optional<OperatingSystem> parseOperatingSystem(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "linux")
        return OperatingSystem::Linux;
    if (lower == "windows")
        return OperatingSystem::Windows;
    if (lower == "rhel")
        return OperatingSystem::Rhel;
    if (lower == "suse")
        return OperatingSystem::Suse;
    return std::nullopt;
}

std::string operatingSystemName(OperatingSystem os)
{
    switch (os) {
    case OperatingSystem::Linux: return "linux";
    case OperatingSystem::Windows: return "windows";
    case OperatingSystem::Rhel: return "rhel";
    case OperatingSystem::Suse: return "suse";
    }
    return "linux";
}

const char* operatingSystemChoices() { return "linux, windows, rhel or suse"; }

bool billedPerSecond(OperatingSystem os) { return os == OperatingSystem::Linux || os == OperatingSystem::Windows; }

double billedSecondsForRun(OperatingSystem os, double runSeconds)
{
    if (runSeconds <= 0)
        return 0;
    if (billedPerSecond(os))
        return std::max(runSeconds, 60.0);
    return std::ceil(runSeconds / 3600.0) * 3600.0;
}

double billedSecondsInHour(OperatingSystem os, double runSeconds, bool startedInHour)
{
    if (runSeconds <= 0)
        return 0;
    if (!billedPerSecond(os))
        return 3600;
    return std::min(3600.0, startedInHour ? std::max(runSeconds, 60.0) : runSeconds);
}

} // namespace archdesk::core::billing
