#pragma once

#include "app/lab/cloud/CloudStore.h"
#include "app/lab/http/HttpConnection.h"

#include "models/core/Expected.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace Netloom::Lab {

class HttpServer;
class TlsIdentity;
struct CloudKind;

/// The lab's IONOS Cloud API v6: a stateful subset over HTTPS on 127.0.0.1, below /cloudapi/v6.
///  - data centres with their LANs, NAT gateways and network load balancers (with forwarding
///    rules), IP blocks, managed clusters with node pools, GET /k8s/{id}/kubeconfig;
///  - GET lists (offset/limit pages with _links, depth), GET/POST/PUT/PATCH/DELETE of objects;
///  - writes answer 202 with Location: <public URL>/requests/{id}/status; the request goes QUEUED →
///    RUNNING → DONE (delays settable), the object is BUSY until then (a delete removes it at DONE);
///  - Bearer token or Basic auth (401), a read-only token (403 on writes), X-Contract-Number;
///  - X-RateLimit-Limit/-Burst/-Remaining on every answer, 429 with Retry-After when the bucket is
///    empty; error bodies {httpStatus, messages[{errorCode, message}]} as IONOS writes them.
/// One thread, event-driven.
class CloudApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudApiServer)

public:
    static constexpr const char* BasePath = "/cloudapi/v6";

    explicit CloudApiServer(QObject* parent = nullptr);
    ~CloudApiServer() override;

    /// Listens on 127.0.0.1:port (0 picks a free one) with the identity's serving certificate.
    Expected<void> listen(const TlsIdentity& identity, quint16 port = 0);
    quint16 port() const;
    void close();

    /// The base URL clients use ("https://127.0.0.1:PORT/cloudapi/v6" unless set): hrefs, _links and
    /// Location are built on it, so that a proxy in front sees its own URLs.
    QUrl publicUrl() const;
    void setPublicUrl(const QUrl& url) { m_publicUrl = url; }
    /// The lab's own URL ("https://127.0.0.1:PORT/cloudapi/v6").
    QUrl directUrl() const;

    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }
    /// A second token that may read but not write (403 on writes).
    void setReadOnlyToken(const QString& token) { m_readOnlyToken = token; }
    void setBasicCredentials(const QString& username, const QString& password);
    /// When set, a request naming another X-Contract-Number gets 403.
    void setContractNumber(const QString& number) { m_contractNumber = number; }
    void setLimits(const HttpLimits& limits);

    /// Time a request stays QUEUED, then RUNNING, before DONE.
    void setRequestDelays(int queuedMs, int runningMs);
    /// The rate limit: @p perMinute refilled steadily, at most @p burst at once.
    void setRateLimit(int perMinute, int burst);
    /// The next @p count requests (after auth) are answered @p status (429, 503...) with Retry-After.
    void injectFaults(int status, int count, int retryAfterSeconds = 1);
    /// The next write's request ends FAILED with @p message (the object is rolled back).
    void failNextRequest(const QString& message) { m_failNext = message; }
    /// The kubeconfig served by GET /k8s/{id}/kubeconfig (the lab's Kubernetes API).
    void setKubeconfig(const QByteArray& yaml) { m_kubeconfig = yaml; }

    CloudStore& store() { return m_store; }
    const CloudStore& store() const { return m_store; }
    /// Requests received (all of them, refused ones included).
    int requestCount() const { return m_requestCount; }
    /// Requests answered 429 because the rate-limit bucket was empty (injected faults not counted).
    int rateLimitedCount() const { return m_rateLimitedCount; }

    /// Creates an object directly (the seed), AVAILABLE at once.
    const CloudEntity& seed(const QString& type, const QString& parentId, const QJsonObject& properties,
        const QString& id = {});

private:
    struct PendingRequest
    {
        QString id;
        QString status = QStringLiteral("QUEUED");
        QString message;
        QString entityId;
        QString entityType;
        QString entityHref;
        QString action; // create, update, delete
        QJsonObject previousProperties;
        bool fail = false;
        QString failMessage;
    };

    void handle(HttpConnection* connection, const HttpRequest& request);
    void route(HttpConnection* connection, const HttpRequest& request, const QStringList& segments);
    void collectionRequest(HttpConnection* connection, const HttpRequest& request, const CloudKind& kind,
        const QString& parentId);
    void entityRequest(HttpConnection* connection, const HttpRequest& request, CloudEntity& entity);
    void requestStatus(HttpConnection* connection, const QString& requestId);
    bool authenticate(const HttpRequest& request, bool* readOnly) const;
    bool takeToken(int* retryAfterSeconds);
    int remainingTokens();
    void sendJson(HttpConnection* connection, int status, const QJsonObject& body, HttpHeaders headers = {});
    void sendError(HttpConnection* connection, int status, const QString& code, const QString& message,
        HttpHeaders headers = {});
    HttpHeaders rateHeaders();
    QString startRequest(CloudEntity& entity, const QString& action, const QJsonObject& previous);
    void advance(const QString& requestId);
    int depthOf(const HttpRequest& request, bool* ok) const;

    HttpServer* m_server;
    CloudStore m_store;
    QUrl m_publicUrl;
    QString m_token;
    QString m_readOnlyToken;
    QByteArray m_basic; // "user:password"
    QString m_contractNumber;
    int m_queuedMs = 150;
    int m_runningMs = 250;
    int m_perMinute = 12000;
    int m_burst = 200;
    double m_tokens = 200;
    QElapsedTimer m_refillClock;
    int m_faultStatus = 0;
    int m_faultCount = 0;
    int m_faultRetryAfter = 1;
    QString m_failNext;
    QByteArray m_kubeconfig;
    QHash<QString, PendingRequest> m_requests;
    int m_requestCount = 0;
    int m_rateLimitedCount = 0;
};

} // namespace Netloom::Lab
