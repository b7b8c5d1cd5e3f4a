#pragma once

// Private to models/domain: a table of the fields of every details struct (JSON key, display
// label, member), so that ResourceJson and displayProperties are written once, generically, and a
// field added to a struct needs one line here. Not installed, not for other modules.

#include "models/domain/ResourceDetails.h"

#include <QtGlobal>

#include <tuple>

namespace Netloom::Domain::Detail {

template <class S, class T> struct Field
{
    const char* key; ///< JSON key (lowerCamel)
    const char* label; ///< display label, translated in context "Domain"
    T S::*member;
};

template <class S, class T> constexpr Field<S, T> field(const char* key, const char* label, T S::*member)
{
    return Field<S, T> { key, label, member };
}

/// Fields<S>::list: a tuple of Field<S, ...>, in display order.
template <class S> struct Fields;

template <class S>
concept HasFields = requires
{
    Fields<S>::list;
};

// The label is marked at each call site: lupdate only sees string literals inside QT_TRANSLATE_NOOP.
#define NL_F(S, member, label) field(#member, label, &S::member)

template <> struct Fields<VdcDetails>
{
    using S = VdcDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, location, QT_TRANSLATE_NOOP("Domain", "Location")),
        NL_F(S, description, QT_TRANSLATE_NOOP("Domain", "Description")));
};
template <> struct Fields<SubnetDetails>
{
    using S = SubnetDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, cidr, QT_TRANSLATE_NOOP("Domain", "CIDR")),
        NL_F(S, lanId, QT_TRANSLATE_NOOP("Domain", "LAN id")), NL_F(S, isPublic, QT_TRANSLATE_NOOP("Domain", "Public")),
        NL_F(S, gatewayIp, QT_TRANSLATE_NOOP("Domain", "Gateway IP")));
};
template <> struct Fields<IpAddressDetails>
{
    using S = IpAddressDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, address, QT_TRANSLATE_NOOP("Domain", "Address")),
        NL_F(S, isPublic, QT_TRANSLATE_NOOP("Domain", "Public")),
        NL_F(S, assignedTo, QT_TRANSLATE_NOOP("Domain", "Assigned to")));
};
template <> struct Fields<IpBlockDetails>
{
    using S = IpBlockDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, location, QT_TRANSLATE_NOOP("Domain", "Location")),
        NL_F(S, size, QT_TRANSLATE_NOOP("Domain", "Size")),
        NL_F(S, addresses, QT_TRANSLATE_NOOP("Domain", "Addresses")));
};
template <> struct Fields<GatewayDetails>
{
    using S = GatewayDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, gatewayType, QT_TRANSLATE_NOOP("Domain", "Gateway type")),
        NL_F(S, publicIps, QT_TRANSLATE_NOOP("Domain", "Public IPs")),
        NL_F(S, connectedSubnets, QT_TRANSLATE_NOOP("Domain", "Connected subnets")));
};
template <> struct Fields<LoadBalancerListener>
{
    using S = LoadBalancerListener;
    static constexpr auto list = std::make_tuple(NL_F(S, name, QT_TRANSLATE_NOOP("Domain", "Name")),
        NL_F(S, protocol, QT_TRANSLATE_NOOP("Domain", "Protocol")), NL_F(S, ip, QT_TRANSLATE_NOOP("Domain", "IP")),
        NL_F(S, port, QT_TRANSLATE_NOOP("Domain", "Port")));
};
template <> struct Fields<LoadBalancerTarget>
{
    using S = LoadBalancerTarget;
    static constexpr auto list = std::make_tuple(NL_F(S, ip, QT_TRANSLATE_NOOP("Domain", "IP")),
        NL_F(S, port, QT_TRANSLATE_NOOP("Domain", "Port")), NL_F(S, weight, QT_TRANSLATE_NOOP("Domain", "Weight")));
};
template <> struct Fields<LoadBalancerRule>
{
    using S = LoadBalancerRule;
    static constexpr auto list = std::make_tuple(NL_F(S, name, QT_TRANSLATE_NOOP("Domain", "Name")),
        NL_F(S, protocol, QT_TRANSLATE_NOOP("Domain", "Protocol")),
        NL_F(S, listenerIp, QT_TRANSLATE_NOOP("Domain", "Listener IP")),
        NL_F(S, listenerPort, QT_TRANSLATE_NOOP("Domain", "Listener port")),
        NL_F(S, targets, QT_TRANSLATE_NOOP("Domain", "Targets")));
};
template <> struct Fields<LoadBalancerDetails>
{
    using S = LoadBalancerDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, ips, QT_TRANSLATE_NOOP("Domain", "IPs")),
        NL_F(S, listeners, QT_TRANSLATE_NOOP("Domain", "Listeners")),
        NL_F(S, forwardingRules, QT_TRANSLATE_NOOP("Domain", "Forwarding rules")));
};
template <> struct Fields<ClusterDetails>
{
    using S = ClusterDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, version, QT_TRANSLATE_NOOP("Domain", "Version")),
        NL_F(S, apiServer, QT_TRANSLATE_NOOP("Domain", "API server")),
        NL_F(S, provider, QT_TRANSLATE_NOOP("Domain", "Provider")));
};
template <> struct Fields<NodePoolDetails>
{
    using S = NodePoolDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, nodeCount, QT_TRANSLATE_NOOP("Domain", "Nodes")),
        NL_F(S, cpu, QT_TRANSLATE_NOOP("Domain", "CPU cores per node")),
        NL_F(S, memoryMb, QT_TRANSLATE_NOOP("Domain", "Memory per node (MB)")),
        NL_F(S, version, QT_TRANSLATE_NOOP("Domain", "Version")));
};
template <> struct Fields<NamespaceDetails>
{
    using S = NamespaceDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, phase, QT_TRANSLATE_NOOP("Domain", "Phase")));
};
template <> struct Fields<ServicePort>
{
    using S = ServicePort;
    static constexpr auto list = std::make_tuple(NL_F(S, name, QT_TRANSLATE_NOOP("Domain", "Name")),
        NL_F(S, protocol, QT_TRANSLATE_NOOP("Domain", "Protocol")), NL_F(S, port, QT_TRANSLATE_NOOP("Domain", "Port")),
        NL_F(S, targetPort, QT_TRANSLATE_NOOP("Domain", "Target port")),
        NL_F(S, nodePort, QT_TRANSLATE_NOOP("Domain", "Node port")));
};
template <> struct Fields<ServiceDetails>
{
    using S = ServiceDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, type, QT_TRANSLATE_NOOP("Domain", "Type")),
        NL_F(S, clusterIps, QT_TRANSLATE_NOOP("Domain", "Cluster IPs")),
        NL_F(S, externalAddresses, QT_TRANSLATE_NOOP("Domain", "External addresses")),
        NL_F(S, ports, QT_TRANSLATE_NOOP("Domain", "Ports")),
        NL_F(S, selector, QT_TRANSLATE_NOOP("Domain", "Selector")),
        NL_F(S, ipModes, QT_TRANSLATE_NOOP("Domain", "IP modes")),
        NL_F(S, dnsHostnames, QT_TRANSLATE_NOOP("Domain", "DNS hostnames")),
        NL_F(S, dnsTarget, QT_TRANSLATE_NOOP("Domain", "DNS target")),
        NL_F(S, dnsTtl, QT_TRANSLATE_NOOP("Domain", "DNS TTL")));
};
template <> struct Fields<EndpointSummaryDetails>
{
    using S = EndpointSummaryDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, serviceName, QT_TRANSLATE_NOOP("Domain", "Service")),
        NL_F(S, slices, QT_TRANSLATE_NOOP("Domain", "Slices")),
        NL_F(S, ready, QT_TRANSLATE_NOOP("Domain", "Ready")),
        NL_F(S, notReady, QT_TRANSLATE_NOOP("Domain", "Not ready")),
        NL_F(S, addresses, QT_TRANSLATE_NOOP("Domain", "Addresses")));
};
template <> struct Fields<PodOwnerCount>
{
    using S = PodOwnerCount;
    static constexpr auto list = std::make_tuple(NL_F(S, kind, QT_TRANSLATE_NOOP("Domain", "Kind")),
        NL_F(S, name, QT_TRANSLATE_NOOP("Domain", "Name")), NL_F(S, total, QT_TRANSLATE_NOOP("Domain", "Total")),
        NL_F(S, ready, QT_TRANSLATE_NOOP("Domain", "Ready")));
};
template <> struct Fields<PodSummaryDetails>
{
    using S = PodSummaryDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, total, QT_TRANSLATE_NOOP("Domain", "Total")),
        NL_F(S, running, QT_TRANSLATE_NOOP("Domain", "Running")),
        NL_F(S, pending, QT_TRANSLATE_NOOP("Domain", "Pending")),
        NL_F(S, failed, QT_TRANSLATE_NOOP("Domain", "Failed")),
        NL_F(S, succeeded, QT_TRANSLATE_NOOP("Domain", "Succeeded")),
        NL_F(S, ready, QT_TRANSLATE_NOOP("Domain", "Ready")),
        NL_F(S, withIp, QT_TRANSLATE_NOOP("Domain", "With pod IP")),
        NL_F(S, owners, QT_TRANSLATE_NOOP("Domain", "Owners")));
};
template <> struct Fields<IngressControllerDetails>
{
    using S = IngressControllerDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, className, QT_TRANSLATE_NOOP("Domain", "Class")),
        NL_F(S, controller, QT_TRANSLATE_NOOP("Domain", "Controller")),
        NL_F(S, serviceRef, QT_TRANSLATE_NOOP("Domain", "Service")),
        NL_F(S, version, QT_TRANSLATE_NOOP("Domain", "Version")));
};
template <> struct Fields<IngressClassDetails>
{
    using S = IngressClassDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, controller, QT_TRANSLATE_NOOP("Domain", "Controller")),
        NL_F(S, isDefault, QT_TRANSLATE_NOOP("Domain", "Default class")));
};
template <> struct Fields<IngressRoute>
{
    using S = IngressRoute;
    static constexpr auto list = std::make_tuple(NL_F(S, host, QT_TRANSLATE_NOOP("Domain", "Host")),
        NL_F(S, path, QT_TRANSLATE_NOOP("Domain", "Path")), NL_F(S, pathType, QT_TRANSLATE_NOOP("Domain", "Path type")),
        NL_F(S, serviceName, QT_TRANSLATE_NOOP("Domain", "Service")),
        NL_F(S, servicePort, QT_TRANSLATE_NOOP("Domain", "Service port")));
};
template <> struct Fields<IngressTls>
{
    using S = IngressTls;
    static constexpr auto list = std::make_tuple(NL_F(S, hosts, QT_TRANSLATE_NOOP("Domain", "Hosts")),
        NL_F(S, secretName, QT_TRANSLATE_NOOP("Domain", "Secret")));
};
template <> struct Fields<IngressDetails>
{
    using S = IngressDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, className, QT_TRANSLATE_NOOP("Domain", "Class")),
        NL_F(S, routes, QT_TRANSLATE_NOOP("Domain", "Routes")), NL_F(S, tls, QT_TRANSLATE_NOOP("Domain", "TLS")),
        NL_F(S, addresses, QT_TRANSLATE_NOOP("Domain", "Addresses")),
        NL_F(S, issuer, QT_TRANSLATE_NOOP("Domain", "Issuer")),
        NL_F(S, dnsHostnames, QT_TRANSLATE_NOOP("Domain", "DNS hostnames")),
        NL_F(S, dnsTarget, QT_TRANSLATE_NOOP("Domain", "DNS target")),
        NL_F(S, dnsTtl, QT_TRANSLATE_NOOP("Domain", "DNS TTL")),
        NL_F(S, controller, QT_TRANSLATE_NOOP("Domain", "Controller")));
};
template <> struct Fields<GatewayListener>
{
    using S = GatewayListener;
    static constexpr auto list = std::make_tuple(NL_F(S, name, QT_TRANSLATE_NOOP("Domain", "Name")),
        NL_F(S, protocol, QT_TRANSLATE_NOOP("Domain", "Protocol")), NL_F(S, port, QT_TRANSLATE_NOOP("Domain", "Port")),
        NL_F(S, hostname, QT_TRANSLATE_NOOP("Domain", "Hostname")));
};
template <> struct Fields<GatewayApiGatewayDetails>
{
    using S = GatewayApiGatewayDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, className, QT_TRANSLATE_NOOP("Domain", "Class")),
        NL_F(S, listeners, QT_TRANSLATE_NOOP("Domain", "Listeners")),
        NL_F(S, addresses, QT_TRANSLATE_NOOP("Domain", "Addresses")));
};
template <> struct Fields<HttpRouteBackend>
{
    using S = HttpRouteBackend;
    static constexpr auto list = std::make_tuple(NL_F(S, name, QT_TRANSLATE_NOOP("Domain", "Name")),
        field("namespace", QT_TRANSLATE_NOOP("Domain", "Namespace"), &S::namespaceName),
        NL_F(S, port, QT_TRANSLATE_NOOP("Domain", "Port")), NL_F(S, weight, QT_TRANSLATE_NOOP("Domain", "Weight")));
};
template <> struct Fields<HttpRouteRule>
{
    using S = HttpRouteRule;
    static constexpr auto list = std::make_tuple(NL_F(S, paths, QT_TRANSLATE_NOOP("Domain", "Paths")),
        NL_F(S, backends, QT_TRANSLATE_NOOP("Domain", "Backends")));
};
template <> struct Fields<HttpRouteDetails>
{
    using S = HttpRouteDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, hostnames, QT_TRANSLATE_NOOP("Domain", "Hostnames")),
        NL_F(S, parentRefs, QT_TRANSLATE_NOOP("Domain", "Parents")),
        NL_F(S, rules, QT_TRANSLATE_NOOP("Domain", "Rules")));
};
template <> struct Fields<CertificateDetails>
{
    using S = CertificateDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, dnsNames, QT_TRANSLATE_NOOP("Domain", "DNS names")),
        NL_F(S, issuerName, QT_TRANSLATE_NOOP("Domain", "Issuer")),
        NL_F(S, issuerKind, QT_TRANSLATE_NOOP("Domain", "Issuer kind")),
        NL_F(S, secretName, QT_TRANSLATE_NOOP("Domain", "Secret")),
        NL_F(S, ready, QT_TRANSLATE_NOOP("Domain", "Ready")),
        NL_F(S, notAfter, QT_TRANSLATE_NOOP("Domain", "Not after")),
        NL_F(S, renewalTime, QT_TRANSLATE_NOOP("Domain", "Renewal time")),
        NL_F(S, message, QT_TRANSLATE_NOOP("Domain", "Message")));
};
template <> struct Fields<IssuerDetails>
{
    using S = IssuerDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, clusterScoped, QT_TRANSLATE_NOOP("Domain", "Cluster-scoped")),
        NL_F(S, issuerType, QT_TRANSLATE_NOOP("Domain", "Issuer type")),
        NL_F(S, server, QT_TRANSLATE_NOOP("Domain", "Server")), NL_F(S, ready, QT_TRANSLATE_NOOP("Domain", "Ready")));
};
template <> struct Fields<TlsSecretDetails>
{
    using S = TlsSecretDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, subject, QT_TRANSLATE_NOOP("Domain", "Subject")),
        NL_F(S, dnsNames, QT_TRANSLATE_NOOP("Domain", "DNS names")),
        NL_F(S, ipAddresses, QT_TRANSLATE_NOOP("Domain", "IP addresses")),
        NL_F(S, issuer, QT_TRANSLATE_NOOP("Domain", "Issuer")),
        NL_F(S, issuerCn, QT_TRANSLATE_NOOP("Domain", "Issuer CN")),
        NL_F(S, notBefore, QT_TRANSLATE_NOOP("Domain", "Not before")),
        NL_F(S, notAfter, QT_TRANSLATE_NOOP("Domain", "Not after")),
        NL_F(S, chainLength, QT_TRANSLATE_NOOP("Domain", "Chain length")),
        NL_F(S, problem, QT_TRANSLATE_NOOP("Domain", "Problem")));
};
template <> struct Fields<DnsZoneDetails>
{
    using S = DnsZoneDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, zoneName, QT_TRANSLATE_NOOP("Domain", "Zone")),
        NL_F(S, provider, QT_TRANSLATE_NOOP("Domain", "Provider")),
        NL_F(S, serial, QT_TRANSLATE_NOOP("Domain", "Serial")));
};
template <> struct Fields<DnsRecordDetails>
{
    using S = DnsRecordDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, fqdn, QT_TRANSLATE_NOOP("Domain", "FQDN")),
        NL_F(S, type, QT_TRANSLATE_NOOP("Domain", "Type")), NL_F(S, ttl, QT_TRANSLATE_NOOP("Domain", "TTL")),
        NL_F(S, targets, QT_TRANSLATE_NOOP("Domain", "Targets")), NL_F(S, owner, QT_TRANSLATE_NOOP("Domain", "Owner")));
};
template <> struct Fields<NetworkPolicyRule>
{
    using S = NetworkPolicyRule;
    static constexpr auto list = std::make_tuple(NL_F(S, action, QT_TRANSLATE_NOOP("Domain", "Action")),
        NL_F(S, protocol, QT_TRANSLATE_NOOP("Domain", "Protocol")),
        NL_F(S, peers, QT_TRANSLATE_NOOP("Domain", "Peers")), NL_F(S, ports, QT_TRANSLATE_NOOP("Domain", "Ports")));
};
template <> struct Fields<NetworkPolicyDetails>
{
    using S = NetworkPolicyDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, engine, QT_TRANSLATE_NOOP("Domain", "Engine")),
        NL_F(S, policyTypes, QT_TRANSLATE_NOOP("Domain", "Policy types")),
        NL_F(S, podSelector, QT_TRANSLATE_NOOP("Domain", "Pod selector")),
        NL_F(S, ingressRules, QT_TRANSLATE_NOOP("Domain", "Ingress rules")),
        NL_F(S, egressRules, QT_TRANSLATE_NOOP("Domain", "Egress rules")),
        NL_F(S, order, QT_TRANSLATE_NOOP("Domain", "Order")));
};
template <> struct Fields<IpPoolDetails>
{
    using S = IpPoolDetails;
    static constexpr auto list = std::make_tuple(NL_F(S, cidr, QT_TRANSLATE_NOOP("Domain", "CIDR")),
        NL_F(S, blockSize, QT_TRANSLATE_NOOP("Domain", "Block size")),
        NL_F(S, ipipMode, QT_TRANSLATE_NOOP("Domain", "IP-in-IP mode")),
        NL_F(S, vxlanMode, QT_TRANSLATE_NOOP("Domain", "VXLAN mode")),
        NL_F(S, natOutgoing, QT_TRANSLATE_NOOP("Domain", "NAT outgoing")),
        NL_F(S, disabled, QT_TRANSLATE_NOOP("Domain", "Disabled")));
};

#undef NL_F

/// Calls @p f(field) for every field of S, in order.
template <class S, class F> void forEachField(F&& f)
{
    std::apply([&f](const auto&... fields) { (f(fields), ...); }, Fields<S>::list);
}

} // namespace Netloom::Domain::Detail
