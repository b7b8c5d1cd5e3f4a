#include "app/lab/kube/ResourceCatalog.h"

#include "app/lab/kube/KubeSchemas.h"

#include <QRegularExpression>

#include <algorithm>

namespace Netloom::Lab {

namespace {

ResourceKind builtin(const QString& group, const QString& kind, const QString& plural, bool namespaced,
    const QStringList& shortNames, const QStringList& categories, SchemaPtr schema)
{
    ResourceKind out;
    out.group = group;
    out.version = QStringLiteral("v1");
    out.kind = kind;
    out.plural = plural;
    out.singular = kind.toLower();
    out.namespaced = namespaced;
    out.shortNames = shortNames;
    out.categories = categories;
    out.schema = std::move(schema);
    return out;
}

const std::vector<ResourceKind>& builtinKinds()
{
    static const std::vector<ResourceKind> kinds = [] {
        const KubeSchemas& schemas = KubeSchemas::instance();
        const QString networking = QStringLiteral("networking.k8s.io");
        std::vector<ResourceKind> out;
        out.push_back(builtin(QString(), QStringLiteral("Namespace"), QStringLiteral("namespaces"), false,
            { QStringLiteral("ns") }, {}, schemas.nameSpace()));
        out.back().fieldSelectors = { QStringLiteral("status.phase") };
        out.push_back(builtin(QString(), QStringLiteral("Service"), QStringLiteral("services"), true,
            { QStringLiteral("svc") }, { QStringLiteral("all") }, schemas.service()));
        out.back().statusSubresource = true;
        out.push_back(builtin(QString(), QStringLiteral("ConfigMap"), QStringLiteral("configmaps"), true,
            { QStringLiteral("cm") }, {}, schemas.configMap()));
        out.push_back(
            builtin(QString(), QStringLiteral("Secret"), QStringLiteral("secrets"), true, {}, {}, schemas.secret()));
        out.back().fieldSelectors = { QStringLiteral("type") };
        // Nodes and Pods have no protobuf table yet (415); the console never writes them.
        out.push_back(builtin(QString(), QStringLiteral("Node"), QStringLiteral("nodes"), false,
            { QStringLiteral("no") }, {}, schemas.node()));
        out.back().statusSubresource = true;
        out.back().protobuf = false;
        out.back().fieldSelectors = { QStringLiteral("spec.unschedulable") };
        out.push_back(builtin(QString(), QStringLiteral("Pod"), QStringLiteral("pods"), true, { QStringLiteral("po") },
            { QStringLiteral("all") }, schemas.pod()));
        out.back().statusSubresource = true;
        out.back().protobuf = false;
        out.back().fieldSelectors = { QStringLiteral("spec.nodeName"), QStringLiteral("spec.restartPolicy"),
            QStringLiteral("spec.schedulerName"), QStringLiteral("spec.serviceAccountName"),
            QStringLiteral("spec.hostNetwork"), QStringLiteral("status.phase"), QStringLiteral("status.podIP"),
            QStringLiteral("status.nominatedNodeName") };
        out.push_back(builtin(QString(), QStringLiteral("Event"), QStringLiteral("events"), true, { QStringLiteral("ev") },
            {}, schemas.event()));
        out.back().fieldSelectors = { QStringLiteral("involvedObject.kind"), QStringLiteral("involvedObject.namespace"),
            QStringLiteral("involvedObject.name"), QStringLiteral("involvedObject.uid"),
            QStringLiteral("involvedObject.apiVersion"), QStringLiteral("involvedObject.resourceVersion"),
            QStringLiteral("involvedObject.fieldPath"), QStringLiteral("reason"), QStringLiteral("reportingComponent"),
            QStringLiteral("source"), QStringLiteral("type") };
        out.push_back(builtin(QStringLiteral("discovery.k8s.io"), QStringLiteral("EndpointSlice"),
            QStringLiteral("endpointslices"), true, {}, {}, schemas.endpointSlice()));
        out.push_back(builtin(networking, QStringLiteral("Ingress"), QStringLiteral("ingresses"), true,
            { QStringLiteral("ing") }, {}, schemas.ingress()));
        out.push_back(builtin(networking, QStringLiteral("IngressClass"), QStringLiteral("ingressclasses"), false, {},
            {}, schemas.ingressClass()));
        out.push_back(builtin(networking, QStringLiteral("NetworkPolicy"), QStringLiteral("networkpolicies"), true,
            { QStringLiteral("netpol") }, {}, schemas.networkPolicy()));
        ResourceKind crds = builtin(QStringLiteral("apiextensions.k8s.io"), QStringLiteral("CustomResourceDefinition"),
            QStringLiteral("customresourcedefinitions"), false, { QStringLiteral("crd"), QStringLiteral("crds") },
            { QStringLiteral("api-extensions") }, schemas.customResourceDefinition());
        crds.statusSubresource = true;
        crds.protobuf = false; // JSONSchemaProps' closure is not in the protobuf table (415, documented)
        out.push_back(crds);
        return out;
    }();
    return kinds;
}

// Kubernetes' version priority (k8s.io/apimachinery/pkg/version.CompareKubeAwareVersionStrings).
struct VersionRank
{
    bool kube = false;
    int major = 0;
    int stability = 0; // 2 GA, 1 beta, 0 alpha
    int minor = 0;
};

VersionRank rank(const QString& version)
{
    static const QRegularExpression pattern(QStringLiteral("^v([0-9]+)(?:(alpha|beta)([0-9]+))?$"));
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return {};
    VersionRank out { true, match.captured(1).toInt(), 2, 0 };
    if (!match.captured(2).isEmpty()) {
        out.stability = match.captured(2) == QLatin1String("beta") ? 1 : 0;
        out.minor = match.captured(3).toInt();
    }
    return out;
}

} // namespace

const ResourceCatalog& ResourceCatalog::instance()
{
    static const ResourceCatalog catalog;
    return catalog;
}

ResourceCatalog::ResourceCatalog()
{
    for (const ResourceKind& kind : builtinKinds())
        m_kinds.append(&kind);
}

ResourceCatalog::~ResourceCatalog() = default;

void ResourceCatalog::sortVersions(QStringList& versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
        const VersionRank ra = rank(a);
        const VersionRank rb = rank(b);
        if (ra.kube != rb.kube)
            return ra.kube;
        if (!ra.kube)
            return a < b;
        if (ra.stability == 2 && rb.stability == 2)
            return ra.major > rb.major;
        if (ra.stability != rb.stability)
            return ra.stability > rb.stability;
        if (ra.major != rb.major)
            return ra.major > rb.major;
        return ra.minor > rb.minor;
    });
}

