#include "app/lab/kube/ResourceCatalog.h"

#include "app/lab/kube/KubeSchemas.h"

namespace Netloom::Lab {

const ResourceCatalog& ResourceCatalog::instance()
{
    static const ResourceCatalog catalog;
    return catalog;
}

ResourceCatalog::ResourceCatalog()
{
    const KubeSchemas& schemas = KubeSchemas::instance();
    const QString v1 = QStringLiteral("v1");
    const QString networking = QStringLiteral("networking.k8s.io");
    m_kinds = {
        { QString(), v1, QStringLiteral("Namespace"), QStringLiteral("namespaces"), QStringLiteral("namespace"), false,
            { QStringLiteral("ns") }, {}, schemas.nameSpace() },
        { QString(), v1, QStringLiteral("Service"), QStringLiteral("services"), QStringLiteral("service"), true,
            { QStringLiteral("svc") }, { QStringLiteral("all") }, schemas.service() },
        { QString(), v1, QStringLiteral("ConfigMap"), QStringLiteral("configmaps"), QStringLiteral("configmap"), true,
            { QStringLiteral("cm") }, {}, schemas.configMap() },
        { QString(), v1, QStringLiteral("Secret"), QStringLiteral("secrets"), QStringLiteral("secret"), true, {}, {},
            schemas.secret() },
        { networking, v1, QStringLiteral("Ingress"), QStringLiteral("ingresses"), QStringLiteral("ingress"), true,
            { QStringLiteral("ing") }, {}, schemas.ingress() },
        { networking, v1, QStringLiteral("IngressClass"), QStringLiteral("ingressclasses"),
            QStringLiteral("ingressclass"), false, {}, {}, schemas.ingressClass() },
    };
}

QStringList ResourceCatalog::groupVersions() const
{
    QStringList result;
    for (const ResourceKind& kind : m_kinds) {
        if (!result.contains(kind.apiVersion()))
            result.append(kind.apiVersion());
    }
    return result;
}

const ResourceKind* ResourceCatalog::find(const QString& group, const QString& version, const QString& plural) const
{
    for (const ResourceKind& kind : m_kinds) {
        if (kind.group == group && kind.version == version && kind.plural == plural)
            return &kind;
    }
    return nullptr;
}

const ResourceKind* ResourceCatalog::findByKind(const QString& apiVersion, const QString& kindName) const
{
    for (const ResourceKind& kind : m_kinds) {
        if (kind.apiVersion() == apiVersion && kind.kind == kindName)
            return &kind;
    }
    return nullptr;
}

const ResourceKind* ResourceCatalog::namespaces() const
{
    return &m_kinds.front();
}

} // namespace Netloom::Lab
