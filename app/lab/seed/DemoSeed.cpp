#include "app/lab/seed/DemoSeed.h"

#include "app/lab/kube/ApiServer.h"
#include "app/lab/kube/ResourceCatalog.h"
#include "app/lab/seed/DemoCustomResources.h"
#include "app/lab/seed/DemoWorkloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Netloom::Lab {

namespace {

const char kSystem[] = R"json([
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"default"}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"kube-system"}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"kube-public"}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"kube-node-lease"}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"kubernetes","namespace":"default",
  "labels":{"component":"apiserver","provider":"kubernetes"}},
 "spec":{"clusterIP":"10.96.0.1","ports":[{"name":"https","port":443,"protocol":"TCP","targetPort":6443}]}}
])json";

// What every platform of the lab runs: DNS, the ingress-nginx controller and its class, cert-manager,
// Calico and monitoring.
const char kInfrastructure[] = R"json([
{"apiVersion":"v1","kind":"Service","metadata":{"name":"kube-dns","namespace":"kube-system",
  "labels":{"k8s-app":"kube-dns","kubernetes.io/cluster-service":"true","kubernetes.io/name":"CoreDNS"},
  "annotations":{"prometheus.io/port":"9153","prometheus.io/scrape":"true"}},
 "spec":{"clusterIP":"10.96.0.10","selector":{"k8s-app":"kube-dns"},
  "ports":[{"name":"dns","port":53,"protocol":"UDP","targetPort":53},
           {"name":"dns-tcp","port":53,"protocol":"TCP","targetPort":53},
           {"name":"metrics","port":9153,"protocol":"TCP","targetPort":9153}]}},

{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"ingress-nginx",
  "labels":{"app.kubernetes.io/name":"ingress-nginx","app.kubernetes.io/instance":"ingress-nginx"}}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"cert-manager",
  "labels":{"app.kubernetes.io/name":"cert-manager","app.kubernetes.io/instance":"cert-manager"}}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"calico-system",
  "labels":{"name":"calico-system","pod-security.kubernetes.io/enforce":"privileged"}}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"monitoring",
  "labels":{"team":"platform","environment":"production"}}},

