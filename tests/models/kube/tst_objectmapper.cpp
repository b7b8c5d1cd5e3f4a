#include "models/domain/ResourceJson.h"
#include "models/kube/ObjectMapper.h"
#include "tests/support/ReferenceData.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Netloom;
using namespace Netloom::Domain;
using namespace Netloom::Kube;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(json), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return o;
}

ResourceId kid(ResourceKind kind, const QString& ns, const QString& name)
{
    return ResourceId::kube(QStringLiteral("lab"), kind, ns, name);
}

} // namespace

class TestObjectMapper : public QObject
{
    Q_OBJECT

private:
    ObjectMapper m_mapper{QStringLiteral("lab")};

private Q_SLOTS:
    void clusterResource()
    {
        const ResourcePtr c = m_mapper.clusterResource(QStringLiteral("https://127.0.0.1:6443"), QStringLiteral("v1.32.0"));
        QCOMPARE(c->kind, ResourceKind::Cluster);
        QCOMPARE(c->id, kid(ResourceKind::Cluster, QString(), QStringLiteral("lab")));
        QCOMPARE(c->origin, QStringLiteral("kube:lab"));
        QVERIFY(c->uid.isEmpty());
        QCOMPARE(c->as<ClusterDetails>()->version, QStringLiteral("v1.32.0"));
        QCOMPARE(c->as<ClusterDetails>()->apiServer, QStringLiteral("https://127.0.0.1:6443"));
        QVERIFY(c->detailsMatchKind());
    }

