#include "models/kube/KubeClient.h"

#include "models/core/Background.h"
#include "models/kube/Logging.h"
#include "models/kube/Tr.h"
#include "models/kube/WatchStream.h"
#include "models/net/HttpClient.h"
#include "models/net/HttpReply.h"
#include "models/net/Redactor.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

namespace Netloom::Kube {

namespace {

// Bodies above this size are parsed on a worker thread.
constexpr qsizetype OffThreadParseThreshold = 32 * 1024;

struct ParsedPage
{
    QList<QJsonObject> items;
    QString resourceVersion;
    QString continueToken;
    QString error; // empty: fine
};

// @p firstIndex: the index of this page's first item in the whole list (for messages).
ParsedPage parsePage(const QByteArray& body, bool namespaced, qsizetype firstIndex)
{
    ParsedPage page;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        page.error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
            : Tr::tr("the answer is not a JSON object");
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonObject meta = root.value(QLatin1StringView("metadata")).toObject();
    page.resourceVersion = meta.value(QLatin1StringView("resourceVersion")).toString();
    page.continueToken = meta.value(QLatin1StringView("continue")).toString();
    const QJsonValue itemsValue = root.value(QLatin1StringView("items"));
    if (itemsValue.isNull()) // Go's nil slice: an empty list
        return page;
    if (!itemsValue.isArray()) {
        page.error = itemsValue.isUndefined() ? Tr::tr("it has no \"items\"") : Tr::tr("\"items\" is not an array");
        return page;
    }
    const QJsonArray items = itemsValue.toArray();
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue v = items.at(i);
        if (const QString problem = KubeClient::objectProblem(v, namespaced); !problem.isEmpty()) {
            const QString name = v.toObject()
                                     .value(QLatin1StringView("metadata"))
                                     .toObject()
                                     .value(QLatin1StringView("name"))
                                     .toString()
                                     .left(80);
            page.error = name.isEmpty() ? Tr::tr("item %1: %2").arg(firstIndex + i).arg(problem)
                                        : Tr::tr("item %1 (\"%2\"): %3").arg(firstIndex + i).arg(name, problem);
            page.items.clear();
            return page;
        }
        page.items.append(v.toObject());
    }
    return page;
}

// Parses @p body, off the calling thread when large, and calls @p done in @p context's thread while
// @p context lives.
void parsePageAsync(const QByteArray& body, bool namespaced, qsizetype firstIndex, QObject* context,
    std::function<void(ParsedPage)> done)
{
    if (body.size() < OffThreadParseThreshold) {
        done(parsePage(body, namespaced, firstIndex));
        return;
    }
    auto* watcher = new QFutureWatcher<ParsedPage>(context);
    QObject::connect(watcher, &QFutureWatcher<ParsedPage>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(runInBackground([body, namespaced, firstIndex] { return parsePage(body, namespaced, firstIndex); }));
}

// Pages through one collection; deletes itself when done (a child of the caller's context).
class ListJob final : public QObject
{
public:
    ListJob(KubeClient* client, ApiResource resource, QString namespaceName, QObject* context,
        KubeClient::PageCallback onPage, KubeClient::Callback<ListResult> callback)
        : QObject(context)
        , m_client(client)
        , m_resource(std::move(resource))
        , m_namespace(std::move(namespaceName))
        , m_onPage(std::move(onPage))
        , m_callback(std::move(callback))
    {
    }

    void start() { requestPage(); }

private:
    QString what() const { return Tr::tr("list %1").arg(m_resource.qualifiedName()); }

    void requestPage()
    {
        if (!m_client) {
            finish(Error(Tr::tr("%1: the client was closed").arg(what())));
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_client->pageSize()));
        if (!m_resource.fieldSelector.isEmpty())
            query.addQueryItem(QStringLiteral("fieldSelector"),
                QString::fromLatin1(QUrl::toPercentEncoding(m_resource.fieldSelector)));
        if (!m_continue.isEmpty())
            query.addQueryItem(QStringLiteral("continue"), QString::fromLatin1(QUrl::toPercentEncoding(m_continue)));
        const QString path
            = m_resource.collectionPath(m_namespace) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
        Net::HttpReply* reply = m_client->send(m_client->request("GET", path), this);
        connect(reply, &Net::HttpReply::finished, this, [this, reply] { onReply(reply); });
    }

    void onReply(Net::HttpReply* reply)
    {
        reply->deleteLater();
        if (!m_client) {
            finish(Error(Tr::tr("%1: the client was closed").arg(what())));
            return;
        }
        const int status = reply->status();
        if (status == 410 && !m_continue.isEmpty() && !m_restarted) {
            // The continue token expired (the server compacted): the list must start again.
            qCInfo(lcKube) << "continue token expired while listing" << m_resource.qualifiedName() << "- restarting";
            m_restarted = true;
            m_continue.clear();
            m_result = {};
            m_itemsSeen = 0;
            requestPage();
            return;
        }
        if (status == 401)
            Q_EMIT m_client->unauthorized();
        if (reply->error() || status >= 400 || status == 0) {
            finish(KubeClient::errorFor(m_client->config(), status, reply->error(), reply->body(), what()));
            return;
        }
        parsePageAsync(reply->body(), m_resource.namespaced, m_itemsSeen, this,
            [this](ParsedPage page) { onPage(std::move(page)); });
    }

    void onPage(ParsedPage page)
    {
        if (!page.error.isEmpty()) {
            finish(Error(Tr::tr("%1: the server at %2 sent a malformed list: %3")
                             .arg(what(), m_client->config().serverText(), page.error),
                Tr::tr("page %1").arg(m_result.pages + 1)));
            return;
        }
        m_itemsSeen += page.items.size();
        m_result.resourceVersion = page.resourceVersion;
        const int index = m_result.pages++;
        m_continue = page.continueToken;
        if (m_onPage) {
            // Streamed: the callback may stop the caller's run, and so delete this job later; the
            // job still ends this turn as it would have.
            const QPointer<ListJob> alive(this);
            m_onPage(page.items, index);
            if (!alive)
                return;
        } else {
            m_result.items.append(std::move(page.items));
        }
        if (!m_continue.isEmpty()) {
            requestPage();
            return;
        }
        finish(std::move(m_result));
    }

    void finish(Expected<ListResult> result)
    {
        auto callback = std::move(m_callback);
        deleteLater();
        if (callback)
            callback(std::move(result));
    }

    QPointer<KubeClient> m_client;
    ApiResource m_resource;
    QString m_namespace;
    KubeClient::PageCallback m_onPage;
    KubeClient::Callback<ListResult> m_callback;
    ListResult m_result;
    qsizetype m_itemsSeen = 0;
    QString m_continue;
    bool m_restarted = false;
};

// Collects discovery answers; deletes itself when done.
class DiscoveryJob final : public QObject
{
public:
    DiscoveryJob(
        KubeClient* client, QList<ApiResource> wanted, QObject* context, KubeClient::Callback<Discovery> callback)
        : QObject(context)
        , m_client(client)
        , m_wanted(std::move(wanted))
        , m_callback(std::move(callback))
    {
    }

