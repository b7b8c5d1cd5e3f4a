#pragma once

#include "models/core/Error.h"
#include "models/domain/Resource.h"
#include "models/kube/ConnectionConfig.h"
#include "models/kube/Discovery.h"
#include "models/kube/ObjectMapper.h"
#include "models/kube/SummaryAggregator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QSet>

#include <memory>

namespace Netloom::Domain {
class Inventory;
} // namespace Netloom::Domain

namespace Netloom::Kube {

class ExecCredentialProvider;
class Informer;
class KubeClient;

/// The live connection of the console to one kubeconfig context: discovery, then one Informer per
/// watched collection (namespaces, services, ingresses, ingressclasses), mapped to Resources and
/// upserted into / removed from the Inventory (which batches the changes per event-loop turn).
/// Mapping runs off the GUI thread for anything but a handful of objects (a list page: 500), and
/// the results are applied in the order the informers reported them; a sync counts as finished once
/// everything before it is in the Inventory.
/// Everything it puts there has origin "kube:<context>".
///
/// States: Idle -> Connecting (discovery) -> Syncing (first lists) -> Synced; while a watch is being
/// resumed: Reconnecting, then Synced again; Failed when the server cannot be reached at first, or
/// refuses (the message says why). A refusal after the first sync (401/403: a revoked token) also
/// makes it Failed, while the informers try again once a minute; accepted again, it is Synced.
/// After stream drops it ends with exactly the server's state.
class ClusterSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSession)

public:
    enum class State { Idle, Connecting, Syncing, Synced, Reconnecting, Failed };
    Q_ENUM(State)

    /// The state of one watched kind: Syncing (first list, or resuming), Live (listed and watched),
    /// Forbidden (the server refuses to list it: 403), NotInstalled (the server does not serve it:
    /// a cluster without Calico's or cert-manager's CRDs), Error (the server's message).
    enum class KindState { Syncing, Live, Forbidden, NotInstalled, Error };
    Q_ENUM(KindState)
    struct KindStatus
    {
        ApiResource resource;
        KindState state = KindState::Syncing;
        QString message; ///< the server's message for Forbidden and Error
        qsizetype objects = 0;
    };

    struct Options
    {
        bool watch = true;  ///< false: list once (headless `netloom inventory`)
        int pageSize = 500; ///< list page size (limit)
        int watchTimeoutSeconds = 0; ///< 0: 4-6 minutes per stream
        qint64 maxResponseBytes = 64 * 1024 * 1024; ///< KubeClient::setMaxResponseBytes
    };

    /// @p inventory must outlive the session.
    ClusterSession(const ConnectionConfig& config, Domain::Inventory* inventory, Options options,
                   QObject* parent = nullptr);
    ClusterSession(const ConnectionConfig& config, Domain::Inventory* inventory, QObject* parent = nullptr);
    ~ClusterSession() override;

    /// Connects and syncs; restarts when already running.
    void start();
    /// Closes the watches; what is in the Inventory stays.
    void stop();
    /// Removes everything of this context from the Inventory.
    void removeFromInventory();

    State state() const { return m_state; }
    /// Human-readable detail of the state (the failure, what is being resumed).
    QString stateMessage() const { return m_message; }
    /// The error that made the session fail (empty message otherwise).
    const Error& lastError() const { return m_lastError; }
    static QString stateName(State state);

    QString contextName() const { return m_mapper.clusterName(); }
    QString serverText() const;
    QString origin() const { return m_mapper.origin(); }
    const Discovery& discovery() const { return m_discovery; }
    bool isInitialSyncFinished() const { return m_initialSyncFinished; }
    /// Time from start() to the end of the initial sync, in ms (-1 before).
    qint64 initialSyncMs() const { return m_initialSyncMs; }
    /// Kubernetes objects known, all collections together, and per collection (plural name).
    qsizetype objectCount() const;
    QHash<QString, qsizetype> objectCounts() const;
    /// The client (for create/get/delete from the console).
    KubeClient* client() const { return m_client; }
    /// The exec credential plugin's runner when the context's user has one (else nullptr): the
    /// console marks a headless run as trusted through it, tests count its runs.
    ExecCredentialProvider* credentials() const { return m_credentials; }
    /// The informers (tests look at their counters).
    QList<Informer*> informers() const { return m_informers; }
    /// Every kind the console watches, with its state, in ApiResource::watched() order (empty
    /// before discovery). A required kind (namespaces, services, ingresses, ingressclasses) that
    /// fails makes the session Failed; an optional one only shows its own state, and after a
    /// refusal or an error it is tried again once a minute (never in a tight loop).
    QList<KindStatus> kindStatuses() const;
    static QString kindStateName(KindState state);
    /// Delay before an optional kind that failed is listed again (tests shorten it).
    void setOptionalRetryMs(int ms) { m_optionalRetryMs = ms; }

