#include "app/console/ConsoleController.h"

#include "app/console/CloudSession.h"
#include "app/console/LabLauncher.h"
#include "app/console/LiveYamlProvider.h"
#include "models/cloud/CloudJob.h"
#include "models/cloud/CloudProvider.h"
#include "models/domain/Inventory.h"
#include "models/kube/KubeClient.h"
#include "widgets/MainWindow.h"
#include "widgets/ResourceSelection.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

namespace Netloom::Console {

using Kube::ClusterSession;
using Widgets::ConnectionState;

namespace {

// Whether two resolved contexts reach the same server the same way (a refresh can then keep the
// session and its Inventory content, and only restart it).
bool sameConnection(const Kube::ConnectionConfig& a, const Kube::ConnectionConfig& b)
{
    return a.contextName == b.contextName && a.server == b.server && a.tls.caPem == b.tls.caPem
        && a.tls.clientCertPem == b.tls.clientCertPem && a.tls.clientKeyPem == b.tls.clientKeyPem
        && a.tls.serverName == b.tls.serverName && a.tls.verifyPeer == b.tls.verifyPeer
        && a.bearerToken == b.bearerToken && a.username == b.username && a.password == b.password
        && a.proxyUrl == b.proxyUrl && a.exec.has_value() == b.exec.has_value()
        && (!a.exec || a.exec->fingerprint() == b.exec->fingerprint()); // a changed plugin asks again
}

// The first line of @p message, short enough for the status bar (the message box has all of it).
QString statusLine(const QString& message)
{
    constexpr qsizetype kMax = 140;
    QString line = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kMax)
        line = line.left(kMax - 1) + QStringLiteral("…");
    return line;
}

} // namespace

ConsoleController::ConsoleController(QObject* parent)
    : QObject(parent)
    , m_inventory(std::make_unique<Domain::Inventory>())
    , m_window(std::make_unique<Widgets::MainWindow>(*m_inventory))
    , m_yaml(new LiveYamlProvider(this))
{
    m_window->setYamlProvider([this](const Domain::Resource& resource) { return m_yaml->yamlFor(resource); });
    connect(m_yaml, &LiveYamlProvider::yamlArrived, this, &ConsoleController::refreshYaml);
    connect(m_window.get(), &Widgets::MainWindow::contextRequested, this, &ConsoleController::switchContext);
    connect(m_window.get(), &Widgets::MainWindow::refreshRequested, this, &ConsoleController::refresh);
    connect(m_window.get(), &Widgets::MainWindow::cloudClusterRequested, this, &ConsoleController::connectCloudCluster);
    connect(m_inventory.get(), &Domain::Inventory::changed, this, &ConsoleController::onInventoryChanged);
}

ConsoleController::~ConsoleController()
{
    m_yaml->setCloudProvider(nullptr);
    delete m_cloud; // before the Inventory it fills
    m_cloud = nullptr;
    stopSession();
    // Sessions stopped earlier may still wait for their deleteLater(): they go before the Inventory.
    qDeleteAll(findChildren<ClusterSession*>(Qt::FindDirectChildrenOnly));
    if (m_problemBox)
        delete m_problemBox.data();
    m_window.reset();
    delete m_lab; // stops the child process
    m_lab = nullptr;
}

void ConsoleController::open(const QString& kubeconfigPath, const QString& context)
{
    m_kubeconfigPath = kubeconfigPath;
    m_kubeconfigData.clear();
    m_kubeconfigSource.clear();
    if (!loadKubeconfig()) {
        stopSession();
        m_context.clear();
        return;
    }
    const QStringList contexts = m_kubeconfig->contextNames();
    QString chosen = context;
    if (chosen.isEmpty()) {
        const QString last = m_window->lastContext();
        chosen = contexts.contains(last) ? last : m_kubeconfig->currentContext();
    }
    if (chosen.isEmpty() && !contexts.isEmpty())
        chosen = contexts.constFirst();
    m_window->setContexts(contexts, chosen);
    if (chosen.isEmpty()) {
        m_window->setConnectionState(
            tr("No context in %1").arg(m_kubeconfig->filesText()), ConnectionState::Disconnected);
        return;
    }
    startSession(chosen);
}

