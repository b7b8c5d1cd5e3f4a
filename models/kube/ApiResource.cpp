#include "models/kube/ApiResource.h"

#include <QUrl>

namespace Netloom::Kube {

QString ApiResource::groupVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString ApiResource::groupVersionPath() const
{
    return group.isEmpty() ? QStringLiteral("/api/") + version : QStringLiteral("/apis/") + groupVersion();
}

QString ApiResource::collectionPath(const QString& namespaceName) const
{
    if (namespaced && !namespaceName.isEmpty())
        return groupVersionPath() + QStringLiteral("/namespaces/")
               + QString::fromLatin1(QUrl::toPercentEncoding(namespaceName)) + QLatin1Char('/') + plural;
    return groupVersionPath() + QLatin1Char('/') + plural;
}

QString ApiResource::objectPath(const QString& namespaceName, const QString& name) const
{
    return collectionPath(namespaced ? namespaceName : QString()) + QLatin1Char('/')
           + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString ApiResource::qualifiedName() const
{
    return group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
}

namespace {

ApiResource makeResource(const char* group, const char* version, const char* plural, const char* kind, bool namespaced,
    bool optional)
{
    ApiResource r;
    r.group = QLatin1String(group);
    r.version = QLatin1String(version);
    r.plural = QLatin1String(plural);
    r.kind = QLatin1String(kind);
    r.namespaced = namespaced;
    r.optional = optional;
    return r;
}

ApiResource optionalResource(const char* group, const char* version, const char* plural, const char* kind,
    bool namespaced)
{
    return makeResource(group, version, plural, kind, namespaced, true);
}

} // namespace

ApiResource ApiResource::namespaces()
{
    return makeResource("", "v1", "namespaces", "Namespace", false, false);
}

ApiResource ApiResource::services()
{
    return makeResource("", "v1", "services", "Service", true, false);
}

ApiResource ApiResource::ingresses()
{
    return makeResource("networking.k8s.io", "v1", "ingresses", "Ingress", true, false);
}

ApiResource ApiResource::ingressClasses()
{
    return makeResource("networking.k8s.io", "v1", "ingressclasses", "IngressClass", false, false);
}

QString ApiResource::mapperKind() const
{
    if (group == QLatin1String("crd.projectcalico.org") || group == QLatin1String("projectcalico.org"))
        return group + QLatin1Char('/') + kind;
    return kind;
}

ApiResource ApiResource::endpointSlices()
{
    return optionalResource("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true);
}

ApiResource ApiResource::pods()
{
    return optionalResource("", "v1", "pods", "Pod", true);
}

ApiResource ApiResource::tlsSecrets()
{
    ApiResource r = optionalResource("", "v1", "secrets", "Secret", true);
    r.fieldSelector = QStringLiteral("type=kubernetes.io/tls");
    return r;
}

ApiResource ApiResource::networkPolicies()
{
    return optionalResource("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true);
}

ApiResource ApiResource::gateways()
{
    return optionalResource("gateway.networking.k8s.io", "v1", "gateways", "Gateway", true);
}

ApiResource ApiResource::httpRoutes()
{
    return optionalResource("gateway.networking.k8s.io", "v1", "httproutes", "HTTPRoute", true);
}

ApiResource ApiResource::certificates()
{
    return optionalResource("cert-manager.io", "v1", "certificates", "Certificate", true);
}

ApiResource ApiResource::issuers()
{
    return optionalResource("cert-manager.io", "v1", "issuers", "Issuer", true);
}

ApiResource ApiResource::clusterIssuers()
{
    return optionalResource("cert-manager.io", "v1", "clusterissuers", "ClusterIssuer", false);
}

ApiResource ApiResource::calicoIpPools()
{
    return optionalResource("crd.projectcalico.org", "v1", "ippools", "IPPool", false);
}

ApiResource ApiResource::calicoNetworkPolicies()
{
    return optionalResource("crd.projectcalico.org", "v1", "networkpolicies", "NetworkPolicy", true);
}

ApiResource ApiResource::calicoGlobalNetworkPolicies()
{
    return optionalResource("crd.projectcalico.org", "v1", "globalnetworkpolicies", "GlobalNetworkPolicy", false);
}

ApiResource ApiResource::dnsEndpoints()
{
    return optionalResource("externaldns.k8s.io", "v1alpha1", "dnsendpoints", "DNSEndpoint", true);
}

QList<ApiResource> ApiResource::watched()
{
    return { namespaces(), services(), ingresses(), ingressClasses(), endpointSlices(), pods(), tlsSecrets(),
        networkPolicies(), gateways(), httpRoutes(), certificates(), issuers(), clusterIssuers(), calicoIpPools(),
        calicoNetworkPolicies(), calicoGlobalNetworkPolicies(), dnsEndpoints() };
}

} // namespace Netloom::Kube
