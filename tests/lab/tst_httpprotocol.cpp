// Protocol-level tests of the lab's HTTP/1.1 server (HttpServer + HttpConnection) over TLS.
#include "tests/lab/LabFixture.h"

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

private:
    std::unique_ptr<LabFixture> m_lab;
};

void TestHttpProtocol::init()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(LabFixture::Seed::System), qPrintable(m_lab->error()));
    HttpLimits limits;
    limits.maxHeaderBytes = 8 * 1024;
    limits.maxBodyBytes = 64 * 1024;
    m_lab->server().setLimits(limits);
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

QTEST_GUILESS_MAIN(TestHttpProtocol)
#include "tst_httpprotocol.moc"