    void referenceNamespace()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/testdata/core.v1.Namespace.json"));
        const auto out = m_mapper.map(QString(), readJson(path));
        QCOMPARE(out.size(), 1);
        const Resource& r = *out.first();
        QCOMPARE(r.kind, ResourceKind::Namespace);
        QCOMPARE(r.name, QStringLiteral("nameValue"));
        QVERIFY(r.namespaceName.isEmpty()); // cluster-scoped, whatever metadata.namespace says
        QCOMPARE(r.id, kid(ResourceKind::Namespace, QString(), QStringLiteral("nameValue")));
        QCOMPARE(r.parent, m_mapper.clusterId());
        QCOMPARE(r.uid, QStringLiteral("uidValue"));
        QCOMPARE(r.resourceVersion, QStringLiteral("resourceVersionValue"));
        QCOMPARE(r.labels.value(QStringLiteral("labelsKey")), QStringLiteral("labelsValue"));
        QCOMPARE(r.created, QDateTime(QDate(2008, 1, 1), QTime(1, 1, 1), QTimeZone::utc()));
        QCOMPARE(r.as<NamespaceDetails>()->phase, QStringLiteral("phaseValue"));
        QCOMPARE(r.status.state, ResourceState::Progressing); // deletionTimestamp is set
        QVERIFY(r.detailsMatchKind());
    }

    void referenceService()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/testdata/core.v1.Service.json"));
        const auto out = m_mapper.map(QString(), readJson(path));
        QCOMPARE(out.size(), 1);
        const Resource& r = *out.first();
        QCOMPARE(r.kind, ResourceKind::Service);
        QCOMPARE(r.namespaceName, QStringLiteral("namespaceValue"));
        QCOMPARE(r.parent, kid(ResourceKind::Namespace, QString(), QStringLiteral("namespaceValue")));
        const auto* d = r.as<ServiceDetails>();
        QVERIFY(d);
        QCOMPARE(d->type, QStringLiteral("typeValue"));
        QCOMPARE(d->clusterIps, QStringList{QStringLiteral("clusterIPsValue")});
        QCOMPARE(d->externalAddresses,
                 (QStringList{QStringLiteral("ipValue"), QStringLiteral("hostnameValue"), QStringLiteral("externalIPsValue")}));
        QCOMPARE(d->ports.size(), 1);
        QCOMPARE(d->ports[0], (ServicePort{QStringLiteral("nameValue"), QStringLiteral("protocolValue"), 3,
                                           QStringLiteral("targetPortValue"), 5}));
        QCOMPARE(d->selector.value(QStringLiteral("selectorKey")), QStringLiteral("selectorValue"));
    }

    void referenceIngress()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/testdata/networking.k8s.io.v1.Ingress.json"));
        const auto out = m_mapper.map(QString(), readJson(path));
        QCOMPARE(out.size(), 1);
        const Resource& r = *out.first();
        QCOMPARE(r.kind, ResourceKind::Ingress);
        const auto* d = r.as<IngressDetails>();
        QVERIFY(d);
        QCOMPARE(d->className, QStringLiteral("ingressClassNameValue"));
        QCOMPARE(d->routes.size(), 2); // the default backend, then the rule
        QCOMPARE(d->routes[1], (IngressRoute{QStringLiteral("hostValue"), QStringLiteral("pathValue"),
                                             QStringLiteral("pathTypeValue"), QStringLiteral("nameValue"),
                                             QStringLiteral("2")}));
        QCOMPARE(d->routes[0].host, QString());
        QCOMPARE(d->tls.size(), 1);
        QCOMPARE(d->tls[0].secretName, QStringLiteral("secretNameValue"));
        QCOMPARE(d->tls[0].hosts, QStringList{QStringLiteral("hostsValue")});
        QCOMPARE(d->addresses, (QStringList{QStringLiteral("ipValue"), QStringLiteral("hostnameValue")}));
        const QList<Reference> expected {
            { ReferenceKind::IngressBackend,
                ResourceKey::id(
                    kid(ResourceKind::Service, QStringLiteral("namespaceValue"), QStringLiteral("nameValue"))) },
            { ReferenceKind::IngressTlsSecret,
                ResourceKey::tlsSecret(
                    QStringLiteral("kube:lab"), QStringLiteral("namespaceValue"), QStringLiteral("secretNameValue")) },
            { ReferenceKind::IngressClassName,
                ResourceKey::id(kid(ResourceKind::IngressClass, QString(), QStringLiteral("ingressClassNameValue"))) },
        };
        QCOMPARE(r.references, expected);
        QVERIFY(r.relations.isEmpty()); // the mapper never builds relations itself
    }

    void referenceIngressClass()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/testdata/networking.k8s.io.v1.IngressClass.json"));
        const auto out = m_mapper.map(QString(), readJson(path));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0]->kind, ResourceKind::IngressClass);
        QVERIFY(out[0]->namespaceName.isEmpty());
        QCOMPARE(out[0]->as<IngressClassDetails>()->controller, QStringLiteral("controllerValue"));
        QVERIFY(!out[0]->as<IngressClassDetails>()->isDefault);
    }

    void unsupportedKindsMapToNothing()
    {
        NETLOOM_REQUIRE_REFERENCE(path, QStringLiteral("kubernetes/testdata/core.v1.Secret.json"));
        QVERIFY(m_mapper.map(QString(), readJson(path)).isEmpty());
    }

    void ingressAnnotationsAndNamedPorts()
    {
        const QJsonObject ingress = parse(R"({
          "metadata": {"name": "web", "namespace": "shop", "uid": "u1", "resourceVersion": "12",
            "annotations": {"kubernetes.io/ingress.class": "nginx", "cert-manager.io/cluster-issuer": "letsencrypt"}},
          "spec": {"tls": [{"hosts": ["shop.example.com"], "secretName": "shop-tls"}],
            "rules": [{"host": "shop.example.com", "http": {"paths": [
              {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "front", "port": {"name": "http"}}}},
              {"path": "/api", "pathType": "Exact", "backend": {"service": {"name": "api", "port": {"number": 8080}}}},
              {"path": "/x", "pathType": "Prefix", "backend": {"service": {"name": "api", "port": {"number": 8081}}}}]}}]}
        })");
        const auto out = m_mapper.map(QStringLiteral("Ingress"), ingress);
        QCOMPARE(out.size(), 1);
        const auto* d = out[0]->as<IngressDetails>();
        QCOMPARE(d->className, QStringLiteral("nginx"));
        QCOMPARE(d->issuer, QStringLiteral("letsencrypt"));
        QCOMPARE(d->routes.size(), 3);
        QCOMPARE(d->routes[0].servicePort, QStringLiteral("http"));
        QCOMPARE(d->routes[1].servicePort, QStringLiteral("8080"));
        QCOMPARE(out[0]->status.state, ResourceState::Progressing); // no address yet
        const QList<Reference> expected {
            { ReferenceKind::IngressBackend,
                ResourceKey::id(kid(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("front"))) },
            { ReferenceKind::IngressBackend,
                ResourceKey::id(kid(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("api"))) },
            { ReferenceKind::IngressTlsSecret,
                ResourceKey::tlsSecret(
                    QStringLiteral("kube:lab"), QStringLiteral("shop"), QStringLiteral("shop-tls")) },
            { ReferenceKind::IngressClassName,
                ResourceKey::id(kid(ResourceKind::IngressClass, QString(), QStringLiteral("nginx"))) },
        };
        QCOMPARE(out[0]->references, expected);

        // ingressClassName wins over the legacy annotation; the namespaced issuer annotation is used too.
        QJsonObject withSpecClass = ingress;
        QJsonObject spec = withSpecClass[QStringLiteral("spec")].toObject();
        spec[QStringLiteral("ingressClassName")] = QStringLiteral("public");
        withSpecClass[QStringLiteral("spec")] = spec;
        QJsonObject meta = withSpecClass[QStringLiteral("metadata")].toObject();
        meta[QStringLiteral("annotations")] = QJsonObject{{QStringLiteral("cert-manager.io/issuer"), QStringLiteral("local-ca")}};
        withSpecClass[QStringLiteral("metadata")] = meta;
        const auto again = m_mapper.map(QStringLiteral("Ingress"), withSpecClass);
        QCOMPARE(again[0]->as<IngressDetails>()->className, QStringLiteral("public"));
        QCOMPARE(again[0]->as<IngressDetails>()->issuer, QStringLiteral("local-ca"));
    }

    void ingressNginxControllerServiceYieldsController()
    {
        const QJsonObject service = parse(R"({
          "metadata": {"name": "ingress-nginx-controller", "namespace": "ingress-nginx", "uid": "s1", "resourceVersion": "7",
            "labels": {"app.kubernetes.io/name": "ingress-nginx", "app.kubernetes.io/component": "controller",
                       "app.kubernetes.io/version": "1.15.1"}},
          "spec": {"type": "LoadBalancer", "clusterIP": "10.96.0.10",
                   "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP", "nodePort": 30080},
                             {"name": "https", "port": 443, "targetPort": 8443}],
                   "selector": {"app.kubernetes.io/name": "ingress-nginx"}},
          "status": {"loadBalancer": {"ingress": [{"ip": "203.0.113.10"}]}}
        })");
        QVERIFY(ObjectMapper::isIngressNginxController(service));
        const auto out = m_mapper.map(QStringLiteral("Service"), service);
        QCOMPARE(out.size(), 2);
        const auto* svc = out[0]->as<ServiceDetails>();
        QCOMPARE(svc->clusterIps, QStringList{QStringLiteral("10.96.0.10")});
        QCOMPARE(svc->externalAddresses, QStringList{QStringLiteral("203.0.113.10")});
        QCOMPARE(svc->ports[1].targetPort, QStringLiteral("8443"));
        QCOMPARE(out[0]->status.state, ResourceState::Ok);
        const Resource& ctl = *out[1];
        QCOMPARE(ctl.kind, ResourceKind::IngressController);
        QVERIFY(ctl.uid.isEmpty());
        QCOMPARE(ctl.parent, kid(ResourceKind::Namespace, QString(), QStringLiteral("ingress-nginx")));
        QCOMPARE(
            ctl.references, (QList<Reference> { { ReferenceKind::ControllerService, ResourceKey::id(out[0]->id) } }));
        QCOMPARE(ctl.keys,
            (QList<ResourceKey> {
                ResourceKey::ingressController(QStringLiteral("kube:lab"), QStringLiteral("k8s.io/ingress-nginx")) }));
        QCOMPARE(ctl.as<IngressControllerDetails>()->controller, QStringLiteral("k8s.io/ingress-nginx"));
        QCOMPARE(ctl.as<IngressControllerDetails>()->version, QStringLiteral("1.15.1"));
        QCOMPARE(ctl.as<IngressControllerDetails>()->serviceRef, QStringLiteral("ingress-nginx/ingress-nginx-controller"));
        QCOMPARE(m_mapper.idsFor(QStringLiteral("Service"), service), (QList<ResourceId>{out[0]->id, ctl.id}));

        // The admission Service of the same install is not a controller.
        QJsonObject admission = service;
        admission[QStringLiteral("metadata")] = QJsonObject{
            {QStringLiteral("name"), QStringLiteral("ingress-nginx-controller-admission")},
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app.kubernetes.io/name"), QStringLiteral("ingress-nginx")},
                                                   {QStringLiteral("app.kubernetes.io/component"), QStringLiteral("admission-webhook")}}}};
        QVERIFY(!ObjectMapper::isIngressNginxController(admission));
        // ...nor the one of deploy.yaml, which has the controller's labels.
        QJsonObject realAdmission = service;
        QJsonObject meta = service[QStringLiteral("metadata")].toObject();
        meta[QStringLiteral("name")] = QStringLiteral("ingress-nginx-controller-admission");
        realAdmission[QStringLiteral("metadata")] = meta;
        QVERIFY(!ObjectMapper::isIngressNginxController(realAdmission));
        QCOMPARE(m_mapper.map(QStringLiteral("Service"), realAdmission).size(), 1);
    }

    void ingressClassNamesItsControllerAndIsFoundAsDefault()
    {
        const auto cls = m_mapper.map(QStringLiteral("IngressClass"), parse(R"({
          "metadata": {"name": "nginx", "uid": "c1", "resourceVersion": "3",
                       "annotations": {"ingressclass.kubernetes.io/is-default-class": "true"}},
          "spec": {"controller": "k8s.io/ingress-nginx"}})"));
        const auto other = m_mapper.map(QStringLiteral("IngressClass"), parse(R"({
          "metadata": {"name": "traefik", "uid": "c2"}, "spec": {"controller": "traefik.io/ingress-controller"}})"));
        QVERIFY(cls[0]->as<IngressClassDetails>()->isDefault);
        QCOMPARE(cls[0]->references,
            (QList<Reference> { { ReferenceKind::ClassController,
                ResourceKey::ingressController(
                    QStringLiteral("kube:lab"), QStringLiteral("k8s.io/ingress-nginx")) } }));
        QCOMPARE(cls[0]->keys, (QList<ResourceKey> { ResourceKey::defaultIngressClass(QStringLiteral("kube:lab")) }));
        QVERIFY(other[0]->keys.isEmpty());
        // An Ingress without a class names the default class of its cluster.
        const auto ingress = m_mapper.map(QStringLiteral("Ingress"), parse(R"({
          "metadata": {"name": "web", "namespace": "shop"}, "spec": {"defaultBackend": {"service": {"name": "front", "port": {"number": 80}}}}})"));
        QVERIFY(ingress[0]->references.contains(Reference {
            ReferenceKind::IngressDefaultClass, ResourceKey::defaultIngressClass(QStringLiteral("kube:lab")) }));
    }

    void certManagerObjects()
    {
        const auto cert = m_mapper.map(QStringLiteral("Certificate"), parse(R"({
          "apiVersion": "cert-manager.io/v1", "kind": "Certificate",
          "metadata": {"name": "shop-tls", "namespace": "shop", "uid": "k1"},
          "spec": {"secretName": "shop-tls", "dnsNames": ["shop.example.com"],
                   "issuerRef": {"name": "letsencrypt", "kind": "ClusterIssuer", "group": "cert-manager.io"}},
          "status": {"notAfter": "2025-08-01T00:00:00Z",
                     "conditions": [{"type": "Ready", "status": "False", "message": "Issuing"}]}})"));
        QCOMPARE(cert.size(), 1);
        const auto* d = cert[0]->as<CertificateDetails>();
        QCOMPARE(d->secretName, QStringLiteral("shop-tls"));
        QCOMPARE(d->issuerKind, QStringLiteral("ClusterIssuer"));
        QVERIFY(!d->ready);
        QCOMPARE(cert[0]->status.state, ResourceState::Progressing);
        QCOMPARE(cert[0]->keys,
            (QList<ResourceKey> { ResourceKey::tlsSecret(
                QStringLiteral("kube:lab"), QStringLiteral("shop"), QStringLiteral("shop-tls")) }));
        QCOMPARE(cert[0]->references,
            (QList<Reference> { { ReferenceKind::CertificateIssuer,
                ResourceKey::id(kid(ResourceKind::Issuer, QString(), QStringLiteral("letsencrypt"))) } }));
        const auto issuer = m_mapper.map(QStringLiteral("ClusterIssuer"), parse(R"({
          "metadata": {"name": "letsencrypt", "uid": "i1"}, "spec": {"acme": {"email": "ops@example.com"}},
          "status": {"conditions": [{"type": "Ready", "status": "True"}]}})"));
        QCOMPARE(issuer[0]->id, kid(ResourceKind::Issuer, QString(), QStringLiteral("letsencrypt")));
        QCOMPARE(issuer[0]->parent, kid(ResourceKind::Cluster, QString(), QStringLiteral("lab")));
        QVERIFY(issuer[0]->as<IssuerDetails>()->clusterScoped);
        QCOMPARE(issuer[0]->as<IssuerDetails>()->issuerType, QStringLiteral("acme"));
        QVERIFY(issuer[0]->as<IssuerDetails>()->ready);
        const auto namespaced = m_mapper.map(QStringLiteral("Issuer"), parse(R"({
          "metadata": {"name": "local-ca", "namespace": "shop"}, "spec": {"ca": {"secretName": "ca"}}})"));
        QCOMPARE(namespaced[0]->id, kid(ResourceKind::Issuer, QStringLiteral("shop"), QStringLiteral("local-ca")));
        QVERIFY(!namespaced[0]->as<IssuerDetails>()->clusterScoped);
    }
    void tlsSecretKeepsOnlyTheCertificate()
    {
        // A real chain made by Debian's openssl: a CA and a leaf with DNS and IP names.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto openssl = [&](std::initializer_list<const char*> list) {
            QStringList args;
            for (const char* a : list)
                args.append(QLatin1String(a));
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(QStringLiteral("openssl"), args);
            QVERIFY2(p.waitForFinished(30000) && p.exitCode() == 0, p.readAllStandardError().constData());
        };
        openssl({ "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
            "ca.key", "-out", "ca.crt", "-days", "30", "-subj", "/CN=Lab Test CA/O=Netloom" });
        openssl({ "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "tls.key",
            "-out", "tls.csr", "-subj", "/CN=shop.example.com" });
        QFile ext(dir.filePath(QStringLiteral("ext.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:shop.example.com,DNS:www.shop.example.com,IP:203.0.113.10\n");
        ext.close();
        openssl({ "x509", "-req", "-in", "tls.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out",
            "leaf.crt", "-days", "10", "-extfile", "ext.cnf" });
        const auto read = [&](const char* name) {
            QFile f(dir.filePath(QLatin1String(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray chain = read("leaf.crt") + read("ca.crt");
        const QByteArray key = read("tls.key");
        QVERIFY(key.contains("PRIVATE KEY"));
        QJsonObject secret = parse(R"({"metadata": {"name": "shop-tls", "namespace": "shop"}, "type": "kubernetes.io/tls"})");
        secret.insert(QStringLiteral("data"),
            QJsonObject { { QStringLiteral("tls.crt"), QString::fromLatin1(chain.toBase64()) },
                { QStringLiteral("tls.key"), QString::fromLatin1(key.toBase64()) } });
        const QList<ResourcePtr> out = m_mapper.map(QStringLiteral("Secret"), secret);
        QCOMPARE(out.size(), 1);
        const auto* d = out[0]->as<TlsSecretDetails>();
        QVERIFY(d);
        QCOMPARE(d->problem, QString());
        QCOMPARE(d->subject, QStringLiteral("CN=shop.example.com"));
        QCOMPARE(d->issuer, QStringLiteral("O=Netloom,CN=Lab Test CA"));
        QCOMPARE(d->issuerCn, QStringLiteral("Lab Test CA"));
        QCOMPARE(d->dnsNames, (QStringList { QStringLiteral("shop.example.com"), QStringLiteral("www.shop.example.com") }));
        QCOMPARE(d->ipAddresses, (QStringList { QStringLiteral("203.0.113.10") }));
        QCOMPARE(d->chainLength, 2);
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(d->notAfter);
        QVERIFY2(days >= 9 && days <= 10, qPrintable(QString::number(days)));
        QVERIFY(d->notBefore <= QDateTime::currentDateTimeUtc());
        QCOMPARE(out[0]->status.state, ResourceState::Ok);
        QCOMPARE(out[0]->keys, (QList<ResourceKey> { ResourceKey::tlsSecret(QStringLiteral("kube:lab"),
                                   QStringLiteral("shop"), QStringLiteral("shop-tls")) }));
        // Nothing of the key, and not the certificate's bytes either, is in what the console keeps.
        const QByteArray json = QJsonDocument(ResourceJson::toJson(*out[0])).toJson();
        const QByteArray keyBody = key.split('\n').value(1);
        QVERIFY(!keyBody.isEmpty());
        QVERIFY(!json.contains(keyBody));
        QVERIFY(!json.contains("PRIVATE"));
        QVERIFY(!json.contains(chain.toBase64().left(40)));

        // Broken inputs are the secret's own problem, shown as an error, never a crash.
        secret.insert(QStringLiteral("data"), QJsonObject { { QStringLiteral("tls.crt"), QStringLiteral("%%%") } });
        QCOMPARE(m_mapper.map(QStringLiteral("Secret"), secret)[0]->as<TlsSecretDetails>()->problem,
            QStringLiteral("tls.crt is not valid base64"));
        secret.insert(QStringLiteral("data"),
            QJsonObject { { QStringLiteral("tls.crt"), QString::fromLatin1(key.toBase64()) } });
        const ResourcePtr keyOnly = m_mapper.map(QStringLiteral("Secret"), secret)[0];
        QCOMPARE(keyOnly->as<TlsSecretDetails>()->problem, QStringLiteral("tls.crt holds no PEM certificate"));
        QCOMPARE(keyOnly->status.state, ResourceState::Error);
        QByteArray truncated = read("leaf.crt");
        truncated.remove(truncated.size() / 2, 40);
        secret.insert(QStringLiteral("data"),
            QJsonObject { { QStringLiteral("tls.crt"), QString::fromLatin1(truncated.toBase64()) } });
        QVERIFY(m_mapper.map(QStringLiteral("Secret"), secret)[0]->as<TlsSecretDetails>()->problem.startsWith(
            QStringLiteral("certificate 1 of the chain cannot be read")));
        // Other secret types are never shown.
        secret.insert(QStringLiteral("type"), QStringLiteral("Opaque"));
        QVERIFY(m_mapper.map(QStringLiteral("Secret"), secret).isEmpty());
    }

    void calicoAndKubernetesPoliciesOfOneNameAreTwoResources()
    {
        const auto kube = m_mapper.map(QStringLiteral("NetworkPolicy"), parse(R"({
          "metadata": {"name": "default-deny", "namespace": "shop"},
          "spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}})"));
        const auto calico = m_mapper.map(QStringLiteral("crd.projectcalico.org/NetworkPolicy"), parse(R"({
          "metadata": {"name": "default-deny", "namespace": "shop"},
          "spec": {"order": 100, "selector": "app == 'web'", "types": ["Ingress"],
                   "ingress": [{"action": "Deny", "protocol": "TCP", "source": {"nets": ["10.0.0.0/8"]}}]}})"));
        const auto global = m_mapper.map(QStringLiteral("crd.projectcalico.org/GlobalNetworkPolicy"), parse(R"({
          "metadata": {"name": "default-deny"}, "spec": {"selector": "role in {'db'}"}})"));
        QCOMPARE(kube.size(), 1);
        QCOMPARE(calico.size(), 1);
        QCOMPARE(global.size(), 1);
        QVERIFY(kube[0]->id != calico[0]->id);
        QCOMPARE(kube[0]->as<NetworkPolicyDetails>()->engine, QStringLiteral("kubernetes"));
        QCOMPARE(kube[0]->as<NetworkPolicyDetails>()->policyTypes, (QStringList { QStringLiteral("Ingress"), QStringLiteral("Egress") }));
        QVERIFY(kube[0]->as<NetworkPolicyDetails>()->ingressRules.isEmpty()); // deny all ingress
        const auto* c = calico[0]->as<NetworkPolicyDetails>();
        QCOMPARE(c->engine, QStringLiteral("calico"));
        QCOMPARE(c->order, std::optional<double>(100));
        QCOMPARE(c->ingressRules.value(0).action, QStringLiteral("Deny"));
        QCOMPARE(c->ingressRules.value(0).peers, (QStringList { QStringLiteral("source: 10.0.0.0/8") }));
        QCOMPARE(global[0]->namespaceName, QString());
        QCOMPARE(global[0]->parent, kid(ResourceKind::Cluster, QString(), QStringLiteral("lab")));
        // The object's own kind and apiVersion say the same when no kind is given (files, kubectl).
        QJsonObject withKind = parse(R"({"apiVersion": "crd.projectcalico.org/v1", "kind": "IPPool",
          "metadata": {"name": "pods"}, "spec": {"cidr": "10.244.0.0/16", "natOutgoing": true}})");
        const auto pool = m_mapper.map(QString(), withKind);
        QCOMPARE(pool.size(), 1);
        QCOMPARE(pool[0]->as<IpPoolDetails>()->cidr, QStringLiteral("10.244.0.0/16"));
        QCOMPARE(pool[0]->as<IpPoolDetails>()->blockSize, 26);
        QVERIFY(pool[0]->as<IpPoolDetails>()->natOutgoing);
    }

    void nginxControllersAreRecognised()
    {
        const auto service = [](const char* labels) {
            QByteArray json = R"({"metadata": {"name": "svc", "namespace": "nginx", "labels": )";
            json += labels;
            json += R"(}, "spec": {"type": "LoadBalancer", "ports": [{"port": 80}]},
                    "status": {"loadBalancer": {"ingress": [{"ip": "203.0.113.20", "ipMode": "Proxy"}]}}})";
            return parse(json.constData());
        };
        QCOMPARE(ObjectMapper::controllerOf(service(R"({"app.kubernetes.io/name": "nginx-ingress"})")),
            QStringLiteral("nginx.org/ingress-controller"));
        QCOMPARE(ObjectMapper::controllerOf(service(R"({"app": "nginx-ingress"})")),
            QStringLiteral("nginx.org/ingress-controller"));
        QCOMPARE(ObjectMapper::controllerOf(service(R"({"app.kubernetes.io/name": "nginx-gateway"})")),
            QStringLiteral("gateway.nginx.org/nginx-gateway-controller"));
        QCOMPARE(ObjectMapper::controllerOf(service(R"({"app": "web"})")), QString());
        const auto out = m_mapper.map(QStringLiteral("Service"), service(R"({"app": "nginx-ingress"})"));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0]->as<ServiceDetails>()->ipModes, (QStringList { QStringLiteral("Proxy") }));
        QCOMPARE(out[1]->kind, ResourceKind::IngressController);
        QCOMPARE(out[1]->keys, (QList<ResourceKey> { ResourceKey::ingressController(QStringLiteral("kube:lab"),
                                   QStringLiteral("nginx.org/ingress-controller")) }));
    }

    void externalDnsAnnotationsAndEndpoints()
    {
        const auto ingress = m_mapper.map(QStringLiteral("Ingress"), parse(R"({
          "metadata": {"name": "shop", "namespace": "shop", "annotations": {
            "external-dns.alpha.kubernetes.io/hostname": "shop.example.com, www.example.com",
            "external-dns.alpha.kubernetes.io/target": "203.0.113.10",
            "external-dns.alpha.kubernetes.io/ttl": "5m"}},
          "spec": {"rules": [{"host": "shop.example.com"}]}})"));
        const auto* d = ingress[0]->as<IngressDetails>();
        QCOMPARE(d->dnsHostnames, (QStringList { QStringLiteral("shop.example.com"), QStringLiteral("www.example.com") }));
        QCOMPARE(d->dnsTarget, QStringLiteral("203.0.113.10"));
        QCOMPARE(d->dnsTtl, 300);
        const auto records = m_mapper.map(QStringLiteral("DNSEndpoint"), parse(R"({
          "metadata": {"name": "shop-records", "namespace": "shop"},
          "spec": {"endpoints": [
            {"dnsName": "shop.example.com", "recordType": "A", "recordTTL": 180, "targets": ["203.0.113.10"]},
            {"dnsName": "shop.example.com", "recordType": "TXT", "targets": ["heritage=external-dns"]},
            {"dnsName": "broken.example.com", "recordType": "CNAME"}]}})"));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0]->name, QStringLiteral("shop.example.com A"));
        QCOMPARE(records[0]->as<DnsRecordDetails>()->ttl, 180);
        QCOMPARE(records[0]->as<DnsRecordDetails>()->targets, (QStringList { QStringLiteral("203.0.113.10") }));
        QVERIFY(records[0]->id != records[1]->id);
        QCOMPARE(records[2]->status.state, ResourceState::Warning);
    }

    void gatewayApiRoutesNameTheirGatewayAndServices()
    {
        const auto route = m_mapper.map(QStringLiteral("HTTPRoute"), parse(R"({
          "metadata": {"name": "shop", "namespace": "shop"},
          "spec": {"parentRefs": [{"name": "edge", "namespace": "infra", "sectionName": "https"}],
                   "hostnames": ["shop.example.com"],
                   "rules": [{"matches": [{"path": {"type": "PathPrefix", "value": "/api"}}],
                              "backendRefs": [{"name": "api", "port": 8080, "weight": 90},
                                              {"name": "api-canary", "port": 8080, "weight": 10}]}]}})"));
        QCOMPARE(route.size(), 1);
        const auto* d = route[0]->as<HttpRouteDetails>();
        QCOMPARE(d->parentRefs, (QStringList { QStringLiteral("infra/edge/https") }));
        QCOMPARE(d->rules.value(0).paths, (QStringList { QStringLiteral("PathPrefix /api") }));
        QCOMPARE(d->rules.value(0).backends.size(), 2);
        QVERIFY(route[0]->references.contains(Reference { ReferenceKind::RouteParent,
            ResourceKey::id(kid(ResourceKind::GatewayApiGateway, QStringLiteral("infra"), QStringLiteral("edge"))) }));
        QVERIFY(route[0]->references.contains(Reference { ReferenceKind::RouteBackend,
            ResourceKey::id(kid(ResourceKind::Service, QStringLiteral("shop"), QStringLiteral("api-canary"))) }));
    }
};

QTEST_GUILESS_MAIN(TestObjectMapper)
#include "tst_objectmapper.moc"
