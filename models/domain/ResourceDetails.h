#pragma once

// Small plain value structs, one per ResourceKind, holding only what the console shows:
// summaries, never raw server objects, never secret data. They share this one header on purpose
// (see README.md). Edges of the topology live in Resource::relations, not here; references in
// details (serviceRef, assignedTo, ...) are display text.

#include "models/domain/ResourceKind.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <variant>

namespace Netloom::Domain {

// --- Cloud -------------------------------------------------------------------------------------

/// A virtual data centre.
struct VdcDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Vdc;
    QString location; ///< e.g. "de/fra"
    QString description;
    bool operator==(const VdcDetails&) const = default;
};

/// A subnet (a LAN in IONOS terms).
struct SubnetDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Subnet;
    QString cidr; ///< "10.7.0.0/24"; may become the CIDR module's type later
    QString lanId;
    bool isPublic = false;
    QString gatewayIp;
    bool operator==(const SubnetDetails&) const = default;
};

/// One IP address, public or private.
struct IpAddressDetails
{
    static constexpr ResourceKind Kind = ResourceKind::IpAddress;
    QString address;
    bool isPublic = false;
    QString assignedTo; ///< display text of the holder ("nlb-prod", "node pool-a-1")
    bool operator==(const IpAddressDetails&) const = default;
};

/// A reserved block of public IPs.
struct IpBlockDetails
{
    static constexpr ResourceKind Kind = ResourceKind::IpBlock;
    QString location;
    int size = 0;
    QStringList addresses;
    bool operator==(const IpBlockDetails&) const = default;
};

/// A NAT / internet gateway.
struct GatewayDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Gateway;
    QString gatewayType; ///< "natGateway", "internetGateway", ...
    QStringList publicIps;
    QStringList connectedSubnets; ///< CIDRs or subnet names
    bool operator==(const GatewayDetails&) const = default;
};

/// A listener of a network load balancer.
struct LoadBalancerListener
{
    QString name;
    QString protocol; ///< "TCP", "HTTP", ...
    QString ip;
    int port = 0;
    bool operator==(const LoadBalancerListener&) const = default;
};

/// A backend target of a forwarding rule.
struct LoadBalancerTarget
{
    QString ip;
    int port = 0;
    int weight = 0;
    bool operator==(const LoadBalancerTarget&) const = default;
};

/// A forwarding rule: listener ip:port to targets.
struct LoadBalancerRule
{
    QString name;
    QString protocol;
    QString listenerIp;
    int listenerPort = 0;
    QList<LoadBalancerTarget> targets;
    bool operator==(const LoadBalancerRule&) const = default;
};

/// A (network or application) load balancer.
struct LoadBalancerDetails
{
    static constexpr ResourceKind Kind = ResourceKind::LoadBalancer;
    QList<LoadBalancerListener> listeners;
    QList<LoadBalancerRule> forwardingRules;
    QStringList ips;
    bool operator==(const LoadBalancerDetails&) const = default;
};

/// A (managed) Kubernetes cluster.
struct ClusterDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Cluster;
    QString version;
    QString apiServer; ///< URL
    QString provider;  ///< "ionos", "kind", ...
    bool operator==(const ClusterDetails&) const = default;
};

/// A node pool of a cluster.
struct NodePoolDetails
{
    static constexpr ResourceKind Kind = ResourceKind::NodePool;
    int nodeCount = 0;
    int cpu = 0; ///< cores per node
    qint64 memoryMb = 0; ///< per node
    QString version;
    bool operator==(const NodePoolDetails&) const = default;
};

// --- Kubernetes --------------------------------------------------------------------------------

/// A Kubernetes namespace.
struct NamespaceDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Namespace;
    QString phase; ///< "Active", "Terminating"
    bool operator==(const NamespaceDetails&) const = default;
};

/// One port of a Service.
struct ServicePort
{
    QString name;
    QString protocol; ///< "TCP", "UDP", "SCTP"
    int port = 0;
    QString targetPort; ///< number or named port, as text
    int nodePort = 0;   ///< 0: none
    bool operator==(const ServicePort&) const = default;
};

/// A Kubernetes Service.
struct ServiceDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Service;
    QString type; ///< "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"
    QStringList clusterIps;
    QStringList externalAddresses; ///< load-balancer ingress IPs / hostnames, external IPs
    QList<ServicePort> ports;
    QMap<QString, QString> selector;
    QStringList ipModes; ///< status.loadBalancer.ingress[].ipMode ("VIP", "Proxy"), one per address that has one
    QStringList dnsHostnames; ///< external-dns.alpha.kubernetes.io/hostname
    QString dnsTarget;        ///< external-dns.alpha.kubernetes.io/target
    int dnsTtl = 0;           ///< external-dns.alpha.kubernetes.io/ttl (s); 0: the provider's default
    bool operator==(const ServiceDetails&) const = default;
};

