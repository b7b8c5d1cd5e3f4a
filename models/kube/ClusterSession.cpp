#include "models/kube/ClusterSession.h"

#include "models/core/Background.h"
#include "models/domain/Inventory.h"
#include "models/kube/ExecCredentialProvider.h"
#include "models/kube/Informer.h"
#include "models/kube/KubeClient.h"
#include "models/kube/Logging.h"
#include "models/kube/Tr.h"

#include <QFutureWatcher>
#include <QTimer>

namespace Netloom::Kube {

using namespace Netloom::Domain;

ClusterSession::ClusterSession(const ConnectionConfig& config, Inventory* inventory, Options options,
                               QObject* parent)
    : QObject(parent)
    , m_mapper(config.contextName)
    , m_inventory(inventory)
    , m_options(options)
    , m_client(new KubeClient(config, this))
    , m_summaries(m_mapper)
{
    m_client->setPageSize(options.pageSize);
    m_client->setMaxResponseBytes(options.maxResponseBytes);
    m_drainTimer.setObjectName(QStringLiteral("clusterSessionDrain"));
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        m_appliedThisTurn = 0;
        drain();
    });
    if (config.exec) {
        m_credentials = new ExecCredentialProvider(*config.exec, config, this);
        m_credentialTimer.setObjectName(QStringLiteral("clusterSessionCredentials"));
        m_credentialTimer.setSingleShot(true);
        connect(&m_credentialTimer, &QTimer::timeout, this, &ClusterSession::refreshCredentials);
        // A 401 with the plugin's credential: it was revoked or expired early. Run the plugin again
        // (once for all the requests that got it: the provider shares one run, and not more often
        // than every 10 s, so a plugin whose tokens the server refuses is not run in a loop).
        connect(m_client, &KubeClient::unauthorized, this, [this] {
            if (m_run && (!m_lastCredentialRun.isValid() || m_lastCredentialRun.elapsed() >= 10'000)) {
                m_credentials->invalidate(); // refused: never offered again
                refreshCredentials();
            }
        });
    }
}

ClusterSession::ClusterSession(const ConnectionConfig& config, Inventory* inventory, QObject* parent)
    : ClusterSession(config, inventory, Options{}, parent)
{
}

ClusterSession::~ClusterSession()
{
    stop();
}

QString ClusterSession::serverText() const
{
    return m_client->config().serverText();
}

QString ClusterSession::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return Tr::tr("idle");
    case State::Connecting:
        return Tr::tr("connecting");
    case State::Syncing:
        return Tr::tr("syncing");
    case State::Synced:
        return Tr::tr("synced");
    case State::Reconnecting:
        return Tr::tr("reconnecting");
    case State::Failed:
        return Tr::tr("failed");
    }
    return {};
}

QString ClusterSession::kindStateName(KindState state)
{
    switch (state) {
    case KindState::Syncing:
        return Tr::tr("syncing");
    case KindState::Live:
        return Tr::tr("live");
    case KindState::Forbidden:
        return Tr::tr("forbidden");
    case KindState::NotInstalled:
        return Tr::tr("not installed");
    case KindState::Error:
        return Tr::tr("error");
    }
    return {};
}

QList<ClusterSession::KindStatus> ClusterSession::kindStatuses() const
{
    QList<KindStatus> out = m_kinds;
    for (KindStatus& status : out)
        for (Informer* informer : m_informers)
            if (informer->resource() == status.resource)
                status.objects = informer->size();
    return out;
}

void ClusterSession::setKindState(const ApiResource& resource, KindState state, const QString& message)
{
    for (KindStatus& status : m_kinds) {
        if (status.resource != resource)
            continue;
        if (status.state == state && status.message == message)
            return;
        status.state = state;
        status.message = message;
        Q_EMIT kindStatesChanged();
        return;
    }
}

void ClusterSession::setState(State state, const QString& message)
{
    if (m_state == state && m_message == message)
        return;
    m_state = state;
    m_message = message;
    qCInfo(lcKube) << "context" << contextName() << "->" << stateName(state) << message;
    Q_EMIT stateChanged(state, message);
}

