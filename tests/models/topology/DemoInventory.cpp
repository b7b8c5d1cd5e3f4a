#include "tests/models/topology/DemoInventory.h"

#include "models/domain/Inventory.h"
#include "models/kube/ObjectMapper.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Netloom::Tests {

using namespace Domain;

namespace {

// Every resource of the demo is what ObjectMapper makes of a Kubernetes object (STYLE.md: fixtures
// that mirror production): relations come from the Inventory's resolver, as in the console.
const Kube::ObjectMapper& mapper()
{
    static const Kube::ObjectMapper m(DemoInventory::clusterName());
    return m;
}

QJsonObject metadata(const QString& ns, const QString& name, const QString& kind)
{
    QJsonObject meta { { QStringLiteral("name"), name },
        { QStringLiteral("uid"),
            QString(QStringLiteral("uid-") % kind % QLatin1Char('-') % ns % QLatin1Char('-') % name) },
        { QStringLiteral("resourceVersion"), QStringLiteral("1") },
        { QStringLiteral("creationTimestamp"), QStringLiteral("2024-05-02T09:30:00Z") } };
    if (!ns.isEmpty())
        meta.insert(QStringLiteral("namespace"), ns);
    return meta;
}

QList<ResourcePtr> mapped(const QString& kind, const QJsonObject& object)
{
    const QList<ResourcePtr> out = mapper().map(kind, object);
    if (out.isEmpty())
        qFatal("DemoInventory: ObjectMapper does not map %s", qPrintable(kind));
    return out;
}

QJsonObject serviceObject(
    const QString& ns, const QString& name, const QString& type, int port, const QStringList& external)
{
    QJsonObject meta = metadata(ns, name, QStringLiteral("service"));
    QJsonObject labels { { QStringLiteral("app.kubernetes.io/name"), name } };
    if (name == QLatin1String("ingress-nginx-controller")) {
        labels.insert(QStringLiteral("app.kubernetes.io/name"), QStringLiteral("ingress-nginx"));
        labels.insert(QStringLiteral("app.kubernetes.io/component"), QStringLiteral("controller"));
        labels.insert(QStringLiteral("app.kubernetes.io/version"), QStringLiteral("v1.10.1"));
    }
    meta.insert(QStringLiteral("labels"), labels);
    QJsonArray ports { QJsonObject { { QStringLiteral("name"), QStringLiteral("http") },
        { QStringLiteral("protocol"), QStringLiteral("TCP") }, { QStringLiteral("port"), port },
        { QStringLiteral("targetPort"), port } } };
    if (type == QLatin1String("LoadBalancer"))
        ports.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("https") },
            { QStringLiteral("protocol"), QStringLiteral("TCP") }, { QStringLiteral("port"), 443 },
            { QStringLiteral("targetPort"), 443 }, { QStringLiteral("nodePort"), 31443 } });
    const QString clusterIp = QStringLiteral("10.96.%1.%2").arg(qHash(ns) % 200).arg(qHash(name) % 250 + 2);
    QJsonArray ingress;
    for (const QString& address : external)
        ingress.append(QJsonObject { { QStringLiteral("ip"), address } });
    return QJsonObject {
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Service") },
        { QStringLiteral("metadata"), meta },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("clusterIP"), clusterIp },
                { QStringLiteral("clusterIPs"), QJsonArray { clusterIp } }, { QStringLiteral("ports"), ports },
                { QStringLiteral("selector"), QJsonObject { { QStringLiteral("app.kubernetes.io/name"), name } } } } },
        { QStringLiteral("status"),
            QJsonObject {
                { QStringLiteral("loadBalancer"), QJsonObject { { QStringLiteral("ingress"), ingress } } } } },
    };
}

