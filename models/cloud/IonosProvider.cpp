#include "models/cloud/IonosProvider.h"

#include "models/cloud/CloudJob.h"
#include "models/cloud/IonosApi.h"
#include "models/cloud/LanCidrRule.h"
#include "models/cloud/Tr.h"
#include "models/domain/IpAddress.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QPointer>

#include <memory>

namespace Netloom::Cloud {

using namespace Netloom::Domain;

namespace {

/// What one readAll() has gathered so far; shared by the callbacks of its requests.
struct ReadState
{
    QPointer<CloudJob> job;
    QList<ResourcePtr> resources;
    int started = 0;
    int done = 0;
    bool failed = false;

    bool alive() const { return job && !job->isCancelled() && !failed; }
};

} // namespace

IonosProvider::IonosProvider(IonosConfig config, QString account, QObject* parent)
    : CloudProvider(parent)
    , m_api(new IonosApi(std::move(config), this))
    , m_mapper(std::move(account))
{
}

IonosProvider::~IonosProvider() = default;

QString IonosProvider::origin() const
{
    return m_mapper.origin();
}

QString IonosProvider::describe() const
{
    return m_api->config().describe();
}

CloudJob* IonosProvider::readAll()
{
    auto* job = new CloudJob;
    auto state = std::make_shared<ReadState>();
    state->job = job;

    // Each collection is one step; a step may start further steps before it completes.
    auto step = std::make_shared<std::function<void(const QString&, int, bool,
        std::function<void(const QList<QJsonObject>&)>)>>();
    *step = [this, state](const QString& path, int depth, bool paginated,
                std::function<void(const QList<QJsonObject>&)> onItems) {
        ++state->started;
        m_api->list(path, depth,
            [state, onItems = std::move(onItems)](const Expected<QList<QJsonObject>>& items) {
                if (!state->alive())
                    return;
                if (!items) {
                    state->failed = true;
                    state->job->failWith(items.error());
                    return;
                }
                onItems(*items);
                ++state->done;
                state->job->setProgress(state->done, state->started);
                if (state->done == state->started)
                    state->job->finishWith(state->resources);
            },
            paginated);
    };

    (*step)(QStringLiteral("/datacenters"), 1, true, [this, state, step](const QList<QJsonObject>& datacenters) {
        for (const QJsonObject& dc : datacenters) {
            state->resources.append(m_mapper.datacenter(dc));
            const QString id = dc.value(QLatin1String("id")).toString();
            const QString base = QStringLiteral("/datacenters/") + id;
            (*step)(base + QStringLiteral("/lans"), 1, true, [this, state, id](const QList<QJsonObject>& lans) {
                for (const QJsonObject& lan : lans)
                    state->resources.append(m_mapper.lan(id, lan));
            });
            (*step)(base + QStringLiteral("/natgateways"), 1, true, [this, state, id](const QList<QJsonObject>& nats) {
                for (const QJsonObject& nat : nats)
                    state->resources.append(m_mapper.natGateway(id, nat));
            });
            (*step)(base + QStringLiteral("/networkloadbalancers"), 2, true,
                [this, state, id](const QList<QJsonObject>& nlbs) {
                    for (const QJsonObject& nlb : nlbs)
                        state->resources.append(m_mapper.networkLoadBalancer(id, nlb));
                });
        }
    });
    (*step)(QStringLiteral("/ipblocks"), 1, true, [this, state](const QList<QJsonObject>& blocks) {
        for (const QJsonObject& block : blocks)
            state->resources.append(m_mapper.ipBlock(block));
    });
    (*step)(QStringLiteral("/k8s"), 1, false, [this, state, step](const QList<QJsonObject>& clusters) {
        for (const QJsonObject& cluster : clusters) {
            state->resources.append(m_mapper.cluster(cluster));
            const QString id = cluster.value(QLatin1String("id")).toString();
            (*step)(QStringLiteral("/k8s/") + id + QStringLiteral("/nodepools"), 1, false,
                [this, state, id](const QList<QJsonObject>& pools) {
                    for (const QJsonObject& pool : pools)
                        state->resources.append(m_mapper.nodePool(id, pool));
                });
        }
    });
    // The step function refers to itself through the callbacks it creates; break the cycle at the end.
    connect(job, &CloudJob::finished, job, [step]() { *step = nullptr; });
    connect(job, &CloudJob::cancelRequested, job, [step]() { *step = nullptr; });
    connect(job, &QObject::destroyed, [step]() { *step = nullptr; });
    return job;
}

Expected<QJsonObject> IonosProvider::lanProperties(const SubnetSpec& spec)
{
    QJsonObject properties;
    if (spec.name)
        properties.insert(QStringLiteral("name"), *spec.name);
    if (spec.isPublic)
        properties.insert(QStringLiteral("public"), *spec.isPublic);
    if (spec.ipv4Cidr) {
        const Expected<Cidr> block = LanCidrRule::check(*spec.ipv4Cidr);
        if (!block)
            return block.error();
        properties.insert(QStringLiteral("ipv4CidrBlock"), block->toString());
    }
    return properties;
}

void IonosProvider::readLan(CloudJob* job, const QString& datacenterId, const QString& lanId)
{
    QPointer<CloudJob> guard(job);
    m_api->get(QStringLiteral("/datacenters/%1/lans/%2").arg(datacenterId, lanId), 1,
        [this, guard, datacenterId](const Expected<QJsonObject>& lan) {
            if (!guard || guard->isCancelled())
                return;
            if (!lan)
                return guard->failWith(lan.error());
            guard->finishWith({ m_mapper.lan(datacenterId, *lan) });
        });
}

CloudJob* IonosProvider::createSubnet(const ResourceId& vdc, const SubnetSpec& spec)
{
    auto* job = new CloudJob;
    const QString datacenterId = m_mapper.providerId(vdc, ResourceKind::Vdc);
    if (datacenterId.isEmpty()) {
        job->failWith(Error(Tr::tr("%1 is not a data centre of %2.").arg(vdc.toString(), origin())));
        return job;
    }
    const Expected<QJsonObject> properties = lanProperties(spec);
    if (!properties) {
        job->failWith(properties.error());
        return job;
    }
    QPointer<CloudJob> guard(job);
    m_api->write("POST", QStringLiteral("/datacenters/%1/lans").arg(datacenterId),
        QJsonObject { { QStringLiteral("properties"), *properties } },
        [this, guard, datacenterId](const Expected<QJsonObject>& created) {
            if (!guard || guard->isCancelled())
                return;
            if (!created)
                return guard->failWith(created.error());
            const QString lanId = created->value(QLatin1String("id")).toString();
            if (lanId.isEmpty())
                return guard->failWith(Error(Tr::tr("The IONOS Cloud API created a LAN without telling its id.")));
            readLan(guard, datacenterId, lanId);
        });
    return job;
}

CloudJob* IonosProvider::updateSubnet(const ResourceId& subnet, const SubnetSpec& spec)
{
    auto* job = new CloudJob;
    const QString providerId = m_mapper.providerId(subnet, ResourceKind::Subnet);
    const qsizetype slash = providerId.indexOf(QLatin1Char('/'));
    if (slash <= 0) {
        job->failWith(Error(Tr::tr("%1 is not a subnet of %2.").arg(subnet.toString(), origin())));
        return job;
    }
    const Expected<QJsonObject> properties = lanProperties(spec);
    if (!properties) {
        job->failWith(properties.error());
        return job;
    }
    const QString datacenterId = providerId.left(slash);
    const QString lanId = providerId.mid(slash + 1);
    QPointer<CloudJob> guard(job);
    m_api->write("PATCH", QStringLiteral("/datacenters/%1/lans/%2").arg(datacenterId, lanId), *properties,
        [this, guard, datacenterId, lanId](const Expected<QJsonObject>& updated) {
            if (!guard || guard->isCancelled())
                return;
            if (!updated)
                return guard->failWith(updated.error());
            readLan(guard, datacenterId, lanId);
        });
    return job;
}

CloudJob* IonosProvider::deleteSubnet(const ResourceId& subnet)
{
    auto* job = new CloudJob;
    const QString providerId = m_mapper.providerId(subnet, ResourceKind::Subnet);
    const qsizetype slash = providerId.indexOf(QLatin1Char('/'));
    if (slash <= 0) {
        job->failWith(Error(Tr::tr("%1 is not a subnet of %2.").arg(subnet.toString(), origin())));
        return job;
    }
    QPointer<CloudJob> guard(job);
    m_api->write("DELETE",
        QStringLiteral("/datacenters/%1/lans/%2").arg(providerId.left(slash), providerId.mid(slash + 1)), {},
        [guard](const Expected<QJsonObject>& deleted) {
            if (!guard || guard->isCancelled())
                return;
            if (!deleted)
                return guard->failWith(deleted.error());
            guard->finishWith({});
        });
    return job;
}

bool IonosProvider::splitId(const ResourceId& id, ResourceKind kind, QString* first, QString* second) const
{
    const QString providerId = m_mapper.providerId(id, kind);
    const qsizetype slash = providerId.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == providerId.size() - 1)
        return false;
    *first = providerId.left(slash);
    *second = providerId.mid(slash + 1);
    return true;
}

