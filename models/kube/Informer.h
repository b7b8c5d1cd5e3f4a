#pragma once

#include "models/core/Error.h"
#include "models/kube/ApiResource.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Netloom::Kube {

class KubeClient;
class WatchStream;
struct WatchEvent;

/// Follows one collection (all namespaces): list, then watch from the list's resourceVersion, and
/// resume. It hands every object on through changed() and keeps only what it needs to tell a change
/// (each object's key, uid and resourceVersion), not the objects themselves: at 20,000 services the
/// objects' JSON would be most of the console's memory, and the Inventory holds what is shown.
/// A list is passed on page by page, as the pages arrive (upserts of one page per changed(); the
/// removals a re-list finds come with its last page), so that neither this informer nor its
/// receiver ever handles the whole collection in one event-loop turn.
///
/// Resume semantics:
///  - the stream drops or the server ends it: watch again from the last resourceVersion seen (event
///    or BOOKMARK), after a jittered exponential backoff (250 ms doubling up to 30 s; reset once a
///    stream opens again);
///  - 410 Gone / ERROR 410 (that resourceVersion was compacted away): list again and emit only the
///    difference with what was known (removed objects, new or changed ones), then watch from the new
///    list's resourceVersion;
///  - a list that fails after the first sync (connection lost) is retried with the same backoff;
///    the first list failing is fatal (failed()), so a caller can tell "cannot connect" at once;
///  - after the first sync, a list or watch refused with 401 or 403 (a revoked token, an RBAC
///    change) is not a lost connection: the informer is denied() (isDenied(), deniedError()) and
///    tries again only once a minute (DeniedRetryMs), until an answer is accepted again (resumed()).
class Informer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Informer)

public:
    Informer(KubeClient* client, ApiResource resource, QObject* parent = nullptr);
    ~Informer() override;

    /// Lists, then (when @p watch) watches. Restarts from scratch when already running.
    void start(bool watch = true);
    /// Closes the stream and cancels pending work; the cache is kept.
    void stop();

    const ApiResource& resource() const { return m_resource; }
    bool hasSynced() const { return m_synced; }
    /// True while the stream is down and being resumed.
    bool isResuming() const { return m_resuming; }
    /// True while the server refuses this informer's list or watch (401/403 after the first sync).
    bool isDenied() const { return m_denied; }
    /// The refusal while isDenied(): names the server, the verb and the resource.
    const Netloom::Error& deniedError() const { return m_deniedError; }
    /// The delay between tries while denied: once a minute (setDeniedRetryMs: for tests).
    static constexpr int DeniedRetryMs = 60000;
    void setDeniedRetryMs(int ms) { m_deniedRetryMs = ms; }
    /// While denied: try now, not at the next minute (the session got a new credential); when a try
    /// is under way, the one after it follows at once. False when not denied.
    bool retryNow();
    QString lastResourceVersion() const { return m_resourceVersion; }
    qsizetype size() const { return m_cache.size(); }
    /// What is known of each current object: "namespace/name" -> uid and resourceVersion.
    struct ObjectMeta
    {
        QString uid;
        QString resourceVersion;
    };
    const QHash<QString, ObjectMeta>& objects() const { return m_cache; }

    /// Counters for tests and diagnostics.
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }

    /// Per-watch server timeout (timeoutSeconds); 0 leaves it to the server.
    void setWatchTimeoutSeconds(int seconds) { m_watchTimeout = seconds; }

Q_SIGNALS:
    /// Objects added or modified, and objects removed: a DELETED event's object, or for what a
    /// re-list no longer has, metadata only (namespace, name, uid, resourceVersion).
    void changed(const QList<QJsonObject>& upserted, const QList<QJsonObject>& removed);
    /// The first complete list was delivered through changed().
    void synced();
    /// The stream was lost (or the list must be redone); resuming.
    void resuming(const Netloom::Error& reason);
    /// A stream is open again after resuming() (a re-list, if needed, is delivered before).
    void resumed();
    /// The server refused a list or watch after the first sync (401/403); emitted once per refusal
    /// spell, before resuming()/resumed() report the retry state.
    void denied(const Netloom::Error& error);
    /// Unrecoverable: the first list failed (unreachable, or refused: 401/403/404).
    void failed(const Netloom::Error& error);

private:
    void list();
    void onPage(const QList<QJsonObject>& items, int page);
    void onListed(const QString& resourceVersion);
    void flushPending();
    void openWatch();
    void onEvent(const WatchEvent& event);
    void onStreamClosed(const std::optional<Netloom::Error>& error);
    void onExpired(const QString& message);
    void scheduleRetry(bool relist, const Netloom::Error& reason);
    void confirmResumed();
    static QString keyOf(const QJsonObject& object);

    QPointer<KubeClient> m_client;
    ApiResource m_resource;
    QObject* m_run = nullptr; // parent of the current list / stream; deleted by stop()
    WatchStream* m_stream = nullptr;
    QTimer m_retryTimer;
    QTimer m_resumeConfirm; // a resumed stream counts as resumed once it proved it is not expiring
    QHash<QString, ObjectMeta> m_cache; // "namespace/name" -> uid, resourceVersion
    QSet<QString> m_seen; // keys in the list being received
    QList<QJsonObject> m_pendingUpserts; // the list's latest page, sent with the next or with the end
    QString m_resourceVersion;
    int m_attempt = 0;
    int m_lists = 0;
    int m_watches = 0;
    int m_watchTimeout = 0;
    int m_deniedRetryMs = DeniedRetryMs;
    bool m_watch = true;
    bool m_synced = false;
    bool m_resuming = false;
    bool m_relistOnRetry = false;
    bool m_denied = false;
    bool m_hurry = false; // retryNow() during a try: the next try follows it at once
    Netloom::Error m_deniedError;
};

} // namespace Netloom::Kube
