#include "models/topology/NodeText.h"

#include "models/topology/Tr.h"

#include <QStringList>

namespace Netloom::Topology {

namespace {

const QString kSep = QStringLiteral(" \u00b7 ");

QString joinShort(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return Tr::tr("%1 +%2").arg(items.first()).arg(items.size() - 1);
}

QString servicePorts(const Domain::ServiceDetails& service)
{
    QStringList ports;
    for (const Domain::ServicePort& port : service.ports)
        ports.append(QString::number(port.port) % QLatin1Char('/') % port.protocol);
    return ports.join(QStringLiteral(", "));
}

} // namespace

QString nodeSubtitle(const Domain::Resource& resource)
{
    using namespace Domain;
    QStringList parts;
    if (const auto* d = resource.as<ServiceDetails>()) {
        parts << d->type;
        if (!d->externalAddresses.isEmpty())
            parts << joinShort(d->externalAddresses);
        else if (!d->ports.isEmpty())
            parts << servicePorts(*d);
    }
    if (const auto* d = resource.as<IngressDetails>()) {
        QStringList hosts;
        for (const IngressRoute& route : d->routes) {
            if (!route.host.isEmpty() && !hosts.contains(route.host))
                hosts << route.host;
        }
        parts << (hosts.isEmpty() ? Tr::tr("any host") : joinShort(hosts));
        if (!d->tls.isEmpty())
            parts << Tr::tr("TLS");
    }
    if (const auto* d = resource.as<IngressControllerDetails>()) {
        if (!d->className.isEmpty())
            parts << Tr::tr("class %1").arg(d->className);
        if (!d->version.isEmpty())
            parts << d->version;
    }
    if (const auto* d = resource.as<IngressClassDetails>()) {
        parts << (d->controller.isEmpty() ? displayName(resource.kind) : d->controller);
        if (d->isDefault)
            parts << Tr::tr("default");
    }
    if (const auto* d = resource.as<HttpRouteDetails>()) {
        parts << (d->hostnames.isEmpty() ? Tr::tr("any host") : joinShort(d->hostnames));
    }
    if (const auto* d = resource.as<GatewayApiGatewayDetails>()) {
        parts << displayName(resource.kind);
        if (!d->addresses.isEmpty())
            parts << joinShort(d->addresses);
    }
    if (const auto* d = resource.as<CertificateDetails>()) {
        parts << (d->ready ? Tr::tr("Ready") : Tr::tr("Not ready"));
        if (d->notAfter.isValid())
            parts << Tr::tr("until %1").arg(d->notAfter.date().toString(Qt::ISODate));
        else if (!d->dnsNames.isEmpty())
            parts << joinShort(d->dnsNames);
    }
    if (const auto* d = resource.as<IssuerDetails>()) {
        parts << (d->clusterScoped ? Tr::tr("ClusterIssuer") : Tr::tr("Issuer"));
        if (!d->issuerType.isEmpty())
            parts << d->issuerType;
    }
    if (const auto* d = resource.as<TlsSecretDetails>()) {
        parts << (d->dnsNames.isEmpty() ? displayName(resource.kind) : joinShort(d->dnsNames));
    }
    if (const auto* d = resource.as<DnsRecordDetails>()) {
        parts << d->type;
        if (!d->targets.isEmpty())
            parts << joinShort(d->targets);
    }
    if (const auto* d = resource.as<IpAddressDetails>()) {
        parts << (d->isPublic ? Tr::tr("public") : Tr::tr("private"));
        if (!d->address.isEmpty())
            parts << d->address;
    }
    if (const auto* d = resource.as<SubnetDetails>()) {
        parts << (d->cidr.isEmpty() ? displayName(resource.kind) : d->cidr);
    }
    if (const auto* d = resource.as<LoadBalancerDetails>()) {
        parts << displayName(resource.kind);
        if (!d->ips.isEmpty())
            parts << joinShort(d->ips);
    }
    if (const auto* d = resource.as<VdcDetails>()) {
        parts << displayName(resource.kind) << d->location;
    }
    if (const auto* d = resource.as<IpBlockDetails>()) {
        parts << displayName(resource.kind) << Tr::tr("%n address(es)", nullptr, int(d->addresses.size()));
    }
    if (const auto* d = resource.as<GatewayDetails>()) {
        parts << (d->gatewayType == QLatin1String("natGateway") ? Tr::tr("NAT gateway") : displayName(resource.kind));
        if (!d->publicIps.isEmpty())
            parts << joinShort(d->publicIps);
    }
    if (const auto* d = resource.as<NodePoolDetails>()) {
        parts << displayName(resource.kind) << Tr::tr("%n node(s)", nullptr, d->nodeCount);
    }
    if (const auto* d = resource.as<ClusterDetails>(); d && resource.origin.startsWith(QLatin1String("cloud:"))) {
        parts << Tr::tr("Managed cluster");
        if (!d->version.isEmpty())
            parts << d->version;
    }
    if (const auto* d = resource.as<EndpointSummaryDetails>()) {
        parts << Tr::tr("%1 ready").arg(d->ready);
        if (d->notReady > 0)
            parts << Tr::tr("%1 not ready").arg(d->notReady);
    }
    if (const auto* d = resource.as<PodSummaryDetails>()) {
        parts << Tr::tr("%1/%2 running").arg(d->running).arg(d->total);
    }
    if (const auto* d = resource.as<IpPoolDetails>()) {
        parts << (d->cidr.isEmpty() ? displayName(resource.kind) : d->cidr);
    }
    if (const auto* d = resource.as<NetworkPolicyDetails>()) {
        parts << displayName(resource.kind);
        if (!d->podSelector.isEmpty())
            parts << d->podSelector;
    }
    if (parts.isEmpty())
        parts << displayName(resource.kind);
    parts.removeAll(QString());
    return parts.join(kSep);
}

QString nodeToolTip(const Domain::Resource& resource)
{
    QStringList lines;
    lines << Domain::displayName(resource.kind) % QStringLiteral(": ") % resource.name;
    if (!resource.namespaceName.isEmpty())
        lines << Tr::tr("Namespace: %1").arg(resource.namespaceName);
    QString state = Domain::displayName(resource.status.state);
    if (!resource.status.message.isEmpty())
        state += QStringLiteral(" \u2014 ") % resource.status.message;
    lines << Tr::tr("State: %1").arg(state);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Netloom::Topology
