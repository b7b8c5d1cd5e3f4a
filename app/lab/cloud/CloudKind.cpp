#include "app/lab/cloud/CloudKind.h"

#include "app/lab/cloud/CloudStore.h"

#include "models/domain/Cidr.h"
#include "models/domain/IpAddress.h"

#include <QSet>

#include <QJsonArray>

namespace Netloom::Lab {

namespace {

QString requireString(const QJsonObject& p, const char* key, bool creating)
{
    const QJsonValue value = p.value(QLatin1String(key));
    if (value.isUndefined())
        return creating ? QStringLiteral("Attribute '%1' is required.").arg(QLatin1String(key)) : QString();
    return value.isString() ? QString() : QStringLiteral("Attribute '%1' must be a string.").arg(QLatin1String(key));
}

QString optionalType(const QJsonObject& p, const char* key, QJsonValue::Type type, const char* what)
{
    const QJsonValue value = p.value(QLatin1String(key));
    if (value.isUndefined() || value.type() == type)
        return {};
    return QStringLiteral("Attribute '%1' must be %2.").arg(QLatin1String(key), QLatin1String(what));
}

// IONOS's documented rule for a LAN's ipv4CidrBlock (Terraform provider, ionoscloud_lan).
QString checkLanCidr(const QString& text)
{
    const Expected<Domain::Cidr> block = Domain::Cidr::parse(text);
    if (!block)
        return QStringLiteral("Invalid ipv4CidrBlock '%1': %2").arg(text, block.error().message);
    static const QList<Domain::Cidr> privateRanges = { Domain::Cidr::parse(u"10.0.0.0/8").value(),
        Domain::Cidr::parse(u"172.16.0.0/12").value(), Domain::Cidr::parse(u"192.168.0.0/16").value() };
    bool isPrivate = false;
    for (const Domain::Cidr& range : privateRanges)
        isPrivate = isPrivate || range.contains(*block);
    if (!isPrivate)
        return QStringLiteral("Invalid ipv4CidrBlock '%1': must be a private (RFC 1918) range.").arg(text);
    if (block->prefixLength() < 23 || block->prefixLength() > 28)
        return QStringLiteral("Invalid ipv4CidrBlock '%1': the prefix must be between /23 and /28.").arg(text);
    return {};
}

QString validateDatacenter(const QJsonObject& p, bool creating)
{
    if (QString e = requireString(p, "location", creating); !e.isEmpty())
        return e;
    return optionalType(p, "name", QJsonValue::String, "a string");
}

QString validateLan(const QJsonObject& p, bool)
{
    if (QString e = optionalType(p, "name", QJsonValue::String, "a string"); !e.isEmpty())
        return e;
    if (QString e = optionalType(p, "public", QJsonValue::Bool, "a boolean"); !e.isEmpty())
        return e;
    if (QString e = optionalType(p, "ipv4CidrBlock", QJsonValue::String, "a string"); !e.isEmpty())
        return e;
    if (p.contains(QLatin1String("ipv4CidrBlock")))
        return checkLanCidr(p.value(QLatin1String("ipv4CidrBlock")).toString());
    return {};
}

QString validateIpBlock(const QJsonObject& p, bool creating)
{
    if (QString e = requireString(p, "location", creating); !e.isEmpty())
        return e;
    if (creating && !p.value(QLatin1String("size")).isDouble())
        return QStringLiteral("Attribute 'size' is required.");
    return {};
}

QString validateNatGateway(const QJsonObject& p, bool creating)
{
    if (QString e = requireString(p, "name", creating); !e.isEmpty())
        return e;
    if (creating && !p.value(QLatin1String("publicIps")).isArray())
        return QStringLiteral("Attribute 'publicIps' is required.");
    return {};
}

QString validateNetworkLoadBalancer(const QJsonObject& p, bool creating)
{
    if (QString e = requireString(p, "name", creating); !e.isEmpty())
        return e;
    for (const char* key : { "listenerLan", "targetLan" }) {
        if (creating && !p.value(QLatin1String(key)).isDouble())
            return QStringLiteral("Attribute '%1' is required.").arg(QLatin1String(key));
    }
    return {};
}

QString validateForwardingRule(const QJsonObject& p, bool creating)
{
    for (const char* key : { "name", "algorithm", "protocol", "listenerIp" }) {
        if (QString e = requireString(p, key, creating); !e.isEmpty())
            return e;
    }
    return {};
}

QString validateCluster(const QJsonObject& p, bool creating)
{
    return requireString(p, "name", creating);
}

QString validateNodePool(const QJsonObject& p, bool creating)
{
    for (const char* key : { "name", "datacenterId", "cpuFamily", "availabilityZone", "storageType" }) {
        if (QString e = requireString(p, key, creating); !e.isEmpty())
            return e;
    }
    return {};
}

// Public addresses of new IP blocks come from TEST-NET-2 (RFC 5737), the first free ones.
void admitIpBlock(const CloudStore& store, QJsonObject& properties)
{
    QSet<QString> used;
    for (const CloudEntity* block : store.children({}, QStringLiteral("ipblock"))) {
        for (const QJsonValue& ip : block->properties.value(QLatin1String("ips")).toArray())
            used.insert(ip.toString());
    }
    QJsonArray ips;
    const int size = properties.value(QLatin1String("size")).toInt();
    for (int host = 1; host < 255 && ips.size() < size; ++host) {
        const QString ip = QStringLiteral("198.51.100.%1").arg(host);
        if (!used.contains(ip))
            ips.append(ip);
    }
    properties.insert(QStringLiteral("ips"), ips);
    properties.insert(QStringLiteral("ipConsumers"), QJsonArray());
}

QString validateIpBlockSize(const QJsonObject& p, bool creating)
{
    if (QString e = validateIpBlock(p, creating); !e.isEmpty())
        return e;
    const QJsonValue size = p.value(QLatin1String("size"));
    if (!size.isUndefined() && (!size.isDouble() || size.toInt() < 1 || size.toInt() > 254))
        return QStringLiteral("Attribute 'size' must be a number from 1 to 254.");
    return {};
}

} // namespace

const QList<CloudKind>& CloudKind::all()
{
    static const QList<CloudKind> kinds = {
        { QStringLiteral("datacenter"), QStringLiteral("datacenters"), {}, true, validateDatacenter, {}, nullptr },
        { QStringLiteral("lan"), QStringLiteral("lans"), QStringLiteral("datacenter"), true, validateLan, {}, nullptr },
        { QStringLiteral("natgateway"), QStringLiteral("natgateways"), QStringLiteral("datacenter"), true,
            validateNatGateway, {}, nullptr },
        { QStringLiteral("networkloadbalancer"), QStringLiteral("networkloadbalancers"), QStringLiteral("datacenter"),
            true, validateNetworkLoadBalancer, {}, nullptr },
        { QStringLiteral("forwarding-rule"), QStringLiteral("forwardingrules"), QStringLiteral("networkloadbalancer"),
            true, validateForwardingRule, {}, nullptr },
        { QStringLiteral("ipblock"), QStringLiteral("ipblocks"), {}, true, validateIpBlockSize,
            { QStringLiteral("ips"), QStringLiteral("ipConsumers") }, admitIpBlock },
        { QStringLiteral("k8s"), QStringLiteral("k8s"), {}, false, validateCluster, {}, nullptr },
        { QStringLiteral("nodepool"), QStringLiteral("nodepools"), QStringLiteral("k8s"), false, validateNodePool, {}, nullptr },
    };
    return kinds;
}

const CloudKind* CloudKind::byType(const QString& type)
{
    for (const CloudKind& kind : all()) {
        if (kind.type == type)
            return &kind;
    }
    return nullptr;
}

const CloudKind* CloudKind::bySegment(const QString& parentType, const QString& segment)
{
    for (const CloudKind& kind : all()) {
        if (kind.parentType == parentType && kind.segment == segment)
            return &kind;
    }
    return nullptr;
}

QList<const CloudKind*> CloudKind::children(const QString& type)
{
    QList<const CloudKind*> out;
    for (const CloudKind& kind : all()) {
        if (kind.parentType == type)
            out.append(&kind);
    }
    return out;
}

} // namespace Netloom::Lab
