#pragma once

#include <QObject>

class QSocketNotifier;

namespace Netloom::Lab {

/// Turns SIGINT and SIGTERM into a Qt signal: the handler only writes one byte into a socket pair
/// (async-signal-safe); a QSocketNotifier reads it on the event loop, where the real work happens.
class SignalPipe final : public QObject
{
    Q_OBJECT

public:
    explicit SignalPipe(QObject* parent = nullptr);
    ~SignalPipe() override;
    Q_DISABLE_COPY_MOVE(SignalPipe)

    /// False when the socket pair or the handlers could not be installed.
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    static void handleSignal(int signalNumber);

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Netloom::Lab
