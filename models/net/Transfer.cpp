#include "models/net/Transfer.h"

#include "models/net/CurlMulti.h"
#include "models/net/HttpClient.h"
#include "models/net/HttpReply.h"
#include "models/net/Logging.h"
#include "models/net/Redactor.h"
#include "models/net/Tr.h"

#include <QDateTime>

#include <cerrno>
#include <utility>

namespace Netloom::Net {

namespace {

bool isConnectFailure(CURLcode code)
{
    // OPERATION_TIMEDOUT only comes from CURLOPT_CONNECTTIMEOUT: no overall timeout is set.
    return code == CURLE_COULDNT_CONNECT || code == CURLE_OPERATION_TIMEDOUT;
}

bool isReset(CURLcode code)
{
    return code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR || code == CURLE_PARTIAL_FILE
        || code == CURLE_GOT_NOTHING || code == CURLE_HTTP2 || code == CURLE_HTTP2_STREAM;
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(static_cast<double>(ms.count()) / 1000.0, 'g', 4);
}

QByteArray trimmed(QByteArrayView view)
{
    return view.trimmed().toByteArray();
}

// Retry-After: delta-seconds or an HTTP date.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value)
{
    bool ok = false;
    const qint64 secs = value.trimmed().toLongLong(&ok);
    if (ok && secs >= 0)
        return std::chrono::milliseconds(secs * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

void setBlob(CURL* easy, CURLoption option, const QByteArray& data)
{
    curl_blob blob {};
    blob.data = const_cast<char*>(data.constData());
    blob.len = static_cast<size_t>(data.size());
    blob.flags = CURL_BLOB_COPY;
    curl_easy_setopt(easy, option, &blob);
}

} // namespace

Transfer::Transfer(CurlMulti& multi, HttpReply* reply, HttpRequest request)
    : m_multi(multi)
    , m_reply(reply)
    , m_request(std::move(request))
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // Never before the delay: a coarse timer may fire 5% early, earlier than a Retry-After allows.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_idleTimer, &QTimer::timeout, &m_idleTimer, [this] { onIdleTimer(); });
    QObject::connect(&m_retryTimer, &QTimer::timeout, &m_retryTimer, [this] { m_multi.retryNow(this); });
}

Transfer::~Transfer()
{
    if (m_easy)
        curl_easy_cleanup(m_easy);
    curl_slist_free_all(m_headerList);
    curl_slist_free_all(m_connectTo);
}

Expected<void> Transfer::setUp()
{
    const QUrl& url = m_request.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Error(Tr::tr("The address %1 is not a valid http or https URL.").arg(Redactor::url(url)),
            QStringLiteral("invalid request URL"));
    if (m_request.method.isEmpty())
        return Error(Tr::tr("The HTTP request has no method."), QStringLiteral("empty method"));

    m_easy = curl_easy_init();
    if (!m_easy)
        return Error(Tr::tr("The HTTP client could not be initialised."), QStringLiteral("curl_easy_init failed"));

    CURL* e = m_easy;
    curl_easy_setopt(e, CURLOPT_PRIVATE, this);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, m_errorBuffer.data());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_request.connectTimeout.count()));
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::onWrite);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, this);

    // tls-server-name: connect to the URL's host and port, but let curl believe it talks to
    // serverName, so that SNI and certificate verification use it; the Host header keeps the URL's.
    QUrl curlUrl = url;
    bool hasHostHeader = false;
    for (const auto& [name, value] : std::as_const(m_request.headers))
        hasHostHeader = hasHostHeader || name.compare("host", Qt::CaseInsensitive) == 0;
    const QString serverName = m_request.tls.serverName.trimmed();
    if (scheme == u"https" && !serverName.isEmpty() && serverName.compare(url.host(), Qt::CaseInsensitive) != 0) {
        const int port = url.port(443);
        const QString host = url.host(QUrl::FullyEncoded);
        const QString target = host.contains(u':') ? u'[' + host + u']' : host;
        const QByteArray entry = QStringLiteral("%1:%2:%3:%2").arg(serverName).arg(port).arg(target).toUtf8();
        m_connectTo = curl_slist_append(m_connectTo, entry.constData());
        curl_easy_setopt(e, CURLOPT_CONNECT_TO, m_connectTo);
        curlUrl.setHost(serverName);
        if (!hasHostHeader) {
            const QString authority = url.port() == -1 ? target : target + u':' + QString::number(port);
            m_headerList = curl_slist_append(m_headerList, QByteArray("Host: " + authority.toUtf8()).constData());
        }
    }
    curl_easy_setopt(e, CURLOPT_URL, curlUrl.toEncoded().constData());

    // Proxy: per easy handle, so that one request's proxy never reaches another's.
    if (m_request.proxy) {
        const QUrl& proxy = *m_request.proxy;
        if (proxy.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_PROXY, ""); // "" = direct, even when the environment names a proxy
        } else {
            static const QStringList schemes { QStringLiteral("http"), QStringLiteral("https"),
                QStringLiteral("socks5"), QStringLiteral("socks5h") };
            if (!proxy.isValid() || !schemes.contains(proxy.scheme().toLower()) || proxy.host().isEmpty())
                return Error(Tr::tr("The proxy %1 is not a valid http, https or socks5 URL.").arg(Redactor::url(proxy)),
                    QStringLiteral("invalid proxy URL"));
            curl_easy_setopt(e, CURLOPT_PROXY, proxy.toEncoded().constData());
            curl_easy_setopt(e, CURLOPT_NOPROXY, ""); // an explicit proxy is used for every host
        }
    }

    // Method and body.
    const QByteArray& method = m_request.method;
    const bool bodyMethod = method == "POST" || method == "PUT" || method == "PATCH";
    if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (method == "GET" && m_request.body.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
        if (bodyMethod || !m_request.body.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(m_request.body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, m_request.body.constData());
        }
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
    }

    // Headers. "Name;" is curl's syntax for a header with an empty value.
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        const QByteArray line = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        m_headerList = curl_slist_append(m_headerList, line.constData());
    }
    if (!m_request.bearerToken.isEmpty())
        m_headerList
            = curl_slist_append(m_headerList, QByteArray("Authorization: Bearer " + m_request.bearerToken).constData());
    m_headerList = curl_slist_append(m_headerList, "Expect:"); // no 100-continue round trip
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, m_headerList);

    // TLS.
    const TlsOptions& tls = m_request.tls;
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, tls.verifyPeer ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, tls.verifyPeer ? 2L : 0L);
    if (!tls.caPem.isEmpty()) {
        setBlob(e, CURLOPT_CAINFO_BLOB, tls.caPem);
        // Trust only the given authorities, like kubectl with certificate-authority-data.
        curl_easy_setopt(e, CURLOPT_CAINFO, nullptr);
        curl_easy_setopt(e, CURLOPT_CAPATH, nullptr);
    }
    if (!tls.clientCertPem.isEmpty()) {
        setBlob(e, CURLOPT_SSLCERT_BLOB, tls.clientCertPem);
        curl_easy_setopt(e, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!tls.clientKeyPem.isEmpty()) {
        setBlob(e, CURLOPT_SSLKEY_BLOB, tls.clientKeyPem);
        curl_easy_setopt(e, CURLOPT_SSLKEYTYPE, "PEM");
    }
    return {};
}

