#include "models/domain/ResourceKind.h"

#include "models/domain/Tr.h"

#include <array>

namespace Netloom::Domain {

namespace {

struct KindInfo
{
    const char* machine;
    const char* display;
};

// Indexed by ResourceKind; the machine names are a public format (JSON, ids): never rename one.
constexpr std::array<KindInfo, ResourceKindCount> kKinds = { {
    { "vdc", QT_TRANSLATE_NOOP("Domain", "Virtual data centre") },
    { "subnet", QT_TRANSLATE_NOOP("Domain", "Subnet") },
    { "ipAddress", QT_TRANSLATE_NOOP("Domain", "IP address") },
    { "ipBlock", QT_TRANSLATE_NOOP("Domain", "IP block") },
    { "gateway", QT_TRANSLATE_NOOP("Domain", "Gateway") },
    { "loadBalancer", QT_TRANSLATE_NOOP("Domain", "Load balancer") },
    { "cluster", QT_TRANSLATE_NOOP("Domain", "Kubernetes cluster") },
    { "nodePool", QT_TRANSLATE_NOOP("Domain", "Node pool") },
    { "namespace", QT_TRANSLATE_NOOP("Domain", "Namespace") },
    { "service", QT_TRANSLATE_NOOP("Domain", "Service") },
    { "endpointSummary", QT_TRANSLATE_NOOP("Domain", "Endpoints") },
    { "podSummary", QT_TRANSLATE_NOOP("Domain", "Pods") },
    { "ingressController", QT_TRANSLATE_NOOP("Domain", "Ingress controller") },
    { "ingressClass", QT_TRANSLATE_NOOP("Domain", "Ingress class") },
    { "ingress", QT_TRANSLATE_NOOP("Domain", "Ingress") },
    { "gatewayApiGateway", QT_TRANSLATE_NOOP("Domain", "Gateway (Gateway API)") },
    { "httpRoute", QT_TRANSLATE_NOOP("Domain", "HTTP route") },
    { "certificate", QT_TRANSLATE_NOOP("Domain", "Certificate") },
    { "issuer", QT_TRANSLATE_NOOP("Domain", "Issuer") },
    { "tlsSecret", QT_TRANSLATE_NOOP("Domain", "TLS secret") },
    { "dnsZone", QT_TRANSLATE_NOOP("Domain", "DNS zone") },
    { "dnsRecord", QT_TRANSLATE_NOOP("Domain", "DNS record") },
    { "networkPolicy", QT_TRANSLATE_NOOP("Domain", "Network policy") },
    { "ipPool", QT_TRANSLATE_NOOP("Domain", "IP pool") },
} };

std::size_t indexOf(ResourceKind kind)
{
    return static_cast<std::size_t>(kind);
}

} // namespace

QList<ResourceKind> allResourceKinds()
{
    QList<ResourceKind> kinds;
    kinds.reserve(ResourceKindCount);
    for (int i = 0; i < ResourceKindCount; ++i)
        kinds.append(static_cast<ResourceKind>(i));
    return kinds;
}

QString machineName(ResourceKind kind)
{
    return QLatin1String(kKinds.at(indexOf(kind)).machine);
}

std::optional<ResourceKind> resourceKindFromName(QStringView name)
{
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (name == QLatin1String(kKinds[i].machine))
            return static_cast<ResourceKind>(i);
    }
    return std::nullopt;
}

QString displayName(ResourceKind kind)
{
    return Tr::tr(kKinds.at(indexOf(kind)).display);
}

} // namespace Netloom::Domain