    void start()
    {
        m_pending = 3;
        m_client->getJson(QStringLiteral("/version"), this, [this](Expected<QJsonObject> v) {
            if (!v)
                return fail(v.error());
            m_result.gitVersion = v->value(QLatin1StringView("gitVersion")).toString();
            m_result.platform = v->value(QLatin1StringView("platform")).toString();
            done();
        });
        m_client->getJson(QStringLiteral("/api"), this, [this](Expected<QJsonObject> v) {
            if (!v)
                return fail(v.error());
            for (const QJsonValue& version : v->value(QLatin1StringView("versions")).toArray())
                m_result.groupVersions.append(version.toString());
            done();
        });
        m_client->getJson(QStringLiteral("/apis"), this, [this](Expected<QJsonObject> v) {
            if (!v)
                return fail(v.error());
            for (const QJsonValue& group : v->value(QLatin1StringView("groups")).toArray())
                for (const QJsonValue& version : group.toObject().value(QLatin1StringView("versions")).toArray())
                    m_result.groupVersions.append(
                        version.toObject().value(QLatin1StringView("groupVersion")).toString());
            done();
        });
    }

private:
    void fail(const Error& error)
    {
        if (m_failed)
            return;
        m_failed = true;
        auto callback = std::move(m_callback);
        deleteLater();
        if (callback)
            callback(error);
    }

