// The protobuf wire reader and the table-driven decoder of the lab, with well-formed and hostile
// input: every malformed body must give a clear error (path and byte offset), never a crash or a read
// out of bounds (the sanitizer build runs this too).
#include "app/lab/kube/ProtobufDecoder.h"
#include "app/lab/kube/ProtobufReader.h"

#include "tests/lab/ProtobufWriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Netloom;
using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

const QString kService = QStringLiteral("k8s.io.api.core.v1.Service");

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

// A Service as gogo-protobuf (kubectl) writes it: every non-pointer field, also the empty ones.
QByteArray kubectlService()
{
    ProtobufWriter meta;
    meta.bytes(1, "web").bytes(2, {}).bytes(3, {}).bytes(4, {}).bytes(5, {}).bytes(6, {}).varint(7, 0);
    meta.bytes(8, {}); // creationTimestamp: the zero Time is an empty message
    meta.message(11, ProtobufWriter().bytes(1, "app").bytes(2, "web"));
    ProtobufWriter targetPort;
    targetPort.varint(1, 0).varint(2, 8080).bytes(3, {});
    ProtobufWriter port;
    port.bytes(1, "80-8080").bytes(2, "TCP").varint(3, 80).message(4, targetPort).varint(5, 0);
    ProtobufWriter spec;
    spec.message(1, port)
        .message(2, ProtobufWriter().bytes(1, "app").bytes(2, "web"))
        .bytes(3, {})
        .bytes(4, "ClusterIP")
        .bytes(7, {})
        .bytes(8, {})
        .bytes(10, {})
        .bytes(11, {})
        .varint(12, 0)
        .varint(13, 0);
    ProtobufWriter status;
    status.message(1, ProtobufWriter());
    ProtobufWriter service;
    service.message(1, meta).message(2, spec).message(3, status);
    return service.data();
}

} // namespace

class TestProtobufWire final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryWireType();
    void readerRejectsMalformedInput_data();
    void readerRejectsMalformedInput();

    void decodesServiceLikeGoJson();
    void decodesSpecialForms();
    void decodesIngressInlineAndRenamedFields();
    void pointerAndAlwaysFields();
    void skipsUnknownFieldsOfEveryWireType();
    void packedRepeatedScalars();
    void envelope();
    void wrongWireTypeNamesThePath();
    void deepNestingIsLimited();
    void everyPrefixAndByteFlipIsHandled();
    void manyEntriesDecodeInLinearTime();
};

void TestProtobufWire::readsEveryWireType()
{
    ProtobufWriter writer;
    writer.varint(1, 150).fixed64(2, 0x0102030405060708ULL).fixed32(3, 0xdeadbeef).bytes(4, "abc").varint(5, ~0ULL);
    ProtobufReader reader(writer.data(), 10);
    Expected<ProtobufReader::Field> f = reader.next();
    QVERIFY(f);
    QCOMPARE(f->number, 1u);
    QCOMPARE(f->wireType, ProtobufReader::WireType::Varint);
    QCOMPARE(f->scalar, 150u);
    QCOMPARE(f->tagOffset, 10);
    f = reader.next();
    QVERIFY(f);
    QCOMPARE(f->wireType, ProtobufReader::WireType::Fixed64);
    QCOMPARE(f->scalar, 0x0102030405060708ULL);
    f = reader.next();
    QVERIFY(f);
    QCOMPARE(f->wireType, ProtobufReader::WireType::Fixed32);
    QCOMPARE(f->scalar, 0xdeadbeefULL);
    f = reader.next();
    QVERIFY(f);
    QCOMPARE(f->wireType, ProtobufReader::WireType::LengthDelimited);
    QCOMPARE(f->bytes.toByteArray(), QByteArray("abc"));
    QCOMPARE(f->valueOffset, 10 + 3 + 9 + 5 + 2);
    f = reader.next();
    QVERIFY(f);
    QCOMPARE(f->scalar, ~0ULL); // ten bytes, the last one 0x01
    QVERIFY(reader.atEnd());
}

