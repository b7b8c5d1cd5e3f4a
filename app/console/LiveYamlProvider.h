#pragma once

#include "models/domain/Resource.h"
#include "models/domain/ResourceId.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

namespace Netloom::Cloud {
class CloudProvider;
}
namespace Netloom::Kube {
class KubeClient;
struct ApiResource;
} // namespace Netloom::Kube

namespace Netloom::Console {

/// The inspector's YAML tab for the console: the live object from the API server. yamlFor() never
/// blocks: it answers from a cache keyed by resource id and resourceVersion, else returns the
/// resource summary and fetches the object (KubeClient::get, asynchronous); yamlArrived() tells
/// when it is there, so that the inspector can ask again. The YAML leaves out
/// metadata.managedFields and anything secret (see sanitize()). A cloud resource is read the same
/// way through its CloudProvider (readObject(): the provider's JSON, id, metadata, properties first).
class LiveYamlProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveYamlProvider)

public:
    explicit LiveYamlProvider(QObject* parent = nullptr);
    ~LiveYamlProvider() override;

    /// The client of the current session (nullptr: summaries only). Drops the cache and cancels
    /// what is in flight.
    void setClient(Kube::KubeClient* client);
    /// The cloud account whose resources are read live (CloudProvider::readObject); nullptr: none.
    /// Drops the cloud part of the cache.
    void setCloudProvider(Cloud::CloudProvider* provider);

    /// The YAML to show for @p resource now (see the class comment).
    QString yamlFor(const Domain::Resource& resource);

    /// @p object without metadata.managedFields, the last-applied-configuration annotation and the
    /// data of Secrets.
    static QJsonObject sanitize(QJsonObject object);
    /// The YAML of a live object: apiVersion, kind, metadata, spec, status first.
    static QString toYaml(const QJsonObject& object);

Q_SIGNALS:
    /// The live object of @p id (or why it could not be fetched) is now in the cache.
    void yamlArrived(const Netloom::Domain::ResourceId& id);

private:
    struct Entry
    {
        QString resourceVersion;
        QString yaml;
    };
    static std::optional<Kube::ApiResource> apiResourceOf(Domain::ResourceKind kind);
    void fetch(const Domain::Resource& resource, const Kube::ApiResource& api);
    QString cloudYamlFor(const Domain::Resource& resource, const QString& summary);

    QPointer<Kube::KubeClient> m_client;
    QPointer<Cloud::CloudProvider> m_cloud;
    QObject* m_requests = nullptr; // parent of the requests in flight: deleting it cancels them
    QObject* m_cloudRequests = nullptr; // parent of the cloud reads in flight
    QHash<Domain::ResourceId, Entry> m_cache;
    QSet<Domain::ResourceId> m_pending;
};

} // namespace Netloom::Console