void ClusterSession::start()
{
    stop();
    m_run = new QObject(this);
    m_lastError = {};
    // After a restart, what the new lists do not confirm is removed once they are all in.
    const QList<QString> known = m_idsByObject.keys();
    m_unconfirmed = QSet<QString>(known.begin(), known.end());
    for (const QString& key : m_summaries.keys())
        m_unconfirmed.insert(key);
    m_initialSyncFinished = false;
    m_initialSyncMs = -1;
    m_clock.start();
    setState(State::Connecting, serverText());
    if (m_credentials)
        connectWithCredentials();
    else
        discover();
}

void ClusterSession::discover()
{
    m_client->discover(ApiResource::watched(), m_run, [this, run = m_run](Expected<Discovery> discovery) {
        if (run != m_run)
            return;
        if (!discovery) {
            fail(discovery.error());
            return;
        }
        onDiscovered(*discovery);
    });
}

void ClusterSession::connectWithCredentials()
{
    m_lastCredentialRun.start();
    m_credentials->fetch([this, run = m_run](Expected<ExecCredential> credential) {
        if (run != m_run)
            return;
        if (!credential) {
            fail(credential.error());
            return;
        }
        useCredential(*credential);
        discover();
    });
}

void ClusterSession::refreshCredentials()
{
    if (!m_run)
        return;
    m_lastCredentialRun.start();
    m_refreshingCredentials = true;
    // The credential in use stays in use until the new one is there.
    m_credentials->renew([this, run = m_run](Expected<ExecCredential> credential) {
        if (run != m_run)
            return;
        m_refreshingCredentials = false;
        if (!credential) {
            // The streams that are open stay open; new requests keep the old credential and the
            // informers report what the server then says. The operator reads why here.
            qCWarning(lcKube) << "context" << contextName() << ": refreshing the exec credential failed:"
                              << credential.error().message;
            setState(m_state, credential.error().message);
            return;
        }
        useCredential(*credential);
    });
}

