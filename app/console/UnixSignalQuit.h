#pragma once

#include <QObject>

class QSocketNotifier;

namespace Netloom::Console {

/// Turns SIGINT, SIGTERM and SIGHUP into an orderly end of the console: the windows are closed (so
/// their state is saved) and the event loop ends, so that destructors run and the lab child stops
/// and its temporary kubeconfig is removed. The handler only writes one byte to a socket pair; the
/// rest happens in the event loop (QSocketNotifier). One instance per process.
class UnixSignalQuit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalQuit)

public:
    explicit UnixSignalQuit(QObject* parent = nullptr);
    ~UnixSignalQuit() override;

private:
    void onSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Netloom::Console
