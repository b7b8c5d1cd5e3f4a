#include "models/kube/ObjectMapper.h"

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
    const bool clusterScoped = kind == ResourceKind::Namespace || kind == ResourceKind::IngressClass;
    r.namespaceName = clusterScoped ? QString() : pooled(str(meta, QLatin1StringView("namespace")));
    r.id = idFor(kind, r.namespaceName, r.name);
    r.uid = str(meta, QLatin1StringView("uid"));
    r.resourceVersion = str(meta, QLatin1StringView("resourceVersion"));
    r.labels = pooledMap(obj(meta, QLatin1StringView("labels")));
    r.created = QDateTime::fromString(str(meta, QLatin1StringView("creationTimestamp")), Qt::ISODate);
    r.origin = origin();
    if (clusterScoped)
        r.parent = kind == ResourceKind::Namespace ? clusterId() : ResourceId();
    else
        r.parent = ResourceId::fromString(pooled(idFor(ResourceKind::Namespace, QString(), r.namespaceName).toString()));
    if (kind == ResourceKind::IngressClass)
        r.parent = clusterId();
    if (meta.contains(QLatin1StringView("deletionTimestamp")))
        r.status = {ResourceState::Progressing, Tr::tr("being deleted")};
    else
        r.status = {ResourceState::Ok, QString()};
    r.details = defaultDetails(kind);
    return r;
}

QList<ResourcePtr> ObjectMapper::map(const QString& kind, const QJsonObject& object) const
{
    const QString k = kind.isEmpty() ? str(object, QLatin1StringView("kind")) : kind;
    QList<ResourcePtr> out;
    if (k == QLatin1String("Namespace")) {
        out.append(mapNamespace(object));
    } else if (k == QLatin1String("Service")) {
        out.append(mapService(object));
        if (isIngressNginxController(object))
            out.append(mapIngressController(object));
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

ResourcePtr ObjectMapper::mapIngressController(const QJsonObject& service) const
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
    r.keys.append(ResourceKey::ingressController(r.origin, IngressNginxController));
    IngressControllerDetails d;
    d.controller = IngressNginxController;
    d.serviceRef = r.namespaceName + QLatin1Char('/') + r.name;
    d.version = r.labels.value(QStringLiteral("app.kubernetes.io/version"));
    r.details = d;
    return std::make_shared<const Resource>(std::move(r));
}

} // namespace Netloom::Kube
