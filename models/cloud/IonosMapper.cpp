#include "models/cloud/IonosMapper.h"

#include "models/cloud/Tr.h"

#include <QJsonArray>
#include <QHash>

namespace Netloom::Cloud {

using namespace Netloom::Domain;

namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject props(const QJsonObject& object)
{
    return object.value(QLatin1String("properties")).toObject();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

QString lanIdText(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

IonosMapper::IonosMapper(QString account)
    : m_account(std::move(account))
{
}

QString IonosMapper::origin() const
{
    return QStringLiteral("cloud:") + m_account;
}

ResourceId IonosMapper::vdcId(const QString& datacenterId) const
{
    return ResourceId::cloud(m_account, ResourceKind::Vdc, datacenterId);
}

ResourceId IonosMapper::subnetId(const QString& datacenterId, const QString& lanId) const
{
    return ResourceId::cloud(m_account, ResourceKind::Subnet, datacenterId + QLatin1Char('/') + lanId);
}

ResourceId IonosMapper::clusterId(const QString& clusterId) const
{
    return ResourceId::cloud(m_account, ResourceKind::Cluster, clusterId);
}

QString IonosMapper::providerId(const ResourceId& id, ResourceKind kind) const
{
    const QString prefix = ResourceId::cloud(m_account, kind, QString()).toString();
    if (!id.toString().startsWith(prefix))
        return {};
    return id.toString().mid(prefix.size());
}

ResourceStatus IonosMapper::status(const QJsonObject& object)
{
    const QString state = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("state")).toString();
    ResourceStatus status;
    status.message = state;
    if (state == QLatin1String("AVAILABLE") || state == QLatin1String("ACTIVE"))
        status.state = ResourceState::Ok;
    else if (state == QLatin1String("BUSY") || state == QLatin1String("DEPLOYING") || state == QLatin1String("UPDATING")
        || state == QLatin1String("DESTROYING"))
        status.state = ResourceState::Progressing;
    else if (state == QLatin1String("INACTIVE") || state == QLatin1String("SUSPENDED"))
        status.state = ResourceState::Warning;
    else if (state.startsWith(QLatin1String("FAILED")))
        status.state = ResourceState::Error;
    else
        status.state = ResourceState::Unknown;
    return status;
}

Resource IonosMapper::base(ResourceKind kind, const QString& providerId, const QJsonObject& object) const
{
    Resource r;
    r.kind = kind;
    r.id = ResourceId::cloud(m_account, kind, providerId);
    r.uid = str(object, "id");
    r.origin = origin();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    r.resourceVersion = str(metadata, "etag");
    r.created = QDateTime::fromString(str(metadata, "createdDate"), Qt::ISODate);
    r.name = str(props(object), "name");
    if (r.name.isEmpty())
        r.name = r.uid;
    r.status = status(object);
    return r;
}

ResourcePtr IonosMapper::datacenter(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::Vdc, str(object, "id"), object);
    const QJsonObject p = props(object);
    r.details = VdcDetails { str(p, "location"), str(p, "description") };
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr IonosMapper::lan(const QString& datacenterId, const QJsonObject& object) const
{
    const QString lanId = str(object, "id");
    Resource r = base(ResourceKind::Subnet, datacenterId + QLatin1Char('/') + lanId, object);
    const QJsonObject p = props(object);
    SubnetDetails d;
    d.cidr = str(p, "ipv4CidrBlock");
    d.lanId = lanId;
    d.isPublic = p.value(QLatin1String("public")).toBool();
    r.details = d;
    r.parent = vdcId(datacenterId);
    r.references.append({ ReferenceKind::VdcMember, ResourceKey::id(r.parent) });
    return std::make_shared<const Resource>(std::move(r));
}

QList<ResourcePtr> IonosMapper::ipBlock(const QJsonObject& object) const
{
    const QString blockId = str(object, "id");
    Resource block = base(ResourceKind::IpBlock, blockId, object);
    const QJsonObject p = props(object);
    IpBlockDetails d;
    d.location = str(p, "location");
    d.size = p.value(QLatin1String("size")).toInt();
    d.addresses = strings(p.value(QLatin1String("ips")));
    block.details = d;

    QHash<QString, QString> consumers;
    for (const QJsonValue& value : p.value(QLatin1String("ipConsumers")).toArray()) {
        const QJsonObject consumer = value.toObject();
        QString holder = str(consumer, "serverName");
        if (holder.isEmpty() && consumer.contains(QLatin1String("k8sNodePoolUuid")))
            holder = Tr::tr("node pool %1").arg(str(consumer, "k8sNodePoolUuid"));
        if (holder.isEmpty())
            holder = str(consumer, "nicId");
        consumers.insert(str(consumer, "ip"), holder);
    }

    QList<ResourcePtr> out;
    out.reserve(d.addresses.size() + 1);
    for (const QString& address : std::as_const(d.addresses)) {
        Resource ip;
        ip.kind = ResourceKind::IpAddress;
        ip.id = ResourceId::cloud(m_account, ResourceKind::IpAddress, blockId + QLatin1Char('/') + address);
        ip.name = address;
        ip.origin = origin();
        ip.parent = block.id;
        ip.status = block.status;
        ip.details = IpAddressDetails { address, true, consumers.value(address) };
        ip.keys.append(ResourceKey::ipAddress(origin(), address));
        out.append(std::make_shared<const Resource>(std::move(ip)));
    }
    out.prepend(std::make_shared<const Resource>(std::move(block)));
    return out;
}

ResourcePtr IonosMapper::natGateway(const QString& datacenterId, const QJsonObject& object) const
{
    Resource r = base(ResourceKind::Gateway, datacenterId + QLatin1Char('/') + str(object, "id"), object);
    const QJsonObject p = props(object);
    GatewayDetails d;
    d.gatewayType = QStringLiteral("natGateway");
    d.publicIps = strings(p.value(QLatin1String("publicIps")));
    r.parent = vdcId(datacenterId);
    r.references.append({ ReferenceKind::VdcMember, ResourceKey::id(r.parent) });
    for (const QString& ip : std::as_const(d.publicIps))
        r.references.append({ ReferenceKind::GatewayPublicIp, ResourceKey::ipAddress(origin(), ip) });
    for (const QJsonValue& value : p.value(QLatin1String("lans")).toArray()) {
        const QString lanId = lanIdText(value.toObject().value(QLatin1String("id")));
        d.connectedSubnets.append(Tr::tr("LAN %1").arg(lanId));
        r.references.append({ ReferenceKind::GatewayLan, ResourceKey::id(subnetId(datacenterId, lanId)) });
    }
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr IonosMapper::networkLoadBalancer(const QString& datacenterId, const QJsonObject& object) const
{
    Resource r = base(ResourceKind::LoadBalancer, datacenterId + QLatin1Char('/') + str(object, "id"), object);
    const QJsonObject p = props(object);
    LoadBalancerDetails d;
    d.ips = strings(p.value(QLatin1String("ips")));
    const QJsonArray rules = object.value(QLatin1String("entities"))
                                 .toObject()
                                 .value(QLatin1String("forwardingrules"))
                                 .toObject()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue& value : rules) {
        const QJsonObject rp = props(value.toObject());
        LoadBalancerRule rule;
        rule.name = str(rp, "name");
        rule.protocol = str(rp, "protocol");
        rule.listenerIp = str(rp, "listenerIp");
        rule.listenerPort = rp.value(QLatin1String("listenerPort")).toInt();
        for (const QJsonValue& t : rp.value(QLatin1String("targets")).toArray()) {
            const QJsonObject target = t.toObject();
            rule.targets.append({ str(target, "ip"), target.value(QLatin1String("port")).toInt(),
                target.value(QLatin1String("weight")).toInt() });
        }
        d.listeners.append({ rule.name, rule.protocol, rule.listenerIp, rule.listenerPort });
        d.forwardingRules.append(rule);
    }
    r.details = d;
    r.parent = vdcId(datacenterId);
    r.references.append({ ReferenceKind::VdcMember, ResourceKey::id(r.parent) });
    r.references.append({ ReferenceKind::LoadBalancerListenerLan,
        ResourceKey::id(subnetId(datacenterId, lanIdText(p.value(QLatin1String("listenerLan"))))) });
    r.references.append({ ReferenceKind::LoadBalancerTargetLan,
        ResourceKey::id(subnetId(datacenterId, lanIdText(p.value(QLatin1String("targetLan"))))) });
    for (const QString& ip : std::as_const(d.ips)) {
        r.references.append({ ReferenceKind::LoadBalancerPublicIp, ResourceKey::ipAddress(origin(), ip) });
        // The Kubernetes Service of type LoadBalancer that has this address (ingress-nginx's).
        r.references.append({ ReferenceKind::LoadBalancerService, ResourceKey::publicAddress(ip) });
    }
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr IonosMapper::cluster(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::Cluster, str(object, "id"), object);
    const QJsonObject p = props(object);
    ClusterDetails d;
    d.version = str(p, "k8sVersion");
    d.provider = QStringLiteral("ionos");
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr IonosMapper::clusterWithApiServer(const Resource& cluster, const QString& apiServer)
{
    Resource r = cluster;
    ClusterDetails d = r.as<ClusterDetails>() ? *r.as<ClusterDetails>() : ClusterDetails();
    d.apiServer = apiServer;
    r.details = d;
    r.references.removeIf([](const Reference& ref) { return ref.kind == ReferenceKind::ClusterApiServer; });
    if (!apiServer.isEmpty())
        r.references.append({ ReferenceKind::ClusterApiServer, ResourceKey::apiServer(apiServer) });
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr IonosMapper::nodePool(const QString& clusterId, const QJsonObject& object) const
{
    Resource r = base(ResourceKind::NodePool, clusterId + QLatin1Char('/') + str(object, "id"), object);
    const QJsonObject p = props(object);
    NodePoolDetails d;
    d.nodeCount = p.value(QLatin1String("nodeCount")).toInt();
    d.cpu = p.value(QLatin1String("coresCount")).toInt();
    d.memoryMb = p.value(QLatin1String("ramSize")).toInteger();
    d.version = str(p, "k8sVersion");
    r.details = d;
    r.parent = this->clusterId(clusterId);
    const QString datacenterId = str(p, "datacenterId");
    if (!datacenterId.isEmpty()) {
        r.references.append({ ReferenceKind::VdcMember, ResourceKey::id(vdcId(datacenterId)) });
        for (const QJsonValue& value : p.value(QLatin1String("lans")).toArray()) {
            const QString lanId = lanIdText(value.toObject().value(QLatin1String("id")));
            r.references.append({ ReferenceKind::NodePoolLan, ResourceKey::id(subnetId(datacenterId, lanId)) });
        }
    }
    return std::make_shared<const Resource>(std::move(r));
}

} // namespace Netloom::Cloud
