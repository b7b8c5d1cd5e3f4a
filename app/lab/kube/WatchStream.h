#pragma once

#include "app/lab/kube/ObjectStore.h"
#include "app/lab/kube/Selector.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace Netloom::Lab {

class HttpConnection;

/// What a watch asked for.
struct WatchRequest
{
    const ResourceKind* kind = nullptr;
    QString nameSpace; ///< empty: all namespaces
    Selector labels;
    Selector fields;
    bool bookmarks = false;
    int timeoutSeconds = 1800;
    int bookmarkIntervalMs = 60 * 1000;
};

/// One open watch: a chunked response carrying one JSON event per line
/// ({"type":"ADDED","object":{...}}), filtered by kind, namespace and selectors, with periodic
/// BOOKMARK events when asked for and a final bookmark when timeoutSeconds ends the stream.
class WatchStream final : public QObject
{
    Q_OBJECT

public:
    WatchStream(HttpConnection* connection, WatchRequest request, const ObjectStore* store, QObject* parent = nullptr);
    ~WatchStream() override;
    Q_DISABLE_COPY_MOVE(WatchStream)

    /// Starts the chunked response and the timers.
    void start();
    /// Sends a change if it concerns this watch (selector transitions become ADDED/DELETED).
    void deliver(const WatchEvent& event);
    /// Sends an object as an ADDED event without filtering by type (initial state); filters by selectors.
    void sendInitial(const QJsonObject& object);
    /// The k8s.io/initial-events-end bookmark that ends sendInitialEvents.
    void sendInitialEventsEnd();
    void sendBookmark();
    /// Sends an ERROR event carrying this Status and ends the stream.
    void failAndEnd(const QJsonObject& status);
    /// Cuts the connection (the lab's drop-watches hook).
    void drop();
    /// Ends the stream normally (its kind was unregistered, as when a CRD is deleted).
    void end();
    const ResourceKind* kind() const { return m_request.kind; }

signals:
    /// The stream is over (ended, dropped or the client went away); the server forgets it.
    void finished(Netloom::Lab::WatchStream* stream);

private:
    bool matches(const QJsonObject& object) const;
    /// The object in the watched version (custom resources are stored in their storage version).
    QJsonObject presented(const QJsonObject& object) const;
    void send(const QString& type, const QJsonObject& object);
    void finish();

    QPointer<HttpConnection> m_connection;
    WatchRequest m_request;
    const ObjectStore* m_store;
    QTimer* m_bookmarkTimer;
    QTimer* m_timeoutTimer;
    bool m_finished = false;
};

} // namespace Netloom::Lab
