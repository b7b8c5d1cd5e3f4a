// Protocol-level tests of the lab's HTTP/1.1 server (HttpServer + HttpConnection) over TLS.
#include "tests/lab/LabFixture.h"

#include "app/lab/kube/ResourceCatalog.h"

#include <QtTest>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

class TestHttpProtocol final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepAliveServesManyRequestsOnOneConnection();
    void pipelinedRequestsAreAnsweredInOrder();
    void connectionCloseIsHonoured();
    void chunkedStreamIsWellFramed();
    void malformedRequestLineIs400();
    void malformedHeaderIs400();
    void invalidContentLengthIs400();
    void oversizedBodyIs413();
    void oversizedHeaderIs431();
    void requestBodySplitAcrossWritesIsAssembled();
    void unknownPathIsKubernetesNotFound();
    void plainHttpOnTheTlsPortIsRefused();
    void bareLfLineEndsAreAccepted();
    void differentContentLengthsAre400AndClose();
    void identicalContentLengthsAreOneValue();
    void contentLengthWithTransferEncodingIs400AndClose();
    void unparseableRequestsGet400AndClose_data();
    void unparseableRequestsGet400AndClose();
    void slowHeadGets408AndClose();
    void headDeadlineStartsWithTheFirstByte();
    void emptyLinesAfterARequestDoNotStartTheDeadline();

private:
    QByteArray token() const { return m_lab->server().token().toUtf8(); }

    std::unique_ptr<LabFixture> m_lab;
    HttpLimits m_limits;
};

void TestHttpProtocol::init()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(LabFixture::Seed::System), qPrintable(m_lab->error()));
    m_limits = HttpLimits();
    m_limits.maxHeaderBytes = 8 * 1024;
    m_limits.maxBodyBytes = 64 * 1024;
    m_lab->server().setLimits(m_limits);
}

void TestHttpProtocol::cleanup()
{
    m_lab.reset();
}

void TestHttpProtocol::keepAliveServesManyRequestsOnOneConnection()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    for (int i = 0; i < 20; ++i) {
        const auto response = client->request("GET", i % 2 ? "/api/v1/namespaces" : "/version");
        QVERIFY2(response, qPrintable(QStringLiteral("request %1 got no answer").arg(i)));
        QCOMPARE(response->status, 200);
        QVERIFY(!response->header("content-length").isEmpty());
        QVERIFY(response->header("connection") != "close");
    }
    QVERIFY(client->isConnected());
}

void TestHttpProtocol::pipelinedRequestsAreAnsweredInOrder()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRequest("GET", "/api/v1/namespaces/default");
    client->sendRequest("GET", "/api/v1/namespaces/does-not-exist");
    client->sendRequest("GET", "/api/v1/namespaces/kube-system");
    const auto first = client->waitForResponse();
    const auto second = client->waitForResponse();
    const auto third = client->waitForResponse();
    QVERIFY(first && second && third);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("default"));
    QCOMPARE(second->status, 404);
    QCOMPARE(third->json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("kube-system"));
}

void TestHttpProtocol::connectionCloseIsHonoured()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    const auto response = client->request("GET", "/version", {}, { { "Connection", "close" } });
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QVERIFY(client->waitForDisconnected());
}

void TestHttpProtocol::chunkedStreamIsWellFramed()
{
    m_lab->server().setBookmarkIntervalMs(50);
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRequest("GET", "/api/v1/namespaces?watch=true&allowWatchBookmarks=true&timeoutSeconds=1");
    const auto head = client->waitForStreamHead();
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->chunked);
    QVERIFY(head->header("content-length").isEmpty());
    // The initial ADDED events, bookmarks, then the zero-length chunk when timeoutSeconds ends.
    QVERIFY(client->waitForStreamEnd(5000));
    const QList<QJsonObject> events = client->takeEvents();
    QVERIFY(events.size() >= 4);
    // The connection stays usable after the stream.
    const auto after = client->request("GET", "/version");
    QVERIFY(after);
    QCOMPARE(after->status, 200);
}

void TestHttpProtocol::malformedRequestLineIs400()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw("THIS IS NOT HTTP\r\n\r\n");
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(client->waitForDisconnected());
}

