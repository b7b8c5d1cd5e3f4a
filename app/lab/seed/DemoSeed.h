#pragma once

#include "models/core/Expected.h"

#include <QJsonObject>
#include <QList>

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
    /// populateSystem() plus what every lab platform runs: kube-dns, the ingress-nginx namespace with
    /// its LoadBalancer controller Service and the default "nginx" IngressClass, cert-manager, Calico
    /// and monitoring (the demo and the generated platforms share it).
    static Expected<void> populateInfrastructure(ApiServer& server);
    /// populateInfrastructure() plus the demo's applications (shop, payments, identity, Grafana's
    /// Ingress), the load balancer status and the custom resources (DemoCustomResources: CRDs, issuers,
    /// Certificates and their TLS Secrets, DNSEndpoints, Gateway API, Calico).
    static Expected<void> populateDemo(ApiServer& server);

    /// Creates each object through ApiServer::create() with strict validation; stops at the first
    /// that is refused (the error quotes the server's message).
    static Expected<void> createAll(ApiServer& server, const QList<QJsonObject>& objects);
    /// What the ingress-nginx controller and the cloud's load balancer would report: the
    /// controller Service's and every Ingress's status.loadBalancer (kLoadBalancerIp).
    static void publishLoadBalancer(ApiServer& server);
};

} // namespace Netloom::Lab
