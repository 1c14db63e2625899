#pragma once
// LoadBalancerSpec: an ELB in front of the group and how it splits traffic between AZs and targets.

#include <span>
#include <string>
#include <vector>

namespace archdesk::core::scaling {

enum class LoadBalancerType { Application, Network, Classic };

struct LoadBalancerSpec
{
    LoadBalancerType type = LoadBalancerType::Application;
    bool crossZone = true;
    int deregistrationDelaySeconds = 300;
    int healthCheckIntervalSeconds = 30;
    int healthyThreshold = 5;
    int unhealthyThreshold = 2;
};

// The defaults of each type (aws-facts §3): cross-zone ALB on, NLB and CLB (API) off; interval 30 s;
// healthy threshold ALB/NLB 5, CLB 10; unhealthy threshold 2; deregistration delay 300 s.
LoadBalancerSpec defaultLoadBalancer(LoadBalancerType type);

const char* loadBalancerTypeName(LoadBalancerType type);

// The share of all traffic each single healthy target of each AZ receives. Every AZ node with at least
// one healthy target gets an equal share (a node without any is dropped from DNS); with cross-zone on,
// every healthy target gets an equal share of the whole; with it off, a target gets its AZ's share
// divided by the AZ's healthy targets. An AZ without healthy targets gets 0.
std::vector<double> perTargetShares(bool crossZone, std::span<const int> healthyTargetsPerAz);

} // namespace archdesk::core::scaling