void TestHttpProtocol::malformedHeaderIs400()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw("GET /version HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n");
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
}

void TestHttpProtocol::invalidContentLengthIs400()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw("POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n");
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
}

void TestHttpProtocol::oversizedBodyIs413()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    // Announced too large: refused before the body is read.
    client->sendRaw("POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QVERIFY(client->waitForDisconnected());
}

void TestHttpProtocol::oversizedHeaderIs431()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw("GET /version HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n");
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QVERIFY(client->waitForDisconnected());
}

void TestHttpProtocol::requestBodySplitAcrossWritesIsAssembled()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    const QByteArray body = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"split-body"}})";
    client->sendRaw("POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + m_lab->server().token().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(10));
    QTest::qWait(50);
    client->sendRaw(body.mid(10));
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 201);
}

void TestHttpProtocol::unknownPathIsKubernetesNotFound()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    const auto response = client->request("GET", "/apis/example.com/v1/widgets");
    QVERIFY(response);
    QCOMPARE(response->status, 404);
    QCOMPARE(response->json().value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(response->json().value(QStringLiteral("reason")).toString(), QStringLiteral("NotFound"));
}

void TestHttpProtocol::plainHttpOnTheTlsPortIsRefused()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_lab->port());
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 5000);
    socket.write("GET /version HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(!socket.readAll().contains("HTTP/1.1 200"));
}

void TestHttpProtocol::bareLfLineEndsAreAccepted()
{
    // RFC 9112 2.2 lets a recipient take a bare LF as a line end; Go's server (the real API server) does.
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw("GET /version HTTP/1.1\nHost: x\n\n");
    const auto lfOnly = client->waitForResponse();
    QVERIFY2(lfOnly, "no answer to a request with LF line ends");
    QCOMPARE(lfOnly->status, 200);
    // Mixed line ends, and a body right after the head: the body starts exactly after the empty line.
    const QByteArray body = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"lf-only"}})";
    client->sendRaw("POST /api/v1/namespaces HTTP/1.1\r\nHost: x\nAuthorization: Bearer " + token()
        + "\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\n\r\n" + body
        + "GET /version HTTP/1.1\nHost: x\n\n");
    const auto created = client->waitForResponse();
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const auto pipelined = client->waitForResponse();
    QVERIFY(pipelined);
    QCOMPARE(pipelined->status, 200);
    QVERIFY(client->isConnected());
}

void TestHttpProtocol::differentContentLengthsAre400AndClose()
{
    // The smuggling shape: the first length frames a short body, the rest would be read as a request.
    const QByteArray smuggled
        = "GET /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token() + "\r\n\r\n";
    const QByteArray body = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"smuggled"}})";
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw("POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nContent-Length: " + QByteArray::number(body.size() + smuggled.size()) + "\r\n\r\n" + body + smuggled);
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QVERIFY(client->waitForDisconnected());
    QVERIFY(!client->waitForResponse(200));
    QVERIFY(!m_lab->server().store().contains(
        *ResourceCatalog::instance().namespaces(), QString(), QStringLiteral("smuggled")));
}

void TestHttpProtocol::identicalContentLengthsAreOneValue()
{
    // RFC 9110 8.6: repeated identical values may be read as one (Go's server does).
    const QByteArray body = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"twice"}})";
    auto client = m_lab->connect();
    QVERIFY(client);
    const QByteArray length = QByteArray::number(body.size());
    client->sendRaw("POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\nContent-Length: " + length
        + "\r\n\r\n" + body);
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 201);
}

void TestHttpProtocol::contentLengthWithTransferEncodingIs400AndClose()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw("POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: "
                    "chunked\r\n\r\n0\r\n\r\n");
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(client->waitForDisconnected());
}

