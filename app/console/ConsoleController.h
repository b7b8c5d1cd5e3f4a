#pragma once

#include "models/domain/ResourceId.h"
#include "models/kube/ClusterSession.h"
#include "models/kube/Kubeconfig.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <memory>
#include <optional>

class QMessageBox;

namespace Netloom::Cloud {
class CloudJob;
class CloudProvider;
} // namespace Netloom::Cloud
namespace Netloom::Domain {
class Inventory;
}
namespace Netloom::Widgets {
class MainWindow;
}

namespace Netloom::Console {

class CloudSession;
class LabLauncher;
class LiveYamlProvider;

/// The console's composition root, used by `netloom` and by the GUI tests alike: owns the
/// Inventory and the MainWindow, reads the kubeconfig (like kubectl), runs one ClusterSession for
/// the chosen context and follows the window's context chooser and refresh action. In lab mode it
/// also owns the LabLauncher, so that the lab stops when the controller goes.
///
/// Problems (a broken kubeconfig, an unreachable server, a lab that does not start) are shown in
/// the status bar and in one non-modal message box ("connectionProblem"); the window always opens.
class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)

public:
    explicit ConsoleController(QObject* parent = nullptr);
    ~ConsoleController() override;

    Widgets::MainWindow* window() const { return m_window.get(); }
    Domain::Inventory& inventory() const { return *m_inventory; }
    /// The session of the current context (nullptr when there is none).
    Kube::ClusterSession* session() const { return m_session; }
    /// The cloud account shown (nullptr when none is configured).
    CloudSession* cloudSession() const { return m_cloud; }
    /// The lab in lab mode, else nullptr.
    LabLauncher* lab() const { return m_lab; }
    LiveYamlProvider* yamlProvider() const { return m_yaml; }
    /// The context shown (empty when none could be chosen).
    QString currentContext() const { return m_context; }
    /// The last problem shown to the user (empty when none).
    QString lastProblem() const { return m_lastProblem; }

    /// Reads @p kubeconfigPath (empty: KUBECONFIG, else ~/.kube/config), fills the context chooser
    /// and connects to @p context; with no @p context, to the context used last time if the
    /// kubeconfig has it, else to its current-context.
    void open(const QString& kubeconfigPath, const QString& context = {});
    /// Lab mode: starts netloom-lab (@p labProgram; empty: next to this executable) and opens the
    /// console on its kubeconfig once it is ready. Returns at once.
    void openLab(const QString& labProgram = {});
    /// Selects @p id as soon as it is in the Inventory (at once if it is there already).
    void selectWhenPresent(const Domain::ResourceId& id);
    /// Shows a cloud account beside the Kubernetes side: `--cloud-env FILE` (@p envFile), else the
    /// IONOS_* variables of @p environment; nothing when neither configures one. Returns at once.
    void openCloud(const QString& envFile, const QProcessEnvironment& environment);
    /// Shows the account of @p provider (replacing the one shown).
    void openCloud(std::unique_ptr<Cloud::CloudProvider> provider);
    /// One action from the cloud to its Kubernetes side: @p id is a managed cluster, one of its node
    /// pools or a VDC that holds them. Selects the Kubernetes cluster when it is connected already,
    /// else downloads its kubeconfig from the cloud (kept in memory) and connects to it.
    void connectCloudCluster(const Domain::ResourceId& id);

public Q_SLOTS:
    /// Stops the session of the current context, removes its resources and connects to @p name.
    void switchContext(const QString& name);
    /// F5: reads the kubeconfig again and restarts the session of the current context.
    void refresh();

Q_SIGNALS:
    /// A new ClusterSession was created and started (after open, a switch or a refresh that needed one).
    void sessionStarted(Netloom::Kube::ClusterSession* session);
    /// A problem was shown to the user.
    void problemShown(const QString& message);
    /// A cloud account's session was created and started.
    void cloudSessionStarted(Netloom::Console::CloudSession* session);

private:
    bool loadKubeconfig();
    void startSession(const QString& context);
    void stopSession();
    void showKindStates();
    void onSessionStateChanged(Kube::ClusterSession::State state, const QString& message);
    void onLabReady(const QString& kubeconfigPath);
    void onInventoryChanged();
    void showProblem(const QString& message);
    void clearProblem();
    void refreshYaml(const Domain::ResourceId& id);
    void onCloudStateChanged();
    /// The managed cloud cluster that @p id (a cloud cluster, node pool or VDC) belongs to.
    Domain::ResourceId cloudClusterOf(const Domain::ResourceId& id) const;
    /// Reads the kubeconfig @p yaml (named @p source in messages), keeps it in memory and connects
    /// to its current context.
    void openKubeconfigData(const QByteArray& yaml, const QString& source);

    std::unique_ptr<Domain::Inventory> m_inventory;
    std::unique_ptr<Widgets::MainWindow> m_window;
    LiveYamlProvider* m_yaml = nullptr;
    LabLauncher* m_lab = nullptr;
    CloudSession* m_cloud = nullptr;
    QString m_cloudWarning; // an http:// API URL, shown with every cloud state
    QPointer<Cloud::CloudJob> m_kubeconfigDownload;
    QByteArray m_kubeconfigData; // a kubeconfig from the cloud (not a file): used instead of m_kubeconfigPath
    QString m_kubeconfigSource;
    Kube::ClusterSession* m_session = nullptr;
    std::optional<Kube::Kubeconfig> m_kubeconfig;
    QString m_kubeconfigPath;
    QString m_context;
    Kube::ConnectionConfig m_sessionConfig; // what m_session was started with (F5 compares)
    int m_approvalGeneration = 0; // an exec approval asked for an earlier start() is ignored
    QString m_lastProblem;
    Domain::ResourceId m_pendingSelection;
    QPointer<QMessageBox> m_problemBox;
};

} // namespace Netloom::Console