void Transfer::beginAttempt()
{
    ++m_attempt;
    m_status = 0;
    m_headers.clear();
    m_headersDone = false;
    m_holding = false;
    m_retryAfter.reset();
    m_bodyBytes = 0;
    m_lineBytes = 0;
    m_tooLarge = false;
    m_errorBuffer[0] = '\0';
    m_reply->startAttempt(m_attempt);
    m_sinceStart.start();
    m_lastActivity.start();
    if (m_request.idleTimeout.count() > 0)
        m_idleTimer.start(m_request.idleTimeout);

    if (lcNet().isDebugEnabled()) {
        QStringList headers;
        for (const auto& [name, value] : std::as_const(m_request.headers))
            headers << QString::fromUtf8(Redactor::headerLine(name, value));
        if (!m_request.bearerToken.isEmpty())
            headers << QString::fromUtf8(Redactor::headerLine("Authorization", "Bearer"));
        const QString via = !m_request.proxy ? QString()
            : m_request.proxy->isEmpty()     ? QStringLiteral("direct")
                                             : QStringLiteral("via proxy %1").arg(Redactor::url(*m_request.proxy));
        qCDebug(lcNet).noquote()
            << m_request.method << Redactor::url(m_request.url) << via
            << QStringLiteral("attempt %1/%2").arg(m_attempt).arg(std::max(1, m_request.retry.maxAttempts))
            << QStringLiteral("headers [%1]").arg(headers.join(QStringLiteral(", ")))
            << QStringLiteral("body %1 bytes").arg(m_request.body.size());
    }
}