void IonosProvider::writeThenRead(CloudJob* job, const QByteArray& method, const QString& path, const QJsonObject& body,
    const QString& readPath, std::function<QList<ResourcePtr>(const QJsonObject&)> map)
{
    QPointer<CloudJob> guard(job);
    m_api->write(method, path, body,
        [this, guard, readPath, map = std::move(map)](const Expected<QJsonObject>& written) {
            if (!guard || guard->isCancelled())
                return;
            if (!written)
                return guard->failWith(written.error());
            if (readPath.isEmpty())
                return guard->finishWith({});
            // A create learns its id from the 202's body: "%1" in readPath stands for it.
            const QString resolved = readPath.contains(QLatin1String("%1"))
                ? readPath.arg(written->value(QLatin1String("id")).toString())
                : readPath;
            m_api->get(resolved, 1, [guard, map](const Expected<QJsonObject>& object) {
                if (!guard || guard->isCancelled())
                    return;
                if (!object)
                    return guard->failWith(object.error());
                guard->finishWith(map(*object));
            });
        });
}

Expected<QJsonObject> IonosProvider::ipBlockProperties(const IpBlockSpec& spec)
{
    if (spec.location.isEmpty())
        return Error(Tr::tr("An IP block needs a location (such as de/fra)."), QStringLiteral("rule ionos.ipblock.location"));
    if (spec.size < 1 || spec.size > 256)
        return Error(Tr::tr("IP block rule “size” (ionos.ipblock.size): %1 addresses asked; a block holds 1 to 256.")
                         .arg(spec.size),
            QStringLiteral("rule ionos.ipblock.size"));
    QJsonObject properties { { QStringLiteral("location"), spec.location }, { QStringLiteral("size"), spec.size } };
    if (!spec.name.isEmpty())
        properties.insert(QStringLiteral("name"), spec.name);
    return properties;
}

