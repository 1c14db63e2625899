#pragma once
// Commitments: the Reserved Instances and Savings Plans a bill applies to usage, hour by hour.

#include <string>

#include "core/billing/operating_system.h"

namespace archdesk::core::billing {

enum class ReservationScope { Region, Zone };

struct Reservation
{
    std::string instanceType;  // "m5.large"
    OperatingSystem os = OperatingSystem::Linux;
    ReservationScope scope = ReservationScope::Region;
    std::string region;        // "us-east-1"
    std::string az;            // "us-east-1a"; zonal reservations only
    double count = 1;
    int termYears = 1;
    // Prices: upfront once per term, hourly every hour of the term. The bill charges the amortized
    // effective rate (upfront / term hours + hourly) every hour, used or not.
    double upfront = 0;
    double hourly = 0;

    double termHours() const { return termYears * 8760.0; }
    double effectiveHourly() const { return upfront / termHours() + hourly; }
    // AWS's list value (what volume tiers count): fixed price + hourly × hours in the term, per RI.
    double listValue() const { return count * (upfront + hourly * termHours()); }
};

enum class SavingsPlanKind { Compute, Ec2Instance };

struct SavingsPlan
{
    SavingsPlanKind kind = SavingsPlanKind::Compute;
    std::string family;         // EC2 Instance plans: "m5"
    std::string region;         // EC2 Instance plans: "us-east-1"
    double commitmentHourly = 0; // USD per hour, charged in full every hour
};

// "compute" | "ec2_instance"
std::string savingsPlanKindName(SavingsPlanKind kind);

} // namespace archdesk::core::billing
