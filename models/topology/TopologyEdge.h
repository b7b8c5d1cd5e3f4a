#pragma once

#include "models/domain/Relation.h"
#include "models/domain/ResourceId.h"

#include <QHashFunctions>

namespace Netloom::Topology {

/// One directed edge between two nodes: a relation the Inventory resolved (Inventory::relationsOf),
/// oriented along the traffic (left to right in the layout).
struct TopologyEdge
{
    Domain::ResourceId source;
    Domain::ResourceId target;
    Domain::RelationType type = Domain::RelationType::RoutesTo;

    bool operator==(const TopologyEdge&) const = default;
};

inline size_t qHash(const TopologyEdge& edge, size_t seed = 0) noexcept
{
    return qHashMulti(seed, edge.source, edge.target, edge.type);
}

} // namespace Netloom::Topology
