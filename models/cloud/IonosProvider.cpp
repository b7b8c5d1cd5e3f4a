#include "models/cloud/IonosProvider.h"

#include "models/cloud/CloudJob.h"
#include "models/cloud/IonosApi.h"
#include "models/cloud/LanCidrRule.h"
#include "models/cloud/Tr.h"

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

} // namespace Netloom::Cloud