/// Summary of the EndpointSlices of one Service.
struct EndpointSummaryDetails
{
    static constexpr ResourceKind Kind = ResourceKind::EndpointSummary;
    int ready = 0;
    int notReady = 0;
    QStringList addresses; ///< of the ready endpoints, at most 20 (the rest is counted, not kept)
    QString serviceName; ///< the Service the slices belong to (label kubernetes.io/service-name)
    int slices = 0;
    bool operator==(const EndpointSummaryDetails&) const = default;
};

/// The pods of one owner (a Deployment, StatefulSet, DaemonSet, Job ... or none) in a namespace.
struct PodOwnerCount
{
    QString kind; ///< "Deployment" (a ReplicaSet with pod-template-hash is counted as its Deployment), "" for none
    QString name;
    int total = 0;
    int ready = 0;
    bool operator==(const PodOwnerCount&) const = default;
};

/// Summary of the pods of one namespace: counts, never one object per pod.
struct PodSummaryDetails
{
    static constexpr ResourceKind Kind = ResourceKind::PodSummary;
    int total = 0;
    int running = 0;
    int pending = 0;
    int failed = 0;
    int succeeded = 0;
    int ready = 0; ///< Ready condition True
    int withIp = 0; ///< pods holding a pod IP (Calico pool use)
    QList<PodOwnerCount> owners; ///< by owner, most pods first
    bool operator==(const PodSummaryDetails&) const = default;
};

/// An ingress controller deployment (ingress-nginx, ...).
struct IngressControllerDetails
{
    static constexpr ResourceKind Kind = ResourceKind::IngressController;
    QString className;
    QString controller; ///< "k8s.io/ingress-nginx"
    QString serviceRef; ///< "namespace/name" of its Service
    QString version;
    bool operator==(const IngressControllerDetails&) const = default;
};

/// A Kubernetes IngressClass.
struct IngressClassDetails
{
    static constexpr ResourceKind Kind = ResourceKind::IngressClass;
    QString controller;
    bool isDefault = false;
    bool operator==(const IngressClassDetails&) const = default;
};

/// One host+path rule of an Ingress.
struct IngressRoute
{
    QString host;
    QString path;
    QString pathType; ///< "Prefix", "Exact", "ImplementationSpecific"
    QString serviceName;
    QString servicePort; ///< number or port name, as text
    bool operator==(const IngressRoute&) const = default;
};

/// One tls entry of an Ingress.
struct IngressTls
{
    QStringList hosts;
    QString secretName;
    bool operator==(const IngressTls&) const = default;
};

/// A Kubernetes Ingress.
struct IngressDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Ingress;
    QString className;
    QList<IngressRoute> routes;
    QList<IngressTls> tls;
    QStringList addresses; ///< status.loadBalancer.ingress
    QString issuer;        ///< cert-manager.io/(cluster-)issuer annotation
    QStringList dnsHostnames; ///< external-dns.alpha.kubernetes.io/hostname (external-dns also uses the rules' hosts)
    QString dnsTarget;        ///< external-dns.alpha.kubernetes.io/target
    int dnsTtl = 0;           ///< external-dns.alpha.kubernetes.io/ttl (s)
    QString controller; ///< the controller string of the class, when the Ingress names one the mapper knows
    bool operator==(const IngressDetails&) const = default;
};

/// A listener of a Gateway API Gateway.
struct GatewayListener
{
    QString name;
    QString protocol;
    int port = 0;
    QString hostname;
    bool operator==(const GatewayListener&) const = default;
};

/// A Gateway API Gateway (gateway.networking.k8s.io).
struct GatewayApiGatewayDetails
{
    static constexpr ResourceKind Kind = ResourceKind::GatewayApiGateway;
    QString className;
    QList<GatewayListener> listeners;
    QStringList addresses;
    bool operator==(const GatewayApiGatewayDetails&) const = default;
};

/// A backend of an HTTPRoute rule.
struct HttpRouteBackend
{
    QString name;
    QString namespaceName; ///< empty: the route's namespace
    int port = 0;
    int weight = 1;
    bool operator==(const HttpRouteBackend&) const = default;
};

/// One rule of an HTTPRoute.
struct HttpRouteRule
{
    QStringList paths; ///< path matches as text ("PathPrefix /api")
    QList<HttpRouteBackend> backends;
    bool operator==(const HttpRouteRule&) const = default;
};

/// A Gateway API HTTPRoute.
struct HttpRouteDetails
{
    static constexpr ResourceKind Kind = ResourceKind::HttpRoute;
    QStringList hostnames;
    QStringList parentRefs; ///< "namespace/name[/section]"
    QList<HttpRouteRule> rules;
    bool operator==(const HttpRouteDetails&) const = default;
};

/// A cert-manager Certificate.
struct CertificateDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Certificate;
    QStringList dnsNames;
    QString issuerName;
    QString issuerKind; ///< "Issuer", "ClusterIssuer"
    QString secretName;
    bool ready = false;
    QDateTime notAfter;
    QDateTime renewalTime;
    QString message;
    bool operator==(const CertificateDetails&) const = default;
};

