// The demo seed's custom resources (in process): the CRDs it registers, the cert-manager, external-dns,
// Gateway API and Calico objects with their controllers' statuses, and the TLS Secrets holding real
// certificates that match the Certificates. `--seed empty` has no CRDs.
#include "tests/lab/LabFixture.h"

#include "app/lab/kube/CustomResourceDefinitions.h"
#include "app/lab/seed/DemoSeed.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QtTest>

using namespace Netloom::Lab;
using namespace Netloom::Lab::Test;

namespace {

QJsonObject conditionOf(const QJsonObject& object, const QString& type)
{
    for (const QJsonValue& value :
        object.value(QStringLiteral("status")).toObject().value(QStringLiteral("conditions")).toArray()) {
        if (value.toObject().value(QStringLiteral("type")).toString() == type)
            return value.toObject();
    }
    return {};
}

QString nameOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

QString namespaceOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString();
}

// The private key belongs to the certificate (OpenSSL's own check).
bool keyMatches(const QByteArray& certificatePem, const QByteArray& keyPem)
{
    BIO* certBio = BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size()));
    BIO* keyBio = BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size()));
    X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool ok = cert && key && X509_check_private_key(cert, key) == 1;
    X509_free(cert);
    EVP_PKEY_free(key);
    BIO_free(certBio);
    BIO_free(keyBio);
    return ok;
}

} // namespace

class TestDemoSeed final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registersTheCrds();
    void certificatesHaveTheirControllersStatus();
    void tlsSecretsHoldMatchingCertificates();
    void gatewayApiAndDnsAndCalico();
    void nodesPodsAndEndpointSlices();
    void eventsAndFieldSelectors();
    void customResourcesListWatchAndWriteLikeBuiltInKinds();
    void emptySeedHasNoCrds();
    void demoSeedIsFast();

private:
    const ResourceKind& kind(const char* group, const char* version, const char* plural) const;
    QList<QJsonObject> list(const char* group, const char* version, const char* plural) const;

    std::unique_ptr<LabFixture> m_lab;
};

void TestDemoSeed::initTestCase()
{
    m_lab = std::make_unique<LabFixture>();
    QVERIFY2(m_lab->start(LabFixture::Seed::Demo), qPrintable(m_lab->error()));
}

const ResourceKind& TestDemoSeed::kind(const char* group, const char* version, const char* plural) const
{
    const ResourceKind* found = m_lab->server().catalog().find(
        QString::fromLatin1(group), QString::fromLatin1(version), QString::fromLatin1(plural));
    if (!found)
        qFatal("the demo serves no %s.%s", plural, group);
    return *found;
}

QList<QJsonObject> TestDemoSeed::list(const char* group, const char* version, const char* plural) const
{
    return m_lab->server().store().list(kind(group, version, plural));
}

void TestDemoSeed::registersTheCrds()
{
    QStringList names;
    for (const QJsonObject& crd : list("apiextensions.k8s.io", "v1", "customresourcedefinitions")) {
        names.append(nameOf(crd));
        QVERIFY2(CustomResourceDefinitions::hasCondition(crd, QStringLiteral("Established")), qPrintable(nameOf(crd)));
    }
    QCOMPARE(names,
        QStringList(
            { QStringLiteral("certificaterequests.cert-manager.io"), QStringLiteral("certificates.cert-manager.io"),
                QStringLiteral("clusterissuers.cert-manager.io"), QStringLiteral("dnsendpoints.externaldns.k8s.io"),
                QStringLiteral("gatewayclasses.gateway.networking.k8s.io"),
                QStringLiteral("gateways.gateway.networking.k8s.io"),
                QStringLiteral("globalnetworkpolicies.crd.projectcalico.org"),
                QStringLiteral("httproutes.gateway.networking.k8s.io"), QStringLiteral("ippools.crd.projectcalico.org"),
                QStringLiteral("issuers.cert-manager.io"), QStringLiteral("networkpolicies.crd.projectcalico.org") }));
    // Served over HTTP like any kind, with the shape discovery gives it.
    auto client = m_lab->connect();
    QVERIFY(client);
    const auto resources = client->request("GET", "/apis/cert-manager.io/v1");
    QVERIFY(resources && resources->status == 200);
    QStringList served;
    for (const QJsonValue& value : resources->json().value(QStringLiteral("resources")).toArray())
        served.append(value.toObject().value(QStringLiteral("name")).toString());
    served.sort();
    QCOMPARE(served,
        QStringList({ QStringLiteral("certificaterequests"), QStringLiteral("certificaterequests/status"),
            QStringLiteral("certificates"), QStringLiteral("certificates/status"), QStringLiteral("clusterissuers"),
            QStringLiteral("clusterissuers/status"), QStringLiteral("issuers"), QStringLiteral("issuers/status") }));
}

