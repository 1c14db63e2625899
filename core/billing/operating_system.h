#pragma once
// OperatingSystem: the platforms the billing rules tell apart, and how each one rounds running time.

#include <optional>
#include <string>
#include <string_view>

namespace archdesk::core::billing {

enum class OperatingSystem {
    Linux,   // Amazon Linux, Ubuntu and other open-source Linux: per second
    Windows, // per second since June 2021
    Rhel,    // commercial Linux: per hour
    Suse,    // commercial Linux: per hour
};

// "linux" | "windows" | "rhel" | "suse" (case-insensitive); nullopt for anything else.
std::optional<OperatingSystem> parseOperatingSystem(std::string_view text);
std::string operatingSystemName(OperatingSystem os);
// The accepted names, for error messages.
const char* operatingSystemChoices();

// True for the platforms billed per second with a 60-second minimum per start.
bool billedPerSecond(OperatingSystem os);

// The seconds one instance is billed for one continuous run (start to stop): per-second platforms
// bill max(run, 60); per-hour platforms bill every started hour in full.
double billedSecondsForRun(OperatingSystem os, double runSeconds);

// The seconds one instance is billed for inside one clock-hour, given how long it ran in that hour
// and whether it started in that hour (a start carries the 60-second minimum; per-hour platforms
// bill the whole hour when they ran at all). The result never exceeds 3,600.
double billedSecondsInHour(OperatingSystem os, double runSeconds, bool startedInHour);

} // namespace archdesk::core::billing
