#pragma once

#include "app/lab/http/HttpRequest.h"

#include <QByteArray>
#include <QObject>

class QSslSocket;
class QTimer;

namespace Netloom::Lab {

/// Limits every connection enforces while parsing and writing.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;
    qsizetype maxBodyBytes = 3 * 1024 * 1024;
    int idleTimeoutMs = 120 * 1000;
    int handshakeTimeoutMs = 10 * 1000;
    /// The whole request head must arrive within this time of its first byte, or the answer is 408
    /// and the connection is closed (a slowloris defence; RFC 9112 9.8 lets a server close).
    int headerTimeoutMs = 10 * 1000;
    /// A streaming client that lets this much pile up unread is cut off (slow consumer).
    qint64 maxPendingWriteBytes = 32 * 1024 * 1024;
};

/// One HTTP/1.1 connection on an (encrypted) socket: parses requests one at a time with limits,
/// answers with Content-Length responses or Transfer-Encoding: chunked streams, keeps the
/// connection alive between requests. Event-driven; lives on the thread of its server.
///
/// Every request head ends in one of three ways, never in silence: it is parsed (lines may end in
/// CRLF or a bare LF, RFC 9112 2.2), or it is answered with an error and the connection closed
/// (400 unparseable or ambiguous framing, 431 too large, 413 body too large, 408 too slow, 501
/// Transfer-Encoding, 505 version).
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QSslSocket* socket, const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpConnection() override;
    Q_DISABLE_COPY_MOVE(HttpConnection)

    /// Answers the current request with a complete body.
    void respond(int status, const QByteArray& body, const HttpHeaders& headers = {});
    /// Starts a chunked response to the current request; the connection is then streaming.
    void beginStream(int status, const HttpHeaders& headers = {});
    /// Sends one chunk of a stream. False when the connection is gone or was cut off as too slow.
    bool writeChunk(const QByteArray& data);
    /// Ends the stream with the zero-length chunk; the connection goes back to reading requests.
    void endStream();
    /// Closes the connection at once (no orderly end of stream).
    void abort();

    bool isStreaming() const { return m_state == State::Streaming; }
    bool isOpen() const { return m_state != State::Closed; }

    static QByteArray reasonPhrase(int status);

signals:
    void requestReceived(Netloom::Lab::HttpConnection* connection, const Netloom::Lab::HttpRequest& request);
    void closed(Netloom::Lab::HttpConnection* connection);

private:
    enum class State { ReadingHead, ReadingBody, Handling, Streaming, Closing, Closed };

    void onReadyRead();
    void processBuffer();
    qsizetype findHeadEnd();
    bool parseHead(qsizetype headLength);
    void startHeadDeadline();
    void rejectAndClose(int status, const QByteArray& message);
    void writeHead(int status, const HttpHeaders& headers, const QByteArray& framing);
    void requestDone();
    void closeNow();
    bool checkBackpressure();

    QSslSocket* m_socket;
    HttpLimits m_limits;
    QTimer* m_idleTimer;
    /// Runs from the first byte of a request head until the head is complete.
    QTimer* m_headTimer;
    QByteArray m_buffer;
    /// How far m_buffer was searched for the end of the head (so a trickled head is scanned once).
    qsizetype m_headScanned = 0;
    HttpRequest m_request;
    qsizetype m_bodyLength = 0;
    State m_state = State::ReadingHead;
    bool m_keepAlive = true;
    bool m_processing = false;
};

} // namespace Netloom::Lab
