#include "models/domain/Inventory.h"
#include "models/domain/ResourceJson.h"
#include "models/domain/ResourceProperties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Netloom::Domain;
namespace Json = Netloom::Domain::ResourceJson;

Q_DECLARE_METATYPE(Netloom::Domain::ResourceKind)

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

// Details with a non-default value in every field, so that a field dropped by the writer or the
// reader fails the round trip.
ResourceDetails sampleDetails(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vdc:
        return VdcDetails { QStringLiteral("de/fra"), QStringLiteral("production") };
    case ResourceKind::Subnet:
        return SubnetDetails { QStringLiteral("10.7.0.0/24"), QStringLiteral("2"), true, QStringLiteral("10.7.0.1") };
    case ResourceKind::IpAddress:
        return IpAddressDetails { QStringLiteral("203.0.113.10"), true, QStringLiteral("nlb-prod") };
    case ResourceKind::IpBlock:
        return IpBlockDetails { QStringLiteral("de/fra"), 2,
                                { QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.11") } };
    case ResourceKind::Gateway:
        return GatewayDetails { QStringLiteral("natGateway"), { QStringLiteral("203.0.113.20") },
                                { QStringLiteral("10.7.0.0/24"), QStringLiteral("10.8.0.0/24") } };
    case ResourceKind::LoadBalancer:
        return LoadBalancerDetails {
            { LoadBalancerListener { QStringLiteral("https"), QStringLiteral("TCP"), QStringLiteral("203.0.113.10"),
                                     443 } },
            { LoadBalancerRule { QStringLiteral("https"), QStringLiteral("TCP"), QStringLiteral("203.0.113.10"), 443,
                                 { LoadBalancerTarget { QStringLiteral("10.7.0.11"), 30443, 1 },
                                   LoadBalancerTarget { QStringLiteral("10.7.0.12"), 30443, 2 } } } },
            { QStringLiteral("203.0.113.10") }
        };
    case ResourceKind::Cluster:
        return ClusterDetails { QStringLiteral("1.29.4"), QStringLiteral("https://k8s.example:6443"),
                                QStringLiteral("ionos") };
    case ResourceKind::NodePool:
        return NodePoolDetails { 3, 4, 8192, QStringLiteral("1.29.4") };
    case ResourceKind::Namespace:
        return NamespaceDetails { QStringLiteral("Active") };
    case ResourceKind::Service:
        return ServiceDetails { QStringLiteral("LoadBalancer"),
                                { QStringLiteral("10.96.0.10"), QStringLiteral("fd00::a") },
                                { QStringLiteral("203.0.113.10"), QStringLiteral("lb.example.com") },
                                { ServicePort { QStringLiteral("https"), QStringLiteral("TCP"), 443,
                                                QStringLiteral("8443"), 30443 },
                                  ServicePort { QStringLiteral("metrics"), QStringLiteral("TCP"), 9090,
                                                QStringLiteral("metrics"), 0 } },
                                { { QStringLiteral("app"), QStringLiteral("web") } },
                                { QStringLiteral("VIP") },
                                { QStringLiteral("shop.example.com") },
                                QStringLiteral("203.0.113.10"),
                                300 };
    case ResourceKind::EndpointSummary:
        return EndpointSummaryDetails { 2, 1, { QStringLiteral("10.244.1.5"), QStringLiteral("10.244.2.7") },
                                        QStringLiteral("api"), 2 };
    case ResourceKind::PodSummary:
        return PodSummaryDetails { 5, 3, 1, 1, 0, 2, 5,
                                   { PodOwnerCount { QStringLiteral("Deployment"), QStringLiteral("api"), 5, 2 } } };
    case ResourceKind::IngressController:
        return IngressControllerDetails { QStringLiteral("nginx"), QStringLiteral("k8s.io/ingress-nginx"),
                                          QStringLiteral("ingress-nginx/ingress-nginx-controller"),
                                          QStringLiteral("1.10.1") };
    case ResourceKind::IngressClass:
        return IngressClassDetails { QStringLiteral("k8s.io/ingress-nginx"), true };
    case ResourceKind::Ingress:
        return IngressDetails { QStringLiteral("nginx"),
                                { IngressRoute { QStringLiteral("shop.example.com"), QStringLiteral("/api"),
                                                 QStringLiteral("Prefix"), QStringLiteral("api"),
                                                 QStringLiteral("8080") } },
                                { IngressTls { { QStringLiteral("shop.example.com") }, QStringLiteral("shop-tls") } },
                                { QStringLiteral("203.0.113.10") },
                                QStringLiteral("letsencrypt-prod"),
                                { QStringLiteral("shop.example.com") },
                                QStringLiteral("203.0.113.10"),
                                60,
                                QStringLiteral("k8s.io/ingress-nginx") };
    case ResourceKind::GatewayApiGateway:
        return GatewayApiGatewayDetails { QStringLiteral("cilium"),
                                          { GatewayListener { QStringLiteral("https"), QStringLiteral("HTTPS"), 443,
                                                              QStringLiteral("*.example.com") } },
                                          { QStringLiteral("203.0.113.30") } };
    case ResourceKind::HttpRoute:
        return HttpRouteDetails { { QStringLiteral("shop.example.com") },
                                  { QStringLiteral("infra/public-gw/https") },
                                  { HttpRouteRule { { QStringLiteral("PathPrefix /api") },
                                                    { HttpRouteBackend { QStringLiteral("api"), QStringLiteral("shop"),
                                                                         8080, 90 },
                                                      HttpRouteBackend { QStringLiteral("api-canary"), QString(), 8080,
                                                                         10 } } } } };
    case ResourceKind::Certificate:
        return CertificateDetails { { QStringLiteral("shop.example.com"), QStringLiteral("www.shop.example.com") },
                                    QStringLiteral("letsencrypt-prod"),
                                    QStringLiteral("ClusterIssuer"),
                                    QStringLiteral("shop-tls"),
                                    true,
                                    at("2025-01-31T12:00:00.000Z"),
                                    at("2025-01-01T12:00:00.000Z"),
                                    QStringLiteral("Certificate is up to date and has not expired") };
    case ResourceKind::Issuer:
        return IssuerDetails { true, QStringLiteral("acme"),
                               QStringLiteral("https://acme-v02.api.letsencrypt.org/directory"), true };
    case ResourceKind::TlsSecret:
        return TlsSecretDetails { { QStringLiteral("shop.example.com") }, at("2025-01-31T12:00:00.000Z"),
                                  QStringLiteral("R11"), QStringLiteral("CN=shop.example.com"),
                                  { QStringLiteral("203.0.113.10") }, QStringLiteral("CN=R11,O=Let's Encrypt,C=US"),
                                  at("2024-11-02T12:00:00.000Z"), 2, QString() };
    case ResourceKind::DnsZone:
        return DnsZoneDetails { QStringLiteral("example.com"), QStringLiteral("ionos-cloud-dns"), 2024050101 };
    case ResourceKind::DnsRecord:
        return DnsRecordDetails { QStringLiteral("shop.example.com"), QStringLiteral("A"), 300,
                                  { QStringLiteral("203.0.113.10") }, QStringLiteral("netloom-prod") };
    case ResourceKind::NetworkPolicy:
        return NetworkPolicyDetails { QStringLiteral("calico"),
                                      { QStringLiteral("Ingress"), QStringLiteral("Egress") },
                                      QStringLiteral("app == 'web'"),
                                      { NetworkPolicyRule { QStringLiteral("Allow"), QStringLiteral("TCP"),
                                                            { QStringLiteral("10.0.0.0/8") },
                                                            { QStringLiteral("443") } } },
                                      { NetworkPolicyRule { QStringLiteral("Deny"), QString(), {}, {} } },
                                      100.5 };
    case ResourceKind::IpPool:
        return IpPoolDetails { QStringLiteral("10.244.0.0/16"), 26, QStringLiteral("Never"),
                               QStringLiteral("CrossSubnet"), true, false };
    }
    return {};
}

Resource sample(ResourceKind kind)
{
    Resource r;
    r.kind = kind;
    r.name = QStringLiteral("sample-") + machineName(kind);
    r.namespaceName = QStringLiteral("shop");
    r.id = ResourceId::kube(QStringLiteral("prod"), kind, r.namespaceName, r.name);
    r.uid = QStringLiteral("6b1e1f0a-0000-4000-8000-000000000001");
    r.resourceVersion = QStringLiteral("12345");
    r.parent = ResourceId::kube(QStringLiteral("prod"), ResourceKind::Namespace, QString(), QStringLiteral("shop"));
    r.labels = { { QStringLiteral("app"), QStringLiteral("web") }, { QStringLiteral("tier"), QStringLiteral("front") } };
    r.relations = { Relation { RelationType::RoutesTo, ResourceId::fromString(QStringLiteral("kube:prod/service/shop/api")) },
                    Relation { RelationType::Secures, ResourceId::fromString(QStringLiteral("kube:prod/ingress/shop/a")) } };
    r.created = at("2024-05-01T10:00:00.123Z");
    r.origin = QStringLiteral("kube:prod");
    r.status = ResourceStatus { ResourceState::Warning, QStringLiteral("1 of 3 endpoints not ready") };
    r.details = sampleDetails(kind);
    return r;
}

// Through bytes, as a script would see it.
QJsonObject reparsed(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

} // namespace

class TestResourceJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesCoverEveryKind()
    {
        for (ResourceKind k : allResourceKinds()) {
            const Resource r = sample(k);
            QCOMPARE(detailsKind(r.details), std::optional<ResourceKind>(k));
            QVERIFY(r.detailsMatchKind());
            QVERIFY2(r.details != defaultDetails(k), qPrintable(machineName(k)));
        }
    }

    void roundTripEveryKind_data()
    {
        QTest::addColumn<ResourceKind>("kind");
        for (ResourceKind k : allResourceKinds())
            QTest::newRow(qPrintable(machineName(k))) << k;
    }

    void roundTripEveryKind()
    {
        QFETCH(ResourceKind, kind);
        const Resource original = sample(kind);
        const QJsonObject json = reparsed(Json::toJson(original));
        const Netloom::Expected<Resource> back = Json::fromJson(json);
        QVERIFY2(back.hasValue(), back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->details, original.details);
        QVERIFY(*back == original);
        // and the JSON itself is stable
        QCOMPARE(Json::toJson(*back), Json::toJson(original));
    }

    void defaultDetailsRoundTripForEveryKind()
    {
        for (ResourceKind k : allResourceKinds()) {
            Resource r = sample(k);
            r.details = defaultDetails(k);
            const Netloom::Expected<Resource> back = Json::fromJson(reparsed(Json::toJson(r)));
            QVERIFY(back.hasValue());
            QVERIFY2(*back == r, qPrintable(machineName(k)));
        }
    }

    void monostateDetailsAreNull()
    {
        Resource r = sample(ResourceKind::Service);
        r.details = std::monostate {};
        const QJsonObject o = Json::toJson(r);
        QVERIFY(o.value(QStringLiteral("details")).isNull());
        const Netloom::Expected<Resource> back = Json::fromJson(o);
        QVERIFY(back.hasValue());
        QVERIFY(std::holds_alternative<std::monostate>(back->details));
    }

    void writesTheDocumentedShape()
    {
        const QJsonObject o = Json::toJson(sample(ResourceKind::Service));
        const QStringList keys { QStringLiteral("kind"),    QStringLiteral("id"),
                                 QStringLiteral("name"),    QStringLiteral("namespace"),
                                 QStringLiteral("uid"),     QStringLiteral("resourceVersion"),
                                 QStringLiteral("parent"),  QStringLiteral("labels"),
                                 QStringLiteral("relations"), QStringLiteral("status"),
                                 QStringLiteral("origin"),  QStringLiteral("created"),
                                 QStringLiteral("details") };
        QStringList actual = o.keys();
        QStringList expected = keys;
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("service"));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("kube:prod/service/shop/sample-service"));
        QCOMPARE(o.value(QStringLiteral("created")).toString(), QStringLiteral("2024-05-01T10:00:00.123Z"));
        QCOMPARE(o.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("warning"));
        const QJsonObject rel = o.value(QStringLiteral("relations")).toArray().at(0).toObject();
        QCOMPARE(rel.value(QStringLiteral("type")).toString(), QStringLiteral("routesTo"));
        QCOMPARE(rel.value(QStringLiteral("target")).toString(), QStringLiteral("kube:prod/service/shop/api"));
        const QJsonObject details = o.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("type")).toString(), QStringLiteral("LoadBalancer"));
        QCOMPARE(details.value(QStringLiteral("clusterIps")).toArray().size(), 2);
        const QJsonObject port = details.value(QStringLiteral("ports")).toArray().at(0).toObject();
        QCOMPARE(port.value(QStringLiteral("port")).toInt(), 443);
        QCOMPARE(port.value(QStringLiteral("targetPort")).toString(), QStringLiteral("8443"));
        QCOMPARE(port.value(QStringLiteral("nodePort")).toInt(), 30443);
        QCOMPARE(details.value(QStringLiteral("selector")).toObject().value(QStringLiteral("app")).toString(),
                 QStringLiteral("web"));
    }

    void nullParentAndInvalidDatesAreNull()
    {
        Resource r = sample(ResourceKind::Certificate);
        r.parent = ResourceId();
        r.created = QDateTime();
        auto& cert = std::get<CertificateDetails>(r.details);
        cert.notAfter = QDateTime();
        const QJsonObject o = Json::toJson(r);
        QVERIFY(o.value(QStringLiteral("parent")).isNull());
        QVERIFY(o.value(QStringLiteral("created")).isNull());
        QVERIFY(o.value(QStringLiteral("details")).toObject().value(QStringLiteral("notAfter")).isNull());
        const Netloom::Expected<Resource> back = Json::fromJson(o);
        QVERIFY(back.hasValue());
        QVERIFY(*back == r);
    }

    void absentKeysTakeDefaults()
    {
        const QJsonObject o { { QStringLiteral("kind"), QStringLiteral("subnet") },
                              { QStringLiteral("id"), QStringLiteral("cloud:ionos/subnet/dc1/1") },
                              { QStringLiteral("details"), QJsonObject { { QStringLiteral("cidr"),
                                                                           QStringLiteral("10.0.0.0/24") } } },
                              { QStringLiteral("someFutureKey"), 42 } };
        const Netloom::Expected<Resource> r = Json::fromJson(o);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->kind, ResourceKind::Subnet);
        QCOMPARE(r->status.state, ResourceState::Unknown);
        QVERIFY(r->parent.isNull());
        QVERIFY(r->labels.isEmpty());
        const SubnetDetails* s = r->as<SubnetDetails>();
        QVERIFY(s);
        QCOMPARE(s->cidr, QStringLiteral("10.0.0.0/24"));
        QCOMPARE(s->isPublic, false);
        QCOMPARE(r->as<ServiceDetails>(), nullptr);
    }

    void malformedInputIsRejectedWithItsPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("no kind") << QByteArray(R"({"id":"x"})") << QStringLiteral("\"kind\"");
        QTest::newRow("kind not a string") << QByteArray(R"({"kind":3,"id":"x"})") << QStringLiteral("\"kind\"");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"pod","id":"x"})")
                                      << QStringLiteral("unknown kind \"pod\"");
        QTest::newRow("no id") << QByteArray(R"({"kind":"vdc"})") << QStringLiteral("\"id\"");
        QTest::newRow("empty id") << QByteArray(R"({"kind":"vdc","id":""})") << QStringLiteral("\"id\"");
        QTest::newRow("name a number") << QByteArray(R"({"kind":"vdc","id":"x","name":5})")
                                       << QStringLiteral("\"name\": expected a string");
        QTest::newRow("label not a string")
            << QByteArray(R"({"kind":"vdc","id":"x","labels":{"app":1}})") << QStringLiteral("\"labels.app\"");
        QTest::newRow("labels an array") << QByteArray(R"({"kind":"vdc","id":"x","labels":[]})")
                                         << QStringLiteral("\"labels\"");
        QTest::newRow("relation type unknown")
            << QByteArray(R"({"kind":"vdc","id":"x","relations":[{"type":"likes","target":"y"}]})")
            << QStringLiteral("\"relations[0].type\"");
        QTest::newRow("relation without target")
            << QByteArray(R"({"kind":"vdc","id":"x","relations":[{"type":"exposes","target":"y"},{"type":"exposes"}]})")
            << QStringLiteral("\"relations[1].target\"");
        QTest::newRow("status state unknown")
            << QByteArray(R"({"kind":"vdc","id":"x","status":{"state":"fine"}})") << QStringLiteral("\"status.state\"");
        QTest::newRow("created not a date") << QByteArray(R"({"kind":"vdc","id":"x","created":"yesterday"})")
                                            << QStringLiteral("\"created\"");
        QTest::newRow("details not an object") << QByteArray(R"({"kind":"vdc","id":"x","details":[1]})")
                                               << QStringLiteral("\"details\": expected an object");
        QTest::newRow("port a string")
            << QByteArray(R"({"kind":"service","id":"x","details":{"ports":[{"port":80},{"port":"443"}]}})")
            << QStringLiteral("\"details.ports[1].port\": expected an integer");
        QTest::newRow("port fractional")
            << QByteArray(R"({"kind":"service","id":"x","details":{"ports":[{"port":80.5}]}})")
            << QStringLiteral("\"details.ports[0].port\"");
        QTest::newRow("port out of range")
            << QByteArray(R"({"kind":"service","id":"x","details":{"ports":[{"port":1e12}]}})")
            << QStringLiteral("out of range");
        QTest::newRow("bool as string") << QByteArray(R"({"kind":"subnet","id":"x","details":{"isPublic":"yes"}})")
                                        << QStringLiteral("\"details.isPublic\"");
        QTest::newRow("string list with number")
            << QByteArray(R"({"kind":"ipBlock","id":"x","details":{"addresses":["1.2.3.4",5]}})")
            << QStringLiteral("\"details.addresses[1]\"");
        QTest::newRow("nested target weight")
            << QByteArray(
                   R"({"kind":"loadBalancer","id":"x","details":{"forwardingRules":[{"targets":[{"weight":true}]}]}})")
            << QStringLiteral("\"details.forwardingRules[0].targets[0].weight\"");
        QTest::newRow("order a string")
            << QByteArray(R"({"kind":"networkPolicy","id":"x","details":{"order":"1"}})")
            << QStringLiteral("\"details.order\"");
    }

    void malformedInputIsRejectedWithItsPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedInMessage);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const Netloom::Expected<Resource> r = Json::fromJson(doc.object());
        QVERIFY(!r.hasValue());
        QVERIFY2(r.error().message.contains(expectedInMessage), qPrintable(r.error().message));
    }

    void inventoryDocumentRoundTrips()
    {
        QList<ResourcePtr> resources;
        for (ResourceKind k : allResourceKinds())
            resources.append(std::make_shared<const Resource>(sample(k)));
        const QJsonObject doc = reparsed(Json::inventoryToJson(resources));
        QCOMPARE(doc.value(QStringLiteral("formatVersion")).toInt(), 1);
        const QJsonArray array = doc.value(QStringLiteral("resources")).toArray();
        QCOMPARE(array.size(), resources.size());
        for (qsizetype i = 1; i < array.size(); ++i) // sorted by id
            QVERIFY(array.at(i - 1).toObject().value(QStringLiteral("id")).toString()
                    < array.at(i).toObject().value(QStringLiteral("id")).toString());

        const Netloom::Expected<QList<ResourcePtr>> back = Json::inventoryFromJson(doc);
        QVERIFY(back.hasValue());
        QCOMPARE(back->size(), resources.size());
        Inventory inventory;
        inventory.upsert(*back);
        for (const ResourcePtr& r : std::as_const(resources))
            QVERIFY(*inventory.get(r->id) == *r);
        // The Inventory's document holds the resolved relations; the samples name targets that
        // are not there, so they have none.
        const QJsonObject fromInventory = Json::inventoryToJson(inventory);
        QCOMPARE(fromInventory,
            Json::inventoryToJson(resources, [&inventory](const Resource& r) { return inventory.relationsOf(r.id); }));
        for (const QJsonValue& v : fromInventory.value(QStringLiteral("resources")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("relations")).toArray().isEmpty());
    }

    void inventoryDocumentHoldsResolvedRelations()
    {
        Inventory inventory;
        Resource svc = sample(ResourceKind::Service);
        svc.relations.clear();
        Resource ing = sample(ResourceKind::Ingress);
        ing.relations.clear();
        ing.references = { { ReferenceKind::IngressBackend, ResourceKey::id(svc.id) } };
        inventory.upsert(std::make_shared<const Resource>(svc));
        inventory.upsert(std::make_shared<const Resource>(ing));
        const QJsonArray array = Json::inventoryToJson(inventory).value(QStringLiteral("resources")).toArray();
        bool found = false;
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() != ing.id.toString())
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("relations")).toArray(),
                (QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("routesTo") },
                    { QStringLiteral("target"), svc.id.toString() } } }));
        }
        QVERIFY(found);
        // read back, the relations are stated ones, and resolve to the same
        const auto back = Json::inventoryFromJson(Json::inventoryToJson(inventory));
        QVERIFY(back.hasValue());
        Inventory again;
        again.upsert(*back);
        QCOMPARE(Json::inventoryToJson(again), Json::inventoryToJson(inventory));
    }

    void inventoryDocumentErrors()
    {
        const QJsonObject wrongVersion { { QStringLiteral("formatVersion"), 2 },
                                         { QStringLiteral("resources"), QJsonArray() } };
        const auto v = Json::inventoryFromJson(wrongVersion);
        QVERIFY(!v.hasValue());
        QVERIFY2(v.error().message.contains(QStringLiteral("version 2")), qPrintable(v.error().message));

        const QJsonObject badItem { { QStringLiteral("formatVersion"), 1 },
                                    { QStringLiteral("resources"),
                                      QJsonArray { Json::toJson(sample(ResourceKind::Vdc)),
                                                   QJsonObject { { QStringLiteral("kind"), QStringLiteral("nope") } } } } };
        const auto b = Json::inventoryFromJson(badItem);
        QVERIFY(!b.hasValue());
        QCOMPARE(b.error().detail, QStringLiteral("resources[1]"));
        QVERIFY(b.error().message.contains(QStringLiteral("unknown kind")));
    }

    void displayPropertiesListCommonThenDetails()
    {
        const QList<DisplayProperty> props = displayProperties(sample(ResourceKind::Service));
        QVERIFY(props.size() > 10);
        QCOMPARE(props.at(0), (DisplayProperty { QStringLiteral("Kind"), QStringLiteral("Service") }));
        QCOMPARE(props.at(1), (DisplayProperty { QStringLiteral("Name"), QStringLiteral("sample-service") }));
        QCOMPARE(props.at(2), (DisplayProperty { QStringLiteral("Namespace"), QStringLiteral("shop") }));
        QCOMPARE(props.at(3).value, QStringLiteral("Warning — 1 of 3 endpoints not ready"));
        const auto value = [&props](const QString& label) {
            for (const DisplayProperty& p : props) {
                if (p.label == label)
                    return p.value;
            }
            return QStringLiteral("<absent>");
        };
        QCOMPARE(value(QStringLiteral("Labels")), QStringLiteral("app=web, tier=front"));
        QCOMPARE(value(QStringLiteral("Type")), QStringLiteral("LoadBalancer"));
        QCOMPARE(value(QStringLiteral("Cluster IPs")), QStringLiteral("10.96.0.10, fd00::a"));
        QCOMPARE(value(QStringLiteral("Ports")),
                 QStringLiteral("https 443→8443/TCP (node port 30443); metrics 9090→metrics/TCP"));
        QCOMPARE(value(QStringLiteral("Created")), QStringLiteral("2024-05-01T10:00:00Z"));
        // details come after the common rows
        qsizetype typeRow = -1;
        qsizetype uidRow = -1;
        for (qsizetype i = 0; i < props.size(); ++i) {
            if (props.at(i).label == QStringLiteral("Type"))
                typeRow = i;
            if (props.at(i).label == QStringLiteral("UID"))
                uidRow = i;
        }
        QVERIFY(uidRow >= 0 && typeRow > uidRow);
    }

    void displayPropertiesOmitEmptyAndShowBooleans()
    {
        Resource r;
        r.kind = ResourceKind::Subnet;
        r.id = ResourceId::cloud(QStringLiteral("ionos"), ResourceKind::Subnet, QStringLiteral("dc/1"));
        r.name = QStringLiteral("lan-1");
        r.details = SubnetDetails { QStringLiteral("10.0.0.0/24"), QString(), false, QString() };
        const QList<DisplayProperty> props = displayProperties(r);
        QStringList labels;
        for (const DisplayProperty& p : props)
            labels.append(p.label);
        QVERIFY(!labels.contains(QStringLiteral("Namespace")));
        QVERIFY(!labels.contains(QStringLiteral("LAN id")));
        QVERIFY(!labels.contains(QStringLiteral("Labels")));
        QVERIFY(props.contains(DisplayProperty { QStringLiteral("Public"), QStringLiteral("no") }));
        QVERIFY(props.contains(DisplayProperty { QStringLiteral("CIDR"), QStringLiteral("10.0.0.0/24") }));
        QVERIFY(props.contains(DisplayProperty { QStringLiteral("Status"), QStringLiteral("Unknown") }));
    }

    void displayPropertiesForEveryKindShowDetails()
    {
        for (ResourceKind k : allResourceKinds()) {
            Resource bare;
            bare.kind = k;
            bare.id = ResourceId::fromString(QStringLiteral("x"));
            const qsizetype commonRows = displayProperties(bare).size();
            bare.details = sampleDetails(k);
            QVERIFY2(displayProperties(bare).size() > commonRows, qPrintable(machineName(k)));
        }
    }
};

QTEST_GUILESS_MAIN(TestResourceJson)
#include "tst_resourcejson.moc"
