#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Netloom::Lab::Test {

/// netloom-lab started as a real process (from NETLOOM_BIN_DIR): waits for "ready", reads the
/// kubeconfig it wrote, and is always stopped (SIGTERM, then kill) when destroyed.
class LabProcess final
{
public:
    LabProcess();
    ~LabProcess();
    Q_DISABLE_COPY_MOVE(LabProcess)

    static QString executable();

    /// Starts with --kubeconfig-out kubeconfigPath plus extra arguments; false (see error()) on failure.
    bool start(const QString& kubeconfigPath, const QStringList& extraArguments = {}, int timeoutMs = 15000);
    /// SIGTERM and wait; returns the exit code (-1 when it did not exit cleanly in time).
    int terminate(int timeoutMs = 10000);

    const QString& error() const { return m_error; }
    QProcess& process() { return m_process; }
    quint16 port() const { return m_port; }
    const QString& token() const { return m_token; }
    const QByteArray& caPem() const { return m_caPem; }
    QByteArray standardError();

private:
    QProcess m_process;
    QString m_error;
    quint16 m_port = 0;
    QString m_token;
    QByteArray m_caPem;
    QByteArray m_stderr;
};

} // namespace Netloom::Lab::Test
