#include "models/net/HttpClient.h"
#include "models/net/HttpReply.h"

#include "ConnectProxy.h"
#include "NginxServer.h"
#include "ScriptedConnection.h"
#include "ScriptedServer.h"
#include "TestPki.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <mutex>

using namespace Netloom::Net;
using namespace Netloom::Net::Test;
using namespace std::chrono_literals;

namespace {

/// Waits (bounded) for a reply's finished(); true when it finished.
bool waitFinished(HttpReply* reply, int timeoutMs = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &HttpReply::finished);
    return spy.wait(timeoutMs) || reply->isFinished();
}

QString describe(const HttpReply& reply)
{
    return QStringLiteral("status %1, error: %2, body: %3")
        .arg(reply.status())
        .arg(reply.error() ? reply.error()->toString() : QStringLiteral("none"),
            QString::fromUtf8(reply.body().left(300)));
}

// --- Scripted peers ---------------------------------------------------------------------------------

/// Answers every request with "<METHOD> <body length>\n<body>".
void echoHandler(ScriptedConnection& c)
{
    for (QByteArray head = c.readRequest(); !head.isEmpty(); head = c.readRequest()) {
        const QByteArray method = head.left(head.indexOf(' '));
        const QByteArray body = method + ' ' + QByteArray::number(c.body().size()) + '\n' + c.body();
        c.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
    }
}

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

/// Streams lines with pauses, chunked. Path /hold: one line, then keeps the connection open until the
/// client goes away (counted in peerCloses).
std::atomic<int> peerCloses { 0 };
void streamHandler(ScriptedConnection& c)
{
    const QByteArray head = c.readRequest();
    if (head.isEmpty())
        return;
    c.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
    if (head.contains(" /hold")) {
        c.write(chunk("first\n"));
        if (c.waitForPeerClose(10000))
            ++peerCloses;
        return;
    }
    c.write(chunk("line 1\n"));
    c.pause(150);
    c.write(chunk("line 2\r\nli"));
    c.pause(150);
    c.write(chunk("ne 3\n\n"));
    c.pause(50);
    c.write(chunk("last line without newline"));
    c.write("0\r\n\r\n");
    c.waitForPeerClose(1000);
}

/// Headers announcing 1000 bytes, 100 of them, then a TCP reset.
void resetHandler(ScriptedConnection& c)
{
    if (c.readRequest().isEmpty())
        return;
    c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(100, 'a'));
    c.pause(200);
    c.reset();
}

/// One streamed line, then a TCP reset.
void resetAfterLineHandler(ScriptedConnection& c)
{
    if (c.readRequest().isEmpty())
        return;
    c.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk("only line\n"));
    c.pause(300);
    c.reset();
}

/// An answer that never ends: chunked, 64 KiB chunks, for at most 30 s or until the client goes.
/// Path /lines: newline-terminated lines; otherwise one endless line (no newline at all).
void endlessHandler(ScriptedConnection& c)
{
    const QByteArray head = c.readRequest();
    if (head.isEmpty())
        return;
    c.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    QByteArray piece(64 * 1024, 'x');
    if (head.contains(" /lines"))
        for (qsizetype i = 1023; i < piece.size(); i += 1024)
            piece[i] = '\n';
    const QByteArray data = chunk(piece);
    QElapsedTimer clock;
    clock.start();
    while (!c.stopping() && clock.elapsed() < 30000 && c.write(data)) { }
}

// --- Log capture --------------------------------------------------------------------------------------

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog << QString::fromUtf8(context.category ? context.category : "") + u' ' + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void getReturnsBody();
    void largeBodyArrivesWhole();
    void postSendsBody();
    void otherMethodsAreSent_data();
    void otherMethodsAreSent();
    void bearerTokenIsSent();
    void httpErrorStatusIsNotATransportError();
    void invalidUrlFinishesWithError();
    void customCaIsTrusted();
    void selfSignedCertificateIsRejected();
    void certificateOfAnotherCaIsRejected();
    void certificateForAnotherNameIsRejected();
    void verifyPeerFalseAcceptsSelfSigned();
    void clientCertificateIsAccepted();
    void missingClientCertificateIsRefused();
    void serverNameOverride();
    void streamingDeliversLinesInOrder();
    void stalledServerHitsIdleTimeout();
    void resetMidBodyRetriesGet();
    void resetMidBodyDoesNotRetryPost();
    void resetAfterStreamedLineIsNotRetried();
    void connectRefusedRetriesGetWithBackoff();
    void connectRefusedDoesNotRetryPost();
    void serviceUnavailableRetriedAfterRetryAfter();
    void retryAfterBeyondMaxDelayIsDelivered();
    void cancelMidStream();
    void deleteReplyMidStream();
    void cancelDuringBackoff();
    void destroyingClientFinishesReplies();
    void hundredParallelRequests();
    void httpsProxyFromEnvironment();
    void noProxyBypassesProxy();
    void explicitProxyIsPerRequest();
    void invalidProxyFails();
    void endlessBodyHitsTheLimit();
    void endlessLineHitsTheLimit();
    void longStreamOfShortLinesIsFine();
    void logsNeverContainSecrets();