{"apiVersion":"v1","kind":"Service","metadata":{"name":"ingress-nginx-controller","namespace":"ingress-nginx",
  "labels":{"app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"ingress-nginx",
            "app.kubernetes.io/name":"ingress-nginx","app.kubernetes.io/part-of":"ingress-nginx","app.kubernetes.io/version":"1.11.3"},
  "annotations":{"external-dns.alpha.kubernetes.io/hostname":"lb.example.com"}},
 "spec":{"type":"LoadBalancer","externalTrafficPolicy":"Local","ipFamilyPolicy":"SingleStack","ipFamilies":["IPv4"],
  "selector":{"app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"ingress-nginx","app.kubernetes.io/name":"ingress-nginx"},
  "ports":[{"name":"http","port":80,"protocol":"TCP","targetPort":"http","appProtocol":"http"},
           {"name":"https","port":443,"protocol":"TCP","targetPort":"https","appProtocol":"https"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"ingress-nginx-controller-admission","namespace":"ingress-nginx",
  "labels":{"app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"ingress-nginx","app.kubernetes.io/name":"ingress-nginx"}},
 "spec":{"selector":{"app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"ingress-nginx","app.kubernetes.io/name":"ingress-nginx"},
  "ports":[{"name":"https-webhook","port":443,"targetPort":"webhook","appProtocol":"https"}]}},
{"apiVersion":"networking.k8s.io/v1","kind":"IngressClass","metadata":{"name":"nginx",
  "labels":{"app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"ingress-nginx","app.kubernetes.io/name":"ingress-nginx"},
  "annotations":{"ingressclass.kubernetes.io/is-default-class":"true"}},
 "spec":{"controller":"k8s.io/ingress-nginx"}},

{"apiVersion":"v1","kind":"Service","metadata":{"name":"cert-manager","namespace":"cert-manager",
  "labels":{"app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"cert-manager","app.kubernetes.io/name":"cert-manager"}},
 "spec":{"selector":{"app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"cert-manager","app.kubernetes.io/name":"cert-manager"},
  "ports":[{"name":"tcp-prometheus-servicemonitor","port":9402,"targetPort":"http-metrics"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"cert-manager-webhook","namespace":"cert-manager",
  "labels":{"app.kubernetes.io/component":"webhook","app.kubernetes.io/instance":"cert-manager","app.kubernetes.io/name":"webhook"}},
 "spec":{"selector":{"app.kubernetes.io/component":"webhook","app.kubernetes.io/instance":"cert-manager","app.kubernetes.io/name":"webhook"},
  "ports":[{"name":"https","port":443,"targetPort":"https"},{"name":"metrics","port":9402,"targetPort":"http-metrics"}]}},

{"apiVersion":"v1","kind":"Service","metadata":{"name":"calico-typha","namespace":"calico-system","labels":{"k8s-app":"calico-typha"}},
 "spec":{"selector":{"k8s-app":"calico-typha"},"ports":[{"name":"calico-typha","port":5473,"targetPort":"calico-typha"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"calico-kube-controllers-metrics","namespace":"calico-system",
  "labels":{"k8s-app":"calico-kube-controllers"}},
 "spec":{"clusterIP":"None","selector":{"k8s-app":"calico-kube-controllers"},
  "ports":[{"name":"metrics-port","port":9094,"targetPort":9094}]}},

{"apiVersion":"v1","kind":"Service","metadata":{"name":"prometheus-k8s","namespace":"monitoring",
  "labels":{"app.kubernetes.io/name":"prometheus","app.kubernetes.io/part-of":"kube-prometheus"}},
 "spec":{"selector":{"app.kubernetes.io/name":"prometheus"},"sessionAffinity":"ClientIP",
  "sessionAffinityConfig":{"clientIP":{"timeoutSeconds":10800}},
  "ports":[{"name":"web","port":9090,"targetPort":"web"},{"name":"reloader-web","port":8080,"targetPort":"reloader-web"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"alertmanager-main","namespace":"monitoring",
  "labels":{"app.kubernetes.io/name":"alertmanager","app.kubernetes.io/part-of":"kube-prometheus"}},
 "spec":{"selector":{"app.kubernetes.io/name":"alertmanager"},"ports":[{"name":"web","port":9093,"targetPort":"web"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"grafana","namespace":"monitoring",
  "labels":{"app.kubernetes.io/name":"grafana","app.kubernetes.io/part-of":"kube-prometheus"}},
 "spec":{"selector":{"app.kubernetes.io/name":"grafana"},"ports":[{"name":"http","port":3000,"targetPort":"http"}]}}
])json";

// The demo's own applications: shop, payments, identity and the Grafana Ingress.
const char kApplications[] = R"json([
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"shop",
  "labels":{"team":"storefront","environment":"production","istio-injection":"disabled"},
  "annotations":{"netloom.io/owner":"storefront@example.com"}}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"payments",
  "labels":{"team":"payments","environment":"production","pci-scope":"true"},
  "annotations":{"netloom.io/owner":"payments@example.com"}}},
{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"identity",
  "labels":{"team":"identity","environment":"production"},
  "annotations":{"netloom.io/owner":"identity@example.com"}}},

{"apiVersion":"v1","kind":"Service","metadata":{"name":"storefront","namespace":"shop","labels":{"app":"storefront","tier":"frontend"}},
 "spec":{"selector":{"app":"storefront","track":"stable"},"ports":[{"name":"http","port":80,"targetPort":8080}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"storefront-canary","namespace":"shop","labels":{"app":"storefront","tier":"frontend"}},
 "spec":{"selector":{"app":"storefront","track":"canary"},"ports":[{"name":"http","port":80,"targetPort":8080}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"catalog","namespace":"shop","labels":{"app":"catalog","tier":"backend"}},
 "spec":{"selector":{"app":"catalog"},"ports":[{"name":"http","port":8080,"targetPort":"http"},{"name":"grpc","port":9090,"targetPort":"grpc","appProtocol":"grpc"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"cart","namespace":"shop","labels":{"app":"cart","tier":"backend"}},
 "spec":{"selector":{"app":"cart"},"ports":[{"name":"http","port":8080,"targetPort":"http"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"checkout","namespace":"shop","labels":{"app":"checkout","tier":"backend"}},
 "spec":{"selector":{"app":"checkout"},"ports":[{"name":"http","port":8080,"targetPort":"http"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"redis","namespace":"shop","labels":{"app":"redis","tier":"cache"}},
 "spec":{"clusterIP":"None","selector":{"app":"redis"},"ports":[{"name":"redis","port":6379,"targetPort":6379}]}},

{"apiVersion":"v1","kind":"Service","metadata":{"name":"payments-api","namespace":"payments","labels":{"app":"payments-api"}},
 "spec":{"selector":{"app":"payments-api"},"ports":[{"name":"https","port":443,"targetPort":8443,"appProtocol":"https"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"fraud-check","namespace":"payments","labels":{"app":"fraud-check"}},
 "spec":{"selector":{"app":"fraud-check"},"ports":[{"name":"grpc","port":9090,"targetPort":9090,"appProtocol":"grpc"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"psp-gateway","namespace":"payments","labels":{"app":"psp-gateway"}},
 "spec":{"type":"ExternalName","externalName":"api.psp.example.net","ports":[{"name":"https","port":443}]}},

{"apiVersion":"v1","kind":"Service","metadata":{"name":"keycloak","namespace":"identity","labels":{"app.kubernetes.io/name":"keycloak"}},
 "spec":{"selector":{"app.kubernetes.io/name":"keycloak"},"ports":[{"name":"http","port":8080,"targetPort":"http"}]}},
{"apiVersion":"v1","kind":"Service","metadata":{"name":"keycloak-headless","namespace":"identity","labels":{"app.kubernetes.io/name":"keycloak"}},
 "spec":{"clusterIP":"None","publishNotReadyAddresses":true,"selector":{"app.kubernetes.io/name":"keycloak"},
  "ports":[{"name":"http","port":8080,"targetPort":"http"},{"name":"jgroups","port":7800,"targetPort":"jgroups"}]}},

{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"storefront","namespace":"shop","labels":{"app":"storefront"},
  "annotations":{"cert-manager.io/cluster-issuer":"letsencrypt-prod",
                 "external-dns.alpha.kubernetes.io/hostname":"shop.example.com,www.shop.example.com",
                 "nginx.ingress.kubernetes.io/ssl-redirect":"true",
                 "nginx.ingress.kubernetes.io/proxy-body-size":"8m"}},
 "spec":{"ingressClassName":"nginx",
  "tls":[{"hosts":["shop.example.com","www.shop.example.com"],"secretName":"shop-example-com-tls"}],
  "rules":[{"host":"shop.example.com","http":{"paths":[
     {"path":"/","pathType":"Prefix","backend":{"service":{"name":"storefront","port":{"name":"http"}}}},
     {"path":"/api/catalog","pathType":"Prefix","backend":{"service":{"name":"catalog","port":{"number":8080}}}},
     {"path":"/api/cart","pathType":"Prefix","backend":{"service":{"name":"cart","port":{"number":8080}}}},
     {"path":"/checkout","pathType":"Prefix","backend":{"service":{"name":"checkout","port":{"number":8080}}}}]}},
   {"host":"www.shop.example.com","http":{"paths":[
     {"path":"/","pathType":"Prefix","backend":{"service":{"name":"storefront","port":{"name":"http"}}}}]}}]}},
{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"storefront-canary","namespace":"shop","labels":{"app":"storefront","track":"canary"},
  "annotations":{"nginx.ingress.kubernetes.io/canary":"true","nginx.ingress.kubernetes.io/canary-weight":"10"}},
 "spec":{"ingressClassName":"nginx",
  "rules":[{"host":"shop.example.com","http":{"paths":[
     {"path":"/","pathType":"Prefix","backend":{"service":{"name":"storefront-canary","port":{"name":"http"}}}}]}}]}},
{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"payments-api","namespace":"payments","labels":{"app":"payments-api"},
  "annotations":{"cert-manager.io/cluster-issuer":"letsencrypt-prod",
                 "external-dns.alpha.kubernetes.io/hostname":"pay.example.com",
                 "nginx.ingress.kubernetes.io/backend-protocol":"HTTPS",
                 "nginx.ingress.kubernetes.io/limit-rps":"50"}},
 "spec":{"ingressClassName":"nginx",
  "tls":[{"hosts":["pay.example.com"],"secretName":"pay-example-com-tls"}],
  "rules":[{"host":"pay.example.com","http":{"paths":[
     {"path":"/v1","pathType":"Prefix","backend":{"service":{"name":"payments-api","port":{"name":"https"}}}},
     {"path":"/healthz","pathType":"Exact","backend":{"service":{"name":"payments-api","port":{"name":"https"}}}}]}}]}},
{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"keycloak","namespace":"identity","labels":{"app.kubernetes.io/name":"keycloak"},
  "annotations":{"cert-manager.io/cluster-issuer":"letsencrypt-prod",
                 "external-dns.alpha.kubernetes.io/hostname":"auth.example.com",
                 "nginx.ingress.kubernetes.io/proxy-buffer-size":"128k"}},
 "spec":{"ingressClassName":"nginx",
  "tls":[{"hosts":["auth.example.com"],"secretName":"auth-example-com-tls"}],
  "rules":[{"host":"auth.example.com","http":{"paths":[
     {"path":"/","pathType":"Prefix","backend":{"service":{"name":"keycloak","port":{"name":"http"}}}}]}}]}},
{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"grafana","namespace":"monitoring","labels":{"app.kubernetes.io/name":"grafana"},
  "annotations":{"cert-manager.io/cluster-issuer":"letsencrypt-prod",
                 "external-dns.alpha.kubernetes.io/hostname":"grafana.example.com",
                 "nginx.ingress.kubernetes.io/whitelist-source-range":"198.51.100.0/24"}},
 "spec":{"ingressClassName":"nginx",
  "tls":[{"hosts":["grafana.example.com"],"secretName":"grafana-example-com-tls"}],
  "rules":[{"host":"grafana.example.com","http":{"paths":[
     {"path":"/","pathType":"Prefix","backend":{"service":{"name":"grafana","port":{"number":3000}}}}]}}]}},

{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"default-deny","namespace":"payments"},
 "spec":{"podSelector":{},"policyTypes":["Ingress","Egress"]}},
{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"allow-ingress-nginx","namespace":"payments"},
 "spec":{"podSelector":{"matchLabels":{"app":"payments-api"}},"policyTypes":["Ingress"],
  "ingress":[{"from":[{"namespaceSelector":{"matchLabels":{"kubernetes.io/metadata.name":"ingress-nginx"}}}],
              "ports":[{"protocol":"TCP","port":8443}]}]}},
{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"allow-dns-egress","namespace":"payments"},
 "spec":{"podSelector":{},"policyTypes":["Egress"],
  "egress":[{"to":[{"namespaceSelector":{"matchLabels":{"kubernetes.io/metadata.name":"kube-system"}},
                    "podSelector":{"matchLabels":{"k8s-app":"kube-dns"}}}],
             "ports":[{"protocol":"UDP","port":53},{"protocol":"TCP","port":53}]}]}},
{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"default-deny-ingress","namespace":"identity"},
 "spec":{"podSelector":{},"policyTypes":["Ingress"]}}
])json";

Expected<void> createAllJson(ApiServer& server, const char* json)
{
    const QJsonArray objects = QJsonDocument::fromJson(QByteArray(json)).array();
    if (objects.isEmpty())
        return Error(QStringLiteral("The demo seed is not valid JSON"));
    QList<QJsonObject> list;
    list.reserve(objects.size());
    for (const QJsonValue& value : objects)
        list.append(value.toObject());
    return DemoSeed::createAll(server, list);
}

} // namespace

Expected<void> DemoSeed::createAll(ApiServer& server, const QList<QJsonObject>& objects)
{
    // The server's own catalog: it knows the kinds the seed's CRDs registered.
    const ResourceCatalog& catalog = server.catalog();
    for (const QJsonObject& object : objects) {
        const ResourceKind* kind = catalog.findByKind(
            object.value(QStringLiteral("apiVersion")).toString(), object.value(QStringLiteral("kind")).toString());
        if (!kind)
            return Error(
                QStringLiteral("The seed names an unknown kind"), object.value(QStringLiteral("kind")).toString());
        const QString nameSpace
            = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString();
        const ApiServer::Outcome outcome = server.create(*kind, nameSpace, object, SchemaValidator::Mode::Strict);
        if (!outcome.ok())
            return Error(QStringLiteral("The seed could not be created"),
                outcome.body.value(QStringLiteral("message")).toString());
    }
    return {};
}

void DemoSeed::publishLoadBalancer(ApiServer& server)
{
    const ResourceCatalog& catalog = ResourceCatalog::instance();
    const QString ip = QString::fromLatin1(DemoSeed::kLoadBalancerIp);
    const QJsonObject status { { QStringLiteral("loadBalancer"),
        QJsonObject { { QStringLiteral("ingress"),
            QJsonArray { QJsonObject {
                { QStringLiteral("ip"), ip }, { QStringLiteral("ipMode"), QStringLiteral("VIP") } } } } } } };
    const QJsonObject ingressStatus { { QStringLiteral("loadBalancer"),
        QJsonObject { { QStringLiteral("ingress"), QJsonArray { QJsonObject { { QStringLiteral("ip"), ip } } } } } } };
    const ResourceKind* services = catalog.find(QString(), QStringLiteral("v1"), QStringLiteral("services"));
    if (std::optional<QJsonObject> controller
        = server.store().get(*services, QStringLiteral("ingress-nginx"), QStringLiteral("ingress-nginx-controller"))) {
        controller->insert(QStringLiteral("status"), status);
        server.store().replace(*services, *controller);
    }
    const ResourceKind* ingresses
        = catalog.find(QStringLiteral("networking.k8s.io"), QStringLiteral("v1"), QStringLiteral("ingresses"));
    for (QJsonObject ingress : server.store().list(*ingresses)) {
        ingress.insert(QStringLiteral("status"), ingressStatus);
        server.store().replace(*ingresses, ingress);
    }
}

Expected<void> DemoSeed::populateSystem(ApiServer& server)
{
    return createAllJson(server, kSystem);
}

Expected<void> DemoSeed::populateInfrastructure(ApiServer& server)
{
    if (const Expected<void> system = populateSystem(server); !system)
        return system;
    return createAllJson(server, kInfrastructure);
}

Expected<void> DemoSeed::populateDemo(ApiServer& server)
{
    if (const Expected<void> infrastructure = populateInfrastructure(server); !infrastructure)
        return infrastructure;
    if (const Expected<void> demo = createAllJson(server, kApplications); !demo)
        return demo;
    publishLoadBalancer(server);
    if (const Expected<void> custom = DemoCustomResources::populate(server); !custom)
        return custom;
    return DemoWorkloads::populate(server);
}

} // namespace Netloom::Lab