QJsonObject ingressObject(const QString& ns, const QString& name, const QString& host,
    const QList<std::pair<QString, QString>>& pathToService, bool tls)
{
    QJsonObject meta = metadata(ns, name, QStringLiteral("ingress"));
    QJsonArray paths;
    for (const auto& [path, serviceName] : pathToService)
        paths.append(
            QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("pathType"), QStringLiteral("Prefix") },
                { QStringLiteral("backend"),
                    QJsonObject { { QStringLiteral("service"),
                        QJsonObject { { QStringLiteral("name"), serviceName },
                            { QStringLiteral("port"), QJsonObject { { QStringLiteral("number"), 80 } } } } } } } });
    QJsonObject spec { { QStringLiteral("ingressClassName"), QStringLiteral("nginx") },
        { QStringLiteral("rules"),
            QJsonArray { QJsonObject { { QStringLiteral("host"), host },
                { QStringLiteral("http"), QJsonObject { { QStringLiteral("paths"), paths } } } } } } };
    if (tls) {
        meta.insert(QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("cert-manager.io/cluster-issuer"), QStringLiteral("letsencrypt-prod") } });
        spec.insert(QStringLiteral("tls"),
            QJsonArray { QJsonObject { { QStringLiteral("hosts"), QJsonArray { host } },
                { QStringLiteral("secretName"), QString(name + QStringLiteral("-tls")) } } });
    }
    return QJsonObject {
        { QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("Ingress") },
        { QStringLiteral("metadata"), meta },
        { QStringLiteral("spec"), spec },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("loadBalancer"),
                QJsonObject { { QStringLiteral("ingress"),
                    QJsonArray { QJsonObject { { QStringLiteral("ip"), QStringLiteral("203.0.113.10") } } } } } } } },
    };
}

QJsonObject certificateObject(const QString& ns, const QString& name, const QString& host, const QString& secretName,
    bool ready, const QString& message)
{
    return QJsonObject {
        { QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("Certificate") },
        { QStringLiteral("metadata"), metadata(ns, name, QStringLiteral("certificate")) },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("secretName"), secretName },
                { QStringLiteral("dnsNames"), QJsonArray { host } },
                { QStringLiteral("issuerRef"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("letsencrypt-prod") },
                        { QStringLiteral("kind"), QStringLiteral("ClusterIssuer") },
                        { QStringLiteral("group"), QStringLiteral("cert-manager.io") } } } } },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("notAfter"), QStringLiteral("2025-08-01T00:00:00Z") },
                { QStringLiteral("conditions"),
                    QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("Ready") },
                        { QStringLiteral("status"), ready ? QStringLiteral("True") : QStringLiteral("False") },
                        { QStringLiteral("message"), message } } } } } },
    };
}

} // namespace

ResourceId DemoInventory::id(ResourceKind kind, const QString& namespaceName, const QString& name)
{
    return ResourceId::kube(clusterName(), kind, namespaceName, name);
}

ResourcePtr DemoInventory::cluster()
{
    return mapper().clusterResource(QStringLiteral("https://127.0.0.1:6443"), QStringLiteral("v1.29.4"));
}

ResourcePtr DemoInventory::namespaceResource(const QString& name)
{
    QJsonObject meta = metadata({}, name, QStringLiteral("namespace"));
    meta.insert(QStringLiteral("labels"), QJsonObject { { QStringLiteral("kubernetes.io/metadata.name"), name } });
    return mapped(QStringLiteral("Namespace"),
        QJsonObject { { QStringLiteral("metadata"), meta },
            { QStringLiteral("status"), QJsonObject { { QStringLiteral("phase"), QStringLiteral("Active") } } } })
        .first();
}

ResourcePtr DemoInventory::service(const QString& ns, const QString& name, const QString& type, int port,
                                   const QStringList& external)
{
    return mapped(QStringLiteral("Service"), serviceObject(ns, name, type, port, external)).first();
}

QList<ResourcePtr> DemoInventory::serviceResources(
    const QString& ns, const QString& name, const QString& type, int port, const QStringList& external)
{
    return mapped(QStringLiteral("Service"), serviceObject(ns, name, type, port, external));
}

ResourcePtr DemoInventory::ingress(const QString& ns, const QString& name, const QString& host,
                                   const QList<std::pair<QString, QString>>& pathToService, bool tls)
{
    return mapped(QStringLiteral("Ingress"), ingressObject(ns, name, host, pathToService, tls)).first();
}

ResourcePtr DemoInventory::certificate(const QString& ns, const QString& name, const QString& host,
                                       const QString& secretName)
{
    return mapped(QStringLiteral("Certificate"), certificateObject(ns, name, host, secretName, true, {})).first();
}

