#pragma once

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QThreadPool>

#include <algorithm>

#include <utility>

namespace Netloom {

/// The thread pool for work that grows with the platform: parsing list pages, mapping objects,
/// laying out the map. Its threads run at a lower scheduling priority than the GUI thread (nice
/// +backgroundNiceness() on Linux, per thread), so that on a machine with few cores a burst of
/// background work does not delay the event loop's next turn: a paint, a key press. Without it, a
/// paint of 7 ms of CPU took 18 ms of wall time while two mapping workers held both cores.
QThreadPool* backgroundPool();

/// How much lower than a normal thread a background thread runs (Linux nice levels; 0 elsewhere).
int backgroundNiceness();

/// Lowers the calling thread's priority once (a no-op on later calls, in the application's main
/// thread, and on other systems).
void enterBackgroundThread();

/// QtConcurrent::run on backgroundPool(): @p function runs on a background thread and its result
/// comes back through the returned QFuture.
template <typename Function> auto runInBackground(Function&& function)
{
    return QtConcurrent::run(backgroundPool(), [function = std::forward<Function>(function)]() mutable {
        enterBackgroundThread();
        return function();
    });
}

} // namespace Netloom
