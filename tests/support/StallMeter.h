#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace Netloom::TestSupport {

/// The longest gap between the ticks of a 1 ms timer on the thread it lives in: how long that
/// thread's event loop stalled at most while the meter ran.
class StallMeter final
{
public:
    StallMeter();
    StallMeter(const StallMeter&) = delete;
    StallMeter& operator=(const StallMeter&) = delete;

    void start();
    void stop();
    double maxTickGapMs() const { return double(m_maxTickGapNs) / 1e6; }
    /// The most CPU time the thread spent between two ticks: the stall it caused itself, apart
    /// from the time other processes (the lab, on a machine of 2 cores) took the core from it.
    double maxTickGapCpuMs() const { return double(m_maxTickGapCpuNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }
    /// When the longest gap began and ended, on monotonicNs()'s clock.
    qint64 maxGapStartNs() const { return m_maxGapStartNs; }
    qint64 maxGapEndNs() const { return m_maxGapEndNs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMonotonicNs = 0;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_maxTickGapCpuNs = 0;
    qint64 m_maxGapStartNs = 0;
    qint64 m_maxGapEndNs = 0;
    qint64 m_lastTickNs = 0;
    qint64 m_maxTickGapNs = 0;
    qint64 m_ticks = 0;
};

/// CPU time of the calling thread, in ns.
qint64 threadCpuNs();
/// CLOCK_MONOTONIC, in ns (the clock StallMeter and TimingApplication's log share).
qint64 monotonicNs();

/// The second measure, independent of the event dispatcher in use (glib or not): the longest
/// delivery of one event from the event loop (nested deliveries count with their outermost one).
/// @p Application is QCoreApplication, QGuiApplication or QApplication.
template <class Application> class TimingApplication final : public Application
{
public:
    TimingApplication(int& argc, char** argv)
        : Application(argc, argv)
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
        const QString objectName = m_perReceiver ? receiver->objectName() : QString();
        const qint64 start = m_clock.nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        const bool result = deliver(receiver, event);
        const qint64 took = m_clock.nsecsElapsed() - start;
        const qint64 cpu = threadCpuNs() - cpuStart;
        if (m_perReceiver && took > 1000000) {
            // the log of long deliveries, to tell what a stall was made of (see deliveriesBetween)
            const QString key = QString::fromLatin1(className) + QLatin1Char('/') + QString::number(type)
                + (objectName.isEmpty() ? QString() : QLatin1Char(' ') + objectName);
            const qint64 end = monotonicNs();
            m_log.append({ end - took, took, cpu, key });
        }
        if (took > m_maxNs) {
            m_maxNs = took;
            m_maxCpuNs = cpu;
            m_slowest = QString::fromLatin1(className) + QLatin1Char('/') + QString::number(type);
        }
        if (cpu > m_maxByCpuNs) {
            m_maxByCpuNs = cpu;
            m_slowestByCpu = QString::fromLatin1(className) + QLatin1Char('/') + QString::number(type);
        }
        if (m_perReceiver && took > 1000000) {
            // by receiver class and object name (the slices of the scene and of the tree are timers
            // named topologySceneWork and resourceTreeSlices); read before delivering, see above
            const QString key = QString::fromLatin1(className) + QLatin1Char('/') + QString::number(type)
                + (objectName.isEmpty() ? QString() : QLatin1Char(' ') + objectName);
            Slowest& slot = m_byReceiver[key];
            slot.maxNs = std::max(slot.maxNs, took);
            slot.totalNs += took;
            ++slot.count;
        }
        return result;
    }

    /// Deliveries of more than 1 ms per kind of receiver, with their longest and their total.
    struct Slowest
    {
        qint64 maxNs = 0;
        qint64 totalNs = 0;
        qint64 count = 0;
    };

    void setMeasuring(bool on)
    {
        m_measuring = on;
        if (on) {
            m_maxNs = 0;
            m_maxCpuNs = 0;
            m_maxByCpuNs = 0;
            m_slowest.clear();
            m_slowestByCpu.clear();
            m_byReceiver.clear();
            m_log.clear();
        }
    }
    /// One delivery of more than 1 ms (kept with setPerReceiver(true)).
    struct Delivery
    {
        qint64 startNs = 0; ///< monotonicNs()
        qint64 tookNs = 0;
        qint64 cpuNs = 0;
        QString receiver; ///< "ClassName/eventType objectName"
    };
    /// The long deliveries that overlap [startNs, endNs] (a stall of StallMeter), in order.
    QList<Delivery> deliveriesBetween(qint64 startNs, qint64 endNs) const
    {
        QList<Delivery> result;
        for (const Delivery& d : m_log) {
            if (d.startNs + d.tookNs >= startNs && d.startNs <= endNs)
                result.append(d);
        }
        return result;
    }

    /// Also keep byReceiver() (costs an objectName() per delivery).
    void setPerReceiver(bool on) { m_perReceiver = on; }
    const QHash<QString, Slowest>& byReceiver() const { return m_byReceiver; }
    double maxDeliveryMs() const { return double(m_maxNs) / 1e6; }
    /// CPU time of the GUI thread during that delivery (less than the above when it was preempted).
    double maxDeliveryCpuMs() const { return double(m_maxCpuNs) / 1e6; }
    /// "ClassName/eventType" of the receiver of the longest delivery.
    QString slowest() const { return m_slowest; }
    /// The delivery that took the GUI thread the most CPU time, and its receiver: the figure that
    /// holds on a loaded machine, where preemption lengthens the wall-clock ones.
    double maxDeliveryByCpuMs() const { return double(m_maxByCpuNs) / 1e6; }
    QString slowestByCpu() const { return m_slowestByCpu; }

private:
    bool deliver(QObject* receiver, QEvent* event)
    {
        ++m_depth;
        const bool result = Application::notify(receiver, event);
        --m_depth;
        return result;
    }

    QElapsedTimer m_clock;
    bool m_measuring = false;
    bool m_perReceiver = false;
    QHash<QString, Slowest> m_byReceiver;
    QList<Delivery> m_log;
    qint64 m_maxCpuNs = 0;
    qint64 m_maxByCpuNs = 0;
    QString m_slowestByCpu;
    int m_depth = 0;
    qint64 m_maxNs = 0;
    QString m_slowest;
};

/// Runs a real event loop until @p predicate holds or @p timeoutMs pass. Not QTest::qWaitFor: that
/// sleeps 10 ms between its rounds of processEvents(), which would be measured as stalls.
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

} // namespace Netloom::TestSupport
