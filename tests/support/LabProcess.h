#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Netloom::TestSupport {

/// Result of a child process run to completion (bounded).
struct ProcessResult
{
    int exitCode = -1;
    bool finished = false; ///< false: it had to be killed (timeout) or did not start
    QByteArray out;
    QByteArray err;

    QString describe() const;
};

/// netloom-lab started for one test (from NETLOOM_BIN_DIR), killed and waited for by stop() and by
/// the destructor, so also when the test fails half-way.
class LabProcess final
{
public:
    explicit LabProcess(QString workDir);
    ~LabProcess();
    LabProcess(const LabProcess&) = delete;
    LabProcess& operator=(const LabProcess&) = delete;

    /// Starts the lab and waits (at most @p timeoutMs) for "ready". Empty on success, else why not.
    QString start(const QStringList& extraArgs = {}, int timeoutMs = 20000);
    void stop();

    QString kubeconfigPath() const { return m_kubeconfig; }
    /// The bearer token written into the kubeconfig.
    QByteArray token() const;
    QByteArray stderrText() const { return m_err; }

private:
    QString m_workDir;
    QString m_kubeconfig;
    QProcess m_process;
    QByteArray m_err;
};

/// The environment for child processes: no proxy (libcurl and kubectl would proxy loopback).
QProcessEnvironment childEnvironment();

/// Runs @p program with @p args to completion, at most @p timeoutMs (then kills it).
ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs = 60000,
                         const QProcessEnvironment& env = childEnvironment());

/// Path of one of our executables (netloom, netloom-lab) in NETLOOM_BIN_DIR.
QString executable(const QString& name);

} // namespace Netloom::TestSupport