Expected<QJsonObject> IonosProvider::gatewayProperties(const QString& datacenterId, const GatewaySpec& spec) const
{
    if (spec.name.isEmpty())
        return Error(Tr::tr("A NAT gateway needs a name."), QStringLiteral("rule ionos.natgateway.name"));
    if (spec.publicIps.isEmpty())
        return Error(Tr::tr("NAT gateway rule “public IPs” (ionos.natgateway.publicIps): a NAT gateway needs at least "
                            "one public IP of the account's IP blocks."),
            QStringLiteral("rule ionos.natgateway.publicIps"));
    QJsonArray ips;
    for (const QString& ip : spec.publicIps) {
        const Expected<IpAddress> address = IpAddress::parse(ip);
        if (!address || !address->isV4())
            return Error(Tr::tr("NAT gateway rule “public IPs” (ionos.natgateway.publicIps): %1 is not an IPv4 address.")
                             .arg(ip),
                QStringLiteral("rule ionos.natgateway.publicIps"));
        ips.append(address->toString());
    }
    QJsonArray lans;
    for (const ResourceId& subnet : spec.subnets) {
        QString dc;
        QString lan;
        bool numeric = false;
        const bool split = splitId(subnet, ResourceKind::Subnet, &dc, &lan);
        const int lanNumber = lan.toInt(&numeric);
        if (!split || dc != datacenterId || !numeric)
            return Error(Tr::tr("NAT gateway rule “same data centre” (ionos.natgateway.lans): %1 is not a LAN of the "
                                "gateway's data centre.")
                             .arg(subnet.toString()),
                QStringLiteral("rule ionos.natgateway.lans"));
        lans.append(QJsonObject { { QStringLiteral("id"), lanNumber } });
    }
    return QJsonObject { { QStringLiteral("name"), spec.name }, { QStringLiteral("publicIps"), ips },
        { QStringLiteral("lans"), lans } };
}

