#pragma once

#include "app/lab/http/HttpConnection.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

namespace Netloom::Lab {

/// An event-driven HTTPS/1.1 server: QTcpServer accepts, each socket becomes a QSslSocket in
/// server mode and an HttpConnection. Every connection lives on this one thread; there is no
/// thread per connection, so a thousand open watches cost sockets and buffers, not threads.
class HttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;
    Q_DISABLE_COPY_MOVE(HttpServer)

    /// Certificate chain and key served to clients; must be set before listening.
    void setTlsConfiguration(const QSslConfiguration& configuration);
    void setLimits(const HttpLimits& limits);
    const HttpLimits& limits() const { return m_limits; }

    /// Open connections (for the lab's drop-watches hook and for shutdown).
    QList<HttpConnection*> connections() const;

signals:
    void requestReceived(Netloom::Lab::HttpConnection* connection, const Netloom::Lab::HttpRequest& request);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslConfiguration m_tls;
    HttpLimits m_limits;
    QSet<HttpConnection*> m_connections;
};

} // namespace Netloom::Lab
