#pragma once
// LoadModel: what the load balancer and the group's metrics make of a demand, at the group's counts of
// one moment. The simulator takes this snapshot whenever an instance changes, so that a step where none
// does costs a few multiplications, and the lean loop reads it unchanged for a whole stretch.

#include <algorithm>
#include <array>
#include <cstddef>

namespace archdesk::core::scaling {

// One step's load: requests per second served, the group's average CPU % and requests per target per
// minute (each with whether it has a datapoint at all).
struct Load
{
    double served = 0;
    double cpu = 0;
    double rpt = 0;
    bool hasCpu = false;
    bool hasRpt = false;
};

// The requests per second the group turned away. A shortfall within a billionth of the demand is the
// rounding of demand / targets × targets, not a request lost: it counts as none.
inline double unservedOf(double demand, double served)
{
    const double shortfall = demand - served;
    return shortfall > 1e-9 * demand ? shortfall : 0.0;
}

struct LoadModel
{
    static constexpr std::size_t kMaxNodes = 16;

    // Fixed for the run.
    bool crossZone = true;
    double capacityRps = 0; // what one instance serves
    double cpuPerRps = 0;   // CPU % per request per second on one instance

    // The counts of the moment.
    double invTargets = 0;   // 1 / registered targets (healthy or not yet found dead), 0 if none
    double invWarmAlive = 0; // 1 / warmed-up healthy in-service instances, 0 if none
    double invHealthy = 0;   // 1 / healthy registered targets, 0 if none
    int routedTotal = 0;     // healthy registered targets
    int warmRoutedTotal = 0; // … of which warmed up
    int deadRoutedTotal = 0; // registered targets that have failed but still get traffic
    bool hasCpu = false;
    bool hasRpt = false;
    // Cross-zone off: the AZ nodes in DNS (not in an outage, with a registered target), in AZ order.
    int nodes = 0;
    std::array<int, kMaxNodes> nodeTargets{}, nodeRouted{}, nodeWarmRouted{};

    // Inline wherever it is used: a Load handed back through memory and copied whole stalls on the
    // store-to-load forwarding of its just-written fields.
    [[gnu::always_inline]] Load at(double demand) const
    {
        // Dead targets get their share until their failed health checks add up; the share they get is lost.
        Load l;
        double cpuSum = 0;
        if (crossZone) {
            // Every registered target gets an equal share of the whole, whichever node took the request.
            if (invTargets > 0) {
                const double servedEach = std::min(demand * invTargets, capacityRps);
                l.served = servedEach * routedTotal;
                cpuSum = warmRoutedTotal * servedEach * cpuPerRps;
            }
        } else if (nodes > 0) {
            // Every node gets an equal share, split equally between its own targets.
            const double perNode = demand / nodes;
            for (std::size_t k = 0; k < static_cast<std::size_t>(nodes); ++k) {
                const double servedEach = std::min(perNode / nodeTargets[k], capacityRps);
                l.served += servedEach * nodeRouted[k];
                cpuSum += nodeWarmRouted[k] * servedEach * cpuPerRps;
            }
        }
        l.hasCpu = hasCpu;
        l.cpu = cpuSum * invWarmAlive;
        l.hasRpt = hasRpt;
        l.rpt = demand * 60.0 * invHealthy;
        return l;
    }

    // One of the two metrics at a demand. It never falls as demand rises: every step of at() is a min, a
    // sum, or a product with a count or a non-negative constant, and each rounds monotonically.
    [[gnu::always_inline]] double metric(bool cpu, double demand) const
    {
        const Load l = at(demand);
        return cpu ? l.cpu : l.rpt;
    }

    // A demand up to which nothing is turned away (unservedOf() gives 0): every registered target is
    // healthy and none is past its capacity. Below it, served is demand to a few roundings, far inside
    // unservedOf's billionth; the millionth kept off the knee covers the roundings of the knee itself.
    // Minus one when every demand may lose some (a dead target still routed, or no target at all).
    double servesAllUpTo() const
    {
        if (routedTotal == 0 || deadRoutedTotal > 0)
            return -1;
        double knee;
        if (crossZone) {
            knee = capacityRps * routedTotal;
        } else {
            if (nodes == 0)
                return -1;
            int fewest = nodeTargets[0];
            for (std::size_t k = 0; k < static_cast<std::size_t>(nodes); ++k)
                fewest = std::min(fewest, nodeTargets[k]);
            knee = capacityRps * fewest * nodes;
        }
        return knee * (1 - 1e-6);
    }
};

} // namespace archdesk::core::scaling
