#pragma once

#include "models/net/HttpRequest.h"

#include <QObject>

#include <memory>

namespace Netloom::Net {

class HttpReply;
class CurlMulti;

/// Asynchronous HTTP(S) client: one libcurl multi handle driven by the Qt event loop of the thread
/// the client lives in (QSocketNotifier + one single-shot QTimer, curl_multi_socket_action).
/// No thread per request and nothing blocking: send() returns at once, the reply reports through
/// its signals. Use a client (and its replies) from its own thread only.
///
/// Proxies come from the environment as with curl: http_proxy, https_proxy / HTTPS_PROXY,
/// all_proxy / ALL_PROXY, no_proxy / NO_PROXY (host names, domains, IP addresses or CIDR ranges).
///
/// Logging category "netloom.net": method, redacted URL, status, timings and attempt at debug level,
/// retries at info level; never request or response bodies, never credentials (see Redactor).
///
/// Destroying the client finishes every reply still running with a "cancelled" error (emitted
/// from the event loop, replies stay owned by their callers). Do not delete the client from a
/// slot of one of its replies; use deleteLater() there.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    /// Starts @p request and returns its reply, owned by the caller. Never returns nullptr: an invalid
    /// request (bad URL, unsupported scheme) yields a reply that finishes with an error.
    [[nodiscard]] HttpReply* send(const HttpRequest& request);

    /// Number of requests started and not finished yet (waiting for a retry included).
    int activeTransfers() const;

private:
    friend class HttpReply;
    void abandon(HttpReply* reply);

    std::unique_ptr<CurlMulti> m_multi;
};

} // namespace Netloom::Net
