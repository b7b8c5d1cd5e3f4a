#include "app/console/LabLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace Netloom::Console {

LabLauncher::LabLauncher(QObject* parent)
    : QObject(parent)
    , m_program(defaultProgram())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &LabLauncher::onTimeout);
}

LabLauncher::~LabLauncher()
{
    stop();
}

QString LabLauncher::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("netloom-lab"));
}

qint64 LabLauncher::processId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

void LabLauncher::start()
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_error.clear();
    m_state = State::Starting;

    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("netloom-lab-XXXXXX")));
    if (!m_dir->isValid()) {
        fail(tr("Cannot create a temporary folder for the built-in lab: %1").arg(m_dir->errorString()));
        return;
    }
    m_kubeconfig = m_dir->filePath(QStringLiteral("kubeconfig"));
    if (!QFile::exists(m_program)) {
        fail(tr("The built-in lab is not installed: %1 does not exist.").arg(QDir::toNativeSeparators(m_program)));
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--kubeconfig-out"),
        m_kubeconfig, QStringLiteral("--seed"), QStringLiteral("demo") };
    m_cloudEnv = m_dir->filePath(QStringLiteral("cloud.env"));
    if (m_cloudEnabled)
        arguments << QStringLiteral("--cloud-env-out") << m_cloudEnv;
    m_process->setArguments(arguments);
    m_process->setProcessEnvironment(m_environment);
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: it is terminated when we die, even by a crash.
    const pid_t parentPid = ::getpid();
    m_process->setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parentPid) // we died before prctl took effect
            ::_exit(1);
    });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LabLauncher::onStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &LabLauncher::onStandardError);
    connect(m_process, &QProcess::finished, this,
        [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onStartFailed();
    });
    m_timeout.start(m_startTimeoutMs);
    m_process->start();
}

void LabLauncher::stop()
{
    m_timeout.stop();
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(m_stopTimeoutMs)) {
            process->kill();
            process->waitForFinished(m_stopTimeoutMs);
        }
    }
    m_stderr += process->readAllStandardError();
    delete process;
    if (m_state == State::Starting || m_state == State::Ready)
        m_state = State::Stopped;
}

void LabLauncher::onStandardOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    const QList<QByteArray> lines = m_stdout.split('\n');
    // Only complete lines count: the last element is what follows the last newline.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).trimmed() == "ready") {
            m_timeout.stop();
            m_state = State::Ready;
            Q_EMIT ready(m_kubeconfig);
            return;
        }
    }
}

void LabLauncher::onStandardError()
{
    m_stderr += m_process->readAllStandardError();
    constexpr qsizetype kKeep = 64 * 1024; // a chatty lab must not grow us without bound
    if (m_stderr.size() > kKeep)
        m_stderr = m_stderr.right(kKeep);
}

void LabLauncher::onFinished(int exitCode, int exitStatus)
{
    m_stderr += m_process->readAllStandardError();
    const QString how
        = exitStatus == int(QProcess::NormalExit) ? tr("exited with code %1").arg(exitCode) : tr("crashed");
    if (m_state == State::Starting) {
        fail(tr("The built-in lab %1 before it was ready.").arg(how));
    } else if (m_state == State::Ready) {
        m_state = State::Failed;
        m_error = tr("The built-in lab %1.").arg(how) + stderrTail();
        Q_EMIT stoppedUnexpectedly(m_error);
    }
}

void LabLauncher::onStartFailed()
{
    if (m_state == State::Starting)
        fail(tr("The built-in lab could not be started (%1): %2")
                 .arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
}

void LabLauncher::onTimeout()
{
    if (m_state != State::Starting)
        return;
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    fail(tr("The built-in lab did not become ready within %1 s.").arg(m_startTimeoutMs / 1000.0, 0, 'f', 1));
}

void LabLauncher::fail(const QString& message)
{
    m_timeout.stop();
    m_state = State::Failed;
    // The child must not linger when it is of no use.
    if (m_process) {
        QProcess* process = m_process;
        process->disconnect(this);
        m_process = nullptr;
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(m_stopTimeoutMs);
        }
        m_stderr += process->readAllStandardError();
        process->deleteLater();
    }
    m_error = message + stderrTail();
    Q_EMIT failed(m_error);
}

QString LabLauncher::stderrTail() const
{
    const QString text = QString::fromLocal8Bit(m_stderr).trimmed();
    if (text.isEmpty())
        return {};
    constexpr qsizetype kShown = 2000;
    return QStringLiteral("\n\n") + tr("Its error output:") + QLatin1Char('\n')
        + (text.size() > kShown ? QStringLiteral("…") + text.right(kShown) : text);
}

} // namespace Netloom::Console
