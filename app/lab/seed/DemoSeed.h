#pragma once

#include "models/core/Expected.h"

namespace Netloom::Lab {

class ApiServer;

/// The demo platform: system namespaces (kube-system, ingress-nginx, cert-manager, calico-system,
/// monitoring) and application namespaces (shop, payments, identity) with their Services, an
/// ingress-nginx controller behind a LoadBalancer at 203.0.113.10, the "nginx" IngressClass and
/// Ingresses with hosts, paths, TLS and cert-manager / external-dns annotations. Everything goes
/// through the API server's own create path with strict validation, so the seed is valid by
/// construction.
class DemoSeed final
{
public:
    static constexpr const char* kLoadBalancerIp = "203.0.113.10";

    /// The minimal cluster every seed has: default, kube-system, kube-public, kube-node-lease and
    /// the kubernetes Service.
    static Expected<void> populateSystem(ApiServer& server);
    /// populateSystem() plus the demo platform.
    static Expected<void> populateDemo(ApiServer& server);
};

} // namespace Netloom::Lab
