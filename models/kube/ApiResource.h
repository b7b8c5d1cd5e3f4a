#pragma once

#include <QList>
#include <QString>

namespace Netloom::Kube {

/// A resource type of the Kubernetes API the console watches: where it lives and what it is called.
struct ApiResource
{
    QString group;   ///< "" for the core group
    QString version; ///< "v1"
    QString plural;  ///< "ingresses"
    QString kind;    ///< "Ingress"
    bool namespaced = true;
    /// Listed and watched with this field selector ("type=kubernetes.io/tls" for TLS secrets only).
    QString fieldSelector;
    /// Part of an add-on (Calico, cert-manager, external-dns, Gateway API), or a kind a user may
    /// not be allowed to read: a cluster without it is normal, and so is a refusal to list it.
    bool optional = false;

    /// "v1" or "networking.k8s.io/v1".
    QString groupVersion() const;
    /// "/api/v1" or "/apis/networking.k8s.io/v1".
    QString groupVersionPath() const;
    /// The collection across all namespaces (@p namespaceName empty) or of one namespace.
    QString collectionPath(const QString& namespaceName = {}) const;
    /// One object.
    QString objectPath(const QString& namespaceName, const QString& name) const;
    /// "ingresses.networking.k8s.io" or "services" (as kubectl and Status messages name them).
    QString qualifiedName() const;
    /// What ObjectMapper::map() takes as kind: "Service", or "crd.projectcalico.org/NetworkPolicy"
    /// for the kinds whose name another group uses too.
    QString mapperKind() const;

    bool operator==(const ApiResource&) const = default;

    static ApiResource namespaces();
    static ApiResource services();
    static ApiResource ingresses();
    static ApiResource ingressClasses();
    static ApiResource endpointSlices();
    static ApiResource pods();
    static ApiResource tlsSecrets(); ///< secrets with fieldSelector type=kubernetes.io/tls
    static ApiResource networkPolicies();
    static ApiResource gateways();
    static ApiResource httpRoutes();
    static ApiResource certificates();
    static ApiResource issuers();
    static ApiResource clusterIssuers();
    static ApiResource calicoIpPools();
    static ApiResource calicoNetworkPolicies();
    static ApiResource calicoGlobalNetworkPolicies();
    static ApiResource dnsEndpoints();
    /// Everything the console watches, in sync order (namespaces first, so that children find
    /// their parent): the four required kinds, then the optional ones.
    static QList<ApiResource> watched();
};

} // namespace Netloom::Kube