    void done()
    {
        if (m_failed || --m_pending > 0)
            return;
        if (!m_groupsAsked) {
            m_groupsAsked = true;
            QSet<QString> asked;
            for (const ApiResource& r : m_wanted) {
                const QString gv = r.groupVersion();
                if (!m_result.groupVersions.contains(gv) || asked.contains(gv))
                    continue;
                asked.insert(gv);
                ++m_pending;
                m_client->getJson(r.groupVersionPath(), this, [this, gv](Expected<QJsonObject> v) {
                    if (!v) {
                        // One group failing is that group's problem (the caller decides whether
                        // it needs it), as kubectl warns about an unavailable aggregated API.
                        m_result.failures.insert(gv, v.error().message);
                        m_result.resources.insert(gv, {});
                        return done();
                    }
                    QStringList names;
                    for (const QJsonValue& res : v->value(QLatin1StringView("resources")).toArray())
                        names.append(res.toObject().value(QLatin1StringView("name")).toString());
                    m_result.resources.insert(gv, names);
                    done();
                });
            }
            if (m_pending > 0)
                return;
        }
        auto callback = std::move(m_callback);
        deleteLater();
        if (callback)
            callback(std::move(m_result));
    }

    QPointer<KubeClient> m_client;
    QList<ApiResource> m_wanted;
    KubeClient::Callback<Discovery> m_callback;
    Discovery m_result;
    int m_pending = 0;
    bool m_groupsAsked = false;
    bool m_failed = false;
};

} // namespace

KubeClient::KubeClient(ConnectionConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new Net::HttpClient(this))
{
}

KubeClient::~KubeClient() = default;

void KubeClient::setCredential(const ExecCredential& credential)
{
    m_config.bearerToken = credential.token;
    if (!credential.clientCertificatePem.isEmpty()) {
        m_config.tls.clientCertPem = credential.clientCertificatePem;
        m_config.tls.clientKeyPem = credential.clientKeyPem;
    }
}

Net::HttpRequest KubeClient::request(const QByteArray& method, const QString& pathAndQuery) const
{
    Net::HttpRequest r;
    r.method = method;
    QUrl url = m_config.server;
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    url.setPath(url.path() + path, QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::TolerantMode);
    r.url = url;
    r.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    r.headers.append({ QByteArrayLiteral("User-Agent"), QByteArrayLiteral("netloom/" NETLOOM_VERSION) });
    r.tls = m_config.tls;
    r.proxy = proxyFor(m_config);
    r.maxBodyBytes = m_maxResponseBytes;
    r.bearerToken = m_config.bearerToken;
    if (r.bearerToken.isEmpty() && !m_config.username.isEmpty()) {
        const QByteArray credentials = (m_config.username + QLatin1Char(':') + m_config.password).toUtf8();
        r.headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credentials.toBase64() });
    }
    return r;
}

std::optional<QUrl> KubeClient::proxyFor(const ConnectionConfig& config)
{
    // kubectl's rules: the cluster's proxy-url for every request of that cluster; otherwise the
    // environment (https_proxy, NO_PROXY...), except that loopback is never proxied (Go's
    // http.ProxyFromEnvironment), which keeps the built-in lab direct without touching the environment.
    if (!config.proxyUrl.isEmpty())
        return QUrl(config.proxyUrl, QUrl::StrictMode);
    const QString host = config.server.host();
    static const QRegularExpression loopbackV4(QStringLiteral("^127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"));
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1")
        || loopbackV4.match(host).hasMatch())
        return QUrl(); // direct
    return std::nullopt;
}

Net::HttpReply* KubeClient::send(const Net::HttpRequest& request, QObject* owner)
{
    Net::HttpReply* reply = m_http->send(request);
    reply->setParent(owner);
    // Every 401, of a list, a write or a watch stream, tells the session that its credential was
    // refused (an exec plugin is then run again).
    connect(reply, &Net::HttpReply::metaDataReceived, this, [this, reply] {
        if (reply->status() == 401)
            Q_EMIT unauthorized();
    });
    return reply;
}

