#pragma once

#include "models/cloud/IonosConfig.h"
#include "models/core/Expected.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

namespace Netloom::Net {
class HttpClient;
class HttpReply;
} // namespace Netloom::Net

namespace Netloom::Cloud {

/// The IONOS Cloud API v6 protocol on models/net's HttpClient, one event loop, nothing blocking:
///  - auth: "Authorization: Bearer" with a token, else Basic with username and password;
///    X-Contract-Number when configured; the CA bundle of the config;
///  - list(): every page of a collection (offset/limit, following _links.next), at a depth; each
///    page is parsed on a background thread (models/core's backgroundPool);
///  - write(): POST/PUT/PATCH/DELETE, then the 202's Location (/requests/{id}/status) polled until
///    DONE (the result is the 202's body) or FAILED (the server's message);
///  - 429/502/503/504 and connection failures are retried with backoff (honouring Retry-After) for
///    GET, PUT and DELETE only (the HTTP layer's RetryPolicy): a POST or PATCH is never sent twice
///    by us; a 429 to one is reported with its Retry-After;
///  - X-RateLimit-Remaining (minus the requests still on their way) at 0 holds further requests
///    and lets them leave one slot (66 s / X-RateLimit-Limit: 10% margin) apart, in order;
///  - error bodies ({httpStatus, messages[]}) quoted verbatim (IonosError); 401/403 never retried.
/// Callbacks run on this object's thread, never after it was destroyed (pending ones are dropped).
class IonosApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IonosApi)

public:
    using ObjectCallback = std::function<void(const Expected<QJsonObject>&)>;
    using ItemsCallback = std::function<void(const Expected<QList<QJsonObject>>&)>;
    using BytesCallback = std::function<void(const Expected<QByteArray>&)>;

    explicit IonosApi(IonosConfig config, QObject* parent = nullptr);
    ~IonosApi() override;

    const IonosConfig& config() const { return m_config; }

    /// GET @p path at @p depth (an object).
    void get(const QString& path, int depth, ObjectCallback done);
    /// GET every page of the collection @p path at @p depth. @p paginated false: one request without
    /// offset/limit (the /k8s collections have none).
    void list(const QString& path, int depth, ItemsCallback done, bool paginated = true);
    /// GET @p path as bytes with Accept @p accept (the kubeconfig).
    void getBytes(const QString& path, const QByteArray& accept, BytesCallback done);
    /// A write: @p method POST, PUT, PATCH or DELETE with a JSON body (none for DELETE); once the
    /// answer is 202 the request is polled until DONE. The result is the 202's body (empty object for
    /// DELETE).
    void write(const QByteArray& method, const QString& path, const QJsonObject& body, ObjectCallback done);

    /// Every HTTP attempt sent so far (retries and polls included): what a proxy in front counts.
    int requestCount() const { return m_requestCount; }
    /// Drops every call in flight; their callbacks are never run.
    void cancelAll();

    /// The first poll comes after @p initial, then the interval doubles up to @p max.
    void setPollInterval(std::chrono::milliseconds initial, std::chrono::milliseconds max);
    /// A request not DONE after this long fails (default 10 minutes).
    void setPollTimeout(std::chrono::milliseconds timeout) { m_pollTimeout = timeout; }

Q_SIGNALS:
    /// A polled request changed status (QUEUED, RUNNING, DONE, FAILED).
    void requestStatusChanged(const QString& requestUrl, const QString& status);

private:
    using ReplyHandler = std::function<void(Net::HttpReply*)>;
    /// One page of a collection, parsed on a background thread.
    struct Page
    {
        QList<QJsonObject> items;
        bool more = false; ///< _links.next is there
        std::optional<Error> error; ///< not a JSON object
    };

    void send(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& accept,
        ReplyHandler handler);
    void dispatch(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& accept,
        const ReplyHandler& handler);
    void noteRateLimit(const Net::HttpReply* reply);
    void fetchPage(const QString& path, int depth, int offset, QList<QJsonObject> items, ItemsCallback done);
    void poll(const QUrl& statusUrl, const QString& what, QJsonObject result, std::chrono::milliseconds interval,
        const QDeadlineTimer& deadline, ObjectCallback done);
    bool sameOrigin(const QUrl& url) const;
    static QString describe(const QByteArray& method, const QUrl& url);
    static Expected<QJsonObject> parseObject(const Net::HttpReply* reply, const QString& what);

    IonosConfig m_config;
    Net::HttpClient* m_client;
    QSet<Net::HttpReply*> m_replies;
    int m_requestCount = 0;
    std::chrono::milliseconds m_pollInitial { 1000 };
    std::chrono::milliseconds m_pollMax { 5000 };
    std::chrono::milliseconds m_pollTimeout { 10 * 60 * 1000 };
    QElapsedTimer m_clock;
    qint64 m_notBeforeMs = 0; ///< m_clock time of the next free slot while the rate limit is exhausted
    qint64 m_slotMs = 1000; ///< 66 s / X-RateLimit-Limit: the spacing of held requests (10% margin)
    int m_knownRemaining = -1; ///< X-RateLimit-Remaining of the last answer; -1: none seen
    int m_inFlight = 0; ///< requests sent and not answered
    quint64 m_generation = 0; ///< bumped by cancelAll(): stale timers see a different value
};

} // namespace Netloom::Cloud
