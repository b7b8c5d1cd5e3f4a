#include "models/kube/ObjectMapper.h"

#include "models/kube/TlsCertificate.h"
#include "models/kube/Tr.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <utility>

namespace Netloom::Kube {

using namespace Netloom::Domain;

namespace {

const QString IngressNginxController = QStringLiteral("k8s.io/ingress-nginx");
const QString NginxIncController = QStringLiteral("nginx.org/ingress-controller");
const QString NginxGatewayFabricController = QStringLiteral("gateway.nginx.org/nginx-gateway-controller");

// "crd.projectcalico.org/NetworkPolicy" -> {"crd.projectcalico.org", "NetworkPolicy"}; "Service" -> {"", "Service"}
std::pair<QString, QString> splitKind(const QString& kind)
{
    const qsizetype slash = kind.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return { QString(), kind };
    return { kind.left(slash), kind.mid(slash + 1) };
}

bool isCalicoGroup(const QString& group)
{
    return group == QLatin1String("crd.projectcalico.org") || group == QLatin1String("projectcalico.org");
}

// "a=b,c=d" for a matchLabels map, plus matchExpressions as text.
QString labelSelectorText(const QJsonObject& selector)
{
    QStringList parts;
    const QJsonObject labels = selector.value(QLatin1StringView("matchLabels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toString());
    for (const QJsonValue& v : selector.value(QLatin1StringView("matchExpressions")).toArray()) {
        const QJsonObject e = v.toObject();
        QStringList values;
        for (const QJsonValue& value : e.value(QLatin1StringView("values")).toArray())
            values.append(value.toString());
        const QString op = e.value(QLatin1StringView("operator")).toString();
        const QString key = e.value(QLatin1StringView("key")).toString();
        if (op == QLatin1String("Exists"))
            parts.append(key);
        else if (op == QLatin1String("DoesNotExist"))
            parts.append(QLatin1Char('!') + key);
        else
            parts.append(key + QLatin1Char(' ') + op.toLower() + QStringLiteral(" (") + values.join(QLatin1Char(','))
                         + QLatin1Char(')'));
    }
    return parts.join(QLatin1Char(','));
}

QString str(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toString();
}

QJsonObject obj(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toObject();
}

QJsonArray arr(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toArray();
}

// A port given as number or name ("80" / "http").
QString intOrString(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QStringList loadBalancerAddresses(const QJsonObject& status)
{
    QStringList out;
    const QJsonArray ingress = arr(obj(status, QLatin1StringView("loadBalancer")), QLatin1StringView("ingress"));
    for (const QJsonValue& v : ingress) {
        const QJsonObject entry = v.toObject();
        const QString ip = str(entry, QLatin1StringView("ip"));
        const QString host = str(entry, QLatin1StringView("hostname"));
        if (!ip.isEmpty())
            out.append(ip);
        if (!host.isEmpty())
            out.append(host);
    }
    return out;
}

// external-dns's annotations on Services and Ingresses.
void readExternalDns(const QJsonObject& annotations, QStringList* hostnames, QString* target, int* ttl)
{
    const QString hosts = str(annotations, QLatin1StringView("external-dns.alpha.kubernetes.io/hostname"));
    for (const QString& host : hosts.split(QLatin1Char(','), Qt::SkipEmptyParts))
        hostnames->append(host.trimmed());
    *target = str(annotations, QLatin1StringView("external-dns.alpha.kubernetes.io/target"));
    // "60" or Go durations ("1m", "30s"), as external-dns reads them.
    const QString ttlText = str(annotations, QLatin1StringView("external-dns.alpha.kubernetes.io/ttl")).trimmed();
    bool ok = false;
    int value = ttlText.toInt(&ok);
    if (!ok && ttlText.size() > 1) {
        const int number = ttlText.chopped(1).toInt(&ok);
        const QChar unit = ttlText.back();
        value = !ok ? 0 : unit == QLatin1Char('s') ? number : unit == QLatin1Char('m') ? number * 60
                  : unit == QLatin1Char('h') ? number * 3600 : 0;
    }
    *ttl = std::max(0, value);
}

void addReference(Resource& r, ReferenceKind kind, const ResourceKey& key)
{
    const Reference ref { kind, key };
    if (!r.references.contains(ref))
        r.references.append(ref);
}

} // namespace

ObjectMapper::ObjectMapper(QString clusterName)
    : m_cluster(std::move(clusterName))
    , m_origin(QStringLiteral("kube:") + m_cluster)
{
}

QMap<QString, QString> ObjectMapper::pooledMap(const QJsonObject& object) const
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(pooled(it.key()), pooled(it.value().toString()));
    return map;
}

ResourceId ObjectMapper::clusterId() const
{
    return ResourceId::kube(m_cluster, ResourceKind::Cluster, QString(), m_cluster);
}

ResourceId ObjectMapper::idFor(ResourceKind kind, const QString& namespaceName, const QString& name) const
{
    return ResourceId::kube(m_cluster, kind, namespaceName, name);
}

ResourcePtr ObjectMapper::clusterResource(const QString& apiServer, const QString& version) const
{
    Resource r;
    r.id = clusterId();
    r.kind = ResourceKind::Cluster;
    r.name = m_cluster;
    r.origin = origin();
    r.status = {ResourceState::Ok, QString()};
    ClusterDetails d;
    d.apiServer = apiServer;
    d.version = version;
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

Resource ObjectMapper::base(ResourceKind kind, const QJsonObject& object) const
{
    const QJsonObject meta = obj(object, QLatin1StringView("metadata"));
    Resource r;
    r.kind = kind;
    r.name = str(meta, QLatin1StringView("name"));
    // Cluster-scoped kinds have no namespace (whatever metadata.namespace says) and the Cluster as
    // their parent; mapIssuer and mapCalicoPolicy make a ClusterIssuer and a GlobalNetworkPolicy so.
    const bool clusterScoped
        = kind == ResourceKind::Namespace || kind == ResourceKind::IngressClass || kind == ResourceKind::IpPool;
    r.namespaceName = clusterScoped ? QString() : pooled(str(meta, QLatin1StringView("namespace")));
    r.id = idFor(kind, r.namespaceName, r.name);
    r.uid = str(meta, QLatin1StringView("uid"));
    r.resourceVersion = str(meta, QLatin1StringView("resourceVersion"));
    r.labels = pooledMap(obj(meta, QLatin1StringView("labels")));
    r.created = QDateTime::fromString(str(meta, QLatin1StringView("creationTimestamp")), Qt::ISODate);
    r.origin = origin();
    if (clusterScoped)
        r.parent = clusterId();
    else
        r.parent = ResourceId::fromString(pooled(idFor(ResourceKind::Namespace, QString(), r.namespaceName).toString()));
    if (meta.contains(QLatin1StringView("deletionTimestamp")))
        r.status = {ResourceState::Progressing, Tr::tr("being deleted")};
    else
        r.status = {ResourceState::Ok, QString()};
    r.details = defaultDetails(kind);
    return r;
}

namespace {

// The kind map() works with: "crd.projectcalico.org/NetworkPolicy" for Calico's policies (whose
// kind name Kubernetes' own NetworkPolicy shares), the plain kind otherwise. Without @p kind, the
// object's own kind and apiVersion say.
QString effectiveKind(const QString& kind, const QJsonObject& object)
{
    if (!kind.isEmpty())
        return kind;
    const QString own = str(object, QLatin1StringView("kind"));
    const QString apiVersion = str(object, QLatin1StringView("apiVersion"));
    const QString group = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString();
    return isCalicoGroup(group) ? group + QLatin1Char('/') + own : own;
}

} // namespace

bool ObjectMapper::isModelled(const QString& kind)
{
    static const QSet<QString> kinds { QStringLiteral("Namespace"), QStringLiteral("Service"),
        QStringLiteral("Ingress"), QStringLiteral("IngressClass"), QStringLiteral("Certificate"),
        QStringLiteral("Issuer"), QStringLiteral("ClusterIssuer"), QStringLiteral("Secret"),
        QStringLiteral("NetworkPolicy"), QStringLiteral("Gateway"), QStringLiteral("HTTPRoute"),
        QStringLiteral("DNSEndpoint"), QStringLiteral("EndpointSlice"), QStringLiteral("Pod") };
    const auto [group, plain] = splitKind(kind);
    if (isCalicoGroup(group))
        return plain == QLatin1String("IPPool") || plain == QLatin1String("NetworkPolicy")
               || plain == QLatin1String("GlobalNetworkPolicy");
    return group.isEmpty() && kinds.contains(plain);
}

bool ObjectMapper::isSummarised(const QString& kind)
{
    return kind == QLatin1String("EndpointSlice") || kind == QLatin1String("Pod");
}

QList<ResourcePtr> ObjectMapper::map(const QString& kind, const QJsonObject& object) const
{
    const QString k = effectiveKind(kind, object);
    QList<ResourcePtr> out;
    if (k == QLatin1String("Namespace")) {
        out.append(mapNamespace(object));
    } else if (k == QLatin1String("Service")) {
        out.append(mapService(object));
        const QString controller = controllerOf(object);
        if (!controller.isEmpty())
            out.append(mapIngressController(object, controller));
    } else if (k == QLatin1String("Secret")) {
        // Only kubernetes.io/tls secrets are listed; anything else that gets here is not shown.
        if (str(object, QLatin1StringView("type")) == QLatin1String("kubernetes.io/tls"))
            out.append(mapTlsSecret(object));
    } else if (k == QLatin1String("NetworkPolicy")) {
        out.append(mapNetworkPolicy(object));
    } else if (k.endsWith(QLatin1String("/NetworkPolicy")) || k.endsWith(QLatin1String("/GlobalNetworkPolicy"))) {
        if (isCalicoGroup(splitKind(k).first))
            out.append(mapCalicoPolicy(object, k.endsWith(QLatin1String("/GlobalNetworkPolicy"))));
    } else if (k.endsWith(QLatin1String("/IPPool"))) {
        if (isCalicoGroup(splitKind(k).first))
            out.append(mapIpPool(object));
    } else if (k == QLatin1String("Gateway")) {
        out.append(mapGateway(object));
    } else if (k == QLatin1String("HTTPRoute")) {
        out.append(mapHttpRoute(object));
    } else if (k == QLatin1String("DNSEndpoint")) {
        out.append(mapDnsEndpoint(object));
    } else if (k == QLatin1String("Ingress")) {
        out.append(mapIngress(object));
    } else if (k == QLatin1String("IngressClass")) {
        out.append(mapIngressClass(object));
    } else if (k == QLatin1String("Certificate")) {
        out.append(mapCertificate(object));
    } else if (k == QLatin1String("Issuer") || k == QLatin1String("ClusterIssuer")) {
        out.append(mapIssuer(object, k == QLatin1String("ClusterIssuer")));
    }
    return out;
}

namespace {

// cert-manager's Ready condition: (ready, message).
std::pair<bool, QString> readyCondition(const QJsonObject& object)
{
    for (const QJsonValue& v : arr(obj(object, QLatin1StringView("status")), QLatin1StringView("conditions"))) {
        const QJsonObject c = v.toObject();
        if (str(c, QLatin1StringView("type")) == QLatin1String("Ready"))
            return { str(c, QLatin1StringView("status")) == QLatin1String("True"),
                str(c, QLatin1StringView("message")) };
    }
    return { false, QString() };
}

} // namespace

ResourcePtr ObjectMapper::mapCertificate(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::Certificate, object);
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    const QJsonObject status = obj(object, QLatin1StringView("status"));
    CertificateDetails d;
    for (const QJsonValue& v : arr(spec, QLatin1StringView("dnsNames")))
        d.dnsNames.append(v.toString());
    const QJsonObject issuerRef = obj(spec, QLatin1StringView("issuerRef"));
    d.issuerName = str(issuerRef, QLatin1StringView("name"));
    d.issuerKind = str(issuerRef, QLatin1StringView("kind"));
    if (d.issuerKind.isEmpty())
        d.issuerKind = QStringLiteral("Issuer");
    d.secretName = str(spec, QLatin1StringView("secretName"));
    std::tie(d.ready, d.message) = readyCondition(object);
    d.notAfter = QDateTime::fromString(str(status, QLatin1StringView("notAfter")), Qt::ISODate);
    d.renewalTime = QDateTime::fromString(str(status, QLatin1StringView("renewalTime")), Qt::ISODate);
    if (!d.ready && r.status.state == ResourceState::Ok)
        r.status = { ResourceState::Progressing, d.message.isEmpty() ? Tr::tr("not ready") : d.message };
    if (!d.secretName.isEmpty())
        r.keys.append(ResourceKey::tlsSecret(r.origin, r.namespaceName, d.secretName));
    if (!d.issuerName.isEmpty()) {
        const bool cluster = d.issuerKind == QLatin1String("ClusterIssuer");
        r.references.append({ ReferenceKind::CertificateIssuer,
            ResourceKey::id(idFor(ResourceKind::Issuer, cluster ? QString() : r.namespaceName, d.issuerName)) });
    }
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapIssuer(const QJsonObject& object, bool clusterScoped) const
{
    Resource r = base(ResourceKind::Issuer, object);
    if (clusterScoped) {
        r.namespaceName.clear();
        r.id = idFor(ResourceKind::Issuer, QString(), r.name);
        r.parent = clusterId();
    }
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    IssuerDetails d;
    d.clusterScoped = clusterScoped;
    for (const char* type : { "acme", "ca", "selfSigned", "vault", "venafi" }) {
        if (spec.contains(QLatin1StringView(type))) {
            d.issuerType = QLatin1String(type);
            d.server = str(obj(spec, QLatin1StringView(type)), QLatin1StringView("server"));
            break;
        }
    }
    d.ready = readyCondition(object).first;
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

QList<ResourceId> ObjectMapper::idsFor(const QString& kind, const QJsonObject& object) const
{
    QList<ResourceId> ids;
    for (const ResourcePtr& r : map(kind, object))
        ids.append(r->id);
    return ids;
}

bool ObjectMapper::isIngressNginxController(const QJsonObject& service)
{
    const QJsonObject meta = obj(service, QLatin1StringView("metadata"));
    const QJsonObject labels = obj(meta, QLatin1StringView("labels"));
    // The admission webhook Service of the same install carries the controller labels too.
    if (str(meta, QLatin1StringView("name")).endsWith(QLatin1String("-admission")))
        return false;
    for (const QJsonValue& port : arr(obj(service, QLatin1StringView("spec")), QLatin1StringView("ports")))
        if (str(port.toObject(), QLatin1StringView("name")) == QLatin1String("https-webhook"))
            return false;
    if (str(labels, QLatin1StringView("app.kubernetes.io/name")) == QLatin1String("ingress-nginx")
        && str(labels, QLatin1StringView("app.kubernetes.io/component")) == QLatin1String("controller"))
        return true;
    return str(meta, QLatin1StringView("name")) == QLatin1String("ingress-nginx-controller");
}

QString ObjectMapper::controllerOf(const QJsonObject& service)
{
    if (isIngressNginxController(service))
        return IngressNginxController;
    const QJsonObject meta = obj(service, QLatin1StringView("metadata"));
    const QJsonObject labels = obj(meta, QLatin1StringView("labels"));
    const QString name = str(labels, QLatin1StringView("app.kubernetes.io/name"));
    // NGINX Inc's controller: its Helm chart (app.kubernetes.io/name=nginx-ingress) or its
    // manifests (app=nginx-ingress).
    if (name == QLatin1String("nginx-ingress") || str(labels, QLatin1StringView("app")) == QLatin1String("nginx-ingress"))
        return NginxIncController;
    // NGINX Gateway Fabric: the control plane's Service (app.kubernetes.io/name=nginx-gateway), or
    // the data plane's Service it creates per Gateway (labelled with the gateway's name).
    if (name == QLatin1String("nginx-gateway") || name == QLatin1String("nginx-gateway-fabric"))
        return NginxGatewayFabricController;
    return {};
}

ResourcePtr ObjectMapper::mapNamespace(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::Namespace, object);
    NamespaceDetails d;
    d.phase = str(obj(object, QLatin1StringView("status")), QLatin1StringView("phase"));
    if (d.phase == QLatin1String("Terminating"))
        r.status = {ResourceState::Progressing, Tr::tr("terminating")};
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapService(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::Service, object);
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    ServiceDetails d;
    d.type = pooled(str(spec, QLatin1StringView("type")));
    if (d.type.isEmpty())
        d.type = pooled(QStringLiteral("ClusterIP"));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("clusterIPs")))
        d.clusterIps.append(v.toString());
    const QString clusterIp = str(spec, QLatin1StringView("clusterIP"));
    if (d.clusterIps.isEmpty() && !clusterIp.isEmpty())
        d.clusterIps.append(clusterIp);
    d.externalAddresses = loadBalancerAddresses(obj(object, QLatin1StringView("status")));
    for (const QJsonValue& v : arr(obj(obj(object, QLatin1StringView("status")), QLatin1StringView("loadBalancer")),
             QLatin1StringView("ingress"))) {
        const QString mode = str(v.toObject(), QLatin1StringView("ipMode"));
        if (!mode.isEmpty())
            d.ipModes.append(pooled(mode));
    }
    const QJsonObject annotations = obj(obj(object, QLatin1StringView("metadata")), QLatin1StringView("annotations"));
    readExternalDns(annotations, &d.dnsHostnames, &d.dnsTarget, &d.dnsTtl);
    for (const QJsonValue& v : arr(spec, QLatin1StringView("externalIPs")))
        if (!d.externalAddresses.contains(v.toString()))
            d.externalAddresses.append(v.toString());
    if (d.type == QLatin1String("ExternalName")) {
        const QString externalName = str(spec, QLatin1StringView("externalName"));
        if (!externalName.isEmpty())
            d.externalAddresses.append(externalName);
    }
    for (const QJsonValue& v : arr(spec, QLatin1StringView("ports"))) {
        const QJsonObject p = v.toObject();
        ServicePort port;
        port.name = pooled(str(p, QLatin1StringView("name")));
        port.protocol = pooled(str(p, QLatin1StringView("protocol")));
        if (port.protocol.isEmpty())
            port.protocol = pooled(QStringLiteral("TCP"));
        port.port = p.value(QLatin1StringView("port")).toInt();
        port.targetPort = pooled(intOrString(p.value(QLatin1StringView("targetPort"))));
        port.nodePort = p.value(QLatin1StringView("nodePort")).toInt();
        d.ports.append(port);
    }
    d.selector = pooledMap(obj(spec, QLatin1StringView("selector")));
    if (d.type == QLatin1String("LoadBalancer") && d.externalAddresses.isEmpty()
        && r.status.state == ResourceState::Ok)
        r.status = {ResourceState::Progressing, Tr::tr("waiting for an external address")};
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapIngress(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::Ingress, object);
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    const QJsonObject annotations = obj(obj(object, QLatin1StringView("metadata")), QLatin1StringView("annotations"));
    IngressDetails d;
    d.className = str(spec, QLatin1StringView("ingressClassName"));
    if (d.className.isEmpty())
        d.className = str(annotations, QLatin1StringView("kubernetes.io/ingress.class"));

    auto addRoute = [&](const QString& host, const QJsonObject& path, const QJsonObject& backend) {
        IngressRoute route;
        route.host = host;
        route.path = str(path, QLatin1StringView("path"));
        route.pathType = str(path, QLatin1StringView("pathType"));
        const QJsonObject service = obj(backend, QLatin1StringView("service"));
        route.serviceName = str(service, QLatin1StringView("name"));
        const QJsonObject port = obj(service, QLatin1StringView("port"));
        route.servicePort = port.contains(QLatin1StringView("number"))
                                ? QString::number(port.value(QLatin1StringView("number")).toInteger())
                                : str(port, QLatin1StringView("name"));
        if (route.serviceName.isEmpty()) {
            // A resource backend (apiGroup/kind/name): shown as text, no edge.
            const QJsonObject resource = obj(backend, QLatin1StringView("resource"));
            if (!resource.isEmpty())
                route.serviceName = str(resource, QLatin1StringView("kind")) + QLatin1Char('/')
                                    + str(resource, QLatin1StringView("name"));
        } else {
            addReference(r, ReferenceKind::IngressBackend,
                ResourceKey::id(idFor(ResourceKind::Service, r.namespaceName, route.serviceName)));
        }
        d.routes.append(route);
    };

    const QJsonObject defaultBackend = obj(spec, QLatin1StringView("defaultBackend"));
    if (!defaultBackend.isEmpty())
        addRoute(QString(), QJsonObject(), defaultBackend);
    for (const QJsonValue& ruleValue : arr(spec, QLatin1StringView("rules"))) {
        const QJsonObject rule = ruleValue.toObject();
        const QString host = str(rule, QLatin1StringView("host"));
        for (const QJsonValue& pathValue : arr(obj(rule, QLatin1StringView("http")), QLatin1StringView("paths"))) {
            const QJsonObject path = pathValue.toObject();
            addRoute(host, path, obj(path, QLatin1StringView("backend")));
        }
    }
    for (const QJsonValue& v : arr(spec, QLatin1StringView("tls"))) {
        const QJsonObject t = v.toObject();
        IngressTls tls;
        for (const QJsonValue& h : arr(t, QLatin1StringView("hosts")))
            tls.hosts.append(h.toString());
        tls.secretName = str(t, QLatin1StringView("secretName"));
        if (!tls.secretName.isEmpty())
            addReference(
                r, ReferenceKind::IngressTlsSecret, ResourceKey::tlsSecret(r.origin, r.namespaceName, tls.secretName));
        d.tls.append(tls);
    }
    d.addresses = loadBalancerAddresses(obj(object, QLatin1StringView("status")));
    readExternalDns(annotations, &d.dnsHostnames, &d.dnsTarget, &d.dnsTtl);
    d.issuer = str(annotations, QLatin1StringView("cert-manager.io/cluster-issuer"));
    if (d.issuer.isEmpty())
        d.issuer = str(annotations, QLatin1StringView("cert-manager.io/issuer"));
    if (!d.className.isEmpty())
        addReference(r, ReferenceKind::IngressClassName,
            ResourceKey::id(idFor(ResourceKind::IngressClass, QString(), d.className)));
    else
        addReference(r, ReferenceKind::IngressDefaultClass, ResourceKey::defaultIngressClass(r.origin));
    if (d.addresses.isEmpty() && r.status.state == ResourceState::Ok)
        r.status = {ResourceState::Progressing, Tr::tr("no address assigned yet")};
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapIngressClass(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::IngressClass, object);
    IngressClassDetails d;
    d.controller = str(obj(object, QLatin1StringView("spec")), QLatin1StringView("controller"));
    const QJsonObject annotations = obj(obj(object, QLatin1StringView("metadata")), QLatin1StringView("annotations"));
    d.isDefault = str(annotations, QLatin1StringView("ingressclass.kubernetes.io/is-default-class"))
                      .compare(QLatin1String("true"), Qt::CaseInsensitive)
                  == 0;
    if (!d.controller.isEmpty())
        addReference(r, ReferenceKind::ClassController, ResourceKey::ingressController(r.origin, d.controller));
    if (d.isDefault)
        r.keys.append(ResourceKey::defaultIngressClass(r.origin));
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapIngressController(const QJsonObject& service, const QString& controller) const
{
    const QJsonObject meta = obj(service, QLatin1StringView("metadata"));
    Resource r;
    r.kind = ResourceKind::IngressController;
    r.name = str(meta, QLatin1StringView("name"));
    r.namespaceName = str(meta, QLatin1StringView("namespace"));
    r.id = idFor(ResourceKind::IngressController, r.namespaceName, r.name);
    r.parent = idFor(ResourceKind::Namespace, QString(), r.namespaceName);
    r.origin = origin();
    r.labels = pooledMap(obj(meta, QLatin1StringView("labels")));
    r.created = QDateTime::fromString(str(meta, QLatin1StringView("creationTimestamp")), Qt::ISODate);
    r.status = {ResourceState::Ok, QString()};
    r.references.append(
        { ReferenceKind::ControllerService, ResourceKey::id(idFor(ResourceKind::Service, r.namespaceName, r.name)) });
    r.keys.append(ResourceKey::ingressController(r.origin, controller));
    IngressControllerDetails d;
    d.controller = controller;
    d.serviceRef = r.namespaceName + QLatin1Char('/') + r.name;
    d.version = r.labels.value(QStringLiteral("app.kubernetes.io/version"));
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

} // namespace Netloom::Kube

namespace Netloom::Kube {

ResourcePtr ObjectMapper::mapTlsSecret(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::TlsSecret, object);
    TlsSecretDetails d;
    // Only tls.crt is read: tls.key is never looked at, kept or shown.
    const QString crt = str(obj(object, QLatin1StringView("data")), QLatin1StringView("tls.crt"));
    const auto decoded = QByteArray::fromBase64Encoding(crt.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        d.problem = Tr::tr("tls.crt is not valid base64");
    } else if (decoded.decoded.isEmpty()) {
        d.problem = Tr::tr("tls.crt is empty");
    } else {
        const Expected<TlsCertificateInfo> info = TlsCertificateInfo::fromPem(decoded.decoded);
        if (!info) {
            d.problem = info.error().message;
        } else {
            d.subject = info->subject;
            d.issuer = info->issuer;
            d.issuerCn = info->issuerCn;
            d.dnsNames = info->dnsNames;
            d.ipAddresses = info->ipAddresses;
            d.notBefore = info->notBefore;
            d.notAfter = info->notAfter;
            d.chainLength = info->chainLength;
        }
    }
    if (!d.problem.isEmpty() && r.status.state == ResourceState::Ok)
        r.status = { ResourceState::Error, d.problem };
    else if (d.notAfter.isValid() && d.notAfter < QDateTime::currentDateTimeUtc() && r.status.state == ResourceState::Ok)
        r.status = { ResourceState::Error, Tr::tr("the certificate expired on %1").arg(d.notAfter.toString(Qt::ISODate)) };
    r.keys.append(ResourceKey::tlsSecret(r.origin, r.namespaceName, r.name));
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

namespace {

QStringList portsText(const QJsonArray& ports)
{
    QStringList out;
    for (const QJsonValue& v : ports) {
        const QJsonObject p = v.toObject();
        QString port = intOrString(p.value(QLatin1StringView("port")));
        if (p.contains(QLatin1StringView("endPort")))
            port += QLatin1Char(':') + QString::number(p.value(QLatin1StringView("endPort")).toInt());
        const QString protocol = str(p, QLatin1StringView("protocol"));
        out.append(protocol.isEmpty() || protocol == QLatin1String("TCP") ? port : port + QLatin1Char('/') + protocol);
    }
    return out;
}

NetworkPolicyRule kubePolicyRule(const QJsonObject& rule, QLatin1StringView peersKey)
{
    NetworkPolicyRule out;
    out.action = QStringLiteral("Allow");
    for (const QJsonValue& v : arr(rule, peersKey)) {
        const QJsonObject peer = v.toObject();
        const QJsonObject ipBlock = obj(peer, QLatin1StringView("ipBlock"));
        if (!ipBlock.isEmpty()) {
            QString text = str(ipBlock, QLatin1StringView("cidr"));
            QStringList except;
            for (const QJsonValue& e : arr(ipBlock, QLatin1StringView("except")))
                except.append(e.toString());
            if (!except.isEmpty())
                text += Tr::tr(" except %1").arg(except.join(QStringLiteral(", ")));
            out.peers.append(text);
            continue;
        }
        QStringList parts;
        if (peer.contains(QLatin1StringView("namespaceSelector"))) {
            const QString ns = labelSelectorText(obj(peer, QLatin1StringView("namespaceSelector")));
            parts.append(Tr::tr("namespaces: %1").arg(ns.isEmpty() ? Tr::tr("all") : ns));
        }
        if (peer.contains(QLatin1StringView("podSelector"))) {
            const QString pods = labelSelectorText(obj(peer, QLatin1StringView("podSelector")));
            parts.append(Tr::tr("pods: %1").arg(pods.isEmpty() ? Tr::tr("all") : pods));
        }
        out.peers.append(parts.join(QStringLiteral("; ")));
    }
    out.ports = portsText(arr(rule, QLatin1StringView("ports")));
    return out;
}

NetworkPolicyRule calicoPolicyRule(const QJsonObject& rule)
{
    NetworkPolicyRule out;
    out.action = str(rule, QLatin1StringView("action"));
    const QJsonValue protocol = rule.value(QLatin1StringView("protocol"));
    out.protocol = protocol.isDouble() ? QString::number(protocol.toInt()) : protocol.toString();
    for (const char* side : { "source", "destination" }) {
        const QJsonObject entity = obj(rule, QLatin1StringView(side));
        if (entity.isEmpty())
            continue;
        const QString prefix = QLatin1String(side) + QStringLiteral(": ");
        for (const QJsonValue& n : arr(entity, QLatin1StringView("nets")))
            out.peers.append(prefix + n.toString());
        const QString selector = str(entity, QLatin1StringView("selector"));
        if (!selector.isEmpty())
            out.peers.append(prefix + selector);
        const QString nsSelector = str(entity, QLatin1StringView("namespaceSelector"));
        if (!nsSelector.isEmpty())
            out.peers.append(prefix + Tr::tr("namespaces %1").arg(nsSelector));
        for (const QJsonValue& p : arr(entity, QLatin1StringView("ports")))
            out.ports.append(intOrString(p));
    }
    return out;
}

} // namespace

ResourcePtr ObjectMapper::mapNetworkPolicy(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::NetworkPolicy, object);
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    NetworkPolicyDetails d;
    d.engine = pooled(QStringLiteral("kubernetes"));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("policyTypes")))
        d.policyTypes.append(pooled(v.toString()));
    // As the API server defaults it: Ingress always, Egress when there are egress rules.
    if (d.policyTypes.isEmpty()) {
        d.policyTypes.append(pooled(QStringLiteral("Ingress")));
        if (spec.contains(QLatin1StringView("egress")))
            d.policyTypes.append(pooled(QStringLiteral("Egress")));
    }
    d.podSelector = labelSelectorText(obj(spec, QLatin1StringView("podSelector")));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("ingress")))
        d.ingressRules.append(kubePolicyRule(v.toObject(), QLatin1StringView("from")));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("egress")))
        d.egressRules.append(kubePolicyRule(v.toObject(), QLatin1StringView("to")));
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapCalicoPolicy(const QJsonObject& object, bool global) const
{
    Resource r = base(ResourceKind::NetworkPolicy, object);
    // Calico's and Kubernetes' policies of one name live side by side: "calico/<name>" in the id.
    r.id = idFor(ResourceKind::NetworkPolicy, global ? QString() : r.namespaceName, QStringLiteral("calico/") + r.name);
    if (global) {
        r.namespaceName.clear();
        r.parent = clusterId();
    }
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    NetworkPolicyDetails d;
    d.engine = pooled(QStringLiteral("calico"));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("types")))
        d.policyTypes.append(pooled(v.toString()));
    if (d.policyTypes.isEmpty()) {
        if (spec.contains(QLatin1StringView("ingress")) || !spec.contains(QLatin1StringView("egress")))
            d.policyTypes.append(pooled(QStringLiteral("Ingress")));
        if (spec.contains(QLatin1StringView("egress")))
            d.policyTypes.append(pooled(QStringLiteral("Egress")));
    }
    d.podSelector = str(spec, QLatin1StringView("selector"));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("ingress")))
        d.ingressRules.append(calicoPolicyRule(v.toObject()));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("egress")))
        d.egressRules.append(calicoPolicyRule(v.toObject()));
    if (spec.value(QLatin1StringView("order")).isDouble())
        d.order = spec.value(QLatin1StringView("order")).toDouble();
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapIpPool(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::IpPool, object);
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    IpPoolDetails d;
    d.cidr = str(spec, QLatin1StringView("cidr"));
    d.blockSize = spec.value(QLatin1StringView("blockSize")).toInt();
    if (d.blockSize == 0) // Calico's defaults: 26 for IPv4, 122 for IPv6
        d.blockSize = d.cidr.contains(QLatin1Char(':')) ? 122 : 26;
    d.ipipMode = str(spec, QLatin1StringView("ipipMode"));
    d.vxlanMode = str(spec, QLatin1StringView("vxlanMode"));
    d.natOutgoing = spec.value(QLatin1StringView("natOutgoing")).toBool();
    d.disabled = spec.value(QLatin1StringView("disabled")).toBool();
    if (d.disabled && r.status.state == ResourceState::Ok)
        r.status = { ResourceState::Warning, Tr::tr("disabled: no new addresses are assigned from it") };
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapGateway(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::GatewayApiGateway, object);
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    GatewayApiGatewayDetails d;
    d.className = str(spec, QLatin1StringView("gatewayClassName"));
    for (const QJsonValue& v : arr(spec, QLatin1StringView("listeners"))) {
        const QJsonObject l = v.toObject();
        d.listeners.append({ str(l, QLatin1StringView("name")), str(l, QLatin1StringView("protocol")),
            l.value(QLatin1StringView("port")).toInt(), str(l, QLatin1StringView("hostname")) });
    }
    for (const QJsonValue& v : arr(obj(object, QLatin1StringView("status")), QLatin1StringView("addresses")))
        d.addresses.append(str(v.toObject(), QLatin1StringView("value")));
    for (const QJsonValue& v : arr(obj(object, QLatin1StringView("status")), QLatin1StringView("conditions"))) {
        const QJsonObject c = v.toObject();
        if (str(c, QLatin1StringView("type")) == QLatin1String("Programmed")
            && str(c, QLatin1StringView("status")) != QLatin1String("True") && r.status.state == ResourceState::Ok)
            r.status = { ResourceState::Progressing, str(c, QLatin1StringView("message")) };
    }
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

