#pragma once

#include "models/core/Error.h"
#include "models/kube/WatchEvent.h"

#include <QByteArray>
#include <QObject>

#include <optional>

namespace Netloom::Net {
class HttpReply;
} // namespace Netloom::Net

namespace Netloom::Kube {

struct ConnectionConfig;

/// One open watch request (KubeClient::watch()): one JSON event per streamed line. Deleting it
/// closes the stream. Emits, in order, opened() once the server accepted it, eventReceived() per line, then
/// exactly one of expired() (410 Gone / ERROR 410: re-list needed) or closed().
class WatchStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchStream)

public:
    /// Takes ownership of @p reply (a streaming GET).
    /// @p namespaced: the watched kind's scope, to check each event's object (KubeClient::objectProblem).
    WatchStream(Net::HttpReply* reply, const ConnectionConfig& config, QString what, QObject* parent = nullptr,
        bool namespaced = true);
    ~WatchStream() override;

    /// Events received so far (bookmarks included).
    qint64 eventCount() const { return m_events; }
    /// Events skipped because they were malformed (bad JSON, an object no server can send).
    qint64 skippedCount() const { return m_skipped; }
    bool isFinished() const { return m_done; }

Q_SIGNALS:
    /// The server answered 200: the stream is open.
    void opened();
    void eventReceived(const Netloom::Kube::WatchEvent& event);
    /// The resourceVersion is too old: list again, then watch from the new one.
    void expired(const QString& message);
    /// The stream ended: @p error is empty when the server ended it normally (timeoutSeconds), set when
    /// it was refused (HTTP error), dropped or could not connect.
    void closed(const std::optional<Netloom::Error>& error);

private:
    void onMetaData();
    void onLine(const QByteArray& line);
    void onFinished();

    Net::HttpReply* m_reply = nullptr;
    QString m_what;
    QString m_server;
    QString m_user;
    QByteArray m_errorBody; // the Status of a refused watch
    qint64 m_events = 0;
    qint64 m_skipped = 0;
    bool m_namespaced = true;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace Netloom::Kube
