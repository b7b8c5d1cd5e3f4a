#include "tests/models/topology/DemoInventory.h"

#include "models/domain/Inventory.h"

#include <memory>

namespace Netloom::Tests {

using namespace Domain;

namespace {

Resource base(ResourceKind kind, const QString& ns, const QString& name)
{
    Resource r;
    r.id = DemoInventory::id(kind, ns, name);
    r.kind = kind;
    r.name = name;
    r.namespaceName = ns;
    r.origin = DemoInventory::origin();
    r.uid = QStringLiteral("uid-") % machineName(kind) % QLatin1Char('-') % ns % QLatin1Char('-') % name;
    r.resourceVersion = QStringLiteral("1");
    r.created = QDateTime(QDate(2024, 5, 2), QTime(9, 30), Qt::UTC);
    r.status.state = ResourceState::Ok;
    r.details = defaultDetails(kind);
    if (kind != ResourceKind::Cluster)
        r.parent = ns.isEmpty() ? DemoInventory::id(ResourceKind::Cluster, {}, DemoInventory::clusterName())
                                : DemoInventory::id(ResourceKind::Namespace, {}, ns);
    return r;
}

ResourcePtr share(Resource r)
{
    return std::make_shared<const Resource>(std::move(r));
}

} // namespace

ResourceId DemoInventory::id(ResourceKind kind, const QString& namespaceName, const QString& name)
{
    return ResourceId::kube(clusterName(), kind, namespaceName, name);
}

ResourcePtr DemoInventory::cluster()
{
    Resource r = base(ResourceKind::Cluster, {}, clusterName());
    r.details = ClusterDetails { QStringLiteral("v1.29.4"), QStringLiteral("https://127.0.0.1:6443"), QStringLiteral("netloom-lab") };
    return share(r);
}

ResourcePtr DemoInventory::namespaceResource(const QString& name)
{
    Resource r = base(ResourceKind::Namespace, {}, name);
    r.details = NamespaceDetails { QStringLiteral("Active") };
    r.labels.insert(QStringLiteral("kubernetes.io/metadata.name"), name);
    return share(r);
}

ResourcePtr DemoInventory::service(const QString& ns, const QString& name, const QString& type, int port,
                                   const QStringList& external)
{
    Resource r = base(ResourceKind::Service, ns, name);
    ServiceDetails d;
    d.type = type;
    d.clusterIps = { QStringLiteral("10.96.%1.%2").arg(qHash(ns) % 200).arg(qHash(name) % 250 + 2) };
    d.externalAddresses = external;
    d.ports = { ServicePort { QStringLiteral("http"), QStringLiteral("TCP"), port, QString::number(port), 0 } };
    if (type == QLatin1String("LoadBalancer"))
        d.ports.append(ServicePort { QStringLiteral("https"), QStringLiteral("TCP"), 443, QStringLiteral("443"), 31443 });
    d.selector.insert(QStringLiteral("app.kubernetes.io/name"), name);
    r.details = d;
    r.labels.insert(QStringLiteral("app.kubernetes.io/name"), name);
    return share(r);
}

ResourcePtr DemoInventory::ingress(const QString& ns, const QString& name, const QString& host,
                                   const QList<std::pair<QString, QString>>& pathToService, bool tls)
{
    Resource r = base(ResourceKind::Ingress, ns, name);
    IngressDetails d;
    d.className = QStringLiteral("nginx");
    for (const auto& [path, serviceName] : pathToService) {
        d.routes.append(IngressRoute { host, path, QStringLiteral("Prefix"), serviceName, QStringLiteral("80") });
        r.relations.append(Relation { RelationType::RoutesTo, id(ResourceKind::Service, ns, serviceName) });
    }
    if (tls) {
        d.tls.append(IngressTls { { host }, name + QStringLiteral("-tls") });
        d.issuer = QStringLiteral("letsencrypt-prod");
    }
    d.addresses = { QStringLiteral("203.0.113.10") };
    r.details = d;
    return share(r);
}

ResourcePtr DemoInventory::certificate(const QString& ns, const QString& name, const QString& host,
                                       const QString& secretName)
{
    Resource r = base(ResourceKind::Certificate, ns, name);
    CertificateDetails d;
    d.dnsNames = { host };
    d.issuerName = QStringLiteral("letsencrypt-prod");
    d.issuerKind = QStringLiteral("ClusterIssuer");
    d.secretName = secretName;
    d.ready = true;
    d.notAfter = QDateTime(QDate(2025, 8, 1), QTime(0, 0), Qt::UTC);
    r.details = d;
    return share(r);
}

QList<ResourcePtr> DemoInventory::resources()
{
    QList<ResourcePtr> all;
    all << cluster();
    for (const char* ns : { "ingress-nginx", "cert-manager", "shop", "payments", "identity", "monitoring" })
        all << namespaceResource(QLatin1String(ns));

    // the entry: a LoadBalancer Service in front of the controller
    all << service(QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"),
                   QStringLiteral("LoadBalancer"), 80, { QStringLiteral("203.0.113.10") });
    all << service(QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller-admission"),
                   QStringLiteral("ClusterIP"), 443);
    {
        Resource r = base(ResourceKind::IngressController, QStringLiteral("ingress-nginx"),
                          QStringLiteral("ingress-nginx-controller"));
        r.details = IngressControllerDetails { QStringLiteral("nginx"), QStringLiteral("k8s.io/ingress-nginx"),
                                               QStringLiteral("ingress-nginx/ingress-nginx-controller"),
                                               QStringLiteral("v1.10.1") };
        all << share(r);
    }
    {
        Resource r = base(ResourceKind::IngressClass, {}, QStringLiteral("nginx"));
        r.parent = id(ResourceKind::Cluster, {}, clusterName());
        r.details = IngressClassDetails { QStringLiteral("k8s.io/ingress-nginx"), true };
        all << share(r);
    }
    {
        Resource r = base(ResourceKind::Issuer, {}, QStringLiteral("letsencrypt-prod"));
        IssuerDetails d;
        d.clusterScoped = true;
        d.issuerType = QStringLiteral("acme");
        d.server = QStringLiteral("https://acme-v02.api.letsencrypt.org/directory");
        d.ready = true;
        r.details = d;
        all << share(r);
    }
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
    {
        Resource r = *certificate(QStringLiteral("payments"), QStringLiteral("payments-api-tls"),
                                  QStringLiteral("pay.example.com"), QStringLiteral("payments-api-tls"));
        auto d = *r.as<CertificateDetails>();
        d.ready = false;
        d.message = QStringLiteral("Issuing certificate as Secret does not exist");
        r.details = d;
        r.status = ResourceStatus { ResourceState::Progressing, QStringLiteral("Issuing") };
        all << share(r);
    }

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
    {
        Resource r = *ingress(QStringLiteral("monitoring"), QStringLiteral("grafana"), QStringLiteral("grafana.example.com"),
                              { { QStringLiteral("/"), QStringLiteral("grafana") } }, false);
        r.status = ResourceStatus { ResourceState::Warning, QStringLiteral("No TLS configured") };
        all << share(r);
    }
    return all;
}

void DemoInventory::fill(Inventory& inventory)
{
    inventory.upsert(resources());
    inventory.flush();
}

} // namespace Netloom::Tests
