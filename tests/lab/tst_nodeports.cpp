// Service node ports in the lab, as the API server's allocator handles them (NodePortAllocator in
// ApiServer's admission): requested ones checked and reserved, missing ones allocated, kept on
// update, released on delete and on a change to ClusterIP, rebuilt after a state reload.
#include "tests/lab/LabFixture.h"

#include "app/lab/kube/ResourceCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

QByteArray nodePortService(const QByteArray& name, const QByteArray& ports, const QByteArray& type = "NodePort")
{
    return R"({"apiVersion":"v1","kind":"Service","metadata":{"name":")" + name + R"("},"spec":{"type":")" + type
        + R"(","selector":{"app":")" + name + R"("},"ports":)" + ports + "}}";
}

QByteArray httpPort(int nodePort = 0)
{
    return nodePort ? R"([{"name":"http","port":80,"targetPort":8080,"nodePort":)" + QByteArray::number(nodePort) + "}]"
                    : QByteArray(R"([{"name":"http","port":80,"targetPort":8080}])");
}

QList<int> nodePortsOf(const QJsonObject& service)
{
    QList<int> result;
    for (const QJsonValue& port :
        service.value(QStringLiteral("spec")).toObject().value(QStringLiteral("ports")).toArray())
        result.append(port.toObject().value(QStringLiteral("nodePort")).toInt());
    return result;
}

const ResourceKind& services()
{
    return *ResourceCatalog::instance().find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
}

} // namespace

class TestNodePorts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestedNodePortIsReservedWithTheRealMessage();
    void nodePortOutsideTheRangeIsInvalid();
    void nodePortOnClusterIpIsForbidden();
    void dryRunAndFailedCreatesReserveNothing();
    void portsWithTheSamePortNumberShareANodePort();
    void loadBalancerWithoutNodePortsAllocatesNone();
    void nodePortAllocatedOnUpdateIsRecorded();
    void resubmittedServiceKeepsItsNodePorts();
    void changeToClusterIpDropsAndReleasesNodePorts();
    void deleteReleasesNodePorts();
    void nodePortsSurviveAStateReload();

private:
    std::optional<HttpResponse> create(const QByteArray& body, const QByteArray& query = {});

    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<TestHttpClient> m_client;
};

void TestNodePorts::init()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(LabFixture::Seed::System), qPrintable(m_lab->error()));
    m_client = m_lab->connect();
    QVERIFY(m_client);
}

void TestNodePorts::cleanup()
{
    m_client.reset();
    m_lab.reset();
}

std::optional<HttpResponse> TestNodePorts::create(const QByteArray& body, const QByteArray& query)
{
    return m_client->request("POST", "/api/v1/namespaces/default/services" + query, body);
}

void TestNodePorts::requestedNodePortIsReservedWithTheRealMessage()
{
    const auto first = create(nodePortService("first", httpPort(30080)));
    QVERIFY(first);
    QCOMPARE(first->status, 201);
    QCOMPARE(nodePortsOf(first->json()), QList<int> { 30080 });

    const auto second = create(nodePortService("second", httpPort(30080)));
    QVERIFY(second);
    QCOMPARE(second->status, 422);
    const QJsonObject status = second->json();
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("Invalid"));
    QCOMPARE(status.value(QStringLiteral("message")).toString(),
        QStringLiteral("Service \"second\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is "
                       "already allocated"));
    const QJsonObject cause
        = status.value(QStringLiteral("details")).toObject().value(QStringLiteral("causes")).toArray().at(0).toObject();
    QCOMPARE(cause.value(QStringLiteral("field")).toString(), QStringLiteral("spec.ports[0].nodePort"));
    QCOMPARE(cause.value(QStringLiteral("reason")).toString(), QStringLiteral("FieldValueInvalid"));
    QVERIFY(!m_lab->server().store().contains(services(), QStringLiteral("default"), QStringLiteral("second")));

    // A port the allocator handed out is just as taken.
    const auto allocated = create(nodePortService("allocated", httpPort()));
    QVERIFY(allocated);
    QCOMPARE(allocated->status, 201);
    const int port = nodePortsOf(allocated->json()).value(0);
    QVERIFY2(port >= 30000 && port <= 32767, qPrintable(QString::number(port)));
    const auto clash = create(nodePortService("clash", httpPort(port)));
    QVERIFY(clash);
    QCOMPARE(clash->status, 422);
}

