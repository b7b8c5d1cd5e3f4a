// Request bodies by Content-Type on the lab's API server (in-process): Kubernetes protobuf decodes to
// the same objects as JSON, unreadable types get 415, malformed protobuf 400, and Accept headers
// that allow no JSON 406.
#include "tests/lab/LabFixture.h"
#include "tests/lab/ProtobufWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

const QByteArray kProtobuf = "application/vnd.kubernetes.protobuf";
const QList<QPair<QByteArray, QByteArray>> kProtobufHeaders { { "Content-Type", kProtobuf },
    { "Accept", "application/vnd.kubernetes.protobuf,application/json" } };

QByteArray namespaceBody(const QByteArray& name)
{
    ProtobufWriter meta;
    meta.bytes(1, name).bytes(2, {}).bytes(3, {}).bytes(4, {}).bytes(5, {}).bytes(6, {}).varint(7, 0).bytes(8, {});
    meta.message(11, ProtobufWriter().bytes(1, "team").bytes(2, "proto"));
    ProtobufWriter ns;
    ns.message(1, meta).message(2, ProtobufWriter()).message(3, ProtobufWriter().bytes(1, {}));
    return ProtobufWriter::envelope("v1", "Namespace", ns.data());
}

// As `kubectl create service clusterip NAME --tcp=80:8080` sends it.
QByteArray serviceMessage(const QByteArray& name, const QByteArray& resourceVersion = {})
{
    ProtobufWriter meta;
    meta.bytes(1, name).bytes(6, resourceVersion).bytes(8, {});
    meta.message(11, ProtobufWriter().bytes(1, "app").bytes(2, name));
    ProtobufWriter port;
    port.bytes(1, "80-8080")
        .bytes(2, "TCP")
        .varint(3, 80)
        .message(4, ProtobufWriter().varint(1, 0).varint(2, 8080).bytes(3, {}))
        .varint(5, 0);
    ProtobufWriter spec;
    spec.message(1, port)
        .message(2, ProtobufWriter().bytes(1, "app").bytes(2, name))
        .bytes(3, {})
        .bytes(4, "ClusterIP")
        .bytes(7, {})
        .varint(13, 0);
    ProtobufWriter service;
    service.message(1, meta).message(2, spec).message(3, ProtobufWriter().message(1, ProtobufWriter()));
    return service.data();
}

QJsonObject withoutServerFields(QJsonObject object)
{
    QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
    spec.remove(QStringLiteral("clusterIP"));
    spec.remove(QStringLiteral("clusterIPs"));
    return spec;
}

} // namespace

class TestProtobufBodies final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createNamespaceFromProtobuf();
    void protobufAndJsonMakeTheSameService();
    void replaceWithProtobuf();
    void endpointSliceAndEventFromProtobuf();
    void malformedProtobufIsBadRequest();
    void envelopeKindMustMatchTheUrl();
    void unreadableContentTypeIs415_data();
    void unreadableContentTypeIs415();
    void acceptWithoutJsonIs406();

private:
    LabFixture m_lab;
    std::unique_ptr<TestHttpClient> m_client;
};

void TestProtobufBodies::initTestCase()
{
    QVERIFY2(m_lab.start(LabFixture::Seed::System), qPrintable(m_lab.error()));
    m_client = m_lab.connect();
    QVERIFY(m_client);
}

void TestProtobufBodies::createNamespaceFromProtobuf()
{
    const auto response
        = m_client->request("POST", "/api/v1/namespaces?fieldManager=kubectl-create&fieldValidation=Strict",
            namespaceBody("proto-made"), kProtobufHeaders);
    QVERIFY(response);
    QVERIFY2(response->status == 201, response->body.constData());
    QCOMPARE(response->header("content-type"), QByteArray("application/json"));
    const QJsonObject created = response->json();
    QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("Namespace"));
    const QJsonObject meta = created.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(meta.value(QStringLiteral("name")).toString(), QStringLiteral("proto-made"));
    QCOMPARE(meta.value(QStringLiteral("labels")).toObject().value(QStringLiteral("team")).toString(),
        QStringLiteral("proto"));
    QVERIFY(!meta.value(QStringLiteral("uid")).toString().isEmpty());
    QCOMPARE(created.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
        QStringLiteral("Active"));

    const auto got = m_client->request("GET", "/api/v1/namespaces/proto-made");
    QVERIFY(got && got->status == 200);
    QCOMPARE(got->json(), created);
}

