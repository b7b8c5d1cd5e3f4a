#pragma once

// Internal to models/net: the libcurl multi handle on the Qt event loop. Not part of the public API.

#include "models/core/Error.h"
#include "models/net/HttpRequest.h"

#include <curl/curl.h>

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QSocketNotifier;

namespace Netloom::Net {

class HttpReply;
class Transfer;

/// Drives one CURLM with QSocketNotifiers (one per socket and direction) and one single-shot QTimer,
/// both calling curl_multi_socket_action. libcurl's socket and timer callbacks only update those Qt
/// objects; finished transfers are collected after curl_multi_socket_action returned, and everything
/// reaching user code goes through HttpReply's queued delivery.
class CurlMulti final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlMulti)

public:
    CurlMulti();
    ~CurlMulti() override;

    /// Creates the transfer for @p reply and starts its first attempt (or finishes the reply with an error).
    void start(HttpReply* reply, const HttpRequest& request);
    /// Drops the transfer of @p reply without any signal (reply cancelled or being deleted).
    void abandon(HttpReply* reply);
    int activeTransfers() const { return static_cast<int>(m_transfers.size()); }

    /// Called by a transfer whose idle timer expired.
    void expireIdle(Transfer* transfer);
    /// Called by a transfer's retry timer.
    void retryNow(Transfer* transfer);

private:
    struct SocketWatch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    static int onSocket(CURL* easy, curl_socket_t socket, int what, void* self, void* socketData);
    static int onTimer(CURLM* multi, long timeoutMs, void* self);

    void updateSocket(curl_socket_t socket, int what);
    void socketAction(curl_socket_t socket, int events);
    void afterCurl();
    void processDone();
    void addAttempt(Transfer* transfer);
    void detachHandle(Transfer* transfer);
    void finish(Transfer* transfer, std::optional<Netloom::Error> error);

    CURLM* m_multi = nullptr;
    QTimer m_timer;
    std::unordered_map<curl_socket_t, SocketWatch> m_sockets;
    std::unordered_map<HttpReply*, std::unique_ptr<Transfer>> m_transfers;
    // Transfers dropped while inside libcurl (should not happen: no user code runs there), cleaned
    // right after curl_multi_socket_action returns.
    std::vector<std::unique_ptr<Transfer>> m_graveyard;
    bool m_inCurl = false;
};

} // namespace Netloom::Net
