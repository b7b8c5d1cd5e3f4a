#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>
#include <utility>

namespace Netloom::Net {

class HttpClient;

/// The answer to one HttpClient::send(). The caller owns it; deleting it cancels the transfer
/// safely at any time (also from a slot connected to one of its own signals: prefer deleteLater()
/// there, as with any QObject).
///
/// Signals are always emitted from the event loop, never from inside send() or libcurl:
///  - metaDataReceived(): status and headers are known. If a request is retried after the headers
///    of a failed attempt were announced (a reset before any body byte reached the caller), it is
///    emitted again for the new attempt.
///  - lineReceived(): streaming requests only, each complete line in order.
///  - finished(): exactly once, whatever the outcome (success, HTTP error status, transport error,
///    timeout, cancel()). Not emitted when the reply is deleted before it finished.
class HttpReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    ~HttpReply() override;

    /// HTTP status of the (last) answer, 0 while unknown or when no answer arrived.
    int status() const { return m_status; }
    /// Value of response header @p name (case-insensitive); several occurrences joined with ", ".
    /// Empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// All response headers in the order received.
    const QList<std::pair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    /// The response body of a non-streaming request (complete once finished()); empty when streaming.
    QByteArray body() const;
    /// True once finished() was emitted (or, after cancel(), immediately).
    bool isFinished() const { return m_finishedEmitted; }
    /// The transport-level failure, if any: connection refused, TLS verification failure, idle
    /// timeout, reset, cancelled... An HTTP status >= 400 is NOT an error here: read status() and body().
    std::optional<Netloom::Error> error() const { return m_error; }
    /// Number of attempts made so far (1 without retries).
    int attempts() const { return m_attempts; }
    /// The request's URL (as given to send(); may contain secrets: redact before logging).
    QUrl url() const { return m_url; }

    /// Aborts the transfer. If it had not finished yet, error() becomes "cancelled" and finished() is
    /// emitted before cancel() returns. No-op once finished.
    void cancel();

Q_SIGNALS:
    /// Status and headers of the answer are known.
    void metaDataReceived();
    /// Streaming only: one complete line without its "\n" (nor a "\r" before it). A last line
    /// without a newline is delivered at the end of the body too.
    void lineReceived(const QByteArray& line);
    /// Emitted exactly once. See error() and status().
    void finished();

private:
    friend class HttpClient;
    friend class Transfer;
    friend class CurlMulti;

    HttpReply(HttpClient* client, const QUrl& url, bool streaming);

    // Called by the client/transfer (possibly from inside libcurl callbacks): they only record state
    // and schedule a queued deliver(), so that no user code runs inside libcurl.
    void setMetaData(int status, QList<std::pair<QByteArray, QByteArray>> headers);
    void appendData(QByteArrayView data);
    /// Streaming: drops the unfinished last line (the limit cut it; it must not be delivered).
    void dropPartialLine();
    void startAttempt(int attempt);
    void finishWith(std::optional<Netloom::Error> error);
    bool hasDeliveredBody() const { return m_bodyDelivered; }

    void scheduleDelivery();
    void deliver();
    bool deliverLines(bool flushLast);
    void emitFinished();

    QPointer<HttpClient> m_client;
    QUrl m_url;
    bool m_streaming = false;

    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    // The body as it arrives: full pieces of BodyPieceBytes, then the piece being filled. Joined
    // once, on the first body() (a body grown by appending alone is copied at each doubling, and
    // a copy of a gigabyte into fresh pages holds the event loop for a second).
    mutable QList<QByteArray> m_bodyPieces;
    mutable QByteArray m_body;
    QByteArray m_lineBuffer;
    std::optional<Netloom::Error> m_error;
    int m_attempts = 0;

    bool m_metaDataPending = false;
    bool m_deliveryScheduled = false;
    bool m_bodyDelivered = false;
    bool m_finishPending = false;
    bool m_finishedEmitted = false;
};

} // namespace Netloom::Net
