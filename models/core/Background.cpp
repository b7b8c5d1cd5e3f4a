#include "Background.h"

#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Netloom {

QThreadPool* backgroundPool()
{
    // A pool of its own (not the global one), so that nobody else's long task sits in its queue
    // and its threads' lowered priority never leaks into other work.
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool; // lives until exit, like QThreadPool::globalInstance()
        created->setObjectName(QStringLiteral("netloomBackground"));
        return created;
    }();
    return pool;
}

int backgroundNiceness()
{
#ifdef Q_OS_LINUX
    return 5; // about a third of a normal thread's share when both want the same core
#else
    return 0;
#endif
}

void enterBackgroundThread()
{
    thread_local bool entered = false;
    if (entered)
        return;
    // Never the application's main thread: QFuture::result() on a task that has not started yet
    // runs it in the waiting thread, and a lowered GUI thread could not be raised again (an
    // unprivileged process may raise a nice value, never lower it).
    const QCoreApplication* const app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return;
    entered = true;
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id changes only this thread.
    // Relative to the main thread (whose thread id is the process id), so a console started with
    // nice keeps its order, and a pool thread made by another pool thread (which inherits its nice
    // value) is not lowered twice. Failure (a sandbox without the right) leaves the thread as it
    // was: slower paints, never wrong results.
    const int target = std::min(19, getpriority(PRIO_PROCESS, static_cast<id_t>(getpid())) + backgroundNiceness());
    if (getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())) < target)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), target);
#endif
}

} // namespace Netloom