size_t Transfer::onHeader(char* data, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<Transfer*>(self);
    const size_t bytes = size * count;
    transfer->touch();
    transfer->handleHeaderLine(QByteArrayView(data, static_cast<qsizetype>(bytes)));
    return bytes;
}

size_t Transfer::onWrite(char* data, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<Transfer*>(self);
    const size_t bytes = size * count;
    transfer->touch();
    if (!transfer->m_headersDone)
        transfer->headersComplete(); // e.g. HTTP/0.9 or a server that never ended its headers
    if (!transfer->m_holding) {
        if (transfer->exceedsLimit(QByteArrayView(data, static_cast<qsizetype>(bytes)))) {
            transfer->m_tooLarge = true;
            if (transfer->m_request.streaming)
                transfer->m_reply->dropPartialLine();
            return 0; // aborts the transfer (CURLE_WRITE_ERROR); complete() reports the limit
        }
        transfer->m_bodyBytes += static_cast<qint64>(bytes);
        transfer->m_reply->appendData(QByteArrayView(data, static_cast<qsizetype>(bytes)));
    }
    return bytes;
}

bool Transfer::exceedsLimit(QByteArrayView data)
{
    const qint64 limit = m_request.maxBodyBytes;
    if (limit <= 0)
        return false;
    if (!m_request.streaming)
        return m_bodyBytes + data.size() > limit;
    const qsizetype newline = data.lastIndexOf('\n');
    m_lineBytes = newline < 0 ? m_lineBytes + data.size() : data.size() - newline - 1;
    return m_lineBytes > limit;
}

void Transfer::handleHeaderLine(QByteArrayView line)
{
    if (line.startsWith("HTTP/")) {
        // A new header block: 1xx interim answers come before the final one.
        m_headers.clear();
        m_headersDone = false;
        const QList<QByteArray> parts = line.toByteArray().simplified().split(' ');
        m_status = parts.size() >= 2 ? parts.at(1).toInt() : 0;
        return;
    }
    if (m_headersDone)
        return; // trailers
    const QByteArrayView content = line.trimmed();
    if (content.isEmpty()) {
        if (m_status >= 200)
            headersComplete();
        return;
    }
    const qsizetype colon = content.indexOf(':');
    if (colon <= 0)
        return;
    m_headers.append({ trimmed(content.first(colon)), trimmed(content.sliced(colon + 1)) });
}

void Transfer::headersComplete()
{
    m_headersDone = true;
    const RetryPolicy& policy = m_request.retry;
    if (RetryPolicy::isIdempotent(m_request.method) && RetryPolicy::isRetryableStatus(m_status)
        && m_attempt < policy.maxAttempts) {
        for (const auto& [name, value] : std::as_const(m_headers)) {
            if (name.compare("retry-after", Qt::CaseInsensitive) == 0)
                m_retryAfter = parseRetryAfter(value);
        }
        m_holding = !m_retryAfter || *m_retryAfter <= policy.maxDelay;
    }
    if (!m_holding)
        m_reply->setMetaData(m_status, m_headers);
}