/// A cert-manager Issuer or ClusterIssuer.
struct IssuerDetails
{
    static constexpr ResourceKind Kind = ResourceKind::Issuer;
    bool clusterScoped = false;
    QString issuerType; ///< "acme", "ca", "selfSigned", "vault"
    QString server;     ///< ACME directory / Vault URL
    bool ready = false;
    bool operator==(const IssuerDetails&) const = default;
};

/// A kubernetes.io/tls Secret: metadata of its certificate only, never key or certificate bytes.
struct TlsSecretDetails
{
    static constexpr ResourceKind Kind = ResourceKind::TlsSecret;
    QStringList dnsNames; ///< subjectAltName DNS entries
    QDateTime notAfter;
    QString issuerCn;
    QString subject;      ///< RFC 2253 ("CN=shop.example.com,O=Shop")
    QStringList ipAddresses; ///< subjectAltName IP entries
    QString issuer;       ///< RFC 2253
    QDateTime notBefore;
    int chainLength = 0;  ///< certificates in tls.crt (leaf first)
    QString problem;      ///< why tls.crt could not be read (empty: it could)
    bool operator==(const TlsSecretDetails&) const = default;
};

/// A DNS zone (Cloud DNS, ...).
struct DnsZoneDetails
{
    static constexpr ResourceKind Kind = ResourceKind::DnsZone;
    QString zoneName;
    QString provider;
    qint64 serial = 0;
    bool operator==(const DnsZoneDetails&) const = default;
};

/// A DNS record set.
struct DnsRecordDetails
{
    static constexpr ResourceKind Kind = ResourceKind::DnsRecord;
    QString fqdn;
    QString type; ///< "A", "AAAA", "CNAME", "TXT", ...
    int ttl = 0;
    QStringList targets;
    QString owner; ///< external-dns owner id, empty when not managed
    bool operator==(const DnsRecordDetails&) const = default;
};

/// One ingress or egress rule of a network policy, as text.
struct NetworkPolicyRule
{
    QString action;    ///< "Allow", "Deny", "Log", "Pass" (Kubernetes policies: always "Allow")
    QString protocol;  ///< empty: any
    QStringList peers; ///< "10.0.0.0/8", "namespace: team=a", "pods: app=web", selector expressions
    QStringList ports; ///< "80", "8000:8080", "http"
    bool operator==(const NetworkPolicyRule&) const = default;
};

/// A Kubernetes NetworkPolicy or a Calico (Global)NetworkPolicy.
struct NetworkPolicyDetails
{
    static constexpr ResourceKind Kind = ResourceKind::NetworkPolicy;
    QString engine; ///< "kubernetes", "calico"
    QStringList policyTypes; ///< "Ingress", "Egress"
    QString podSelector; ///< as text: "app=web", Calico "app == 'web'"; empty: all pods
    QList<NetworkPolicyRule> ingressRules;
    QList<NetworkPolicyRule> egressRules;
    std::optional<double> order; ///< Calico order; nullopt for Kubernetes policies
    bool operator==(const NetworkPolicyDetails&) const = default;
};

/// A Calico IPPool.
struct IpPoolDetails
{
    static constexpr ResourceKind Kind = ResourceKind::IpPool;
    QString cidr;
    int blockSize = 0;
    QString ipipMode;  ///< "Never", "Always", "CrossSubnet"
    QString vxlanMode; ///< "Never", "Always", "CrossSubnet"
    bool natOutgoing = false;
    bool disabled = false;
    bool operator==(const IpPoolDetails&) const = default;
};

/// Kind-specific details. Alternative i+1 belongs to ResourceKind value i; monostate: none known.
using ResourceDetails =
    std::variant<std::monostate, VdcDetails, SubnetDetails, IpAddressDetails, IpBlockDetails, GatewayDetails,
                 LoadBalancerDetails, ClusterDetails, NodePoolDetails, NamespaceDetails, ServiceDetails,
                 EndpointSummaryDetails, PodSummaryDetails, IngressControllerDetails, IngressClassDetails,
                 IngressDetails, GatewayApiGatewayDetails, HttpRouteDetails, CertificateDetails, IssuerDetails,
                 TlsSecretDetails, DnsZoneDetails, DnsRecordDetails, NetworkPolicyDetails, IpPoolDetails>;

static_assert(std::variant_size_v<ResourceDetails> == static_cast<std::size_t>(ResourceKindCount) + 1,
              "one details struct per ResourceKind");

/// The kind a details value belongs to; nullopt for monostate.
std::optional<ResourceKind> detailsKind(const ResourceDetails& details);

/// Default-constructed details of @p kind (never monostate).
ResourceDetails defaultDetails(ResourceKind kind);

} // namespace Netloom::Domain
