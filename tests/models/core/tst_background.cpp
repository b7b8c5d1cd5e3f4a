// The background pool: work that grows with the platform runs below the GUI thread's priority.
#include "models/core/Background.h"

#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Netloom;

namespace {
int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
#else
    return 0;
#endif
}
} // namespace

class tst_Background : public QObject
{
    Q_OBJECT

private slots:
    void resultsComeBack()
    {
        QThread* const callerThread = QThread::currentThread();
        auto future = runInBackground([callerThread] { return QThread::currentThread() != callerThread ? 42 : -1; });
        QCOMPARE(future.result(), 42);
        QVERIFY(backgroundPool() != QThreadPool::globalInstance());
    }

    void backgroundThreadsRunBelowTheCaller()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are lowered on Linux only");
#endif
        QVERIFY(backgroundNiceness() > 0);
        const int callerNice = niceOfThisThread();
        QVERIFY2(callerNice + backgroundNiceness() <= 19, "the test runs at the lowest priority already");
        // Every thread the pool has, not only the first: run more tasks than it has threads, at once.
        const int tasks = backgroundPool()->maxThreadCount() * 3;
        QList<QFuture<int>> futures;
        for (int i = 0; i < tasks; ++i)
            futures.append(runInBackground([] {
                QThread::msleep(20);
                return niceOfThisThread();
            }));
        // Waiting on the pool, not on each future (which could run a task not yet started in this
        // thread: see below).
        QVERIFY(backgroundPool()->waitForDone(10'000));
        for (auto& future : futures)
            QCOMPARE(future.result(), callerNice + backgroundNiceness());
        // The caller's own thread (the GUI thread in the console) keeps its priority.
        QCOMPARE(niceOfThisThread(), callerNice);
        // A task that has not started when the caller waits for it runs in the caller's thread
        // (QtConcurrent's work stealing): the caller, the GUI thread in the console, stays as it was.
        const int threads = backgroundPool()->maxThreadCount();
        backgroundPool()->setMaxThreadCount(1);
        auto busy = runInBackground([] {
            QThread::msleep(100);
            return 0;
        });
        auto stolen = runInBackground([] { return niceOfThisThread(); });
        const int stolenNice = stolen.result();
        busy.waitForFinished();
        backgroundPool()->setMaxThreadCount(threads);
        QCOMPARE(niceOfThisThread(), callerNice);
        QCOMPARE(stolenNice, callerNice);
        // A thread is lowered once: a second round on the same threads does not lower it again.
        for (auto& future : futures)
            future = runInBackground([] { return niceOfThisThread(); });
        QVERIFY(backgroundPool()->waitForDone(10'000));
        for (auto& future : futures)
            QCOMPARE(future.result(), callerNice + backgroundNiceness());
    }
};

QTEST_GUILESS_MAIN(tst_Background)
#include "tst_background.moc"
