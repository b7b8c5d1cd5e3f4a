#include "app/console/CloudSession.h"

#include "app/console/Tr.h"
#include "models/cloud/CloudJob.h"
#include "models/cloud/CloudEnvFile.h"
#include "models/cloud/CloudProvider.h"
#include "models/cloud/IonosConfig.h"
#include "models/cloud/IonosProvider.h"
#include "models/cloud/IonosMapper.h"
#include "models/domain/Inventory.h"
#include "models/kube/Kubeconfig.h"

#include <QSet>

namespace Netloom::Console {

using Domain::ResourceId;
using Domain::ResourceKind;
using Domain::ResourcePtr;

CloudSession::CloudSession(std::unique_ptr<Cloud::CloudProvider> provider, Domain::Inventory* inventory, QObject* parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_inventory(inventory)
{
}

CloudSession::~CloudSession()
{
    stop();
}

std::unique_ptr<Cloud::CloudProvider> CloudSession::createProvider(
    const QString& envFile, const QProcessEnvironment& environment, Error* error, QString* warning)
{
    *error = {};
    warning->clear();
    QProcessEnvironment variables = environment;
    if (!envFile.isEmpty()) {
        const Expected<QProcessEnvironment> file = Cloud::CloudEnvFile::read(envFile);
        if (!file) {
            *error = file.error();
            return nullptr;
        }
        variables = *file;
    } else if (!environment.contains(QStringLiteral("IONOS_TOKEN"))
        && !environment.contains(QStringLiteral("IONOS_USERNAME"))) {
        return nullptr; // no cloud account configured
    }
    Expected<Cloud::IonosConfig> config = Cloud::IonosConfig::fromEnvironment(variables);
    if (!config) {
        *error = envFile.isEmpty()
            ? config.error()
            : Error(envFile + QStringLiteral(": ") + config.error().message, config.error().detail);
        return nullptr;
    }
    if (config->isPlainHttp()) {
        *warning = Tr::tr("The IONOS Cloud API URL %1 is plain http://: credentials and answers travel unencrypted "
                          "(meant for a local validating proxy only).")
                       .arg(config->apiUrl.toString(QUrl::RemoveUserInfo));
    }
    return std::make_unique<Cloud::IonosProvider>(std::move(*config));
}

QString CloudSession::origin() const
{
    return m_provider->origin();
}

QString CloudSession::describe() const
{
    return m_provider->describe();
}

void CloudSession::start()
{
    stop();
    m_error = {};
    m_warnings.clear();
    setState(State::Loading, {});
    m_read = m_provider->readAll();
    m_read->setParent(this);
    connect(m_read, &Cloud::CloudJob::progress, this, &CloudSession::progress);
    connect(m_read, &Cloud::CloudJob::finished, this, &CloudSession::onReadFinished);
}

void CloudSession::stop()
{
    if (m_read) {
        m_read->disconnect(this);
        m_read->cancel();
        m_read->deleteLater();
    }
    m_read = nullptr;
    for (const QPointer<Cloud::CloudJob>& job : std::as_const(m_kubeconfigJobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
            job->deleteLater();
        }
    }
    m_kubeconfigJobs.clear();
    if (m_state == State::Loading)
        setState(State::Idle, {});
}

void CloudSession::removeResources()
{
    stop();
    m_kubeconfigs.clear();
    m_inventory->removeWhere(origin());
}

void CloudSession::onReadFinished()
{
    Cloud::CloudJob* job = m_read;
    m_read = nullptr;
    if (!job)
        return;
    job->deleteLater();
    if (job->error()) {
        m_error = *job->error();
        setState(State::Failed, m_error.message);
        return;
    }

    // What the account no longer has goes; everything read is upserted (an unchanged resource is
    // not a change of the Inventory). A cluster keeps the API server learnt last time until its
    // kubeconfig is read again, so that a refresh does not break its link for a moment.
    const QList<ResourcePtr> read = job->resources();
    QSet<ResourceId> ids;
    ids.reserve(read.size());
    QList<ResourcePtr> upserts;
    upserts.reserve(read.size());
    QList<ResourceId> clusters;
    for (const ResourcePtr& resource : read) {
        ids.insert(resource->id);
        ResourcePtr value = resource;
        if (resource->kind == ResourceKind::Cluster) {
            clusters.append(resource->id);
            const ResourcePtr shown = m_inventory->get(resource->id);
            const auto* details = shown ? shown->as<Domain::ClusterDetails>() : nullptr;
            if (details && !details->apiServer.isEmpty())
                value = Cloud::IonosMapper::clusterWithApiServer(*resource, details->apiServer);
        }
        upserts.append(value);
    }
    for (const ResourcePtr& shown : m_inventory->byOrigin(origin())) {
        if (!ids.contains(shown->id))
            m_inventory->remove(shown->id);
    }
    m_inventory->upsert(upserts);
    for (auto it = m_kubeconfigs.begin(); it != m_kubeconfigs.end();) {
        if (ids.contains(it.key()))
            ++it;
        else
            it = m_kubeconfigs.erase(it);
    }

    for (const ResourceId& cluster : std::as_const(clusters)) {
        Cloud::CloudJob* download = m_provider->fetchKubeconfig(cluster);
        download->setParent(this);
        m_kubeconfigJobs.append(download);
        connect(download, &Cloud::CloudJob::finished, this,
            [this, cluster, download] { onKubeconfigFinished(cluster, download); });
    }
    if (clusters.isEmpty())
        finishSync();
}

void CloudSession::onKubeconfigFinished(const ResourceId& cluster, Cloud::CloudJob* job)
{
    m_kubeconfigJobs.removeAll(job);
    job->deleteLater();
    const ResourcePtr current = m_inventory->get(cluster);
    if (job->error()) {
        m_warnings.append(Tr::tr("The kubeconfig of %1 could not be read: %2")
                              .arg(current ? current->name : cluster.toString(), job->error()->message));
    } else {
        const Expected<Kube::Kubeconfig> kubeconfig
            = Kube::Kubeconfig::parse(job->content(), Tr::tr("the kubeconfig of %1").arg(cluster.toString()));
        const auto config = kubeconfig ? kubeconfig->resolve() : Expected<Kube::ConnectionConfig>(kubeconfig.error());
        if (!config) {
            m_warnings.append(config.error().message);
        } else {
            m_kubeconfigs.insert(cluster, job->content());
            if (current)
                m_inventory->upsert(Cloud::IonosMapper::clusterWithApiServer(*current, config->serverText()));
        }
    }
    if (m_kubeconfigJobs.isEmpty())
        finishSync();
}

void CloudSession::finishSync()
{
    setState(State::Synced, m_warnings.join(QLatin1Char('\n')));
}

void CloudSession::setState(State state, const QString& message)
{
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

} // namespace Netloom::Console
