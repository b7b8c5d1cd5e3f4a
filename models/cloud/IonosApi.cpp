#include "models/cloud/IonosApi.h"

#include "models/cloud/IonosError.h"
#include "models/cloud/Logging.h"
#include "models/cloud/Tr.h"
#include "models/core/Background.h"
#include "models/net/HttpClient.h"
#include "models/net/HttpReply.h"
#include "models/net/Redactor.h"

#include <QJsonArray>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace Netloom::Cloud {

namespace {

constexpr int MaxPages = 100000;

} // namespace

IonosApi::IonosApi(IonosConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_client(new Net::HttpClient(this))
{
    m_clock.start();
}

IonosApi::~IonosApi()
{
    cancelAll();
}

void IonosApi::setPollInterval(std::chrono::milliseconds initial, std::chrono::milliseconds max)
{
    m_pollInitial = initial;
    m_pollMax = std::max(initial, max);
}

void IonosApi::cancelAll()
{
    ++m_generation;
    m_inFlight = 0;
    const QSet<Net::HttpReply*> replies = std::exchange(m_replies, {});
    for (Net::HttpReply* reply : replies) {
        reply->disconnect(this);
        reply->deleteLater();
    }
}

QString IonosApi::describe(const QByteArray& method, const QUrl& url)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + url.path();
}

bool IonosApi::sameOrigin(const QUrl& url) const
{
    return url.scheme() == m_config.apiUrl.scheme() && url.host() == m_config.apiUrl.host()
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == m_config.apiUrl.port(m_config.apiUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

void IonosApi::send(
    const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& accept, ReplyHandler handler)
{
    const qint64 now = m_clock.elapsed();
    // What the last answer said is left, minus what is on its way since; unknown: no limit.
    const bool budget = m_knownRemaining < 0 || m_knownRemaining - m_inFlight > 0;
    if (budget && now >= m_notBeforeMs) {
        dispatch(method, url, body, accept, handler);
        return;
    }
    // The rate limit is exhausted: requests leave one slot (60 s / X-RateLimit-Limit) apart, in order.
    const qint64 at = std::max(m_notBeforeMs, now + m_slotMs);
    m_notBeforeMs = at + m_slotMs;
    qCDebug(lcCloud) << "rate limit exhausted: holding" << method << Net::Redactor::url(url) << "for" << (at - now)
                     << "ms";
    const quint64 generation = m_generation;
    QTimer::singleShot(std::chrono::milliseconds(at - now), Qt::PreciseTimer, this,
        [this, generation, method, url, body, accept, handler = std::move(handler)]() {
            if (generation == m_generation)
                dispatch(method, url, body, accept, handler);
        });
}

void IonosApi::dispatch(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& accept,
    const ReplyHandler& handler)
{
    Net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.tls.caPem = m_config.caPem;
    request.proxy = m_config.proxy;
    request.headers.emplaceBack(QByteArray("Accept"), accept.isEmpty() ? QByteArray("application/json") : accept);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        request.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("application/json"));
        request.body = body;
    }
    if (!m_config.token.isEmpty()) {
        request.bearerToken = m_config.token;
    } else {
        const QByteArray credentials = m_config.username.toUtf8() + ':' + m_config.password;
        request.headers.emplaceBack(QByteArray("Authorization"), QByteArray("Basic ") + credentials.toBase64());
    }
    if (!m_config.contractNumber.isEmpty())
        request.headers.emplaceBack(QByteArray("X-Contract-Number"), m_config.contractNumber.toLatin1());
    // GET, PUT and DELETE are retried by the HTTP layer (429/5xx with Retry-After, resets); POST and
    // PATCH never are: a lost answer to a POST may have created the object already.
    request.retry.maxAttempts = 4;
    request.retry.baseDelay = std::chrono::milliseconds(500);
    request.retry.maxDelay = std::chrono::milliseconds(15000);

    Net::HttpReply* reply = m_client->send(request);
    m_replies.insert(reply);
    ++m_inFlight;
    qCDebug(lcCloud) << method << Net::Redactor::url(url);
    connect(reply, &Net::HttpReply::finished, this, [this, reply, handler]() {
        m_replies.remove(reply);
        --m_inFlight;
        m_requestCount += std::max(1, reply->attempts());
        noteRateLimit(reply);
        qCDebug(lcCloud) << "answer" << reply->status() << "attempts" << reply->attempts() << "to"
                         << Net::Redactor::url(reply->url());
        handler(reply);
        reply->deleteLater();
    });
}