private:
    QUrl url(quint16 port, const QString& path, bool tls = false) const;
    HttpRequest tlsRequest(quint16 port, const QString& path) const;

    QTemporaryDir m_dir;
    QString bigFilePath() const { return m_dir.filePath(QStringLiteral("big.bin")); }
    QByteArray m_big; // SHA-256 of big.bin
    qsizetype m_bigSize = 0;
    TestPki m_pki;
    std::unique_ptr<ScriptedServer> m_echo;
    std::unique_ptr<ScriptedServer> m_stream;
    std::unique_ptr<ScriptedServer> m_stall;
    std::unique_ptr<NginxServer> m_nginx;
    quint16 m_http = 0;
    quint16 m_tls = 0;
    quint16 m_self = 0;
    quint16 m_named = 0;
    quint16 m_mtls = 0;
};

void TestHttpClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_pki.generate(m_dir.path(), &error), qPrintable(error));

    m_echo = std::make_unique<ScriptedServer>(echoHandler);
    m_stream = std::make_unique<ScriptedServer>(streamHandler);
    m_stall = std::make_unique<ScriptedServer>(ScriptedServer::Handler(), false);
    QVERIFY(m_echo->port() && m_stream->port() && m_stall->port());

    // A body of several pieces of the reply's buffer (4 MiB) and a part of one, never repeating.
    {
        QFile big(bigFilePath());
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray data(21 * 1024 * 1024 + 12345, Qt::Uninitialized);
        quint64 x = 0x9e3779b97f4a7c15ULL;
        for (qsizetype i = 0; i < data.size(); ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            data[i] = char(x >> 56);
        }
        QCOMPARE(big.write(data), data.size());
        m_big = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        m_bigSize = data.size();
    }

    m_http = ScriptedServer::freePort();
    m_tls = ScriptedServer::freePort();
    m_self = ScriptedServer::freePort();
    m_named = ScriptedServer::freePort();
    m_mtls = ScriptedServer::freePort();

    const QString locations = QStringLiteral(R"(
        location = /hello { return 200 "hello\n"; }
        location = /whoami { return 200 "$http_authorization|$http_host|$ssl_server_name|$ssl_client_s_dn"; }
        location = /missing { return 404 "no such thing\n"; }
        location = /echo { proxy_pass http://127.0.0.1:%1; }
        location = /stream { proxy_pass http://127.0.0.1:%2; proxy_buffering off; proxy_http_version 1.1; }
        location = /stall { proxy_pass http://127.0.0.1:%3; }
        location = /big { default_type application/octet-stream; alias %4; }
)")
                                  .arg(m_echo->port())
                                  .arg(m_stream->port())
                                  .arg(m_stall->port())
                                  .arg(bigFilePath());
    const auto tlsServer = [&](quint16 port, const QString& cert, const QString& extra) {
        return QStringLiteral("    server {\n        listen 127.0.0.1:%1 ssl;\n        ssl_certificate %2.crt;\n"
                              "        ssl_certificate_key %2.key;\n%3%4    }\n")
            .arg(port)
            .arg(m_pki.file(cert), extra, locations);
    };
    QString servers
        = QStringLiteral("    server {\n        listen 127.0.0.1:%1;\n%2    }\n").arg(m_http).arg(locations);
    servers += tlsServer(m_tls, QStringLiteral("server"), {});
    servers += tlsServer(m_self, QStringLiteral("self"), {});
    servers += tlsServer(m_named, QStringLiteral("named"), {});
    servers += tlsServer(m_mtls, QStringLiteral("server"),
        QStringLiteral("        ssl_client_certificate %1;\n        ssl_verify_client on;\n")
            .arg(m_pki.file(QStringLiteral("ca1.crt"))));

    m_nginx = std::make_unique<NginxServer>(m_dir.path());
    QVERIFY2(m_nginx->start(servers, { m_http, m_tls, m_self, m_named, m_mtls }, &error), qPrintable(error));
}

void TestHttpClient::cleanupTestCase()
{
    if (m_nginx)
        m_nginx->stop();
    m_nginx.reset();
    m_echo.reset();
    m_stream.reset();
    m_stall.reset();
}

void TestHttpClient::init()
{
    for (const char* name :
        { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        qunsetenv(name);
}

QUrl TestHttpClient::url(quint16 port, const QString& path, bool tls) const
{
    QUrl u;
    u.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    u.setPath(path);
    return u;
}

HttpRequest TestHttpClient::tlsRequest(quint16 port, const QString& path) const
{
    HttpRequest request;
    request.url = url(port, path, true);
    request.tls.caPem = m_pki.pem(QStringLiteral("ca1.crt"));
    return request;
}

void TestHttpClient::getReturnsBody()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(m_http, QStringLiteral("/hello"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QSignalSpy meta(reply.get(), &HttpReply::metaDataReceived);
    QSignalSpy finished(reply.get(), &HttpReply::finished);
    QVERIFY(!reply->isFinished()); // nothing is delivered from inside send()
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->body(), QByteArray("hello\n"));
    QCOMPARE(reply->header("content-type"), QByteArray("text/plain"));
    QCOMPARE(reply->header("CONTENT-LENGTH"), QByteArray("6"));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(meta.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(client.activeTransfers(), 0);
}

void TestHttpClient::largeBodyArrivesWhole()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(m_http, QStringLiteral("/big"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get(), 20000));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    const QByteArray body = reply->body();
    QCOMPARE(body.size(), m_bigSize);
    QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(), m_big.toHex());
    QCOMPARE(reply->body().size(), m_bigSize); // read twice: the same
}

void TestHttpClient::postSendsBody()
{
    HttpClient client;
    HttpRequest request;
    request.method = "POST";
    request.url = url(m_http, QStringLiteral("/echo"));
    request.headers = { { "Content-Type", "application/json" } };
    request.body = R"({"kind":"Namespace","name":"netloom"})";
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->body(), "POST " + QByteArray::number(request.body.size()) + '\n' + request.body);
}

void TestHttpClient::otherMethodsAreSent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray("{\"a\":1}") << QByteArray("PUT 7\n{\"a\":1}");
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray("[]") << QByteArray("PATCH 2\n[]");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << QByteArray("DELETE 0\n");
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << QByteArray() << QByteArray("OPTIONS 0\n");
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << QByteArray();
}

void TestHttpClient::otherMethodsAreSent()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    HttpClient client;
    HttpRequest request;
    request.method = method;
    request.body = body;
    request.url = url(m_http, QStringLiteral("/echo"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->body(), expected);
    if (method == "HEAD")
        QVERIFY(reply->header("content-length").toInt() > 0);
}

void TestHttpClient::bearerTokenIsSent()
{
    HttpClient client;
    HttpRequest request = tlsRequest(m_tls, QStringLiteral("/whoami"));
    request.bearerToken = "abc.def.ghi";
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QVERIFY2(reply->body().startsWith("Bearer abc.def.ghi|127.0.0.1:"), reply->body().constData());
}

void TestHttpClient::httpErrorStatusIsNotATransportError()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(m_http, QStringLiteral("/missing"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(!reply->error());
    QCOMPARE(reply->status(), 404);
    QCOMPARE(reply->body(), QByteArray("no such thing\n"));
    QCOMPARE(reply->attempts(), 1);
}

void TestHttpClient::invalidUrlFinishesWithError()
{
    HttpClient client;
    HttpRequest request;
    request.url = QUrl(QStringLiteral("ftp://127.0.0.1/file"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QSignalSpy finished(reply.get(), &HttpReply::finished);
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->error());
    QVERIFY2(reply->error()->message.contains(u"not a valid http or https URL"), qPrintable(reply->error()->message));
}

void TestHttpClient::customCaIsTrusted()
{
    HttpClient client;
    std::unique_ptr<HttpReply> reply(client.send(tlsRequest(m_tls, QStringLiteral("/hello"))));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->body(), QByteArray("hello\n"));
}

void TestHttpClient::selfSignedCertificateIsRejected()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(m_self, QStringLiteral("/hello"), true);
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    const QString message = reply->error()->message;
    QVERIFY2(message.startsWith(u"TLS certificate of 127.0.0.1 could not be verified: "), qPrintable(message));
    QVERIFY2(message.contains(u"self-signed", Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(reply->error()->detail.contains(u"curl error 60"), qPrintable(reply->error()->detail));
    QCOMPARE(reply->status(), 0);
    QCOMPARE(reply->attempts(), 1); // a certificate problem is not transient
}

void TestHttpClient::certificateOfAnotherCaIsRejected()
{
    HttpClient client;
    HttpRequest request = tlsRequest(m_tls, QStringLiteral("/hello"));
    request.tls.caPem = m_pki.pem(QStringLiteral("ca2.crt"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    QVERIFY2(reply->error()->message.startsWith(u"TLS certificate of 127.0.0.1 could not be verified"),
        qPrintable(reply->error()->toString()));
    QCOMPARE(reply->status(), 0);
}

void TestHttpClient::certificateForAnotherNameIsRejected()
{
    HttpClient client;
    std::unique_ptr<HttpReply> reply(client.send(tlsRequest(m_named, QStringLiteral("/hello"))));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    const QString message = reply->error()->message;
    QVERIFY2(message.startsWith(u"TLS certificate of 127.0.0.1 could not be verified"), qPrintable(message));
    QVERIFY2(message.contains(u"127.0.0.1'") || message.contains(u"name"), qPrintable(message));
}

void TestHttpClient::verifyPeerFalseAcceptsSelfSigned()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(m_self, QStringLiteral("/hello"), true);
    request.tls.verifyPeer = false;
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->body(), QByteArray("hello\n"));
}

void TestHttpClient::clientCertificateIsAccepted()
{
    HttpClient client;
    HttpRequest request = tlsRequest(m_mtls, QStringLiteral("/whoami"));
    request.tls.clientCertPem = m_pki.pem(QStringLiteral("client.crt"));
    request.tls.clientKeyPem = m_pki.pem(QStringLiteral("client.key"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    QVERIFY2(reply->body().endsWith("CN=netloom-test-user"), reply->body().constData());
}

void TestHttpClient::missingClientCertificateIsRefused()
{
    HttpClient client;
    std::unique_ptr<HttpReply> reply(client.send(tlsRequest(m_mtls, QStringLiteral("/whoami"))));
    QVERIFY(waitFinished(reply.get()));
    // nginx completes the handshake and answers 400 "No required SSL certificate was sent".
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 400);
    QVERIFY2(reply->body().contains("No required SSL certificate was sent"), reply->body().constData());
}

void TestHttpClient::serverNameOverride()
{
    HttpClient client;
    HttpRequest request = tlsRequest(m_named, QStringLiteral("/whoami"));
    request.tls.serverName = QStringLiteral("api.netloom.test");
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    // Host header keeps the URL's authority; SNI carries the override.
    QCOMPARE(reply->body(), "|127.0.0.1:" + QByteArray::number(m_named) + "|api.netloom.test|");
}

void TestHttpClient::streamingDeliversLinesInOrder()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(m_http, QStringLiteral("/stream"));
    request.streaming = true;
    std::unique_ptr<HttpReply> reply(client.send(request));
    QList<QByteArray> lines;
    QElapsedTimer timer;
    timer.start();
    qint64 firstLineAt = -1;
    bool metaFirst = false;
    connect(reply.get(), &HttpReply::metaDataReceived, this, [&] { metaFirst = lines.isEmpty(); });
    connect(reply.get(), &HttpReply::lineReceived, this, [&](const QByteArray& line) {
        if (lines.isEmpty())
            firstLineAt = timer.elapsed();
        lines << line;
    });
    QVERIFY(waitFinished(reply.get()));
    const qint64 finishedAt = timer.elapsed();
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QVERIFY(metaFirst);
    const QList<QByteArray> expected { "line 1", "line 2", "line 3", "", "last line without newline" };
    QCOMPARE(lines, expected);
    QVERIFY(reply->body().isEmpty());
    // Delivered as it came, not at the end: the upstream pauses 350 ms after the first line.
    QVERIFY2(finishedAt - firstLineAt >= 250,
        qPrintable(QStringLiteral("first line at %1 ms, finished at %2 ms").arg(firstLineAt).arg(finishedAt)));
}

void TestHttpClient::stalledServerHitsIdleTimeout()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(m_http, QStringLiteral("/stall"));
    request.idleTimeout = 500ms;
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(20);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get(), 5000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(reply->error());
    QVERIFY2(reply->error()->message.contains(u"No data received from 127.0.0.1:")
            && reply->error()->message.contains(u"for 0.5 s"),
        qPrintable(reply->error()->message));
    QVERIFY2(elapsed >= 450 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("the event loop turned only %1 times").arg(ticks)));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(client.activeTransfers(), 0);
}

void TestHttpClient::resetMidBodyRetriesGet()
{
    ScriptedServer server(resetHandler);
    HttpClient client;
    HttpRequest request;
    request.url = url(server.port(), QStringLiteral("/data"));
    request.retry.baseDelay = 20ms;
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    QVERIFY2(reply->error()->message.contains(u"reset after 100 bytes"), qPrintable(reply->error()->toString()));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(server.connections(), 3);
}

void TestHttpClient::resetMidBodyDoesNotRetryPost()
{
    ScriptedServer server(resetHandler);
    HttpClient client;
    HttpRequest request;
    request.method = "POST";
    request.body = "{}";
    request.url = url(server.port(), QStringLiteral("/data"));
    request.retry.baseDelay = 20ms;
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    QVERIFY2(reply->error()->message.contains(u"reset"), qPrintable(reply->error()->toString()));
    QCOMPARE(reply->attempts(), 1);
    QTest::qWait(100); // a retry would have connected by now
    QCOMPARE(server.connections(), 1);
}

void TestHttpClient::resetAfterStreamedLineIsNotRetried()
{
    ScriptedServer server(resetAfterLineHandler);
    HttpClient client;
    HttpRequest request;
    request.url = url(server.port(), QStringLiteral("/watch"));
    request.streaming = true;
    request.retry.baseDelay = 20ms;
    std::unique_ptr<HttpReply> reply(client.send(request));
    QList<QByteArray> lines;
    connect(reply.get(), &HttpReply::lineReceived, this, [&](const QByteArray& line) { lines << line; });
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    QCOMPARE(lines, QList<QByteArray> { "only line" });
    QCOMPARE(reply->attempts(), 1);
    QTest::qWait(100);
    QCOMPARE(server.connections(), 1);
}

void TestHttpClient::connectRefusedRetriesGetWithBackoff()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(ScriptedServer::freePort(), QStringLiteral("/"));
    request.retry = RetryPolicy { 4, 100ms, 1000ms };
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(reply->error());
    QVERIFY2(
        reply->error()->message.startsWith(u"Connection refused by 127.0.0.1:"), qPrintable(reply->error()->message));
    QVERIFY2(reply->error()->detail.contains(u"curl error 7"), qPrintable(reply->error()->detail));
    QCOMPARE(reply->attempts(), 4);
    // Equal jitter: three delays of 50-100, 100-200 and 200-400 ms.
    QVERIFY2(elapsed >= 350, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed <= 700 + 500, qPrintable(QString::number(elapsed)));
    QCOMPARE(client.activeTransfers(), 0);
}

