// `netloom --lab` through the classes netloom uses: the lab child starts, the console syncs on it,
// and the child is gone once the controller is; a lab that fails or stays silent is reported.

#include "app/console/ConsoleController.h"
#include "app/console/LabLauncher.h"
#include "models/topology/TopologyModel.h"
#include "tests/support/LabProcess.h"
#include "widgets/MainWindow.h"
#include "widgets/TopologyScene.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include <sys/types.h>
#include <sys/wait.h>

using namespace Netloom;
using namespace Netloom::Console;
using namespace Netloom::TestSupport;
using Netloom::Kube::ClusterSession;

namespace {

// Whether a process @p pid exists (a zombie counts as gone: it is no longer running).
bool processRuns(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    return paren < 0 || text.mid(paren + 2, 1) != "Z";
}

// The first child process of @p pid (Linux /proc), or 0.
qint64 firstChildOf(qint64 pid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    return children.readAll().trimmed().split(' ').value(0).toLongLong();
}

// The argument after @p option on the command line of process @p pid.
QString argumentOf(qint64 pid, const QByteArray& option)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> args = cmdline.readAll().split('\0');
    const qsizetype at = args.indexOf(option);
    return at >= 0 && at + 1 < args.size() ? QString::fromLocal8Bit(args.at(at + 1)) : QString();
}

} // namespace

class TestLabLauncher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString script(const QString& name, const QByteArray& body) const
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write("#!/bin/sh\n" + body);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("Netloom"), QStringLiteral("Netloom")).clear();
        for (const char* name : { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            qunsetenv(name);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void labModeStartsSyncsAndStopsTheChild()
    {
        auto console = std::make_unique<ConsoleController>();
        console->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(console->window()));
        console->openLab(executable(QStringLiteral("netloom-lab")));
        // Returns at once, saying what it does.
        QVERIFY(console->lab());
        QCOMPARE(console->lab()->state(), LabLauncher::State::Starting);
        QVERIFY(console->window()
                    ->findChild<QLabel*>(QStringLiteral("connectionState"))
                    ->text()
                    .contains(QStringLiteral("Starting the built-in lab")));
        QCOMPARE(console->window()->connectionState(), Widgets::ConnectionState::Connecting);
        const qint64 pid = console->lab()->processId();
        QVERIFY(pid > 0);
        QVERIFY(processRuns(pid));

        QTRY_VERIFY_WITH_TIMEOUT(
            console->session() && console->session()->state() == ClusterSession::State::Synced, 30000);
        QCOMPARE(console->lab()->state(), LabLauncher::State::Ready);
        QCOMPARE(console->currentContext(), QStringLiteral("netloom-lab"));
        QTRY_VERIFY(console->window()->topologyModel().nodeCount() > 10);
        QTRY_COMPARE(
            console->window()->topologyScene()->nodeItems().size(), console->window()->topologyModel().nodeCount());
        const QString kubeconfig = console->lab()->kubeconfigPath();
        QVERIFY(QFile::exists(kubeconfig));
        QVERIFY(processRuns(pid));

        console.reset();
        QVERIFY2(!processRuns(pid), "the lab outlived the console");
        QVERIFY(!QFile::exists(kubeconfig)); // its temporary folder is gone too
    }

    void aLabThatDiesIsReportedWithItsStderr()
    {
        const QString program
            = script(QStringLiteral("dying-lab"), "echo 'cannot bind: permission denied' >&2\nexit 3\n");
        ConsoleController console;
        console.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window()));
        QSignalSpy problems(&console, &ConsoleController::problemShown);
        console.openLab(program);
        QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 10000);
        const QString message = problems.constFirst().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("exited with code 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot bind: permission denied")), qPrintable(message));
        QCOMPARE(console.window()->connectionState(), Widgets::ConnectionState::Error);
        QCOMPARE(console.lab()->state(), LabLauncher::State::Failed);
        QVERIFY(!console.session());
    }

    void aSilentLabTimesOutAndIsKilled()
    {
        const QString program = script(QStringLiteral("silent-lab"), "echo 'starting…' >&2\nexec sleep 60\n");
        LabLauncher launcher;
        launcher.setProgram(program);
        launcher.setStartTimeout(1000);
        QSignalSpy failed(&launcher, &LabLauncher::failed);
        launcher.start();
        const qint64 pid = launcher.processId();
        QTRY_VERIFY(pid > 0 || launcher.processId() > 0);
        const qint64 running = pid > 0 ? pid : launcher.processId();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("did not become ready")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("starting")), qPrintable(message));
        QVERIFY(!processRuns(running));
    }

    void aMissingLabIsReported()
    {
        LabLauncher launcher;
        launcher.setProgram(m_dir->filePath(QStringLiteral("no-such-lab")));
        QSignalSpy failed(&launcher, &LabLauncher::failed);
        launcher.start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.constFirst().at(0).toString().contains(QStringLiteral("no-such-lab")));
    }

    void labThatStopsLaterIsReported()
    {
        // "ready", then gone: the console says so instead of retrying silently forever.
        const QString program = script(QStringLiteral("short-lab"), "echo ready\nsleep 0.3\nexit 0\n");
        LabLauncher launcher;
        launcher.setProgram(program);
        QSignalSpy ready(&launcher, &LabLauncher::ready);
        QSignalSpy stopped(&launcher, &LabLauncher::stoppedUnexpectedly);
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 5000);
    }

    // The real executable: `netloom --lab` ended by SIGTERM stops the lab and removes its kubeconfig;
    // ended by SIGKILL (a crash), the lab still goes (PR_SET_PDEATHSIG).
    void netloomLabEndsTheLabWithIt_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGKILL") << int(SIGKILL);
    }

    void netloomLabEndsTheLabWithIt()
    {
        QFETCH(int, signal);
        QProcess netloom;
        QProcessEnvironment env = childEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        netloom.setProcessEnvironment(env);
        netloom.start(executable(QStringLiteral("netloom")), { QStringLiteral("--lab") });
        QVERIFY(netloom.waitForStarted(10000));
        const qint64 pid = netloom.processId();
        qint64 lab = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (lab = firstChildOf(pid)) > 0 && !argumentOf(lab, "--kubeconfig-out").isEmpty(), 20000);
        const QString kubeconfig = argumentOf(lab, "--kubeconfig-out");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(kubeconfig), 20000); // the lab is ready
        QVERIFY(processRuns(lab));

        ::kill(pid_t(pid), signal);
        QVERIFY(netloom.waitForFinished(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(!processRuns(lab), "the lab outlived the console", 10000);
        if (signal == SIGTERM) {
            QCOMPARE(netloom.exitStatus(), QProcess::NormalExit);
            QVERIFY(!QFile::exists(kubeconfig));
        } else {
            QDir(QFileInfo(kubeconfig).path()).removeRecursively(); // nobody could
        }
    }
};

QTEST_MAIN(TestLabLauncher)
#include "tst_lablauncher.moc"