void TestProtobufBodies::endpointSliceAndEventFromProtobuf()
{
    // EndpointSlice: addressType = 4, endpoints = 2 {addresses = 1, conditions = 2 {ready = 1}, nodeName = 6},
    // ports = 3 {name = 1, port = 3}.
    ProtobufWriter endpoint;
    endpoint.bytes(1, "10.244.2.10").message(2, ProtobufWriter().varint(1, 1)).bytes(6, "node-a");
    ProtobufWriter slice;
    slice.message(1, ProtobufWriter().bytes(1, "web-abcde"))
        .message(2, endpoint)
        .message(3, ProtobufWriter().bytes(1, "http").varint(3, 8080))
        .bytes(4, "IPv4");
    const auto created = m_client->request("POST", "/apis/discovery.k8s.io/v1/namespaces/default/endpointslices",
        ProtobufWriter::envelope("discovery.k8s.io/v1", "EndpointSlice", slice.data()), kProtobufHeaders);
    QVERIFY(created);
    QVERIFY2(created->status == 201, created->body.constData());
    const QJsonObject object = created->json();
    QCOMPARE(object.value(QStringLiteral("addressType")).toString(), QStringLiteral("IPv4"));
    const QJsonObject first = object.value(QStringLiteral("endpoints")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("addresses")).toArray(), QJsonArray { QStringLiteral("10.244.2.10") });
    QCOMPARE(first.value(QStringLiteral("conditions")).toObject().value(QStringLiteral("ready")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("nodeName")).toString(), QStringLiteral("node-a"));
    QCOMPARE(object.value(QStringLiteral("ports")).toArray().at(0).toObject().value(QStringLiteral("port")).toInt(), 8080);

    // Event: involvedObject = 2 {kind = 1, name = 3}, reason = 3, count = 8, type = 9.
    ProtobufWriter event;
    event.message(1, ProtobufWriter().bytes(1, "web.1"))
        .message(2, ProtobufWriter().bytes(1, "Service").bytes(3, "web"))
        .bytes(3, "Created")
        .varint(8, 2)
        .bytes(9, "Normal");
    const auto eventCreated = m_client->request("POST", "/api/v1/namespaces/default/events",
        ProtobufWriter::envelope("v1", "Event", event.data()), kProtobufHeaders);
    QVERIFY(eventCreated);
    QVERIFY2(eventCreated->status == 201, eventCreated->body.constData());
    const QJsonObject stored = eventCreated->json();
    QCOMPARE(stored.value(QStringLiteral("involvedObject")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("Service"));
    QCOMPARE(stored.value(QStringLiteral("count")).toInt(), 2);
    // reportingComponent has no omitempty in Go: written even when absent.
    QVERIFY(stored.contains(QStringLiteral("reportingComponent")));
}

void TestProtobufBodies::protobufAndJsonMakeTheSameService()
{
    const auto proto = m_client->request("POST", "/api/v1/namespaces/default/services?fieldValidation=Strict",
        ProtobufWriter::envelope("v1", "Service", serviceMessage("web")), kProtobufHeaders);
    QVERIFY(proto);
    QVERIFY2(proto->status == 201, proto->body.constData());
    // The JSON kubectl sends for the same command (`-o json`).
    const auto json = m_client->request("POST", "/api/v1/namespaces/default/services?fieldValidation=Strict",
        R"({"kind":"Service","apiVersion":"v1","metadata":{"name":"web-json","creationTimestamp":null,
            "labels":{"app":"web"}},"spec":{"ports":[{"name":"80-8080","protocol":"TCP","port":80,
            "targetPort":8080}],"selector":{"app":"web"},"type":"ClusterIP"},"status":{"loadBalancer":{}}})",
        { { "Content-Type", "application/json" } });
    QVERIFY(json);
    QVERIFY2(json->status == 201, json->body.constData());
    QCOMPARE(withoutServerFields(proto->json()), withoutServerFields(json->json()));
    const QJsonObject spec = proto->json().value(QStringLiteral("spec")).toObject();
    QCOMPARE(
        spec.value(QStringLiteral("ports")).toArray().first().toObject().value(QStringLiteral("targetPort")).toInt(),
        8080);
    QVERIFY(spec.value(QStringLiteral("clusterIP")).toString().startsWith(QStringLiteral("10.")));
}

