#pragma once

#include "models/domain/ResourceKind.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <compare>

namespace Netloom::Domain {

/// The stable identity of a resource: an opaque string built from names, never from server uids,
/// so that an object deleted and re-created under the same name keeps its id (and the topology
/// keeps its position).
///
/// Formats (components other than the last have '%' and '/' percent-encoded):
///   kube:<cluster>/<kind>/<namespace>/<name>     namespace empty for cluster-scoped objects
///   cloud:<provider>/<kind>/<providerId>
/// where <kind> is machineName(ResourceKind). Ids from elsewhere (fromString) are kept verbatim.
class ResourceId final
{
public:
    /// The null id (isNull()).
    ResourceId() = default;

    /// Id of a Kubernetes object of @p cluster (the kubeconfig context / cluster name).
    static ResourceId kube(const QString& cluster, ResourceKind kind, const QString& namespaceName,
                           const QString& name);
    /// Id of a cloud object; @p providerId is the provider's own stable id (may contain '/').
    static ResourceId cloud(const QString& provider, ResourceKind kind, const QString& providerId);
    /// Wraps @p text verbatim (as read back from JSON or a workspace file).
    static ResourceId fromString(const QString& text);

    bool isNull() const { return m_value.isEmpty(); }
    const QString& toString() const { return m_value; }

    bool operator==(const ResourceId& other) const { return m_hash == other.m_hash && m_value == other.m_value; }
    /// Ordered by the id string (binary UTF-16 comparison), so sorted output is deterministic.
    std::strong_ordering operator<=>(const ResourceId& other) const;

    /// Hashes the cached string hash: ids are hashed on every index operation of the Inventory.
    friend size_t qHash(const ResourceId& id, size_t seed = 0) noexcept { return ::qHash(id.m_hash, seed); }

private:
    explicit ResourceId(QString value);

    QString m_value;
    size_t m_hash = 0; // qHash(m_value), 0 for the null id
};

} // namespace Netloom::Domain

Q_DECLARE_METATYPE(Netloom::Domain::ResourceId)