void TestHttpClient::connectRefusedDoesNotRetryPost()
{
    HttpClient client;
    HttpRequest request;
    request.method = "POST";
    request.url = url(ScriptedServer::freePort(), QStringLiteral("/"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    QVERIFY2(reply->error()->message.contains(u"refused"), qPrintable(reply->error()->message));
    QCOMPARE(reply->attempts(), 1);
}

void TestHttpClient::serviceUnavailableRetriedAfterRetryAfter()
{
    std::atomic<int> served { 0 };
    ScriptedServer server([&](ScriptedConnection& c) {
        // Keep-alive: the retry may come on the same connection.
        for (QByteArray head = c.readRequest(); !head.isEmpty(); head = c.readRequest()) {
            if (served++ == 0)
                c.write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 4\r\n\r\nbusy");
            else
                c.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        }
    });
    HttpClient client;
    HttpRequest request;
    request.url = url(server.port(), QStringLiteral("/api"));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<HttpReply> reply(client.send(request));
    QSignalSpy meta(reply.get(), &HttpReply::metaDataReceived);
    QVERIFY(waitFinished(reply.get()));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->body(), QByteArray("ok"));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(meta.count(), 1); // the 503 was never shown to the caller
    QCOMPARE(served.load(), 2);
    QVERIFY2(elapsed >= 950 && elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestHttpClient::retryAfterBeyondMaxDelayIsDelivered()
{
    ScriptedServer server([](ScriptedConnection& c) {
        if (c.readRequest().isEmpty())
            return;
        c.write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\nContent-Length: 4\r\n\r\nslow");
        c.waitForPeerClose(3000);
    });
    HttpClient client;
    HttpRequest request;
    request.url = url(server.port(), QStringLiteral("/api"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get(), 3000));
    QVERIFY(!reply->error());
    QCOMPARE(reply->status(), 429);
    QCOMPARE(reply->header("retry-after"), QByteArray("120"));
    QCOMPARE(reply->body(), QByteArray("slow"));
    QCOMPARE(reply->attempts(), 1);
}

void TestHttpClient::cancelMidStream()
{
    const int closesBefore = peerCloses.load();
    HttpClient client;
    HttpRequest request;
    request.url = url(m_stream->port(), QStringLiteral("/hold"));
    request.streaming = true;
    std::unique_ptr<HttpReply> reply(client.send(request));
    QSignalSpy finished(reply.get(), &HttpReply::finished);
    QList<QByteArray> lines;
    connect(reply.get(), &HttpReply::lineReceived, this, [&](const QByteArray& line) {
        lines << line;
        reply->cancel();
        reply->cancel(); // harmless
    });
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(lines, QList<QByteArray> { "first" });
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->message, QStringLiteral("The request was cancelled."));
    QCOMPARE(client.activeTransfers(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(peerCloses.load() == closesBefore + 1, 5000); // the connection really went away
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestHttpClient::deleteReplyMidStream()
{
    const int closesBefore = peerCloses.load();
    HttpClient client;
    HttpRequest request;
    request.url = url(m_stream->port(), QStringLiteral("/hold"));
    request.streaming = true;
    QPointer<HttpReply> reply = client.send(request);
    int finishedCount = 0;
    connect(reply, &HttpReply::finished, this, [&] { ++finishedCount; });
    connect(reply, &HttpReply::lineReceived, this, [&] { delete reply.data(); });
    QTRY_VERIFY_WITH_TIMEOUT(reply.isNull(), 5000);
    QCOMPARE(client.activeTransfers(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(peerCloses.load() == closesBefore + 1, 5000);
    QCOMPARE(finishedCount, 0);

    // The client carries on.
    HttpRequest next;
    next.url = url(m_http, QStringLiteral("/hello"));
    std::unique_ptr<HttpReply> after(client.send(next));
    QVERIFY(waitFinished(after.get()));
    QCOMPARE(after->status(), 200);
}

void TestHttpClient::cancelDuringBackoff()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(ScriptedServer::freePort(), QStringLiteral("/"));
    request.retry = RetryPolicy { 5, 2000ms, 2000ms };
    std::unique_ptr<HttpReply> reply(client.send(request));
    QSignalSpy finished(reply.get(), &HttpReply::finished);
    // The first attempt is refused at once; the reply then waits for its retry.
    QTRY_VERIFY_WITH_TIMEOUT(reply->attempts() == 1 && client.activeTransfers() == 1, 2000);
    QTest::qWait(50);
    reply->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->isFinished());
    QCOMPARE(client.activeTransfers(), 0);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->attempts(), 1);
}

void TestHttpClient::destroyingClientFinishesReplies()
{
    auto client = std::make_unique<HttpClient>();
    HttpRequest request;
    request.url = url(m_http, QStringLiteral("/stall"));
    std::unique_ptr<HttpReply> reply(client->send(request));
    QSignalSpy finished(reply.get(), &HttpReply::finished);
    QTest::qWait(100);
    client.reset();
    QVERIFY(waitFinished(reply.get(), 2000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->message, QStringLiteral("The request was cancelled."));
    reply->cancel(); // no client any more: harmless
}

void TestHttpClient::hundredParallelRequests()
{
    HttpClient client;
    std::vector<std::unique_ptr<HttpReply>> replies;
    int finished = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i) {
        HttpRequest request;
        request.url = url(i % 2 ? m_http : m_tls, QStringLiteral("/hello"), i % 2 == 0);
        request.tls.caPem = m_pki.pem(QStringLiteral("ca1.crt"));
        replies.emplace_back(client.send(request));
        connect(replies.back().get(), &HttpReply::finished, this, [&] {
            QCOMPARE(QThread::currentThread(), thread());
            ++finished;
        });
    }
    QCOMPARE(client.activeTransfers(), 100);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 100, 20000);
    const qint64 elapsed = timer.elapsed();
    for (const auto& reply : replies) {
        QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(reply->body(), QByteArray("hello\n"));
    }
    QCOMPARE(client.activeTransfers(), 0);
    qInfo("100 parallel requests (50 http, 50 https) completed in %lld ms", elapsed);
}

void TestHttpClient::httpsProxyFromEnvironment()
{
    ProxyLog log;
    ScriptedServer proxy([&](ScriptedConnection& c) { connectProxyHandler(c, log); });
    qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    HttpClient client;
    std::unique_ptr<HttpReply> reply(client.send(tlsRequest(m_tls, QStringLiteral("/hello"))));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->body(), QByteArray("hello\n"));
    const std::lock_guard lock(log.mutex);
    QCOMPARE(log.requestLines, QList<QByteArray> { "CONNECT 127.0.0.1:" + QByteArray::number(m_tls) + " HTTP/1.1" });
}

void TestHttpClient::noProxyBypassesProxy()
{
    ProxyLog log;
    ScriptedServer proxy([&](ScriptedConnection& c) { connectProxyHandler(c, log); });
    qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    qputenv("NO_PROXY", "localhost,127.0.0.1");
    HttpClient client;
    std::unique_ptr<HttpReply> reply(client.send(tlsRequest(m_tls, QStringLiteral("/hello"))));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY2(!reply->error(), qPrintable(describe(*reply)));
    QCOMPARE(reply->body(), QByteArray("hello\n"));
    QCOMPARE(proxy.connections(), 0);
}

void TestHttpClient::explicitProxyIsPerRequest()
{
    ProxyLog log;
    ScriptedServer proxy([&](ScriptedConnection& c) { connectProxyHandler(c, log); });
    const QUrl proxyUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    // NO_PROXY lists the host: an explicit proxy still applies (kubectl's proxy-url), the
    // environment's does not.
    qputenv("NO_PROXY", "127.0.0.1");
    HttpClient client;
    HttpRequest proxied = tlsRequest(m_tls, QStringLiteral("/hello"));
    proxied.proxy = proxyUrl;
    HttpRequest plain = tlsRequest(m_tls, QStringLiteral("/hello"));
    std::unique_ptr<HttpReply> a(client.send(proxied));
    std::unique_ptr<HttpReply> b(client.send(plain));
    QVERIFY(waitFinished(a.get()) && waitFinished(b.get()));
    QVERIFY2(!a->error(), qPrintable(describe(*a)));
    QVERIFY2(!b->error(), qPrintable(describe(*b)));
    QCOMPARE(a->body(), QByteArray("hello\n"));
    QCOMPARE(b->body(), QByteArray("hello\n"));
    {
        const std::lock_guard lock(log.mutex);
        QCOMPARE(
            log.requestLines, QList<QByteArray> { "CONNECT 127.0.0.1:" + QByteArray::number(m_tls) + " HTTP/1.1" });
    }

    // An empty proxy URL is direct, whatever the environment says.
    qunsetenv("NO_PROXY");
    qputenv("HTTPS_PROXY", proxyUrl.toEncoded());
    HttpRequest direct = tlsRequest(m_tls, QStringLiteral("/hello"));
    direct.proxy = QUrl();
    std::unique_ptr<HttpReply> c(client.send(direct));
    QVERIFY(waitFinished(c.get()));
    QVERIFY2(!c->error(), qPrintable(describe(*c)));
    QCOMPARE(proxy.connections(), 1);
}

void TestHttpClient::invalidProxyFails()
{
    HttpClient client;
    HttpRequest request = tlsRequest(m_tls, QStringLiteral("/hello"));
    request.proxy = QUrl(QStringLiteral("ftp://user:proxy-secret@127.0.0.1:1"));
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->error());
    QVERIFY2(reply->error()->message.contains(u"not a valid http, https or socks5 URL"), qPrintable(describe(*reply)));
    QVERIFY(!reply->error()->toString().contains(u"proxy-secret"));
}

void TestHttpClient::endlessBodyHitsTheLimit()
{
    ScriptedServer endless(endlessHandler);
    HttpClient client;
    HttpRequest request;
    request.url = url(endless.port(), QStringLiteral("/api/v1/namespaces"));
    request.url.setQuery(QStringLiteral("limit=500"));
    request.maxBodyBytes = 1024 * 1024;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<HttpReply> reply(client.send(request));
    QVERIFY(waitFinished(reply.get(), 20000));
    QVERIFY2(reply->error(), qPrintable(describe(*reply)));
    const QString message = reply->error()->message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(endless.port())), qPrintable(message));
    QVERIFY2(message.contains(u"GET /api/v1/namespaces"), qPrintable(message));
    QVERIFY2(message.contains(u"limit of 1 MiB"), qPrintable(message));
    QVERIFY(reply->body().size() <= request.maxBodyBytes);
    QCOMPARE(reply->attempts(), 1); // the same request would get the same answer
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestHttpClient::endlessLineHitsTheLimit()
{
    ScriptedServer endless(endlessHandler);
    HttpClient client;
    HttpRequest request;
    request.url = url(endless.port(), QStringLiteral("/watch"));
    request.streaming = true;
    request.maxBodyBytes = 256 * 1024;
    std::unique_ptr<HttpReply> reply(client.send(request));
    QSignalSpy lines(reply.get(), &HttpReply::lineReceived);
    QVERIFY(waitFinished(reply.get(), 20000));
    QVERIFY2(reply->error(), qPrintable(describe(*reply)));
    QVERIFY2(reply->error()->message.contains(u"line longer than the limit of 0.25 MiB"), qPrintable(describe(*reply)));
    QCOMPARE(lines.count(), 0);
}