void ConsoleController::openLab(const QString& labProgram)
{
    delete m_lab;
    m_lab = new LabLauncher(this);
    if (!labProgram.isEmpty())
        m_lab->setProgram(labProgram);
    connect(m_lab, &LabLauncher::ready, this, &ConsoleController::onLabReady);
    connect(m_lab, &LabLauncher::failed, this, [this](const QString& message) {
        m_window->setConnectionState(
            tr("The built-in lab did not start: %1").arg(statusLine(message)), ConnectionState::Error);
        showProblem(message);
    });
    connect(m_lab, &LabLauncher::stoppedUnexpectedly, this, [this](const QString& message) {
        stopSession();
        m_window->setConnectionState(
            tr("The built-in lab stopped: %1").arg(statusLine(message)), ConnectionState::Error);
        showProblem(message);
    });
    m_window->setConnectionState(tr("Starting the built-in lab…"), ConnectionState::Connecting);
    m_lab->start();
}

void ConsoleController::onLabReady(const QString& kubeconfigPath)
{
    open(kubeconfigPath);
    if (!m_lab->cloudEnvPath().isEmpty())
        openCloud(m_lab->cloudEnvPath(), QProcessEnvironment());
}

void ConsoleController::openCloud(const QString& envFile, const QProcessEnvironment& environment)
{
    Error error;
    QString warning;
    std::unique_ptr<Cloud::CloudProvider> provider = CloudSession::createProvider(envFile, environment, &error, &warning);
    if (!provider) {
        if (error.message.isEmpty())
            return; // no cloud account configured
        m_window->setCloudState(tr("Cloud: %1").arg(statusLine(error.message)), ConnectionState::Error);
        showProblem(error.message);
        return;
    }
    openCloud(std::move(provider));
    m_cloudWarning = warning;
    if (!warning.isEmpty()) {
        qWarning("netloom: %s", qPrintable(warning));
        onCloudStateChanged();
    }
}

void ConsoleController::openCloud(std::unique_ptr<Cloud::CloudProvider> provider)
{
    m_yaml->setCloudProvider(nullptr);
    if (m_cloud) {
        m_cloud->removeResources();
        delete m_cloud;
    }
    m_cloudWarning.clear();
    m_cloud = new CloudSession(std::move(provider), m_inventory.get(), this);
    m_yaml->setCloudProvider(&m_cloud->provider());
    connect(m_cloud, &CloudSession::stateChanged, this, &ConsoleController::onCloudStateChanged);
    connect(m_cloud, &CloudSession::progress, this, [this](int done, int total) {
        m_window->setCloudState(tr("Reading %1: %2 of %3 collections…").arg(m_cloud->describe()).arg(done).arg(total),
            ConnectionState::Connecting);
    });
    Q_EMIT cloudSessionStarted(m_cloud);
    m_cloud->start();
}

void ConsoleController::onCloudStateChanged()
{
    if (!m_cloud)
        return;
    const QString where = m_cloud->describe();
    QString text;
    ConnectionState state = ConnectionState::Disconnected;
    switch (m_cloud->state()) {
    case CloudSession::State::Idle:
        text = tr("Cloud: not connected");
        break;
    case CloudSession::State::Loading:
        text = tr("Reading %1…").arg(where);
        state = ConnectionState::Connecting;
        break;
    case CloudSession::State::Synced: {
        const qsizetype count = m_inventory->byOrigin(m_cloud->origin()).size();
        text = tr("Cloud: %1 (%n resource(s))", nullptr, int(count)).arg(where);
        state = m_cloud->warnings().isEmpty() ? ConnectionState::Connected : ConnectionState::Error;
        if (!m_cloud->warnings().isEmpty())
            text += QStringLiteral(" — ") + statusLine(m_cloud->warnings().constFirst());
        break;
    }
    case CloudSession::State::Failed:
        text = tr("Cloud: %1").arg(statusLine(m_cloud->lastError().message));
        state = ConnectionState::Error;
        showProblem(m_cloud->lastError().message);
        break;
    }
    if (!m_cloudWarning.isEmpty()) {
        text += QStringLiteral(" — ") + tr("not encrypted (http://)");
        if (state == ConnectionState::Connected)
            state = ConnectionState::Error;
    }
    m_window->setCloudState(text, state, m_cloudWarning);
}

