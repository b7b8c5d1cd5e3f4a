#include "tests/lab/LabProcess.h"

#include "tests/support/ReferenceData.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Netloom::Lab::Test {

LabProcess::LabProcess() = default;

LabProcess::~LabProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString LabProcess::executable()
{
    return QDir(TestSupport::binDir()).filePath(QStringLiteral("netloom-lab"));
}

QByteArray LabProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

bool LabProcess::start(const QString& kubeconfigPath, const QStringList& extraArguments, int timeoutMs)
{
    if (!QFile::exists(executable())) {
        m_error = QStringLiteral("%1 does not exist (NETLOOM_BIN_DIR=%2)")
                      .arg(executable(), qEnvironmentVariable("NETLOOM_BIN_DIR"));
        return false;
    }
    m_process.start(executable(), QStringList { QStringLiteral("--kubeconfig-out"), kubeconfigPath } + extraArguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("netloom-lab did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!out.contains("ready\n") && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        out += m_process.readAllStandardOutput();
    }
    if (!out.contains("ready\n")) {
        m_error = QStringLiteral("netloom-lab did not print ready: stdout=%1 stderr=%2")
                      .arg(QString::fromUtf8(out), QString::fromUtf8(standardError()));
        return false;
    }
    QFile file(kubeconfigPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no kubeconfig at %1").arg(kubeconfigPath);
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpressionMatch server
        = QRegularExpression(QStringLiteral("server: https://127\\.0\\.0\\.1:(\\d+)")).match(text);
    const QRegularExpressionMatch token = QRegularExpression(QStringLiteral("token: (\\S+)")).match(text);
    const QRegularExpressionMatch ca
        = QRegularExpression(QStringLiteral("certificate-authority-data: (\\S+)")).match(text);
    if (!server.hasMatch() || !token.hasMatch() || !ca.hasMatch()) {
        m_error = QStringLiteral("kubeconfig lacks server, token or CA:\n%1").arg(text);
        return false;
    }
    m_port = static_cast<quint16>(server.captured(1).toUInt());
    m_token = token.captured(1);
    m_caPem = QByteArray::fromBase64(ca.captured(1).toLatin1());
    return true;
}

int LabProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace Netloom::Lab::Test