void TestHttpClient::longStreamOfShortLinesIsFine()
{
    // The line limit is per line: a stream far longer than it, in short lines, goes on.
    ScriptedServer endless(endlessHandler);
    HttpClient client;
    HttpRequest request;
    request.url = url(endless.port(), QStringLiteral("/lines"));
    request.streaming = true;
    request.maxBodyBytes = 64 * 1024;
    std::unique_ptr<HttpReply> reply(client.send(request));
    qint64 received = 0;
    connect(reply.get(), &HttpReply::lineReceived, this, [&](const QByteArray& line) { received += line.size() + 1; });
    QTRY_VERIFY_WITH_TIMEOUT(received > 4 * request.maxBodyBytes || reply->isFinished(), 20000);
    QVERIFY2(!reply->isFinished(), qPrintable(describe(*reply)));
    reply->cancel();
}

void TestHttpClient::logsNeverContainSecrets()
{
    const QByteArray token = "nl-bearer-7f3a9c2e51";
    const QByteArray queryToken = "qs-secret-4411";
    const QByteArray cookie = "cookie-secret-9931";
    const QByteArray keyPem = m_pki.pem(QStringLiteral("client.key"));
    QVERIFY(keyPem.contains("PRIVATE KEY"));

    {
        const QMutexLocker lock(&logMutex);
        capturedLog.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("netloom.net.debug=true\nnetloom.net.info=true"));
    previousHandler = qInstallMessageHandler(captureMessage);

    HttpClient client;
    HttpRequest request = tlsRequest(m_mtls, QStringLiteral("/whoami"));
    QUrl u = request.url;
    u.setUserInfo(QStringLiteral("admin:hunter2-pass"));
    u.setQuery(QStringLiteral("watch=1&access_token=") + QString::fromLatin1(queryToken));
    request.url = u;
    request.bearerToken = token;
    request.headers = { { "Cookie", "session=" + cookie }, { "Accept", "application/json" } };
    request.tls.clientCertPem = m_pki.pem(QStringLiteral("client.crt"));
    request.tls.clientKeyPem = keyPem;
    std::unique_ptr<HttpReply> ok(client.send(request));
    QVERIFY(waitFinished(ok.get()));

    HttpRequest failing = request; // refused, retried: error lines too
    failing.url.setPort(ScriptedServer::freePort());
    failing.retry.baseDelay = 10ms;
    std::unique_ptr<HttpReply> refused(client.send(failing));
    QVERIFY(waitFinished(refused.get()));

    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QCOMPARE(ok->status(), 200);
    QVERIFY(refused->error());
    QStringList log;
    {
        const QMutexLocker lock(&logMutex);
        log = capturedLog;
    }
    const QString all = log.join(u'\n');
    QVERIFY2(log.size() >= 4, qPrintable(all));
    QVERIFY2(all.contains(u"netloom.net GET https://127.0.0.1:"), qPrintable(all));
    QVERIFY2(all.contains(u"access_token=REDACTED"), qPrintable(all));
    QVERIFY2(all.contains(u"Authorization: <redacted>") && all.contains(u"Cookie: <redacted>"), qPrintable(all));
    QVERIFY2(all.contains(u"-> 200"), qPrintable(all));

    QStringList secrets { QString::fromLatin1(token), QString::fromLatin1(queryToken), QString::fromLatin1(cookie),
        QStringLiteral("hunter2-pass") };
    for (const QByteArray& line : keyPem.split('\n')) {
        if (line.size() > 16 && !line.startsWith("-----"))
            secrets << QString::fromLatin1(line);
    }
    QVERIFY(secrets.size() >= 5);
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("secret %1 logged").arg(secret)));
        QVERIFY(!refused->error()->toString().contains(secret));
    }
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
