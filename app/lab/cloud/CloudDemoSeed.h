#pragma once

#include <QString>

namespace Netloom::Lab {

class CloudApiServer;

/// The demo platform's Virtual Data Center, as the lab's cloud serves it:
///  - data centre "netloom-demo" (de/fra) with LAN 1 "internet" (public), LAN 2 "k8s-nodes"
///    (10.7.0.0/24) and LAN 3 "data" (10.7.2.0/24);
///  - IP block "netloom-demo-public" (4 addresses from @p loadBalancerIp on);
///  - NAT gateway "nat-egress" on the second address, serving LAN 2 and LAN 3;
///  - network load balancer "nlb-ingress" listening on LAN 1 at @p loadBalancerIp (the LoadBalancer
///    IP of the demo's ingress-nginx Service), forwarding 80 and 443 into LAN 2 to the nodes;
///  - managed cluster "netloom-demo" with node pools "system" (2 nodes) and "apps" (3 nodes),
///    both attached to LAN 2.
class CloudDemoSeed final
{
public:
    static constexpr const char* DatacenterId = "5e1f8c2a-7b3d-4c9e-a1f0-2d6b8e4c7a90";
    static constexpr const char* ClusterId = "a7c3e9f1-4b2d-4e8a-9c6f-1d3b5e7f9a20";

    /// Seeds @p server; @p loadBalancerIp must be an IPv4 address whose last octet is at most 252.
    static void populate(CloudApiServer& server, const QString& loadBalancerIp);
};

} // namespace Netloom::Lab
