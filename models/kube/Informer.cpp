#include "models/kube/Informer.h"

#include "models/kube/KubeClient.h"
#include "models/kube/Logging.h"
#include "models/kube/Tr.h"
#include "models/kube/WatchEvent.h"
#include "models/kube/WatchStream.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace Netloom::Kube {

namespace {

constexpr int BaseDelayMs = 250;
constexpr int MaxDelayMs = 30000;
// How long a resumed stream must stay open without an ERROR 410 before it counts as resumed.
constexpr int ResumeConfirmMs = 300;

QString resourceVersionOf(const QJsonObject& object)
{
    return object.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("resourceVersion")).toString();
}

// An object without kind and apiVersion: watch events carry them, list items do not, so a re-list
// compares objects without them (else every object last seen through a watch event would count as
// changed).
QJsonObject withoutTypeMeta(QJsonObject object)
{
    object.remove(QLatin1StringView("kind"));
    object.remove(QLatin1StringView("apiVersion"));
    return object;
}

} // namespace

Informer::Informer(KubeClient* client, ApiResource resource, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_resource(std::move(resource))
{
    m_retryTimer.setSingleShot(true);
    m_resumeConfirm.setSingleShot(true);
    m_resumeConfirm.setInterval(ResumeConfirmMs);
    connect(&m_resumeConfirm, &QTimer::timeout, this, &Informer::confirmResumed);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_relistOnRetry)
            list();
        else
            openWatch();
    });
}

Informer::~Informer() = default;

QString Informer::keyOf(const QJsonObject& object)
{
    const QJsonObject meta = object.value(QLatin1StringView("metadata")).toObject();
    return meta.value(QLatin1StringView("namespace")).toString() + QLatin1Char('/')
           + meta.value(QLatin1StringView("name")).toString();
}

void Informer::start(bool watch)
{
    stop();
    m_watch = watch;
    m_attempt = 0;
    m_denied = false;
    m_deniedError = {};
    list();
}

void Informer::stop()
{
    m_retryTimer.stop();
    m_resumeConfirm.stop();
    // Later, not now: stop() may run inside a callback of that very run. Callbacks of an old run are
    // ignored (they compare their run with m_run).
    if (m_run)
        m_run->deleteLater(); // cancels the list in flight and closes the stream
    m_run = nullptr;
    m_stream = nullptr;
}

void Informer::list()
{
    if (!m_client)
        return;
    if (m_run)
        m_run->deleteLater();
    m_run = new QObject(this);
    m_stream = nullptr;
    ++m_lists;
    qCDebug(lcKube) << "listing" << m_resource.qualifiedName();
    m_client->list(m_resource, QString(), m_run, [this, run = m_run](Expected<ListResult> result) {
        if (run != m_run)
            return;
        if (!result) {
            const Error& error = result.error();
            if (!m_synced) {
                Q_EMIT failed(error);
                return;
            }
            scheduleRetry(true, error);
            return;
        }
        onListed(result->items, result->resourceVersion);
    });
}

void Informer::onListed(const QList<QJsonObject>& items, const QString& resourceVersion)
{
    // Only the difference with what is known goes out (a re-list after 410 or a reconnect).
    QList<QJsonObject> upserted;
    QList<QJsonObject> removed;
    QHash<QString, QJsonObject> fresh;
    fresh.reserve(items.size());
    for (const QJsonObject& item : items) {
        const QString key = keyOf(item);
        const auto known = m_cache.constFind(key);
        if (known == m_cache.cend() || resourceVersionOf(*known) != resourceVersionOf(item)
            || withoutTypeMeta(*known) != withoutTypeMeta(item))
            upserted.append(item);
        fresh.insert(key, item);
    }
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
        if (!fresh.contains(it.key()))
            removed.append(it.value());
    m_cache = std::move(fresh);
    m_resourceVersion = resourceVersion;
    m_denied = false;
    m_deniedError = {};
    qCDebug(lcKube) << "listed" << m_resource.qualifiedName() << items.size() << "items at resourceVersion"
                    << resourceVersion << "(" << upserted.size() << "changed," << removed.size() << "removed)";
    if (!upserted.isEmpty() || !removed.isEmpty() || !m_synced)
        Q_EMIT changed(upserted, removed);
    if (!m_synced) {
        m_synced = true;
        Q_EMIT synced();
    }
    if (m_watch) {
        openWatch();
    } else if (m_resuming) {
        m_resuming = false;
        Q_EMIT resumed();
    }
}

