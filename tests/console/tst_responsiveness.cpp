// The GUI thread stays responsive while the console connects to the demo lab and draws it: the
// longest event-loop stall from open() until the session is Synced and every node is in the scene
// must stay under 50 ms. Two measures: a 1 ms timer (largest gap between its ticks) and the longest
// delivery of one event (QApplication::notify).

#include "app/console/ConsoleController.h"
#include "models/domain/Inventory.h"
#include "models/topology/TopologyModel.h"
#include "tests/support/LabProcess.h"
#include "widgets/MainWindow.h"
#include "widgets/TopologyScene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <ctime>
#include <memory>

using namespace Netloom;
using namespace Netloom::Console;
using namespace Netloom::TestSupport;
using Netloom::Kube::ClusterSession;

namespace {

// The bound of the issue (NETLOOM_STALL_BOUND_MS overrides it, for measurements only).
qint64 stallBoundMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("NETLOOM_STALL_BOUND_MS", &ok);
    if (ok && fromEnv > 0)
        return fromEnv;
    return 50;
}

class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxTickGapNs = std::max(m_maxTickGapNs, now - m_lastTickNs);
            m_lastTickNs = now;
            ++m_ticks;
        });
    }

    void start()
    {
        m_clock.start();
        m_lastTickNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxTickGapMs() const { return double(m_maxTickGapNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_maxTickGapNs = 0;
    qint64 m_ticks = 0;
};

// The second measure, independent of the event dispatcher in use (glib or not): the longest
// delivery of one event from the event loop (nested deliveries count with their outermost one).
class TimingApplication final : public QApplication
{
public:
    TimingApplication(int& argc, char** argv)
        : QApplication(argc, argv)
    {
        m_clock.start();
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_measuring || m_depth > 0)
            return deliver(receiver, event);
        // Read before delivering: the event may delete its receiver (DeferredDelete, a slot's delete).
        const char* className = receiver->metaObject()->className();
        const int type = int(event->type());
        const qint64 start = m_clock.nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        const bool result = deliver(receiver, event);
        const qint64 took = m_clock.nsecsElapsed() - start;
        if (took > m_maxNs) {
            m_maxNs = took;
            m_maxCpuNs = threadCpuNs() - cpuStart;
            m_slowest = QString::fromLatin1(className) + QLatin1Char('/') + QString::number(type);
        }
        return result;
    }

    void setMeasuring(bool on)
    {
        m_measuring = on;
        if (on) {
            m_maxNs = 0;
            m_slowest.clear();
        }
    }
    double maxDeliveryMs() const { return double(m_maxNs) / 1e6; }
    /// CPU time of the GUI thread during that delivery (less than the above when it was preempted).
    double maxDeliveryCpuMs() const { return double(m_maxCpuNs) / 1e6; }
    QString slowest() const { return m_slowest; }

private:
    bool deliver(QObject* receiver, QEvent* event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }

    static qint64 threadCpuNs()
    {
        timespec ts {};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    QElapsedTimer m_clock;
    bool m_measuring = false;
    qint64 m_maxCpuNs = 0;
    int m_depth = 0;
    qint64 m_maxNs = 0;
    QString m_slowest;
};

// Runs a real event loop until @p predicate holds or @p timeoutMs pass. Not QTest::qWaitFor: that
// sleeps 10 ms between its rounds of processEvents(), which would be measured as stalls.
template <class Predicate> bool spinUntil(Predicate predicate, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    if (!predicate())
        loop.exec();
    return predicate();
}

TimingApplication* timingApp()
{
    return static_cast<TimingApplication*>(QCoreApplication::instance());
}

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabProcess> m_lab;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("Netloom"), QStringLiteral("Netloom")).clear();
        for (const char* name : { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            qunsetenv(name);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(13);
        QApplication::setFont(font);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_lab = std::make_unique<LabProcess>(m_dir->path());
        const QString started = m_lab->start({ QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void cleanupTestCase()
    {
        m_lab.reset();
        m_dir.reset();
    }

    void initialSyncDoesNotStallTheGuiThread()
    {
        ConsoleController console;
        console.window()->resize(1600, 1000);
        console.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window()));
        QTest::qWait(200); // let the first paint and the fonts settle: they are not the sync

        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        meter.start();
        timingApp()->setMeasuring(true);
        console.open(m_lab->kubeconfigPath());
        const auto drawn = [&console] {
            return console.session() && console.session()->state() == ClusterSession::State::Synced
                && !console.inventory().hasPendingChanges() && console.window()->topologyModel().nodeCount() > 10
                && console.window()->topologyScene()->nodeItems().size()
                == console.window()->topologyModel().nodeCount();
        };
        QVERIFY(spinUntil(drawn, 30000));
        spinUntil([] { return false; }, 300); // the layout animation and the repaints that follow
        meter.stop();
        timingApp()->setMeasuring(false);

        const qint64 bound = stallBoundMs();
        qInfo("initial sync of the demo: %lld ms to draw %lld nodes; longest stall: %.1f ms (1 ms timer, %lld "
              "ticks), %.1f ms (longest event delivery: %s, %.1f ms of it on the CPU); bound %lld ms",
            qint64(clock.elapsed()), qint64(console.window()->topologyModel().nodeCount()), meter.maxTickGapMs(),
            meter.ticks(), timingApp()->maxDeliveryMs(), qPrintable(timingApp()->slowest()),
            timingApp()->maxDeliveryCpuMs(), bound);
        QVERIFY2(meter.maxTickGapMs() < double(bound),
            qPrintable(QStringLiteral("timer gap %1 ms").arg(meter.maxTickGapMs())));
        QVERIFY2(timingApp()->maxDeliveryMs() < double(bound),
            qPrintable(QStringLiteral("event delivery %1 ms (%2)")
                           .arg(timingApp()->maxDeliveryMs())
                           .arg(timingApp()->slowest())));
    }
};

int main(int argc, char** argv)
{
    TimingApplication app(argc, argv);
    TestResponsiveness test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_responsiveness.moc"
