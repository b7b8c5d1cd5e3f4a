#include "app/console/InventoryCommand.h"

#include "app/console/TerminalText.h"
#include "app/console/Tr.h"
#include "models/domain/Inventory.h"
#include "models/kube/ClusterSession.h"
#include "models/kube/ExecCredentialProvider.h"
#include "models/kube/Kubeconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScopeGuard>

#include <chrono>
#include <condition_variable>
#include <cstdio>
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
    const auto kubeconfig = Kube::Kubeconfig::load(options.kubeconfig);
    if (!kubeconfig)
        return failWith(kubeconfig.error().message);
    const auto config = kubeconfig->resolve(options.context);
    if (!config)
        return failWith(config.error().message);

    Domain::Inventory inventory;
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
    Kube::ClusterSession session(*config, &inventory, sessionOptions);
    if (session.credentials())
        session.credentials()->setTrusted(options.trustExec);

    QEventLoop loop;
    QObject::connect(&session, &Kube::ClusterSession::initialSyncFinished, &loop, &QEventLoop::quit);
    QObject::connect(&session, &Kube::ClusterSession::failed, &loop, &QEventLoop::quit);
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
    session.start();
    if (session.state() != Kube::ClusterSession::State::Failed)
        loop.exec();

    const QString where = Tr::tr("context \"%1\" (%2)").arg(session.contextName(), session.serverText());
    if (session.state() == Kube::ClusterSession::State::Failed) {
        const QString message = session.lastError().message;
        // Name the server once: most messages of the client already do.
        if (message.contains(session.serverText()))
            return failWith(Tr::tr("context \"%1\": %2").arg(session.contextName(), message));
        return failWith(where + QStringLiteral(": ") + message);
    }
    if (!session.isInitialSyncFinished())
        return failWith(Tr::tr("%1: no complete sync within %2 s (still %3)")
                            .arg(where)
                            .arg(options.timeoutSeconds)
                            .arg(Kube::ClusterSession::stateName(session.state())));
    session.stop();
    inventory.flush();

    const QByteArray text = InventoryPrinter::render(inventory, options.format);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size())
        return failWith(Tr::tr("cannot write the output"));
    out.flush();
    return 0;
}

} // namespace Netloom::Console