void TestHttpProtocol::unparseableRequestsGet400AndClose_data()
{
    QTest::addColumn<QByteArray>("head");
    const QByteArray post = "POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("negative Content-Length") << post + "Content-Length: -1\r\n\r\n";
    QTest::newRow("signed Content-Length") << post + "Content-Length: +5\r\n\r\n";
    QTest::newRow("list Content-Length") << post + "Content-Length: 5, 6\r\n\r\n";
    QTest::newRow("hex Content-Length") << post + "Content-Length: 0x10\r\n\r\n";
    QTest::newRow("empty Content-Length") << post + "Content-Length:\r\n\r\n";
    QTest::newRow("overflowing Content-Length") << post + "Content-Length: 99999999999999999999999\r\n\r\n";
    QTest::newRow("bare CR in a header") << QByteArray("GET /version HTTP/1.1\r\nHost: x\rX-Evil: 1\r\n\r\n");
    QTest::newRow("bare CR in the request line") << QByteArray("GET /version\rHTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("NUL in a header") << QByteArray("GET /version HTTP/1.1\r\nHost: x\r\nX-A: a") + '\0' + "b\r\n\r\n";
    QTest::newRow("control character in a header")
        << QByteArray("GET /version HTTP/1.1\r\nHost: x\r\nX-A: \x1b[2J\r\n\r\n");
    QTest::newRow("control character in the target") << QByteArray("GET /ver\x01sion HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("space before the colon") << QByteArray("GET /version HTTP/1.1\r\nHost : x\r\n\r\n");
    QTest::newRow("obsolete line folding") << QByteArray("GET /version HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n");
    QTest::newRow("two spaces in the request line") << QByteArray("GET  /version HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("lower-case version") << QByteArray("GET /version http/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /version\n\n");
}

void TestHttpProtocol::unparseableRequestsGet400AndClose()
{
    QFETCH(QByteArray, head);
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRaw(head);
    const auto response = client->waitForResponse();
    QVERIFY2(response, "no answer");
    QCOMPARE(response->status, 400);
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QVERIFY(client->waitForDisconnected());
}

void TestHttpProtocol::slowHeadGets408AndClose()
{
    HttpLimits limits = m_limits;
    limits.headerTimeoutMs = 400;
    m_lab->server().setLimits(limits);
    auto client = m_lab->connect();
    QVERIFY(client);
    // A slowloris: one header line every 100 ms, each of which used to restart the idle timer.
    client->sendRaw("GET /version HTTP/1.1\r\n");
    QElapsedTimer clock;
    clock.start();
    std::optional<HttpResponse> response;
    for (int line = 0; line < 40 && !response && client->isConnected(); ++line) {
        client->sendRaw("X-Slow-" + QByteArray::number(line) + ": 1\r\n");
        response = client->waitForResponse(100);
    }
    if (!response)
        response = client->waitForResponse(1000);
    QVERIFY2(response, "the slow head got no answer");
    QCOMPARE(response->status, 408);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(client->waitForDisconnected());
}

void TestHttpProtocol::headDeadlineStartsWithTheFirstByte()
{
    HttpLimits limits = m_limits;
    limits.headerTimeoutMs = 200;
    m_lab->server().setLimits(limits);
    auto client = m_lab->connect();
    QVERIFY(client);
    // Idle keep-alive time before a request is not head time (the idle timeout covers it).
    QTest::qWait(500);
    QVERIFY(client->isConnected());
    const auto first = client->request("GET", "/version");
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QTest::qWait(500);
    const auto second = client->request("GET", "/version");
    QVERIFY(second);
    QCOMPARE(second->status, 200);
}

void TestHttpProtocol::emptyLinesAfterARequestDoNotStartTheDeadline()
{
    HttpLimits limits = m_limits;
    limits.headerTimeoutMs = 200;
    m_lab->server().setLimits(limits);
    auto client = m_lab->connect();
    QVERIFY(client);
    // Some clients send a CRLF after a request; it is skipped (RFC 9112 2.2) and starts no head.
    client->sendRaw("GET /version HTTP/1.1\r\nHost: x\r\n\r\n\r\n");
    const auto first = client->waitForResponse();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QVERIFY(!client->waitForResponse(600));
    QVERIFY(client->isConnected());
    const auto second = client->request("GET", "/version");
    QVERIFY(second);
    QCOMPARE(second->status, 200);
}

QTEST_GUILESS_MAIN(TestHttpProtocol)
#include "tst_httpprotocol.moc"