Domain::ResourceId ConsoleController::cloudClusterOf(const Domain::ResourceId& id) const
{
    const Domain::ResourcePtr resource = m_inventory->get(id);
    if (!resource || !resource->origin.startsWith(QLatin1String("cloud:")))
        return {};
    switch (resource->kind) {
    case Domain::ResourceKind::Cluster:
        return resource->id;
    case Domain::ResourceKind::NodePool:
        return resource->parent;
    case Domain::ResourceKind::Vdc:
        // The VDC contains the node pools of its managed clusters (resolved relations).
        for (const Domain::Relation& relation : m_inventory->relationsOf(id)) {
            const Domain::ResourcePtr member = m_inventory->get(relation.target);
            if (member && member->kind == Domain::ResourceKind::NodePool && !member->parent.isNull())
                return member->parent;
        }
        return {};
    default:
        return {};
    }
}

void ConsoleController::connectCloudCluster(const Domain::ResourceId& id)
{
    const Domain::ResourceId cluster = cloudClusterOf(id);
    if (cluster.isNull() || !m_cloud) {
        m_window->setCloudState(tr("%1 is not a managed cluster, node pool or VDC with a cluster").arg(id.toString()),
            ConnectionState::Error);
        return;
    }
    // Connected already: the Kubernetes cluster at the managed cluster's API server.
    for (const Domain::Relation& relation : m_inventory->relationsOf(cluster)) {
        const Domain::ResourcePtr target = m_inventory->get(relation.target);
        if (target && target->kind == Domain::ResourceKind::Cluster && target->origin.startsWith(QLatin1String("kube:"))) {
            m_window->selectResource(target->id);
            return;
        }
    }
    const Domain::ResourcePtr resource = m_inventory->get(cluster);
    const QString name = resource ? resource->name : cluster.toString();
    const QByteArray kubeconfig = m_cloud->kubeconfigOf(cluster);
    if (!kubeconfig.isEmpty()) {
        openKubeconfigData(kubeconfig, tr("the kubeconfig of %1 from the cloud").arg(name));
        return;
    }
    if (m_kubeconfigDownload)
        m_kubeconfigDownload->deleteLater();
    m_window->setConnectionState(tr("Downloading the kubeconfig of %1…").arg(name), ConnectionState::Connecting);
    Cloud::CloudJob* job = m_cloud->provider().fetchKubeconfig(cluster);
    job->setParent(this);
    m_kubeconfigDownload = job;
    connect(job, &Cloud::CloudJob::finished, this, [this, job, name] {
        job->deleteLater();
        if (job != m_kubeconfigDownload)
            return;
        if (job->error()) {
            const QString message = tr("The kubeconfig of %1 could not be downloaded: %2").arg(name, job->error()->message);
            m_window->setConnectionState(statusLine(message), ConnectionState::Error);
            showProblem(message);
            return;
        }
        openKubeconfigData(job->content(), tr("the kubeconfig of %1 from the cloud").arg(name));
    });
}

void ConsoleController::openKubeconfigData(const QByteArray& yaml, const QString& source)
{
    m_kubeconfigPath.clear();
    m_kubeconfigData = yaml;
    m_kubeconfigSource = source;
    if (!loadKubeconfig()) {
        stopSession();
        m_context.clear();
        return;
    }
    const QStringList contexts = m_kubeconfig->contextNames();
    QString chosen = m_kubeconfig->currentContext();
    if (chosen.isEmpty() && !contexts.isEmpty())
        chosen = contexts.constFirst();
    m_window->setContexts(contexts, chosen);
    if (chosen.isEmpty()) {
        m_window->setConnectionState(tr("No context in %1").arg(source), ConnectionState::Disconnected);
        return;
    }
    startSession(chosen);
    if (m_session)
        selectWhenPresent(Domain::ResourceId::kube(chosen, Domain::ResourceKind::Cluster, QString(), chosen));
}

void ConsoleController::selectWhenPresent(const Domain::ResourceId& id)
{
    m_pendingSelection = id;
    onInventoryChanged();
}

void ConsoleController::onInventoryChanged()
{
    if (m_pendingSelection.isNull() || !m_inventory->get(m_pendingSelection))
        return;
    m_window->selectResource(m_pendingSelection);
    m_pendingSelection = {};
}