void KubeClient::sendJson(
    const Net::HttpRequest& request, const QString& what, QObject* context, Callback<QJsonObject> callback)
{
    Net::HttpReply* reply = send(request, context);
    const ConnectionConfig config = [this] {
        ConnectionConfig c; // no secrets captured: only what error messages need
        c.server = m_config.server;
        c.userName = m_config.userName;
        c.contextName = m_config.contextName;
        return c;
    }();
    connect(reply, &Net::HttpReply::finished, context,
        [reply, what, config, callback = std::move(callback)] {
        reply->deleteLater();
        const int status = reply->status();
        if (reply->error() || status >= 400 || status == 0) {
            callback(errorFor(config, status, reply->error(), reply->body(), what));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            callback(Error(Tr::tr("%1: the server at %2 sent malformed JSON").arg(what, config.serverText()),
                parseError.errorString()));
            return;
        }
        callback(doc.object());
    });
}

void KubeClient::getJson(const QString& pathAndQuery, QObject* context, Callback<QJsonObject> callback)
{
    const QString path = pathAndQuery.section(QLatin1Char('?'), 0, 0);
    sendJson(request("GET", pathAndQuery), Tr::tr("GET %1").arg(path), context, std::move(callback));
}

void KubeClient::discover(const QList<ApiResource>& wanted, QObject* context, Callback<Discovery> callback)
{
    auto* job = new DiscoveryJob(this, wanted, context, std::move(callback));
    job->start();
}

void KubeClient::list(
    const ApiResource& resource, const QString& namespaceName, QObject* context, Callback<ListResult> callback)
{
    auto* job = new ListJob(this, resource, namespaceName, context, {}, std::move(callback));
    job->start();
}

void KubeClient::list(const ApiResource& resource, const QString& namespaceName, QObject* context,
    PageCallback onPage, Callback<ListResult> callback)
{
    auto* job = new ListJob(this, resource, namespaceName, context, std::move(onPage), std::move(callback));
    job->start();
}

void KubeClient::get(const ApiResource& resource, const QString& namespaceName, const QString& name, QObject* context,
    Callback<QJsonObject> callback)
{
    sendJson(request("GET", resource.objectPath(namespaceName, name)),
        Tr::tr("get %1 \"%2\"").arg(resource.qualifiedName(), name), context, std::move(callback));
}

namespace {

QString writeQuery(const KubeClient::WriteOptions& options)
{
    QUrlQuery query;
    if (options.dryRun)
        query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    if (!options.fieldManager.isEmpty())
        query.addQueryItem(QStringLiteral("fieldManager"), options.fieldManager);
    if (!options.fieldValidation.isEmpty())
        query.addQueryItem(QStringLiteral("fieldValidation"), options.fieldValidation);
    const QString text = query.toString(QUrl::FullyEncoded);
    return text.isEmpty() ? QString() : QLatin1Char('?') + text;
}

QString metaText(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(QLatin1StringView("metadata")).toObject().value(key).toString();
}

QString dryRunSuffix(const KubeClient::WriteOptions& options)
{
    return options.dryRun ? Tr::tr(" (dry run)") : QString();
}

} // namespace

void KubeClient::create(const ApiResource& resource, const QString& namespaceName, const QJsonObject& object,
    QObject* context, Callback<QJsonObject> callback)
{
    create(resource, namespaceName, object, WriteOptions {}, context, std::move(callback));
}

void KubeClient::create(const ApiResource& resource, const QString& namespaceName, const QJsonObject& object,
    const WriteOptions& options, QObject* context, Callback<QJsonObject> callback)
{
    Net::HttpRequest r = request("POST", resource.collectionPath(namespaceName) + writeQuery(options));
    r.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QString name = metaText(object, QLatin1StringView("name"));
    sendJson(r, Tr::tr("create %1 \"%2\"").arg(resource.qualifiedName(), name) + dryRunSuffix(options), context,
        std::move(callback));
}

