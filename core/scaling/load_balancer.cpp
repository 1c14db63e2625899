#include "core/scaling/load_balancer.h"

namespace archdesk::core::scaling {

LoadBalancerSpec defaultLoadBalancer(LoadBalancerType type)
{
    LoadBalancerSpec lb;
    lb.type = type;
    lb.crossZone = type == LoadBalancerType::Application;
    lb.healthyThreshold = type == LoadBalancerType::Classic ? 10 : 5;
    return lb;
}

const char* loadBalancerTypeName(LoadBalancerType type)
{
    switch (type) {
    case LoadBalancerType::Application: return "alb";
    case LoadBalancerType::Network: return "nlb";
    case LoadBalancerType::Classic: return "clb";
    }
    return "";
}

std::vector<double> perTargetShares(bool crossZone, std::span<const int> healthy)
{
    std::vector<double> shares(healthy.size(), 0.0);
    int nodes = 0, targets = 0;
    for (const int n : healthy) {
        nodes += n > 0 ? 1 : 0;
        targets += n;
    }
    if (targets == 0)
        return shares;
    for (std::size_t a = 0; a < healthy.size(); ++a) {
        if (healthy[a] == 0)
            continue;
        shares[a] = crossZone ? 1.0 / targets : (1.0 / nodes) / healthy[a];
    }
    return shares;
}

} // namespace archdesk::core::scaling