QList<ResourceCatalog::Group> ResourceCatalog::groups() const
{
    QList<Group> builtins;
    QList<Group> custom;
    for (const ResourceKind* kind : m_kinds) {
        if (kind->group.isEmpty())
            continue;
        QList<Group>& list = kind->custom ? custom : builtins;
        auto it = std::find_if(list.begin(), list.end(), [kind](const Group& g) { return g.name == kind->group; });
        if (it == list.end()) {
            list.append({ kind->group, {} });
            it = list.end() - 1;
        }
        if (!it->versions.contains(kind->version))
            it->versions.append(kind->version);
    }
    std::sort(custom.begin(), custom.end(), [](const Group& a, const Group& b) { return a.name < b.name; });
    for (Group& group : custom)
        sortVersions(group.versions);
    return builtins + custom;
}

QStringList ResourceCatalog::groupVersions() const
{
    QStringList result { QStringLiteral("v1") };
    for (const Group& group : groups()) {
        for (const QString& version : group.versions)
            result.append(group.name + QLatin1Char('/') + version);
    }
    return result;
}

const ResourceKind* ResourceCatalog::find(const QString& group, const QString& version, const QString& plural) const
{
    for (const ResourceKind* kind : m_kinds) {
        if (kind->plural == plural && kind->version == version && kind->group == group)
            return kind;
    }
    return nullptr;
}

const ResourceKind* ResourceCatalog::findByKind(const QString& apiVersion, const QString& kindName) const
{
    for (const ResourceKind* kind : m_kinds) {
        if (kind->kind == kindName && kind->apiVersion() == apiVersion)
            return kind;
    }
    return nullptr;
}

const ResourceKind* ResourceCatalog::namespaces() const
{
    return &builtinKinds().front();
}

const ResourceKind* ResourceCatalog::customResourceDefinitions() const
{
    return &builtinKinds().back();
}

QList<const ResourceKind*> ResourceCatalog::versionsOf(const QString& group, const QString& plural) const
{
    QList<const ResourceKind*> result;
    for (const ResourceKind* kind : m_kinds) {
        if (kind->plural == plural && kind->group == group)
            result.append(kind);
    }
    return result;
}

const ResourceKind* ResourceCatalog::add(ResourceKind kind)
{
    kind.custom = true;
    m_owned.push_back(std::make_unique<ResourceKind>(std::move(kind)));
    m_kinds.append(m_owned.back().get());
    ++m_generation;
    return m_owned.back().get();
}

QList<const ResourceKind*> ResourceCatalog::remove(const QString& group, const QString& plural)
{
    const QList<const ResourceKind*> removed = versionsOf(group, plural);
    for (const ResourceKind* kind : removed) {
        if (kind->custom)
            m_kinds.removeOne(kind);
    }
    ++m_generation;
    return removed;
}

} // namespace Netloom::Lab