void ConsoleController::switchContext(const QString& name)
{
    if (!m_kubeconfig && m_kubeconfigData.isEmpty()) {
        open(m_kubeconfigPath, name);
        return;
    }
    startSession(name);
}

void ConsoleController::refresh()
{
    if (m_cloud)
        m_cloud->start(); // reads the account again; what is gone is removed
    const QString context = m_context;
    if (!loadKubeconfig()) {
        stopSession();
        return;
    }
    const QStringList contexts = m_kubeconfig->contextNames();
    if (context.isEmpty() || !contexts.contains(context)) {
        if (!m_kubeconfigData.isEmpty())
            openKubeconfigData(m_kubeconfigData, m_kubeconfigSource);
        else
            open(m_kubeconfigPath); // the context is gone: choose again
        return;
    }
    m_window->setContexts(contexts, context);
    const auto config = m_kubeconfig->resolve(context);
    // Against what the session was started with: its client's credentials may since have come from
    // an exec plugin.
    if (m_session && config && sameConnection(*config, m_sessionConfig)) {
        clearProblem();
        m_yaml->setClient(m_session->client());
        m_session->start(); // keeps what is shown; removes what the new lists no longer have
        return;
    }
    startSession(context);
}

bool ConsoleController::loadKubeconfig()
{
    auto loaded = m_kubeconfigData.isEmpty() ? Kube::Kubeconfig::load(m_kubeconfigPath)
                                             : Kube::Kubeconfig::parse(m_kubeconfigData, m_kubeconfigSource);
    if (!loaded) {
        m_kubeconfig.reset();
        m_window->setContexts({}, {});
        m_window->setConnectionState(
            tr("Cannot read the kubeconfig: %1").arg(statusLine(loaded.error().message)), ConnectionState::Error);
        showProblem(loaded.error().message);
        return false;
    }
    m_kubeconfig = std::move(*loaded);
    return true;
}

void ConsoleController::startSession(const QString& context)
{
    stopSession();
    m_context = context;
    clearProblem();
    const auto config = m_kubeconfig->resolve(context);
    if (!config) {
        m_window->setConnectionState(
            tr("Cannot use context \"%1\": %2").arg(context, statusLine(config.error().message)),
            ConnectionState::Error);
        showProblem(config.error().message);
        return;
    }
    if (config->exec && !Kube::ExecApprovals::isApproved(*config->exec)) {
        // Nothing runs before the operator saw the exact command and said yes.
        const Kube::ExecPlugin plugin = *config->exec;
        m_window->setConnectionState(tr("Context \"%1\": waiting for your approval of its credential plugin").arg(context),
            ConnectionState::Connecting);
        m_window->askExecApproval({ context, plugin.userName, plugin.kubeconfigFile, plugin.commandLine(), plugin.program() },
            [this, context, plugin, generation = ++m_approvalGeneration](bool approved) {
                if (generation != m_approvalGeneration || context != m_context)
                    return; // another context was chosen meanwhile
                if (!approved) {
                    const QString message = tr("The credential plugin of context \"%1\" was not run: you declined it. "
                                               "Choose the context again to be asked again.")
                                                .arg(context);
                    m_window->setConnectionState(message, ConnectionState::Error);
                    showProblem(message);
                    return;
                }
                Kube::ExecApprovals::approve(plugin);
                startSession(context);
            });
        return;
    }
    m_sessionConfig = *config;
    m_session = new ClusterSession(*config, m_inventory.get(), this);
    connect(m_session, &ClusterSession::stateChanged, this, &ConsoleController::onSessionStateChanged);
    connect(m_session, &ClusterSession::kindStatesChanged, this, &ConsoleController::showKindStates);
    connect(m_session, &ClusterSession::initialSyncFinished, this, &ConsoleController::showKindStates);
    m_yaml->setClient(m_session->client());
    Q_EMIT sessionStarted(m_session);
    m_session->start();
}

void ConsoleController::stopSession()
{
    m_yaml->setClient(nullptr);
    if (m_window)
        m_window->setKindStates({}, ConnectionState::Disconnected, {});
    if (!m_session)
        return;
    ClusterSession* session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    session->stop();
    m_inventory->removeWhere(session->origin());
    // Later: stop() may have been reached from one of its own signals.
    session->deleteLater();
}

