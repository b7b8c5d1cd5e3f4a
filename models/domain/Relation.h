#pragma once

#include "models/domain/ResourceId.h"

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Netloom::Domain {

/// How a resource points at another one. Containment (Contains) is also expressed by
/// Resource::parent; relations carry the edges of the topology that are not a tree.
enum class RelationType : quint8 {
    Contains,   ///< source holds target (used for non-parent containment, e.g. a pool's nodes)
    AttachedTo, ///< an IP or NIC attached to a gateway / load balancer / subnet
    Exposes,    ///< a load balancer or Service exposes a target
    RoutesTo,   ///< Ingress / HTTPRoute / forwarding rule sends traffic to a target
    Secures,    ///< a Certificate / TLS secret secures a target (Ingress, listener)
    ResolvesTo, ///< a DNS record resolves to a target (IP, load balancer)
    Selects,    ///< a Service / NetworkPolicy selects pods (summary) by labels
};

/// Number of RelationType values.
inline constexpr int RelationTypeCount = static_cast<int>(RelationType::Selects) + 1;

/// Every relation type, in declaration order.
QList<RelationType> allRelationTypes();
/// Stable lowerCamel machine name: "contains", "attachedTo", "exposes", "routesTo", "secures",
/// "resolvesTo", "selects".
QString machineName(RelationType type);
/// The type whose machineName() is @p name, or nullopt.
std::optional<RelationType> relationTypeFromName(QStringView name);
/// Translated, user-visible name ("routes to").
QString displayName(RelationType type);

inline size_t qHash(RelationType type, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(type), seed);
}

/// One outgoing edge of a resource.
struct Relation
{
    RelationType type = RelationType::Contains;
    ResourceId target;

    bool operator==(const Relation&) const = default;
};

/// One resolved edge of the Inventory: @p source -> @p target, oriented along the traffic.
struct ResolvedRelation
{
    ResourceId source;
    ResourceId target;
    RelationType type = RelationType::Contains;

    bool operator==(const ResolvedRelation&) const = default;
};

inline size_t qHash(const ResolvedRelation& r, size_t seed = 0) noexcept
{
    return qHashMulti(seed, r.source, r.target, static_cast<int>(r.type));
}

} // namespace Netloom::Domain
