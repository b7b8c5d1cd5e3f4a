#pragma once

#include "app/lab/kube/ClusterIpAllocator.h"
#include "app/lab/http/HttpConnection.h"
#include "app/lab/kube/NodePortAllocator.h"
#include "app/lab/kube/ObjectStore.h"
#include "app/lab/kube/OpenApiBuilder.h"
#include "app/lab/kube/ResourceCatalog.h"
#include "app/lab/kube/SchemaValidator.h"

#include "models/core/Expected.h"

#include <QByteArrayList>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace Netloom::Lab {

class HttpServer;
class TlsIdentity;
class WatchStream;
struct ResourceKind;

/// The lab's Kubernetes API server for one cluster: discovery, OpenAPI v3, list/watch/create/get/
/// replace/patch/delete of namespaces, services, configmaps, secrets, ingresses, ingressclasses and
/// customresourcedefinitions (JSON or protobuf bodies) and of the custom resources its CRDs register in
/// its own catalog (JSON bodies), `/status` subresources, bearer-token auth, and the lab-only hooks
/// below /lab/v1. One thread, event-driven.
class ApiServer final : public QObject
{
    Q_OBJECT

public:
    /// The result of an API operation: HTTP status, JSON body (object or Status), Warning headers.
    struct Outcome
    {
        int status = 200;
        QJsonObject body;
        QByteArrayList warnings;
        bool ok() const { return status < 300; }
    };

    explicit ApiServer(QObject* parent = nullptr);
    ~ApiServer() override;
    Q_DISABLE_COPY_MOVE(ApiServer)

    /// Listens on 127.0.0.1:port (0 picks a free port) with the identity's serving certificate.
    Expected<void> listen(const TlsIdentity& identity, quint16 port = 0);
    quint16 port() const;
    void close();

    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }
    void setLimits(const HttpLimits& limits);
    void setBookmarkIntervalMs(int ms) { m_bookmarkIntervalMs = ms; }
    void setNamespaceTerminationDelayMs(int ms) { m_terminationDelayMs = ms; }

    ObjectStore& store() { return *m_store; }
    const ObjectStore& store() const { return *m_store; }
    /// The kinds this server serves: the built-in ones and those its CRDs registered.
    const ResourceCatalog& catalog() const { return m_catalog; }
    /// Rebuilds derived state after the store was loaded: the kinds of the stored CRDs (registered before
    /// anything is served), cluster IP and node port allocations.
    void reindex();

    int openWatchCount() const { return static_cast<int>(m_watches.size()); }
    /// Cuts every open watch connection at once; returns how many were cut.
    int dropWatches();

    /// The create path shared by the HTTP API and the demo seed: validation, defaults, allocation.
    Outcome create(const ResourceKind& kind, const QString& nameSpace, QJsonObject object, SchemaValidator::Mode mode,
        bool dryRun = false);
    Outcome remove(const ResourceKind& kind, const QString& nameSpace, const QString& name, bool dryRun = false);
    /// What a controller's write to the status subresource does: replaces only `status` (validated).
    Outcome updateStatus(
        const ResourceKind& kind, const QString& nameSpace, const QString& name, const QJsonObject& status);

    static QString versionString() { return QStringLiteral("v1.32.4-netloom-lab"); }

private:
    struct Route;

    void handle(HttpConnection* connection, const HttpRequest& request);
    void sendJson(HttpConnection* connection, int status, const QJsonObject& body, const QByteArrayList& warnings = {});
    bool handleDiscovery(HttpConnection* connection, const HttpRequest& request);
    void handleResource(HttpConnection* connection, const HttpRequest& request, const Route& route);
    void list(HttpConnection* connection, const HttpRequest& request, const Route& route);
    void watch(HttpConnection* connection, const HttpRequest& request, const Route& route);
    Outcome update(const ResourceKind& kind, const QString& nameSpace, const QString& name, const HttpRequest& request,
        bool patch, bool statusOnly);
    static Outcome parseBody(const QByteArray& body, QJsonObject& object);
    /// The body by its Content-Type: JSON (also when absent) or Kubernetes protobuf; others 415.
    static Outcome decodeBody(const ResourceKind& kind, const HttpRequest& request, QJsonObject& object);
    /// Type meta and field validation (the strict decoder); prunes unknown fields unless Strict.
    static Outcome validate(const ResourceKind& kind, QJsonObject& object, SchemaValidator::Mode mode);
    Outcome admit(const ResourceKind& kind, QJsonObject& object, const QJsonObject* existing);
    /// A write to the status subresource: the stored object with the new status.
    Outcome writeStatus(const ResourceKind& kind, const QJsonObject& existing, QJsonObject object,
        SchemaValidator::Mode mode, bool dryRun);
    /// Registers the kinds of a stored CRD (replacing those it registered before).
    void registerDefinition(const QJsonObject& crd);
    /// Deletes a CRD's objects, unregisters its kinds, ends their watches and removes the CRD.
    void finalizeDefinition(const QString& name);
    /// The object as the kind's version shows it (custom resources are stored in their storage version).
    static QJsonObject presented(const ResourceKind& kind, QJsonObject object);
    void finalizeNamespace(const QString& name);
    void onStoreEvent(const WatchEvent& event);

    HttpServer* m_server;
    ObjectStore* m_store;
    ResourceCatalog m_catalog;
    OpenApiBuilder m_openApi { m_catalog };
    ClusterIpAllocator m_clusterIps;
    NodePortAllocator m_nodePorts;
    QSet<WatchStream*> m_watches;
    QString m_token;
    int m_bookmarkIntervalMs = 60 * 1000;
    int m_terminationDelayMs = 1000;
};

} // namespace Netloom::Lab
