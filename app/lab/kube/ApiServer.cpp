#include "app/lab/kube/ApiServer.h"

#include "app/lab/http/HttpServer.h"
#include "app/lab/kube/CustomResourceDefinitions.h"
#include "app/lab/kube/KeyedDataAdmission.h"
#include "app/lab/kube/KubeStatus.h"
#include "app/lab/kube/MediaType.h"
#include "app/lab/kube/OpenApiBuilder.h"
#include "app/lab/kube/ProtobufDecoder.h"
#include "app/lab/kube/StructuralValidator.h"
#include "app/lab/http/TlsIdentity.h"
#include "app/lab/kube/WatchStream.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace Netloom::Lab {

namespace {

const QString kMetadata = QStringLiteral("metadata");

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString metaValue(const QJsonObject& object, const QString& field)
{
    return object.value(kMetadata).toObject().value(field).toString();
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Validation of object names as the API server does it per kind.
QString nameProblem(const ResourceKind& kind, const QString& name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    static const QRegularExpression dns1035(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    if (kind.plural == QLatin1String("namespaces")) {
        if (name.size() > 63 || !label.match(name).hasMatch())
            return QStringLiteral("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or "
                                  "'-', and must start and end with an alphanumeric character (e.g. 'my-name',  or "
                                  "'123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    } else if (kind.plural == QLatin1String("services")) {
        if (name.size() > 63 || !dns1035.match(name).hasMatch())
            return QStringLiteral(
                "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
                "character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for "
                "validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
    } else if (name.size() > 253 || !subdomain.match(name).hasMatch()) {
        return QStringLiteral(
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
            "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
            "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }
    return {};
}

QString randomSuffix()
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet)) - 1)]));
    return suffix;
}

