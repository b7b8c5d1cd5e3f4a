#include "app/lab/http/HttpServer.h"

#include <QSslSocket>

namespace Netloom::Lab {

HttpServer::HttpServer(QObject* parent)
    : QTcpServer(parent)
{
}

HttpServer::~HttpServer()
{
    // Connections are children; make sure no closed() reaches a half-destroyed server.
    for (HttpConnection* connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration& configuration)
{
    m_tls = configuration;
}

void HttpServer::setLimits(const HttpLimits& limits)
{
    m_limits = limits;
}

QList<HttpConnection*> HttpServer::connections() const
{
    return m_connections.values();
}

void HttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    auto* connection = new HttpConnection(socket, m_limits, this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::requestReceived, this, &HttpServer::requestReceived);
    connect(
        connection, &HttpConnection::closed, this, [this](HttpConnection* closed) { m_connections.remove(closed); });
    socket->startServerEncryption();
}

} // namespace Netloom::Lab
