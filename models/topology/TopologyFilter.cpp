#include "models/topology/TopologyFilter.h"

#include "models/topology/NodeText.h"

namespace Netloom::Topology {

QString searchableText(const Domain::Resource& resource)
{
    QString text = resource.name % QLatin1Char('\n') % resource.namespaceName % QLatin1Char('\n')
        % Domain::displayName(resource.kind) % QLatin1Char('\n') % Domain::machineName(resource.kind)
        % QLatin1Char('\n') % nodeSubtitle(resource);
    if (const auto* ingress = resource.as<Domain::IngressDetails>()) {
        for (const Domain::IngressRoute& route : ingress->routes)
            text += QLatin1Char('\n') % route.host % route.path % QLatin1Char(' ') % route.serviceName;
    }
    if (const auto* service = resource.as<Domain::ServiceDetails>())
        text += QLatin1Char('\n') % service->clusterIps.join(QLatin1Char(' ')) % QLatin1Char(' ')
            % service->externalAddresses.join(QLatin1Char(' '));
    if (const auto* certificate = resource.as<Domain::CertificateDetails>())
        text += QLatin1Char('\n') % certificate->dnsNames.join(QLatin1Char(' '));
    if (const auto* route = resource.as<Domain::HttpRouteDetails>())
        text += QLatin1Char('\n') % route->hostnames.join(QLatin1Char(' '));
    if (const auto* record = resource.as<Domain::DnsRecordDetails>())
        text += QLatin1Char('\n') % record->fqdn % QLatin1Char(' ') % record->targets.join(QLatin1Char(' '));
    return text.toLower();
}

bool TopologyFilter::matches(const Domain::Resource& resource) const
{
    if (!kinds.isEmpty() && !kinds.contains(resource.kind))
        return false;
    if (!namespaces.isEmpty() && !namespaces.contains(resource.namespaceName))
        return false;
    if (!text.isEmpty() && !searchableText(resource).contains(text.toLower()))
        return false;
    return true;
}

} // namespace Netloom::Topology
