// Server-side field validation (fieldValidation Strict/Warn/Ignore) and the OpenAPI v3 documents,
// both derived from one Schema per kind and checked against the real Kubernetes reference data.
#include "tests/lab/LabFixture.h"

#include "app/lab/kube/KubeSchemas.h"
#include "app/lab/kube/OpenApiBuilder.h"
#include "app/lab/kube/ResourceCatalog.h"
#include "app/lab/kube/SchemaValidator.h"

#include "tests/support/ReferenceData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QByteArray kFlavouredNamespace
    = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"flavoured"},"spec":{"flavour":"vanilla"}})";

// The definition a reference property points to ("allOf": [{"$ref": ...}] or "$ref"), or empty.
QString refOf(const QJsonObject& property)
{
    if (property.contains(QStringLiteral("$ref")))
        return property.value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1);
    const QJsonArray allOf = property.value(QStringLiteral("allOf")).toArray();
    return allOf.isEmpty()
        ? QString()
        : allOf.at(0).toObject().value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1);
}

// Every property of the reference definition exists in our schema, recursively. Returns the misses.
void compareWithReference(const QJsonObject& schemas, const QString& definition, const Schema& ours,
    const QString& path, QStringList& missing, QSet<QString>& visited)
{
    if (visited.contains(definition))
        return;
    visited.insert(definition);
    const QJsonObject reference = schemas.value(definition).toObject();
    const QJsonObject properties = reference.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const Schema* field = ours.property(it.key());
        const QString fieldPath = path + QLatin1Char('.') + it.key();
        if (!field) {
            missing.append(fieldPath);
            continue;
        }
        QJsonObject property = it.value().toObject();
        const Schema* target = field;
        if (property.value(QStringLiteral("type")).toString() == QLatin1String("array") && field->element()) {
            property = property.value(QStringLiteral("items")).toObject();
            target = field->element().get();
        }
        const QString nested = refOf(property);
        if (!nested.isEmpty() && target->type() == Schema::Type::Object)
            compareWithReference(schemas, nested, *target, fieldPath, missing, visited);
    }
}

} // namespace

class TestValidation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void strictRejectsUnknownFieldWithTheRealMessage();
    void strictNamesNestedAndMultipleUnknownFields();
    void warnAcceptsWithWarningHeader();
    void defaultIsWarn();
    void ignoreDropsSilently();
    void typeMismatchIsRejectedLikeGoDecoder();
    void invalidFieldValidationValueIsBadRequest();
    void referenceFixturesPassStrictValidation_data();
    void referenceFixturesPassStrictValidation();
    void schemasCoverTheReferenceOpenApi_data();
    void schemasCoverTheReferenceOpenApi();
    void openApiDeclaresServerSideFieldValidation();
    void openApiIndexPointsToServedDocuments();

private:
    std::unique_ptr<LabFixture> m_lab;
    std::unique_ptr<TestHttpClient> m_client;
};

void TestValidation::initTestCase()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
    m_client = m_lab->connect();
    QVERIFY(m_client);
}

void TestValidation::cleanupTestCase()
{
    m_client.reset();
    m_lab.reset();
}

void TestValidation::strictRejectsUnknownFieldWithTheRealMessage()
{
    const auto response = m_client->request(
        "POST", "/api/v1/namespaces?fieldManager=kubectl-create&fieldValidation=Strict", kFlavouredNamespace);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    const QJsonObject status = response->json();
    QCOMPARE(status.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(status.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v1"));
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Failure"));
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("BadRequest"));
    QCOMPARE(status.value(QStringLiteral("code")).toInt(), 400);
    QCOMPARE(status.value(QStringLiteral("message")).toString(),
        QStringLiteral("Namespace in version \"v1\" cannot be handled as a Namespace: strict decoding error: unknown "
                       "field \"spec.flavour\""));
    QCOMPARE(m_client->request("GET", "/api/v1/namespaces/flavoured")->status, 404);
}

void TestValidation::strictNamesNestedAndMultipleUnknownFields()
{
    const QByteArray ingress
        = R"({"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"odd","colour":"red"},
        "spec":{"rules":[{"host":"odd.example.com","http":{"paths":[{"path":"/","pathType":"Prefix","weight":3,
        "backend":{"service":{"name":"odd","port":{"number":80}}}}]}}]}})";
    const auto response = m_client->request(
        "POST", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses?fieldValidation=Strict", ingress);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->json().value(QStringLiteral("message")).toString(),
        QStringLiteral("Ingress in version \"v1\" cannot be handled as a Ingress: strict decoding error: "
                       "unknown field \"metadata.colour\", unknown field \"spec.rules[0].http.paths[0].weight\""));
}

