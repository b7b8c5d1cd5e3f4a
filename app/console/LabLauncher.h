#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTimer>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace Netloom::Console {

/// `netloom --lab`: runs netloom-lab as a child process with `--port 0 --kubeconfig-out
/// <temp dir>/kubeconfig --seed demo --cloud-env-out <temp dir>/cloud.env` and reads its stdout asynchronously until it prints `ready`
/// (never a blocking wait on the GUI thread). ready() then names the kubeconfig; failed() says why
/// not (it could not start, exited, or stayed silent past the start timeout), with its stderr.
///
/// The child never outlives us: stop() (also from the destructor) sends SIGTERM and kills it after
/// a bound; the QProcess is our child; on Linux the child also gets PR_SET_PDEATHSIG, so that it is
/// terminated even when the console crashes.
class LabLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabLauncher)

public:
    enum class State { NotStarted, Starting, Ready, Failed, Stopped };
    Q_ENUM(State)

    explicit LabLauncher(QObject* parent = nullptr);
    ~LabLauncher() override;

    /// netloom-lab next to this executable (QCoreApplication::applicationDirPath()).
    static QString defaultProgram();

    /// The executable to run (default: defaultProgram()).
    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }
    /// How long the lab may take to print `ready` (default 20 s).
    void setStartTimeout(int milliseconds) { m_startTimeoutMs = milliseconds; }
    /// How long stop() waits after SIGTERM before it kills (default 3 s).
    void setStopTimeout(int milliseconds) { m_stopTimeoutMs = milliseconds; }
    /// Environment of the child (default: ours).
    void setProcessEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }

    /// Starts the lab; ready() or failed() follows.
    void start();
    /// Stops the lab: SIGTERM, then SIGKILL after the stop timeout. Waits at most that long.
    void stop();

    State state() const { return m_state; }
    /// The kubeconfig the lab writes (valid once ready()).
    QString kubeconfigPath() const { return m_kubeconfig; }
    /// The lab's cloud API (IONOS Cloud API v6 of the demo VDC) is served too, unless switched off
    /// before start(): `--cloud-env-out <temp dir>/cloud.env`.
    void setCloudEnabled(bool enabled) { m_cloudEnabled = enabled; }
    /// The file of IONOS_* assignments the lab writes for its cloud API (valid once ready(); empty
    /// when the cloud is off).
    QString cloudEnvPath() const { return m_cloudEnabled ? m_cloudEnv : QString(); }
    /// The child's process id while it runs, else 0.
    qint64 processId() const;
    /// Why it failed (empty otherwise).
    QString errorText() const { return m_error; }
    /// What the lab wrote on stderr so far.
    QByteArray standardError() const { return m_stderr; }

Q_SIGNALS:
    /// The lab serves; connect with @p kubeconfigPath.
    void ready(const QString& kubeconfigPath);
    /// The lab could not be started, died before it was ready, or never became ready.
    void failed(const QString& message);
    /// The lab stopped by itself after it was ready.
    void stoppedUnexpectedly(const QString& message);

private:
    void onStandardOutput();
    void onStandardError();
    void onFinished(int exitCode, int exitStatus);
    void onStartFailed();
    void onTimeout();
    void fail(const QString& message);
    QString stderrTail() const;

    QString m_program;
    QProcessEnvironment m_environment;
    int m_startTimeoutMs = 20000;
    int m_stopTimeoutMs = 3000;
    State m_state = State::NotStarted;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess* m_process = nullptr;
    QTimer m_timeout;
    QString m_kubeconfig;
    QString m_cloudEnv;
    bool m_cloudEnabled = true;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
};

} // namespace Netloom::Console