void Informer::openWatch()
{
    if (!m_client)
        return;
    if (!m_run)
        m_run = new QObject(this);
    if (m_stream)
        m_stream->deleteLater();
    ++m_watches;
    // Spread the server-side timeouts so that the informers of a session do not reconnect together.
    const int timeout = m_watchTimeout > 0 ? m_watchTimeout : 240 + QRandomGenerator::global()->bounded(120);
    m_stream = m_client->watch(m_resource, QString(), m_resourceVersion, m_run, timeout);
    WatchStream* stream = m_stream;
    connect(stream, &WatchStream::opened, this, [this, stream] {
        if (stream != m_stream)
            return;
        m_attempt = 0;
        m_denied = false;
        m_deniedError = {};
        // A server answers a too-old resourceVersion with 200 and then, at once, an ERROR 410 event:
        // the opening alone does not prove the resume. The first event does, or a short quiet spell.
        if (m_resuming)
            m_resumeConfirm.start();
    });
    connect(stream, &WatchStream::eventReceived, this, &Informer::onEvent);
    connect(stream, &WatchStream::expired, this, &Informer::onExpired);
    connect(stream, &WatchStream::closed, this, &Informer::onStreamClosed);
}

void Informer::onEvent(const WatchEvent& event)
{
    if (sender() != m_stream)
        return; // a stream of a stopped run, not deleted yet
    if (!event.resourceVersion.isEmpty())
        m_resourceVersion = event.resourceVersion;
    if (event.type != WatchEvent::Type::Error && m_resumeConfirm.isActive())
        confirmResumed();
    switch (event.type) {
    case WatchEvent::Type::Added:
    case WatchEvent::Type::Modified: {
        m_cache.insert(keyOf(event.object), event.object);
        Q_EMIT changed({event.object}, {});
        break;
    }
    case WatchEvent::Type::Deleted: {
        m_cache.remove(keyOf(event.object));
        Q_EMIT changed({}, {event.object}); // a DELETED event carries the object's last state
        break;
    }
    case WatchEvent::Type::Bookmark:
    case WatchEvent::Type::Error:
        break;
    }
}

void Informer::onStreamClosed(const std::optional<Error>& error)
{
    if (sender() != m_stream)
        return;
    m_resumeConfirm.stop();
    m_stream->deleteLater();
    m_stream = nullptr;
    if (!error) {
        // The server ended the watch (timeoutSeconds): resume at once, nothing was lost.
        qCDebug(lcKube) << "watch of" << m_resource.qualifiedName() << "ended by the server; resuming";
        openWatch();
        return;
    }
    scheduleRetry(false, *error);
}

void Informer::confirmResumed()
{
    m_resumeConfirm.stop();
    if (!m_resuming)
        return;
    m_resuming = false;
    qCInfo(lcKube) << "watch of" << m_resource.qualifiedName() << "resumed from resourceVersion" << m_resourceVersion;
    Q_EMIT resumed();
}

void Informer::onExpired(const QString& message)
{
    if (sender() != m_stream)
        return;
    m_resumeConfirm.stop();
    m_stream->deleteLater();
    m_stream = nullptr;
    qCInfo(lcKube) << "watch of" << m_resource.qualifiedName() << "expired (" << message << "); listing again";
    scheduleRetry(true, Error(Tr::tr("watch of %1 expired: %2").arg(m_resource.qualifiedName(), message)));
}

void Informer::scheduleRetry(bool relist, const Error& reason)
{
    const int status = KubeClient::httpStatusOf(reason);
    const bool refused = status == 401 || status == 403;
    const int cap = std::min(MaxDelayMs, BaseDelayMs << std::min(m_attempt, 10));
    // An expiry needs no backoff the first time: the list is what the server asks for. A refusal
    // will not change by asking again soon: once a minute is enough to notice a repaired RBAC.
    const int delay = refused        ? m_deniedRetryMs
        : (relist && m_attempt == 0) ? 0
                                     : cap / 2 + QRandomGenerator::global()->bounded(cap / 2 + 1);
    const bool newlyDenied = refused && !m_denied;
    m_denied = refused;
    m_deniedError = refused ? reason : Error();
    ++m_attempt;
    m_relistOnRetry = relist;
    qCInfo(lcKube) << (relist ? "re-listing" : "re-watching") << m_resource.qualifiedName() << "in" << delay
                   << "ms from resourceVersion" << m_resourceVersion << "after:" << reason.toString();
    m_retryTimer.start(delay);
    if (newlyDenied)
        Q_EMIT denied(reason);
    if (!m_resuming || newlyDenied) {
        m_resuming = true;
        Q_EMIT resuming(reason);
    }
}

} // namespace Netloom::Kube
