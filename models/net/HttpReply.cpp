#include "models/net/HttpReply.h"

#include "models/net/HttpClient.h"

#include <algorithm>
#include <utility>

namespace Netloom::Net {

HttpReply::HttpReply(HttpClient* client, const QUrl& url, bool streaming)
    : m_client(client)
    , m_url(url)
    , m_streaming(streaming)
{
}

HttpReply::~HttpReply()
{
    if (m_client)
        m_client->abandon(this);
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    QByteArray value;
    for (const auto& [key, v] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!value.isEmpty())
            value += ", ";
        value += v;
    }
    return value;
}

void HttpReply::cancel()
{
    if (m_finishedEmitted)
        return;
    if (m_client)
        m_client->abandon(this);
    m_client = nullptr;
    // When the outcome is already known (finished() queued), keep it; otherwise it is a cancellation.
    if (!m_finishPending)
        m_error = Netloom::Error(tr("The request was cancelled."), QStringLiteral("cancelled by the caller"));
    m_metaDataPending = false;
    m_lineBuffer.clear();
    emitFinished();
}

void HttpReply::setMetaData(int status, QList<std::pair<QByteArray, QByteArray>> headers)
{
    m_status = status;
    m_headers = std::move(headers);
    m_metaDataPending = true;
    scheduleDelivery();
}

void HttpReply::appendData(QByteArrayView data)
{
    if (m_streaming) {
        m_lineBuffer.append(data);
        scheduleDelivery();
    } else {
        constexpr qsizetype BodyPieceBytes = 4 * 1024 * 1024;
        if (m_body.size() + data.size() > BodyPieceBytes && !m_body.isEmpty())
            m_bodyPieces.append(std::exchange(m_body, {}));
        if (m_body.isEmpty())
            m_body.reserve(std::max(data.size(), std::min<qsizetype>(BodyPieceBytes, 64 * 1024)));
        m_body.append(data);
    }
}

QByteArray HttpReply::body() const
{
    if (!m_bodyPieces.isEmpty()) {
        qsizetype size = m_body.size();
        for (const QByteArray& piece : std::as_const(m_bodyPieces))
            size += piece.size();
        QByteArray joined;
        joined.reserve(size);
        for (const QByteArray& piece : std::as_const(m_bodyPieces))
            joined.append(piece);
        joined.append(m_body);
        m_bodyPieces.clear();
        m_body = std::move(joined);
    }
    return m_body;
}

void HttpReply::dropPartialLine()
{
    m_lineBuffer.truncate(m_lineBuffer.lastIndexOf('\n') + 1);
}

void HttpReply::startAttempt(int attempt)
{
    m_attempts = attempt;
    if (attempt <= 1)
        return;
    // Nothing of a failed attempt reached the caller as body (see RetryPolicy), so start afresh.
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_bodyPieces.clear();
    m_lineBuffer.clear();
    m_metaDataPending = false;
}

void HttpReply::finishWith(std::optional<Netloom::Error> error)
{
    if (m_finishedEmitted || m_finishPending)
        return;
    m_error = std::move(error);
    m_finishPending = true;
    scheduleDelivery();
}

void HttpReply::scheduleDelivery()
{
    if (m_deliveryScheduled)
        return;
    m_deliveryScheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { deliver(); }, Qt::QueuedConnection);
}

void HttpReply::deliver()
{
    m_deliveryScheduled = false;
    if (m_finishedEmitted)
        return;
    const QPointer<HttpReply> self(this);
    if (m_metaDataPending) {
        m_metaDataPending = false;
        Q_EMIT metaDataReceived();
        if (!self || m_finishedEmitted)
            return;
    }
    if (m_streaming && !deliverLines(m_finishPending))
        return;
    if (m_finishPending)
        emitFinished();
}

bool HttpReply::deliverLines(bool flushLast)
{
    const QPointer<HttpReply> self(this);
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_lineBuffer.indexOf('\n', start);
        const bool last = newline < 0;
        if (last && (!flushLast || start >= m_lineBuffer.size()))
            break;
        qsizetype end = last ? m_lineBuffer.size() : newline;
        const qsizetype next = last ? m_lineBuffer.size() : newline + 1;
        if (end > start && m_lineBuffer.at(end - 1) == '\r')
            --end;
        const QByteArray line = m_lineBuffer.sliced(start, end - start);
        start = next;
        m_bodyDelivered = true;
        Q_EMIT lineReceived(line);
        if (!self || m_finishedEmitted)
            return false; // deleted or cancelled by the slot
    }
    m_lineBuffer.remove(0, start);
    return true;
}

void HttpReply::emitFinished()
{
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    m_finishPending = false;
    Q_EMIT finished();
}

} // namespace Netloom::Net