void TestDemoSeed::certificatesHaveTheirControllersStatus()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QJsonObject> byName;
    for (const QJsonObject& certificate : list("cert-manager.io", "v1", "certificates"))
        byName.insert(namespaceOf(certificate) + QLatin1Char('/') + nameOf(certificate), certificate);
    QCOMPARE(byName.size(), 7);
    // Every TLS host of the demo Ingresses has its Certificate, writing the Secret the Ingress names.
    for (const QJsonObject& ingress : list("networking.k8s.io", "v1", "ingresses")) {
        for (const QJsonValue& tls :
            ingress.value(QStringLiteral("spec")).toObject().value(QStringLiteral("tls")).toArray()) {
            const QString secret = tls.toObject().value(QStringLiteral("secretName")).toString();
            bool found = false;
            for (const QJsonObject& certificate : std::as_const(byName)) {
                const QJsonObject spec = certificate.value(QStringLiteral("spec")).toObject();
                if (namespaceOf(certificate) == namespaceOf(ingress)
                    && spec.value(QStringLiteral("secretName")).toString() == secret) {
                    found = true;
                    QCOMPARE(spec.value(QStringLiteral("dnsNames")).toArray(),
                        tls.toObject().value(QStringLiteral("hosts")).toArray());
                }
            }
            QVERIFY2(found, qPrintable(secret));
        }
    }
    const auto notAfter = [](const QJsonObject& certificate) {
        return QDateTime::fromString(
            certificate.value(QStringLiteral("status")).toObject().value(QStringLiteral("notAfter")).toString(),
            Qt::ISODate);
    };
    const QJsonObject soon = byName.value(QStringLiteral("payments/pay-example-com"));
    QVERIFY(qAbs(now.secsTo(notAfter(soon)) - 10 * 86400) < 120);
    QCOMPARE(
        conditionOf(soon, QStringLiteral("Ready")).value(QStringLiteral("status")).toString(), QStringLiteral("True"));
    const QJsonObject expired = byName.value(QStringLiteral("monitoring/grafana-example-com"));
    QVERIFY(notAfter(expired) < now);
    QCOMPARE(conditionOf(expired, QStringLiteral("Ready")).value(QStringLiteral("reason")).toString(),
        QStringLiteral("Expired"));
    const QJsonObject pending = byName.value(QStringLiteral("identity/auth-example-com"));
    const QJsonObject ready = conditionOf(pending, QStringLiteral("Ready"));
    QCOMPARE(ready.value(QStringLiteral("status")).toString(), QStringLiteral("False"));
    QCOMPARE(ready.value(QStringLiteral("reason")).toString(), QStringLiteral("DoesNotExist"));
    QVERIFY(!ready.value(QStringLiteral("message")).toString().isEmpty());
    const QJsonObject fine = byName.value(QStringLiteral("shop/shop-example-com"));
    QCOMPARE(
        conditionOf(fine, QStringLiteral("Ready")).value(QStringLiteral("status")).toString(), QStringLiteral("True"));
    QVERIFY(!fine.value(QStringLiteral("status")).toObject().value(QStringLiteral("renewalTime")).toString().isEmpty());

    QStringList issuers;
    for (const QJsonObject& issuer : list("cert-manager.io", "v1", "clusterissuers"))
        issuers.append(nameOf(issuer));
    QCOMPARE(issuers, QStringList({ QStringLiteral("letsencrypt-prod"), QStringLiteral("selfsigned") }));
    const QJsonObject ca
        = m_lab->server()
              .store()
              .get(kind("cert-manager.io", "v1", "issuers"), QStringLiteral("payments"), QStringLiteral("internal-ca"))
              .value_or(QJsonObject());
    QCOMPARE(
        conditionOf(ca, QStringLiteral("Ready")).value(QStringLiteral("status")).toString(), QStringLiteral("True"));
}