void KubeClient::replace(const ApiResource& resource, const QString& namespaceName, const QJsonObject& object,
    const WriteOptions& options, QObject* context, WriteCallback callback)
{
    const QString name = metaText(object, QLatin1StringView("name"));
    const QString what = Tr::tr("replace %1 \"%2\"").arg(resource.qualifiedName(), name) + dryRunSuffix(options);
    const QString sentVersion = metaText(object, QLatin1StringView("resourceVersion"));
    if (sentVersion.isEmpty()) {
        // Without it the server would take the object as it is, over whatever changed meanwhile.
        callback(Error(Tr::tr("%1: the object carries no resourceVersion; read it first (update())").arg(what)),
            std::nullopt);
        return;
    }
    Net::HttpRequest r = request("PUT", resource.objectPath(namespaceName, name) + writeQuery(options));
    r.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QPointer<QObject> guard(context);
    sendJson(r, what, context,
        [this, resource, namespaceName, name, object, sentVersion, what, guard, callback = std::move(callback)](
            Expected<QJsonObject> result) {
            if (result || httpStatusOf(result.error()) != 409 || !guard) {
                callback(std::move(result), std::nullopt);
                return;
            }
            // Refused: say what the server has now, beside what was sent.
            const Error refused = result.error();
            get(resource, namespaceName, name, guard,
                [object, sentVersion, what, refused, callback](Expected<QJsonObject> current) {
                    Conflict conflict;
                    conflict.sent = object;
                    conflict.sentVersion = sentVersion;
                    if (current) {
                        conflict.current = *current;
                        conflict.currentVersion = metaText(*current, QLatin1StringView("resourceVersion"));
                    }
                    const QString message = current
                        ? Tr::tr("%1: the object changed on the server: it is at resourceVersion %2, this change "
                                 "was made to %3; nothing was written")
                              .arg(what, conflict.currentVersion, sentVersion)
                        : Tr::tr("%1: the object changed on the server and cannot be read now (%2); nothing was "
                                 "written")
                              .arg(what, current.error().message);
                    callback(Error(message, refused.detail), conflict);
                });
        });
}

void KubeClient::update(const ApiResource& resource, const QString& namespaceName, const QString& name,
    std::function<void(QJsonObject&)> change, const WriteOptions& options, QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    get(resource, namespaceName, name, context,
        [this, resource, namespaceName, options, guard, change = std::move(change), callback = std::move(callback)](
            Expected<QJsonObject> fresh) mutable {
            if (!fresh) {
                callback(fresh.error(), std::nullopt);
                return;
            }
            if (!guard)
                return;
            QJsonObject object = *fresh;
            const QString version = metaText(object, QLatin1StringView("resourceVersion"));
            change(object);
            // The change may not move the object or drop the version it was read at.
            QJsonObject meta = object.value(QLatin1StringView("metadata")).toObject();
            meta.insert(QStringLiteral("resourceVersion"), version);
            object.insert(QStringLiteral("metadata"), meta);
            replace(resource, namespaceName, object, options, guard, std::move(callback));
        });
}

void KubeClient::mergePatch(const ApiResource& resource, const QString& namespaceName, const QString& name,
    const QJsonObject& patch, const WriteOptions& options, QObject* context, Callback<QJsonObject> callback)
{
    Net::HttpRequest r = request("PATCH", resource.objectPath(namespaceName, name) + writeQuery(options));
    r.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/merge-patch+json") });
    r.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    sendJson(r, Tr::tr("patch %1 \"%2\"").arg(resource.qualifiedName(), name) + dryRunSuffix(options), context,
        std::move(callback));
}

void KubeClient::remove(const ApiResource& resource, const QString& namespaceName, const QString& name,
    QObject* context, Callback<QJsonObject> callback)
{
    remove(resource, namespaceName, name, WriteOptions {}, context, std::move(callback));
}

void KubeClient::remove(const ApiResource& resource, const QString& namespaceName, const QString& name,
    const WriteOptions& options, QObject* context, Callback<QJsonObject> callback)
{
    QUrlQuery query;
    if (options.dryRun)
        query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    const QString suffix = options.dryRun ? QStringLiteral("?") + query.toString(QUrl::FullyEncoded) : QString();
    sendJson(request("DELETE", resource.objectPath(namespaceName, name) + suffix),
        Tr::tr("delete %1 \"%2\"").arg(resource.qualifiedName(), name) + dryRunSuffix(options), context,
        std::move(callback));
}

WatchStream* KubeClient::watch(const ApiResource& resource, const QString& namespaceName,
    const QString& resourceVersion, QObject* parent, int timeoutSeconds)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    if (!resource.fieldSelector.isEmpty())
        query.addQueryItem(
            QStringLiteral("fieldSelector"), QString::fromLatin1(QUrl::toPercentEncoding(resource.fieldSelector)));
    if (!resourceVersion.isEmpty())
        query.addQueryItem(QStringLiteral("resourceVersion"), resourceVersion);
    if (timeoutSeconds > 0)
        query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeoutSeconds));
    Net::HttpRequest r = request(
        "GET", resource.collectionPath(namespaceName) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
    r.streaming = true;
    // The caller resumes with its own backoff; a silent connection is detected by the idle timeout
    // (servers send bookmarks about once a minute).
    r.retry.maxAttempts = 1;
    r.idleTimeout = std::chrono::milliseconds(std::max(timeoutSeconds, 60) * 1000 + 60000);
    Net::HttpReply* reply = send(r, nullptr); // WatchStream takes it over
    return new WatchStream(
        reply, m_config, Tr::tr("watch %1").arg(resource.qualifiedName()), parent, resource.namespaced);
}

