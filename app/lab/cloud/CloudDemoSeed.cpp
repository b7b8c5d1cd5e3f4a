#include "app/lab/cloud/CloudDemoSeed.h"

#include "app/lab/cloud/CloudApiServer.h"

#include <QJsonArray>

namespace Netloom::Lab {

namespace {

QString offsetAddress(const QString& first, int offset)
{
    QStringList octets = first.split(QLatin1Char('.'));
    if (octets.size() != 4)
        return first;
    octets[3] = QString::number(octets[3].toInt() + offset);
    return octets.join(QLatin1Char('.'));
}

QJsonObject nodePool(const QString& name, int nodes, int cores, int ramMb)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("datacenterId"), QLatin1String(CloudDemoSeed::DatacenterId) },
        { QStringLiteral("nodeCount"), nodes }, { QStringLiteral("cpuFamily"), QStringLiteral("INTEL_SKYLAKE") },
        { QStringLiteral("coresCount"), cores }, { QStringLiteral("ramSize"), ramMb },
        { QStringLiteral("availabilityZone"), QStringLiteral("AUTO") }, { QStringLiteral("storageType"), QStringLiteral("SSD") },
        { QStringLiteral("storageSize"), 100 }, { QStringLiteral("k8sVersion"), QStringLiteral("1.32.4") },
        { QStringLiteral("maintenanceWindow"),
            QJsonObject { { QStringLiteral("dayOfTheWeek"), QStringLiteral("Sunday") },
                { QStringLiteral("time"), QStringLiteral("03:00:00Z") } } },
        { QStringLiteral("lans"), QJsonArray { QJsonObject { { QStringLiteral("id"), 2 }, { QStringLiteral("dhcp"), true } } } },
        { QStringLiteral("labels"), QJsonObject { { QStringLiteral("pool"), name } } } };
}

QJsonObject forwardingRule(const QString& name, const QString& ip, int port)
{
    QJsonArray targets;
    for (int node = 11; node <= 13; ++node)
        targets.append(QJsonObject { { QStringLiteral("ip"), QStringLiteral("10.7.0.%1").arg(node) },
            { QStringLiteral("port"), port }, { QStringLiteral("weight"), 1 },
            { QStringLiteral("healthCheck"), QJsonObject { { QStringLiteral("check"), true },
                                                 { QStringLiteral("checkInterval"), 2000 } } } });
    return { { QStringLiteral("name"), name }, { QStringLiteral("algorithm"), QStringLiteral("ROUND_ROBIN") },
        { QStringLiteral("protocol"), QStringLiteral("TCP") }, { QStringLiteral("listenerIp"), ip },
        { QStringLiteral("listenerPort"), port }, { QStringLiteral("targets"), targets } };
}

} // namespace