void Transfer::stopTimers()
{
    m_idleTimer.stop();
    m_retryTimer.stop();
}

void Transfer::touch()
{
    m_lastActivity.start();
}

void Transfer::onIdleTimer()
{
    const auto idle = std::chrono::milliseconds(m_lastActivity.elapsed());
    if (idle < m_request.idleTimeout) {
        m_idleTimer.start(m_request.idleTimeout - idle);
        return;
    }
    m_multi.expireIdle(this);
}

Netloom::Error Transfer::idleError() const
{
    return Error(Tr::tr("No data received from %1 for %2 s.").arg(hostForMessages(), seconds(m_request.idleTimeout)),
        QStringLiteral("idle timeout %1 ms after %2 body bytes, attempt %3")
            .arg(m_request.idleTimeout.count())
            .arg(m_bodyBytes)
            .arg(m_attempt));
}

Transfer::Outcome Transfer::complete(CURLcode code)
{
    m_idleTimer.stop();
    Outcome outcome;
    const RetryPolicy& policy = m_request.retry;
    const bool attemptsLeft = m_attempt < policy.maxAttempts && RetryPolicy::isIdempotent(m_request.method);
    if (code == CURLE_OK) {
        if (m_holding) {
            outcome.retry = true;
            outcome.delay = m_retryAfter ? *m_retryAfter : policy.backoffDelay(m_attempt);
            qCInfo(lcNet).noquote()
                << m_request.method << Redactor::url(m_request.url) << "answered" << m_status
                << QStringLiteral("on attempt %1, retrying in %2 ms").arg(m_attempt).arg(outcome.delay.count());
        }
        return outcome;
    }
    if (m_tooLarge) {
        outcome.error = tooLargeError();
        return outcome; // the same request would get the same answer: never retried
    }
    outcome.error = errorFor(code);
    const bool transient = isConnectFailure(code) || (isReset(code) && !m_reply->hasDeliveredBody());
    if (attemptsLeft && transient) {
        outcome.retry = true;
        outcome.delay = policy.backoffDelay(m_attempt);
        qCInfo(lcNet).noquote() << m_request.method << Redactor::url(m_request.url)
                                << QStringLiteral("failed on attempt %1 (%2), retrying in %3 ms")
                                       .arg(m_attempt)
                                       .arg(outcome.error->toString())
                                       .arg(outcome.delay.count());
    }
    return outcome;
}

void Transfer::logEnd(const std::optional<Netloom::Error>& error) const
{
    const auto info = [this](CURLINFO what) {
        curl_off_t value = 0;
        curl_easy_getinfo(m_easy, what, &value);
        return QString::number(static_cast<double>(value) / 1000.0, 'f', 1);
    };
    const QString timings = m_easy ? QStringLiteral("connect %1 ms, tls %2 ms, first byte %3 ms, total %4 ms")
                                         .arg(info(CURLINFO_CONNECT_TIME_T), info(CURLINFO_APPCONNECT_TIME_T),
                                             info(CURLINFO_STARTTRANSFER_TIME_T), info(CURLINFO_TOTAL_TIME_T))
                                   : QString();
    if (error) {
        qCInfo(lcNet).noquote() << m_request.method << Redactor::url(m_request.url) << "failed:" << error->toString()
                                << QStringLiteral("(attempt %1, %2)").arg(m_attempt).arg(timings);
    } else {
        qCDebug(lcNet).noquote()
            << m_request.method << Redactor::url(m_request.url) << "->" << m_status
            << QStringLiteral("(%1 body bytes, attempt %2, %3)").arg(m_bodyBytes).arg(m_attempt).arg(timings);
    }
}