QString KubeClient::objectProblem(const QJsonValue& value, bool namespaced)
{
    if (!value.isObject())
        return Tr::tr("it is not an object");
    const QJsonValue metaValue = value.toObject().value(QLatin1StringView("metadata"));
    if (!metaValue.isObject())
        return metaValue.isUndefined() ? Tr::tr("metadata is missing") : Tr::tr("metadata is not an object");
    const QJsonObject meta = metaValue.toObject();
    const QJsonValue name = meta.value(QLatin1StringView("name"));
    if (!name.isString() || name.toString().isEmpty())
        return name.isUndefined() ? Tr::tr("metadata.name is missing")
                                  : Tr::tr("metadata.name is not a non-empty string");
    const QJsonValue ns = meta.value(QLatin1StringView("namespace"));
    if (namespaced && (!ns.isString() || ns.toString().isEmpty()))
        return Tr::tr("metadata.namespace of a namespaced object is missing or empty");
    if (!namespaced && !ns.isUndefined() && !(ns.isString() && ns.toString().isEmpty()))
        return Tr::tr("a cluster-scoped object has metadata.namespace");
    for (const char* key : { "uid", "resourceVersion" }) {
        const QJsonValue v = meta.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isString())
            return Tr::tr("metadata.%1 is not a string").arg(QLatin1StringView(key));
    }
    return {};
}

int KubeClient::httpStatusOf(const Error& error)
{
    static const QRegularExpression tag(QStringLiteral(": HTTP ([1-5][0-9][0-9])\\b"));
    const QRegularExpressionMatch match = tag.match(error.detail);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

Error KubeClient::errorFor(const ConnectionConfig& config, int status, const std::optional<Error>& transport,
    const QByteArray& body, const QString& what)
{
    const QString server = config.serverText();
    if (transport && status == 0)
        return Error(Tr::tr("cannot reach the Kubernetes API server at %1: %2").arg(server, transport->message),
            Net::Redactor::text(QStringLiteral("%1: %2").arg(what, transport->toString())));
    if (transport) // the answer started, then the connection failed
        return Error(Tr::tr("%1 at %2 failed: %3").arg(what, server, transport->message),
            Net::Redactor::text(transport->toString()));

    QString statusMessage;
    QString reason;
    const QJsonObject statusObject = QJsonDocument::fromJson(body).object();
    if (statusObject.value(QLatin1StringView("kind")).toString() == QLatin1String("Status")) {
        statusMessage = statusObject.value(QLatin1StringView("message")).toString();
        reason = statusObject.value(QLatin1StringView("reason")).toString();
    }
    const QString detail = QStringLiteral("%1: HTTP %2%3 from %4")
                               .arg(what)
                               .arg(status)
                               .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason, server);
    const QString user
        = config.userName.isEmpty() ? Tr::tr("(anonymous)") : QStringLiteral("\"%1\"").arg(config.userName);
    if (status == 401)
        return Error(Tr::tr("credentials rejected: %1 rejected the credentials of user %2 of context \"%3\" "
                            "(401 Unauthorized) for %4: the token or client certificate is missing, wrong or expired")
                         .arg(server, user, config.contextName, what),
            detail);
    if (status == 403)
        return Error(Tr::tr("forbidden: %1: %2 denied access (403 Forbidden): %3")
                         .arg(what, server,
                             statusMessage.isEmpty() ? Tr::tr("user %1 may not %2").arg(user, what) : statusMessage),
            detail);
    if (!statusMessage.isEmpty())
        return Error(statusMessage, detail);
    if (status == 0)
        return Error(Tr::tr("%1: no answer from %2").arg(what, server), detail);
    return Error(Tr::tr("%1: the server at %2 answered HTTP %3").arg(what, server).arg(status), detail);
}

} // namespace Netloom::Kube