ResourcePtr ObjectMapper::mapHttpRoute(const QJsonObject& object) const
{
    Resource r = base(ResourceKind::HttpRoute, object);
    const QJsonObject spec = obj(object, QLatin1StringView("spec"));
    HttpRouteDetails d;
    for (const QJsonValue& v : arr(spec, QLatin1StringView("hostnames")))
        d.hostnames.append(v.toString());
    for (const QJsonValue& v : arr(spec, QLatin1StringView("parentRefs"))) {
        const QJsonObject p = v.toObject();
        const QString kind = str(p, QLatin1StringView("kind"));
        const QString ns = p.contains(QLatin1StringView("namespace")) ? str(p, QLatin1StringView("namespace")) : r.namespaceName;
        const QString name = str(p, QLatin1StringView("name"));
        QString text = ns + QLatin1Char('/') + name;
        if (p.contains(QLatin1StringView("sectionName")))
            text += QLatin1Char('/') + str(p, QLatin1StringView("sectionName"));
        d.parentRefs.append(text);
        if (kind.isEmpty() || kind == QLatin1String("Gateway"))
            addReference(r, ReferenceKind::RouteParent, ResourceKey::id(idFor(ResourceKind::GatewayApiGateway, ns, name)));
    }
    for (const QJsonValue& v : arr(spec, QLatin1StringView("rules"))) {
        const QJsonObject rule = v.toObject();
        HttpRouteRule out;
        for (const QJsonValue& m : arr(rule, QLatin1StringView("matches"))) {
            const QJsonObject path = obj(m.toObject(), QLatin1StringView("path"));
            if (path.isEmpty())
                continue;
            const QString type = str(path, QLatin1StringView("type"));
            out.paths.append((type.isEmpty() ? QStringLiteral("PathPrefix") : type) + QLatin1Char(' ')
                             + str(path, QLatin1StringView("value")));
        }
        if (out.paths.isEmpty())
            out.paths.append(QStringLiteral("PathPrefix /"));
        for (const QJsonValue& b : arr(rule, QLatin1StringView("backendRefs"))) {
            const QJsonObject ref = b.toObject();
            HttpRouteBackend backend;
            backend.name = str(ref, QLatin1StringView("name"));
            backend.namespaceName = str(ref, QLatin1StringView("namespace"));
            backend.port = ref.value(QLatin1StringView("port")).toInt();
            backend.weight = ref.contains(QLatin1StringView("weight")) ? ref.value(QLatin1StringView("weight")).toInt() : 1;
            const QString kind = str(ref, QLatin1StringView("kind"));
            if (kind.isEmpty() || kind == QLatin1String("Service"))
                addReference(r, ReferenceKind::RouteBackend,
                    ResourceKey::id(idFor(ResourceKind::Service,
                        backend.namespaceName.isEmpty() ? r.namespaceName : backend.namespaceName, backend.name)));
            out.backends.append(backend);
        }
        d.rules.append(out);
    }
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

QList<ResourcePtr> ObjectMapper::mapDnsEndpoint(const QJsonObject& object) const
{
    // One DNSEndpoint declares several records: one DnsRecord each, children of its namespace,
    // named "<dnsName> <type>" (two endpoints of one object for one name and type are one record).
    const Resource common = base(ResourceKind::DnsRecord, object);
    QList<ResourcePtr> out;
    QSet<QString> seen;
    for (const QJsonValue& v : arr(obj(object, QLatin1StringView("spec")), QLatin1StringView("endpoints"))) {
        const QJsonObject e = v.toObject();
        DnsRecordDetails d;
        d.fqdn = str(e, QLatin1StringView("dnsName"));
        d.type = str(e, QLatin1StringView("recordType"));
        if (d.type.isEmpty())
            d.type = QStringLiteral("A");
        d.ttl = e.value(QLatin1StringView("recordTTL")).toInt();
        for (const QJsonValue& t : arr(e, QLatin1StringView("targets")))
            d.targets.append(t.toString());
        d.owner = str(obj(obj(object, QLatin1StringView("metadata")), QLatin1StringView("labels")),
            QLatin1StringView("external-dns.alpha.kubernetes.io/owner"));
        if (d.fqdn.isEmpty())
            continue;
        const QString name = d.fqdn + QLatin1Char(' ') + d.type;
        if (seen.contains(name))
            continue;
        seen.insert(name);
        Resource r = common;
        r.name = name;
        r.id = idFor(ResourceKind::DnsRecord, r.namespaceName, common.name + QLatin1Char('/') + name);
        if (d.targets.isEmpty())
            r.status = { ResourceState::Warning, Tr::tr("no targets") };
        r.details = d;
        out.append(std::make_shared<const Resource>(std::move(r)));
    }
    return out;
}

std::optional<ObjectMapper::SummaryPart> ObjectMapper::summaryPart(const QString& kind, const QJsonObject& object) const
{
    const QJsonObject meta = obj(object, QLatin1StringView("metadata"));
    SummaryPart part;
    part.namespaceName = pooled(str(meta, QLatin1StringView("namespace")));
    if (kind == QLatin1String("EndpointSlice")) {
        part.kind = ResourceKind::EndpointSummary;
        part.name = pooled(str(obj(meta, QLatin1StringView("labels")), QLatin1StringView("kubernetes.io/service-name")));
        if (part.name.isEmpty())
            return std::nullopt;
        for (const QJsonValue& v : arr(object, QLatin1StringView("endpoints"))) {
            const QJsonObject e = v.toObject();
            // discovery.k8s.io/v1: a missing "ready" means ready.
            const QJsonValue ready = obj(e, QLatin1StringView("conditions")).value(QLatin1StringView("ready"));
            const bool isReady = ready.isUndefined() || ready.isNull() || ready.toBool();
            const int addresses = std::max<int>(1, int(arr(e, QLatin1StringView("addresses")).size()));
            (isReady ? part.ready : part.notReady) += addresses;
            if (isReady)
                for (const QJsonValue& a : arr(e, QLatin1StringView("addresses")))
                    part.addresses.append(a.toString());
        }
        return part;
    }
    if (kind == QLatin1String("Pod")) {
        part.kind = ResourceKind::PodSummary;
        part.name = pooled(QStringLiteral("pods"));
        const QJsonObject status = obj(object, QLatin1StringView("status"));
        part.phase = pooled(str(status, QLatin1StringView("phase")));
        if (part.phase.isEmpty())
            part.phase = pooled(QStringLiteral("Pending"));
        for (const QJsonValue& v : arr(status, QLatin1StringView("conditions"))) {
            const QJsonObject c = v.toObject();
            if (str(c, QLatin1StringView("type")) == QLatin1String("Ready"))
                part.podReady = str(c, QLatin1StringView("status")) == QLatin1String("True");
        }
        part.hasIp = !str(status, QLatin1StringView("podIP")).isEmpty() || !arr(status, QLatin1StringView("podIPs")).isEmpty();
        for (const QJsonValue& v : arr(meta, QLatin1StringView("ownerReferences"))) {
            const QJsonObject owner = v.toObject();
            if (!owner.value(QLatin1StringView("controller")).toBool())
                continue;
            part.ownerKind = str(owner, QLatin1StringView("kind"));
            part.ownerName = str(owner, QLatin1StringView("name"));
            // A Deployment's pods are owned by a ReplicaSet "<deployment>-<pod-template-hash>".
            const QString hash = str(obj(meta, QLatin1StringView("labels")), QLatin1StringView("pod-template-hash"));
            if (part.ownerKind == QLatin1String("ReplicaSet") && !hash.isEmpty()
                && part.ownerName.endsWith(QLatin1Char('-') + hash)) {
                part.ownerKind = QStringLiteral("Deployment");
                part.ownerName.chop(hash.size() + 1);
            }
            break;
        }
        part.ownerKind = pooled(part.ownerKind);
        part.ownerName = pooled(part.ownerName);
        return part;
    }
    return std::nullopt;
}

} // namespace Netloom::Kube