void TestValidation::warnAcceptsWithWarningHeader()
{
    const QByteArray body
        = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"warned"},"spec":{"flavour":"vanilla"}})";
    const auto response = m_client->request("POST", "/api/v1/namespaces?fieldValidation=Warn", body);
    QVERIFY(response);
    QCOMPARE(response->status, 201);
    QCOMPARE(response->headerValues("warning"), QList<QByteArray> { R"(299 - "unknown field \"spec.flavour\"")" });
    QVERIFY(!response->json().value(QStringLiteral("spec")).toObject().contains(QStringLiteral("flavour")));
    const auto stored = m_client->request("GET", "/api/v1/namespaces/warned");
    QVERIFY(stored);
    QVERIFY(!stored->json().value(QStringLiteral("spec")).toObject().contains(QStringLiteral("flavour")));
}

void TestValidation::defaultIsWarn()
{
    const QByteArray body
        = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"defaulted"},"spec":{"flavour":"vanilla"}})";
    const auto response = m_client->request("POST", "/api/v1/namespaces", body);
    QVERIFY(response);
    QCOMPARE(response->status, 201);
    QCOMPARE(response->headerValues("warning").size(), 1);
}

void TestValidation::ignoreDropsSilently()
{
    const QByteArray body
        = R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"ignored"},"spec":{"flavour":"vanilla"}})";
    const auto response = m_client->request("POST", "/api/v1/namespaces?fieldValidation=Ignore", body);
    QVERIFY(response);
    QCOMPARE(response->status, 201);
    QVERIFY(response->headerValues("warning").isEmpty());
    QVERIFY(!response->json().value(QStringLiteral("spec")).toObject().contains(QStringLiteral("flavour")));
}

void TestValidation::typeMismatchIsRejectedLikeGoDecoder()
{
    const QByteArray body
        = R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"typed"},"spec":{"ports":[{"port":"80"}]}})";
    const auto response = m_client->request("POST", "/api/v1/namespaces/shop/services?fieldValidation=Strict", body);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->json().value(QStringLiteral("message")).toString(),
        QStringLiteral(
            "Service in version \"v1\" cannot be handled as a Service: json: cannot unmarshal string into Go struct "
            "field ServicePort.spec.ports.port of type int32"));
}

void TestValidation::invalidFieldValidationValueIsBadRequest()
{
    const auto response = m_client->request("POST", "/api/v1/namespaces?fieldValidation=Sloppy", kFlavouredNamespace);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
}

void TestValidation::referenceFixturesPassStrictValidation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("plural");
    QTest::newRow("Namespace") << QStringLiteral("core.v1.Namespace.json") << QStringLiteral("namespaces");
    QTest::newRow("Service") << QStringLiteral("core.v1.Service.json") << QStringLiteral("services");
    QTest::newRow("Ingress") << QStringLiteral("networking.k8s.io.v1.Ingress.json") << QStringLiteral("ingresses");
    QTest::newRow("IngressClass") << QStringLiteral("networking.k8s.io.v1.IngressClass.json")
                                  << QStringLiteral("ingressclasses");
    QTest::newRow("NetworkPolicy") << QStringLiteral("networking.k8s.io.v1.NetworkPolicy.json")
                                   << QStringLiteral("networkpolicies");
    // (core.v1.Pod.json is from a later Kubernetes: hostnameOverride, status.resources …; the Pod schema is
    // checked against the 1.32 OpenAPI in schemasCoverTheReferenceOpenApi instead.)
    // (discovery.k8s.io.v1.EndpointSlice.json has hints.forNodes, which came after 1.32; the EndpointSlice
    // messages are checked against the 1.32 generated.proto in tst_protobufschema.)
}

void TestValidation::referenceFixturesPassStrictValidation()
{
    // Kubernetes' own round-trip fixtures fill (nearly) every field: our schema must know them all.
    QFETCH(QString, file);
    QFETCH(QString, plural);
    NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/testdata/") + file);
    QJsonObject object = readJson(path);
    QVERIFY(!object.isEmpty());
    const ResourceKind* kind = nullptr;
    for (const ResourceKind* candidate : ResourceCatalog::instance().kinds())
        kind = candidate->plural == plural ? candidate : kind;
    QVERIFY(kind);
    const SchemaValidator::Result result = SchemaValidator::check(object, *kind->schema, SchemaValidator::Mode::Strict);
    QVERIFY2(result.typeError.isEmpty(), qPrintable(result.typeError));
    QVERIFY2(result.unknownFields.isEmpty(), qPrintable(result.unknownFields.join(QStringLiteral(", "))));
    // And a single unknown field anywhere in it is caught.
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    QJsonArray owners = metadata.value(QStringLiteral("ownerReferences")).toArray();
    QJsonObject owner = owners.at(0).toObject();
    owner.insert(QStringLiteral("flavour"), 1);
    owners.replace(0, owner);
    metadata.insert(QStringLiteral("ownerReferences"), owners);
    object.insert(QStringLiteral("metadata"), metadata);
    const SchemaValidator::Result tampered
        = SchemaValidator::check(object, *kind->schema, SchemaValidator::Mode::Strict);
    QCOMPARE(tampered.unknownFields, QStringList { QStringLiteral("metadata.ownerReferences[0].flavour") });
}