QString Transfer::hostForMessages() const
{
    const QString host = m_request.url.host();
    return m_request.url.port() == -1 ? host : host + u':' + QString::number(m_request.url.port());
}

QString Transfer::curlDetail(CURLcode code) const
{
    const QString text = QString::fromUtf8(m_errorBuffer.data()).trimmed();
    QString detail = QStringLiteral("curl error %1 (%2)")
                         .arg(static_cast<int>(code))
                         .arg(QString::fromUtf8(curl_easy_strerror(code)));
    if (!text.isEmpty())
        detail += QStringLiteral(": ") + text;
    return Redactor::text(detail);
}

Netloom::Error Transfer::tooLargeError() const
{
    const QString limit = QString::number(static_cast<double>(m_request.maxBodyBytes) / (1024.0 * 1024.0), 'g', 4);
    const QString request = QString::fromLatin1(m_request.method) + u' ' + m_request.url.path();
    const QString detail
        = QStringLiteral("response limit %1 bytes (HttpRequest::maxBodyBytes) passed after %2 body bytes")
              .arg(m_request.maxBodyBytes)
              .arg(m_bodyBytes);
    if (m_request.streaming)
        return Error(Tr::tr("%1 sent a line longer than the limit of %2 MiB in its answer to %3.")
                         .arg(hostForMessages(), limit, request),
            detail);
    return Error(
        Tr::tr("The answer of %1 to %2 is larger than the limit of %3 MiB.").arg(hostForMessages(), request, limit),
        detail);
}

Netloom::Error Transfer::errorFor(CURLcode code) const
{
    const QString host = hostForMessages();
    const QString detail = curlDetail(code);
    QString reason = QString::fromUtf8(m_errorBuffer.data()).trimmed();
    switch (code) {
    case CURLE_COULDNT_CONNECT: {
        long osErrno = 0;
        curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &osErrno);
        if (osErrno == ECONNREFUSED)
            return Error(Tr::tr("Connection refused by %1.").arg(host), detail);
        return Error(Tr::tr("Could not connect to %1.").arg(host), detail);
    }
    case CURLE_OPERATION_TIMEDOUT:
        return Error(
            Tr::tr("Connecting to %1 timed out after %2 s.").arg(host, seconds(m_request.connectTimeout)), detail);
    case CURLE_COULDNT_RESOLVE_HOST:
        return Error(Tr::tr("The host name %1 could not be resolved.").arg(m_request.url.host()), detail);
    case CURLE_COULDNT_RESOLVE_PROXY:
        return Error(Tr::tr("The proxy host name could not be resolved."), detail);
    case CURLE_PEER_FAILED_VERIFICATION: {
        const QString name = m_request.tls.serverName.isEmpty() ? m_request.url.host() : m_request.tls.serverName;
        reason.remove(QStringLiteral("SSL certificate problem: "));
        return Error(Tr::tr("TLS certificate of %1 could not be verified: %2").arg(name, reason), detail);
    }
    case CURLE_SSL_CONNECT_ERROR:
        return Error(Tr::tr("TLS handshake with %1 failed.").arg(host), detail);
    case CURLE_SSL_CERTPROBLEM:
        return Error(Tr::tr("The client certificate or key could not be used."), detail);
    case CURLE_SSL_CACERT_BADFILE:
        return Error(Tr::tr("The certificate authority data could not be loaded."), detail);
    case CURLE_GOT_NOTHING:
        return Error(Tr::tr("%1 closed the connection without answering.").arg(host), detail);
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return Error(Tr::tr("Connection to %1 reset after %2 bytes.").arg(host).arg(m_bodyBytes), detail);
    default:
        return Error(
            Tr::tr("The HTTP request to %1 failed: %2").arg(host, QString::fromUtf8(curl_easy_strerror(code))), detail);
    }
}

} // namespace Netloom::Net