void IonosApi::noteRateLimit(const Net::HttpReply* reply)
{
    bool remainingOk = false;
    const int remaining = reply->header("X-RateLimit-Remaining").toInt(&remainingOk);
    if (!remainingOk)
        return;
    m_knownRemaining = remaining;
    bool limitOk = false;
    const int perMinute = reply->header("X-RateLimit-Limit").toInt(&limitOk);
    // A tenth more than the average rate allows: the server's bucket refills on its own clock.
    if (limitOk && perMinute > 0)
        m_slotMs = std::max(1, 66000 / perMinute);
    if (remaining == 0)
        qCInfo(lcCloud) << "X-RateLimit-Remaining is 0: requests leave" << m_slotMs << "ms apart";
}

Expected<QJsonObject> IonosApi::parseObject(const Net::HttpReply* reply, const QString& what)
{
    if (const auto error = reply->error())
        return *error;
    if (reply->status() >= 300)
        return IonosError::fromResponse(reply->status(), reply->body(), what, reply->header("Retry-After"));
    if (reply->body().trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(reply->body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(Tr::tr("The IONOS Cloud API's answer to %1 is not a JSON object.").arg(what),
            parseError.errorString());
    return document.object();
}

void IonosApi::get(const QString& path, int depth, ObjectCallback done)
{
    QUrl url = m_config.urlFor(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("depth"), QString::number(depth));
    url.setQuery(query);
    send("GET", url, {}, {}, [done = std::move(done), url](Net::HttpReply* reply) {
        done(parseObject(reply, describe("GET", url)));
    });
}

void IonosApi::list(const QString& path, int depth, ItemsCallback done, bool paginated)
{
    if (paginated) {
        fetchPage(path, depth, 0, {}, std::move(done));
        return;
    }
    get(path, depth, [done = std::move(done)](const Expected<QJsonObject>& collection) {
        if (!collection)
            return done(collection.error());
        QList<QJsonObject> items;
        for (const QJsonValue& item : collection->value(QLatin1String("items")).toArray())
            items.append(item.toObject());
        done(items);
    });
}

void IonosApi::fetchPage(const QString& path, int depth, int offset, QList<QJsonObject> items, ItemsCallback done)
{
    QUrl url = m_config.urlFor(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("depth"), QString::number(depth));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.pageSize));
    url.setQuery(query);
    send("GET", url, {}, {},
        [this, path, depth, offset, url, items = std::move(items), done = std::move(done)](
            Net::HttpReply* reply) mutable {
            if (reply->error() || reply->status() >= 300) // small: the error's message, at once
                return done(parseObject(reply, describe("GET", url)).error());
            // A page (up to pageSize objects at depth 2 or 3: megabytes) is parsed on a background
            // thread; the rest of the list goes on when it is back, unless cancelAll() came between.
            auto* watcher = new QFutureWatcher<Page>(this);
            connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, generation = m_generation, path, depth, offset, items = std::move(items),
                    done = std::move(done)]() mutable {
                    watcher->deleteLater();
                    if (generation != m_generation)
                        return; // cancelled meanwhile
                    Page page = watcher->result();
                    if (page.error)
                        return done(*page.error);
                    const int next = offset + static_cast<int>(page.items.size());
                    const bool last = !page.more || page.items.isEmpty();
                    items += std::move(page.items);
                    if (last)
                        return done(items);
                    if (next / std::max(1, m_config.pageSize) > MaxPages)
                        return done(Error(Tr::tr("%1 has more than %2 pages; stopped.").arg(path).arg(MaxPages)));
                    qCDebug(lcCloud) << "next page of" << path << "at offset" << next;
                    fetchPage(path, depth, next, std::move(items), std::move(done));
                });
            watcher->setFuture(runInBackground([body = reply->body(), what = describe("GET", url)] {
                Page page;
                QJsonParseError parseError {};
                const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
                if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                    page.error = Error(Tr::tr("The IONOS Cloud API's answer to %1 is not a JSON object.").arg(what),
                        parseError.errorString());
                    return page;
                }
                const QJsonObject object = document.object();
                const QJsonArray pageItems = object.value(QLatin1String("items")).toArray();
                page.items.reserve(pageItems.size());
                for (const QJsonValue& item : pageItems)
                    page.items.append(item.toObject());
                page.more = object.value(QLatin1String("_links")).toObject().contains(QLatin1String("next"));
                return page;
            }));
        });
}