void TestProtobufWire::readerRejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated tag") << QByteArray("\x88", 1) << QStringLiteral("truncated varint at byte 0");
    QTest::newRow("truncated varint value")
        << QByteArray("\x08\x96", 2) << QStringLiteral("truncated varint at byte 1");
    QTest::newRow("varint over 64 bits") << QByteArray(QByteArray("\x08") + QByteArray(10, '\xff') + QByteArray("\x01"))
                                         << QStringLiteral("varint overflows 64 bits at byte 1");
    QTest::newRow("tenth byte too big") << QByteArray(QByteArray("\x08") + QByteArray(9, '\xff') + QByteArray("\x02"))
                                        << QStringLiteral("varint overflows 64 bits at byte 1");
    QTest::newRow("length past end") << QByteArray("\x0a\x64"
                                                   "abc",
        5)
                                     << QStringLiteral(
                                            "length 100 of field 1 runs past the end of its message (3 bytes left) "
                                            "at byte 1");
    QTest::newRow("length near 2^64")
        << QByteArray(QByteArray("\x0a") + ProtobufWriter::varintBytes(~0ULL) + QByteArray("x"))
        << QStringLiteral("length 18446744073709551615 of field 1 runs past the end of its message (1 bytes left) "
                          "at byte 1");
    QTest::newRow("truncated fixed64") << QByteArray("\x09\x01\x02\x03", 4)
                                       << QStringLiteral("truncated 64-bit value of field 1 at byte 1");
    QTest::newRow("truncated fixed32") << QByteArray("\x0d\x01", 2)
                                       << QStringLiteral("truncated 32-bit value of field 1 at byte 1");
    QTest::newRow("field number 0") << QByteArray("\x02\x00", 2) << QStringLiteral("invalid field number 0 at byte 0");
    QTest::newRow("start group") << QByteArray("\x0b", 1)
                                 << QStringLiteral("groups (wire type 3) are not supported at byte 0");
    QTest::newRow("end group") << QByteArray("\x0c", 1)
                               << QStringLiteral("groups (wire type 4) are not supported at byte 0");
    QTest::newRow("wire type 6") << QByteArray("\x0e", 1)
                                 << QStringLiteral("illegal wire type 6 for field 1 at byte 0");
    QTest::newRow("wire type 7") << QByteArray("\x0f", 1)
                                 << QStringLiteral("illegal wire type 7 for field 1 at byte 0");
}

void TestProtobufWire::readerRejectsMalformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    ProtobufReader reader(input);
    Expected<ProtobufReader::Field> field = reader.next();
    QVERIFY(!field);
    QCOMPARE(field.error().message, message);
}

