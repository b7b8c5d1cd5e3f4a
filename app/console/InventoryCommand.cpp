#include "app/console/InventoryCommand.h"

#include "app/console/Tr.h"
#include "models/domain/Inventory.h"
#include "models/kube/ClusterSession.h"
#include "models/kube/Kubeconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace Netloom::Console {

namespace {

// One line on stderr: "netloom inventory: ...".
int failWith(const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
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

    // The HTTP layer takes proxies from the environment only: honour the context's proxy-url there.
    if (!config->proxyUrl.isEmpty() && qEnvironmentVariableIsEmpty("https_proxy")
        && qEnvironmentVariableIsEmpty("HTTPS_PROXY")) {
        qputenv("https_proxy", config->proxyUrl.toLocal8Bit());
        qputenv("http_proxy", config->proxyUrl.toLocal8Bit());
    }

    Domain::Inventory inventory;
    Kube::ClusterSession::Options sessionOptions;
    sessionOptions.watch = false;
    sessionOptions.pageSize = options.pageSize;
    Kube::ClusterSession session(*config, &inventory, sessionOptions);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&session, &Kube::ClusterSession::initialSyncFinished, &loop, &QEventLoop::quit);
    QObject::connect(&session, &Kube::ClusterSession::failed, &loop, &QEventLoop::quit);
    deadline.start(std::max(1, options.timeoutSeconds) * 1000);
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
