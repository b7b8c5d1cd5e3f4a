#include "app/lab/cloud/CloudApiServer.h"

#include "app/lab/cloud/CloudKind.h"
#include "app/lab/cloud/CloudRenderer.h"
#include "app/lab/http/HttpServer.h"
#include "app/lab/http/TlsIdentity.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Netloom::Lab {

namespace {

constexpr int DefaultLimit = 1000;
constexpr int MaxLimit = 10000;
constexpr int MaxDepth = 10;

bool isWrite(const QByteArray& method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

} // namespace

CloudApiServer::CloudApiServer(QObject* parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
{
    connect(m_server, &HttpServer::requestReceived, this, &CloudApiServer::handle);
    m_refillClock.start();
}

CloudApiServer::~CloudApiServer() = default;

Expected<void> CloudApiServer::listen(const TlsIdentity& identity, quint16 port)
{
    m_server->setTlsConfiguration(identity.serverConfiguration());
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error(QStringLiteral("Could not listen on 127.0.0.1:%1 for the cloud API").arg(port),
            m_server->errorString());
    return {};
}

quint16 CloudApiServer::port() const
{
    return m_server->serverPort();
}

void CloudApiServer::close()
{
    m_server->close();
    const QList<HttpConnection*> connections = m_server->connections();
    for (HttpConnection* connection : connections)
        connection->abort();
}

QUrl CloudApiServer::directUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port()).arg(QLatin1String(BasePath)));
}

QUrl CloudApiServer::publicUrl() const
{
    return m_publicUrl.isEmpty() ? directUrl() : m_publicUrl;
}

void CloudApiServer::setBasicCredentials(const QString& username, const QString& password)
{
    m_basic = (username + QLatin1Char(':') + password).toUtf8();
}

void CloudApiServer::setLimits(const HttpLimits& limits)
{
    m_server->setLimits(limits);
}

void CloudApiServer::setRequestDelays(int queuedMs, int runningMs)
{
    m_queuedMs = std::max(0, queuedMs);
    m_runningMs = std::max(0, runningMs);
}

void CloudApiServer::setRateLimit(int perMinute, int burst)
{
    m_perMinute = std::max(1, perMinute);
    m_burst = std::max(1, burst);
    m_tokens = m_burst;
    m_refillClock.restart();
}

void CloudApiServer::injectFaults(int status, int count, int retryAfterSeconds)
{
    m_faultStatus = status;
    m_faultCount = count;
    m_faultRetryAfter = retryAfterSeconds;
}

const CloudEntity& CloudApiServer::seed(
    const QString& type, const QString& parentId, const QJsonObject& properties, const QString& id)
{
    CloudEntity entity;
    entity.type = type;
    entity.id = id.isEmpty() ? m_store.newId(type + parentId) : id;
    entity.parentId = parentId;
    entity.properties = properties;
    entity.created = QDateTime::currentDateTimeUtc().addDays(-30);
    entity.modified = entity.created;
    return m_store.insert(std::move(entity));
}

int CloudApiServer::remainingTokens()
{
    const double elapsedMinutes = static_cast<double>(m_refillClock.restart()) / 60000.0;
    m_tokens = std::min<double>(m_burst, m_tokens + elapsedMinutes * m_perMinute);
    return static_cast<int>(std::floor(m_tokens));
}

bool CloudApiServer::takeToken(int* retryAfterSeconds)
{
    if (remainingTokens() >= 1) {
        m_tokens -= 1;
        return true;
    }
    const double missing = 1.0 - m_tokens;
    *retryAfterSeconds = std::max(1, static_cast<int>(std::ceil(missing * 60.0 / m_perMinute)));
    return false;
}

HttpHeaders CloudApiServer::rateHeaders()
{
    return { { "X-RateLimit-Limit", QByteArray::number(m_perMinute) },
        { "X-RateLimit-Burst", QByteArray::number(m_burst) },
        { "X-RateLimit-Remaining", QByteArray::number(std::max(0, remainingTokens())) } };
}

