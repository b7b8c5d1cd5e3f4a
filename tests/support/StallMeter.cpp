#include "tests/support/StallMeter.h"

namespace Netloom::TestSupport {

StallMeter::StallMeter()
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 monotonic = monotonicNs();
        if (now - m_lastTickNs > m_maxTickGapNs) {
            m_maxTickGapNs = now - m_lastTickNs;
            m_maxGapStartNs = m_lastTickMonotonicNs;
            m_maxGapEndNs = monotonic;
        }
        const qint64 cpu = threadCpuNs();
        m_maxTickGapCpuNs = std::max(m_maxTickGapCpuNs, cpu - m_lastTickCpuNs);
        m_lastTickNs = now;
        m_lastTickMonotonicNs = monotonic;
        m_lastTickCpuNs = cpu;
        ++m_ticks;
    });
}

void StallMeter::start()
{
    m_clock.start();
    m_lastTickNs = 0;
    m_lastTickMonotonicNs = monotonicNs();
    m_lastTickCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

qint64 threadCpuNs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 monotonicNs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace Netloom::TestSupport