void TestNodePorts::nodePortOutsideTheRangeIsInvalid()
{
    const auto low = create(nodePortService("low", httpPort(29999)));
    QVERIFY(low);
    QCOMPARE(low->status, 422);
    QCOMPARE(low->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("Service \"low\" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not "
                       "in the valid range. The range of valid ports is 30000-32767"));
    const auto high = create(nodePortService("high", httpPort(32768)));
    QVERIFY(high);
    QCOMPARE(high->status, 422);
}

void TestNodePorts::nodePortOnClusterIpIsForbidden()
{
    const auto response = create(nodePortService("plain", httpPort(30100), "ClusterIP"));
    QVERIFY(response);
    QCOMPARE(response->status, 422);
    QCOMPARE(response->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("Service \"plain\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` "
                       "is 'ClusterIP'"));
}

void TestNodePorts::dryRunAndFailedCreatesReserveNothing()
{
    const auto dry = create(nodePortService("dry", httpPort(30200)), "?dryRun=All");
    QVERIFY(dry);
    QCOMPARE(dry->status, 201);
    // Two ports: the first claims 30201, the second fails, so the first must be given back.
    const auto failed = create(nodePortService(
        "failed", R"([{"name":"a","port":80,"nodePort":30201},{"name":"b","port":81,"nodePort":29000}])"));
    QVERIFY(failed);
    QCOMPARE(failed->status, 422);
    QVERIFY(
        failed->json().value(QStringLiteral("message")).toString().contains(QStringLiteral("spec.ports[1].nodePort")));
    for (const int port : { 30200, 30201 }) {
        const auto real = create(nodePortService("real-" + QByteArray::number(port), httpPort(port)));
        QVERIFY(real);
        QCOMPARE(real->status, 201);
    }
}

void TestNodePorts::portsWithTheSamePortNumberShareANodePort()
{
    const auto dns = create(nodePortService("dns",
        R"([{"name":"dns","port":53,"protocol":"UDP"},{"name":"dns-tcp","port":53,"protocol":"TCP"},{"name":"metrics","port":9153}])"));
    QVERIFY(dns);
    QCOMPARE(dns->status, 201);
    const QList<int> ports = nodePortsOf(dns->json());
    QCOMPARE(ports.size(), 3);
    QCOMPARE(ports[0], ports[1]);
    QVERIFY(ports[2] != ports[0]);
    QVERIFY(ports[2] >= 30000 && ports[2] <= 32767);
}

void TestNodePorts::loadBalancerWithoutNodePortsAllocatesNone()
{
    const auto response = create(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"direct"},
        "spec":{"type":"LoadBalancer","allocateLoadBalancerNodePorts":false,"ports":[{"port":443}]}})");
    QVERIFY(response);
    QCOMPARE(response->status, 201);
    QCOMPARE(nodePortsOf(response->json()), QList<int> { 0 });
}

void TestNodePorts::nodePortAllocatedOnUpdateIsRecorded()
{
    const auto created = create(nodePortService("grows", httpPort(), "ClusterIP"));
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    QCOMPARE(nodePortsOf(created->json()), QList<int> { 0 });
    const auto patched = m_client->request("PATCH", "/api/v1/namespaces/default/services/grows",
        R"({"spec":{"type":"NodePort"}})", { { "Content-Type", "application/merge-patch+json" } });
    QVERIFY(patched);
    QCOMPARE(patched->status, 200);
    const int port = nodePortsOf(patched->json()).value(0);
    QVERIFY2(port >= 30000 && port <= 32767, qPrintable(QString::number(port)));
    const auto clash = create(nodePortService("clash", httpPort(port)));
    QVERIFY(clash);
    QCOMPARE(clash->status, 422);
    QVERIFY(clash->json()
                .value(QStringLiteral("message"))
                .toString()
                .endsWith(QStringLiteral("provided port is already allocated")));
}

