#include "models/kube/Informer.h"

#include "models/kube/KubeClient.h"
#include "models/kube/Logging.h"
#include "models/kube/Tr.h"
#include "models/kube/WatchEvent.h"
#include "models/kube/WatchStream.h"

#include <QRandomGenerator>
#include <algorithm>
#include <utility>

namespace Netloom::Kube {

namespace {

constexpr int BaseDelayMs = 250;
constexpr int MaxDelayMs = 30000;
// How long a resumed stream must stay open without an ERROR 410 before it counts as resumed.
constexpr int ResumeConfirmMs = 300;

QString metaString(const QJsonObject& object, QLatin1StringView field)
{
    return object.value(QLatin1StringView("metadata")).toObject().value(field).toString();
}

// What a receiver needs of an object that is gone, when only its key and meta are known.
QJsonObject removedStub(const QString& key, const Informer::ObjectMeta& meta)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    QJsonObject metadata { { QStringLiteral("name"), key.mid(slash + 1) } };
    if (slash > 0)
        metadata.insert(QStringLiteral("namespace"), key.left(slash));
    if (!meta.uid.isEmpty())
        metadata.insert(QStringLiteral("uid"), meta.uid);
    if (!meta.resourceVersion.isEmpty())
        metadata.insert(QStringLiteral("resourceVersion"), meta.resourceVersion);
    return QJsonObject { { QStringLiteral("metadata"), metadata } };
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
    m_seen.clear();
    m_pendingUpserts.clear();
    ++m_lists;
    qCDebug(lcKube) << "listing" << m_resource.qualifiedName();
    m_client->list(
        m_resource, QString(), m_run,
        [this, run = m_run](const QList<QJsonObject>& items, int page) {
            if (run == m_run)
                onPage(items, page);
        },
        [this, run = m_run](Expected<ListResult> result) {
            if (run != m_run)
                return;
            if (!result) {
                // What arrived is real: pass it on before the error counts.
                flushPending();
                const Error& error = result.error();
                if (!m_synced) {
                    Q_EMIT failed(error);
                    return;
                }
                scheduleRetry(true, error);
                return;
            }
            onListed(result->resourceVersion);
        });
}

void Informer::onPage(const QList<QJsonObject>& items, int page)
{
    if (page == 0) // a list (re)started: only what it brings counts as present
        m_seen.clear();
    // Only the difference with what is known goes out (a re-list after 410 or a reconnect). Equal
    // resourceVersions mean equal objects (an object without one always counts as changed).
    flushPending();
    for (const QJsonObject& item : items) {
        const QString key = keyOf(item);
        const QString version = metaString(item, QLatin1StringView("resourceVersion"));
        m_seen.insert(key);
        const auto known = m_cache.find(key);
        if (known != m_cache.end() && !version.isEmpty() && known->resourceVersion == version)
            continue;
        const ObjectMeta meta { metaString(item, QLatin1StringView("uid")), version };
        if (known != m_cache.end())
            *known = meta;
        else
            m_cache.insert(key, meta);
        m_pendingUpserts.append(item);
    }
}

void Informer::flushPending()
{
    if (m_pendingUpserts.isEmpty())
        return;
    const QList<QJsonObject> upserted = std::exchange(m_pendingUpserts, {});
    Q_EMIT changed(upserted, {});
}

void Informer::onListed(const QString& resourceVersion)
{
    QList<QJsonObject> removed;
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (m_seen.contains(it.key())) {
            ++it;
            continue;
        }
        removed.append(removedStub(it.key(), it.value()));
        it = m_cache.erase(it);
    }
    const qsizetype listed = m_seen.size();
    m_seen = {};
    const QList<QJsonObject> upserted = std::exchange(m_pendingUpserts, {});
    m_resourceVersion = resourceVersion;
    m_denied = false;
    m_deniedError = {};
    qCDebug(lcKube) << "listed" << m_resource.qualifiedName() << listed << "items at resourceVersion"
                    << resourceVersion << "(" << removed.size() << "removed)";
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
        m_cache.insert(keyOf(event.object),
            { metaString(event.object, QLatin1StringView("uid")),
                metaString(event.object, QLatin1StringView("resourceVersion")) });
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

bool Informer::retryNow()
{
    if (!m_denied)
        return false;
    if (m_retryTimer.isActive())
        m_retryTimer.start(0);
    else
        m_hurry = true; // a try made with the old credential is under way: the next one at once
    return true;
}

void Informer::scheduleRetry(bool relist, const Error& reason)
{
    const int status = KubeClient::httpStatusOf(reason);
    const bool refused = status == 401 || status == 403;
    const int cap = std::min(MaxDelayMs, BaseDelayMs << std::min(m_attempt, 10));
    // An expiry needs no backoff the first time: the list is what the server asks for. A refusal
    // will not change by asking again soon: once a minute is enough to notice a repaired RBAC.
    const bool hurry = refused && m_hurry;
    m_hurry = false;
    const int delay = hurry          ? 0
        : refused                    ? m_deniedRetryMs
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