void ConsoleController::showKindStates()
{
    if (!m_session)
        return;
    const QList<ClusterSession::KindStatus> kinds = m_session->kindStatuses();
    if (kinds.isEmpty()) {
        m_window->setKindStates({}, ConnectionState::Disconnected, {});
        return;
    }
    QMap<ClusterSession::KindState, int> counts;
    QStringList lines;
    for (const ClusterSession::KindStatus& kind : kinds) {
        ++counts[kind.state];
        QString line = tr("%1: %2").arg(kind.resource.qualifiedName(), ClusterSession::kindStateName(kind.state));
        if (kind.state == ClusterSession::KindState::Live)
            line += tr(" (%n object(s))", nullptr, int(kind.objects));
        if (!kind.message.isEmpty())
            line += QStringLiteral(" — ") + kind.message;
        lines.append(line);
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(tr("%n kind(s) %1", nullptr, it.value()).arg(ClusterSession::kindStateName(it.key())));
    const ConnectionState state = counts.contains(ClusterSession::KindState::Error) ? ConnectionState::Error
        : counts.contains(ClusterSession::KindState::Forbidden) || counts.contains(ClusterSession::KindState::Syncing)
        ? ConnectionState::Connecting
        : ConnectionState::Connected;
    m_window->setKindStates(parts.join(QStringLiteral(" · ")), state, lines.join(QLatin1Char('\n')));
}

void ConsoleController::onSessionStateChanged(ClusterSession::State state, const QString& message)
{
    if (sender() != m_session || !m_session)
        return;
    const QString server = m_session->serverText();
    switch (state) {
    case ClusterSession::State::Idle:
        m_window->setConnectionState(tr("Not connected"), ConnectionState::Disconnected);
        break;
    case ClusterSession::State::Connecting:
        m_window->setConnectionState(tr("Connecting to %1 (%2)…").arg(m_context, server), ConnectionState::Connecting);
        break;
    case ClusterSession::State::Syncing:
        m_window->setConnectionState(tr("Loading %1 (%2)…").arg(m_context, server), ConnectionState::Connecting);
        break;
    case ClusterSession::State::Synced: {
        const QString version = m_session->discovery().gitVersion;
        m_window->setConnectionState(version.isEmpty() ? tr("Connected to %1").arg(m_context)
                                                       : tr("Connected to %1 (Kubernetes %2)").arg(m_context, version),
            ConnectionState::Connected);
        clearProblem();
        break;
    }
    case ClusterSession::State::Reconnecting:
        m_window->setConnectionState(tr("Reconnecting to %1: %2").arg(m_context, message), ConnectionState::Connecting);
        break;
    case ClusterSession::State::Failed:
        m_window->setConnectionState(
            tr("Not connected to %1: %2").arg(m_context, statusLine(message)), ConnectionState::Error);
        showProblem(message);
        break;
    }
}

void ConsoleController::showProblem(const QString& message)
{
    m_lastProblem = message;
    if (!m_problemBox) {
        // Non-modal: the window stays usable (another context, F5) while the message is up.
        m_problemBox
            = new QMessageBox(QMessageBox::Warning, tr("Netloom"), QString(), QMessageBox::Close, m_window.get());
        m_problemBox->setObjectName(QStringLiteral("connectionProblem"));
        m_problemBox->setWindowModality(Qt::NonModal);
        m_problemBox->setAttribute(Qt::WA_DeleteOnClose);
    }
    const int cut = int(message.indexOf(QStringLiteral("\n\n")));
    m_problemBox->setText(cut > 0 ? message.left(cut) : message);
    m_problemBox->setDetailedText(cut > 0 ? message.mid(cut + 2) : QString());
    if (m_window->isVisible())
        m_problemBox->show();
    Q_EMIT problemShown(message);
}

void ConsoleController::clearProblem()
{
    m_lastProblem.clear();
    if (m_problemBox)
        m_problemBox->close();
}

void ConsoleController::refreshYaml(const Domain::ResourceId& id)
{
    if (m_window->selection().current() != id)
        return;
    // Setting the provider again makes the inspector render the current resource anew.
    m_window->setYamlProvider([this](const Domain::Resource& resource) { return m_yaml->yamlFor(resource); });
}

} // namespace Netloom::Console