void TestProtobufWire::decodesServiceLikeGoJson()
{
    const Expected<QJsonObject> service = ProtobufDecoder().decode(kService, kubectlService());
    QVERIFY2(service, qPrintable(service ? QString() : service.error().message));
    // What `kubectl create service clusterip web --tcp=80:8080 -o json` sends as JSON (creationTimestamp
    // null is dropped by the lab's decoder too).
    QCOMPARE(compact(*service), compact(parse(R"({"metadata":{"name":"web","labels":{"app":"web"}},
            "spec":{"ports":[{"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080}],
                    "selector":{"app":"web"},"type":"ClusterIP"},
            "status":{"loadBalancer":{}}})")));
}

void TestProtobufWire::decodesSpecialForms()
{
    ProtobufWriter meta;
    meta.bytes(1, "t")
        .message(8, ProtobufWriter().varint(1, 1764617622).varint(2, 123456789)) // nanos dropped, as Go does
        .message(9, ProtobufWriter().varint(1, 0)) // the epoch, not the zero time
        .message(10, ProtobufWriter()); // not a Time: int64 deletionGracePeriodSeconds has the wrong wire type
    Expected<QJsonObject> bad
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta"), meta.data());
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.startsWith(
                 QStringLiteral("deletionGracePeriodSeconds: wire type length-delimited, expected varint")),
        qPrintable(bad.error().message));

    ProtobufWriter good;
    good.bytes(1, "t")
        .message(8, ProtobufWriter().varint(1, 1764617622).varint(2, 123456789))
        .message(9, ProtobufWriter().varint(1, 0))
        .varint(10, 30);
    const Expected<QJsonObject> object
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta"), good.data());
    QVERIFY2(object, qPrintable(object ? QString() : object.error().message));
    QCOMPARE(object->value(QStringLiteral("creationTimestamp")).toString(), QStringLiteral("2025-12-01T19:33:42Z"));
    QCOMPARE(object->value(QStringLiteral("deletionTimestamp")).toString(), QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(object->value(QStringLiteral("deletionGracePeriodSeconds")).toInteger(), 30);

    // Go's zero time sent explicitly is null like the empty message; years past 9999 are refused.
    ProtobufWriter zero;
    zero.message(8, ProtobufWriter().varint(1, quint64(-62135596800LL)));
    const Expected<QJsonObject> zeroTime
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta"), zero.data());
    QVERIFY(zeroTime);
    QVERIFY(!zeroTime->contains(QStringLiteral("creationTimestamp")));
    ProtobufWriter far;
    far.message(8, ProtobufWriter().varint(1, quint64(0x7fffffffffffffffLL)));
    const Expected<QJsonObject> farTime
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta"), far.data());
    QVERIFY(!farTime);
    QVERIFY2(
        farTime.error().message.startsWith(QStringLiteral("creationTimestamp: time 9223372036854775807 s is outside")),
        qPrintable(farTime.error().message));

    // IntOrString: type 1 is the string; a ManagedFieldsEntry's FieldsV1 is raw JSON.
    ProtobufWriter port;
    port.varint(3, 443).message(4, ProtobufWriter().varint(1, 1).varint(2, 0).bytes(3, "https"));
    const Expected<QJsonObject> servicePort
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.api.core.v1.ServicePort"), port.data());
    QVERIFY(servicePort);
    QCOMPARE(servicePort->value(QStringLiteral("targetPort")).toString(), QStringLiteral("https"));
    ProtobufWriter entry;
    entry.bytes(1, "kubectl").message(7, ProtobufWriter().bytes(1, R"({"f:metadata":{"f:name":{}}})"));
    const Expected<QJsonObject> managed = ProtobufDecoder().decode(
        QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"), entry.data());
    QVERIFY(managed);
    QCOMPARE(compact(*managed), QByteArray(R"({"fieldsV1":{"f:metadata":{"f:name":{}}},"manager":"kubectl"})"));
    ProtobufWriter brokenJson;
    brokenJson.message(7, ProtobufWriter().bytes(1, "{nope"));
    const Expected<QJsonObject> broken = ProtobufDecoder().decode(
        QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"), brokenJson.data());
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.startsWith(QStringLiteral("fieldsV1: raw JSON does not parse")),
        qPrintable(broken.error().message));
}

void TestProtobufWire::decodesIngressInlineAndRenamedFields()
{
    ProtobufWriter backend;
    backend.message(4, ProtobufWriter().bytes(1, "web").message(2, ProtobufWriter().bytes(1, {}).varint(2, 80)));
    ProtobufWriter path;
    path.bytes(1, "/").bytes(3, "Prefix").message(2, backend);
    ProtobufWriter rule;
    rule.bytes(1, "web.example.com").message(2, ProtobufWriter().message(1, ProtobufWriter().message(1, path)));
    ProtobufWriter spec;
    spec.bytes(4, "nginx")
        .message(2, ProtobufWriter().bytes(1, "web.example.com").bytes(2, "web-tls"))
        .message(3, rule);
    ProtobufWriter ingress;
    ingress.message(1, ProtobufWriter().bytes(1, "web"))
        .message(2, spec)
        .message(3, ProtobufWriter().message(1, ProtobufWriter()));
    const Expected<QJsonObject> object
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.api.networking.v1.Ingress"), ingress.data());
    QVERIFY2(object, qPrintable(object ? QString() : object.error().message));
    QCOMPARE(compact(*object), compact(parse(R"({"metadata":{"name":"web"},
            "spec":{"ingressClassName":"nginx","tls":[{"hosts":["web.example.com"],"secretName":"web-tls"}],
                "rules":[{"host":"web.example.com","http":{"paths":[{"path":"/","pathType":"Prefix",
                    "backend":{"service":{"name":"web","port":{"number":80}}}}]}}]},
            "status":{"loadBalancer":{}}})")));

    // IngressClassParametersReference: proto field aPIGroup is JSON apiGroup.
    ProtobufWriter parameters;
    parameters.bytes(1, "k8s.example.com").bytes(2, "Params").bytes(3, "p").bytes(4, "Cluster");
    ProtobufWriter classSpec;
    classSpec.bytes(1, "k8s.io/ingress-nginx").message(2, parameters);
    const Expected<QJsonObject> ingressClass
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.api.networking.v1.IngressClass"),
            ProtobufWriter().message(1, ProtobufWriter().bytes(1, "nginx")).message(2, classSpec).data());
    QVERIFY(ingressClass);
    QCOMPARE(compact(ingressClass->value(QStringLiteral("spec")).toObject()),
        QByteArray(
            R"({"controller":"k8s.io/ingress-nginx","parameters":{"apiGroup":"k8s.example.com","kind":"Params","name":"p","scope":"Cluster"}})"));
}

void TestProtobufWire::pointerAndAlwaysFields()
{
    // allocateLoadBalancerNodePorts is *bool: false sent is false kept. publishNotReadyAddresses is a
    // plain bool with omitempty: false is dropped. ServicePort.port has no omitempty: 0 when absent.
    ProtobufWriter spec;
    spec.varint(20, 0).varint(13, 0).message(1, ProtobufWriter().bytes(1, "p"));
    const Expected<QJsonObject> object
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.api.core.v1.ServiceSpec"), spec.data());
    QVERIFY(object);
    QCOMPARE(
        compact(*object), QByteArray(R"({"allocateLoadBalancerNodePorts":false,"ports":[{"name":"p","port":0}]})"));
}

void TestProtobufWire::skipsUnknownFieldsOfEveryWireType()
{
    ProtobufWriter meta;
    meta.varint(99, 7).fixed64(98, 1).fixed32(97, 2).bytes(96, QByteArray(1000, '\xff')).bytes(1, "kept");
    // Deep garbage inside an unknown field is skipped without being parsed.
    QByteArray nested = "x";
    for (int i = 0; i < 500; ++i)
        nested = ProtobufWriter().bytes(1, nested).data();
    meta.bytes(95, nested);
    const Expected<QJsonObject> object
        = ProtobufDecoder().decode(QStringLiteral("k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta"), meta.data());
    QVERIFY2(object, qPrintable(object ? QString() : object.error().message));
    QCOMPARE(compact(*object), QByteArray(R"({"name":"kept"})"));
}

void TestProtobufWire::packedRepeatedScalars()
{
    ProtobufSchema table;
    ProtoField numbers;
    numbers.number = 1;
    numbers.protoName = numbers.jsonName = QStringLiteral("numbers");
    numbers.type = ProtoField::Type::Int32;
    numbers.repeated = true;
    ProtoField ratios = numbers;
    ratios.number = 2;
    ratios.protoName = ratios.jsonName = QStringLiteral("ratios");
    ratios.type = ProtoField::Type::Double;
    table.add(ProtoMessage { QStringLiteral("test.Packed"), ProtoMessage::Form::Object, { numbers, ratios } });
    ProtobufWriter writer;
    writer
        .bytes(1,
            QByteArray(
                ProtobufWriter::varintBytes(1) + ProtobufWriter::varintBytes(300) + ProtobufWriter::varintBytes(~0ULL)))
        .varint(1, 5) // an unpacked element after the packed run
        .fixed64(2, std::bit_cast<quint64>(0.5));
    const Expected<QJsonObject> object = ProtobufDecoder(table).decode(QStringLiteral("test.Packed"), writer.data());
    QVERIFY2(object, qPrintable(object ? QString() : object.error().message));
    QCOMPARE(compact(*object), QByteArray(R"({"numbers":[1,300,-1,5],"ratios":[0.5]})"));
    const Expected<QJsonObject> ragged = ProtobufDecoder(table).decode(
        QStringLiteral("test.Packed"), ProtobufWriter().bytes(2, QByteArray(12, '\0')).data());
    QVERIFY(!ragged);
    QCOMPARE(ragged.error().message, QStringLiteral("ratios: packed 64-bit values in 12 bytes at byte 2"));
    const Expected<QJsonObject> truncated = ProtobufDecoder(table).decode(
        QStringLiteral("test.Packed"), ProtobufWriter().bytes(1, QByteArray("\x01\x80", 2)).data());
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().message, QStringLiteral("numbers: truncated varint at byte 3"));
}

void TestProtobufWire::envelope()
{
    const ProtobufDecoder decoder;
    const QByteArray body = ProtobufWriter::envelope("v1", "Service", kubectlService());
    const Expected<QJsonObject> object = decoder.decodeObject(kService, body);
    QVERIFY2(object, qPrintable(object ? QString() : object.error().message));
    QCOMPARE(object->value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v1"));
    QCOMPARE(object->value(QStringLiteral("kind")).toString(), QStringLiteral("Service"));
    QCOMPARE(object->value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("web"));

    const Expected<QJsonObject> json = decoder.decodeObject(kService, R"({"kind":"Service"})");
    QVERIFY(!json);
    QCOMPARE(
        json.error().message, QStringLiteral("the body does not start with the protobuf envelope prefix \"k8s\\x00\""));
    const Expected<QJsonObject> cut = decoder.decodeObject(kService, body.left(body.size() - 6));
    QVERIFY(!cut);
    QVERIFY2(cut.error().message.startsWith(QStringLiteral("envelope: length")), qPrintable(cut.error().message));
    // A raw field that is itself cut short: the error names the object's field and the absolute byte.
    QByteArray object2 = kubectlService();
    object2.chop(1);
    const Expected<QJsonObject> inner
        = decoder.decodeObject(kService, ProtobufWriter::envelope("v1", "Service", object2));
    QVERIFY(!inner);
    QVERIFY2(inner.error().message.startsWith(QStringLiteral("(object): length")), qPrintable(inner.error().message));

    ProtobufWriter gzip;
    gzip.bytes(2, kubectlService()).bytes(3, "gzip");
    const Expected<QJsonObject> encoded
        = decoder.decodeObject(kService, QByteArray(QByteArray("k8s\0", 4) + gzip.data()));
    QVERIFY(!encoded);
    QCOMPARE(encoded.error().message, QStringLiteral("unsupported content encoding \"gzip\" in the envelope"));
}

void TestProtobufWire::wrongWireTypeNamesThePath()
{
    ProtobufWriter port;
    port.bytes(1, "a").varint(4, 8080); // targetPort must be a message
    ProtobufWriter spec;
    spec.message(1, ProtobufWriter().bytes(1, "ok")).message(1, port);
    const Expected<QJsonObject> object = ProtobufDecoder().decode(kService, ProtobufWriter().message(2, spec).data());
    QVERIFY(!object);
    QCOMPARE(object.error().message,
        QStringLiteral("spec.ports[1].targetPort: wire type varint, expected length-delimited for "
                       "k8s.io.apimachinery.pkg.util.intstr.IntOrString field 4 at byte 13"));
}

void TestProtobufWire::deepNestingIsLimited()
{
    ProtobufSchema table;
    ProtoField child;
    child.number = 1;
    child.protoName = child.jsonName = QStringLiteral("child");
    child.type = ProtoField::Type::Message;
    child.message = QStringLiteral("test.Node");
    ProtoField name;
    name.number = 2;
    name.protoName = name.jsonName = QStringLiteral("name");
    table.add(ProtoMessage { QStringLiteral("test.Node"), ProtoMessage::Form::Object, { child, name } });

    auto nested = [](int depth) {
        QByteArray data = ProtobufWriter().bytes(2, "leaf").data();
        for (int i = 1; i < depth; ++i)
            data = ProtobufWriter().bytes(1, data).data();
        return data;
    };
    const ProtobufDecoder decoder(table, 32);
    const Expected<QJsonObject> ok = decoder.decode(QStringLiteral("test.Node"), nested(32));
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    const Expected<QJsonObject> deep = decoder.decode(QStringLiteral("test.Node"), nested(33));
    QVERIFY(!deep);
    QVERIFY2(deep.error().message.contains(QStringLiteral("messages nested deeper than 32 levels")),
        qPrintable(deep.error().message));
    // Thousands of levels: the limit stops the recursion long before the stack.
    const Expected<QJsonObject> hostile = decoder.decode(QStringLiteral("test.Node"), nested(3000));
    QVERIFY(!hostile);
    QVERIFY(hostile.error().message.contains(QStringLiteral("nested deeper")));
}

void TestProtobufWire::everyPrefixAndByteFlipIsHandled()
{
    const ProtobufDecoder decoder;
    const QByteArray body = ProtobufWriter::envelope("v1", "Service", kubectlService());
    int failures = 0;
    for (qsizetype length = 0; length < body.size(); ++length) {
        const Expected<QJsonObject> object = decoder.decodeObject(kService, body.left(length));
        if (!object) {
            ++failures;
            QVERIFY(!object.error().message.isEmpty());
        }
    }
    QVERIFY(failures > body.size() / 2);
    for (qsizetype at = 0; at < body.size(); ++at) {
        for (const char mask : { '\xff', '\x80', '\x07' }) {
            QByteArray flipped = body;
            flipped[at] = static_cast<char>(flipped[at] ^ mask);
            const Expected<QJsonObject> object = decoder.decodeObject(kService, flipped);
            if (!object)
                QVERIFY(!object.error().message.isEmpty());
        }
    }
}

void TestProtobufWire::manyEntriesDecodeInLinearTime()
{
    // 100,000 map entries and 100,000 repeated strings (1.5 MB, within the lab's 3 MiB body limit).
    // Copying the map or array per element made this quadratic: about three minutes on the development
    // machine, against well under a second now; the bound leaves room for the sanitizer build.
    constexpr int count = 100000;
    ProtobufWriter labels;
    for (int i = 0; i < count; ++i)
        labels.message(11, ProtobufWriter().bytes(1, "k" + QByteArray::number(i)).bytes(2, "v"));
    ProtobufWriter finalizers;
    for (int i = 0; i < count; ++i)
        finalizers.bytes(1, "f");
    ProtobufWriter ns;
    ns.message(1, labels).message(2, finalizers);
    const QByteArray body = ProtobufWriter::envelope("v1", "Namespace", ns.data());
    QElapsedTimer clock;
    clock.start();
    const Expected<QJsonObject> object
        = ProtobufDecoder().decodeObject(QStringLiteral("k8s.io.api.core.v1.Namespace"), body);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(object);
    QCOMPARE(
        object->value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject().size(), count);
    QCOMPARE(
        object->value(QStringLiteral("spec")).toObject().value(QStringLiteral("finalizers")).toArray().size(), count);
    qInfo("%d map entries and %d repeated strings (%lld bytes) decoded in %lld ms", count, count,
        static_cast<long long>(body.size()), static_cast<long long>(elapsed));
    QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestProtobufWire)
#include "tst_protobufwire.moc"
