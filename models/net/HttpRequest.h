#pragma once

#include "models/net/RetryPolicy.h"
#include "models/net/TlsOptions.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

namespace Netloom::Net {

/// One HTTP request, a plain value. Pass it to HttpClient::send().
struct HttpRequest
{
    /// Upper-case method: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS...
    QByteArray method = "GET";
    /// http:// or https:// URL. Its userinfo and secret-looking query parameters are redacted in logs.
    QUrl url;
    /// Extra request headers, sent in this order. Sensitive ones (Authorization, Cookie...) are
    /// redacted in logs.
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// Request body (sent with Content-Length when non-empty, or always for POST/PUT/PATCH).
    QByteArray body;
    /// Sent as "Authorization: Bearer <token>" when not empty. Never logged.
    QByteArray bearerToken;
    TlsOptions tls;
    /// Time allowed to establish the connection: name resolution, TCP connect and TLS handshake.
    std::chrono::milliseconds connectTimeout { 10000 };
    /// No byte received for that long (counted from the start of each attempt, restarted by every
    /// byte of headers or body) -> the request fails with a timeout error. 0 = no limit.
    std::chrono::milliseconds idleTimeout { 30000 };
    /// true: the body is delivered line by line through HttpReply::lineReceived (watch streams)
    /// and HttpReply::body() stays empty.
    bool streaming = false;
    /// The most a response may hold: the whole body of a normal request, one line (bytes since the
    /// last "\n") of a streaming one. Beyond it the transfer is aborted and fails with an error that
    /// names the server, the request and the limit (never retried). 0 = no limit.
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    static constexpr qint64 DefaultMaxBodyBytes = qint64(64) * 1024 * 1024;
    RetryPolicy retry;
    /// The proxy of this request alone (CURLOPT_PROXY on its own easy handle; nothing global):
    ///  - std::nullopt (default): from the environment, as curl does (http_proxy, https_proxy,
    ///    all_proxy, no_proxy and their upper-case forms);
    ///  - an empty QUrl: direct, whatever the environment says;
    ///  - an http://, https://, socks5:// or socks5h:// URL: that proxy for this request, NO_PROXY
    ///    not consulted (as kubectl does with a kubeconfig's proxy-url). Its userinfo is redacted in logs.
    std::optional<QUrl> proxy;
};

} // namespace Netloom::Net
