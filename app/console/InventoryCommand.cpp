#include "app/console/InventoryCommand.h"

#include "app/console/CloudSession.h"
#include "app/console/TerminalText.h"
#include "app/console/Tr.h"
#include "models/cloud/CloudProvider.h"
#include "models/domain/Inventory.h"
#include "models/kube/ClusterSession.h"
#include "models/kube/ExecCredentialProvider.h"
#include "models/kube/Kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScopeGuard>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>

namespace Netloom::Console {

namespace {

// One line on stderr: "netloom inventory: ...".
int failWith(const QString& message)
{
    // Messages quote files and servers: no control character of theirs reaches the terminal.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line = TerminalText::escape(line);
    std::fputs(qPrintable(QStringLiteral("netloom inventory: %1\n").arg(line)), stderr);
    return 1;
}

} // namespace

int InventoryCommand::run(const Options& options)
{
    // The cloud account first: a broken --cloud-env file stops before anything is sent.
    Error cloudProblem;
    QString cloudWarning;
    std::unique_ptr<Cloud::CloudProvider> provider
        = CloudSession::createProvider(options.cloudEnv, options.environment, &cloudProblem, &cloudWarning);
    if (!provider && !cloudProblem.message.isEmpty())
        return failWith(cloudProblem.message);
    if (!cloudWarning.isEmpty())
        std::fputs(qPrintable(QStringLiteral("netloom inventory: warning: %1\n").arg(TerminalText::escape(cloudWarning))),
            stderr);

    // With a cloud account and no kubeconfig anywhere (no option, no KUBECONFIG, no ~/.kube/config),
    // the inventory is the cloud's alone.
    const bool kubeconfigGiven = !options.kubeconfig.isEmpty() || !options.context.isEmpty()
        || !options.environment.value(QStringLiteral("KUBECONFIG")).isEmpty()
        || QFile::exists(QDir::home().filePath(QStringLiteral(".kube/config")));
    const bool withKube = !provider || kubeconfigGiven;

    Domain::Inventory inventory;
    std::unique_ptr<Kube::ClusterSession> session;
    if (withKube) {
        const auto kubeconfig = Kube::Kubeconfig::load(options.kubeconfig);
        if (!kubeconfig)
            return failWith(kubeconfig.error().message);
        const auto config = kubeconfig->resolve(options.context);
        if (!config)
            return failWith(config.error().message);
        Kube::ClusterSession::Options sessionOptions;
        sessionOptions.watch = false;
        sessionOptions.pageSize = options.pageSize;
        sessionOptions.maxResponseBytes = qint64(options.maxResponseMib) * 1024 * 1024;
        // A headless run never runs a plugin the operator has not approved (in the console, for this
        // kubeconfig file): it stops before, naming the plugin, with its own exit code.
        if (config->exec && !options.trustExec && !Kube::ExecApprovals::isApproved(*config->exec)) {
            failWith(Tr::tr("context \"%1\" authenticates with the exec plugin `%2` (user \"%3\" in %4), which has not "
                            "been approved: approve it in the console, or pass --trust-exec to run it for this run")
                         .arg(config->contextName, config->exec->commandLine(), config->exec->userName,
                             config->exec->kubeconfigFile));
            return ExitExecNotApproved;
        }
        session = std::make_unique<Kube::ClusterSession>(*config, &inventory, sessionOptions);
        if (session->credentials())
            session->credentials()->setTrusted(options.trustExec);
    }
    std::unique_ptr<CloudSession> cloud;
    if (provider)
        cloud = std::make_unique<CloudSession>(std::move(provider), &inventory);

    QEventLoop loop;
    const auto kubeDone = [&session] {
        return !session || session->isInitialSyncFinished() || session->state() == Kube::ClusterSession::State::Failed;
    };
    const auto cloudDone = [&cloud] {
        return !cloud || cloud->state() == CloudSession::State::Synced || cloud->state() == CloudSession::State::Failed;
    };
    const auto quitWhenDone = [&] {
        // One side failing ends the run at once (its error is the one line printed).
        const bool failed = (session && session->state() == Kube::ClusterSession::State::Failed)
            || (cloud && cloud->state() == CloudSession::State::Failed);
        if (failed || (kubeDone() && cloudDone()))
            loop.quit();
    };
    if (session) {
        QObject::connect(session.get(), &Kube::ClusterSession::initialSyncFinished, &loop, quitWhenDone);
        QObject::connect(session.get(), &Kube::ClusterSession::failed, &loop, quitWhenDone);
    }
    if (cloud)
        QObject::connect(cloud.get(), &CloudSession::stateChanged, &loop, quitWhenDone);
    // The deadline is a posted event from a watchdog thread, not a QTimer: with the glib event
    // dispatcher a timer that has just fired (libcurl's own, e.g.) demotes every timer to idle
    // priority, and a socket that is always readable (a server flooding us over plain HTTP) then
    // starves them: --timeout 5 ran to about 10 s. Posted events are never demoted.
    std::mutex mutex;
    std::condition_variable wake;
    bool finished = false;
    std::thread watchdog([&, timeout = std::chrono::seconds(std::max(1, options.timeoutSeconds))] {
        std::unique_lock lock(mutex);
        if (!wake.wait_for(lock, timeout, [&] { return finished; }))
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    const auto stopWatchdog = qScopeGuard([&] {
        {
            const std::lock_guard lock(mutex);
            finished = true;
        }
        wake.notify_all();
        watchdog.join();
    });
    if (session)
        session->start();
    if (cloud)
        cloud->start();
    if (!(session && session->state() == Kube::ClusterSession::State::Failed))
        loop.exec();

    if (session) {
        const QString where = Tr::tr("context \"%1\" (%2)").arg(session->contextName(), session->serverText());
        if (session->state() == Kube::ClusterSession::State::Failed) {
            const QString message = session->lastError().message;
            // Name the server once: most messages of the client already do.
            if (message.contains(session->serverText()))
                return failWith(Tr::tr("context \"%1\": %2").arg(session->contextName(), message));
            return failWith(where + QStringLiteral(": ") + message);
        }
        // The cloud's failure ended the wait: it is the reason, not the unfinished cluster sync.
        if (cloud && cloud->state() == CloudSession::State::Failed)
            return failWith(Tr::tr("cloud account %1 (%2)").arg(cloud->origin(), cloud->describe()) + QStringLiteral(": ")
                + cloud->lastError().message);
        if (!session->isInitialSyncFinished())
            return failWith(Tr::tr("%1: no complete sync within %2 s (still %3)")
                                .arg(where)
                                .arg(options.timeoutSeconds)
                                .arg(Kube::ClusterSession::stateName(session->state())));
    }
    if (cloud) {
        const QString where = Tr::tr("cloud account %1 (%2)").arg(cloud->origin(), cloud->describe());
        if (cloud->state() == CloudSession::State::Failed)
            return failWith(where + QStringLiteral(": ") + cloud->lastError().message);
        if (cloud->state() != CloudSession::State::Synced)
            return failWith(Tr::tr("%1: no complete read within %2 s").arg(where).arg(options.timeoutSeconds));
        for (const QString& warning : cloud->warnings())
            std::fputs(qPrintable(QStringLiteral("netloom inventory: warning: %1\n").arg(TerminalText::escape(warning))),
                stderr);
    }
    if (session)
        session->stop();
    inventory.flush();

    const QByteArray text = InventoryPrinter::render(inventory, options.format);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size())
        return failWith(Tr::tr("cannot write the output"));
    out.flush();
    return 0;
}

} // namespace Netloom::Console
