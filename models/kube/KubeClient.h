#pragma once

#include "models/core/Expected.h"
#include "models/kube/ApiResource.h"
#include "models/kube/ConnectionConfig.h"
#include "models/kube/Discovery.h"
#include "models/net/HttpRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Netloom::Net {
class HttpClient;
class HttpReply;
} // namespace Netloom::Net

namespace Netloom::Kube {

class WatchStream;

/// The Kubernetes API of one cluster, asynchronous, on models/net (one libcurl multi, no threads
/// for I/O). Every operation takes a @p context QObject: the callback runs in the client's thread,
/// only while @p context lives (the request is cancelled when it dies). Large list pages are parsed
/// on a worker thread (QtConcurrent) and handed back through a QFutureWatcher parented to @p context.
///
/// Errors are user-readable: the server's Status message ("ingresses.networking.k8s.io \"x\" not
/// found"), 401/403 explained, connection failures naming the server URL. Never a credential.
class KubeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeClient)

public:
    template<class T>
    using Callback = std::function<void(Expected<T>)>;

    explicit KubeClient(ConnectionConfig config, QObject* parent = nullptr);
    ~KubeClient() override;

    const ConnectionConfig& config() const { return m_config; }
    /// Uses an exec plugin's credential for every request from now on: its token as the bearer
    /// token, or its client certificate and key.
    void setCredential(const ExecCredential& credential);

    /// The largest response accepted (Net::HttpRequest::maxBodyBytes: a whole list page, or one watch
    /// line). 64 MiB by default: a 500-item page of real objects is a few MiB.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    /// The proxy of every request to @p config's server: its proxy-url; else direct for loopback;
    /// else the environment (std::nullopt), as kubectl decides.
    static std::optional<QUrl> proxyFor(const ConnectionConfig& config);

    /// Page size of list() (limit=...). 500 by default, as kubectl.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int pageSize() const { return m_pageSize; }

    /// GET @p path (with query) -> JSON object.
    void getJson(const QString& pathAndQuery, QObject* context, Callback<QJsonObject> callback);
    /// /version, /api, /apis, then the resource lists of the group versions of @p wanted that the
    /// server serves.
    void discover(const QList<ApiResource>& wanted, QObject* context, Callback<Discovery> callback);
    /// Every item of a collection, page by page (limit + continue). An expired continue token (410)
    /// restarts the list once from the beginning.
    void list(const ApiResource& resource, const QString& namespaceName, QObject* context,
              Callback<ListResult> callback);
    /// Called with each page's items as it arrives (parsed off the GUI thread when large); @p page
    /// is 0 for the first page of a list, also when an expired continue token restarts it.
    using PageCallback = std::function<void(const QList<QJsonObject>& items, int page)>;
    /// The same list, streamed: @p onPage gets the items, page by page, so that nobody holds the
    /// whole collection at once; @p callback then gets the list's resourceVersion and page count
    /// (ListResult::items stays empty), or the error.
    void list(const ApiResource& resource, const QString& namespaceName, QObject* context, PageCallback onPage,
              Callback<ListResult> callback);
    void get(const ApiResource& resource, const QString& namespaceName, const QString& name, QObject* context,
             Callback<QJsonObject> callback);
    /// How a write is made. Every write names its field manager, asks for strict field validation
    /// (an unknown field is an error, not a silent drop) and can be a server-side dry run (the
    /// server validates, admits and answers what it would store, and stores nothing: previews).
    struct WriteOptions
    {
        bool dryRun = false; ///< dryRun=All
        QString fieldManager = QStringLiteral("netloom");
        QString fieldValidation = QStringLiteral("Strict");
    };
    /// A replace refused with 409 Conflict: what was sent and what the server has now (read right
    /// after the refusal). Nothing was written; the caller decides (never overwritten silently).
    struct Conflict
    {
        QJsonObject sent;
        QJsonObject current; ///< empty when it could not be read (deleted meanwhile: then a 404)
        QString sentVersion;
        QString currentVersion;
    };
    using WriteCallback = std::function<void(Expected<QJsonObject> result, const std::optional<Conflict>& conflict)>;

    /// POST: the created object as the server returns it.
    void create(const ApiResource& resource, const QString& namespaceName, const QJsonObject& object,
                QObject* context, Callback<QJsonObject> callback);
    void create(const ApiResource& resource, const QString& namespaceName, const QJsonObject& object,
                const WriteOptions& options, QObject* context, Callback<QJsonObject> callback);
    /// PUT of the whole object, which must carry the metadata.resourceVersion it was read at: the
    /// server refuses it (409) when the object changed since, and @p callback then gets the
    /// Conflict beside the error ("... changed on the server: it is at resourceVersion 812, this
    /// change was made to 807; nothing was written").
    void replace(const ApiResource& resource, const QString& namespaceName, const QJsonObject& object,
                 const WriteOptions& options, QObject* context, WriteCallback callback);
    /// Reads the object fresh, applies @p change to the whole of it and replaces it at the version
    /// it was read at: the fields the console does not model are sent back as the server had them.
    /// A conflict (someone wrote in between) is reported, not retried.
    void update(const ApiResource& resource, const QString& namespaceName, const QString& name,
                std::function<void(QJsonObject&)> change, const WriteOptions& options, QObject* context,
                WriteCallback callback);
    /// PATCH with a JSON merge patch (RFC 7386, application/merge-patch+json): only the fields in
    /// @p patch change; null removes a field.
    void mergePatch(const ApiResource& resource, const QString& namespaceName, const QString& name,
                    const QJsonObject& patch, const WriteOptions& options, QObject* context,
                    Callback<QJsonObject> callback);
    /// DELETE: the server's answer (the object being deleted, or a Status).
    void remove(const ApiResource& resource, const QString& namespaceName, const QString& name, QObject* context,
                Callback<QJsonObject> callback);
    void remove(const ApiResource& resource, const QString& namespaceName, const QString& name,
                const WriteOptions& options, QObject* context, Callback<QJsonObject> callback);

    /// Opens a watch (?watch=1&allowWatchBookmarks=true&resourceVersion=RV) owned by @p parent.
    /// @p timeoutSeconds asks the server to end the stream after that long (0: server default).
    WatchStream* watch(const ApiResource& resource, const QString& namespaceName, const QString& resourceVersion,
                       QObject* parent, int timeoutSeconds = 0);

    /// A request to @p pathAndQuery with the credentials and TLS settings of the context.
    Net::HttpRequest request(const QByteArray& method, const QString& pathAndQuery) const;
    /// Starts a request; the reply is owned by @p owner.
    Net::HttpReply* send(const Net::HttpRequest& request, QObject* owner);

    /// A user-readable Error for a failed request: transport failure, or HTTP status >= 400 with the
    /// Status object in @p body. @p what names the operation ("list ingresses.networking.k8s.io").
    static Error errorFor(const ConnectionConfig& config, int status, const std::optional<Error>& transport,
                          const QByteArray& body, const QString& what);

    /// What a real API server can never send as an object of a list or a watch event (not an
    /// object, no metadata, no metadata.name, a namespace missing on a namespaced kind or present on
    /// a cluster-scoped one, uid/resourceVersion not strings): the first problem, or empty.
    /// Thread-safe (used while parsing off the GUI thread).
    static QString objectProblem(const QJsonValue& item, bool namespaced);

    /// The HTTP status of an Error made by errorFor() (its detail says "…: HTTP 403 …"), 0 for a
    /// transport failure or another Error.
    static int httpStatusOf(const Error& error);

Q_SIGNALS:
    /// A request was answered 401 Unauthorized: a list, a write or a watch stream (the session runs
    /// an exec plugin again on it).
    void unauthorized();

private:
    void sendJson(const Net::HttpRequest& request, const QString& what, QObject* context,
                  Callback<QJsonObject> callback);

    ConnectionConfig m_config;
    Net::HttpClient* m_http = nullptr;
    int m_pageSize = 500;
    qint64 m_maxResponseBytes = Net::HttpRequest::DefaultMaxBodyBytes;
};

} // namespace Netloom::Kube
