// Bearer-token authentication: every API path needs the token; health and /version do not.
#include "tests/lab/LabFixture.h"

#include <QtTest>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

class TestAuth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutTokenIs401Status_data();
    void withoutTokenIs401Status();
    void wrongTokenIs401();
    void rightTokenIsServed();
    void healthAndVersionAreOpen();
    void dropWatchesHookNeedsTheToken();

private:
    std::unique_ptr<LabFixture> m_lab;
};

void TestAuth::initTestCase()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(LabFixture::Seed::System), qPrintable(m_lab->error()));
}

void TestAuth::cleanupTestCase()
{
    m_lab.reset();
}

void TestAuth::withoutTokenIs401Status_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("list") << QByteArray("GET") << QByteArray("/api/v1/namespaces");
    QTest::newRow("watch") << QByteArray("GET") << QByteArray("/api/v1/namespaces?watch=true");
    QTest::newRow("discovery") << QByteArray("GET") << QByteArray("/apis");
    QTest::newRow("openapi") << QByteArray("GET") << QByteArray("/openapi/v3");
    QTest::newRow("create") << QByteArray("POST") << QByteArray("/api/v1/namespaces");
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/nothing/here");
}

void TestAuth::withoutTokenIs401Status()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRequest(
        method, target, method == "POST" ? QByteArray(R"({"metadata":{"name":"sneaky"}})") : QByteArray(), {}, false);
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 401);
    const QJsonObject status = response->json();
    QCOMPARE(status.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(status.value(QStringLiteral("code")).toInt(), 401);
    QCOMPARE(status.value(QStringLiteral("message")).toString(), QStringLiteral("Unauthorized"));
}

void TestAuth::wrongTokenIs401()
{
    auto client = m_lab->connect(QStringLiteral("not-the-token"));
    QVERIFY(client);
    const auto response = client->request("GET", "/api/v1/namespaces");
    QVERIFY(response);
    QCOMPARE(response->status, 401);
    auto basic = m_lab->connect();
    basic->sendRequest("GET", "/api/v1/namespaces", {}, { { "Authorization", "Basic YWRtaW46YWRtaW4=" } }, false);
    const auto basicResponse = basic->waitForResponse();
    QVERIFY(basicResponse);
    QCOMPARE(basicResponse->status, 401);
}

void TestAuth::rightTokenIsServed()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    const auto response = client->request("GET", "/api/v1/namespaces");
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestAuth::healthAndVersionAreOpen()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    client->sendRequest("GET", "/healthz", {}, {}, false);
    const auto health = client->waitForResponse();
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    client->sendRequest("GET", "/version", {}, {}, false);
    const auto version = client->waitForResponse();
    QVERIFY(version);
    QCOMPARE(version->status, 200);
    QVERIFY(version->json().value(QStringLiteral("gitVersion")).toString().startsWith(QStringLiteral("v1.32.")));
}

void TestAuth::dropWatchesHookNeedsTheToken()
{
    auto client = m_lab->connect();
    client->sendRequest("POST", "/lab/v1/drop-watches", {}, {}, false);
    const auto response = client->waitForResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 401);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