void TestNodePorts::resubmittedServiceKeepsItsNodePorts()
{
    const auto created = create(nodePortService("steady", httpPort()));
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const QList<int> ports = nodePortsOf(created->json());
    // The same manifest again (kubectl replace): no nodePort in it, and it must keep the one it has.
    const auto replaced
        = m_client->request("PUT", "/api/v1/namespaces/default/services/steady", nodePortService("steady", httpPort()));
    QVERIFY(replaced);
    QCOMPARE(replaced->status, 200);
    QCOMPARE(nodePortsOf(replaced->json()), ports);
    // And it still holds it.
    const auto clash = create(nodePortService("clash", httpPort(ports.value(0))));
    QVERIFY(clash);
    QCOMPARE(clash->status, 422);
}

void TestNodePorts::changeToClusterIpDropsAndReleasesNodePorts()
{
    const auto created = create(nodePortService("shrinks", httpPort(30300)));
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const auto patched = m_client->request("PATCH", "/api/v1/namespaces/default/services/shrinks",
        R"({"spec":{"type":"ClusterIP"}})", { { "Content-Type", "application/merge-patch+json" } });
    QVERIFY(patched);
    QCOMPARE(patched->status, 200);
    QCOMPARE(nodePortsOf(patched->json()), QList<int> { 0 });
    const auto reuse = create(nodePortService("reuse", httpPort(30300)));
    QVERIFY(reuse);
    QCOMPARE(reuse->status, 201);
}

void TestNodePorts::deleteReleasesNodePorts()
{
    const auto created = create(nodePortService("gone", httpPort(30400)));
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const auto deleted = m_client->request("DELETE", "/api/v1/namespaces/default/services/gone");
    QVERIFY(deleted);
    QCOMPARE(deleted->status, 200);
    const auto reuse = create(nodePortService("reuse", httpPort(30400)));
    QVERIFY(reuse);
    QCOMPARE(reuse->status, 201);
}

void TestNodePorts::nodePortsSurviveAStateReload()
{
    const auto requested = create(nodePortService("requested", httpPort(30500)));
    const auto allocated = create(nodePortService("allocated", httpPort()));
    QVERIFY(requested && allocated);
    QCOMPARE(requested->status, 201);
    QCOMPARE(allocated->status, 201);
    const int allocatedPort = nodePortsOf(allocated->json()).value(0);

    // What --state-dir does on the next start: load objects.json, then rebuild the allocations.
    ApiServer restarted;
    restarted.store().loadJson(m_lab->server().store().toJson());
    restarted.reindex();
    for (const int port : { 30500, allocatedPort }) {
        const QJsonObject body = QJsonDocument::fromJson(nodePortService("after-restart", httpPort(port))).object();
        const ApiServer::Outcome outcome
            = restarted.create(services(), QStringLiteral("default"), body, SchemaValidator::Mode::Strict);
        QCOMPARE(outcome.status, 422);
        QVERIFY(outcome.body.value(QStringLiteral("message"))
                    .toString()
                    .endsWith(QStringLiteral("provided port is already allocated")));
    }
    // A fresh allocation avoids both.
    const ApiServer::Outcome fresh = restarted.create(services(), QStringLiteral("default"),
        QJsonDocument::fromJson(nodePortService("fresh", httpPort())).object(), SchemaValidator::Mode::Strict);
    QCOMPARE(fresh.status, 201);
    const int freshPort = nodePortsOf(fresh.body).value(0);
    QVERIFY(freshPort != 30500 && freshPort != allocatedPort);
}

QTEST_GUILESS_MAIN(TestNodePorts)
#include "tst_nodeports.moc"
