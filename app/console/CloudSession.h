#pragma once

#include "models/core/Error.h"
#include "models/domain/ResourceId.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace Netloom::Cloud {
class CloudJob;
class CloudProvider;
} // namespace Netloom::Cloud
namespace Netloom::Domain {
class Inventory;
}

namespace Netloom::Console {

/// One cloud account shown by the console (or listed by `netloom inventory`): reads everything of
/// the account through its CloudProvider into the Inventory, then downloads the kubeconfig of each
/// managed cluster, so that the cluster is linked to the Kubernetes cluster at its API server
/// (relation clusterApiServer) and can be connected in one action. Asynchronous throughout;
/// kubeconfigs stay in memory only (they hold credentials).
///
/// start() again (F5) reads the account anew: what it no longer has is removed from the Inventory.
class CloudSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudSession)

public:
    enum class State { Idle, Loading, Synced, Failed };
    Q_ENUM(State)

    CloudSession(std::unique_ptr<Cloud::CloudProvider> provider, Domain::Inventory* inventory, QObject* parent = nullptr);
    ~CloudSession() override;

    /// Where the cloud account comes from: `--cloud-env FILE` (netloom-lab's file of IONOS_*
    /// assignments) when @p envFile is set, else the IONOS_* variables of @p environment when it
    /// has credentials (IONOS_TOKEN or IONOS_USERNAME). Returns nullptr with @p error empty when no
    /// account is configured, nullptr with @p error set when one is but cannot be used.
    /// @p warning: set for an http:// API URL (credentials in clear text).
    static std::unique_ptr<Cloud::CloudProvider> createProvider(
        const QString& envFile, const QProcessEnvironment& environment, Error* error, QString* warning);

    Cloud::CloudProvider& provider() const { return *m_provider; }
    QString origin() const;
    /// "https://… as token": never a secret.
    QString describe() const;
    State state() const { return m_state; }
    /// The last failure (empty message when none).
    const Error& lastError() const { return m_error; }
    /// Kubeconfig problems of the last sync (one line per cluster whose kubeconfig could not be read).
    const QStringList& warnings() const { return m_warnings; }

    /// The kubeconfig downloaded for the managed cluster @p cluster (empty when none).
    QByteArray kubeconfigOf(const Domain::ResourceId& cluster) const { return m_kubeconfigs.value(cluster); }

    /// Reads the account (again).
    void start();
    /// Abandons what is in flight; keeps what is shown.
    void stop();
    /// Stops and removes the account's resources from the Inventory.
    void removeResources();

Q_SIGNALS:
    void stateChanged(Netloom::Console::CloudSession::State state, const QString& message);
    /// @p done of @p total API collections are read.
    void progress(int done, int total);

private:
    void onReadFinished();
    void onKubeconfigFinished(const Domain::ResourceId& cluster, Cloud::CloudJob* job);
    void finishSync();
    void setState(State state, const QString& message);

    std::unique_ptr<Cloud::CloudProvider> m_provider;
    Domain::Inventory* m_inventory;
    QPointer<Cloud::CloudJob> m_read;
    QList<QPointer<Cloud::CloudJob>> m_kubeconfigJobs;
    QHash<Domain::ResourceId, QByteArray> m_kubeconfigs;
    QStringList m_warnings;
    State m_state = State::Idle;
    Error m_error;
};

} // namespace Netloom::Console
