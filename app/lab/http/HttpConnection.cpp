#include "app/lab/http/HttpConnection.h"

#include <algorithm>

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

// Field values and request targets: no control characters but HTAB (RFC 9110 5.5 requires
// rejecting CR, LF and NUL; Go's server, and so the real API server, rejects every CTL).
bool isCleanText(QByteArrayView text, bool allowTab)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && !(allowTab && c == '\t')) || byte == 0x7f)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

HttpConnection::HttpConnection(QSslSocket* socket, const HttpLimits& limits, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_idleTimer(new QTimer(this))
    , m_headTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_idleTimer->setSingleShot(true);
    m_headTimer->setSingleShot(true);
    connect(m_headTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::ReadingHead)
            rejectAndClose(
                408, "request head not complete within " + QByteArray::number(m_limits.headerTimeoutMs) + " ms");
    });
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
    if (m_state == State::ReadingHead)
        startHeadDeadline();
    // A client that keeps sending while we answer (pipelining, or a body after a stream) is bounded too.
    if (m_buffer.size() > m_limits.maxHeaderBytes + m_limits.maxBodyBytes) {
        closeNow();
        return;
    }
    processBuffer();
}

void HttpConnection::startHeadDeadline()
{
    if (!m_buffer.isEmpty() && !m_headTimer->isActive())
        m_headTimer->start(m_limits.headerTimeoutMs);
}

qsizetype HttpConnection::findHeadEnd()
{
    // The head ends with an empty line; lines end in CRLF or a bare LF (RFC 9112 2.2), so the end
    // is the first "\n\n" or "\n\r\n". Returns the length of the head with that line, or -1.
    const qsizetype from = qMax<qsizetype>(0, m_headScanned - 2);
    const qsizetype bare = m_buffer.indexOf("\n\n", from);
    const qsizetype crlf = m_buffer.indexOf("\n\r\n", from);
    m_headScanned = m_buffer.size();
    if (bare >= 0 && (crlf < 0 || bare < crlf))
        return bare + 2;
    if (crlf >= 0)
        return crlf + 3;
    return -1;
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
            qsizetype skip = 0;
            while (skip < m_buffer.size()
                && (m_buffer[skip] == '\n'
                    || (m_buffer[skip] == '\r' && skip + 1 < m_buffer.size() && m_buffer[skip + 1] == '\n')))
                skip += m_buffer[skip] == '\n' ? 1 : 2;
            if (skip > 0) {
                m_buffer.remove(0, skip);
                m_headScanned = 0;
                // Only empty lines (some clients add CRLF after a body): no head has begun yet.
                if (m_buffer.isEmpty())
                    m_headTimer->stop();
            }
            const qsizetype headLength = findHeadEnd();
            if (headLength < 0) {
                if (m_buffer.size() > m_limits.maxHeaderBytes)
                    rejectAndClose(431, "request header fields too large");
                break;
            }
            if (headLength > m_limits.maxHeaderBytes) {
                rejectAndClose(431, "request header fields too large");
                break;
            }
            if (!parseHead(headLength))
                break;
            m_buffer.remove(0, headLength);
            m_headScanned = 0;
            m_headTimer->stop();
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

bool HttpConnection::parseHead(qsizetype headLength)
{
    // Split into lines at LF, drop the CR of a CRLF; what remains may contain no other CR.
    QList<QByteArray> lines = m_buffer.left(headLength).split('\n');
    lines.removeLast(); // after the final LF
    lines.removeLast(); // the empty line
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r') || line.contains('\0')) {
            rejectAndClose(400, "bare CR or NUL in the request head");
            return false;
        }
    }
    const QByteArray& requestLine = lines.value(0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !(parts[1].startsWith('/') || parts[1] == "*")
        || !isCleanText(parts[1], false)) {
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
    QList<QByteArray> contentLengths;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        // A name is a token right before the colon: no whitespace, no obsolete line folding.
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).toLower() : QByteArray();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isCleanText(value, true)) {
            rejectAndClose(400, "malformed header line");
            return false;
        }
        if (name == "content-length")
            contentLengths.append(value);
        m_request.headers.append({ name, value });
    }
    // Framing that two parties could read differently is refused (RFC 9112 6.3, 11.2).
    if (m_request.hasHeader("transfer-encoding")) {
        if (!contentLengths.isEmpty()) {
            rejectAndClose(400, "both Transfer-Encoding and Content-Length");
            return false;
        }
        rejectAndClose(501, "request bodies with Transfer-Encoding are not supported; send Content-Length");
        return false;
    }
    m_bodyLength = 0;
    if (!contentLengths.isEmpty()) {
        // Repeated identical values are one value (RFC 9110 8.6, as Go's server reads them).
        const QByteArray text = contentLengths.first();
        if (std::any_of(
                contentLengths.begin(), contentLengths.end(), [&text](const QByteArray& v) { return v != text; })) {
            rejectAndClose(400, "different Content-Length values");
            return false;
        }
        bool ok = false;
        const qlonglong length = text.toLongLong(&ok);
        if (!isDigits(text) || !ok) {
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
    if (!m_buffer.isEmpty()) {
        startHeadDeadline();
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
    }
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
    m_headTimer->stop();
    m_socket->abort();
    emit closed(this);
    deleteLater();
}

} // namespace Netloom::Lab
