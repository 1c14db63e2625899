#pragma once
// InstanceType: one EC2 instance type's specs as the bundled catalog describes it.

#include <optional>
#include <string>

namespace archdesk::core::catalog {

struct InstanceType
{
    std::string name;               // "m4.large"
    std::string family;             // "m4"
    std::string category;           // general_purpose | compute_optimized | memory_optimized | accelerated_computing | storage_optimized | hpc
    std::string generation;         // current | previous
    int vcpu = 0;
    double memoryGib = 0;
    std::optional<int> gpus;
    std::string networkPerformance; // "Moderate", "0.75 Gbps baseline"
    std::string arch;               // x86_64 | arm64 | empty when unknown
    std::string storage;            // "EBS only", "2 x 80 GB SSD"; empty when the catalog does not say
};

} // namespace archdesk::core::catalog