void TestProtobufBodies::replaceWithProtobuf()
{
    const auto current = m_client->request("GET", "/api/v1/namespaces/default/services/web");
    QVERIFY(current && current->status == 200);
    const QByteArray version = current->json()
                                   .value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("resourceVersion"))
                                   .toString()
                                   .toUtf8();
    const auto replaced = m_client->request("PUT", "/api/v1/namespaces/default/services/web",
        ProtobufWriter::envelope("v1", "Service", serviceMessage("web", version)), kProtobufHeaders);
    QVERIFY(replaced);
    QVERIFY2(replaced->status == 200, replaced->body.constData());
    const auto stale = m_client->request("PUT", "/api/v1/namespaces/default/services/web",
        ProtobufWriter::envelope("v1", "Service", serviceMessage("web", version)), kProtobufHeaders);
    QVERIFY(stale);
    QCOMPARE(stale->status, 409);
}

void TestProtobufBodies::malformedProtobufIsBadRequest()
{
    QByteArray body = namespaceBody("cut-short");
    body.chop(6); // into the raw object: its length now runs past the end
    const auto response = m_client->request("POST", "/api/v1/namespaces", body, kProtobufHeaders);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    const QJsonObject status = response->json();
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("BadRequest"));
    const QString message = status.value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QStringLiteral(
                 "the body of the request could not be decoded as application/vnd.kubernetes.protobuf: ")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("at byte")), qPrintable(message));

    const auto notEnveloped = m_client->request("POST", "/api/v1/namespaces",
        "\x0a\x03"
        "abc",
        kProtobufHeaders);
    QVERIFY(notEnveloped);
    QCOMPARE(notEnveloped->status, 400);
    QVERIFY(notEnveloped->json().value(QStringLiteral("message")).toString().contains(QStringLiteral("k8s\\x00")));
    // The connection and the server go on.
    const auto after = m_client->request("GET", "/api/v1/namespaces/default");
    QVERIFY(after && after->status == 200);
    QVERIFY(!m_client->request("GET", "/api/v1/namespaces/cut-short")->json().isEmpty());
    QCOMPARE(m_client->request("GET", "/api/v1/namespaces/cut-short")->status, 404);
}

void TestProtobufBodies::envelopeKindMustMatchTheUrl()
{
    const auto response = m_client->request("POST", "/api/v1/namespaces",
        ProtobufWriter::envelope("v1", "Service", serviceMessage("confused")), kProtobufHeaders);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("Namespace in version \"v1\" cannot be handled as a Namespace: no kind \"Service\" is "
                       "registered for version \"v1\""));
}

void TestProtobufBodies::unreadableContentTypeIs415_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("yaml") << QByteArray("application/yaml");
    QTest::newRow("cbor") << QByteArray("application/cbor; charset=binary");
}

void TestProtobufBodies::unreadableContentTypeIs415()
{
    QFETCH(QByteArray, contentType);
    // A valid JSON body, so that only the declared type can make it fail.
    const auto response = m_client->request("POST", "/api/v1/namespaces",
        R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"typed"}})", { { "Content-Type", contentType } });
    QVERIFY(response);
    QCOMPARE(response->status, 415);
    const QJsonObject status = response->json();
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("UnsupportedMediaType"));
    QCOMPARE(status.value(QStringLiteral("code")).toInt(), 415);
    QCOMPARE(status.value(QStringLiteral("message")).toString(),
        QStringLiteral("the body of the request was in an unknown format: \"%1\" - accepted media types include: "
                       "application/json, application/vnd.kubernetes.protobuf")
            .arg(QString::fromLatin1(contentType.split(';').first())));
    QCOMPARE(m_client->request("GET", "/api/v1/namespaces/typed")->status, 404);
}

void TestProtobufBodies::acceptWithoutJsonIs406()
{
    const auto protobufOnly = m_client->request(
        "GET", "/api/v1/namespaces/default", {}, { { "Accept", "application/vnd.kubernetes.protobuf" } });
    QVERIFY(protobufOnly);
    QCOMPARE(protobufOnly->status, 406);
    QCOMPARE(protobufOnly->json().value(QStringLiteral("reason")).toString(), QStringLiteral("NotAcceptable"));
    QCOMPARE(protobufOnly->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("only the following media types are accepted: application/json"));
    for (const QByteArray& accept : { QByteArray("application/vnd.kubernetes.protobuf, application/json"),
             QByteArray("application/json;as=Table;v=v1;g=meta.k8s.io,application/json"), QByteArray("*/*"),
             QByteArray("application/*"), QByteArray() }) {
        const auto response = m_client->request("GET", "/api/v1/namespaces/default", {}, { { "Accept", accept } });
        QVERIFY(response);
        QVERIFY2(response->status == 200, accept.constData());
        QCOMPARE(response->header("content-type"), QByteArray("application/json"));
    }
}

QTEST_GUILESS_MAIN(TestProtobufBodies)
#include "tst_protobufbodies.moc"
