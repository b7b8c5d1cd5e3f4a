// ConfigMap and Secret admission in the lab (KeyedDataAdmission, through ApiServer::create and the
// HTTP replace path): what the API server's strategies and validation do with keyed data.
#include "tests/lab/LabFixture.h"

#include "app/lab/kube/ResourceCatalog.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestKeyedDataAdmission final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretStringDataIsMergedAndTypeDefaulted();
    void tlsSecretNeedsCertificateAndKey();
    void keysAndValuesAreChecked_data();
    void keysAndValuesAreChecked();
    void immutableAndTypeCannotChange();

private:
    ApiServer::Outcome create(const char* plural, const QByteArray& json);

    LabFixture m_lab;
};

void TestKeyedDataAdmission::initTestCase()
{
    QVERIFY2(m_lab.start(LabFixture::Seed::System), qPrintable(m_lab.error()));
}

ApiServer::Outcome TestKeyedDataAdmission::create(const char* plural, const QByteArray& json)
{
    const ResourceKind* kind = ResourceCatalog::instance().find(QString(), QStringLiteral("v1"), QLatin1String(plural));
    if (!kind)
        return { 404,
            { { QStringLiteral("message"), QStringLiteral("kind %1 is not served").arg(QLatin1String(plural)) } }, {} };
    return m_lab.server().create(*kind, QStringLiteral("default"), parse(json), SchemaValidator::Mode::Strict);
}

void TestKeyedDataAdmission::secretStringDataIsMergedAndTypeDefaulted()
{
    const ApiServer::Outcome created = create("secrets",
        R"({"metadata":{"name":"creds"},"data":{"user":"b2xk","keep":"a2VlcA=="},"stringData":{"user":"admin","pass":"s3cr3t"}})");
    QVERIFY2(created.status == 201, QJsonDocument(created.body).toJson().constData());
    QCOMPARE(created.body.value(QStringLiteral("type")).toString(), QStringLiteral("Opaque"));
    QVERIFY(!created.body.contains(QStringLiteral("stringData")));
    QCOMPARE(created.body.value(QStringLiteral("data")).toObject(),
        parse(R"({"user":"YWRtaW4=","pass":"czNjcjN0","keep":"a2VlcA=="})"));
}

void TestKeyedDataAdmission::tlsSecretNeedsCertificateAndKey()
{
    const ApiServer::Outcome missing
        = create("secrets", R"({"metadata":{"name":"half"},"type":"kubernetes.io/tls","data":{"tls.crt":"Y2VydA=="}})");
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.body.value(QStringLiteral("message")).toString(),
        QStringLiteral("Secret \"half\" is invalid: data[tls.key]: Required value"));
    const ApiServer::Outcome whole = create("secrets",
        R"({"metadata":{"name":"whole"},"type":"kubernetes.io/tls","data":{"tls.crt":"Y2VydA==","tls.key":"a2V5"}})");
    QCOMPARE(whole.status, 201);
}

void TestKeyedDataAdmission::keysAndValuesAreChecked_data()
{
    QTest::addColumn<QByteArray>("plural");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("configmap key with a space")
        << QByteArray("configmaps") << QByteArray(R"({"metadata":{"name":"c1"},"data":{"bad key":"x"}})") << 422
        << QStringLiteral("ConfigMap \"c1\" is invalid: data[bad key]: Invalid value: \"bad key\": a valid config key "
                          "must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  "
                          "or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
    QTest::newRow("configmap key ..") << QByteArray("configmaps")
                                      << QByteArray(R"({"metadata":{"name":"c2"},"binaryData":{"..":"eA=="}})") << 422
                                      << QStringLiteral("ConfigMap \"c2\" is invalid: binaryData[..]: Invalid value: "
                                                        "\"..\": must not be '.' or '..'");
    QTest::newRow("configmap key in data and binaryData")
        << QByteArray("configmaps")
        << QByteArray(R"({"metadata":{"name":"c3"},"data":{"k":"x"},"binaryData":{"k":"eA=="}})") << 422
        << QStringLiteral(
               "ConfigMap \"c3\" is invalid: data[k]: Invalid value: \"k\": duplicate of key present in binaryData");
    QTest::newRow("configmap binaryData not base64")
        << QByteArray("configmaps") << QByteArray(R"({"metadata":{"name":"c4"},"binaryData":{"k":"%%%"}})") << 400
        << QStringLiteral(
               "ConfigMap in version \"v1\" cannot be handled as a ConfigMap: illegal base64 data in binaryData[k]");
    QTest::newRow("secret data not base64")
        << QByteArray("secrets") << QByteArray(R"({"metadata":{"name":"s1"},"data":{"k":"not base64!"}})") << 400
        << QStringLiteral("Secret in version \"v1\" cannot be handled as a Secret: illegal base64 data in data[k]");
    const QByteArray big = QByteArray(R"({"metadata":{"name":"s2"},"stringData":{"big":")")
        + QByteArray(1024 * 1024 + 1, 'x') + QByteArray(R"("}})");
    QTest::newRow("secret over 1 MiB")
        << QByteArray("secrets") << big << 422
        << QStringLiteral("Secret \"s2\" is invalid: data: Too long: may not be more than 1048576 bytes");
}

void TestKeyedDataAdmission::keysAndValuesAreChecked()
{
    QFETCH(QByteArray, plural);
    QFETCH(QByteArray, json);
    QFETCH(int, status);
    QFETCH(QString, message);
    const ApiServer::Outcome outcome = create(plural.constData(), json);
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.body.value(QStringLiteral("message")).toString(), message);
}

void TestKeyedDataAdmission::immutableAndTypeCannotChange()
{
    QVERIFY(create("configmaps", R"({"metadata":{"name":"frozen"},"data":{"a":"1"},"immutable":true})").status == 201);
    std::unique_ptr<TestHttpClient> client = m_lab.connect();
    QVERIFY(client);
    const auto changed = client->request("PUT", "/api/v1/namespaces/default/configmaps/frozen",
        R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"frozen"},"data":{"a":"2"},"immutable":true})");
    QVERIFY(changed);
    QCOMPARE(changed->status, 422);
    QCOMPARE(changed->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("ConfigMap \"frozen\" is invalid: data: Forbidden: field is immutable when `immutable` is set"));
    const auto thawed = client->request("PUT", "/api/v1/namespaces/default/configmaps/frozen",
        R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"frozen"},"data":{"a":"1"}})");
    QVERIFY(thawed);
    QCOMPARE(thawed->status, 422);

    QVERIFY(create("secrets", R"({"metadata":{"name":"typed"},"stringData":{"a":"1"}})").status == 201);
    const auto retyped = client->request("PUT", "/api/v1/namespaces/default/secrets/typed",
        R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"typed"},"type":"kubernetes.io/basic-auth","data":{"a":"MQ=="}})");
    QVERIFY(retyped);
    QCOMPARE(retyped->status, 422);
    QCOMPARE(retyped->json().value(QStringLiteral("message")).toString(),
        QStringLiteral(
            "Secret \"typed\" is invalid: type: Invalid value: \"kubernetes.io/basic-auth\": field is immutable"));
    const auto same = client->request("PUT", "/api/v1/namespaces/default/secrets/typed",
        R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"typed"},"data":{"a":"Mg=="}})");
    QVERIFY(same);
    QVERIFY2(same->status == 200, same->body.constData()); // type omitted: defaulted to the same Opaque
}

QTEST_GUILESS_MAIN(TestKeyedDataAdmission)
#include "tst_keyeddataadmission.moc"
