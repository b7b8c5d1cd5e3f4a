#include "app/lab/http/HttpConnection.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace Netloom::Lab {

namespace {

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

HttpConnection::HttpConnection(QSslSocket* socket, const HttpLimits& limits, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_idleTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_idleTimer->setSingleShot(true);
    // Until the handshake is done the shorter handshake timeout applies.
    m_idleTimer->start(m_limits.handshakeTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Streaming)
            closeNow();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] { m_idleTimer->start(m_limits.idleTimeoutMs); });
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::closeNow);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { closeNow(); });
    connect(m_socket, &QSslSocket::bytesWritten, this, [this](qint64) {
        if (m_state == State::Closing && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_buffer.append(m_socket->readAll());
    if (m_state == State::ReadingHead || m_state == State::ReadingBody)
        m_idleTimer->start(m_limits.idleTimeoutMs);
    // A client that keeps sending while we answer (pipelining, or a body after a stream) is bounded too.
    if (m_buffer.size() > m_limits.maxHeaderBytes + m_limits.maxBodyBytes) {
        closeNow();
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_processing)
        return;
    m_processing = true;
    QPointer<HttpConnection> self(this);
    while (self && (m_state == State::ReadingHead || m_state == State::ReadingBody)) {
        if (m_state == State::ReadingHead) {
            // Tolerate empty lines between requests (RFC 9112 2.2).
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > m_limits.maxHeaderBytes)
                    rejectAndClose(431, "request header fields too large");
                break;
            }
            if (headEnd + 4 > m_limits.maxHeaderBytes) {
                rejectAndClose(431, "request header fields too large");
                break;
            }
            if (!parseHead(headEnd))
                break;
            m_buffer.remove(0, headEnd + 4);
            m_state = State::ReadingBody;
        }
        if (m_buffer.size() < m_bodyLength)
            break;
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_state = State::Handling;
        m_idleTimer->stop();
        const HttpRequest request = std::move(m_request);
        m_request = HttpRequest();
        emit requestReceived(this, request);
    }
    if (self)
        m_processing = false;
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    // Every line, the last one included, ends in CRLF; split() leaves one empty tail element.
    QList<QByteArray> lines = m_buffer.left(headEnd + 2).split('\n');
    lines.removeLast();
    QByteArray requestLine = lines.value(0);
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()
        || !(parts[1].startsWith('/') || parts[1] == "*")) {
        rejectAndClose(400, "malformed request line");
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        rejectAndClose(parts[2].startsWith("HTTP/") ? 505 : 400, "unsupported HTTP version");
        return false;
    }
    m_request = HttpRequest();
    m_request.method = parts[0];
    m_request.setTarget(parts[1]);
    m_request.http10 = parts[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r')) {
            rejectAndClose(400, "header line not terminated by CRLF");
            return false;
        }
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).toLower() : QByteArray();
        if (!isToken(name)) {
            rejectAndClose(400, "malformed header line");
            return false;
        }
        m_request.headers.append({ name, line.mid(colon + 1).trimmed() });
    }
    if (m_request.hasHeader("transfer-encoding")) {
        rejectAndClose(501, "request bodies with Transfer-Encoding are not supported; send Content-Length");
        return false;
    }
    m_bodyLength = 0;
    if (m_request.hasHeader("content-length")) {
        bool ok = false;
        const QByteArray text = m_request.header("content-length");
        const qlonglong length = text.toLongLong(&ok);
        if (!ok || length < 0 || text.startsWith('+')) {
            rejectAndClose(400, "invalid Content-Length");
            return false;
        }
        if (length > m_limits.maxBodyBytes) {
            rejectAndClose(413, "request body too large");
            return false;
        }
        m_bodyLength = static_cast<qsizetype>(length);
    }
    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = m_request.http10 ? connection.contains("keep-alive") : !connection.contains("close");
    return true;
}

void HttpConnection::rejectAndClose(int status, const QByteArray& message)
{
    m_keepAlive = false;
    m_state = State::Handling;
    respond(status, message + '\n', { { "Content-Type", "text/plain; charset=utf-8" } });
}

void HttpConnection::writeHead(int status, const HttpHeaders& headers, const QByteArray& framing)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += framing;
    if (!m_keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::respond(int status, const QByteArray& body, const HttpHeaders& headers)
{
    if (m_state != State::Handling)
        return;
    writeHead(status, headers, "Content-Length: " + QByteArray::number(body.size()) + "\r\n");
    m_socket->write(body);
    requestDone();
}

void HttpConnection::beginStream(int status, const HttpHeaders& headers)
{
    if (m_state != State::Handling)
        return;
    writeHead(status, headers, "Transfer-Encoding: chunked\r\n");
    m_state = State::Streaming;
}

bool HttpConnection::writeChunk(const QByteArray& data)
{
    if (m_state != State::Streaming)
        return false;
    if (data.isEmpty())
        return true;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    return checkBackpressure();
}

void HttpConnection::endStream()
{
    if (m_state != State::Streaming)
        return;
    m_socket->write("0\r\n\r\n");
    requestDone();
}

bool HttpConnection::checkBackpressure()
{
    if (m_socket->bytesToWrite() <= m_limits.maxPendingWriteBytes)
        return true;
    closeNow();
    return false;
}

void HttpConnection::requestDone()
{
    if (!m_keepAlive) {
        m_state = State::Closing;
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
        return;
    }
    m_state = State::ReadingHead;
    m_idleTimer->start(m_limits.idleTimeoutMs);
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::abort()
{
    closeNow();
}

void HttpConnection::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_idleTimer->stop();
    m_socket->abort();
    emit closed(this);
    deleteLater();
}

} // namespace Netloom::Lab