void CloudApiServer::sendJson(HttpConnection* connection, int status, const QJsonObject& body, HttpHeaders headers)
{
    headers.emplaceBack(QByteArray("Content-Type"), QByteArray("application/json"));
    headers.append(rateHeaders());
    connection->respond(status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

void CloudApiServer::sendError(
    HttpConnection* connection, int status, const QString& code, const QString& message, HttpHeaders headers)
{
    const QJsonObject body { { QStringLiteral("httpStatus"), status },
        { QStringLiteral("messages"),
            QJsonArray { QJsonObject {
                { QStringLiteral("errorCode"), code }, { QStringLiteral("message"), message } } } } };
    sendJson(connection, status, body, std::move(headers));
}

bool CloudApiServer::authenticate(const HttpRequest& request, bool* readOnly) const
{
    const QByteArray authorization = request.header("authorization");
    *readOnly = false;
    if (authorization.startsWith("Bearer ")) {
        const QString presented = QString::fromUtf8(authorization.mid(7).trimmed());
        if (!m_token.isEmpty() && presented == m_token)
            return true;
        if (!m_readOnlyToken.isEmpty() && presented == m_readOnlyToken) {
            *readOnly = true;
            return true;
        }
        return false;
    }
    if (authorization.startsWith("Basic ") && !m_basic.isEmpty())
        return QByteArray::fromBase64(authorization.mid(6).trimmed()) == m_basic;
    return false;
}

int CloudApiServer::depthOf(const HttpRequest& request, bool* ok) const
{
    *ok = true;
    if (!request.hasQuery(QStringLiteral("depth")))
        return 0;
    const int depth = request.queryValue(QStringLiteral("depth")).toInt(ok);
    *ok = *ok && depth >= 0 && depth <= MaxDepth;
    return depth;
}

void CloudApiServer::handle(HttpConnection* connection, const HttpRequest& request)
{
    ++m_requestCount;
    const QString base = QLatin1String(BasePath);
    if (request.path != base && !request.path.startsWith(base + QLatin1Char('/')))
        return sendError(connection, 404, QStringLiteral("309"), QStringLiteral("Resource does not exist"));
    bool readOnly = false;
    if (!authenticate(request, &readOnly))
        return sendError(connection, 401, QStringLiteral("315"),
            QStringLiteral("Unauthorized: the credentials are missing or invalid"),
            { { "WWW-Authenticate", "Basic realm=\"IONOS Cloud API\"" } });
    const QByteArray contract = request.header("x-contract-number");
    if (!contract.isEmpty() && !m_contractNumber.isEmpty() && QString::fromLatin1(contract) != m_contractNumber)
        return sendError(connection, 403, QStringLiteral("316"),
            QStringLiteral("Access denied: you are not a member of contract %1").arg(QString::fromLatin1(contract)));
    if (m_faultCount > 0) {
        --m_faultCount;
        return sendError(connection, m_faultStatus, QStringLiteral("900"),
            m_faultStatus == 429 ? QStringLiteral("Too many requests: the request rate limit was exceeded")
                                 : QStringLiteral("Service unavailable: maintenance in progress"),
            { { "Retry-After", QByteArray::number(m_faultRetryAfter) } });
    }
    int retryAfter = 1;
    if (!takeToken(&retryAfter)) {
        ++m_rateLimitedCount;
        return sendError(connection, 429, QStringLiteral("900"),
            QStringLiteral("Too many requests: the request rate limit was exceeded"),
            { { "Retry-After", QByteArray::number(retryAfter) } });
    }
    if (readOnly && isWrite(request.method))
        return sendError(connection, 403, QStringLiteral("317"),
            QStringLiteral("Access denied: this token may only read (%1 %2)")
                .arg(QString::fromLatin1(request.method), request.path.mid(base.size())));
    const QStringList segments = request.path.mid(base.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route(connection, request, segments);
}

void CloudApiServer::route(HttpConnection* connection, const HttpRequest& request, const QStringList& segments)
{
    if (segments.size() == 3 && segments[0] == QLatin1String("requests") && segments[2] == QLatin1String("status")) {
        if (request.method != "GET")
            return sendError(connection, 405, QStringLiteral("305"), QStringLiteral("Method not allowed"));
        return requestStatus(connection, segments[1]);
    }
    if (segments.size() == 3 && segments[0] == QLatin1String("k8s") && segments[2] == QLatin1String("kubeconfig")) {
        const CloudEntity* cluster = m_store.find(segments[1]);
        if (!cluster || cluster->type != QLatin1String("k8s"))
            return sendError(connection, 404, QStringLiteral("309"), QStringLiteral("Resource does not exist"));
        HttpHeaders headers { { "Content-Type", "application/yaml" } };
        headers.append(rateHeaders());
        return connection->respond(200, m_kubeconfig, headers);
    }
    QString parentType;
    QString parentId;
    for (qsizetype i = 0; i < segments.size(); i += 2) {
        const CloudKind* kind = CloudKind::bySegment(parentType, segments[i]);
        if (!kind)
            return sendError(connection, 404, QStringLiteral("309"), QStringLiteral("Resource does not exist"));
        if (i + 1 == segments.size())
            return collectionRequest(connection, request, *kind, parentId);
        CloudEntity* entity = m_store.findMutable(segments[i + 1]);
        if (!entity || entity->type != kind->type || entity->parentId != parentId)
            return sendError(connection, 404, QStringLiteral("309"),
                QStringLiteral("Resource does not exist: %1 %2").arg(kind->type, segments[i + 1]));
        if (i + 2 == segments.size())
            return entityRequest(connection, request, *entity);
        parentType = kind->type;
        parentId = entity->id;
    }
    sendError(connection, 404, QStringLiteral("309"), QStringLiteral("Resource does not exist"));
}

void CloudApiServer::collectionRequest(
    HttpConnection* connection, const HttpRequest& request, const CloudKind& kind, const QString& parentId)
{
    bool depthOk = false;
    const int depth = depthOf(request, &depthOk);
    if (!depthOk)
        return sendError(connection, 422, QStringLiteral("100"),
            QStringLiteral("Invalid depth: expected 0 to %1").arg(MaxDepth));
    const CloudRenderer renderer(m_store, publicUrl());
    if (request.method == "GET") {
        bool offsetOk = true;
        bool limitOk = true;
        const int offset = request.hasQuery(QStringLiteral("offset"))
            ? request.queryValue(QStringLiteral("offset")).toInt(&offsetOk)
            : 0;
        const int limit = request.hasQuery(QStringLiteral("limit"))
            ? request.queryValue(QStringLiteral("limit")).toInt(&limitOk)
            : DefaultLimit;
        if (!offsetOk || !limitOk || offset < 0 || limit < 1 || limit > MaxLimit)
            return sendError(connection, 422, QStringLiteral("100"),
                QStringLiteral("Invalid pagination: offset must be >= 0 and limit 1 to %1").arg(MaxLimit));
        return sendJson(connection, 200, renderer.collection(kind, parentId, depth, offset, limit));
    }
    if (request.method != "POST")
        return sendError(connection, 405, QStringLiteral("305"), QStringLiteral("Method not allowed"));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    QJsonObject properties = document.object().value(QLatin1String("properties")).toObject();
    if (!document.isObject() || !document.object().value(QLatin1String("properties")).isObject())
        return sendError(connection, 400, QStringLiteral("200"),
            QStringLiteral("Parse error: the body must be a JSON object with 'properties'"));
    for (const QString& key : kind.serverProperties)
        properties.remove(key);
    if (const QString invalid = kind.validate(properties, true); !invalid.isEmpty())
        return sendError(connection, 422, QStringLiteral("100"), invalid);
    if (kind.admit)
        kind.admit(m_store, properties);
    CloudEntity entity;
    entity.type = kind.type;
    if (kind.type == QLatin1String("lan")) {
        // LAN ids are small integers, unique in their data centre.
        int highest = 0;
        for (const CloudEntity* lan : m_store.children(parentId, kind.type))
            highest = std::max(highest, lan->id.toInt());
        entity.id = QString::number(highest + 1);
    } else {
        entity.id = m_store.newId(kind.type + parentId);
    }
    entity.parentId = parentId;
    entity.properties = properties;
    entity.state = QStringLiteral("BUSY");
    entity.created = QDateTime::currentDateTimeUtc();
    entity.modified = entity.created;
    CloudEntity& stored = *m_store.findMutable(m_store.insert(std::move(entity)).id);
    const QString requestId = startRequest(stored, QStringLiteral("create"), {});
    sendJson(connection, 202, renderer.entity(stored, std::max(1, depth)),
        { { "Location", renderer.href(QStringLiteral("/requests/%1/status").arg(requestId)).toUtf8() } });
}

void CloudApiServer::entityRequest(HttpConnection* connection, const HttpRequest& request, CloudEntity& entity)
{
    bool depthOk = false;
    const int depth = depthOf(request, &depthOk);
    if (!depthOk)
        return sendError(connection, 422, QStringLiteral("100"),
            QStringLiteral("Invalid depth: expected 0 to %1").arg(MaxDepth));
    const CloudRenderer renderer(m_store, publicUrl());
    const CloudKind* kind = CloudKind::byType(entity.type);
    if (request.method == "GET")
        return sendJson(connection, 200, renderer.entity(entity, depth));
    if (request.method != "PUT" && request.method != "PATCH" && request.method != "DELETE")
        return sendError(connection, 405, QStringLiteral("305"), QStringLiteral("Method not allowed"));
    if (entity.state == QLatin1String("BUSY") || entity.state == QLatin1String("DESTROYING"))
        return sendError(connection, 422, QStringLiteral("101"),
            QStringLiteral("The %1 %2 is %3: wait for its request to finish").arg(entity.type, entity.id, entity.state));
    const QJsonObject previous = entity.properties;
    QString action = QStringLiteral("update");
    if (request.method == "DELETE") {
        action = QStringLiteral("delete");
        entity.state = QStringLiteral("DESTROYING");
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return sendError(connection, 400, QStringLiteral("200"), QStringLiteral("Parse error: expected a JSON object"));
        QJsonObject properties;
        if (request.method == "PUT") {
            if (!document.object().value(QLatin1String("properties")).isObject())
                return sendError(
                    connection, 400, QStringLiteral("200"), QStringLiteral("Parse error: 'properties' is required"));
            properties = document.object().value(QLatin1String("properties")).toObject();
        } else {
            properties = entity.properties;
            const QJsonObject patch = document.object();
            for (auto it = patch.begin(); it != patch.end(); ++it)
                properties.insert(it.key(), it.value());
        }
        for (const QString& key : kind->serverProperties) {
            properties.remove(key);
            if (entity.properties.contains(key))
                properties.insert(key, entity.properties.value(key));
        }
        if (const QString invalid = kind->validate(properties, request.method == "PUT"); !invalid.isEmpty())
            return sendError(connection, 422, QStringLiteral("100"), invalid);
        entity.properties = properties;
        entity.state = QStringLiteral("BUSY");
        entity.modified = QDateTime::currentDateTimeUtc();
        ++entity.revision;
    }
    const QString requestId = startRequest(entity, action, previous);
    const HttpHeaders location {
        { "Location", renderer.href(QStringLiteral("/requests/%1/status").arg(requestId)).toUtf8() }
    };
    if (action == QLatin1String("delete")) {
        HttpHeaders headers = location;
        headers.append(rateHeaders());
        return connection->respond(202, {}, headers);
    }
    sendJson(connection, 202, renderer.entity(entity, std::max(1, depth)), location);
}

QString CloudApiServer::startRequest(CloudEntity& entity, const QString& action, const QJsonObject& previous)
{
    const CloudRenderer renderer(m_store, publicUrl());
    PendingRequest pending;
    pending.id = m_store.newId(QStringLiteral("request"));
    pending.entityId = entity.id;
    pending.entityType = entity.type;
    pending.entityHref = renderer.href(renderer.pathOf(entity));
    pending.action = action;
    pending.previousProperties = previous;
    if (!m_failNext.isEmpty()) {
        pending.fail = true;
        pending.failMessage = std::exchange(m_failNext, QString());
    }
    const QString id = pending.id;
    m_requests.insert(id, pending);
    QTimer::singleShot(m_queuedMs, this, [this, id]() { advance(id); });
    return id;
}

void CloudApiServer::advance(const QString& requestId)
{
    const auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    PendingRequest& pending = *it;
    if (pending.status == QLatin1String("QUEUED")) {
        pending.status = QStringLiteral("RUNNING");
        QTimer::singleShot(m_runningMs, this, [this, requestId]() { advance(requestId); });
        return;
    }
    CloudEntity* entity = m_store.findMutable(pending.entityId);
    if (pending.fail) {
        pending.status = QStringLiteral("FAILED");
        pending.message = pending.failMessage;
        if (entity && pending.action == QLatin1String("create")) {
            m_store.remove(pending.entityId);
        } else if (entity) {
            if (pending.action == QLatin1String("update"))
                entity->properties = pending.previousProperties;
            entity->state = QStringLiteral("AVAILABLE");
        }
        return;
    }
    pending.status = QStringLiteral("DONE");
    pending.message = QStringLiteral("Request successfully executed");
    if (!entity)
        return;
    if (pending.action == QLatin1String("delete"))
        m_store.remove(pending.entityId);
    else
        entity->state = QStringLiteral("AVAILABLE");
}

void CloudApiServer::requestStatus(HttpConnection* connection, const QString& requestId)
{
    const auto it = m_requests.constFind(requestId);
    if (it == m_requests.cend())
        return sendError(connection, 404, QStringLiteral("309"), QStringLiteral("Request does not exist"));
    const CloudRenderer renderer(m_store, publicUrl());
    const QString path = QStringLiteral("/requests/%1/status").arg(requestId);
    const QJsonObject target { { QStringLiteral("target"),
                                   QJsonObject { { QStringLiteral("id"), it->entityId },
                                       { QStringLiteral("type"), it->entityType },
                                       { QStringLiteral("href"), it->entityHref } } },
        { QStringLiteral("status"), it->status } };
    QJsonObject metadata { { QStringLiteral("status"), it->status }, { QStringLiteral("targets"), QJsonArray { target } },
        { QStringLiteral("etag"), QString(it->id.left(8) + it->status) } };
    if (!it->message.isEmpty())
        metadata.insert(QStringLiteral("message"), it->message);
    sendJson(connection, 200,
        { { QStringLiteral("id"), requestId }, { QStringLiteral("type"), QStringLiteral("request-status") },
            { QStringLiteral("href"), renderer.href(path) }, { QStringLiteral("metadata"), metadata } });
}

} // namespace Netloom::Lab
