#pragma once

#include "models/core/Expected.h"
#include "models/kube/ExecPlugin.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QProcess;

namespace Netloom::Kube {

struct ConnectionConfig;

/// Runs a kubeconfig user's exec credential plugin and keeps what it printed until it expires, as
/// client-go's exec authenticator does: on the event loop (QProcess), never twice at once (callers
/// that ask meanwhile share the run), without a terminal (interactive is false; a plugin that needs
/// one, interactiveMode Always, is refused with a clear error), within timeout().
///
/// It runs nothing unless the operator approved this exact plugin for its kubeconfig file
/// (ExecApprovals) or the run was told to trust it (`netloom inventory --trust-exec`).
class ExecCredentialProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecCredentialProvider)

public:
    using Callback = std::function<void(Expected<ExecCredential>)>;

    /// @p config: the cluster the plugin is told about when it asks for cluster info (server,
    /// certificate authority, tls-server-name).
    ExecCredentialProvider(ExecPlugin plugin, const ConnectionConfig& config, QObject* parent = nullptr);
    ~ExecCredentialProvider() override;

    const ExecPlugin& plugin() const { return m_plugin; }

    /// Runs the plugin without an approval (for one headless run the operator vouched for).
    void setTrusted(bool trusted) { m_trusted = trusted; }
    bool isApproved() const;

    /// How long a plugin may run (default 60 s; a plugin that logs in through a browser is killed
    /// after it, with a message that says so).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// The credential, from the cache while it is valid, else from a new run. @p callback is called
    /// once, in this object's thread, unless this object is destroyed first.
    void fetch(Callback callback);
    /// Runs the plugin even though the cached credential is still valid (a refresh ahead of its
    /// expiry); the cached one stays in use until the new one arrives.
    void renew(Callback callback);
    /// Forgets the cached credential (a 401 with it): the next fetch() runs the plugin again.
    void invalidate();
    /// The cached credential, when there is one that is still valid.
    std::optional<ExecCredential> cached() const;
    /// How often the plugin ran (tests, the request log).
    int runs() const { return m_runs; }

    /// The environment variable KUBERNETES_EXEC_INFO as client-go writes it.
    QByteArray execInfo() const;

private:
    void finishRun(Expected<ExecCredential> result);
    void run();

    ExecPlugin m_plugin;
    QByteArray m_clusterInfo; ///< JSON of spec.cluster, when the plugin asks for it
    bool m_trusted = false;
    int m_timeoutMs = 60'000;
    std::optional<ExecCredential> m_cached;
    QPointer<QProcess> m_process;
    QList<Callback> m_waiting;
    int m_runs = 0;
};

} // namespace Netloom::Kube