void IonosApi::getBytes(const QString& path, const QByteArray& accept, BytesCallback done)
{
    const QUrl url = m_config.urlFor(path);
    send("GET", url, {}, accept, [done = std::move(done), url](Net::HttpReply* reply) {
        if (const auto error = reply->error())
            return done(*error);
        if (reply->status() >= 300)
            return done(IonosError::fromResponse(
                reply->status(), reply->body(), describe("GET", url), reply->header("Retry-After")));
        done(reply->body());
    });
}

void IonosApi::write(const QByteArray& method, const QString& path, const QJsonObject& body, ObjectCallback done)
{
    const QUrl url = m_config.urlFor(path);
    const QString what = describe(method, url);
    const QByteArray payload = method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(method, url, payload, {}, [this, what, done = std::move(done)](Net::HttpReply* reply) {
        const Expected<QJsonObject> answer = parseObject(reply, what);
        if (!answer)
            return done(answer.error());
        const QByteArray location = reply->header("Location");
        if (reply->status() != 202 || location.isEmpty())
            return done(answer); // synchronous (e.g. 200 to a PATCH of labels): nothing to wait for
        const QUrl statusUrl = QUrl(QString::fromLatin1(location), QUrl::StrictMode);
        if (!statusUrl.isValid() || !sameOrigin(statusUrl))
            return done(Error(Tr::tr("The IONOS Cloud API's answer to %1 points elsewhere for its status (%2); not "
                                     "sending the credentials there.")
                                  .arg(what, Net::Redactor::url(statusUrl))));
        poll(statusUrl, what, *answer, m_pollInitial, QDeadlineTimer(m_pollTimeout), done);
    });
}

void IonosApi::poll(const QUrl& statusUrl, const QString& what, QJsonObject result,
    std::chrono::milliseconds interval, const QDeadlineTimer& deadline, ObjectCallback done)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(interval, this,
        [this, generation, statusUrl, what, result = std::move(result), interval, deadline, done = std::move(done)]() {
            if (generation != m_generation)
                return;
            send("GET", statusUrl, {}, {}, [=, this](Net::HttpReply* reply) {
                const Expected<QJsonObject> status = parseObject(reply, describe("GET", statusUrl));
                if (!status)
                    return done(status.error());
                const QJsonObject metadata = status->value(QLatin1String("metadata")).toObject();
                const QString state = metadata.value(QLatin1String("status")).toString();
                Q_EMIT requestStatusChanged(Net::Redactor::url(statusUrl), state);
                if (state == QLatin1String("DONE"))
                    return done(result);
                if (state == QLatin1String("FAILED"))
                    return done(Error(Tr::tr("The IONOS Cloud API could not complete %1: %2")
                                          .arg(what, metadata.value(QLatin1String("message")).toString()),
                        QStringLiteral("request %1 FAILED").arg(statusUrl.path())));
                if (deadline.hasExpired())
                    return done(Error(Tr::tr("%1 was still %2 when Netloom stopped waiting for it.").arg(what, state)));
                poll(statusUrl, what, result, std::min(interval * 2, m_pollMax), deadline, done);
            });
        });
}

} // namespace Netloom::Cloud
