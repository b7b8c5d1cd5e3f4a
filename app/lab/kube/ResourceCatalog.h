#pragma once

#include "app/lab/kube/ResourceKind.h"

#include <QList>

#include <memory>
#include <vector>

namespace Netloom::Lab {

/// The resource types one server serves: the built-in kinds (core/v1 namespaces, services, configmaps,
/// secrets, nodes, pods and events, discovery.k8s.io/v1 endpointslices, networking.k8s.io/v1 ingresses,
/// ingressclasses and networkpolicies, apiextensions.k8s.io/v1 customresourcedefinitions) and the kinds
/// its CustomResourceDefinitions registered.
class ResourceCatalog final
{
public:
    /// A group of the /apis discovery with its served versions, the preferred one first.
    struct Group
    {
        QString name;
        QStringList versions;
    };

    /// The built-in kinds alone, shared by every server's catalog (the same ResourceKind objects).
    static const ResourceCatalog& instance();

    /// A catalog with the built-in kinds, to which a server adds custom ones.
    ResourceCatalog();
    ~ResourceCatalog();
    ResourceCatalog(const ResourceCatalog&) = delete;
    ResourceCatalog& operator=(const ResourceCatalog&) = delete;

    const QList<const ResourceKind*>& kinds() const { return m_kinds; }
    /// Group-versions in discovery order: "v1", "networking.k8s.io/v1", ..., then custom groups by name.
    QStringList groupVersions() const;
    /// The groups of /apis in discovery order.
    QList<Group> groups() const;
    const ResourceKind* find(const QString& group, const QString& version, const QString& plural) const;
    const ResourceKind* findByKind(const QString& apiVersion, const QString& kind) const;
    const ResourceKind* namespaces() const;
    const ResourceKind* customResourceDefinitions() const;
    /// Every served version of one group-resource.
    QList<const ResourceKind*> versionsOf(const QString& group, const QString& plural) const;

    /// Registers a custom kind. Its pointer stays valid for the catalog's lifetime, also after remove()
    /// (watch events in the history keep pointing at it).
    const ResourceKind* add(ResourceKind kind);
    /// Unregisters every version of a group-resource; returns what was removed.
    QList<const ResourceKind*> remove(const QString& group, const QString& plural);
    /// Changes with every add() and remove() (what cached OpenAPI documents are keyed by).
    quint64 generation() const { return m_generation; }

    /// Sorts versions as Kubernetes does for discovery: GA before beta before alpha, higher numbers
    /// first, then others alphabetically ("v2", "v1", "v1beta2", "v1beta1", "v1alpha1", "foo").
    static void sortVersions(QStringList& versions);

private:
    QList<const ResourceKind*> m_kinds;
    std::vector<std::unique_ptr<ResourceKind>> m_owned;
    quint64 m_generation = 0;
};

} // namespace Netloom::Lab