void TestDemoSeed::tlsSecretsHoldMatchingCertificates()
{
    const ResourceKind& secrets = kind("", "v1", "secrets");
    int checked = 0;
    for (const QJsonObject& certificate : list("cert-manager.io", "v1", "certificates")) {
        const QJsonObject spec = certificate.value(QStringLiteral("spec")).toObject();
        const QJsonObject status = certificate.value(QStringLiteral("status")).toObject();
        const std::optional<QJsonObject> secret = m_lab->server().store().get(
            secrets, namespaceOf(certificate), spec.value(QStringLiteral("secretName")).toString());
        if (!status.contains(QStringLiteral("notAfter"))) {
            QVERIFY2(!secret, qPrintable(nameOf(certificate))); // not issued: no Secret yet
            continue;
        }
        QVERIFY2(secret, qPrintable(nameOf(certificate)));
        QCOMPARE(secret->value(QStringLiteral("type")).toString(), QStringLiteral("kubernetes.io/tls"));
        const QJsonObject data = secret->value(QStringLiteral("data")).toObject();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(
            QByteArray::fromBase64(data.value(QStringLiteral("tls.crt")).toString().toLatin1()), QSsl::Pem);
        QCOMPARE(chain.size(), 1);
        const QByteArray keyPem = QByteArray::fromBase64(data.value(QStringLiteral("tls.key")).toString().toLatin1());
        QVERIFY(!QSslKey(keyPem, QSsl::Ec).isNull());
        QVERIFY(keyMatches(chain.front().toPem(), keyPem));
        QVERIFY(!keyMatches(chain.front().toPem(),
                    QByteArray::fromBase64(m_lab->server()
                                               .store()
                                               .get(secrets, QStringLiteral("payments"), QStringLiteral("internal-ca"))
                                               ->value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("tls.key"))
                                               .toString()
                                               .toLatin1()))
            || spec.value(QStringLiteral("isCA")).toBool());
        QCOMPARE(chain.front().expiryDate(),
            QDateTime::fromString(status.value(QStringLiteral("notAfter")).toString(), Qt::ISODate));
        QCOMPARE(chain.front().effectiveDate(),
            QDateTime::fromString(status.value(QStringLiteral("notBefore")).toString(), Qt::ISODate));
        if (!spec.value(QStringLiteral("isCA")).toBool()) {
            QStringList sans = chain.front().subjectAlternativeNames().values(QSsl::DnsEntry);
            QStringList expected;
            for (const QJsonValue& name : spec.value(QStringLiteral("dnsNames")).toArray())
                expected.append(name.toString());
            sans.sort();
            expected.sort();
            QCOMPARE(sans, expected);
        }
        ++checked;
    }
    QCOMPARE(checked, 6);
}