QList<ResourcePtr> DemoInventory::resources()
{
    QList<ResourcePtr> all;
    all << cluster();
    for (const char* ns : { "ingress-nginx", "cert-manager", "shop", "payments", "identity", "monitoring" })
        all << namespaceResource(QLatin1String(ns));

    // the entry: a LoadBalancer Service in front of the controller (the mapper adds the controller)
    all << serviceResources(QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"),
        QStringLiteral("LoadBalancer"), 80, { QStringLiteral("203.0.113.10") });
    all << service(QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller-admission"),
                   QStringLiteral("ClusterIP"), 443);
    {
        QJsonObject meta = metadata({}, QStringLiteral("nginx"), QStringLiteral("ingressClass"));
        meta.insert(QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("ingressclass.kubernetes.io/is-default-class"), QStringLiteral("true") } });
        all << mapped(QStringLiteral("IngressClass"),
            QJsonObject { { QStringLiteral("metadata"), meta },
                { QStringLiteral("spec"),
                    QJsonObject { { QStringLiteral("controller"), QStringLiteral("k8s.io/ingress-nginx") } } } });
    }
    all << mapped(QStringLiteral("ClusterIssuer"),
        QJsonObject {
            { QStringLiteral("metadata"), metadata({}, QStringLiteral("letsencrypt-prod"), QStringLiteral("issuer")) },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("acme"),
                    QJsonObject { { QStringLiteral("server"),
                        QStringLiteral("https://acme-v02.api.letsencrypt.org/directory") } } } } },
            { QStringLiteral("status"),
                QJsonObject { { QStringLiteral("conditions"),
                    QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("Ready") },
                        { QStringLiteral("status"), QStringLiteral("True") } } } } } } });
    all << service(QStringLiteral("cert-manager"), QStringLiteral("cert-manager"), QStringLiteral("ClusterIP"), 9402);
    all << service(QStringLiteral("cert-manager"), QStringLiteral("cert-manager-webhook"), QStringLiteral("ClusterIP"), 443);

    // shop
    all << service(QStringLiteral("shop"), QStringLiteral("storefront"), QStringLiteral("ClusterIP"), 80);
    all << service(QStringLiteral("shop"), QStringLiteral("catalog-api"), QStringLiteral("ClusterIP"), 8080);
    all << service(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("ClusterIP"), 8080);
    all << service(QStringLiteral("shop"), QStringLiteral("redis"), QStringLiteral("ClusterIP"), 6379);
    all << ingress(QStringLiteral("shop"), QStringLiteral("storefront"), QStringLiteral("shop.example.com"),
                   { { QStringLiteral("/"), QStringLiteral("storefront") },
                     { QStringLiteral("/api"), QStringLiteral("catalog-api") },
                     { QStringLiteral("/cart"), QStringLiteral("cart") } });
    all << certificate(QStringLiteral("shop"), QStringLiteral("storefront-tls"), QStringLiteral("shop.example.com"),
                       QStringLiteral("storefront-tls"));

    // payments
    all << service(QStringLiteral("payments"), QStringLiteral("payments-api"), QStringLiteral("ClusterIP"), 8443);
    all << service(QStringLiteral("payments"), QStringLiteral("ledger"), QStringLiteral("ClusterIP"), 5432);
    all << ingress(QStringLiteral("payments"), QStringLiteral("payments-api"), QStringLiteral("pay.example.com"),
                   { { QStringLiteral("/v1"), QStringLiteral("payments-api") } });
    all << mapped(QStringLiteral("Certificate"),
        certificateObject(QStringLiteral("payments"), QStringLiteral("payments-api-tls"),
            QStringLiteral("pay.example.com"), QStringLiteral("payments-api-tls"), false,
            QStringLiteral("Issuing certificate as Secret does not exist")));

    // identity
    all << service(QStringLiteral("identity"), QStringLiteral("keycloak"), QStringLiteral("ClusterIP"), 8080);
    all << service(QStringLiteral("identity"), QStringLiteral("keycloak-postgresql"), QStringLiteral("ClusterIP"), 5432);
    all << ingress(QStringLiteral("identity"), QStringLiteral("auth"), QStringLiteral("auth.example.com"),
                   { { QStringLiteral("/"), QStringLiteral("keycloak") } });
    all << certificate(QStringLiteral("identity"), QStringLiteral("auth-tls"), QStringLiteral("auth.example.com"),
                       QStringLiteral("auth-tls"));

    // monitoring
    all << service(QStringLiteral("monitoring"), QStringLiteral("grafana"), QStringLiteral("ClusterIP"), 3000);
    all << service(QStringLiteral("monitoring"), QStringLiteral("prometheus"), QStringLiteral("ClusterIP"), 9090);
    all << service(QStringLiteral("monitoring"), QStringLiteral("alertmanager"), QStringLiteral("ClusterIP"), 9093);
    all << ingress(QStringLiteral("monitoring"), QStringLiteral("grafana"), QStringLiteral("grafana.example.com"),
        { { QStringLiteral("/"), QStringLiteral("grafana") } }, false);
    return all;
}

void DemoInventory::fill(Inventory& inventory)
{
    inventory.upsert(resources());
    inventory.flush();
}

} // namespace Netloom::Tests
