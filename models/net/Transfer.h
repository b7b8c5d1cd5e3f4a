#pragma once

// Internal to models/net: one request's libcurl easy handle. Not part of the public API.

#include "models/core/Expected.h"
#include "models/net/HttpRequest.h"

#include <curl/curl.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <array>
#include <chrono>
#include <optional>

namespace Netloom::Net {

class CurlMulti;
class HttpReply;

/// One request across its attempts: owns the easy handle, parses headers, forwards body bytes to the
/// reply and decides, when an attempt ends, whether to retry. Its libcurl callbacks only record state
/// (and restart no libcurl call): user code runs later, from HttpReply's queued delivery.
class Transfer final
{
    Q_DISABLE_COPY_MOVE(Transfer)

public:
    /// What to do once an attempt ended.
    struct Outcome
    {
        bool retry = false;
        std::chrono::milliseconds delay { 0 };
        std::optional<Netloom::Error> error;
    };

    Transfer(CurlMulti& multi, HttpReply* reply, HttpRequest request);
    ~Transfer();

    /// Configures the easy handle; an Error for a request that cannot be sent at all.
    Expected<void> setUp();
    /// Resets the per-attempt state and counts the attempt; the caller then adds the handle.
    void beginAttempt();
    /// Decides about an attempt that libcurl reported done with @p code (handle already removed).
    Outcome complete(CURLcode code);
    /// The error of an attempt aborted because no byte arrived for idleTimeout.
    Netloom::Error idleError() const;
    /// Logs the end of the request (status, timings, attempts).
    void logEnd(const std::optional<Netloom::Error>& error) const;

    CURL* easy() const { return m_easy; }
    HttpReply* reply() const { return m_reply; }
    int attempt() const { return m_attempt; }
    const HttpRequest& request() const { return m_request; }
    /// Armed while waiting for the next attempt.
    QTimer& retryTimer() { return m_retryTimer; }
    /// Stops the idle and retry timers (the transfer is over).
    void stopTimers();
    /// Whether the easy handle is currently added to the multi handle.
    bool inMulti() const { return m_inMulti; }
    void setInMulti(bool inMulti) { m_inMulti = inMulti; }

private:
    static size_t onHeader(char* data, size_t size, size_t count, void* self);
    static size_t onWrite(char* data, size_t size, size_t count, void* self);

    void handleHeaderLine(QByteArrayView line);
    void headersComplete();
    void touch();
    void onIdleTimer();
    QString hostForMessages() const;
    QString curlDetail(CURLcode code) const;
    Netloom::Error errorFor(CURLcode code) const;
    Netloom::Error tooLargeError() const;
    bool exceedsLimit(QByteArrayView data);

    CurlMulti& m_multi;
    HttpReply* m_reply;
    HttpRequest m_request;
    CURL* m_easy = nullptr;
    curl_slist* m_headerList = nullptr;
    curl_slist* m_connectTo = nullptr;
    std::array<char, CURL_ERROR_SIZE> m_errorBuffer {};

    bool m_inMulti = false;
    int m_attempt = 0;
    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    bool m_headersDone = false;
    bool m_holding = false; // a retryable status: this attempt's answer is not shown to the caller
    std::optional<std::chrono::milliseconds> m_retryAfter;
    qint64 m_bodyBytes = 0;
    qint64 m_lineBytes = 0; // streaming: bytes since the last newline
    bool m_tooLarge = false; // the answer passed maxBodyBytes: aborted by onWrite

    QElapsedTimer m_lastActivity;
    QElapsedTimer m_sinceStart;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
};

} // namespace Netloom::Net
