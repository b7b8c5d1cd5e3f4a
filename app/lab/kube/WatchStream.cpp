#include "app/lab/kube/WatchStream.h"

#include "app/lab/http/HttpConnection.h"
#include "app/lab/kube/ResourceKind.h"

#include <QJsonDocument>
#include <QTimer>

namespace Netloom::Lab {

WatchStream::WatchStream(HttpConnection* connection, WatchRequest request, const ObjectStore* store, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_store(store)
    , m_bookmarkTimer(new QTimer(this))
    , m_timeoutTimer(new QTimer(this))
{
    connect(m_connection, &HttpConnection::closed, this, &WatchStream::finish);
    connect(m_bookmarkTimer, &QTimer::timeout, this, &WatchStream::sendBookmark);
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] {
        if (m_request.bookmarks)
            sendBookmark();
        if (m_connection)
            m_connection->endStream();
        finish();
    });
}

WatchStream::~WatchStream() = default;

void WatchStream::start()
{
    m_connection->beginStream(
        200, { { "Content-Type", "application/json" }, { "Cache-Control", "no-cache, private" } });
    if (m_request.bookmarks)
        m_bookmarkTimer->start(m_request.bookmarkIntervalMs);
    m_timeoutTimer->start(qMax(1, m_request.timeoutSeconds) * 1000);
}

bool WatchStream::matches(const QJsonObject& object) const
{
    if (!m_request.nameSpace.isEmpty()
        && object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString()
            != m_request.nameSpace)
        return false;
    return m_request.labels.matches(object) && m_request.fields.matches(object);
}

void WatchStream::deliver(const WatchEvent& event)
{
    // The versions of a custom resource share one collection: a watch of any of them sees its events.
    if (m_finished || !event.kind->sameResource(*m_request.kind))
        return;
    const bool now = matches(event.object);
    if (event.type == WatchEvent::Type::Modified) {
        const bool before = matches(event.previous);
        if (now && before)
            send(QStringLiteral("MODIFIED"), presented(event.object));
        else if (now)
            send(QStringLiteral("ADDED"), presented(event.object));
        else if (before)
            send(QStringLiteral("DELETED"), presented(event.object));
        return;
    }
    if (now)
        send(WatchEvent::typeName(event.type), presented(event.object));
}

void WatchStream::sendInitial(const QJsonObject& object)
{
    if (matches(object))
        send(QStringLiteral("ADDED"), presented(object));
}

QJsonObject WatchStream::presented(const QJsonObject& object) const
{
    if (!m_request.kind->custom)
        return object;
    // Conversion strategy None: only apiVersion changes between the versions of a custom resource.
    QJsonObject out = object;
    out.insert(QStringLiteral("apiVersion"), m_request.kind->apiVersion());
    return out;
}

void WatchStream::end()
{
    if (m_connection)
        m_connection->endStream();
    finish();
}

void WatchStream::sendInitialEventsEnd()
{
    const QJsonObject metadata { { QStringLiteral("resourceVersion"),
                                     QString::number(m_store->currentResourceVersion()) },
        { QStringLiteral("creationTimestamp"), QJsonValue::Null },
        { QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("k8s.io/initial-events-end"), QStringLiteral("true") } } } };
    send(QStringLiteral("BOOKMARK"),
        { { QStringLiteral("kind"), m_request.kind->kind },
            { QStringLiteral("apiVersion"), m_request.kind->apiVersion() }, { QStringLiteral("metadata"), metadata } });
}

void WatchStream::sendBookmark()
{
    const QJsonObject metadata { { QStringLiteral("resourceVersion"),
                                     QString::number(m_store->currentResourceVersion()) },
        { QStringLiteral("creationTimestamp"), QJsonValue::Null } };
    send(QStringLiteral("BOOKMARK"),
        { { QStringLiteral("kind"), m_request.kind->kind },
            { QStringLiteral("apiVersion"), m_request.kind->apiVersion() }, { QStringLiteral("metadata"), metadata } });
}

void WatchStream::failAndEnd(const QJsonObject& status)
{
    send(QStringLiteral("ERROR"), status);
    if (m_connection)
        m_connection->endStream();
    finish();
}

void WatchStream::drop()
{
    if (m_connection)
        m_connection->abort();
    finish();
}

void WatchStream::send(const QString& type, const QJsonObject& object)
{
    if (m_finished || !m_connection)
        return;
    // Built by hand so that "type" comes first, as the API server writes it.
    const QByteArray line = "{\"type\":\"" + type.toLatin1()
        + "\",\"object\":" + QJsonDocument(object).toJson(QJsonDocument::Compact) + "}\n";
    if (!m_connection->writeChunk(line))
        finish();
}

void WatchStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_bookmarkTimer->stop();
    m_timeoutTimer->stop();
    emit finished(this);
    deleteLater();
}

} // namespace Netloom::Lab
