#include "models/kube/ExecCredentialProvider.h"

#include "models/kube/ConnectionConfig.h"
#include "models/kube/Logging.h"
#include "models/kube/Tr.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace Netloom::Kube {

namespace {
constexpr qsizetype MaxOutputBytes = 1024 * 1024; // an ExecCredential is a few KB
constexpr qsizetype MaxStderrQuoted = 2000;
} // namespace

ExecCredentialProvider::ExecCredentialProvider(ExecPlugin plugin, const ConnectionConfig& config, QObject* parent)
    : QObject(parent)
    , m_plugin(std::move(plugin))
{
    if (m_plugin.provideClusterInfo) {
        QJsonObject cluster { { QStringLiteral("server"), config.server.toString() } };
        if (!config.tls.caPem.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(config.tls.caPem.toBase64()));
        if (!config.tls.serverName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), config.tls.serverName);
        if (!config.tls.verifyPeer)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!config.proxyUrl.isEmpty())
            cluster.insert(QStringLiteral("proxy-url"), config.proxyUrl);
        m_clusterInfo = QJsonDocument(cluster).toJson(QJsonDocument::Compact);
    }
}

ExecCredentialProvider::~ExecCredentialProvider()
{
    m_waiting.clear(); // nobody is told: the owner is going away
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // a killed child is reaped at once; never leave a zombie
    }
}

bool ExecCredentialProvider::isApproved() const
{
    return m_trusted || ExecApprovals::isApproved(m_plugin);
}

std::optional<ExecCredential> ExecCredentialProvider::cached() const
{
    if (m_cached && m_cached->isValidAt(QDateTime::currentDateTimeUtc()))
        return m_cached;
    return std::nullopt;
}

void ExecCredentialProvider::invalidate()
{
    m_cached.reset();
}

QByteArray ExecCredentialProvider::execInfo() const
{
    QJsonObject spec { { QStringLiteral("interactive"), false } };
    if (!m_clusterInfo.isEmpty())
        spec.insert(QStringLiteral("cluster"), QJsonDocument::fromJson(m_clusterInfo).object());
    const QJsonObject info { { QStringLiteral("apiVersion"), m_plugin.apiVersion },
        { QStringLiteral("kind"), QStringLiteral("ExecCredential") }, { QStringLiteral("spec"), spec } };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

void ExecCredentialProvider::fetch(Callback callback)
{
    if (const auto credential = cached()) {
        callback(*credential);
        return;
    }
    m_cached.reset();
    m_waiting.append(std::move(callback));
    run();
}

void ExecCredentialProvider::renew(Callback callback)
{
    m_waiting.append(std::move(callback));
    run();
}

void ExecCredentialProvider::run()
{
    if (m_process)
        return; // the run under way answers everyone

    const QString command = m_plugin.command;
    if (!isApproved()) {
        finishRun(Error(Tr::tr("exec plugin \"%1\" of user \"%2\" has not been approved for %3: it runs only once "
                               "you approved this command, its arguments and environment")
                            .arg(command, m_plugin.userName, m_plugin.kubeconfigFile)));
        return;
    }
    if (m_plugin.interactiveMode == ExecPlugin::Interactive::Always) {
        finishRun(Error(Tr::tr("exec plugin \"%1\" of user \"%2\" needs a terminal (interactiveMode: Always), which "
                               "Netloom cannot give it: log in with it in a terminal first, or use a plugin mode "
                               "that caches its credentials")
                            .arg(command, m_plugin.userName)));
        return;
    }
    const QString program = m_plugin.program();
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        QString message = Tr::tr("exec plugin \"%1\" of user \"%2\" was not found (%3)")
                              .arg(command, m_plugin.userName,
                                  program.isEmpty() ? Tr::tr("not in PATH") : Tr::tr("no executable %1").arg(program));
        if (!m_plugin.installHint.trimmed().isEmpty())
            message += QLatin1String(". ") + m_plugin.installHint.trimmed();
        finishRun(Error(message));
        return;
    }

    auto* process = new QProcess(this);
    process->setProgram(program);
    process->setArguments(m_plugin.args);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : std::as_const(m_plugin.env))
        environment.insert(name, value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice()); // not interactive
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, process] {
        if (process != m_process)
            return;
        process->disconnect(this);
        process->kill();
        finishRun(Error(Tr::tr("exec plugin \"%1\" of user \"%2\" did not finish within %3 s")
                            .arg(m_plugin.command, m_plugin.userName)
                            .arg(m_timeoutMs / 1000.0, 0, 'g', 3)));
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (process != m_process || process->bytesAvailable() <= MaxOutputBytes)
            return;
        process->disconnect(this);
        process->kill();
        finishRun(Error(Tr::tr("exec plugin \"%1\" printed more than 1 MiB; an ExecCredential is a few KB")
                            .arg(m_plugin.command)));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (process != m_process || error != QProcess::FailedToStart)
            return; // a crash also ends in finished()
        process->disconnect(this);
        finishRun(Error(Tr::tr("exec plugin \"%1\" of user \"%2\" could not be started: %3")
                            .arg(m_plugin.command, m_plugin.userName, process->errorString())));
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process != m_process)
            return;
        process->disconnect(this);
        const QByteArray output = process->readAllStandardOutput();
        // A plugin's stderr is what it tells the operator ("run 'login' first"): the detail.
        const QString errors = QString::fromUtf8(process->readAllStandardError().left(MaxStderrQuoted)).trimmed();
        if (status != QProcess::NormalExit || exitCode != 0) {
            finishRun(Error(status != QProcess::NormalExit
                    ? Tr::tr("exec plugin \"%1\" of user \"%2\" crashed").arg(m_plugin.command, m_plugin.userName)
                    : Tr::tr("exec plugin \"%1\" of user \"%2\" failed with exit code %3")
                          .arg(m_plugin.command, m_plugin.userName)
                          .arg(exitCode),
                errors));
            return;
        }
        finishRun(ExecCredential::parse(output, m_plugin));
    });
    m_process = process;
    ++m_runs;
    qCInfo(lcKube) << "running exec plugin" << m_plugin.command << "of user" << m_plugin.userName;
    timer->start(m_timeoutMs);
    process->start();
}

void ExecCredentialProvider::finishRun(Expected<ExecCredential> result)
{
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (result)
        m_cached = *result;
    else if (m_cached && !m_cached->isValidAt(QDateTime::currentDateTimeUtc()))
        m_cached.reset(); // a failed renewal keeps a credential only while it is valid
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    const QPointer<ExecCredentialProvider> alive(this);
    for (const Callback& callback : waiting) {
        if (!alive)
            return; // a callback ended the owner
        callback(result);
    }
}

} // namespace Netloom::Kube