void TestValidation::schemasCoverTheReferenceOpenApi_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("plural");
    QTest::newRow("Namespace") << QStringLiteral("io.k8s.api.core.v1.Namespace") << QStringLiteral("namespaces");
    QTest::newRow("Service") << QStringLiteral("io.k8s.api.core.v1.Service") << QStringLiteral("services");
    QTest::newRow("Node") << QStringLiteral("io.k8s.api.core.v1.Node") << QStringLiteral("nodes");
    QTest::newRow("Pod") << QStringLiteral("io.k8s.api.core.v1.Pod") << QStringLiteral("pods");
    QTest::newRow("Event") << QStringLiteral("io.k8s.api.core.v1.Event") << QStringLiteral("events");
}

void TestValidation::schemasCoverTheReferenceOpenApi()
{
    QFETCH(QString, definition);
    QFETCH(QString, plural);
    NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/openapi-v3/api__v1_openapi.json"));
    const QJsonObject schemas
        = readJson(path).value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    QVERIFY(schemas.contains(definition));
    const ResourceKind* kind = ResourceCatalog::instance().find(QString(), QStringLiteral("v1"), plural);
    QVERIFY(kind);
    QStringList missing;
    QSet<QString> visited;
    compareWithReference(schemas, definition, *kind->schema, kind->kind, missing, visited);
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("fields the real API has and the lab lacks: ") + missing.join(QStringLiteral(", "))));
    QVERIFY(visited.size() > 5);
}

void TestValidation::openApiDeclaresServerSideFieldValidation()
{
    // What kubectl looks for before it leaves validation to the server (see kubectl-facts.md).
    const OpenApiBuilder builder(ResourceCatalog::instance());
    for (const ResourceKind* kindPointer : ResourceCatalog::instance().kinds()) {
        const ResourceKind& kind = *kindPointer;
        const QJsonObject document = builder.document(kind.apiVersion());
        const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
        bool found = false;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QJsonObject patch = it.value().toObject().value(QStringLiteral("patch")).toObject();
            const QJsonObject gvk = patch.value(QStringLiteral("x-kubernetes-group-version-kind")).toObject();
            if (gvk.value(QStringLiteral("kind")).toString() != kind.kind
                || gvk.value(QStringLiteral("group")).toString() != kind.group
                || gvk.value(QStringLiteral("version")).toString() != kind.version)
                continue;
            QStringList query;
            for (const QJsonValue& parameter : patch.value(QStringLiteral("parameters")).toArray()) {
                if (parameter.toObject().value(QStringLiteral("in")).toString() == QLatin1String("query"))
                    query.append(parameter.toObject().value(QStringLiteral("name")).toString());
            }
            found = query.contains(QStringLiteral("fieldValidation")) && query.contains(QStringLiteral("dryRun"))
                && query.contains(QStringLiteral("fieldManager"));
        }
        QVERIFY2(found, qPrintable(kind.kind));
        // Every $ref resolves inside the document.
        const QJsonObject schemas
            = document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
        const QByteArray text = QJsonDocument(document).toJson(QJsonDocument::Compact);
        qsizetype at = 0;
        const QByteArray marker = "\"$ref\":\"#/components/schemas/";
        while ((at = text.indexOf(marker, at)) >= 0) {
            at += marker.size();
            const QString name = QString::fromUtf8(text.mid(at, text.indexOf('"', at) - at));
            QVERIFY2(schemas.contains(name), qPrintable(name));
        }
        QVERIFY(schemas.value(kind.schema->definitionName())
                    .toObject()
                    .contains(QStringLiteral("x-kubernetes-group-version-kind")));
    }
}

void TestValidation::openApiIndexPointsToServedDocuments()
{
    const auto index = m_client->request("GET", "/openapi/v3");
    QVERIFY(index);
    QCOMPARE(index->status, 200);
    const QJsonObject paths = index->json().value(QStringLiteral("paths")).toObject();
    // The built-in group-versions and those of the demo's CRDs.
    QCOMPARE(paths.keys(),
        (QStringList { QStringLiteral("api/v1"), QStringLiteral("apis/apiextensions.k8s.io/v1"),
            QStringLiteral("apis/cert-manager.io/v1"), QStringLiteral("apis/crd.projectcalico.org/v1"),
            QStringLiteral("apis/discovery.k8s.io/v1"),
            QStringLiteral("apis/externaldns.k8s.io/v1alpha1"), QStringLiteral("apis/gateway.networking.k8s.io/v1"),
            QStringLiteral("apis/networking.k8s.io/v1") }));
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QString url = it.value().toObject().value(QStringLiteral("serverRelativeURL")).toString();
        QVERIFY(url.startsWith(QStringLiteral("/openapi/v3/") + it.key() + QStringLiteral("?hash=")));
        const auto document = m_client->request("GET", url.toUtf8());
        QVERIFY(document);
        QCOMPARE(document->status, 200);
        QCOMPARE(document->json().value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.0"));
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