CloudJob* IonosProvider::createIpBlock(const IpBlockSpec& spec)
{
    auto* job = new CloudJob;
    const Expected<QJsonObject> properties = ipBlockProperties(spec);
    if (!properties) {
        job->failWith(properties.error());
        return job;
    }
    writeThenRead(job, "POST", QStringLiteral("/ipblocks"), { { QStringLiteral("properties"), *properties } },
        QStringLiteral("/ipblocks/%1"), [this](const QJsonObject& block) { return m_mapper.ipBlock(block); });
    return job;
}

CloudJob* IonosProvider::updateIpBlock(const ResourceId& block, const IpBlockSpec& spec)
{
    auto* job = new CloudJob;
    const QString blockId = m_mapper.providerId(block, ResourceKind::IpBlock);
    const Expected<QJsonObject> properties = ipBlockProperties(spec);
    if (blockId.isEmpty() || blockId.contains(QLatin1Char('/'))) {
        job->failWith(Error(Tr::tr("%1 is not an IP block of %2.").arg(block.toString(), origin())));
        return job;
    }
    if (!properties) {
        job->failWith(properties.error());
        return job;
    }
    // PUT: the spec's IpBlockProperties require location and size, so a PATCH would send them too.
    const QString path = QStringLiteral("/ipblocks/") + blockId;
    writeThenRead(job, "PUT", path, { { QStringLiteral("properties"), *properties } }, path,
        [this](const QJsonObject& object) { return m_mapper.ipBlock(object); });
    return job;
}

CloudJob* IonosProvider::deleteIpBlock(const ResourceId& block)
{
    auto* job = new CloudJob;
    const QString blockId = m_mapper.providerId(block, ResourceKind::IpBlock);
    if (blockId.isEmpty() || blockId.contains(QLatin1Char('/'))) {
        job->failWith(Error(Tr::tr("%1 is not an IP block of %2.").arg(block.toString(), origin())));
        return job;
    }
    writeThenRead(job, "DELETE", QStringLiteral("/ipblocks/") + blockId, {}, {}, {});
    return job;
}

CloudJob* IonosProvider::createGateway(const ResourceId& vdc, const GatewaySpec& spec)
{
    auto* job = new CloudJob;
    const QString datacenterId = m_mapper.providerId(vdc, ResourceKind::Vdc);
    if (datacenterId.isEmpty()) {
        job->failWith(Error(Tr::tr("%1 is not a data centre of %2.").arg(vdc.toString(), origin())));
        return job;
    }
    const Expected<QJsonObject> properties = gatewayProperties(datacenterId, spec);
    if (!properties) {
        job->failWith(properties.error());
        return job;
    }
    const QString base = QStringLiteral("/datacenters/%1/natgateways").arg(datacenterId);
    writeThenRead(job, "POST", base, { { QStringLiteral("properties"), *properties } }, base + QStringLiteral("/%1"),
        [this, datacenterId](const QJsonObject& nat) { return QList<ResourcePtr> { m_mapper.natGateway(datacenterId, nat) }; });
    return job;
}

CloudJob* IonosProvider::updateGateway(const ResourceId& gateway, const GatewaySpec& spec)
{
    auto* job = new CloudJob;
    QString datacenterId;
    QString natId;
    if (!splitId(gateway, ResourceKind::Gateway, &datacenterId, &natId)) {
        job->failWith(Error(Tr::tr("%1 is not a NAT gateway of %2.").arg(gateway.toString(), origin())));
        return job;
    }
    const Expected<QJsonObject> properties = gatewayProperties(datacenterId, spec);
    if (!properties) {
        job->failWith(properties.error());
        return job;
    }
    const QString path = QStringLiteral("/datacenters/%1/natgateways/%2").arg(datacenterId, natId);
    writeThenRead(job, "PUT", path, { { QStringLiteral("properties"), *properties } }, path,
        [this, datacenterId](const QJsonObject& nat) { return QList<ResourcePtr> { m_mapper.natGateway(datacenterId, nat) }; });
    return job;
}