// RFC 7386 JSON merge patch.
QJsonValue mergePatch(const QJsonValue& target, const QJsonValue& patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject changes = patch.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

struct ContinueToken
{
    qint64 resourceVersion = 0;
    QString start;
};

QString encodeContinue(qint64 resourceVersion, const QString& lastKey)
{
    const QJsonObject token { { QStringLiteral("v"), QStringLiteral("meta.k8s.io/v1") },
        { QStringLiteral("rv"), resourceVersion }, { QStringLiteral("start"), QString(lastKey + QChar(0)) } };
    return QString::fromLatin1(toJson(token).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ContinueToken> decodeContinue(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    const QJsonObject token = document.object();
    if (error.error != QJsonParseError::NoError
        || token.value(QStringLiteral("v")).toString() != QLatin1String("meta.k8s.io/v1")
        || !token.value(QStringLiteral("rv")).isDouble())
        return std::nullopt;
    QString start = token.value(QStringLiteral("start")).toString();
    if (start.endsWith(QChar(0)))
        start.chop(1);
    return ContinueToken { static_cast<qint64>(token.value(QStringLiteral("rv")).toDouble()), start };
}

QJsonObject withoutTypeMeta(QJsonObject object)
{
    object.remove(QStringLiteral("kind"));
    object.remove(QStringLiteral("apiVersion"));
    return object;
}

QJsonObject apiResource(const ResourceKind& kind)
{
    QJsonObject resource { { QStringLiteral("name"), kind.plural }, { QStringLiteral("singularName"), kind.singular },
        { QStringLiteral("namespaced"), kind.namespaced }, { QStringLiteral("kind"), kind.kind },
        { QStringLiteral("verbs"),
            QJsonArray { QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"),
                QStringLiteral("list"), QStringLiteral("patch"), QStringLiteral("update"),
                QStringLiteral("watch") } } };
    if (!kind.shortNames.isEmpty())
        resource.insert(QStringLiteral("shortNames"), QJsonArray::fromStringList(kind.shortNames));
    if (!kind.categories.isEmpty())
        resource.insert(QStringLiteral("categories"), QJsonArray::fromStringList(kind.categories));
    return resource;
}

} // namespace

/// Where a resource request points.
struct ApiServer::Route
{
    const ResourceKind* kind = nullptr;
    QString nameSpace;
    QString name;
    bool allNamespaces = false;
    /// The request is for the `/status` subresource.
    bool status = false;
};

ApiServer::ApiServer(QObject* parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
    , m_store(new ObjectStore(this))
{
    connect(m_server, &HttpServer::requestReceived, this, &ApiServer::handle);
    connect(m_store, &ObjectStore::eventRecorded, this, &ApiServer::onStoreEvent);
}

ApiServer::~ApiServer()
{
    for (WatchStream* stream : std::as_const(m_watches))
        disconnect(stream, nullptr, this, nullptr);
}

Expected<void> ApiServer::listen(const TlsIdentity& identity, quint16 port)
{
    m_server->setTlsConfiguration(identity.serverConfiguration());
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error(QStringLiteral("Could not listen on 127.0.0.1:%1").arg(port), m_server->errorString());
    return {};
}

quint16 ApiServer::port() const
{
    return m_server->serverPort();
}

void ApiServer::close()
{
    m_server->close();
    const QList<HttpConnection*> connections = m_server->connections();
    for (HttpConnection* connection : connections)
        connection->abort();
}

void ApiServer::setLimits(const HttpLimits& limits)
{
    m_server->setLimits(limits);
}

void ApiServer::reindex()
{
    // The CRDs' kinds first: their objects are already in the store (keyed by group-resource).
    for (const QJsonObject& crd : m_store->list(*m_catalog.customResourceDefinitions()))
        registerDefinition(crd);
    m_clusterIps.clear();
    m_nodePorts.clear();
    const ResourceKind* services = m_catalog.find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
    for (const QJsonObject& service : m_store->list(*services)) {
        const QJsonObject spec = service.value(QStringLiteral("spec")).toObject();
        for (const QJsonValue& ip : spec.value(QStringLiteral("clusterIPs")).toArray())
            (void)m_clusterIps.claim(ip.toString());
        for (const QJsonValue& port : spec.value(QStringLiteral("ports")).toArray()) {
            if (const int nodePort = port.toObject().value(QStringLiteral("nodePort")).toInt(); nodePort > 0)
                (void)m_nodePorts.claim(nodePort);
        }
    }
}

int ApiServer::dropWatches()
{
    const QList<WatchStream*> streams = m_watches.values();
    for (WatchStream* stream : streams)
        stream->drop();
    return static_cast<int>(streams.size());
}

void ApiServer::onStoreEvent(const WatchEvent& event)
{
    const QList<WatchStream*> streams = m_watches.values();
    for (WatchStream* stream : streams)
        stream->deliver(event);
}

void ApiServer::sendJson(
    HttpConnection* connection, int status, const QJsonObject& body, const QByteArrayList& warnings)
{
    HttpHeaders headers { { "Content-Type", "application/json" }, { "Cache-Control", "no-cache, private" } };
    for (const QByteArray& warning : warnings)
        headers.append(
            { "Warning", "299 - \"" + QByteArray(warning).replace('\\', "\\\\").replace('"', "\\\"") + '"' });
    connection->respond(status, toJson(body), headers);
}

void ApiServer::handle(HttpConnection* connection, const HttpRequest& request)
{
    QString path = request.path;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/healthz") || path == QLatin1String("/livez") || path == QLatin1String("/readyz")) {
        connection->respond(200, "ok", { { "Content-Type", "text/plain; charset=utf-8" } });
        return;
    }
    if (path != QLatin1String("/version") && request.header("authorization") != "Bearer " + m_token.toUtf8()) {
        sendJson(connection, 401, KubeStatus::unauthorized());
        return;
    }
    if (handleDiscovery(connection, request))
        return;

    // Resource paths: /api/v1/... or /apis/<group>/<version>/...
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString group;
    QString version;
    if (segments.size() >= 3 && segments[0] == QLatin1String("api")) {
        version = segments[1];
        segments = segments.mid(2);
    } else if (segments.size() >= 4 && segments[0] == QLatin1String("apis")) {
        group = segments[1];
        version = segments[2];
        segments = segments.mid(3);
    } else {
        sendJson(connection, 404, KubeStatus::pathNotFound());
        return;
    }
    Route route;
    // A trailing "status" names the subresource of kinds that have one.
    const auto subresource = [&route](const QStringList& parts, qsizetype at) {
        if (parts.size() <= at)
            return true;
        route.status = parts.size() == at + 1 && parts[at] == QLatin1String("status")
            && route.kind->statusSubresource;
        return route.status;
    };
    if (segments.size() >= 3 && segments[0] == QLatin1String("namespaces")) {
        const ResourceKind* kind = m_catalog.find(group, version, segments[2]);
        if (kind && kind->namespaced && segments.size() <= 5) {
            route.kind = kind;
            route.nameSpace = segments[1];
            route.name = segments.value(3);
            if (!subresource(segments, 4))
                route.kind = nullptr;
        }
    } else if (segments.size() <= 3) {
        const ResourceKind* kind = m_catalog.find(group, version, segments[0]);
        if (kind && !kind->namespaced) {
            route.kind = kind;
            route.name = segments.value(1);
            if (!subresource(segments, 2))
                route.kind = nullptr;
        } else if (kind && segments.size() == 1) {
            route.kind = kind;
            route.allNamespaces = true;
        }
    }
    if (!route.kind) {
        sendJson(connection, 404, KubeStatus::pathNotFound());
        return;
    }
    handleResource(connection, request, route);
}

bool ApiServer::handleDiscovery(HttpConnection* connection, const HttpRequest& request)
{
    QString path = request.path;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const ResourceCatalog& catalog = m_catalog;
    const bool get = request.method == "GET";
    if (path == QLatin1String("/lab/v1/drop-watches")) {
        if (request.method != "POST") {
            sendJson(connection, 405, KubeStatus::methodNotAllowed());
            return true;
        }
        const int dropped = dropWatches();
        sendJson(connection, 200, { { QStringLiteral("dropped"), dropped } });
        return true;
    }
    if (path == QLatin1String("/lab/v1/rotate-token")) {
        // Lab-only: revokes the current token (every later request with it gets 401) and answers the
        // new one. Open watches stay open, as on a real server; drop them with drop-watches.
        if (request.method != "POST") {
            sendJson(connection, 405, KubeStatus::methodNotAllowed());
            return true;
        }
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        m_token = QString::fromLatin1(bytes.toHex());
        sendJson(connection, 200, { { QStringLiteral("token"), m_token } });
        return true;
    }
    QJsonObject body;
    if (path == QLatin1String("/version")) {
        body = { { QStringLiteral("major"), QStringLiteral("1") }, { QStringLiteral("minor"), QStringLiteral("32") },
            { QStringLiteral("gitVersion"), versionString() },
            { QStringLiteral("gitCommit"), QStringLiteral("0000000000000000000000000000000000000000") },
            { QStringLiteral("gitTreeState"), QStringLiteral("clean") },
            { QStringLiteral("buildDate"), QStringLiteral("2025-04-22T00:00:00Z") },
            { QStringLiteral("goVersion"), QStringLiteral("go1.23.8") },
            { QStringLiteral("compiler"), QStringLiteral("gc") },
            { QStringLiteral("platform"), QStringLiteral("linux/amd64") } };
    } else if (path == QLatin1String("/api")) {
        body = { { QStringLiteral("kind"), QStringLiteral("APIVersions") },
            { QStringLiteral("versions"), QJsonArray { QStringLiteral("v1") } },
            { QStringLiteral("serverAddressByClientCIDRs"),
                QJsonArray { QJsonObject { { QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0") },
                    { QStringLiteral("serverAddress"), QStringLiteral("127.0.0.1:%1").arg(port()) } } } } };
    } else if (path == QLatin1String("/apis")
        || (path.startsWith(QLatin1String("/apis/")) && path.count(QLatin1Char('/')) == 2)) {
        // /apis (APIGroupList) and /apis/<group> (APIGroup), from the catalog: built-in groups first.
        QJsonArray groups;
        QJsonObject single;
        for (const ResourceCatalog::Group& group : m_catalog.groups()) {
            QJsonArray versions;
            for (const QString& version : group.versions)
                versions.append(
                    QJsonObject { { QStringLiteral("groupVersion"), QString(group.name + QLatin1Char('/') + version) },
                        { QStringLiteral("version"), version } });
            const QJsonObject apiGroup { { QStringLiteral("name"), group.name },
                { QStringLiteral("versions"), versions }, { QStringLiteral("preferredVersion"), versions.first() } };
            groups.append(apiGroup);
            if (path == QLatin1String("/apis/") + group.name)
                single = apiGroup;
        }
        if (path == QLatin1String("/apis")) {
            body = { { QStringLiteral("kind"), QStringLiteral("APIGroupList") },
                { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("groups"), groups } };
        } else if (!single.isEmpty()) {
            body = single;
            body.insert(QStringLiteral("kind"), QStringLiteral("APIGroup"));
            body.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
        } else {
            return false;
        }
    } else if (path == QLatin1String("/api/v1")
        || (path.startsWith(QLatin1String("/apis/")) && path.count(QLatin1Char('/')) == 3)) {
        const QString groupVersion = path == QLatin1String("/api/v1") ? QStringLiteral("v1") : path.mid(6);
        if (!catalog.groupVersions().contains(groupVersion))
            return false;
        QJsonArray resources;
        for (const ResourceKind* kind : catalog.kinds()) {
            if (kind->apiVersion() != groupVersion)
                continue;
            resources.append(apiResource(*kind));
            if (kind->statusSubresource)
                resources.append(QJsonObject {
                    { QStringLiteral("name"), QString(kind->plural + QStringLiteral("/status")) },
                    { QStringLiteral("singularName"), QString() }, { QStringLiteral("namespaced"), kind->namespaced },
                    { QStringLiteral("kind"), kind->kind },
                    { QStringLiteral("verbs"),
                        QJsonArray { QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update") } } });
        }
        body = { { QStringLiteral("kind"), QStringLiteral("APIResourceList") },
            { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("groupVersion"), groupVersion },
            { QStringLiteral("resources"), resources } };
    } else if (path == QLatin1String("/openapi/v3")) {
        body = m_openApi.index();
    } else if (path.startsWith(QLatin1String("/openapi/v3/"))) {
        const QString key = path.mid(12);
        for (const QString& groupVersion : catalog.groupVersions()) {
            if (OpenApiBuilder::pathKey(groupVersion) == key) {
                if (!get) {
                    sendJson(connection, 405, KubeStatus::methodNotAllowed());
                    return true;
                }
                connection->respond(200, m_openApi.documentJson(groupVersion),
                    { { "Content-Type", "application/json" }, { "Cache-Control", "public, immutable" },
                        { "Etag", '"' + m_openApi.documentHash(groupVersion).toLatin1() + '"' } });
                return true;
            }
        }
        sendJson(connection, 404, KubeStatus::pathNotFound());
        return true;
    } else {
        return false;
    }
    if (!get) {
        sendJson(connection, 405, KubeStatus::methodNotAllowed());
        return true;
    }
    sendJson(connection, 200, body);
    return true;
}

void ApiServer::handleResource(HttpConnection* connection, const HttpRequest& request, const Route& route)
{
    const ResourceKind& kind = *route.kind;
    const QString dryRun = request.queryValue(QStringLiteral("dryRun"));
    if (!dryRun.isEmpty() && dryRun != QLatin1String("All")) {
        sendJson(connection, 400,
            KubeStatus::badRequest(
                QStringLiteral("Invalid dryRun parameter value: %1; supported values: \"All\"").arg(dryRun)));
        return;
    }
    if (!MediaType::acceptsJson(request.header("accept"))) {
        // The lab answers JSON only (a real API server also offers YAML and protobuf).
        sendJson(connection, 406,
            KubeStatus::failure(406, QStringLiteral("NotAcceptable"),
                QStringLiteral("only the following media types are accepted: %1").arg(QLatin1String(MediaType::json))));
        return;
    }
    const std::optional<SchemaValidator::Mode> mode
        = SchemaValidator::parseMode(request.queryValue(QStringLiteral("fieldValidation")));
    if (!mode) {
        sendJson(connection, 400,
            KubeStatus::badRequest(QStringLiteral("fieldValidation parameter unsupported: %1")
                                       .arg(request.queryValue(QStringLiteral("fieldValidation")))));
        return;
    }
    if (route.name.isEmpty()) {
        if (request.method == "GET") {
            if (request.queryFlag(QStringLiteral("watch")))
                watch(connection, request, route);
            else
                list(connection, request, route);
            return;
        }
        if (request.method == "POST" && !route.allNamespaces) {
            QJsonObject object;
            Outcome outcome = decodeBody(kind, request, object);
            if (outcome.ok())
                outcome = create(kind, route.nameSpace, object, *mode, !dryRun.isEmpty());
            sendJson(connection, outcome.status, outcome.body, outcome.warnings);
            return;
        }
        sendJson(connection, 405, KubeStatus::methodNotAllowed());
        return;
    }
    if (request.method == "GET") {
        const std::optional<QJsonObject> object = m_store->get(kind, route.nameSpace, route.name);
        if (object)
            sendJson(connection, 200, presented(kind, *object));
        else
            sendJson(connection, 404, KubeStatus::notFound(kind, route.name));
        return;
    }
    if (request.method == "DELETE" && !route.status) {
        const Outcome outcome = remove(kind, route.nameSpace, route.name, !dryRun.isEmpty());
        sendJson(connection, outcome.status, outcome.body);
        return;
    }
    if (request.method == "PUT" || request.method == "PATCH") {
        const Outcome outcome
            = update(kind, route.nameSpace, route.name, request, request.method == "PATCH", route.status);
        sendJson(connection, outcome.status, outcome.body, outcome.warnings);
        return;
    }
    sendJson(connection, 405, KubeStatus::methodNotAllowed());
}

void ApiServer::list(HttpConnection* connection, const HttpRequest& request, const Route& route)
{
    const ResourceKind& kind = *route.kind;
    const Expected<Selector> labels = Selector::parseLabels(request.queryValue(QStringLiteral("labelSelector")));
    const Expected<Selector> fields
        = Selector::parseFields(request.queryValue(QStringLiteral("fieldSelector")), route.kind->fieldSelectors);
    if (!labels || !fields) {
        sendJson(connection, 400, KubeStatus::badRequest(!labels ? labels.error().message : fields.error().message));
        return;
    }
    bool limitOk = true;
    const QString limitText = request.queryValue(QStringLiteral("limit"));
    const qint64 limit = limitText.isEmpty() ? 0 : limitText.toLongLong(&limitOk);
    if (!limitOk || limit < 0) {
        sendJson(connection, 400, KubeStatus::badRequest(QStringLiteral("invalid limit: %1").arg(limitText)));
        return;
    }
    qint64 listVersion = m_store->currentResourceVersion();
    QString startAfter;
    const QString continueText = request.queryValue(QStringLiteral("continue"));
    if (!continueText.isEmpty()) {
        const std::optional<ContinueToken> token = decodeContinue(continueText);
        if (!token) {
            sendJson(connection, 400,
                KubeStatus::badRequest(QStringLiteral("continue key is not valid: the continue token is malformed")));
            return;
        }
        if (token->resourceVersion < m_store->oldestResumableVersion()) {
            sendJson(connection, 410,
                KubeStatus::expired(QStringLiteral("The provided continue parameter is too old to display a consistent "
                                                   "list result. You can start a new list "
                                                   "without the continue parameter, or use the continue token in this "
                                                   "response to retrieve the remainder of the "
                                                   "results. Continuing with the provided token results in an "
                                                   "inconsistent list - objects that were created, "
                                                   "modified, or deleted between the time the first chunk was returned "
                                                   "and now may show up in the list.")));
            return;
        }
        listVersion = token->resourceVersion;
        startAfter = token->start;
    }

    // O(log n + page) through the store's ordered index; with selectors O(log n + scanned).
    ObjectStore::Filter filter;
    if (!labels->isEmpty() || !fields->isEmpty())
        filter = [&labels, &fields](
                     const QJsonObject& object) { return labels->matches(object) && fields->matches(object); };
    const ObjectStore::Page page = m_store->page(kind, route.nameSpace, startAfter, limit, filter);
    QJsonArray items;
    for (const QJsonObject& object : page.items)
        items.append(withoutTypeMeta(object));
    QJsonObject metadata { { QStringLiteral("resourceVersion"), QString::number(listVersion) } };
    if (page.more) {
        metadata.insert(QStringLiteral("continue"), encodeContinue(listVersion, page.lastKey));
        if (page.remaining)
            metadata.insert(QStringLiteral("remainingItemCount"), *page.remaining);
    }
    sendJson(connection, 200,
        { { QStringLiteral("kind"), kind.listKind() }, { QStringLiteral("apiVersion"), kind.apiVersion() },
            { kMetadata, metadata }, { QStringLiteral("items"), items } });
}

void ApiServer::watch(HttpConnection* connection, const HttpRequest& request, const Route& route)
{
    Expected<Selector> labels = Selector::parseLabels(request.queryValue(QStringLiteral("labelSelector")));
    Expected<Selector> fields
        = Selector::parseFields(request.queryValue(QStringLiteral("fieldSelector")), route.kind->fieldSelectors);
    if (!labels || !fields) {
        sendJson(connection, 400, KubeStatus::badRequest(!labels ? labels.error().message : fields.error().message));
        return;
    }
    WatchRequest watchRequest;
    watchRequest.kind = route.kind;
    watchRequest.nameSpace = route.nameSpace;
    watchRequest.labels = *labels;
    watchRequest.fields = *fields;
    watchRequest.bookmarks = request.queryFlag(QStringLiteral("allowWatchBookmarks"));
    watchRequest.bookmarkIntervalMs = m_bookmarkIntervalMs;
    const QString timeoutText = request.queryValue(QStringLiteral("timeoutSeconds"));
    if (!timeoutText.isEmpty()) {
        bool ok = false;
        const int timeout = timeoutText.toInt(&ok);
        if (!ok || timeout < 0) {
            sendJson(
                connection, 400, KubeStatus::badRequest(QStringLiteral("invalid timeoutSeconds: %1").arg(timeoutText)));
            return;
        }
        if (timeout > 0)
            watchRequest.timeoutSeconds = timeout;
    }
    const QString versionText = request.queryValue(QStringLiteral("resourceVersion"));
    bool versionOk = true;
    const qint64 from = versionText.isEmpty() ? 0 : versionText.toLongLong(&versionOk);
    if (!versionOk || from < 0) {
        sendJson(
            connection, 400, KubeStatus::badRequest(QStringLiteral("invalid resource version: %1").arg(versionText)));
        return;
    }

    auto* stream = new WatchStream(connection, watchRequest, m_store, this);
    m_watches.insert(stream);
    connect(stream, &WatchStream::finished, this, [this](WatchStream* done) { m_watches.remove(done); });
    stream->start();
    if (from == 0) {
        // No resourceVersion (or "0"): the current state first, as synthetic ADDED events.
        for (const QJsonObject& object : m_store->list(*route.kind, route.nameSpace))
            stream->sendInitial(object);
        if (request.queryFlag(QStringLiteral("sendInitialEvents")) && watchRequest.bookmarks)
            stream->sendInitialEventsEnd();
        return;
    }
    if (from < m_store->oldestResumableVersion()) {
        stream->failAndEnd(KubeStatus::expired(
            QStringLiteral("too old resource version: %1 (%2)").arg(from).arg(m_store->oldestResumableVersion())));
        return;
    }
    for (const WatchEvent& event : m_store->eventsAfter(from))
        stream->deliver(event);
}

ApiServer::Outcome ApiServer::parseBody(const QByteArray& body, QJsonObject& object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return { 400,
            KubeStatus::badRequest(
                QStringLiteral("couldn't get version/kind; json parse error: %1")
                    .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                 : QStringLiteral("not a JSON object"))),
            {} };
    object = document.object();
    return {};
}

ApiServer::Outcome ApiServer::decodeBody(const ResourceKind& kind, const HttpRequest& request, QJsonObject& object)
{
    const QByteArray type = MediaType::essence(request.header("content-type"));
    if (type.isEmpty() || type == MediaType::json)
        return parseBody(request.body, object);
    if (type == MediaType::protobuf && !kind.protobuf) {
        // Custom resources (and here the CRDs themselves) have no protobuf form.
        return { 415,
            KubeStatus::failure(415, QStringLiteral("UnsupportedMediaType"),
                QStringLiteral("the body of the request was in an unknown format: \"%1\" - accepted media types "
                               "include: %2")
                    .arg(QString::fromLatin1(type), QLatin1String(MediaType::json))),
            {} };
    }
    if (type == MediaType::protobuf) {
        const Expected<QJsonObject> decoded = ProtobufDecoder().decodeObject(
            ProtobufSchema::messageNameFor(kind.schema->definitionName()), request.body);
        if (!decoded)
            return { 400,
                KubeStatus::badRequest(QStringLiteral("the body of the request could not be decoded as %1: %2")
                                           .arg(QLatin1String(MediaType::protobuf), decoded.error().message)),
                {} };
        object = *decoded;
        return {};
    }
    return { 415,
        KubeStatus::failure(415, QStringLiteral("UnsupportedMediaType"),
            QStringLiteral("the body of the request was in an unknown format: \"%1\" - accepted media types "
                           "include: %2, %3")
                .arg(QString::fromLatin1(type), QLatin1String(MediaType::json), QLatin1String(MediaType::protobuf))),
        {} };
}

ApiServer::Outcome ApiServer::validate(const ResourceKind& kind, QJsonObject& object, SchemaValidator::Mode mode)
{
    const QString prefix
        = QStringLiteral("%1 in version \"%2\" cannot be handled as a %1: ").arg(kind.kind, kind.version);
    const QString apiVersion = object.value(QStringLiteral("apiVersion")).toString();
    const QString kindName = object.value(QStringLiteral("kind")).toString();
    if ((!apiVersion.isEmpty() && apiVersion != kind.apiVersion()) || (!kindName.isEmpty() && kindName != kind.kind))
        return { 400,
            KubeStatus::badRequest(prefix
                + QStringLiteral("no kind \"%1\" is registered for version \"%2\"")
                      .arg(kindName.isEmpty() ? kind.kind : kindName,
                          apiVersion.isEmpty() ? kind.apiVersion() : apiVersion)),
            {} };
    QStringList unknownFields;
    QList<StructuralValidator::FieldError> invalidFields;
    if (kind.schema) {
        const SchemaValidator::Result result = SchemaValidator::check(object, *kind.schema, mode);
        if (!result.typeError.isEmpty())
            return { 400, KubeStatus::badRequest(prefix + result.typeError), {} };
        unknownFields = result.unknownFields;
    } else {
        const StructuralValidator::Result result = StructuralValidator::check(object, kind.openApiSchema, mode);
        if (!result.decodeError.isEmpty())
            return { 400, KubeStatus::badRequest(prefix + result.decodeError), {} };
        unknownFields = result.unknownFields;
        invalidFields = result.errors;
    }
    Outcome outcome;
    if (!unknownFields.isEmpty()) {
        QStringList messages;
        for (const QString& field : std::as_const(unknownFields))
            messages.append(QStringLiteral("unknown field \"%1\"").arg(field));
        if (mode == SchemaValidator::Mode::Strict)
            return { 400,
                KubeStatus::badRequest(
                    prefix + QStringLiteral("strict decoding error: ") + messages.join(QStringLiteral(", "))),
                {} };
        if (mode == SchemaValidator::Mode::Warn) {
            for (const QString& message : std::as_const(messages))
                outcome.warnings.append(message.toUtf8());
        }
    }
    if (!invalidFields.isEmpty()) {
        // Decoded, then validated against the structural schema: every violation in one 422.
        QList<KubeStatus::Cause> causes;
        for (const StructuralValidator::FieldError& error : std::as_const(invalidFields))
            causes.append({ error.reason, error.detail, error.field });
        return { 422, KubeStatus::invalid(kind, metaValue(object, QStringLiteral("name")), causes), {} };
    }
    object.insert(QStringLiteral("apiVersion"), kind.apiVersion());
    object.insert(QStringLiteral("kind"), kind.kind);
    return outcome;
}

ApiServer::Outcome ApiServer::admit(const ResourceKind& kind, QJsonObject& object, const QJsonObject* existing)
{
    // Kind-specific defaults and checks (what the API server's strategies and allocators do).
    const QString name = metaValue(object, QStringLiteral("name"));
    if (&kind == m_catalog.customResourceDefinitions()) {
        const CustomResourceDefinitions::Verdict verdict
            = CustomResourceDefinitions::admit(kind, object, existing, m_catalog);
        return verdict.ok() ? Outcome() : Outcome { verdict.status, verdict.body, {} };
    }
    if (kind.custom) {
        // Stored in the storage version; status belongs to the status subresource when there is one.
        object.insert(QStringLiteral("apiVersion"), kind.storageApiVersion());
        if (kind.statusSubresource) {
            if (existing && existing->contains(QStringLiteral("status")))
                object.insert(QStringLiteral("status"), existing->value(QStringLiteral("status")));
            else
                object.remove(QStringLiteral("status"));
        }
        return {};
    }
    if (kind.plural == QLatin1String("pods") || kind.plural == QLatin1String("nodes")) {
        // Status belongs to the kubelet and the scheduler (the status subresource).
        if (existing && existing->contains(QStringLiteral("status")))
            object.insert(QStringLiteral("status"), existing->value(QStringLiteral("status")));
        else
            object.remove(QStringLiteral("status"));
        return {};
    }
    if (KeyedDataAdmission::handles(kind)) {
        const KeyedDataAdmission::Verdict verdict = KeyedDataAdmission::admit(kind, object, existing);
        return verdict.ok() ? Outcome() : Outcome { verdict.status, verdict.body, {} };
    }
    if (kind.plural == QLatin1String("namespaces")) {
        QJsonObject metadata = object.value(kMetadata).toObject();
        QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        labels.insert(QStringLiteral("kubernetes.io/metadata.name"), name);
        metadata.insert(QStringLiteral("labels"), labels);
        object.insert(kMetadata, metadata);
        QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
        if (!spec.contains(QStringLiteral("finalizers")))
            spec.insert(QStringLiteral("finalizers"), QJsonArray { QStringLiteral("kubernetes") });
        object.insert(QStringLiteral("spec"), spec);
        object.insert(QStringLiteral("status"),
            existing ? existing->value(QStringLiteral("status"))
                     : QJsonObject { { QStringLiteral("phase"), QStringLiteral("Active") } });
        return {};
    }
    if (kind.plural == QLatin1String("services")) {
        QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
        const QJsonObject oldSpec = existing ? existing->value(QStringLiteral("spec")).toObject() : QJsonObject();
        const QString type = spec.value(QStringLiteral("type")).toString(QStringLiteral("ClusterIP"));
        static const QStringList types { QStringLiteral("ClusterIP"), QStringLiteral("NodePort"),
            QStringLiteral("LoadBalancer"), QStringLiteral("ExternalName") };
        if (!types.contains(type))
            return { 422,
                KubeStatus::invalid(kind, name, QStringLiteral("spec.type"),
                    QStringLiteral("Unsupported value: \"%1\": supported values: \"ClusterIP\", \"ExternalName\", "
                                   "\"LoadBalancer\", \"NodePort\"")
                        .arg(type),
                    QStringLiteral("FieldValueNotSupported")),
                {} };
        spec.insert(QStringLiteral("type"), type);
        QJsonArray ports = spec.value(QStringLiteral("ports")).toArray();
        const QString requestedIp = spec.value(QStringLiteral("clusterIP")).toString();
        if (type != QLatin1String("ExternalName") && ports.isEmpty() && requestedIp != QLatin1String("None"))
            return { 422,
                KubeStatus::invalid(kind, name, QStringLiteral("spec.ports"), QStringLiteral("Required value"),
                    QStringLiteral("FieldValueRequired")),
                {} };
        if (type == QLatin1String("ExternalName") && spec.value(QStringLiteral("externalName")).toString().isEmpty())
            return { 422,
                KubeStatus::invalid(kind, name, QStringLiteral("spec.externalName"), QStringLiteral("Required value"),
                    QStringLiteral("FieldValueRequired")),
                {} };
        const bool needsNodePorts = type == QLatin1String("NodePort") || type == QLatin1String("LoadBalancer");
        const bool allocateNodePorts = type == QLatin1String("NodePort")
            || (type == QLatin1String("LoadBalancer")
                && spec.value(QStringLiteral("allocateLoadBalancerNodePorts")).toBool(true));
        const QJsonArray oldPorts = oldSpec.value(QStringLiteral("ports")).toArray();
        if (existing) {
            const QString oldType = oldSpec.value(QStringLiteral("type")).toString();
            NodePortAllocator::carryOver(ports, oldPorts,
                oldType == QLatin1String("NodePort") || oldType == QLatin1String("LoadBalancer"), needsNodePorts);
        }
        QSet<QString> nodePortsSeen;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            QJsonObject port = ports[i].toObject();
            const int number = port.value(QStringLiteral("port")).toInt();
            if (number < 1 || number > 65535)
                return { 422,
                    KubeStatus::invalid(kind, name, QStringLiteral("spec.ports[%1].port").arg(i),
                        QStringLiteral("Invalid value: %1: must be between 1 and 65535, inclusive").arg(number)),
                    {} };
            if (!port.contains(QStringLiteral("protocol")))
                port.insert(QStringLiteral("protocol"), QStringLiteral("TCP"));
            if (!port.contains(QStringLiteral("targetPort")))
                port.insert(QStringLiteral("targetPort"), number);
            if (const int nodePort = port.value(QStringLiteral("nodePort")).toInt(); nodePort != 0) {
                const QString field = QStringLiteral("spec.ports[%1].nodePort").arg(i);
                if (type == QLatin1String("ClusterIP"))
                    return { 422,
                        KubeStatus::invalid(kind, name, field,
                            QStringLiteral("Forbidden: may not be used when `type` is 'ClusterIP'"),
                            QStringLiteral("FieldValueForbidden")),
                        {} };
                if (nodePort < 1 || nodePort > 65535)
                    return { 422,
                        KubeStatus::invalid(kind, name, field,
                            QStringLiteral("Invalid value: %1: must be between 1 and 65535, inclusive").arg(nodePort)),
                        {} };
                const QString protocolAndPort
                    = port.value(QStringLiteral("protocol")).toString() + QLatin1Char('/') + QString::number(nodePort);
                if (nodePortsSeen.contains(protocolAndPort))
                    return { 422,
                        KubeStatus::invalid(kind, name, field, QStringLiteral("Duplicate value: %1").arg(nodePort),
                            QStringLiteral("FieldValueDuplicate")),
                        {} };
                nodePortsSeen.insert(protocolAndPort);
            }
            ports[i] = port;
        }
        if (const std::optional<NodePortAllocator::Problem> problem
            = m_nodePorts.assign(ports, allocateNodePorts, existing ? &oldPorts : nullptr)) {
            if (problem->rangeFull)
                return { 500,
                    KubeStatus::failure(500, QStringLiteral("InternalError"),
                        QStringLiteral("Internal error occurred: failed to allocate a nodePort: %1")
                            .arg(problem->message)),
                    {} };
            return { 422,
                KubeStatus::invalid(kind, name, QStringLiteral("spec.ports[%1].nodePort").arg(problem->index),
                    QStringLiteral("Invalid value: %1: %2").arg(problem->port).arg(problem->message)),
                {} };
        }
        if (!ports.isEmpty())
            spec.insert(QStringLiteral("ports"), ports);
        if (type != QLatin1String("ExternalName")) {
            if (existing) {
                // Cluster IPs are immutable: keep what was allocated.
                spec.insert(QStringLiteral("clusterIP"), oldSpec.value(QStringLiteral("clusterIP")));
                spec.insert(QStringLiteral("clusterIPs"), oldSpec.value(QStringLiteral("clusterIPs")));
            } else if (requestedIp == QLatin1String("None")) {
                spec.insert(QStringLiteral("clusterIPs"), QJsonArray { QStringLiteral("None") });
            } else {
                QString ip = requestedIp;
                if (ip.isEmpty()) {
                    const Expected<QString> allocated = m_clusterIps.allocate();
                    if (!allocated)
                        return { 500,
                            KubeStatus::failure(500, QStringLiteral("InternalError"), allocated.error().message), {} };
                    ip = *allocated;
                } else if (const Expected<void> claimed = m_clusterIps.claim(ip); !claimed) {
                    return { 422,
                        KubeStatus::invalid(kind, name, QStringLiteral("spec.clusterIPs"),
                            QStringLiteral("Invalid value: []string{\"%1\"}: %2").arg(ip, claimed.error().message)),
                        {} };
                }
                spec.insert(QStringLiteral("clusterIP"), ip);
                spec.insert(QStringLiteral("clusterIPs"), QJsonArray { ip });
            }
            if (!spec.contains(QStringLiteral("ipFamilies")))
                spec.insert(QStringLiteral("ipFamilies"), QJsonArray { QStringLiteral("IPv4") });
            if (!spec.contains(QStringLiteral("ipFamilyPolicy")))
                spec.insert(QStringLiteral("ipFamilyPolicy"), QStringLiteral("SingleStack"));
            if (!spec.contains(QStringLiteral("internalTrafficPolicy")))
                spec.insert(QStringLiteral("internalTrafficPolicy"), QStringLiteral("Cluster"));
        }
        if (!spec.contains(QStringLiteral("sessionAffinity")))
            spec.insert(QStringLiteral("sessionAffinity"), QStringLiteral("None"));
        if (needsNodePorts && !spec.contains(QStringLiteral("externalTrafficPolicy")))
            spec.insert(QStringLiteral("externalTrafficPolicy"), QStringLiteral("Cluster"));
        if (type == QLatin1String("LoadBalancer") && !spec.contains(QStringLiteral("allocateLoadBalancerNodePorts")))
            spec.insert(QStringLiteral("allocateLoadBalancerNodePorts"), true);
        object.insert(QStringLiteral("spec"), spec);
    }
    if (kind.plural == QLatin1String("services") || kind.plural == QLatin1String("ingresses")) {
        // Status belongs to controllers (the status subresource): kept on update, cleared on create.
        QJsonObject status = existing ? existing->value(QStringLiteral("status")).toObject() : QJsonObject();
        if (!status.contains(QStringLiteral("loadBalancer")))
            status.insert(QStringLiteral("loadBalancer"), QJsonObject());
        object.insert(QStringLiteral("status"), status);
    }
    if (kind.plural == QLatin1String("ingresses")) {
        const QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
        const QJsonArray rules = spec.value(QStringLiteral("rules")).toArray();
        if (rules.isEmpty() && !spec.contains(QStringLiteral("defaultBackend")))
            return { 422,
                KubeStatus::invalid(kind, name, QStringLiteral("spec.rules"),
                    QStringLiteral("Required value: either `defaultBackend` or `rules` must be specified"),
                    QStringLiteral("FieldValueRequired")),
                {} };
        for (qsizetype r = 0; r < rules.size(); ++r) {
            const QJsonArray paths
                = rules[r].toObject().value(QStringLiteral("http")).toObject().value(QStringLiteral("paths")).toArray();
            for (qsizetype p = 0; p < paths.size(); ++p) {
                const QString pathType = paths[p].toObject().value(QStringLiteral("pathType")).toString();
                if (pathType != QLatin1String("Exact") && pathType != QLatin1String("Prefix")
                    && pathType != QLatin1String("ImplementationSpecific"))
                    return { 422,
                        KubeStatus::invalid(kind, name,
                            QStringLiteral("spec.rules[%1].http.paths[%2].pathType").arg(r).arg(p),
                            pathType.isEmpty() ? QStringLiteral("Required value: pathType must be specified")
                                               : QStringLiteral("Unsupported value: \"%1\": supported values: "
                                                                "\"Exact\", \"ImplementationSpecific\", \"Prefix\"")
                                                     .arg(pathType)),
                        {} };
            }
        }
    }
    return {};
}

ApiServer::Outcome ApiServer::create(
    const ResourceKind& kind, const QString& nameSpace, QJsonObject object, SchemaValidator::Mode mode, bool dryRun)
{
    Outcome validated = validate(kind, object, mode);
    if (!validated.ok())
        return validated;
    const ResourceKind& namespaces = *m_catalog.namespaces();
    QJsonObject metadata = object.value(kMetadata).toObject();
    if (kind.namespaced) {
        const QString bodyNamespace = metadata.value(QStringLiteral("namespace")).toString();
        if (!bodyNamespace.isEmpty() && bodyNamespace != nameSpace)
            return { 400,
                KubeStatus::badRequest(QStringLiteral(
                    "the namespace of the provided object does not match the namespace sent on the request")),
                {} };
        metadata.insert(QStringLiteral("namespace"), nameSpace);
    } else {
        metadata.remove(QStringLiteral("namespace"));
    }
    QString name = metadata.value(QStringLiteral("name")).toString();
    if (name.isEmpty() && !metadata.value(QStringLiteral("generateName")).toString().isEmpty()) {
        name = metadata.value(QStringLiteral("generateName")).toString() + randomSuffix();
        metadata.insert(QStringLiteral("name"), name);
    }
    if (name.isEmpty())
        return { 422,
            KubeStatus::invalid(kind, name, QStringLiteral("metadata.name"),
                QStringLiteral("Required value: name or generateName is required"),
                QStringLiteral("FieldValueRequired")),
            {} };
    if (const QString problem = nameProblem(kind, name); !problem.isEmpty())
        return { 422,
            KubeStatus::invalid(kind, name, QStringLiteral("metadata.name"),
                QStringLiteral("Invalid value: \"%1\": %2").arg(name, problem)),
            {} };
    if (kind.namespaced) {
        const std::optional<QJsonObject> owner = m_store->get(namespaces, QString(), nameSpace);
        if (!owner)
            return { 404, KubeStatus::notFound(namespaces, nameSpace), {} };
        if (owner->value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString()
            == QLatin1String("Terminating"))
            return { 403,
                KubeStatus::forbidden(kind, name,
                    QStringLiteral("unable to create new content in namespace %1 because it is being terminated")
                        .arg(nameSpace)),
                {} };
    }
    if (m_store->contains(kind, nameSpace, name))
        return { 409, KubeStatus::alreadyExists(kind, name), {} };

    // Server-owned metadata.
    for (const char* field : { "resourceVersion", "uid", "creationTimestamp", "deletionTimestamp",
             "deletionGracePeriodSeconds", "selfLink", "generation", "managedFields" })
        metadata.remove(QString::fromLatin1(field));
    metadata.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert(QStringLiteral("creationTimestamp"), nowTimestamp());
    if (kind.plural != QLatin1String("namespaces") && kind.plural != QLatin1String("services"))
        metadata.insert(QStringLiteral("generation"), 1);
    object.insert(kMetadata, metadata);
    object.insert(QStringLiteral("apiVersion"), kind.apiVersion());
    object.insert(QStringLiteral("kind"), kind.kind);

    const ClusterIpAllocator ipsBefore = m_clusterIps;
    const NodePortAllocator nodePortsBefore = m_nodePorts;
    Outcome outcome = admit(kind, object, nullptr);
    outcome.warnings = validated.warnings;
    if (!outcome.ok() || dryRun) {
        m_clusterIps = ipsBefore;
        m_nodePorts = nodePortsBefore;
    }
    if (!outcome.ok())
        return outcome;
    outcome.status = 201;
    outcome.body = presented(kind, dryRun ? object : m_store->add(kind, object));
    if (!dryRun && &kind == m_catalog.customResourceDefinitions())
        registerDefinition(outcome.body);
    return outcome;
}

ApiServer::Outcome ApiServer::update(const ResourceKind& kind, const QString& nameSpace, const QString& name,
    const HttpRequest& request, bool patch, bool statusOnly)
{
    const SchemaValidator::Mode mode
        = *SchemaValidator::parseMode(request.queryValue(QStringLiteral("fieldValidation")));
    const bool dryRun = !request.queryValue(QStringLiteral("dryRun")).isEmpty();
    const std::optional<QJsonObject> existing = m_store->get(kind, nameSpace, name);
    if (!existing)
        return { 404, KubeStatus::notFound(kind, name), {} };
    QByteArray body = request.body;
    if (patch) {
        const QByteArray type = request.header("content-type").split(';').value(0).trimmed();
        if (type != "application/merge-patch+json" && type != "application/strategic-merge-patch+json")
            return { 415,
                KubeStatus::failure(415, QStringLiteral("UnsupportedMediaType"),
                    QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                   "application/merge-patch+json, application/strategic-merge-patch+json")),
                {} };
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return { 400, KubeStatus::badRequest(QStringLiteral("error decoding patch: %1").arg(error.errorString())),
                {} };
        body = toJson(mergePatch(*existing, document.object()).toObject());
    }
    QJsonObject object;
    Outcome outcome = patch ? parseBody(body, object) : decodeBody(kind, request, object);
    if (outcome.ok() && statusOnly)
        return writeStatus(kind, *existing, object, mode, dryRun);
    if (outcome.ok())
        outcome = validate(kind, object, mode);
    if (!outcome.ok())
        return outcome;
    const QJsonObject oldMeta = existing->value(kMetadata).toObject();
    QJsonObject metadata = object.value(kMetadata).toObject();
    if (metadata.value(QStringLiteral("name")).toString() != name)
        return { 400,
            KubeStatus::badRequest(QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                                       .arg(metadata.value(QStringLiteral("name")).toString(), name)),
            {} };
    const QString sentVersion = metadata.value(QStringLiteral("resourceVersion")).toString();
    if (!sentVersion.isEmpty() && sentVersion != oldMeta.value(QStringLiteral("resourceVersion")).toString())
        return { 409,
            KubeStatus::conflict(kind, name,
                QStringLiteral(
                    "the object has been modified; please apply your changes to the latest version and try again")),
            {} };
    for (const char* field : { "uid", "creationTimestamp", "namespace", "generation", "deletionTimestamp" }) {
        const QString key = QString::fromLatin1(field);
        if (oldMeta.contains(key))
            metadata.insert(key, oldMeta.value(key));
        else
            metadata.remove(key);
    }
    // The generation counts changes of the desired state: the spec, or for custom resources everything
    // but metadata (and status when it is a subresource).
    const auto desired = [&kind](QJsonObject o) {
        o.remove(kMetadata);
        if (kind.statusSubresource || !kind.custom)
            o.remove(QStringLiteral("status"));
        o.remove(QStringLiteral("apiVersion"));
        return kind.custom ? QJsonValue(o) : o.value(QStringLiteral("spec"));
    };
    if (metadata.contains(QStringLiteral("generation")) && desired(object) != desired(*existing))
        metadata.insert(QStringLiteral("generation"), oldMeta.value(QStringLiteral("generation")).toInteger() + 1);
    object.insert(kMetadata, metadata);
    const NodePortAllocator nodePortsBefore = m_nodePorts;
    Outcome admitted = admit(kind, object, &*existing);
    if (!admitted.ok() || dryRun)
        m_nodePorts = nodePortsBefore;
    if (!admitted.ok())
        return admitted;
    outcome.status = 200;
    outcome.body = presented(kind, dryRun ? object : m_store->replace(kind, object));
    if (!dryRun && &kind == m_catalog.customResourceDefinitions())
        registerDefinition(outcome.body);
    return outcome;
}

ApiServer::Outcome ApiServer::writeStatus(const ResourceKind& kind, const QJsonObject& existing, QJsonObject object,
    SchemaValidator::Mode mode, bool dryRun)
{
    const QString name = metaValue(existing, QStringLiteral("name"));
    const QString sentVersion = metaValue(object, QStringLiteral("resourceVersion"));
    if (!sentVersion.isEmpty() && sentVersion != metaValue(existing, QStringLiteral("resourceVersion")))
        return { 409,
            KubeStatus::conflict(kind, name,
                QStringLiteral(
                    "the object has been modified; please apply your changes to the latest version and try again")),
            {} };
    // Only status changes; everything else stays as stored (the status strategy's PrepareForUpdate).
    QJsonObject merged = existing;
    if (object.contains(QStringLiteral("status")) && !object.value(QStringLiteral("status")).isNull())
        merged.insert(QStringLiteral("status"), object.value(QStringLiteral("status")));
    else
        merged.remove(QStringLiteral("status"));
    merged.insert(QStringLiteral("apiVersion"), kind.apiVersion());
    Outcome outcome = validate(kind, merged, mode);
    if (!outcome.ok())
        return outcome;
    if (kind.custom)
        merged.insert(QStringLiteral("apiVersion"), kind.storageApiVersion());
    outcome.status = 200;
    outcome.body = presented(kind, dryRun ? merged : m_store->replace(kind, merged));
    return outcome;
}

ApiServer::Outcome ApiServer::updateStatus(
    const ResourceKind& kind, const QString& nameSpace, const QString& name, const QJsonObject& status)
{
    const std::optional<QJsonObject> existing = m_store->get(kind, nameSpace, name);
    if (!existing)
        return { 404, KubeStatus::notFound(kind, name), {} };
    return writeStatus(
        kind, *existing, { { QStringLiteral("status"), status } }, SchemaValidator::Mode::Strict, false);
}

QJsonObject ApiServer::presented(const ResourceKind& kind, QJsonObject object)
{
    if (kind.custom && object.contains(QStringLiteral("apiVersion")))
        object.insert(QStringLiteral("apiVersion"), kind.apiVersion());
    return object;
}

void ApiServer::registerDefinition(const QJsonObject& crd)
{
    const QJsonObject spec = crd.value(QStringLiteral("spec")).toObject();
    const QString group = spec.value(QStringLiteral("group")).toString();
    const QString plural = spec.value(QStringLiteral("names")).toObject().value(QStringLiteral("plural")).toString();
    m_catalog.remove(group, plural);
    for (ResourceKind& kind : CustomResourceDefinitions::kindsFor(crd))
        m_catalog.add(std::move(kind));
}

void ApiServer::finalizeDefinition(const QString& name)
{
    const ResourceKind& definitions = *m_catalog.customResourceDefinitions();
    const std::optional<QJsonObject> crd = m_store->get(definitions, QString(), name);
    if (!crd)
        return;
    const QJsonObject spec = crd->value(QStringLiteral("spec")).toObject();
    const QString group = spec.value(QStringLiteral("group")).toString();
    const QString plural = spec.value(QStringLiteral("names")).toObject().value(QStringLiteral("plural")).toString();
    const QList<const ResourceKind*> kinds = m_catalog.versionsOf(group, plural);
    // The objects first (each a DELETED event for its watchers), then the kind, then the CRD.
    if (!kinds.isEmpty()) {
        for (const QJsonObject& object : m_store->list(*kinds.front()))
            m_store->remove(*kinds.front(), metaValue(object, QStringLiteral("namespace")),
                metaValue(object, QStringLiteral("name")));
    }
    m_catalog.remove(group, plural);
    const QList<WatchStream*> streams = m_watches.values();
    for (WatchStream* stream : streams) {
        if (stream->kind()->group == group && stream->kind()->plural == plural)
            stream->end();
    }
    m_store->remove(definitions, QString(), name);
}

ApiServer::Outcome ApiServer::remove(
    const ResourceKind& kind, const QString& nameSpace, const QString& name, bool dryRun)
{
    const std::optional<QJsonObject> existing = m_store->get(kind, nameSpace, name);
    if (!existing)
        return { 404, KubeStatus::notFound(kind, name), {} };
    if (kind.plural == QLatin1String("namespaces")) {
        static const QStringList immortal { QStringLiteral("default"), QStringLiteral("kube-system"),
            QStringLiteral("kube-public") };
        if (immortal.contains(name))
            return { 403, KubeStatus::forbidden(kind, name, QStringLiteral("this namespace may not be deleted")), {} };
        QJsonObject object = *existing;
        if (object.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString()
                == QLatin1String("Terminating")
            || dryRun)
            return { 200, object, {} };
        // Terminating first; the namespace controller's work (deleting the content) follows shortly.
        QJsonObject metadata = object.value(kMetadata).toObject();
        metadata.insert(QStringLiteral("deletionTimestamp"), nowTimestamp());
        metadata.insert(QStringLiteral("deletionGracePeriodSeconds"), 0);
        object.insert(kMetadata, metadata);
        object.insert(
            QStringLiteral("status"), QJsonObject { { QStringLiteral("phase"), QStringLiteral("Terminating") } });
        object = m_store->replace(kind, object);
        QTimer::singleShot(m_terminationDelayMs, this, [this, name] { finalizeNamespace(name); });
        return { 200, object, {} };
    }
    if (&kind == m_catalog.customResourceDefinitions()) {
        // The API server's finalizer: the CRD is Terminating until its objects are gone, then removed.
        if (dryRun || !metaValue(*existing, QStringLiteral("deletionTimestamp")).isEmpty())
            return { 200, *existing, {} };
        const QJsonObject crd
            = m_store->replace(kind, CustomResourceDefinitions::terminating(*existing, nowTimestamp()));
        QTimer::singleShot(0, this, [this, name] { finalizeDefinition(name); });
        return { 200, crd, {} };
    }
    if (dryRun)
        return { 200, KubeStatus::success(KubeStatus::details(kind, name, metaValue(*existing, QStringLiteral("uid")))),
            {} };
    m_store->remove(kind, nameSpace, name);
    if (kind.plural == QLatin1String("services")) {
        const QJsonObject spec = existing->value(QStringLiteral("spec")).toObject();
        for (const QJsonValue& ip : spec.value(QStringLiteral("clusterIPs")).toArray())
            m_clusterIps.release(ip.toString());
        m_nodePorts.releaseAll(spec.value(QStringLiteral("ports")).toArray());
    }
    return { 200, KubeStatus::success(KubeStatus::details(kind, name, metaValue(*existing, QStringLiteral("uid")))),
        {} };
}

void ApiServer::finalizeNamespace(const QString& name)
{
    QSet<QString> done;
    for (const ResourceKind* kind : m_catalog.kinds()) {
        if (!kind->namespaced || done.contains(kind->groupResource()))
            continue;
        done.insert(kind->groupResource());
        for (const QJsonObject& object : m_store->list(*kind, name))
            remove(*kind, name, metaValue(object, QStringLiteral("name")));
    }
    m_store->remove(*m_catalog.namespaces(), QString(), name);
}

} // namespace Netloom::Lab
