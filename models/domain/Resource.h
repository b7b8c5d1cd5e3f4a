#pragma once

#include "models/domain/Reference.h"
#include "models/domain/Relation.h"
#include "models/domain/ResourceDetails.h"
#include "models/domain/ResourceId.h"
#include "models/domain/ResourceKind.h"
#include "models/domain/ResourceStatus.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <variant>

namespace Netloom::Domain {

/// One resource of the platform, cloud or Kubernetes, as the console knows it.
///
/// A plain value: build it, then hand it over as a ResourcePtr (shared_ptr<const Resource>). Once
/// shared it is never modified; a change is a new Resource upserted under the same id. That makes
/// it safe to build on a worker thread and hand to the GUI thread, and cheap to keep in batches.
struct Resource
{
    ResourceId id;
    ResourceKind kind = ResourceKind::Vdc;
    QString name;
    QString namespaceName; ///< Kubernetes namespace; empty for cluster-scoped and cloud resources
    QString uid;           ///< server uid (changes on re-creation; the id does not)
    QString resourceVersion;
    ResourceId parent; ///< containment parent (a subnet's VDC, a Service's namespace); null at the top
    QMap<QString, QString> labels;
    /// What this resource names (a Service, a class, a controller string, a secret...): the
    /// Inventory's RelationResolver turns them into relations. This is how mappers state links.
    QList<Reference> references;
    /// Keys it can be found by besides its id (a controller string, "default class of its origin",
    /// a TLS secret it writes, later an IP address).
    QList<ResourceKey> keys;
    /// Relations stated by id, taken as they are (JSON read back, hand-made test data). Mappers use
    /// references instead. Either way the resolved relations are read from the Inventory
    /// (Inventory::relationsOf / incomingOf), never from here.
    QList<Relation> relations;
    QDateTime created;
    QString origin; ///< where it came from: a cluster / kube context or a cloud account, e.g. "kube:prod"
    ResourceStatus status;
    ResourceDetails details; ///< the struct of this kind, or monostate

    /// The details as @p D, or nullptr when they are something else.
    template<class D>
    const D* as() const
    {
        return std::get_if<D>(&details);
    }

    /// True when details are monostate or the struct belonging to kind.
    bool detailsMatchKind() const;

    bool operator==(const Resource&) const = default;
};

/// How resources are shared: immutable and reference-counted.
using ResourcePtr = std::shared_ptr<const Resource>;

} // namespace Netloom::Domain