CloudJob* IonosProvider::deleteGateway(const ResourceId& gateway)
{
    auto* job = new CloudJob;
    QString datacenterId;
    QString natId;
    if (!splitId(gateway, ResourceKind::Gateway, &datacenterId, &natId)) {
        job->failWith(Error(Tr::tr("%1 is not a NAT gateway of %2.").arg(gateway.toString(), origin())));
        return job;
    }
    writeThenRead(job, "DELETE", QStringLiteral("/datacenters/%1/natgateways/%2").arg(datacenterId, natId), {}, {}, {});
    return job;
}

CloudJob* IonosProvider::fetchKubeconfig(const ResourceId& cluster)
{
    auto* job = new CloudJob;
    const QString clusterId = m_mapper.providerId(cluster, ResourceKind::Cluster);
    if (clusterId.isEmpty()) {
        job->failWith(Error(Tr::tr("%1 is not a managed cluster of %2.").arg(cluster.toString(), origin())));
        return job;
    }
    QPointer<CloudJob> guard(job);
    m_api->getBytes(QStringLiteral("/k8s/%1/kubeconfig").arg(clusterId), "application/yaml",
        [guard](const Expected<QByteArray>& kubeconfig) {
            if (!guard || guard->isCancelled())
                return;
            if (!kubeconfig)
                return guard->failWith(kubeconfig.error());
            guard->finishWith({}, *kubeconfig);
        });
    return job;
}

QString IonosProvider::objectPath(const ResourceId& id, int* depth) const
{
    *depth = 1;
    QString first;
    QString second;
    const auto single = [&](ResourceKind kind) {
        const QString providerId = m_mapper.providerId(id, kind);
        return providerId.contains(QLatin1Char('/')) ? QString() : providerId;
    };
    if (const QString dc = single(ResourceKind::Vdc); !dc.isEmpty())
        return QStringLiteral("/datacenters/") + dc;
    if (splitId(id, ResourceKind::Subnet, &first, &second))
        return QStringLiteral("/datacenters/%1/lans/%2").arg(first, second);
    if (splitId(id, ResourceKind::Gateway, &first, &second))
        return QStringLiteral("/datacenters/%1/natgateways/%2").arg(first, second);
    if (splitId(id, ResourceKind::LoadBalancer, &first, &second)) {
        *depth = 2; // with its forwarding rules
        return QStringLiteral("/datacenters/%1/networkloadbalancers/%2").arg(first, second);
    }
    if (const QString block = single(ResourceKind::IpBlock); !block.isEmpty())
        return QStringLiteral("/ipblocks/") + block;
    if (splitId(id, ResourceKind::IpAddress, &first, &second))
        return QStringLiteral("/ipblocks/") + first;
    if (const QString cluster = single(ResourceKind::Cluster); !cluster.isEmpty())
        return QStringLiteral("/k8s/") + cluster;
    if (splitId(id, ResourceKind::NodePool, &first, &second))
        return QStringLiteral("/k8s/%1/nodepools/%2").arg(first, second);
    return {};
}

CloudJob* IonosProvider::readObject(const ResourceId& id)
{
    auto* job = new CloudJob;
    int depth = 1;
    const QString path = objectPath(id, &depth);
    if (path.isEmpty()) {
        job->failWith(Error(Tr::tr("%1 is not a resource of %2.").arg(id.toString(), origin())));
        return job;
    }
    QPointer<CloudJob> guard(job);
    m_api->get(path, depth, [guard](const Expected<QJsonObject>& object) {
        if (!guard || guard->isCancelled())
            return;
        if (!object)
            return guard->failWith(object.error());
        guard->finishWith({}, QJsonDocument(*object).toJson(QJsonDocument::Compact));
    });
    return job;
}

} // namespace Netloom::Cloud
