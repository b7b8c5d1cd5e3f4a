#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <optional>

class QSslSocket;

namespace Netloom::Lab::Test {

/// One parsed HTTP response (header names lower-cased).
struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool chunked = false;

    QByteArray header(const QByteArray& lowerName) const;
    QList<QByteArray> headerValues(const QByteArray& lowerName) const;
    QJsonObject json() const;
};

/// A raw HTTP/1.1 client over TLS for protocol-level tests: it sends exactly the bytes it is given
/// and parses responses incrementally (Content-Length bodies and chunked streams). Waiting spins a
/// local event loop that wakes on every byte, so an in-process server keeps running meanwhile.
class TestHttpClient final : public QObject
{
    Q_OBJECT

public:
    TestHttpClient(quint16 port, const QByteArray& caPem, const QString& token, QObject* parent = nullptr);
    ~TestHttpClient() override;
    Q_DISABLE_COPY_MOVE(TestHttpClient)

    bool connectToServer(int timeoutMs = 5000);
    bool isConnected() const;

    void sendRaw(const QByteArray& bytes);
    /// Sends a request with Host, the bearer token (unless withToken is false) and Content-Length.
    void sendRequest(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool withToken = true);

    /// The next complete response; nullopt on timeout or disconnect.
    std::optional<HttpResponse> waitForResponse(int timeoutMs = 5000);
    /// One request and its response.
    std::optional<HttpResponse> request(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 5000);

    /// For a streaming (chunked) response: waits until its head arrived.
    std::optional<HttpResponse> waitForStreamHead(int timeoutMs = 5000);
    /// Watch events received so far on the current stream (one JSON object per line), taken out.
    QList<QJsonObject> takeEvents();
    /// Waits until at least `count` events are buffered.
    bool waitForEvents(int count, int timeoutMs = 5000);
    int bufferedEventCount() const { return static_cast<int>(m_events.size()); }
    /// True once the current stream ended with its zero-length chunk.
    bool streamEnded() const { return m_streamEnded; }
    bool waitForStreamEnd(int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs = 5000);

    bool waitFor(const std::function<bool()>& done, int timeoutMs);

signals:
    void progressed();

private:
    void onReadyRead();
    void parse();

    QSslSocket* m_socket;
    quint16 m_port;
    QByteArray m_token;
    QByteArray m_buffer;
    // Parser state for the response in progress.
    std::optional<HttpResponse> m_current;
    qint64 m_contentLength = -1;
    bool m_streamEnded = false;
    QByteArray m_lineBuffer;
    QList<HttpResponse> m_complete;
    QList<QJsonObject> m_events;
    bool m_disconnected = false;
};

} // namespace Netloom::Lab::Test
