#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Netloom::Domain {

/// What a Resource is: the cloud side (Vdc ... NodePool) and the Kubernetes networking side.
/// The numeric values are no part of any format: JSON and ids use machineName().
enum class ResourceKind : quint8 {
    Vdc,
    Subnet,
    IpAddress, ///< public or private: see IpAddressDetails::isPublic
    IpBlock,
    Gateway,
    LoadBalancer,
    Cluster,
    NodePool,
    Namespace,
    Service,
    EndpointSummary,
    PodSummary,
    IngressController,
    IngressClass,
    Ingress,
    GatewayApiGateway,
    HttpRoute,
    Certificate,
    Issuer,
    TlsSecret,
    DnsZone,
    DnsRecord,
    NetworkPolicy,
    IpPool,
};

/// Number of ResourceKind values.
inline constexpr int ResourceKindCount = static_cast<int>(ResourceKind::IpPool) + 1;

/// Every kind, in declaration order.
QList<ResourceKind> allResourceKinds();

/// Stable lowerCamel machine name used in JSON and in ResourceId strings:
/// "vdc", "subnet", "ipAddress", ..., "gatewayApiGateway", "httpRoute", "ipPool".
QString machineName(ResourceKind kind);

/// The kind whose machineName() is @p name (case-sensitive), or nullopt.
std::optional<ResourceKind> resourceKindFromName(QStringView name);

/// Translated, user-visible singular name ("Load balancer", "HTTP route").
QString displayName(ResourceKind kind);

inline size_t qHash(ResourceKind kind, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(kind), seed);
}

} // namespace Netloom::Domain
