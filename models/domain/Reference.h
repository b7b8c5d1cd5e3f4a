#pragma once

#include "models/domain/ResourceId.h"

#include <QHashFunctions>
#include <QString>

namespace Netloom::Domain {

/// What a key finds a resource by, besides nothing: every resource is found by its id (KeyKind::Id,
/// implicitly); the others are declared by the resource in Resource::keys.
enum class KeyKind : quint8 {
    Id, ///< the resource's id (implicit: never listed in Resource::keys)
    IngressController, ///< origin + controller string ("k8s.io/ingress-nginx") of an ingress controller
    DefaultIngressClass, ///< origin: the IngressClass marked default in that cluster
    TlsSecret, ///< origin + namespace + secret name: who writes that TLS secret (Certificate, TlsSecret)
    IpAddress, ///< origin + address: the cloud IP address resource of that address (an IP block's member)
    // --- Across origins (derived by the resolver, see RelationResolver::keysOf) ---
    PublicAddress, ///< an address a LoadBalancer Service is reached at (any origin: a cloud LB names it)
    ApiServer, ///< the API server URL of a Kubernetes cluster (any origin: a cloud's managed cluster names it)
};

/// A typed key a resource can be found by. Values are scoped (they contain the origin), so equal
/// keys of two clusters never meet. Build them with the factory functions.
struct ResourceKey
{
    KeyKind kind = KeyKind::Id;
    QString value;

    static ResourceKey id(const ResourceId& id);
    static ResourceKey ingressController(const QString& origin, const QString& controller);
    static ResourceKey defaultIngressClass(const QString& origin);
    static ResourceKey tlsSecret(const QString& origin, const QString& namespaceName, const QString& secretName);
    static ResourceKey ipAddress(const QString& origin, const QString& address);
    /// Not scoped by origin: the key by which a cloud resource finds a Kubernetes one.
    static ResourceKey publicAddress(const QString& address);
    /// Not scoped by origin; the URL without a trailing slash.
    static ResourceKey apiServer(const QString& url);

    bool operator==(const ResourceKey&) const = default;
};

inline size_t qHash(const ResourceKey& key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, static_cast<int>(key.kind), key.value);
}

/// What a reference means: the resolver's rule table (RelationResolver::rule) turns each kind into a
/// relation type and the direction of traffic. Mappers only say what an object names.
enum class ReferenceKind : quint8 {
    IngressBackend, ///< Ingress names a backend Service (by id)
    IngressClassName, ///< Ingress names its IngressClass (by id)
    IngressDefaultClass, ///< Ingress names no class: the default class of its origin
    IngressTlsSecret, ///< Ingress serves a TLS secret (TlsSecret key)
    ClassController, ///< IngressClass names a controller string (IngressController key)
    ControllerService, ///< an ingress controller is reached through its Service (by id)
    CertificateIssuer, ///< Certificate names its Issuer / ClusterIssuer (by id)
    RouteParent, ///< HTTPRoute names a parent Gateway (by id)
    RouteBackend, ///< HTTPRoute names a backend Service (by id)
    // --- Cloud (models/cloud's mappers) ---
    VdcMember, ///< a cloud resource names the VDC it lives in (by id)
    LoadBalancerListenerLan, ///< a load balancer listens on a LAN (Subnet, by id)
    LoadBalancerTargetLan, ///< a load balancer forwards into a LAN (Subnet, by id)
    LoadBalancerPublicIp, ///< a load balancer holds a public IP (IpAddress key)
    GatewayPublicIp, ///< a NAT gateway holds a public IP (IpAddress key)
    GatewayLan, ///< a NAT gateway serves a LAN (Subnet, by id)
    NodePoolLan, ///< a node pool is attached to a LAN (Subnet, by id)
    // --- Kubernetes, later additions ---
    EndpointsService, ///< the endpoint summary of a Service names that Service (by id)
    // --- Cloud to Kubernetes ---
    LoadBalancerService, ///< a cloud load balancer's public IP is a LoadBalancer Service's address (PublicAddress key)
    ClusterApiServer, ///< a managed cluster serves the Kubernetes API at a URL (ApiServer key)
};

/// Number of ReferenceKind values.
inline constexpr int ReferenceKindCount = static_cast<int>(ReferenceKind::ClusterApiServer) + 1;

/// Stable lowerCamel name ("ingressBackend"), for logs and documentation.
QString machineName(ReferenceKind kind);

/// One thing a resource names: resolved by the Inventory's RelationResolver into relations with
/// whatever provides @p key.
struct Reference
{
    ReferenceKind kind = ReferenceKind::IngressBackend;
    ResourceKey key;

    bool operator==(const Reference&) const = default;
};

} // namespace Netloom::Domain