void TestDemoSeed::gatewayApiAndDnsAndCalico()
{
    const QList<QJsonObject> classes = list("gateway.networking.k8s.io", "v1", "gatewayclasses");
    QCOMPARE(classes.size(), 1);
    QCOMPARE(
        classes.front().value(QStringLiteral("spec")).toObject().value(QStringLiteral("controllerName")).toString(),
        QStringLiteral("gateway.nginx.org/nginx-gateway-controller"));
    const QList<QJsonObject> gateways = list("gateway.networking.k8s.io", "v1", "gateways");
    QCOMPARE(gateways.size(), 1);
    const QJsonObject gatewayStatus = gateways.front().value(QStringLiteral("status")).toObject();
    QCOMPARE(gatewayStatus.value(QStringLiteral("addresses"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
        QStringLiteral("203.0.113.12"));
    QCOMPARE(gatewayStatus.value(QStringLiteral("listeners")).toArray().size(), 2);
    const QList<QJsonObject> routes = list("gateway.networking.k8s.io", "v1", "httproutes");
    QCOMPARE(routes.size(), 1);
    const ResourceKind& services = kind("", "v1", "services");
    for (const QJsonValue& rule :
        routes.front().value(QStringLiteral("spec")).toObject().value(QStringLiteral("rules")).toArray()) {
        for (const QJsonValue& backend : rule.toObject().value(QStringLiteral("backendRefs")).toArray())
            QVERIFY(m_lab->server().store().contains(
                services, namespaceOf(routes.front()), backend.toObject().value(QStringLiteral("name")).toString()));
    }
    QCOMPARE(routes.front()
                 .value(QStringLiteral("spec"))
                 .toObject()
                 .value(QStringLiteral("parentRefs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        nameOf(gateways.front()));

    QCOMPARE(list("externaldns.k8s.io", "v1alpha1", "dnsendpoints").size(), 3);
    QHash<QString, QJsonObject> pools;
    for (const QJsonObject& pool : list("crd.projectcalico.org", "v1", "ippools"))
        pools.insert(nameOf(pool), pool.value(QStringLiteral("spec")).toObject());
    QCOMPARE(pools.size(), 2);
    QCOMPARE(pools.value(QStringLiteral("default-ipv4-ippool")).value(QStringLiteral("cidr")).toString(),
        QStringLiteral("10.244.0.0/16"));
    QCOMPARE(pools.value(QStringLiteral("default-ipv4-ippool")).value(QStringLiteral("blockSize")).toInt(), 26);
    QCOMPARE(list("crd.projectcalico.org", "v1", "globalnetworkpolicies").size(), 1);
}

void TestDemoSeed::nodesPodsAndEndpointSlices()
{
    QHash<QString, QString> podCidrs;
    for (const QJsonObject& node : list("", "v1", "nodes")) {
        QCOMPARE(conditionOf(node, QStringLiteral("Ready")).value(QStringLiteral("status")).toString(),
            QStringLiteral("True"));
        const QString cidr = node.value(QStringLiteral("spec")).toObject().value(QStringLiteral("podCIDR")).toString();
        QVERIFY2(cidr.startsWith(QLatin1String("10.244.")) && cidr.endsWith(QLatin1String(".0/24")), qPrintable(cidr));
        QCOMPARE(node.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("addresses"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
            QStringLiteral("InternalIP"));
        podCidrs.insert(nameOf(node), cidr.section(QLatin1Char('.'), 0, 2) + QLatin1Char('.'));
    }
    QCOMPARE(podCidrs.size(), 5);
    QHash<QString, QJsonObject> podsByKey;
    for (const QJsonObject& pod : list("", "v1", "pods")) {
        const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
        const QString node = pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("nodeName")).toString();
        QVERIFY2(podCidrs.contains(node), qPrintable(nameOf(pod)));
        // The pod's IP is in its node's podCIDR (from the Calico pool).
        QVERIFY2(
            status.value(QStringLiteral("podIP")).toString().startsWith(podCidrs.value(node)), qPrintable(nameOf(pod)));
        QCOMPARE(status.value(QStringLiteral("phase")).toString(), QStringLiteral("Running"));
        const QJsonArray owners
            = pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("ownerReferences")).toArray();
        QCOMPARE(owners.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ReplicaSet"));
        podsByKey.insert(namespaceOf(pod) + QLatin1Char('/') + nameOf(pod), pod);
    }
    QVERIFY(podsByKey.size() >= 20);
    // One EndpointSlice per Service with a selector; every endpoint names one of its Pods.
    QHash<QString, QJsonObject> slicesByService;
    for (const QJsonObject& slice : list("discovery.k8s.io", "v1", "endpointslices")) {
        const QString service = slice.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("labels"))
                                    .toObject()
                                    .value(QStringLiteral("kubernetes.io/service-name"))
                                    .toString();
        QVERIFY(!service.isEmpty());
        slicesByService.insert(namespaceOf(slice) + QLatin1Char('/') + service, slice);
        for (const QJsonValue& endpoint : slice.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject target = endpoint.toObject().value(QStringLiteral("targetRef")).toObject();
            const QJsonObject pod = podsByKey.value(
                namespaceOf(slice) + QLatin1Char('/') + target.value(QStringLiteral("name")).toString());
            QVERIFY2(!pod.isEmpty(), qPrintable(target.value(QStringLiteral("name")).toString()));
            QCOMPARE(endpoint.toObject().value(QStringLiteral("addresses")).toArray().at(0).toString(),
                pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("podIP")).toString());
        }
    }
    int withSelector = 0;
    for (const QJsonObject& service : list("", "v1", "services")) {
        if (service.value(QStringLiteral("spec")).toObject().value(QStringLiteral("selector")).toObject().isEmpty())
            continue;
        ++withSelector;
        QVERIFY2(slicesByService.contains(namespaceOf(service) + QLatin1Char('/') + nameOf(service)),
            qPrintable(nameOf(service)));
    }
    QCOMPARE(slicesByService.size(), withSelector);
    const auto readyCount = [](const QJsonObject& slice) {
        int ready = 0;
        for (const QJsonValue& endpoint : slice.value(QStringLiteral("endpoints")).toArray())
            ready += endpoint.toObject()
                         .value(QStringLiteral("conditions"))
                         .toObject()
                         .value(QStringLiteral("ready"))
                         .toBool();
        return ready;
    };
    QCOMPARE(readyCount(slicesByService.value(QStringLiteral("shop/cart"))), 0); // the Service without ready endpoints
    QCOMPARE(slicesByService.value(QStringLiteral("shop/cart")).value(QStringLiteral("endpoints")).toArray().size(), 1);
    QCOMPARE(readyCount(slicesByService.value(QStringLiteral("shop/checkout"))), 1);
    QCOMPARE(readyCount(slicesByService.value(QStringLiteral("shop/storefront"))), 2);
}

void TestDemoSeed::eventsAndFieldSelectors()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    const auto names = [&client](const QByteArray& target) {
        QStringList out;
        const auto response = client->request("GET", target);
        for (const QJsonValue& item :
            response ? response->json().value(QStringLiteral("items")).toArray() : QJsonArray())
            out.append(nameOf(item.toObject()));
        return out;
    };
    // How the console lists TLS secrets: all six of the issued Certificates' Secrets, nothing else.
    QCOMPARE(names("/api/v1/secrets?fieldSelector=type%3Dkubernetes.io/tls").size(), 6);
    const QStringList certificateEvents = names("/api/v1/events?fieldSelector=involvedObject.kind%3DCertificate");
    QCOMPARE(certificateEvents.size(), 2);
    const auto warning = client->request("GET",
        "/api/v1/namespaces/monitoring/events?fieldSelector=involvedObject.name%3Dgrafana-example-com,type%3DWarning");
    QVERIFY(warning && warning->status == 200);
    const QJsonArray items = warning->json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject event = items.at(0).toObject();
    QCOMPARE(event.value(QStringLiteral("reason")).toString(), QStringLiteral("Failed"));
    QVERIFY(event.value(QStringLiteral("count")).toInt() > 1);
    QVERIFY(event.value(QStringLiteral("firstTimestamp")).toString()
        < event.value(QStringLiteral("lastTimestamp")).toString());
    QCOMPARE(event.value(QStringLiteral("involvedObject")).toObject().value(QStringLiteral("uid")).toString(),
        m_lab->server()
            .store()
            .get(kind("cert-manager.io", "v1", "certificates"), QStringLiteral("monitoring"),
                QStringLiteral("grafana-example-com"))
            ->value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("uid"))
            .toString());
    QVERIFY(!names("/api/v1/events?fieldSelector=involvedObject.kind%3DIngress").isEmpty());
    QVERIFY(names("/api/v1/namespaces/shop/pods?fieldSelector=status.phase%3DRunning").size() >= 8);
    QCOMPARE(
        names("/api/v1/pods?fieldSelector=spec.nodeName%3Dnetloom-demo-apps-1,status.phase!%3DRunning"), QStringList());
    // Pods have a status subresource: a write to the pod itself keeps the kubelet's status.
    const QString cart = names("/api/v1/namespaces/shop/pods?labelSelector=app%3Dcart").value(0);
    QVERIFY(!cart.isEmpty());
    const auto patched = client->request("PATCH", "/api/v1/namespaces/shop/pods/" + cart.toUtf8(),
        R"({"metadata":{"labels":{"debug":"yes"}},"status":{"phase":"Succeeded"}})",
        { { "Content-Type", "application/merge-patch+json" } });
    QVERIFY(patched && patched->status == 200);
    QCOMPARE(patched->json().value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
        QStringLiteral("Running"));
    const auto status = client->request("PATCH", "/api/v1/namespaces/shop/pods/" + cart.toUtf8() + "/status",
        R"({"status":{"phase":"Failed"}})", { { "Content-Type", "application/merge-patch+json" } });
    QVERIFY(status && status->status == 200);
    QCOMPARE(status->json().value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
        QStringLiteral("Failed"));
    // Protobuf bodies of the kinds without a table are refused clearly.
    const auto protobuf = client->request("POST", "/api/v1/namespaces/shop/pods", QByteArray("k8s\x00", 4),
        { { "Content-Type", "application/vnd.kubernetes.protobuf" } });
    QVERIFY(protobuf);
    QCOMPARE(protobuf->status, 415);
}

void TestDemoSeed::customResourcesListWatchAndWriteLikeBuiltInKinds()
{
    auto client = m_lab->connect();
    QVERIFY(client);
    // Paging: limit, continue, remainingItemCount.
    QStringList seen;
    QByteArray target = "/apis/cert-manager.io/v1/certificates?limit=3";
    for (int page = 0; page < 5 && !target.isEmpty(); ++page) {
        const auto response = client->request("GET", target);
        QVERIFY(response && response->status == 200);
        const QJsonObject body = response->json();
        QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("CertificateList"));
        for (const QJsonValue& item : body.value(QStringLiteral("items")).toArray())
            seen.append(namespaceOf(item.toObject()) + QLatin1Char('/') + nameOf(item.toObject()));
        const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
        if (page == 0)
            QCOMPARE(metadata.value(QStringLiteral("remainingItemCount")).toInt(), 4);
        const QString next = metadata.value(QStringLiteral("continue")).toString();
        target
            = next.isEmpty() ? QByteArray() : "/apis/cert-manager.io/v1/certificates?limit=3&continue=" + next.toUtf8();
    }
    QCOMPARE(seen.size(), 7);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 7);
    // Selectors.
    const auto count = [&client](const QByteArray& path) {
        const auto response = client->request("GET", path);
        return response ? response->json().value(QStringLiteral("items")).toArray().size() : -1;
    };
    QCOMPARE(
        count("/apis/cert-manager.io/v1/certificates?labelSelector=app.kubernetes.io/managed-by%3Dcert-manager"), 7);
    QCOMPARE(
        count("/apis/cert-manager.io/v1/certificates?labelSelector=app.kubernetes.io/managed-by!%3Dcert-manager"), 0);
    QCOMPARE(count("/apis/cert-manager.io/v1/namespaces/payments/certificates"), 3);
    QCOMPARE(count("/apis/cert-manager.io/v1/certificates?fieldSelector=metadata.namespace%3Dshop"), 1);

    // dryRun=All validates and answers without storing.
    const QByteArray certificate
        = R"({"apiVersion":"cert-manager.io/v1","kind":"Certificate","metadata":{"name":"dry"},)"
          R"("spec":{"secretName":"dry-tls","issuerRef":{"name":"selfsigned","kind":"ClusterIssuer"}}})";
    const auto dry = client->request("POST", "/apis/cert-manager.io/v1/namespaces/shop/certificates?dryRun=All",
        certificate, { { "Content-Type", "application/json" } });
    QVERIFY(dry && dry->status == 201);
    QCOMPARE(count("/apis/cert-manager.io/v1/namespaces/shop/certificates"), 1);
    // Protobuf bodies of custom resources: 415, as the real server answers for them.
    const auto protobuf = client->request("POST", "/apis/cert-manager.io/v1/namespaces/shop/certificates",
        QByteArray("k8s\x00", 4), { { "Content-Type", "application/vnd.kubernetes.protobuf" } });
    QVERIFY(protobuf);
    QCOMPARE(protobuf->status, 415);
    QCOMPARE(protobuf->json().value(QStringLiteral("reason")).toString(), QStringLiteral("UnsupportedMediaType"));

    // A watch from a resourceVersion sees the later change of a custom resource, and a stale replace conflicts.
    const auto current
        = client->request("GET", "/apis/cert-manager.io/v1/namespaces/shop/certificates/shop-example-com");
    QVERIFY(current && current->status == 200);
    const QJsonObject before = current->json();
    const QByteArray version = before.value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("resourceVersion"))
                                   .toString()
                                   .toUtf8();
    auto watcher = m_lab->connect();
    QVERIFY(watcher);
    watcher->sendRequest(
        "GET", "/apis/cert-manager.io/v1/namespaces/shop/certificates?watch=1&resourceVersion=" + version);
    QVERIFY(watcher->waitForStreamHead());
    const auto patched
        = client->request("PATCH", "/apis/cert-manager.io/v1/namespaces/shop/certificates/shop-example-com",
            R"({"spec":{"renewBefore":"720h"}})", { { "Content-Type", "application/merge-patch+json" } });
    QVERIFY(patched && patched->status == 200);
    QVERIFY(watcher->waitForEvents(1));
    const QJsonObject event = watcher->takeEvents().front();
    QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("MODIFIED"));
    QCOMPARE(event.value(QStringLiteral("object"))
                 .toObject()
                 .value(QStringLiteral("spec"))
                 .toObject()
                 .value(QStringLiteral("renewBefore"))
                 .toString(),
        QStringLiteral("720h"));
    // The status (written by the seed through the subresource) survived the write to the main resource.
    QCOMPARE(conditionOf(patched->json(), QStringLiteral("Ready")).value(QStringLiteral("status")).toString(),
        QStringLiteral("True"));
    const auto stale = client->request("PUT", "/apis/cert-manager.io/v1/namespaces/shop/certificates/shop-example-com",
        QJsonDocument(before).toJson(QJsonDocument::Compact), { { "Content-Type", "application/json" } });
    QVERIFY(stale);
    QCOMPARE(stale->status, 409);
}

void TestDemoSeed::emptySeedHasNoCrds()
{
    LabFixture empty;
    QVERIFY2(empty.start(LabFixture::Seed::System), qPrintable(empty.error()));
    for (const ResourceKind* served : empty.server().catalog().kinds())
        QVERIFY2(!served->custom, qPrintable(served->kind));
    QVERIFY(empty.server().store().list(*empty.server().catalog().customResourceDefinitions()).isEmpty());
}

void TestDemoSeed::demoSeedIsFast()
{
    ApiServer server;
    QElapsedTimer clock;
    clock.start();
    const Netloom::Expected<void> populated = DemoSeed::populateDemo(server);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(bool(populated), populated ? "" : qPrintable(populated.error().toString()));
    qInfo("demo seed: %lld ms", static_cast<long long>(elapsed));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
