#pragma once

// Private to models/domain: a table of the fields of every details struct (JSON key, display
// label, member), so that ResourceJson and displayProperties are written once, generically, and a
// field added to a struct needs one line here. Not installed, not for other modules.

#include "models/domain/ResourceDetails.h"

#include <QtGlobal>

#include <tuple>

namespace Netloom::Domain::Detail {

template<class S, class T>
struct Field
{
    const char* key;   ///< JSON key (lowerCamel)
    const char* label; ///< display label, translated in context "Domain"
    T S::*member;
};

template<class S, class T>
constexpr Field<S, T> field(const char* key, const char* label, T S::*member)
{
    return Field<S, T> { key, label, member };
}

/// Fields<S>::list: a tuple of Field<S, ...>, in display order.
template<class S>
struct Fields;

template<class S>
concept HasFields = requires { Fields<S>::list; };

#define NL_F(S, member, label) field(#member, QT_TRANSLATE_NOOP("Domain", label), &S::member)

template<>
struct Fields<VdcDetails>
{
    using S = VdcDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, location, "Location"), NL_F(S, description, "Description"));
};
template<>
struct Fields<SubnetDetails>
{
    using S = SubnetDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, cidr, "CIDR"), NL_F(S, lanId, "LAN id"),
                                                 NL_F(S, isPublic, "Public"), NL_F(S, gatewayIp, "Gateway IP"));
};
template<>
struct Fields<IpAddressDetails>
{
    using S = IpAddressDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, address, "Address"), NL_F(S, isPublic, "Public"),
                                                 NL_F(S, assignedTo, "Assigned to"));
};
template<>
struct Fields<IpBlockDetails>
{
    using S = IpBlockDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, location, "Location"), NL_F(S, size, "Size"),
                                                 NL_F(S, addresses, "Addresses"));
};
template<>
struct Fields<GatewayDetails>
{
    using S = GatewayDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, gatewayType, "Gateway type"),
                                                 NL_F(S, publicIps, "Public IPs"),
                                                 NL_F(S, connectedSubnets, "Connected subnets"));
};
template<>
struct Fields<LoadBalancerListener>
{
    using S = LoadBalancerListener;
    static constexpr auto list = std::make_tuple(NL_F(S, name, "Name"), NL_F(S, protocol, "Protocol"),
                                                 NL_F(S, ip, "IP"), NL_F(S, port, "Port"));
};
template<>
struct Fields<LoadBalancerTarget>
{
    using S = LoadBalancerTarget;
    static constexpr auto list
        = std::make_tuple(NL_F(S, ip, "IP"), NL_F(S, port, "Port"), NL_F(S, weight, "Weight"));
};
template<>
struct Fields<LoadBalancerRule>
{
    using S = LoadBalancerRule;
    static constexpr auto list = std::make_tuple(NL_F(S, name, "Name"), NL_F(S, protocol, "Protocol"),
                                                 NL_F(S, listenerIp, "Listener IP"),
                                                 NL_F(S, listenerPort, "Listener port"), NL_F(S, targets, "Targets"));
};
template<>
struct Fields<LoadBalancerDetails>
{
    using S = LoadBalancerDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, ips, "IPs"), NL_F(S, listeners, "Listeners"),
                                                 NL_F(S, forwardingRules, "Forwarding rules"));
};
template<>
struct Fields<ClusterDetails>
{
    using S = ClusterDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, version, "Version"), NL_F(S, apiServer, "API server"),
                                                 NL_F(S, provider, "Provider"));
};
template<>
struct Fields<NodePoolDetails>
{
    using S = NodePoolDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, nodeCount, "Nodes"), NL_F(S, cpu, "CPU cores per node"),
                                                 NL_F(S, memoryMb, "Memory per node (MB)"),
                                                 NL_F(S, version, "Version"));
};
template<>
struct Fields<NamespaceDetails>
{
    using S = NamespaceDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, phase, "Phase"));
};
template<>
struct Fields<ServicePort>
{
    using S = ServicePort;
    static constexpr auto list
        = std::make_tuple(NL_F(S, name, "Name"), NL_F(S, protocol, "Protocol"), NL_F(S, port, "Port"),
                          NL_F(S, targetPort, "Target port"), NL_F(S, nodePort, "Node port"));
};
template<>
struct Fields<ServiceDetails>
{
    using S = ServiceDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, type, "Type"), NL_F(S, clusterIps, "Cluster IPs"),
                          NL_F(S, externalAddresses, "External addresses"), NL_F(S, ports, "Ports"),
                          NL_F(S, selector, "Selector"));
};
template<>
struct Fields<EndpointSummaryDetails>
{
    using S = EndpointSummaryDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, ready, "Ready"), NL_F(S, notReady, "Not ready"),
                                                 NL_F(S, addresses, "Addresses"));
};
template<>
struct Fields<PodSummaryDetails>
{
    using S = PodSummaryDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, total, "Total"), NL_F(S, running, "Running"),
                                                 NL_F(S, pending, "Pending"), NL_F(S, failed, "Failed"));
};
template<>
struct Fields<IngressControllerDetails>
{
    using S = IngressControllerDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, className, "Class"), NL_F(S, controller, "Controller"),
                          NL_F(S, serviceRef, "Service"), NL_F(S, version, "Version"));
};
template<>
struct Fields<IngressClassDetails>
{
    using S = IngressClassDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, controller, "Controller"), NL_F(S, isDefault, "Default class"));
};
template<>
struct Fields<IngressRoute>
{
    using S = IngressRoute;
    static constexpr auto list = std::make_tuple(NL_F(S, host, "Host"), NL_F(S, path, "Path"),
                                                 NL_F(S, pathType, "Path type"),
                                                 NL_F(S, serviceName, "Service"),
                                                 NL_F(S, servicePort, "Service port"));
};
template<>
struct Fields<IngressTls>
{
    using S = IngressTls;
    static constexpr auto list = std::make_tuple(NL_F(S, hosts, "Hosts"), NL_F(S, secretName, "Secret"));
};
template<>
struct Fields<IngressDetails>
{
    using S = IngressDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, className, "Class"), NL_F(S, routes, "Routes"), NL_F(S, tls, "TLS"),
                          NL_F(S, addresses, "Addresses"), NL_F(S, issuer, "Issuer"));
};
template<>
struct Fields<GatewayListener>
{
    using S = GatewayListener;
    static constexpr auto list = std::make_tuple(NL_F(S, name, "Name"), NL_F(S, protocol, "Protocol"),
                                                 NL_F(S, port, "Port"), NL_F(S, hostname, "Hostname"));
};
template<>
struct Fields<GatewayApiGatewayDetails>
{
    using S = GatewayApiGatewayDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, className, "Class"), NL_F(S, listeners, "Listeners"),
                                                 NL_F(S, addresses, "Addresses"));
};
template<>
struct Fields<HttpRouteBackend>
{
    using S = HttpRouteBackend;
    static constexpr auto list
        = std::make_tuple(NL_F(S, name, "Name"), field("namespace", QT_TRANSLATE_NOOP("Domain", "Namespace"),
                                                       &S::namespaceName),
                          NL_F(S, port, "Port"), NL_F(S, weight, "Weight"));
};
template<>
struct Fields<HttpRouteRule>
{
    using S = HttpRouteRule;
    static constexpr auto list = std::make_tuple(NL_F(S, paths, "Paths"), NL_F(S, backends, "Backends"));
};
template<>
struct Fields<HttpRouteDetails>
{
    using S = HttpRouteDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, hostnames, "Hostnames"), NL_F(S, parentRefs, "Parents"),
                                                 NL_F(S, rules, "Rules"));
};
template<>
struct Fields<CertificateDetails>
{
    using S = CertificateDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, dnsNames, "DNS names"), NL_F(S, issuerName, "Issuer"),
                          NL_F(S, issuerKind, "Issuer kind"), NL_F(S, secretName, "Secret"), NL_F(S, ready, "Ready"),
                          NL_F(S, notAfter, "Not after"), NL_F(S, renewalTime, "Renewal time"),
                          NL_F(S, message, "Message"));
};
template<>
struct Fields<IssuerDetails>
{
    using S = IssuerDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, clusterScoped, "Cluster-scoped"), NL_F(S, issuerType, "Issuer type"),
                          NL_F(S, server, "Server"), NL_F(S, ready, "Ready"));
};
template<>
struct Fields<TlsSecretDetails>
{
    using S = TlsSecretDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, dnsNames, "DNS names"), NL_F(S, notAfter, "Not after"),
                                                 NL_F(S, issuerCn, "Issuer CN"));
};
template<>
struct Fields<DnsZoneDetails>
{
    using S = DnsZoneDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, zoneName, "Zone"), NL_F(S, provider, "Provider"),
                                                 NL_F(S, serial, "Serial"));
};
template<>
struct Fields<DnsRecordDetails>
{
    using S = DnsRecordDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, fqdn, "FQDN"), NL_F(S, type, "Type"), NL_F(S, ttl, "TTL"),
                                                 NL_F(S, targets, "Targets"), NL_F(S, owner, "Owner"));
};
template<>
struct Fields<NetworkPolicyRule>
{
    using S = NetworkPolicyRule;
    static constexpr auto list = std::make_tuple(NL_F(S, action, "Action"), NL_F(S, protocol, "Protocol"),
                                                 NL_F(S, peers, "Peers"), NL_F(S, ports, "Ports"));
};
template<>
struct Fields<NetworkPolicyDetails>
{
    using S = NetworkPolicyDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, engine, "Engine"), NL_F(S, policyTypes, "Policy types"),
                          NL_F(S, podSelector, "Pod selector"), NL_F(S, ingressRules, "Ingress rules"),
                          NL_F(S, egressRules, "Egress rules"), NL_F(S, order, "Order"));
};
template<>
struct Fields<IpPoolDetails>
{
    using S = IpPoolDetails;
    static constexpr auto list
        = std::make_tuple(NL_F(S, cidr, "CIDR"), NL_F(S, blockSize, "Block size"), NL_F(S, ipipMode, "IP-in-IP mode"),
                          NL_F(S, vxlanMode, "VXLAN mode"), NL_F(S, natOutgoing, "NAT outgoing"),
                          NL_F(S, disabled, "Disabled"));
};

#undef NL_F

/// Calls @p f(field) for every field of S, in order.
template<class S, class F>
void forEachField(F&& f)
{
    std::apply([&f](const auto&... fields) { (f(fields), ...); }, Fields<S>::list);
}

} // namespace Netloom::Domain::Detail