void ClusterSession::useCredential(const ExecCredential& credential)
{
    m_client->setCredential(credential);
    ++m_credentialGeneration;
    // Informers refused with the old credential try the new one at once.
    for (Informer* informer : std::as_const(m_informers))
        retryWithNewCredential(informer);
    m_credentialTimer.stop();
    if (credential.expiry.isValid()) {
        // A little before it runs out (client-go runs the plugin at the first request after that;
        // our requests are made from the config at once, so the refresh comes first).
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(credential.expiry);
        const qint64 ahead = std::clamp<qint64>(left / 10, 1000, 60'000);
        m_credentialTimer.start(static_cast<int>(std::clamp<qint64>(left - ahead, 1000, 24 * 3600 * 1000)));
    }
}

void ClusterSession::stop()
{
    m_credentialTimer.stop();
    m_refreshingCredentials = false;
    // Work not applied yet belongs to this run: a new start() lists everything again.
    m_jobs.clear();
    m_drainTimer.stop();
    m_appliedThisTurn = 0;
    // Later, not now: stop() may run inside a signal of an informer or a callback of the run.
    for (Informer* informer : std::as_const(m_informers)) {
        informer->stop();
        informer->disconnect(this);
        informer->deleteLater();
    }
    m_informers.clear();
    if (m_run)
        m_run->deleteLater();
    m_run = nullptr;
}

void ClusterSession::removeFromInventory()
{
    m_inventory->removeWhere(origin());
    m_idsByObject.clear();
    m_summaries.clear();
    m_unconfirmed.clear();
}

void ClusterSession::fail(const Error& error)
{
    m_lastError = error;
    stop();
    setState(State::Failed, error.message);
    Q_EMIT failed(error);
}

void ClusterSession::onDiscovered(const Discovery& discovery)
{
    m_discovery = discovery;
    m_inventory->upsert(m_mapper.clusterResource(serverText(), discovery.gitVersion));
    setState(State::Syncing);
    m_kinds.clear();
    bool anyRequired = false;
    for (const ApiResource& resource : ApiResource::watched()) {
        KindStatus status { resource, KindState::Syncing, QString(), 0 };
        const QString failure = discovery.failures.value(resource.groupVersion());
        if (!failure.isEmpty()) {
            if (!resource.optional) {
                fail(Error(failure));
                return;
            }
            status.state = KindState::Error;
            status.message = failure;
        } else if (!discovery.serves(resource)) {
            qCInfo(lcKube) << "context" << contextName() << "does not serve" << resource.qualifiedName()
                           << "- not watched";
            status.state = KindState::NotInstalled;
        }
        anyRequired = anyRequired || (!resource.optional && status.state != KindState::NotInstalled);
        m_kinds.append(status);
    }
    if (!anyRequired) {
        fail(Error(Tr::tr("%1 serves none of namespaces, services, ingresses, ingressclasses").arg(serverText())));
        return;
    }
    Q_EMIT kindStatesChanged();
    for (const KindStatus& status : std::as_const(m_kinds))
        if (status.state == KindState::Syncing)
            startInformer(status.resource);
}

void ClusterSession::startInformer(const ApiResource& resource)
{
    auto* informer = new Informer(m_client, resource, this);
    if (m_options.watchTimeoutSeconds > 0)
        informer->setWatchTimeoutSeconds(m_options.watchTimeoutSeconds);
    connect(informer, &Informer::changed, this,
        [this, resource](const QList<QJsonObject>& upserted, const QList<QJsonObject>& removed) {
            onChanged(resource, upserted, removed);
        });
    connect(informer, &Informer::synced, this, [this, resource] {
        setKindState(resource, KindState::Live);
        onInformerSynced();
    });
    connect(informer, &Informer::resuming, this, [this, resource](const Error& reason) {
        setKindState(resource, KindState::Syncing, reason.message);
        onResumeStateChanged();
    });
    connect(informer, &Informer::resumed, this, [this, resource] {
        setKindState(resource, KindState::Live);
        onResumeStateChanged();
    });
    connect(informer, &Informer::denied, this, [this, resource, informer](const Error& error) {
        setKindState(resource, KindState::Forbidden, error.message);
        // A request sent with the old credential may be refused after the new one came; while the
        // plugin runs, useCredential() hurries it.
        if (!m_refreshingCredentials)
            retryWithNewCredential(informer);
    });
    if (resource.optional)
        connect(informer, &Informer::failed, this,
            [this, informer](const Error& error) { onOptionalFailed(informer, error); });
    else
        connect(informer, &Informer::failed, this, &ClusterSession::fail);
    m_informers.append(informer);
    informer->start(m_options.watch);
}

void ClusterSession::retryWithNewCredential(Informer* informer)
{
    // Once per informer and credential: a credential the server refuses too is not tried in a loop.
    if (!m_credentials || !informer->isDenied() || informer->property("credentialGeneration").toInt() == m_credentialGeneration)
        return;
    if (informer->retryNow())
        informer->setProperty("credentialGeneration", m_credentialGeneration);
}

void ClusterSession::onOptionalFailed(Informer* informer, const Error& error)
{
    // An add-on's kind the user may not read, or whose server side fails: shown on its own, the
    // rest of the cluster syncs on. What it had listed stays until the retry lists it again.
    const ApiResource resource = informer->resource();
    const int status = KubeClient::httpStatusOf(error);
    qCInfo(lcKube) << "context" << contextName() << ":" << resource.qualifiedName() << "is unavailable:"
                   << error.message;
    setKindState(resource, status == 403 || status == 401 ? KindState::Forbidden
                           : status == 404            ? KindState::NotInstalled
                                                      : KindState::Error,
        error.message);
    m_informers.removeOne(informer);
    informer->stop();
    informer->disconnect(this);
    informer->deleteLater();
    // Its objects known from before a restart are not confirmed by a list: they stay (the server
    // said nothing about them) rather than vanish and come back.
    const QString prefix = resource.qualifiedName() + QLatin1Char('/');
    m_unconfirmed.removeIf([&prefix](const QString& key) { return key.startsWith(prefix); });
    if (m_options.watch && m_run)
        QTimer::singleShot(m_optionalRetryMs, m_run, [this, resource] { startInformer(resource); });
    onInformerSynced();
}

namespace {

// Below this many objects a change is mapped at once on the calling thread (a watch event); a
// list page (up to 500) goes to a worker.
constexpr qsizetype OffThreadMappingThreshold = 32;
// Objects applied to the Inventory per event-loop turn (see drain()): a page of 500 in two turns.
constexpr qsizetype DrainBudget = 250;

} // namespace

QList<ClusterSession::MappedObject> ClusterSession::mapObjects(
    const ObjectMapper& mapper, const ApiResource& resource, const QList<QJsonObject>& objects)
{
    const QString prefix = resource.qualifiedName() + QLatin1Char('/');
    const QString kind = resource.mapperKind();
    const bool summarised = ObjectMapper::isSummarised(kind);
    QList<MappedObject> mapped;
    mapped.reserve(objects.size());
    for (const QJsonObject& object : objects) {
        const QJsonObject meta = object.value(QLatin1StringView("metadata")).toObject();
        MappedObject m;
        m.key = prefix + meta.value(QLatin1StringView("namespace")).toString() + QLatin1Char('/')
                + meta.value(QLatin1StringView("name")).toString();
        m.summarised = summarised;
        if (summarised)
            m.part = mapper.summaryPart(kind, object);
        else
            m.resources = mapper.map(kind, object);
        mapped.append(std::move(m));
    }
    return mapped;
}

void ClusterSession::onChanged(const ApiResource& resource, const QList<QJsonObject>& upserted,
                               const QList<QJsonObject>& removed)
{
    auto job = std::make_shared<Job>();
    job->plural = resource.qualifiedName();
    job->removed = removed;
    m_jobs.append(job);
    if (upserted.size() < OffThreadMappingThreshold) {
        job->mapped = mapObjects(m_mapper, resource, upserted);
        job->ready = true;
        drain();
        return;
    }
    // Mapping 500 objects takes a GUI thread 10 to 20 ms: a worker's job. The mapper is stateless
    // (a copy goes with the job) and the Resources it makes are immutable.
    auto* watcher = new QFutureWatcher<QList<MappedObject>>(m_run);
    connect(watcher, &QFutureWatcher<QList<MappedObject>>::finished, this, [this, watcher, weak = std::weak_ptr(job)] {
        watcher->deleteLater();
        const std::shared_ptr<Job> pending = weak.lock();
        if (!pending) // stopped meanwhile
            return;
        pending->mapped = watcher->result();
        pending->ready = true;
        drain();
    });
    watcher->setFuture(runInBackground([mapper = m_mapper, resource, upserted] {
        return mapObjects(mapper, resource, upserted);
    }));
}

void ClusterSession::drain()
{
    // About one page per event-loop turn: once DrainBudget objects went in, the rest waits for a
    // zero timer (a timer, not a posted call: posted events, the workers' results among them, are
    // all delivered in one pass of the loop), so that each page is its own Inventory batch and
    // the views' work per turn is one page, not every page the workers finished meanwhile.
    while (!m_jobs.isEmpty() && m_jobs.first()->ready) {
        if (m_appliedThisTurn >= DrainBudget) {
            if (!m_drainTimer.isActive())
                m_drainTimer.start();
            return;
        }
        std::shared_ptr<Job> job = m_jobs.first();
        if (job->mapped.size() + job->removed.size() > DrainBudget && !job->syncMarker && !job->resumeMarker) {
            // a page of 500 goes in in two parts: its removals and first objects now, the rest next turn
            auto part = std::make_shared<Job>(*job);
            const qsizetype take = std::max<qsizetype>(0, DrainBudget - job->removed.size());
            part->mapped = job->mapped.first(std::min(take, job->mapped.size()));
            job->mapped.remove(0, part->mapped.size());
            job->removed.clear();
            job = part;
        } else {
            m_jobs.removeFirst();
        }
        m_appliedThisTurn += job->mapped.size() + job->removed.size();
        if (m_appliedThisTurn >= DrainBudget)
            m_drainTimer.start(); // the next turn starts afresh
        if (job->syncMarker)
            finishInitialSync();
        else if (job->resumeMarker)
            onResumeStateChanged();
        else
            apply(*job);
    }
}

void ClusterSession::apply(const Job& job)
{
    auto objectKey = [&](const QJsonObject& object) -> QString {
        const QJsonObject meta = object.value(QLatin1StringView("metadata")).toObject();
        return job.plural + QLatin1Char('/') + meta.value(QLatin1StringView("namespace")).toString()
               + QLatin1Char('/') + meta.value(QLatin1StringView("name")).toString();
    };
    // Straight into the Inventory: its RelationResolver links what refers to what.
    for (const QJsonObject& object : job.removed) {
        const QString key = objectKey(object);
        if (m_summaries.contains(key))
            m_summaries.set(key, std::nullopt);
        for (const ResourceId& id : m_idsByObject.take(key))
            m_inventory->remove(id);
    }

    for (const MappedObject& object : job.mapped) {
        if (object.summarised) {
            m_unconfirmed.remove(object.key);
            m_summaries.set(object.key, object.part);
            continue;
        }
        QList<ResourceId> ids;
        ids.reserve(object.resources.size());
        for (const ResourcePtr& r : object.resources) {
            ids.append(r->id);
            m_inventory->upsert(r);
        }
        m_unconfirmed.remove(object.key);
        for (const ResourceId& old : m_idsByObject.value(object.key))
            if (!ids.contains(old))
                m_inventory->remove(old);
        m_idsByObject.insert(object.key, ids);
    }
    applySummaries();
    Q_EMIT countsChanged();
}

void ClusterSession::applySummaries()
{
    QList<ResourcePtr> upserted;
    QList<ResourceId> removed;
    m_summaries.takeChanges(&upserted, &removed);
    for (const ResourceId& id : std::as_const(removed))
        m_inventory->remove(id);
    for (const ResourcePtr& r : std::as_const(upserted))
        m_inventory->upsert(r);
}

void ClusterSession::onInformerSynced()
{
    if (m_initialSyncFinished)
        return;
    for (Informer* informer : std::as_const(m_informers))
        if (!informer->hasSynced())
            return;
    // Finished once what the informers reported before is in the Inventory.
    auto marker = std::make_shared<Job>();
    marker->syncMarker = true;
    marker->ready = true;
    m_jobs.append(marker);
    drain();
}

void ClusterSession::finishInitialSync()
{
    if (m_initialSyncFinished)
        return;
    m_initialSyncFinished = true;
    m_initialSyncMs = m_clock.elapsed();
    if (!m_unconfirmed.isEmpty()) {
        for (const QString& key : std::as_const(m_unconfirmed)) {
            if (m_summaries.contains(key))
                m_summaries.set(key, std::nullopt);
            for (const ResourceId& id : m_idsByObject.take(key))
                m_inventory->remove(id);
        }
        m_unconfirmed.clear();
        applySummaries();
    }
    qCInfo(lcKube) << "context" << contextName() << "synced" << objectCount() << "objects in" << m_initialSyncMs
                   << "ms";
    setState(State::Synced);
    Q_EMIT initialSyncFinished();
}

void ClusterSession::onResumeStateChanged()
{
    // fail() clears the informers, so only a live session gets here.
    if (m_informers.isEmpty() || !m_initialSyncFinished)
        return;
    QStringList resuming;
    for (Informer* informer : std::as_const(m_informers)) {
        if (informer->isDenied()) {
            // Refused (401/403): not a reconnect. Failed, with the reason, while the informers try
            // again once a minute; Synced again once they are accepted.
            const bool wasFailed = m_state == State::Failed;
            m_lastError = informer->deniedError();
            setState(State::Failed, m_lastError.message);
            if (!wasFailed)
                Q_EMIT failed(m_lastError);
            return;
        }
        if (informer->isResuming())
            resuming.append(informer->resource().qualifiedName());
    }
    m_lastError = {};
    if (resuming.isEmpty() && !m_jobs.isEmpty()) {
        // Resumed, but what the re-lists brought is still being mapped: Synced once it is applied.
        auto marker = std::make_shared<Job>();
        marker->resumeMarker = true;
        marker->ready = true;
        m_jobs.append(marker);
        return;
    }
    if (resuming.isEmpty())
        setState(State::Synced);
    else
        setState(State::Reconnecting, Tr::tr("resuming the watch of %1").arg(resuming.join(QLatin1String(", "))));
}

qsizetype ClusterSession::objectCount() const
{
    qsizetype n = 0;
    for (Informer* informer : m_informers)
        n += informer->size();
    return n;
}

QHash<QString, qsizetype> ClusterSession::objectCounts() const
{
    QHash<QString, qsizetype> counts;
    for (Informer* informer : m_informers)
        counts[informer->resource().plural] += informer->size();
    return counts;
}

} // namespace Netloom::Kube
