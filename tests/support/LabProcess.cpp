#include "tests/support/LabProcess.h"

#include "tests/support/ReferenceData.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

namespace Netloom::TestSupport {

QString ProcessResult::describe() const
{
    return QStringLiteral("exit %1%2\n--- stdout ---\n%3\n--- stderr ---\n%4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"),
             QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    env.remove(QStringLiteral("KUBECONFIG"));
    return env;
}

QString executable(const QString& name)
{
    return QDir(binDir()).filePath(name);
}

ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs,
                         const QProcessEnvironment& env)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = result.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

LabProcess::LabProcess(QString workDir)
    : m_workDir(std::move(workDir))
    , m_kubeconfig(QDir(m_workDir).filePath(QStringLiteral("lab-kubeconfig")))
{
}

LabProcess::~LabProcess()
{
    stop();
}

QString LabProcess::start(const QStringList& extraArgs, int timeoutMs)
{
    const QString program = executable(QStringLiteral("netloom-lab"));
    if (!QFile::exists(program))
        return QStringLiteral("netloom-lab not found at %1 (NETLOOM_BIN_DIR)").arg(program);
    m_process.setProcessEnvironment(childEnvironment());
    // Even a test that crashes (and so never runs its destructor) leaves no lab behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(program, QStringList{QStringLiteral("--kubeconfig-out"), m_kubeconfig} + extraArgs);
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("netloom-lab did not start: %1").arg(m_process.errorString());
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!out.contains("ready\n")) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            m_err += m_process.readAllStandardError();
            stop();
            return QStringLiteral("netloom-lab did not print \"ready\" within %1 ms; stderr: %2")
                .arg(timeoutMs)
                .arg(QString::fromUtf8(m_err));
        }
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    return {};
}

void LabProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_err += m_process.readAllStandardError();
}

QByteArray LabProcess::token() const
{
    QFile file(m_kubeconfig);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression re(QStringLiteral("^\\s*token:\\s*(\\S+)\\s*$"), QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(file.readAll())).captured(1).toUtf8();
}

} // namespace Netloom::TestSupport