void CloudDemoSeed::populate(CloudApiServer& server, const QString& loadBalancerIp)
{
    const QString dc = QLatin1String(DatacenterId);
    server.seed(QStringLiteral("datacenter"), {},
        { { QStringLiteral("name"), QStringLiteral("netloom-demo") },
            { QStringLiteral("description"), QStringLiteral("The demo platform of netloom-lab") },
            { QStringLiteral("location"), QStringLiteral("de/fra") }, { QStringLiteral("version"), 7 },
            { QStringLiteral("secAuthProtection"), false } },
        dc);
    server.seed(QStringLiteral("lan"), dc,
        { { QStringLiteral("name"), QStringLiteral("internet") }, { QStringLiteral("public"), true } },
        QStringLiteral("1"));
    server.seed(QStringLiteral("lan"), dc,
        { { QStringLiteral("name"), QStringLiteral("k8s-nodes") }, { QStringLiteral("public"), false },
            { QStringLiteral("ipv4CidrBlock"), QStringLiteral("10.7.0.0/24") } },
        QStringLiteral("2"));
    server.seed(QStringLiteral("lan"), dc,
        { { QStringLiteral("name"), QStringLiteral("data") }, { QStringLiteral("public"), false },
            { QStringLiteral("ipv4CidrBlock"), QStringLiteral("10.7.2.0/24") } },
        QStringLiteral("3"));

    const QString natIp = offsetAddress(loadBalancerIp, 1);
    QJsonArray ips;
    for (int i = 0; i < 4; ++i)
        ips.append(offsetAddress(loadBalancerIp, i));
    server.seed(QStringLiteral("ipblock"), {},
        { { QStringLiteral("name"), QStringLiteral("netloom-demo-public") },
            { QStringLiteral("location"), QStringLiteral("de/fra") }, { QStringLiteral("size"), 4 },
            { QStringLiteral("ips"), ips },
            { QStringLiteral("ipConsumers"),
                QJsonArray { QJsonObject { { QStringLiteral("ip"), loadBalancerIp },
                                 { QStringLiteral("datacenterId"), dc },
                                 { QStringLiteral("datacenterName"), QStringLiteral("netloom-demo") } },
                    QJsonObject { { QStringLiteral("ip"), natIp }, { QStringLiteral("datacenterId"), dc },
                        { QStringLiteral("datacenterName"), QStringLiteral("netloom-demo") } } } } },
        QStringLiteral("c4e1b7a9-3f2d-4a6e-8b1c-9d0e2f4a6b81"));

    server.seed(QStringLiteral("natgateway"), dc,
        { { QStringLiteral("name"), QStringLiteral("nat-egress") }, { QStringLiteral("publicIps"), QJsonArray { natIp } },
            { QStringLiteral("lans"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), 2 },
                                 { QStringLiteral("gatewayIps"), QJsonArray { QStringLiteral("10.7.0.1/24") } } },
                    QJsonObject { { QStringLiteral("id"), 3 },
                        { QStringLiteral("gatewayIps"), QJsonArray { QStringLiteral("10.7.2.1/24") } } } } } },
        QStringLiteral("e2b4d6f8-1a3c-4e5b-9d7f-0a2c4e6b8d13"));

    const CloudEntity& nlb = server.seed(QStringLiteral("networkloadbalancer"), dc,
        { { QStringLiteral("name"), QStringLiteral("nlb-ingress") }, { QStringLiteral("listenerLan"), 1 },
            { QStringLiteral("targetLan"), 2 }, { QStringLiteral("ips"), QJsonArray { loadBalancerIp } },
            { QStringLiteral("lbPrivateIps"), QJsonArray { QStringLiteral("10.7.0.5/24") } } },
        QStringLiteral("f3a5c7e9-2b4d-4f6a-8c0e-1b3d5f7a9c24"));
    const QString nlbId = nlb.id;
    server.seed(QStringLiteral("forwarding-rule"), nlbId, forwardingRule(QStringLiteral("http"), loadBalancerIp, 80),
        QStringLiteral("0b2d4f6a-8c1e-4a3b-9d5f-7e9a1c3b5d35"));
    server.seed(QStringLiteral("forwarding-rule"), nlbId, forwardingRule(QStringLiteral("https"), loadBalancerIp, 443),
        QStringLiteral("1c3e5a7b-9d2f-4b4c-8e6a-8f0b2d4c6e46"));

    const QString cluster = QLatin1String(ClusterId);
    server.seed(QStringLiteral("k8s"), {},
        { { QStringLiteral("name"), QStringLiteral("netloom-demo") }, { QStringLiteral("k8sVersion"), QStringLiteral("1.32.4") },
            { QStringLiteral("maintenanceWindow"),
                QJsonObject { { QStringLiteral("dayOfTheWeek"), QStringLiteral("Sunday") },
                    { QStringLiteral("time"), QStringLiteral("02:00:00Z") } } },
            { QStringLiteral("availableUpgradeVersions"), QJsonArray {} },
            { QStringLiteral("viableNodePoolVersions"), QJsonArray { QStringLiteral("1.32.4") } },
            { QStringLiteral("apiSubnetAllowList"), QJsonArray {} }, { QStringLiteral("s3Buckets"), QJsonArray {} } },
        cluster);
    server.seed(QStringLiteral("nodepool"), cluster, nodePool(QStringLiteral("system"), 2, 2, 4096),
        QStringLiteral("2d4f6b8c-0e3a-4c5d-9f7b-9a1c3e5d7f57"));
    server.seed(QStringLiteral("nodepool"), cluster, nodePool(QStringLiteral("apps"), 3, 4, 8192),
        QStringLiteral("3e5a7c9d-1f4b-4d6e-8a8c-0b2d4f6e8a68"));
}

} // namespace Netloom::Lab
