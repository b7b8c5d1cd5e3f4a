#pragma once

#include "app/lab/kube/ResourceKind.h"

#include <QList>

namespace Netloom::Lab {

/// The resource types the lab serves: core/v1 namespaces, services, configmaps and secrets, networking.k8s.io/v1
/// ingresses and ingressclasses.
class ResourceCatalog final
{
public:
    static const ResourceCatalog& instance();

    const QList<ResourceKind>& kinds() const { return m_kinds; }
    /// Group-versions in discovery order: "v1", "networking.k8s.io/v1".
    QStringList groupVersions() const;
    const ResourceKind* find(const QString& group, const QString& version, const QString& plural) const;
    const ResourceKind* findByKind(const QString& apiVersion, const QString& kind) const;
    const ResourceKind* namespaces() const;

private:
    ResourceCatalog();

    QList<ResourceKind> m_kinds;
};

} // namespace Netloom::Lab
