#include "app/console/LiveYamlProvider.h"

#include "models/cloud/CloudJob.h"
#include "models/cloud/CloudProvider.h"
#include "models/itemmodels/YamlEmitter.h"
#include "models/kube/ApiResource.h"
#include "models/kube/KubeClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Netloom::Console {

using Domain::ResourceKind;

LiveYamlProvider::LiveYamlProvider(QObject* parent)
    : QObject(parent)
    , m_requests(new QObject(this))
    , m_cloudRequests(new QObject(this))
{
}

LiveYamlProvider::~LiveYamlProvider() = default;

void LiveYamlProvider::setClient(Kube::KubeClient* client)
{
    delete m_requests; // cancels every request in flight
    m_requests = new QObject(this);
    m_client = client;
    m_cache.clear();
    m_pending.clear();
}

void LiveYamlProvider::setCloudProvider(Cloud::CloudProvider* provider)
{
    delete m_cloudRequests; // abandons the reads in flight
    m_cloudRequests = new QObject(this);
    m_cloud = provider;
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it.key().toString().startsWith(QLatin1String("cloud:"))) {
            m_pending.remove(it.key());
            it = m_cache.erase(it);
        } else {
            ++it;
        }
    }
}

QString LiveYamlProvider::cloudYamlFor(const Domain::Resource& resource, const QString& summary)
{
    if (!m_cloud || resource.origin != m_cloud->origin())
        return summary;
    const auto cached = m_cache.constFind(resource.id);
    if (cached != m_cache.cend() && cached->resourceVersion == resource.resourceVersion)
        return cached->yaml;
    if (!m_pending.contains(resource.id)) {
        m_pending.insert(resource.id);
        const Domain::ResourceId id = resource.id;
        const QString version = resource.resourceVersion;
        Cloud::CloudJob* job = m_cloud->readObject(id);
        job->setParent(m_cloudRequests);
        connect(job, &Cloud::CloudJob::finished, this, [this, job, id, version, summary] {
            job->deleteLater();
            m_pending.remove(id);
            QString yaml;
            if (job->error()) {
                QString message = job->error()->message;
                message.replace(QLatin1Char('\n'), QLatin1Char(' '));
                yaml = tr("# The live object could not be read: %1").arg(message) + QLatin1Char('\n')
                    + tr("# The summary:") + QLatin1Char('\n') + summary;
            } else {
                yaml = ItemModels::YamlEmitter::toYaml(QJsonDocument::fromJson(job->content()).object(),
                    { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("href"), QStringLiteral("metadata"),
                        QStringLiteral("properties"), QStringLiteral("entities") });
            }
            m_cache.insert(id, Entry { version, yaml });
            Q_EMIT yamlArrived(id);
        });
    }
    if (cached != m_cache.cend())
        return cached->yaml;
    return tr("# Reading the live object from %1…").arg(m_cloud->describe()) + QLatin1Char('\n')
        + tr("# Until then, the summary:") + QLatin1Char('\n') + summary;
}

std::optional<Kube::ApiResource> LiveYamlProvider::apiResourceOf(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Namespace:
        return Kube::ApiResource::namespaces();
    case ResourceKind::Service:
        return Kube::ApiResource::services();
    case ResourceKind::Ingress:
        return Kube::ApiResource::ingresses();
    case ResourceKind::IngressClass:
        return Kube::ApiResource::ingressClasses();
    default:
        return std::nullopt;
    }
}

QString LiveYamlProvider::yamlFor(const Domain::Resource& resource)
{
    const QString summary = ItemModels::YamlEmitter::resourceToYaml(resource);
    if (resource.origin.startsWith(QLatin1String("cloud:")))
        return cloudYamlFor(resource, summary);
    const std::optional<Kube::ApiResource> api = apiResourceOf(resource.kind);
    // Synthetic resources (the cluster, ingress controllers) have no object of their own.
    if (!m_client || !api || resource.uid.isEmpty() || !resource.origin.startsWith(QLatin1String("kube:")))
        return summary;

    const auto cached = m_cache.constFind(resource.id);
    if (cached != m_cache.cend() && cached->resourceVersion == resource.resourceVersion)
        return cached->yaml;
    if (!m_pending.contains(resource.id))
        fetch(resource, *api);
    if (cached != m_cache.cend())
        return cached->yaml; // the previous version until the new one is there
    return tr("# Reading the live object from %1…").arg(m_client->config().serverText()) + QLatin1Char('\n')
        + tr("# Until then, the summary:") + QLatin1Char('\n') + summary;
}

void LiveYamlProvider::fetch(const Domain::Resource& resource, const Kube::ApiResource& api)
{
    m_pending.insert(resource.id);
    const Domain::ResourceId id = resource.id;
    const QString version = resource.resourceVersion;
    const QString summary = ItemModels::YamlEmitter::resourceToYaml(resource);
    m_client->get(api, api.namespaced ? resource.namespaceName : QString(), resource.name, m_requests,
        [this, id, version, summary](Expected<QJsonObject> object) {
            m_pending.remove(id);
            QString yaml;
            if (object) {
                yaml = toYaml(sanitize(*object));
            } else {
                QString message = object.error().message;
                message.replace(QLatin1Char('\n'), QLatin1Char(' '));
                yaml = tr("# The live object could not be read: %1").arg(message) + QLatin1Char('\n')
                    + tr("# The summary:") + QLatin1Char('\n') + summary;
            }
            m_cache.insert(id, Entry { version, yaml });
            Q_EMIT yamlArrived(id);
        });
}

QJsonObject LiveYamlProvider::sanitize(QJsonObject object)
{
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.remove(QStringLiteral("managedFields"));
    // kubectl apply keeps the whole applied manifest here: for a Secret that is its data.
    QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    annotations.remove(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"));
    if (annotations.isEmpty())
        metadata.remove(QStringLiteral("annotations"));
    else
        metadata.insert(QStringLiteral("annotations"), annotations);
    object.insert(QStringLiteral("metadata"), metadata);
    if (object.value(QStringLiteral("kind")).toString() == QLatin1String("Secret")) {
        object.remove(QStringLiteral("data"));
        object.remove(QStringLiteral("stringData"));
    }
    return object;
}

QString LiveYamlProvider::toYaml(const QJsonObject& object)
{
    return ItemModels::YamlEmitter::toYaml(object,
        { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"), QStringLiteral("spec"),
            QStringLiteral("status") });
}

} // namespace Netloom::Console
