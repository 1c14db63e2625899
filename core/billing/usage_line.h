#pragma once
// UsageLine: instances of one type, OS and Availability Zone running during one clock-hour.

#include <string>

#include "core/billing/operating_system.h"

namespace archdesk::core::billing {

struct UsageLine
{
    std::string instanceType; // "m5.large"
    OperatingSystem os = OperatingSystem::Linux;
    std::string az;           // "us-east-1a"; empty = somewhere in the bill's region
    double count = 1;         // instances (may be fractional: instance-hours from a simulator)
    double seconds = 3600;    // how long each ran in this hour, 0…3600
    bool started = false;     // started in this hour: the 60-second minimum applies

    // The instance-seconds billed for this line (count × billed seconds per instance).
    double billedInstanceSeconds() const { return count * billedSecondsInHour(os, seconds, started); }
};

// "us-east-1a" → "us-east-1"; a name that does not end in a zone letter is returned unchanged.
std::string regionOfZone(const std::string& az);

} // namespace archdesk::core::billing