Q_SIGNALS:
    void stateChanged(Netloom::Kube::ClusterSession::State state, const QString& message);
    void initialSyncFinished();
    void countsChanged();
    /// A kind's state changed (kindStatuses()).
    void kindStatesChanged();
    void failed(const Netloom::Error& error);

private:
    void setState(State state, const QString& message = {});
    void onDiscovered(const Discovery& discovery);
    void onChanged(const ApiResource& resource, const QList<QJsonObject>& upserted, const QList<QJsonObject>& removed);
    void startInformer(const ApiResource& resource);
    void onOptionalFailed(Informer* informer, const Error& error);
    void setKindState(const ApiResource& resource, KindState state, const QString& message = {});
    void onInformerSynced();
    void finishInitialSync();

    /// One object mapped: its key ("qualifiedName/namespace/name") and its Resources, or, for a
    /// summarised kind, its part of a summary.
    struct MappedObject
    {
        QString key;
        QList<Domain::ResourcePtr> resources;
        bool summarised = false;
        std::optional<ObjectMapper::SummaryPart> part;
    };
    /// Work for the Inventory, in the order the informers reported it: a change (mapped on a worker
    /// while !ready) or a marker (a sync finished, the streams resumed).
    struct Job
    {
        QString plural; // ApiResource::qualifiedName(): the objects' key prefix
        QList<QJsonObject> removed;
        QList<MappedObject> mapped;
        bool ready = false;
        bool syncMarker = false;   // the initial sync finished
        bool resumeMarker = false; // every informer resumed: decide the state again
    };
    static QList<MappedObject> mapObjects(const ObjectMapper& mapper, const ApiResource& resource,
                                          const QList<QJsonObject>& objects);
    void apply(const Job& job);
    void applySummaries();
    void drain();
    void onResumeStateChanged();
    void fail(const Error& error);
    void discover();
    void connectWithCredentials();
    void refreshCredentials();
    void useCredential(const ExecCredential& credential);
    void retryWithNewCredential(Informer* informer);

    ObjectMapper m_mapper;
    Domain::Inventory* m_inventory = nullptr;
    Options m_options;
    KubeClient* m_client = nullptr;
    ExecCredentialProvider* m_credentials = nullptr;
    QTimer m_credentialTimer; // refreshes an expiring exec credential before it runs out
    QElapsedTimer m_lastCredentialRun;
    int m_credentialGeneration = 0; // credentials used so far
    bool m_refreshingCredentials = false;
    QObject* m_run = nullptr;
    QList<Informer*> m_informers;
    Discovery m_discovery;
    State m_state = State::Idle;
    QString m_message;
    Error m_lastError;
    QElapsedTimer m_clock;
    qint64 m_initialSyncMs = -1;
    bool m_initialSyncFinished = false;
    QHash<QString, QList<Domain::ResourceId>> m_idsByObject; // "qualifiedName/namespace/name" -> ids
    SummaryAggregator m_summaries; // EndpointSlices and Pods
    QList<KindStatus> m_kinds;
    int m_optionalRetryMs = 60000;
    QList<std::shared_ptr<Job>> m_jobs; // not applied yet, oldest first
    QTimer m_drainTimer;                // the next turn's share of m_jobs (see drain())
    qsizetype m_appliedThisTurn = 0;
    QSet<QString> m_unconfirmed; // keys known before a restart and not listed again yet
};

} // namespace Netloom::Kube
